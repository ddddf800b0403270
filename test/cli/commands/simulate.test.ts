/**
 * `planb simulate --fail` with what a newcomer types: a service's name instead of its id, or an id
 * slightly misspelt. Still a usage error (exit 2), but the message names the id to write.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';

const CAFE = join(__dirname, '../../fixtures/stacks/watched-without-alert-route.yaml');

describe('planb simulate with an unknown target', () => {
  it('names the id of the service a name belongs to, and the id a misspelling is near', async () => {
    const result = await runCli('simulate', CAFE, '--fail', 'Order site', 'shpp');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"Order site" is the name of the service whose id is "shop": write --fail shop\n');
    expect(result.stderr).toContain('"shpp": did you mean "shop"?\n');
    expect(result.stderr).toContain('  services: shop\n');
    expect(result.stderr).toContain('"Order site", "shpp" are not services, places, people or vendors of');
  });

  it('says "is" of one unknown target', async () => {
    const result = await runCli('simulate', CAFE, '--fail', 'shpp');
    expect(result.stderr).toContain('"shpp" is not a service, place, person or vendor of');
  });
});
