/**
 * Files that are not files: a named pipe with no writer, a device, a socket. Each is refused by
 * its type before anything can block on it (a hang here fails the test by its timeout), with
 * PB001 and a hint. A name whose bytes are not UTF-8 is still found.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSource } from '../../loader/read-source';
import { loadBlueprintFile } from '../../loader';

const EXAMPLE = join(__dirname, '../../blueprints/online-shop.yaml');

function refusal(file: string) {
  const r = readSource(file);
  expect(r.ok).toBe(false);
  return (r as { ok: false; diagnostic: { code: string; message: string; hint: string } }).diagnostic;
}

describe('readSource refuses what is not a regular file, without blocking', () => {
  it('a named pipe with no writer', () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'planb-fifo-')), 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const d = refusal(fifo);
    expect(d.code).toBe('PB001');
    expect(d.message).toBe('this is a named pipe, not a file');
    expect(d.hint).toContain('planb validate - < pipe');
  }, 10_000);

  it.each([['/dev/zero'], ['/dev/null'], ['/dev/urandom']])(
    'the device %s',
    (device) => {
      const d = refusal(device);
      expect(d.code).toBe('PB001');
      expect(d.message).toBe('this is a device, not a file');
    },
    10_000,
  );

  it('a socket', async () => {
    const socket = join(mkdtempSync(join(tmpdir(), 'planb-sock-')), 's.yaml');
    const server = createServer().listen(socket);
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const d = refusal(socket);
      expect(d.code).toBe('PB001');
      expect(d.message).toBe('this is a socket, not a file');
    } finally {
      server.close();
    }
  }, 10_000);

  it('a directory', () => {
    expect(refusal(tmpdir()).message).toBe('this is a directory, not a file');
  });
});

describe('a file whose name is not UTF-8', () => {
  it('is found from the name Node gives it (invalid bytes read as U+FFFD)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planb-name-'));
    // "shop\xff.yaml": the byte 0xFF is not UTF-8.
    const raw = Buffer.concat([Buffer.from(`${dir}/shop`), Buffer.from([0xff]), Buffer.from('.yaml')]);
    writeFileSync(raw, readFileSync(EXAMPLE));
    const asNodeSeesIt = join(dir, 'shop\uFFFD.yaml');
    const loaded = loadBlueprintFile(asNodeSeesIt);
    expect(loaded.ok).toBe(true);
  });
});
