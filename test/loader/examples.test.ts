/** The shipped examples and the starter validate, and the model they give is normalised. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBlueprintFile } from '../../loader/index';

const ROOT = join(__dirname, '../..');
const examples = readdirSync(join(ROOT, 'blueprints'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join('blueprints', f));

function load(relative: string) {
  const result = loadBlueprintFile(join(ROOT, relative));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return result.model;
}

describe('example blueprints', () => {
  it('ships at least three examples', () => expect(examples.length).toBeGreaterThanOrEqual(3));

  it.each([...examples, 'cli/init/starter.yaml', 'test/fixtures/blueprints/minimal.yaml'])('%s is valid', (file) => {
    const result = loadBlueprintFile(join(ROOT, file));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(examples)('%s starts with the yaml-language-server schema line', async (file) => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(ROOT, file), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/blueprint.schema.json');
  });
});

describe('the normalised model', () => {
  const model = load('test/fixtures/blueprints/minimal.yaml');

  it('has durations in seconds and defaults applied', () => {
    const process = model.processes[0];
    expect(process?.rto).toBe(4 * 3600);
    expect(process?.rpo).toBe(86400);
    expect(model.business.language).toBe('en');
    expect(model.business.currency).toBe('EUR');
    expect(model.infrastructure).toMatchObject({ awsRegion: 'eu-central-1', replicaRegion: 'eu-west-1', resilienceHub: true });
    expect(model.domains).toEqual([]);
    expect(model.escalation).toEqual([]);
  });

  it('resolves references to the objects they name', () => {
    expect(model.business.owner).toBe(model.index.people.get('ann'));
    expect(model.processes[0]?.needs[0]).toBe(model.index.services.get('shop'));
    expect(model.services[0]?.vendorKey).toBe('shopify');
  });

  it('points every element at its place in the file', () => {
    const at = model.source.locate(model.processes[0]?.path ?? '');
    expect(at).toMatchObject({ line: 22, column: 5 });
    expect(model.source.locateKey('/processes/0/rto')).toMatchObject({ line: 25, column: 5 });
  });

  it('fills every default of a rich example', () => {
    const shop = load('blueprints/online-shop.yaml');
    for (const e of shop.endpoints) {
      expect(e.interval).toBeGreaterThan(0);
      expect(e.regions.length).toBeGreaterThanOrEqual(3);
      expect(e.service).toBe(shop.index.services.get(e.service.id));
    }
    for (const r of shop.alerts) expect(r.stages[0]?.after).toBe(0);
    for (const d of shop.domains) for (const f of d.failover) expect(f.check).toBe(shop.index.endpoints.get(f.check.id));
  });
});
