import { describe, expect, it } from 'vitest';
import * as components from '../../components';
import { COMPONENT_TYPES, componentRegistry } from '../../components/registry';

describe('component registry', () => {
  it('lists every component with its class token', () => {
    for (const [key, entry] of Object.entries(componentRegistry)) {
      expect(entry.component.typeToken).toBe(entry.type);
      expect(entry.type).toMatch(new RegExp(`^planb:[a-z]+:${key}$`));
    }
  });

  it('misses no exported component class at runtime either', () => {
    const exported = Object.entries(components)
      .filter(([, v]) => typeof v === 'function' && typeof (v as { typeToken?: unknown }).typeToken === 'string')
      .map(([k]) => k)
      .sort();
    expect(Object.keys(componentRegistry).sort()).toEqual(exported);
    expect(COMPONENT_TYPES).toEqual([
      'planb:alerts:AlertRouting',
      'planb:backup:BackupVaults',
      'planb:dns:RedundantDns',
      'planb:health:HealthChecks',
      'planb:probes:Probes',
      'planb:resilience:ResiliencyPolicy',
      'planb:status:StatusPage',
    ]);
  });
});
