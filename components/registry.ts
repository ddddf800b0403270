/**
 * Typed registry of every Plan B component. The key set is computed from
 * what components/index.ts exports, so exporting a component and forgetting
 * it here (or listing one that is not exported) fails `tsc`; the token type
 * also forces `planb:<module>:<ClassName>`.
 */
import type * as pulumi from '@pulumi/pulumi';
import * as components from './index';

type Exports = typeof components;

/** Names of exported classes that build a ComponentResource and declare a type token. */
export type ComponentName = {
  [K in keyof Exports]: Exports[K] extends (abstract new (...args: never[]) => pulumi.ComponentResource) & { typeToken: string }
    ? K
    : never;
}[keyof Exports];

export interface RegistryEntry<K extends ComponentName> {
  readonly type: Exports[K]['typeToken'] & `planb:${string}:${K}`;
  readonly component: Exports[K];
}

export const componentRegistry: { readonly [K in ComponentName]: RegistryEntry<K> } = {
  RedundantDns: { type: 'planb:dns:RedundantDns', component: components.RedundantDns },
  BackupVaults: { type: 'planb:backup:BackupVaults', component: components.BackupVaults },
  HealthChecks: { type: 'planb:health:HealthChecks', component: components.HealthChecks },
  StatusPage: { type: 'planb:status:StatusPage', component: components.StatusPage },
  AlertRouting: { type: 'planb:alerts:AlertRouting', component: components.AlertRouting },
  ResiliencyPolicy: { type: 'planb:resilience:ResiliencyPolicy', component: components.ResiliencyPolicy },
  Probes: { type: 'planb:probes:Probes', component: components.Probes },
};

/** Every component type token, in a stable order. */
export const COMPONENT_TYPES: readonly string[] = Object.values(componentRegistry)
  .map((e) => e.type)
  .sort();
