export { dependencyMap, nodeKey } from './graph';
export type { DependencyMap, MapEdge, MapGroup, MapNode } from './graph';
export { toMermaid } from './mermaid';
export { toDot } from './dot';
export { toSvg } from './svg';
