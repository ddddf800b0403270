/**
 * The plan's thread (started by plan-thread.ts): loads the blueprint's text again, the same way the
 * main thread did (a model holds functions, which no thread can be sent), runs the plan, and sends
 * back the rendered files, the cost and the preflight's error count, with the resources planned so
 * far on the way.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as plans from '../generators/plan/index';
import { loadBlueprintText } from '../loader/index';
import { planStage } from './plan-stage';
import { PlanThreadError, sendableError } from './thread-errors';
import type { PlanThreadInput, PlanThreadMessage } from './plan-thread';

/** Counts are sent at most this often: the main thread is busy with the documents meanwhile. */
const COUNT_EVERY_MS = 100;

async function main(port: NonNullable<typeof parentPort>, input: PlanThreadInput): Promise<void> {
  const send = (message: PlanThreadMessage): void => port.postMessage(message);
  try {
    const loaded = loadBlueprintText(input.text, input.file);
    if (!loaded.ok) throw new PlanThreadError(`Plan B bug: ${input.file} loaded on the main thread but not in the plan's thread`);
    let sentAt = Number.NEGATIVE_INFINITY;
    let total = 0;
    const { text: _text, file: _file, ...options } = input;
    const planned = await planStage(
      loaded.model,
      {
        ...options,
        onPlanned: (count) => {
          total = count;
          const now = Date.now();
          if (now - sentAt < COUNT_EVERY_MS) return;
          sentAt = now;
          send({ kind: 'planned', count });
        },
      },
      async () => plans,
    );
    send({ kind: 'done', planned, count: total });
  } catch (error) {
    send({ kind: 'failed', error: sendableError(error) });
  }
}

if (parentPort !== null) void main(parentPort, workerData as PlanThreadInput);
