/**
 * Which folders `--out` may name. A build replaces its output folder as a whole, so a slip of the
 * shell (`--out "$UNSET"`, `--out .`, `--out blueprints`) must never reach the rename: every such
 * destination is refused here, before anything is read or written.
 *
 * Refused always: an empty path, the file-system root and the folders right under it (/tmp, /usr),
 * the system's temporary folder, the home folder and its ancestors, the
 * current folder and its ancestors, the blueprint's folder and its ancestors, a repository root
 * (a folder holding `.git`) and anything inside `.git`, an existing file. Refused unless --force:
 * an existing non-empty folder without Plan B's marker (someone's own files).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OutputError } from './errors';
import { hasMarker, MARKER_FILE } from './marker';

export interface OutputContext {
  /** The blueprint being built, when it is a file (not standard input). */
  blueprint?: string;
  /** Replace an existing non-empty folder that lacks the marker. */
  force?: boolean;
  cwd?: string;
  home?: string;
}

/** A folder to suggest instead: out/<the blueprint's name>, so the hint fits the command typed. */
function suggestedOut(context: OutputContext): string {
  const name = context.blueprint === undefined ? '' : path.basename(context.blueprint).replace(/\.ya?ml$/i, '');
  return `--out ${path.join('out', /^[\w.-]+$/.test(name) && name !== '-' ? name : 'plan-b')}`;
}

function refuse(message: string): never {
  throw new OutputError(message, { kind: 'usage' });
}

/** The path with symbolic links resolved as far as it exists (the rest appended as written). */
export function realish(p: string): string {
  const rest: string[] = [];
  let at = p;
  for (;;) {
    try {
      return path.join(fs.realpathSync(at), ...rest.reverse());
    } catch {
      const up = path.dirname(at);
      if (up === at) return p;
      rest.push(path.basename(at));
      at = up;
    }
  }
}

/** True when `a` is `b` or one of its ancestors. */
function isSelfOrAncestor(a: string, b: string): boolean {
  const rel = path.relative(a, b);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function exists(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

/** Throws an OutputError (kind `usage`) when `out` must not be replaced; returns its absolute path. */
export function checkOutputFolder(out: string, context: OutputContext = {}): string {
  if (out.trim() === '') {
    refuse(`--out is empty (an unset variable in a script?); name the folder to write, e.g. ${suggestedOut(context)}`);
  }
  const cwd = context.cwd ?? process.cwd();
  const abs = path.resolve(cwd, out);
  const forms = [abs, realish(abs)];
  // The most telling name first: `--out ~` is "your home folder" even when it also holds the cwd.
  const protectedPlaces: [place: string, what: string][] = [
    [context.home ?? os.homedir(), 'your home folder or one above it'],
    [cwd, 'the current folder or one above it'],
  ];
  if (context.blueprint !== undefined) {
    protectedPlaces.push([path.dirname(path.resolve(cwd, context.blueprint)), 'the folder holding the blueprint or one above it']);
  }
  for (const form of forms) {
    if (path.dirname(form) === form)
      refuse(`--out ${out} is the root of the file system; name a folder of its own, e.g. ${suggestedOut(context)}`);
    // The home folder itself is named as such, even where it sits right under the root (/root).
    const home = context.home ?? os.homedir();
    if (form === home || form === realish(home)) {
      refuse(
        `--out ${out} is your home folder, which Plan B would replace as a whole; name a new folder of its own, e.g. ${suggestedOut(context)}`,
      );
    }
    // /tmp, /usr, /home, /srv...: a folder right under the root is the system's, even with --force.
    if (path.dirname(path.dirname(form)) === path.dirname(form) || form === path.resolve(os.tmpdir())) {
      refuse(`--out ${out} is a system folder; name a folder of its own inside it, e.g. --out ${path.join(out, 'planb-out')}`);
    }
    for (const [place, what] of protectedPlaces) {
      for (const placeForm of [place, realish(place)]) {
        if (isSelfOrAncestor(form, placeForm)) {
          refuse(
            `--out ${out} is ${what}, which Plan B would replace as a whole; name a new folder of its own, e.g. ${suggestedOut(context)}`,
          );
        }
      }
    }
    if (form.split(path.sep).includes('.git'))
      refuse(`--out ${out} is inside a .git folder; name a folder outside the repository's internals`);
  }
  const stat = exists(abs);
  if (stat === undefined) return abs;
  if (!stat.isDirectory()) refuse(`--out ${out} exists and is not a folder; name a folder (it is created if missing)`);
  if (exists(path.join(abs, '.git')) !== undefined) {
    refuse(
      `--out ${out} is the root of a repository (it holds .git); name a folder of its own inside it, e.g. --out ${path.join(out, 'planb-out')}`,
    );
  }
  const entries = fs.readdirSync(abs);
  if (entries.length > 0 && !hasMarker(abs) && context.force !== true) {
    refuse(
      `--out ${out} holds ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} that Plan B did not write (no ${MARKER_FILE} marker); ` +
        'name a new or empty folder, or add --force to replace it as a whole',
    );
  }
  return abs;
}
