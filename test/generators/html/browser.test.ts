/**
 * The printable HTML in headless Chromium (Debian's /usr/bin/chromium): no console error, no
 * request leaving the machine, the contact sheet on one A4 page, a page break per document, and
 * screenshots kept under test/artifacts/ (gitignored).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { browserSuitesRun, launchChromium } from '../../support/chromium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFiles as buildDocs } from '../../../pipeline';
import { writeOutputAtomically } from '../../../cli/output';
import type { Model } from '../../../model/model';
import { exampleModel } from '../documents/build-model';

const ARTIFACTS = path.join(__dirname, '..', '..', 'artifacts');

interface Watched {
  page: Page;
  errors: string[];
  external: string[];
}

async function open(browser: Browser, url?: string): Promise<Watched> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith('file:') || u.startsWith('data:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  if (url) await page.goto(url, { waitUntil: 'load' });
  return { page, errors, external };
}

/** The online shop (6 people, 8 providers' support lines) grown to `people` staff with full contacts. */
function largeStaffModel(people = 25): Model {
  const m = exampleModel('online-shop');
  const template = m.people.find((p) => p.id === 'anton')!;
  for (let i = m.people.length; i < people; i++) {
    m.people.push({ ...template, id: `staff-${i}`, name: `Staff member ${i}`, role: 'Shop assistant' });
  }
  return m;
}

async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (await PDFDocument.load(pdf)).getPageCount();
}

describe.skipIf(!browserSuitesRun)('printable HTML in Chromium', () => {
  let browser: Browser;
  const dirs: Record<string, string> = {};

  beforeAll(async () => {
    // Chromium starts in its own processes while this one writes the documents.
    const launched = launchChromium();
    try {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-browser-'));
      for (const name of ['online-shop', 'dental-clinic'] as const) {
        dirs[name] = path.join(root, name);
        writeOutputAtomically(dirs[name], await buildDocs(exampleModel(name), {}));
      }
      dirs['large-staff'] = path.join(root, 'large-staff');
      writeOutputAtomically(dirs['large-staff'], await buildDocs(largeStaffModel(), {}));
      fs.mkdirSync(ARTIFACTS, { recursive: true });
    } finally {
      browser = await launched; // closed in afterAll even when a build above failed
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the harness catches an external request (so a pass means something)', async () => {
    const w = await open(browser);
    await w.page.setContent('<img src="https://example.invalid/x.png" alt="">', { waitUntil: 'load' });
    expect(w.external).toEqual(['https://example.invalid/x.png']);
    await w.page.close();
  });

  it.each(['online-shop', 'dental-clinic'])('%s: opens with no console error and no request leaving the machine', async (name) => {
    const w = await open(browser, 'file://' + path.join(dirs[name]!, 'documents.html'));
    expect(await w.page.title()).not.toBe('');
    expect(await w.page.locator('nav.toc li').count()).toBeGreaterThan(10);
    await w.page.screenshot({ path: path.join(ARTIFACTS, `documents-${name}.png`) });
    const sections = await w.page.locator('section.doc').count();
    expect(await pdfPages(w.page)).toBeGreaterThanOrEqual(sections); // a page break before every document
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await w.page.close();
  });

  it.each(['online-shop', 'dental-clinic'])('%s: the contact sheet prints on one A4 page', async (name) => {
    const w = await open(browser, 'file://' + path.join(dirs[name]!, 'html', 'contacts.html'));
    await w.page.emulateMedia({ media: 'print' });
    await w.page.screenshot({ path: path.join(ARTIFACTS, `contacts-${name}.png`), fullPage: true });
    expect(await pdfPages(w.page)).toBe(1);
    expect(w.errors).toEqual([]);
    expect(w.external).toEqual([]);
    await w.page.close();
  });

  it('a 25-person business: the contact sheet is set denser and still prints on one A4 page', async () => {
    const w = await open(browser, 'file://' + path.join(dirs['large-staff']!, 'html', 'contacts.html'));
    await w.page.emulateMedia({ media: 'print' });
    expect(await w.page.locator('main.doc-contacts').getAttribute('class')).toBe('doc doc-contacts denser');
    expect(await w.page.locator('main.doc-contacts tr').count()).toBe(39);
    await w.page.screenshot({ path: path.join(ARTIFACTS, 'contacts-large-staff.png'), fullPage: true });
    expect(await pdfPages(w.page)).toBe(1);
    await w.page.close();
  });

  it('past its capacity the contact sheet goes on to a second page rather than being cut', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'planb-browser-'));
    writeOutputAtomically(path.join(root, 'o'), await buildDocs(largeStaffModel(40), {}));
    const w = await open(browser, 'file://' + path.join(root, 'o', 'html', 'contacts.html'));
    expect(await pdfPages(w.page)).toBe(2); // so the one-page assertions above can fail
    await w.page.close();
  });

  it.each(['online-shop', 'dental-clinic'])('%s: printed tables break no heading and no short word, and stay on the page', async (name) => {
    const w = await open(browser, 'file://' + path.join(dirs[name]!, 'documents.html'));
    await w.page.emulateMedia({ media: 'print' });
    await w.page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    // Run in the page as a string: the tests are typed without the DOM library. A heading keeps every
    // word whole; a cell every word of up to 8 letters ("hosting", "August"); an address glued to
    // dots or @ (a domain, a URL) may break anywhere.
    const found = (await w.page.evaluate(String.raw`(() => {
      const split = [];
      for (const cell of document.querySelectorAll('td, th')) {
        const longest = cell.tagName === 'TH' ? Infinity : 8;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          for (const m of n.textContent.matchAll(/(?<![^\s(«"])[\p{L}\p{N}]{2,}(?=[\s,.;:)»"]|$)/gu)) {
            if (m[0].length > longest) continue;
            const r = document.createRange();
            r.setStart(n, m.index);
            r.setEnd(n, m.index + m[0].length);
            if (new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size > 1) split.push(m[0]);
          }
        }
      }
      const wide = [...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().right > 795).length;
      return { split, wide };
    })()`)) as { split: string[]; wide: number };
    expect(found.split).toEqual([]);
    expect(found.wide).toBe(0);
    await w.page.close();
  });

  it('a runbook page links to its siblings as local files', async () => {
    const w = await open(browser, 'file://' + path.join(dirs['online-shop']!, 'html', 'runbooks', 'process-take-payments.html'));
    const hrefs = await w.page.locator('a').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^file:\/\/.*\.html(#.*)?$/);
    for (const h of hrefs) expect(fs.existsSync(new URL(h).pathname)).toBe(true);
    await w.page.close();
  });
});
