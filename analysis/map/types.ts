/** The shapes of the dependency map, shared by its builder (graph.ts), its summary and its drawings. */

export type MapNodeKind = 'process' | 'service' | 'place';

export interface MapNode {
  key: string;
  kind: MapNodeKind;
  label: string;
  detail: string;
  spof: boolean;
}

export interface MapEdge {
  from: string;
  to: string;
  /** `standby`: the service that takes over by itself when `from` fails. */
  kind: 'needs' | 'dependsOn' | 'location' | 'planB' | 'standby';
  /** In a summary: how many edges of the full map this one stands for. */
  weight?: number;
}

export interface MapGroup {
  key: string;
  label: string;
  members: string[];
  spof: boolean;
}

export interface DependencyMap {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Vendors that run two or more services: they fail together. */
  groups: MapGroup[];
  /** The words on the plan B and standby arrows, in the language of the document it is drawn into. */
  arrows: Readonly<Record<'planB' | 'standby', string>>;
  /** Set when the map is a summary (summary.ts): what it leaves out and where that is listed. */
  summary?: string;
}
