import { describe, expect, it } from 'vitest';
import { vendorKey } from '../../model/vendor-key';

describe('vendorKey', () => {
  it('makes one key of the ways a blueprint may write one vendor', () => {
    expect(new Set(['Yandex Cloud', ' yandex cloud ', 'Yandex  Cloud', 'YANDEX\tCLOUD'].map(vendorKey))).toEqual(new Set(['yandex cloud']));
  });
});
