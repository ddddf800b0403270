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

/** A journal in a local folder: keys are paths under it (`<dir>/journal/2026/10/05/...json`). */
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
    if (!fs.existsSync(root)) return [];
    return (fs.readdirSync(root, { recursive: true }) as string[])
      .map((f) => prefix + f.split(path.sep).join('/'))
      .filter((k) => k.endsWith('.json') && fs.statSync(path.join(this.dir, ...k.split('/'))).isFile())
      .sort();
  }

  async read(key: string): Promise<string> {
    return fs.readFileSync(path.join(this.dir, ...key.split('/')), 'utf8');
  }
}
