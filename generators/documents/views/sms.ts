/**
 * How many SMS a text costs. A message in the GSM 7-bit alphabet fits 160 characters in one SMS
 * and 153 per part when split; any other character (Cyrillic, emoji) switches the whole message
 * to UCS-2: 70 in one, 67 per part (3GPP TS 23.038 / 23.040). Split messages cost per part and
 * can arrive out of order on old phones, so a customer text should fit one.
 */
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** Characters of the extension table: two septets each. */
const GSM7_EXTENDED = new Set('^{}\\[~]|€\f');

export interface SmsSize {
  characters: number;
  parts: number;
}

export function smsSize(text: string): SmsSize {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM7_BASIC.has(ch)) septets += 1;
    else if (GSM7_EXTENDED.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) return { characters: septets, parts: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  const units = text.length; // UTF-16 code units: an emoji takes two
  return { characters: units, parts: units <= 70 ? 1 : Math.ceil(units / 67) };
}
