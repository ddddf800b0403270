/**
 * Debian's Chromium, driven by playwright-core, for the suites that open generated pages in a real
 * browser. Suites skip only on a developer machine without it; in CI (.ci/run installs it) a
 * missing browser fails.
 */
import * as fs from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether the browser suites run here: Chromium is installed, or this is CI (where its absence must fail). */
export const browserSuitesRun = fs.existsSync(CHROMIUM) || process.env.CI !== undefined;

/** A headless Chromium with nothing of its own reaching the network (no updates, sync or first-run pages). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
