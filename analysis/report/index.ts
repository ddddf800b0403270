export { formatHuman, readinessTable, shouldColor, summaryLine } from './human';
export { formatJson } from './json';
export { formatSarif, toUri } from './sarif';
export { formatGithub } from './github';
export { formatSimulationJson, formatSimulationText } from './simulation';
