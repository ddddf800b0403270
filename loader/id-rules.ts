/**
 * Why a text is not an id, in words that name the rule it breaks (the 63-character limit, the
 * allowed characters), so the message says what to change instead of quoting a pattern.
 */
export const ID_MAX_LENGTH = 63;

export function idProblem(value: string): string {
  if (value === '') return 'an id cannot be empty';
  if (value.length > ID_MAX_LENGTH)
    return `it is ${value.length} characters long; an id has at most ${ID_MAX_LENGTH} (it names cloud resources)`;
  if (/[A-Z]/.test(value)) return 'it has capital letters; ids are lower-case';
  if (value.startsWith('-')) return 'it starts with a hyphen; an id starts with a letter or digit';
  const bad = /[^a-z0-9-]/.exec(value)?.[0];
  return bad === undefined ? 'it breaks the id rules' : `it holds ${bad === ' ' ? 'a space' : `"${bad}"`}; ids use only a-z, 0-9 and "-"`;
}
