import type { Access } from '../../model/model';
import type { Target } from '../i18n/types';
import { defineRule, type Emit } from './rule';
import { importantServices } from './scope';

/** PB111: access to an account is known to one person only, or to nobody on record. */
export const singleAccessHolder = defineRule({
  code: 'PB111',
  name: 'single-access-holder',
  severity: 'warning',
  run({ model, graph }, emit) {
    for (const s of importantServices(model, graph)) check(emit, s.path, { kind: 'service', name: s.name }, s.access);
    for (const d of model.domains) check(emit, d.path, { kind: 'domain', name: d.name }, d.access);
  },
});

function check(emit: Emit<'PB111'>, path: string, target: Target, access: Access | undefined): void {
  if (!access) {
    emit(path, 'nobody', { target });
  } else if (new Set(access.holders).size === 1) {
    emit(path + '/access/holders', 'one', { target, person: access.holders[0]!.name });
  }
}
