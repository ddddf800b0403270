/**
 * A build killed half-way, and two runs into one folder: the next run clears the killed run's
 * temporary folder (and only once its process is gone); a run that finds the folder locked by a
 * live process fails at once, naming it, and writes nothing; a lock whose process died is taken over.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticBlueprint } from '../../../bench/synthetic';
import { processAlive } from '../../../cli/output/process-alive';
import { runCli } from '../run-cli';
import { finished, startCli } from '../spawn-cli';

const EXAMPLE = join(__dirname, '../../../blueprints/online-shop.yaml');

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => /\.(tmp|old)-\d+-[0-9a-f]{8}$|planb-lock$/.test(n));
}

describe('an interrupted build', () => {
  it('leaves a temporary folder that the next run removes', async () => {
    const work = mkdtempSync(join(tmpdir(), 'planb-kill-'));
    const blueprint = join(work, 'big.yaml');
    // Enough processes (about 2,000 files) that writing the folder takes a while to watch.
    writeFileSync(blueprint, syntheticBlueprint(400));
    const out = join(work, 'out');
    const child = startCli(['build', blueprint, '--out', out, '--no-plan', '--quiet']);
    const done = finished(child);
    let sawTemp = false;
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(work).some((n) => n.startsWith('.out.tmp-'))) {
          sawTemp = true;
          child.kill('SIGKILL');
        }
        if (sawTemp || child.exitCode !== null) {
          clearInterval(poll);
          resolve();
        }
      }, 1);
    });
    const killed = await done;
    expect(sawTemp, 'the build was killed while it wrote its temporary folder').toBe(true);
    expect(killed.signal).toBe('SIGKILL');
    expect(
      readdirSync(work).filter((n) => n.startsWith('.out.tmp-')),
      readdirSync(work).join(' '),
    ).toHaveLength(1);
    expect(existsSync(out)).toBe(false);

    const next = await runCli('build', blueprint, '--out', out, '--no-plan');
    expect(next.code).toBe(0);
    expect(leftovers(work)).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['.planb-output', 'documents', 'verdict']);
  }, 120_000);

  it("a temporary folder of a live process, or one that is not Plan B's, is left alone", async () => {
    const work = mkdtempSync(join(tmpdir(), 'planb-live-'));
    const live = join(work, `.out.tmp-${process.pid}-0badc0de`);
    mkdirSync(live);
    writeFileSync(join(live, '.planb-output'), 'marker');
    const foreign = join(work, '.out.tmp-999999999-0badc0de');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'someone.txt'), 'not ours');
    expect((await runCli('build', EXAMPLE, '--out', join(work, 'out'), '--no-plan')).code).toBe(0);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(join(foreign, 'someone.txt'))).toBe(true);
  });
});

describe('two runs into one folder', () => {
  it('the second fails at once while the first holds the folder, and takes over once it is gone', async () => {
    const work = mkdtempSync(join(tmpdir(), 'planb-lock-'));
    const out = join(work, 'out');
    // A live process standing for a build in progress: its pid is in the lock.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    writeFileSync(join(work, '.out.planb-lock'), `${holder.pid}\n`);
    try {
      const r = await runCli('build', EXAMPLE, '--out', out, '--no-plan');
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`another Plan B run (process ${holder.pid}) is writing ${out} right now`);
      expect(existsSync(out)).toBe(false);
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.on('exit', resolve));
    }
    const after = await runCli('build', EXAMPLE, '--out', out, '--no-plan');
    expect(after.code).toBe(0);
    expect(leftovers(work)).toEqual([]);
  });
});

describe('the process behind a lock', () => {
  it('is alive while it runs and gone once killed', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    expect(processAlive(child.pid!)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(processAlive(child.pid!)).toBe(false);
  });
});
