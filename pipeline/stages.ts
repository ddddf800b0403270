/**
 * The stages of a build, in order, as progress reports name them. `plan` is reported last, once
 * the documents are made: from then on the build waits for the plan alone (it may have been running
 * beside them in a thread of its own).
 */
export const BUILD_STAGES = ['analysis', 'map', 'documents', 'plan'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

/** Told when a stage starts; the CLI shows it on a terminal, tests and libraries ignore it. */
export type StageListener = (stage: BuildStage) => void;
