/** Hand-made planned resources under a component, located in the small fixture blueprint. */
import { readFileSync } from 'node:fs';
import { loadBlueprintText } from '../../../../loader/index';
import type { Model } from '../../../../model/model';
import type { PlanResource } from '../../../../generators/plan/types';
import { ResourceLocator } from '../../../../generators/plan/preflight/locate';

export const FIXTURE = 'test/fixtures/blueprints/minimal.yaml';

export function fixtureModel(file = FIXTURE): Model {
  const loaded = loadBlueprintText(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error('fixture blueprint is invalid');
  return loaded.model;
}

const COMPONENT: PlanResource = {
  urn: 'urn:alerts',
  type: 'planb:alerts:AlertRouting',
  name: 'alerts',
  parent: '',
  provider: '',
  custom: false,
  inputs: {},
};

/** A resource inside an AlertRouting component, so it locates at the blueprint's /alerts (or its nearest ancestor). */
export function planned(type: string, name: string, inputs: PlanResource['inputs']): PlanResource[] {
  return [COMPONENT, { urn: `urn:${name}`, type, name, parent: COMPONENT.urn, provider: 'aws-primary', custom: true, inputs }];
}

export function locator(resources: readonly PlanResource[], model = fixtureModel()): ResourceLocator {
  return new ResourceLocator(model, resources);
}

/** `n` resources of one type with inputs made by `inputs(i)`, under the same component. */
export function many(type: string, n: number, inputs: (i: number) => PlanResource['inputs'] = () => ({})): PlanResource[] {
  return [COMPONENT, ...Array.from({ length: n }, (_, i) => planned(type, `${type.split(':').pop()}-${i}`, inputs(i))[1] as PlanResource)];
}
