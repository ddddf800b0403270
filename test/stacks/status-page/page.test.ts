/**
 * The status page served by a real HTTP server on 127.0.0.1 and opened in Debian's Chromium at a
 * phone's size: it shows each component's state in words, makes no request but status.json,
 * says so plainly when status.json cannot be read, and keeps hostile names inert.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { browserSuitesRun, launchChromium } from '../../support/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusPageFiles, type StatusJson } from '../../../stacks/status-page/page';
import { loadBlueprintFile } from '../../../loader/index';
import type { Model } from '../../../model/model';

const ROOT = path.join(__dirname, '../../..');
const ARTIFACTS = path.join(ROOT, 'test/artifacts');

function load(file: string): Model {
  const r = loadBlueprintFile(path.join(ROOT, file));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.model;
}

describe('status page (pure)', () => {
  const shop = load('blueprints/online-shop.yaml');

  it('lists every component of the blueprint, all unknown until the first update', () => {
    const files = statusPageFiles(shop);
    const initial = JSON.parse(files['status.json']) as StatusJson;
    expect(Object.keys(initial.components)).toEqual(shop.statusPage?.components.map((c) => c.id));
    expect(Object.values(initial.components).every((c) => c.status === 'unknown')).toBe(true);
    for (const c of shop.statusPage?.components ?? []) expect(files['index.html']).toContain(`data-id="${c.id}"`);
  });

  it('is byte-identical for the same blueprint, and in the blueprint language', () => {
    expect(statusPageFiles(load('blueprints/online-shop.yaml'))).toEqual(statusPageFiles(shop));
    const clinic = load('blueprints/dental-clinic.yaml');
    expect(statusPageFiles(clinic)['index.html']).toContain('<html lang="ru">');
  });

  it('escapes hostile names and allows no request but its own origin', () => {
    const hostile = {
      ...shop,
      business: { ...shop.business, name: '<script>alert(1)</script>' },
      statusPage: { ...shop.statusPage!, components: [{ ...shop.statusPage!.components[0]!, name: '"><img src=x onerror=alert(1)>' }] },
    };
    const html = statusPageFiles(hostile)['index.html'];
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/default-src 'none'; connect-src 'self'/);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});

describe.skipIf(!browserSuitesRun)('status page in Chromium', () => {
  let browser: Browser;
  let server: http.Server;
  let base = '';
  let status: { code: number; body: string } = { code: 200, body: '{}' };
  const requests: string[] = [];
  const model = load('blueprints/online-shop.yaml');
  const files = statusPageFiles(model);

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(files['index.html']);
      } else if (req.url === '/status.json') {
        res.writeHead(status.code, { 'content-type': 'application/json' }).end(status.body);
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open() {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 500/.test(m.text())) errors.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) outside.push(r.url());
    });
    await page.goto(base + '/');
    return { page, errors, outside };
  }

  it('shows each component in words, on a phone, asking nothing of the outside world', async () => {
    const [first, second] = model.statusPage!.components;
    const body: StatusJson = {
      updatedAt: '2026-11-20T10:15:00Z',
      components: { [first!.id]: { name: first!.name, status: 'down' }, [second!.id]: { name: second!.name, status: 'operational' } },
    };
    status = { code: 200, body: JSON.stringify(body) };
    const { page, errors, outside } = await open();
    // Page code as strings: the tests are compiled without the DOM library.
    await page.waitForFunction("document.getElementById('updated').textContent !== ''");
    expect(await page.locator(`li[data-id="${first!.id}"] .state`).textContent()).toBe('Not working');
    expect(await page.locator(`li[data-id="${second!.id}"] .state`).textContent()).toBe('Working');
    expect(await page.locator('#updated').textContent()).toMatch(/^Last checked: Nov 20, 2026/);
    // Fits a phone: nothing wider than the screen.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect(await page.locator('#notice').isHidden()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'status-page-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    expect(requests.filter((u) => u !== '/' && u !== '/status.json' && u !== '/favicon.ico')).toEqual([]);
    await page.close();
  });

  it('says plainly when status.json cannot be read', async () => {
    status = { code: 500, body: 'boom' };
    const { page, errors } = await open();
    await page.locator('#notice').waitFor({ state: 'visible' });
    expect(await page.locator('#notice').textContent()).toContain('cannot be loaded');
    expect(errors).toEqual([]);
    await page.close();
  });
});
