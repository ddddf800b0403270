import type { Access } from '../../model/model';
import { defineRule, type Emit } from './rule';
import { importantServices } from './scope';

/** PB111: access to an account is known to one person only, or to nobody on record. */
export const singleAccessHolder = defineRule({
  code: 'PB111',
  name: 'single-access-holder',
  severity: 'warning',
  summary: 'Access to an important account is held by one person only, or by nobody on record.',
  why: 'When that one person is on holiday, ill or gone, nobody can get into the account on the bad day.',
  fix: 'Give a second person access (through the company password manager) and write down how to recover the account.',
  run({ model, graph }, emit) {
    for (const s of importantServices(model, graph)) check(emit, s.path, s.name, s.access);
    for (const d of model.domains) check(emit, d.path, `the domain ${d.name}`, d.access);
  },
});

function check(emit: Emit, path: string, name: string, access: Access | undefined): void {
  if (!access) {
    emit(path, `Nobody is recorded as holding access to ${name}.`);
  } else if (new Set(access.holders).size === 1) {
    emit(path + '/access/holders', `Only ${access.holders[0]!.name} can get into ${name}.`);
  }
}
