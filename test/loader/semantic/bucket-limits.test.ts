/**
 * PB045 for backup copies past S3's fixed per-bucket limits: what the plan's preflight would
 * refuse (PF005) is refused by validate, at the first copy over the limit, once.
 */
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../../loader/index';
import { BACKUP_BUCKET_COPIES_MAX } from '../../../model/buildable';

const HEAD = `version: 1
business:
  name: Many Backups Ltd
  slug: many-backups
  timezone: Europe/Berlin
  owner: ann
  revised: "2026-11-01"
people:
  - id: ann
    name: Ann Example
    role: Owner
    contacts:
      - { kind: email, value: ann@many-backups.example }
services:
  - { id: crm, name: CRM, kind: crm, vendor: Example CRM }
processes:
  - { id: sell, name: Selling, criticality: high, rto: 4h, rpo: 1h, needs: [crm], data: [data-0] }
data:
`;

/** `sets` data sets, each with one backup-bucket copy (and every second one a USB copy too). */
function blueprint(sets: number): string {
  const lines: string[] = [];
  for (let i = 0; i < sets; i++) {
    const usb = i % 2 === 0 ? ', { id: usb, kind: usb, where: Safe, every: 1w, offline: true }' : '';
    lines.push(
      `  - { id: data-${i}, name: Data ${i}, source: crm, copies: [{ id: s3, kind: backup-bucket, where: Vault, vendor: AWS, every: 1d, automated: true }${usb}] }`,
    );
  }
  return HEAD + lines.join('\n') + '\n';
}

/** The line of data set `i` in blueprint(): HEAD's lines, then one a data set. */
const lineOf = (i: number) => HEAD.split('\n').length + i;

describe('backup copies past S3 per-bucket limits', () => {
  it('accepts as many copies as the vaults can hold', () => {
    const result = loadBlueprintText(blueprint(BACKUP_BUCKET_COPIES_MAX), 'many.yaml');
    expect(result.diagnostics.filter((d) => d.code === 'PB045')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('refuses one more, at that copy, once, naming the limit and the fix', () => {
    const result = loadBlueprintText(blueprint(BACKUP_BUCKET_COPIES_MAX + 5), 'many.yaml');
    expect(result.ok).toBe(false);
    const found = result.diagnostics.filter((d) => d.code === 'PB045');
    expect(found).toHaveLength(1);
    const d = found[0]!;
    expect(d.file).toBe('many.yaml');
    expect(d.line).toBe(lineOf(BACKUP_BUCKET_COPIES_MAX));
    expect(d.pointer).toBe(`/data/${BACKUP_BUCKET_COPIES_MAX}/copies/0`);
    expect(d.message).toContain('copy number 1,001');
    expect(d.message).toContain('at most 1,000');
    expect(d.hint).toContain('one data set with one backup-bucket copy');
  });

  it('counts only backup-bucket copies (USB sticks and NAS copies are not in the vaults)', () => {
    const text = blueprint(BACKUP_BUCKET_COPIES_MAX).replace(/\}\]/, '}, { id: nas, kind: nas, where: Office NAS, every: 1d }]');
    expect(loadBlueprintText(text, 'many.yaml').ok).toBe(true);
  });
});
