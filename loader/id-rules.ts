/**
 * Why a text is not an id, in words that name the rule it breaks (the 63-character limit, the
 * allowed characters), so the message says what to change instead of quoting a pattern.
 */
import schema from '../schemas/blueprint.schema.json';

export const ID_MAX_LENGTH = 63;

const ID_PATTERN = new RegExp(schema.$defs.id.pattern);

/**
 * True when the text is a valid id (the schema's pattern). A hint offers only these: "did you
 * mean \"Marco\"?" sent the user to an id that is itself refused.
 */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export function idProblem(value: string): string {
  if (value === '') return 'an id cannot be empty';
  if (value.length > ID_MAX_LENGTH)
    return `it is ${value.length} characters long; an id has at most ${ID_MAX_LENGTH} (it names cloud resources)`;
  if (/[A-Z]/.test(value)) return 'it has capital letters; ids are lower-case';
  if (value.startsWith('-')) return 'it starts with a hyphen; an id starts with a letter or digit';
  const bad = /[^a-z0-9-]/.exec(value)?.[0];
  return bad === undefined ? 'it breaks the id rules' : `it holds ${bad === ' ' ? 'a space' : `"${bad}"`}; ids use only a-z, 0-9 and "-"`;
}
