import { describe, expect, it } from 'vitest';
import { progressOnTerminal } from '../../cli/progress';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => (written.push(s), true) } };
}

describe('progress on a terminal', () => {
  it('shows each stage on one rewritten line of a terminal, then clears it', () => {
    const { written, stream } = fakeStream(true);
    let now = 0;
    const progress = progressOnTerminal({ stream, now: () => now });
    progress.stage('load');
    now = 1500;
    progress.stage('map');
    progress.done();
    expect(written).toEqual([
      '\r\x1b[Kplanb: [1/5] reading and checking the blueprint... (0.0 s)',
      '\r\x1b[Kplanb: [3/5] drawing the dependency map... (1.5 s)',
      '\r\x1b[K',
    ]);
  });

  it('is silent when stderr is not a terminal (CI logs, pipes) and with --quiet', () => {
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const { written, stream } = fakeStream(isTTY);
      const progress = progressOnTerminal({ stream, quiet });
      progress.stage('analysis');
      progress.done();
      expect(written).toEqual([]);
    }
  });
});
