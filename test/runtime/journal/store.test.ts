/**
 * A journal folder is what the owner or an integrator copied out of S3, and may hold anything: a
 * link back into itself, a pipe, a file far larger than any event. Listing and reading it must
 * end, list each event once, and never block or load a huge file whole.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEvent } from '../../../runtime/journal/parse';
import { raised } from './raised-event';
import { FolderJournal, MAX_EVENT_BYTES } from '../../../runtime/journal/store';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-journal-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a folder journal', () => {
  it('does not follow a link to a folder: a link back into the journal lists each event once', async () => {
    const journal = new FolderJournal(dir);
    const key = await journal.append(raised);
    const day = path.join(dir, 'journal', '2026', '10', '05');
    fs.symlinkSync(dir, path.join(day, 'loop'));
    fs.symlinkSync(path.join(dir, 'journal'), path.join(dir, 'journal', '2026', '10', 'again'));
    expect(await journal.list('journal/2026/10/')).toEqual([key]);
  });

  it('lists a link to an event file, and never a pipe', async () => {
    const journal = new FolderJournal(dir);
    const key = await journal.append(raised);
    const day = path.join(dir, 'journal', '2026', '10', '05');
    fs.symlinkSync(path.join(dir, ...key.split('/')), path.join(day, 'linked.json'));
    execFileSync('mkfifo', [path.join(day, 'pipe.json')]);
    expect(await journal.list('journal/2026/10/')).toEqual([key, 'journal/2026/10/05/linked.json'].sort());
    expect(parseEvent(await journal.read('journal/2026/10/05/linked.json'))).toEqual({ ok: true, event: raised });
    // Asked for anyway (a key listed before the file was swapped for a pipe): refused, not waited on.
    await expect(journal.read('journal/2026/10/05/pipe.json')).rejects.toThrow('not a regular file');
  });

  it('refuses to read a file larger than any event, naming the limit', async () => {
    const journal = new FolderJournal(dir);
    const day = path.join(dir, 'journal', '2026', '10', '05');
    fs.mkdirSync(day, { recursive: true });
    fs.writeFileSync(path.join(day, 'export.json'), 'x'.repeat(MAX_EVENT_BYTES + 1));
    expect(await journal.list('journal/2026/10/')).toEqual(['journal/2026/10/05/export.json']);
    await expect(journal.read('journal/2026/10/05/export.json')).rejects.toThrow(`larger than ${MAX_EVENT_BYTES / 1024} KB`);
  });

  it('lists nothing for a month with no folder, or whose folder is a link', async () => {
    const journal = new FolderJournal(dir);
    await journal.append(raised);
    expect(await journal.list('journal/2026/11/')).toEqual([]);
    fs.symlinkSync(path.join(dir, 'journal', '2026', '10'), path.join(dir, 'journal', '2026', '12'));
    expect(await journal.list('journal/2026/12/')).toEqual([]);
  });
});
