/**
 * Progress of a long command on a terminal: one line on stderr that says which stage runs, how far
 * it has got (resources planned so far) and how long the run has taken, rewritten in place and
 * cleared at the end. Silent when stderr is not a terminal (CI logs, pipes, tests) and with
 * --quiet, so outputs and logs stay clean.
 */
import { BUILD_STAGES, type BuildStage } from '../pipeline/stages';

export type ProgressStage = BuildStage | 'load';

export interface Progress {
  stage(stage: ProgressStage): void;
  /** How many of the stage's items are done so far (e.g. resources planned); rewritten at most every 250 ms. */
  count(done: number): void;
  done(): void;
}

const LABELS: Readonly<Record<ProgressStage, string>> = {
  load: 'reading and checking the blueprint',
  analysis: 'analysing',
  map: 'drawing the dependency map',
  documents: 'writing the documents',
  plan: 'planning the infrastructure (Pulumi mocks)',
};

/** What the stage counts, when it counts anything. */
const UNITS: Partial<Record<ProgressStage, readonly [one: string, many: string]>> = { plan: ['resource', 'resources'] };

/** A counted line is rewritten at most this often: a terminal is not a log. */
const COUNT_EVERY_MS = 250;

export function progressOnTerminal(
  options: {
    quiet?: boolean;
    /** The stages this command runs, in order (default: `planb build`'s). */
    stages?: readonly ProgressStage[];
    stream?: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;
    now?: () => number;
  } = {},
): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet === true || stream.isTTY !== true) return { stage: () => undefined, count: () => undefined, done: () => undefined };
  const stages = options.stages ?? ['load', ...BUILD_STAGES];
  const now = options.now ?? Date.now;
  const start = now();
  let current: ProgressStage | undefined;
  let lastCount = Number.NEGATIVE_INFINITY;
  let shown = false;
  // A count held back by the rate limit is shown when the limit allows: a burst of counts (the
  // plan's thread reports while the documents keep this thread busy, then all at once) must end
  // on its last number, not on the first of the burst.
  let held: ReturnType<typeof setTimeout> | undefined;
  const release = (): void => {
    if (held !== undefined) clearTimeout(held);
    held = undefined;
  };
  const show = (detail: string): void => {
    if (current === undefined) return;
    const step = `[${stages.indexOf(current) + 1}/${stages.length}]`;
    const seconds = ((now() - start) / 1000).toFixed(1);
    stream.write(`\r\x1b[Kplanb: ${step} ${LABELS[current]}...${detail} (${seconds} s)`);
    shown = true;
  };
  return {
    stage(stage) {
      release();
      current = stage;
      lastCount = Number.NEGATIVE_INFINITY;
      show('');
    },
    count(done) {
      if (current === undefined) return;
      const at = now();
      const counted = current;
      const showCount = (): void => {
        held = undefined;
        lastCount = now();
        const [one, many] = UNITS[counted] ?? ['done', 'done'];
        show(` ${done.toLocaleString('en-US')} ${done === 1 ? one : many}`);
      };
      release();
      if (at - lastCount >= COUNT_EVERY_MS) showCount();
      else held = setTimeout(showCount, COUNT_EVERY_MS - (at - lastCount)).unref();
    },
    done() {
      release();
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
