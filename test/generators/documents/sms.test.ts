/** SMS sizes as an operator bills them: GSM 7-bit 160/153, UCS-2 70/67. */
import { describe, expect, it } from 'vitest';
import { smsSize } from '../../../generators/documents/views/sms';

describe('smsSize', () => {
  it('fits 160 GSM characters in one SMS and splits longer text into 153-character parts', () => {
    expect(smsSize('a'.repeat(160))).toEqual({ characters: 160, parts: 1 });
    expect(smsSize('a'.repeat(161))).toEqual({ characters: 161, parts: 2 });
    expect(smsSize('a'.repeat(307))).toEqual({ characters: 307, parts: 3 });
  });

  it('counts extension characters (€, brackets) as two', () => {
    expect(smsSize('€'.repeat(80))).toEqual({ characters: 160, parts: 1 });
    expect(smsSize('€'.repeat(81))).toEqual({ characters: 162, parts: 2 });
  });

  it('switches the whole text to UCS-2 for Cyrillic or emoji: 70 in one, 67 per part', () => {
    expect(smsSize('я'.repeat(70))).toEqual({ characters: 70, parts: 1 });
    expect(smsSize('я'.repeat(71))).toEqual({ characters: 71, parts: 2 });
    expect(smsSize('a'.repeat(100) + '✅')).toEqual({ characters: 101, parts: 2 });
    expect(smsSize('💳'.repeat(35))).toEqual({ characters: 70, parts: 1 });
  });
});
