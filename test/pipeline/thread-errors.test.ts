/**
 * An error from the plan's thread keeps what the CLI's exit status depends on: its class for the
 * built-in kinds, its name otherwise (a LoaderGapError is a bug, a component's refusal is not), and
 * a throw that was no Error stays none. Sent through a real MessageChannel, as the thread sends it.
 */
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { isEngineError } from '../../cli/exit-codes';
import { LoaderGapError } from '../../stacks/map/notes';
import { receivedError, type SentError, sendableError } from '../../pipeline/thread-errors';

async function acrossThreads(error: unknown): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  const arrived = new Promise<SentError>((resolve) => port2.once('message', resolve));
  port1.postMessage(sendableError(error));
  const sent = await arrived;
  port1.close();
  return receivedError(sent);
}

describe('errors from the plan thread', () => {
  it.each([
    ['a component refusing its arguments', new Error('zoneName: "x" is not a domain name'), Error, false],
    ['a TypeError', new TypeError('x is not a function'), TypeError, true],
    ['a blown stack', new RangeError('Maximum call stack size exceeded'), RangeError, true],
    ['what validate should have refused', new LoaderGapError('Plan B bug: validate should have refused /x'), Error, true],
  ])('%s keeps its kind, message and stack', async (_what, error, kind, bug) => {
    const received = await acrossThreads(error);
    expect(received).toBeInstanceOf(kind);
    expect((received as Error).name).toBe(error.name);
    expect((received as Error).message).toBe(error.message);
    expect((received as Error).stack).toBe(error.stack);
    expect(isEngineError(received)).toBe(bug);
  });

  it('a throw that was no Error stays none, and is a bug', async () => {
    const received = await acrossThreads('a string');
    expect(received).toBe('a string');
    expect(isEngineError(received)).toBe(true);
  });
});
