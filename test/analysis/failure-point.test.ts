import { describe, expect, it } from 'vitest';
import { fp, idIf, parsePoint, sortPoints } from '../../analysis/failure-point';

describe('a failure point', () => {
  it('parses back to the kind and id it was made from, a colon in a vendor key included', () => {
    expect(parsePoint(fp.service('crm'))).toEqual({ kind: 'service', id: 'crm' });
    expect(parsePoint(fp.vendor('1c: cloud'))).toEqual({ kind: 'vendor', id: '1c: cloud' });
    expect(parsePoint(fp.domain('corner.example'))).toEqual({ kind: 'domain', id: 'corner.example' });
  });

  it('gives its id only when asked for its own kind', () => {
    expect(idIf(fp.place('office'), 'place')).toBe('office');
    expect(idIf(fp.place('office'), 'service')).toBeUndefined();
  });

  it('sorts services, vendors, places, people, domains, each by id', () => {
    const points = [fp.domain('a.example'), fp.person('ann'), fp.place('dc'), fp.vendor('beget'), fp.service('shop'), fp.service('crm')];
    expect(sortPoints(points)).toEqual(['service:crm', 'service:shop', 'vendor:beget', 'place:dc', 'person:ann', 'domain:a.example']);
  });
});
