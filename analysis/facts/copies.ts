/**
 * Facts about data copies that several rules read: which process sets a data set's RPO (PB122,
 * PB124), and how a provider key is written back in the owner's words (PB120).
 */
import type { Model, Process } from '../../model/model';
import { vendorKey } from '../../model/vendor-key';

/** Per data set id, the process using it with the strictest RPO. */
export function strictestRpo(model: Model): Map<string, Process> {
  const strictest = new Map<string, Process>();
  for (const p of model.processes) {
    for (const d of p.data) {
      const seen = strictest.get(d.id);
      if (!seen || p.rpo < seen.rpo) strictest.set(d.id, p);
    }
  }
  return strictest;
}

/** A provider key (model/vendor-key.ts) as the blueprint writes it: a vendor's name, a place's provider, a copy's vendor. */
export function providerNames(model: Model): (key: string) => string {
  const names = new Map<string, string>();
  const add = (name: string | undefined) => {
    if (name !== undefined) names.set(vendorKey(name), name.trim());
  };
  for (const set of model.data) for (const c of set.copies) add(c.vendor);
  for (const p of model.places) add(p.provider);
  for (const s of model.services) names.set(s.vendorKey, s.vendor);
  return (key) => names.get(key) ?? (key === 'aws' ? 'AWS' : key);
}
