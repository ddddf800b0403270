/**
 * Names the encoding of a file that is not UTF-8 but wide text (Windows Notepad and PowerShell
 * save UTF-16 by default), by its byte-order mark or, without one, by where the NUL bytes fall in
 * ASCII text: a plain "binary data" would leave the user guessing.
 */

const BOMS: readonly { bytes: readonly number[]; name: string }[] = [
  // UTF-32 LE's mark begins like UTF-16 LE's, so it is tried first.
  { bytes: [0xff, 0xfe, 0x00, 0x00], name: 'UTF-32 LE' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], name: 'UTF-32 BE' },
  { bytes: [0xff, 0xfe], name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], name: 'UTF-16 BE' },
];

/** "UTF-16 LE text (byte-order mark FF FE)", "UTF-16 BE text (no byte-order mark)", or undefined. */
export function wideEncoding(bytes: Uint8Array): string | undefined {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      return `${bom.name} text (byte-order mark ${bom.bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ')})`;
    }
  }
  const name = byNulPattern(bytes.subarray(0, 64));
  return name === undefined ? undefined : `${name} text (no byte-order mark)`;
}

/** ASCII text in UTF-16 has every other byte NUL; in UTF-32, three bytes of four. */
function byNulPattern(head: Uint8Array): string | undefined {
  const n = head.length - (head.length % 4);
  if (n < 4) return undefined;
  const zero = (i: number) => head[i] === 0;
  const all = (pred: (i: number) => boolean) => Array.from({ length: n }, (_, i) => i).every(pred);
  if (all((i) => zero(i) === (i % 4 !== 0))) return 'UTF-32 LE';
  if (all((i) => zero(i) === (i % 4 !== 3))) return 'UTF-32 BE';
  if (all((i) => zero(i) === (i % 2 === 1))) return 'UTF-16 LE';
  if (all((i) => zero(i) === (i % 2 === 0))) return 'UTF-16 BE';
  return undefined;
}
