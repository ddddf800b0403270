/**
 * A YAML file that is no blueprint at all (Pulumi.yaml, a stack config, a CI workflow: all beside
 * the blueprint in a client's repository) is one error at its first key, not a missing key for
 * each required one and an unknown key for each of its own.
 */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';

describe('a YAML file that is no blueprint', () => {
  it.each([
    ['Pulumi.yaml', '# The project\nname: planb\nruntime: nodejs\nmain: stacks/index.ts\n', 2],
    ['Pulumi.prod.yaml', 'config:\n  aws:region: eu-central-1\n  planb:phase: all\n', 1],
    ['.github/workflows/planb.yml', 'name: Plan B\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n', 1],
  ])('%s: one PB004 at its first key', (file, text, line) => {
    const loaded = loadBlueprintText(text, file);
    expect(loaded.ok).toBe(false);
    expect(loaded.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual([`PB004 ${line}:1`]);
    expect(loaded.diagnostics[0]?.message).toMatch(/^this YAML file holds no blueprint/);
  });

  it('a blueprint with only some of its keys still gets each missing key named', () => {
    const loaded = loadBlueprintText('version: 1\nname: Shop\n', 'planb.yaml');
    expect(loaded.diagnostics.map((d) => d.code)).toContain('PB022');
    expect(loaded.diagnostics.map((d) => d.code)).not.toContain('PB004');
  });
});
