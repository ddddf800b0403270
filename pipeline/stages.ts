/** The stages of a build, in order, as progress reports name them. */
export const BUILD_STAGES = ['analysis', 'map', 'plan', 'documents'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

/** Told when a stage starts; the CLI shows it on a terminal, tests and libraries ignore it. */
export type StageListener = (stage: BuildStage) => void;
