import { describe, expect, it, vi } from 'vitest';
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

  it('numbers the stages in the order a build runs them: the documents, then the wait for the plan', () => {
    const { written, stream } = fakeStream(true);
    const progress = progressOnTerminal({ stream, now: () => 0 });
    progress.stage('documents');
    progress.stage('plan');
    expect(written).toEqual([
      '\r\x1b[Kplanb: [4/5] writing the documents... (0.0 s)',
      '\r\x1b[Kplanb: [5/5] planning the infrastructure (Pulumi mocks)... (0.0 s)',
    ]);
  });

  it('counts the resources planned so far, rewriting the line at most every 250 ms', () => {
    const { written, stream } = fakeStream(true);
    let now = 0;
    const progress = progressOnTerminal({ stream, stages: ['load', 'plan'], now: () => now });
    progress.stage('plan');
    for (let n = 1; n <= 12_000; n++) {
      now = n; // one resource a millisecond: 12 s, so about 48 rewrites, not 12,000
      progress.count(n);
    }
    progress.done();
    expect(written[0]).toBe('\r\x1b[Kplanb: [2/2] planning the infrastructure (Pulumi mocks)... (0.0 s)');
    expect(written[1]).toBe('\r\x1b[Kplanb: [2/2] planning the infrastructure (Pulumi mocks)... 1 resource (0.0 s)');
    expect(written).toContain('\r\x1b[Kplanb: [2/2] planning the infrastructure (Pulumi mocks)... 10,001 resources (10.0 s)');
    expect(written.length).toBeGreaterThan(40);
    expect(written.length).toBeLessThan(55);
    expect(written.at(-1)).toBe('\r\x1b[K');
  });

  it('ends a burst of counts on its last number, once the rate limit allows', () => {
    vi.useFakeTimers();
    try {
      const { written, stream } = fakeStream(true);
      let now = 0;
      const progress = progressOnTerminal({ stream, stages: ['load', 'plan'], now: () => now });
      progress.stage('plan');
      // The plan's thread reported while this thread was busy: its counts arrive all at once.
      for (const n of [1, 4_000, 9_000, 13_105]) progress.count(n);
      expect(written.at(-1)).toBe('\r\x1b[Kplanb: [2/2] planning the infrastructure (Pulumi mocks)... 1 resource (0.0 s)');
      now = 250;
      vi.advanceTimersByTime(250);
      expect(written.at(-1)).toBe('\r\x1b[Kplanb: [2/2] planning the infrastructure (Pulumi mocks)... 13,105 resources (0.3 s)');
      expect(written).toHaveLength(3);
      progress.done();
      vi.advanceTimersByTime(1_000);
      expect(written.at(-1)).toBe('\r\x1b[K');
    } finally {
      vi.useRealTimers();
    }
  });

  it('is silent when stderr is not a terminal (CI logs, pipes) and with --quiet', () => {
    for (const [isTTY, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const { written, stream } = fakeStream(isTTY);
      const progress = progressOnTerminal({ stream, quiet });
      progress.stage('analysis');
      progress.count(10);
      progress.done();
      expect(written).toEqual([]);
    }
  });
});
