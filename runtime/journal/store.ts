/**
 * Where the journal lives, as two small interfaces: the functions append, the report lists and
 * reads. The production writer is S3 with object lock (runtime/journal/s3.ts); tests and the
 * sample use a folder or memory. Append-only: a key once written is never replaced.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalJson, eventKey, type JournalEvent } from './event';

export interface JournalWriter {
  /** Stores the event under its key; writing the same event twice stores it once. */
  append(event: JournalEvent): Promise<string>;
}

export interface JournalSource {
  /** Every key under `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
  read(key: string): Promise<string>;
}

/** A regular file, or a link to one (a link to a folder, a pipe or a device is none). */
function isRegularFile(entry: fs.Dirent, file: string): boolean {
  if (entry.isFile()) return true;
  return entry.isSymbolicLink() && fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
}

/** Keeps events in memory: tests and the escalation tick's dry runs. */
export class MemoryJournal implements JournalWriter, JournalSource {
  readonly objects = new Map<string, string>();

  async append(event: JournalEvent): Promise<string> {
    const key = eventKey(event);
    if (!this.objects.has(key)) this.objects.set(key, canonicalJson(event) + '\n');
    return key;
  }

  async list(prefix: string): Promise<string[]> {
    return [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  async read(key: string): Promise<string> {
    const text = this.objects.get(key);
    if (text === undefined) throw new Error(`no journal object ${key}`);
    return text;
  }

  /** Every event, in the order written. */
  events(): JournalEvent[] {
    return [...this.objects.values()].map((text) => JSON.parse(text) as JournalEvent);
  }
}

/**
 * The largest object read as an event. An event is a few hundred bytes; a bigger file under the
 * journal (a stray export, a disk image) is listed as unreadable instead of being loaded whole.
 */
export const MAX_EVENT_BYTES = 64 * 1024;

/**
 * A journal in a local folder: keys are paths under it (`<dir>/journal/2026/10/05/...json`).
 * Listing walks real folders only: a link to a folder is not followed (an `aws s3 sync` copy has
 * none, and a link back into the journal would list every event again at each turn of the loop).
 * Pipes, sockets and devices are never opened.
 */
export class FolderJournal implements JournalWriter, JournalSource {
  constructor(private readonly dir: string) {}

  async append(event: JournalEvent): Promise<string> {
    const key = eventKey(event);
    const file = path.join(this.dir, ...key.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // 'wx': never replace an object, like object lock in S3.
    try {
      fs.writeFileSync(file, canonicalJson(event) + '\n', { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return key;
  }

  async list(prefix: string): Promise<string[]> {
    const root = path.join(this.dir, ...prefix.split('/').filter(Boolean));
    if (!fs.lstatSync(root, { throwIfNoEntry: false })?.isDirectory()) return [];
    const keys: string[] = [];
    // Iterative, so a deep tree cannot exhaust the stack.
    const folders = [{ dir: root, key: prefix.endsWith('/') ? prefix : prefix + '/' }];
    for (let next = folders.pop(); next !== undefined; next = folders.pop()) {
      for (const entry of fs.readdirSync(next.dir, { withFileTypes: true })) {
        const key = next.key + entry.name;
        if (entry.isDirectory()) folders.push({ dir: path.join(next.dir, entry.name), key: key + '/' });
        else if (entry.name.endsWith('.json') && isRegularFile(entry, path.join(next.dir, entry.name))) keys.push(key);
      }
    }
    return keys.sort();
  }

  async read(key: string): Promise<string> {
    const file = path.join(this.dir, ...key.split('/'));
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      // Checked on the open file, so a file swapped after listing is still a regular one of bounded size.
      const stat = fs.fstatSync(fd);
      if (!stat.isFile()) throw new Error('not a regular file');
      if (stat.size > MAX_EVENT_BYTES) throw new Error(`larger than ${MAX_EVENT_BYTES / 1024} KB, which no journal event is`);
      return fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  }
}
