/**
 * What the mapping could not express as infrastructure, said out loud. A blueprint may ask for more
 * than the components build (a DNS consistency check, a phone call, a status page on Cloudflare);
 * each such gap becomes a note with the JSON pointer of the element, so `planb plan` can print it
 * as file:line:column instead of dropping it silently.
 */
export interface MappingNote {
  /** JSON pointer of the blueprint element the note is about. */
  readonly path: string;
  readonly message: string;
}

export type Notes = MappingNote[];

export function note(notes: Notes, path: string, message: string): void {
  notes.push({ path, message });
}

/** Notes in blueprint order (then by text), so the same blueprint always prints them alike. */
export function sortNotes(notes: readonly MappingNote[]): MappingNote[] {
  return [...notes].sort((a, b) => comparePointers(a.path, b.path) || a.message.localeCompare(b.message));
}

function comparePointers(a: string, b: string): number {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i] as string;
    const y = pb[i] as string;
    if (x === y) continue;
    const nx = Number(x);
    const ny = Number(y);
    // Array indices compare as numbers, so /endpoints/10 comes after /endpoints/9.
    if (x !== '' && y !== '' && Number.isInteger(nx) && Number.isInteger(ny)) return nx - ny;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * For a gap the loader now refuses (loader/semantic/): reaching it means validate and the plan
 * disagree, which is a bug to report, never a note to print.
 */
export function refusedByLoader(path: string, message: string): never {
  throw new LoaderGapError(`Plan B bug: validate should have refused ${path}: ${message}`);
}

/** What refusedByLoader throws: the CLI ends with its bug status (3), not as an invalid blueprint (1). */
export class LoaderGapError extends Error {
  override name = 'LoaderGapError';
}
