/**
 * The plan, run either in this thread or in a thread of its own. `planb build` runs it in its own:
 * the plan is the longest stage (about 25 s of 13,000 resources at 10,000 processes) and the
 * documents (about 17 s) need only its total, so on two cores they are made side by side and the
 * total is written in afterwards (pipeline/held-files.ts). Libraries and tests run it here, after
 * the documents: the same files, without a thread's start-up.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Model } from '../model/model';
import { type PlannedStage, type PlanStageOptions, planStage } from './plan-stage';
import { PlanThreadError, receivedError, type SentError } from './thread-errors';

/**
 * The plan's thread gets a young generation of 384 MB (a new space of 256 MB, against V8's 32 MB).
 * The SDK's short-lived promises and outputs then die young instead of being copied into the old
 * generation: at 13,105 resources the plan took 20.3 and 21.1 s in such a thread, against 24.8 and
 * 27.1 s with the default (docs/performance.md). A command line cannot set this for its own thread
 * without starting Node again; a thread takes it as an option.
 */
const PLAN_YOUNG_GENERATION_MB = 384;

export interface PlanThreadInput extends PlanStageOptions {
  /** The blueprint's text and the name its model was loaded under (model.source). */
  text: string;
  file: string;
}

export type PlanThreadMessage =
  | { kind: 'planned'; count: number }
  | { kind: 'done'; planned: PlannedStage; count: number }
  | { kind: 'failed'; error: SentError };

export interface PlanRun {
  /** The plan's files and cost; `onPlanned` hears the resources planned so far from now on. */
  finish(onPlanned?: (count: number) => void): Promise<PlannedStage>;
  /** Ends the plan's thread if it is still running (after a failure elsewhere). */
  stop(): Promise<void>;
}

/** The plan in this thread, run when it is asked for. */
export function planHere(model: Model, options: PlanStageOptions): PlanRun {
  return {
    finish: (onPlanned) => planStage(model, { ...options, onPlanned }),
    stop: async () => undefined,
  };
}

/**
 * The plan in a thread of its own, started now. A model loaded from no text (built in code) has
 * nothing to load again there, and is planned here instead.
 */
export function planInThread(model: Model, options: PlanStageOptions): PlanRun {
  const text = model.source.text;
  if (text === undefined) return planHere(model, options);
  const input: PlanThreadInput = { ...options, text, file: model.source.file };
  const entry = workerEntry();
  const worker = new Worker(entry.code, {
    eval: true,
    workerData: input,
    resourceLimits: { maxYoungGenerationSizeMb: PLAN_YOUNG_GENERATION_MB },
  });
  let listener: ((count: number) => void) | undefined;
  let latest = 0;
  // Settled into a value at once: a failure while the documents are still being made must wait for
  // finish(), not end the process as an unhandled rejection.
  const outcome = new Promise<{ ok: true; planned: PlannedStage } | { ok: false; error: unknown }>((resolve) => {
    worker.on('message', (message: PlanThreadMessage) => {
      if (message.kind === 'planned') {
        latest = message.count;
        listener?.(latest);
      } else if (message.kind === 'done') {
        if (message.count !== latest) listener?.(message.count);
        latest = message.count;
        resolve({ ok: true, planned: message.planned });
      } else resolve({ ok: false, error: receivedError(message.error) });
    });
    worker.on('error', (error) => resolve({ ok: false, error }));
    worker.on('exit', (code) =>
      resolve({ ok: false, error: new PlanThreadError(`Plan B bug: the plan's thread ended (status ${code}) without a plan`) }),
    );
  });
  return {
    async finish(onPlanned) {
      listener = onPlanned;
      if (latest > 0) listener?.(latest);
      const result = await outcome;
      await worker.terminate();
      if (!result.ok) throw result.error;
      return result.planned;
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/**
 * What the thread runs: the compiled plan-worker.js beside this file (dist/, an installed Plan B),
 * or, from the TypeScript sources (tests, tsx), plan-worker.ts compiled on the fly by tsx as the
 * rest of the sources are.
 */
function workerEntry(): { code: string } {
  const compiled = path.join(__dirname, 'plan-worker.js');
  if (existsSync(compiled)) return { code: `require(${JSON.stringify(compiled)});` };
  const source = path.join(__dirname, 'plan-worker.ts');
  // tsx's loader, as `node --import tsx` loads it: its require hook compiles the sources on the way.
  const tsx = JSON.stringify(pathToFileURL(require.resolve('tsx')).href);
  return { code: `import(${tsx}).then(() => require(${JSON.stringify(source)}));` };
}
