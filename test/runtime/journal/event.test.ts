/** The journal's format: dated keys, one object per event, append-only stores, strict reading. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventKey, monthPrefix } from '../../../runtime/journal/event';
import { parseEvent } from '../../../runtime/journal/parse';
import { parseS3Url, S3Journal, type S3Api } from '../../../runtime/journal/s3';
import { FolderJournal } from '../../../runtime/journal/store';
import { raised } from './raised-event';

describe('journal events', () => {
  it('are stored under a dated key naming time, alarm and kind', () => {
    expect(eventKey(raised)).toMatch(/^journal\/2026\/10\/05\/20261005T101500\.000Z-endpoint_shop-home-raised-[0-9a-f]{12}\.json$/);
    expect(eventKey(raised)).toBe(eventKey({ ...raised }));
    expect(eventKey(raised)).not.toBe(eventKey({ ...raised, severity: 'warning' }));
    expect(monthPrefix('2026-10')).toBe('journal/2026/10/');
  });

  it('read back only when they are version-1 events with every field their kind needs', () => {
    expect(parseEvent(JSON.stringify(raised))).toEqual({ ok: true, event: raised });
    expect(parseEvent('{"v":1,"kind":"raised"')).toEqual({ ok: false, reason: 'not JSON' });
    expect(parseEvent(JSON.stringify({ ...raised, v: 2 }))).toMatchObject({
      ok: false,
      reason: 'journal version 2, this Plan B reads version 1',
    });
    expect(parseEvent(JSON.stringify({ ...raised, kind: 'exploded' }))).toMatchObject({ ok: false, reason: 'unknown kind "exploded"' });
    expect(parseEvent(JSON.stringify({ ...raised, at: 'yesterday' }))).toMatchObject({ ok: false, reason: '"at" is not an ISO UTC time' });
    expect(parseEvent(JSON.stringify({ ...raised, kind: 'delivered' }))).toMatchObject({
      ok: false,
      reason: 'delivered event without "person"',
    });
  });

  it('a folder journal never replaces an object and lists a month', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-journal-'));
    const j = new FolderJournal(dir);
    const key = await j.append(raised);
    await j.append(raised);
    expect(await j.list('journal/2026/10/')).toEqual([key]);
    expect(await j.list('journal/2026/11/')).toEqual([]);
    expect(parseEvent(await j.read(key))).toEqual({ ok: true, event: raised });
    fs.rmSync(dir, { recursive: true });
  });

  it('the S3 journal writes with If-None-Match, pages through listings and strips its prefix', async () => {
    const puts: string[] = [];
    const api: S3Api = {
      put: async (input) => void puts.push(`${input.Bucket}/${input.Key} ${input.IfNoneMatch}`),
      list: async (input) =>
        input.ContinuationToken ? { keys: ['ops/journal/2026/10/02/b.json'] } : { keys: ['ops/journal/2026/10/01/a.json'], next: 'p2' },
      get: async () => '{}',
    };
    const { bucket, prefix } = parseS3Url('s3://shop-backups/ops/');
    const j = new S3Journal(api, bucket, prefix);
    await j.append(raised);
    expect(puts).toEqual([`shop-backups/ops/${eventKey(raised)} *`]);
    expect(await j.list('journal/2026/10/')).toEqual(['journal/2026/10/01/a.json', 'journal/2026/10/02/b.json']);
    expect(() => parseS3Url('s3://')).toThrow('write s3://bucket or s3://bucket/prefix');
  });
});
