/**
 * TXT values in each provider's own form. A TXT value is a list of RFC 1035 character-strings of
 * at most 255 bytes; a resolver joins them back into one text.
 *
 * - Route 53 (terraform-provider-aws `aws_route53_record`): the provider wraps every value in
 *   quotes itself, so a value must be passed unquoted, and a value over 255 bytes is split by
 *   writing `""` between the strings, as its documentation says ("first255characters""more").
 *   Quoting it again made Route 53 refuse the change batch (InvalidChangeBatch).
 * - Cloudflare (`DnsRecord.content`): content is quoted character-strings, each at most 255 bytes;
 *   the API splits a longer string itself and answers with the split form, so sending one long
 *   string showed a change on every preview. Plan B sends the split form, space-separated.
 * Inner quotes and backslashes are escaped with a backslash in both.
 */

const MAX_STRING_BYTES = 255;

/** One outer pair of quotes in a blueprint value is taken as quoting, not as text. */
export function txtText(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/** The text cut into escaped character-strings of at most 255 bytes each (never inside a character). */
export function txtStrings(value: string): string[] {
  const strings: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of txtText(value)) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (bytes + size > MAX_STRING_BYTES) {
      strings.push(current);
      current = '';
      bytes = 0;
    }
    current += ch === '"' || ch === '\\' ? `\\${ch}` : ch;
    bytes += size;
  }
  strings.push(current);
  return strings;
}

/** Route 53: unquoted; strings joined by `""` (the provider adds the outer quotes). */
export function route53Txt(value: string): string {
  return txtStrings(value).join('""');
}

/** Cloudflare: every string quoted, separated by one space, as the API returns it. */
export function cloudflareTxt(value: string): string {
  return txtStrings(value)
    .map((s) => `"${s}"`)
    .join(' ');
}

/**
 * The character-strings a resolver would see in a quoted TXT presentation value, or undefined
 * when the value is not a sequence of well-formed quoted strings (an unescaped inner quote).
 * Used by tests and the preflight to check what the providers will store.
 */
export function parseTxtPresentation(presented: string): string[] | undefined {
  const strings: string[] = [];
  const re = /"((?:\\.|[^"\\])*)"\s*/gy;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(presented)) !== null) {
    strings.push((m[1] as string).replace(/\\(.)/g, '$1'));
    end = re.lastIndex;
  }
  return end === presented.length && strings.length > 0 ? strings : undefined;
}
