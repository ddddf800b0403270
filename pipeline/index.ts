/**
 * The pipeline as a library: load (loader/) -> analyse (analysis/) -> map -> documents -> plan.
 * Commands in cli/ are thin wrappers around these; tests import them from here.
 */
export { buildFolder, type BuildFolderOptions, type BuiltFile } from './build-folder';
export { documentFiles } from './documents';
export { BUILD_STAGES, type BuildStage, type StageListener } from './stages';
export { journalSource, MONTH_PATTERN, readMonth, reportFiles } from './report';
