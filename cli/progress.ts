/**
 * Progress of a long command on a terminal: one line on stderr that says which stage runs and for
 * how long the run has taken so far, rewritten in place and cleared at the end. Silent when stderr
 * is not a terminal (CI logs, pipes, tests) and with --quiet, so outputs and logs stay clean.
 */
import { BUILD_STAGES, type BuildStage } from '../pipeline/stages';

export interface Progress {
  stage(stage: BuildStage | 'load'): void;
  done(): void;
}

const LABELS: Readonly<Record<BuildStage | 'load', string>> = {
  load: 'reading and checking the blueprint',
  analysis: 'analysing',
  map: 'drawing the dependency map',
  documents: 'writing the documents',
  plan: 'planning the infrastructure (Pulumi mocks)',
};

export function progressOnTerminal(
  options: { quiet?: boolean; stream?: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>; now?: () => number } = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet === true || stream.isTTY !== true) return { stage: () => undefined, done: () => undefined };
  const now = options.now ?? Date.now;
  const start = now();
  const total = BUILD_STAGES.length + 1;
  let shown = false;
  return {
    stage(stage) {
      const step = stage === 'load' ? 1 : BUILD_STAGES.indexOf(stage) + 2;
      const seconds = ((now() - start) / 1000).toFixed(1);
      stream.write(`\r\x1b[Kplanb: [${step}/${total}] ${LABELS[stage]}... (${seconds} s)`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
