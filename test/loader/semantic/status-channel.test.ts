/**
 * A status-page channel sends customers to the status page: its address must be the page's own
 * host (statusPage.host), or every runbook and message points customers at a stale page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../../loader/index';

const SHOP = readFileSync('blueprints/online-shop.yaml', 'utf8');
const WRITTEN = '    address: https://status.samovar-tea.example';

function diagnostics(address: string): string[] {
  const text = SHOP.replace(WRITTEN, `    address: ${address}`);
  expect(text).not.toBe(SHOP);
  return loadBlueprintText(text, 'shop.yaml').diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message} | ${d.hint}`);
}

describe('a status-page channel', () => {
  it('that names another host than the status page is refused at its address, with the address to write', () => {
    expect(diagnostics('https://status.old-shop.example/')).toEqual([
      'PB045 727:14 this status-page channel sends customers to "https://status.old-shop.example/", but the status page is at status.samovar-tea.example (statusPage.host) | write address: https://status.samovar-tea.example',
    ]);
  });

  it.each(['https://status.samovar-tea.example/incidents', 'status.samovar-tea.example', 'https://STATUS.samovar-tea.example.'])(
    'that names the page host as %s is accepted',
    (address) => {
      expect(diagnostics(address)).toEqual([]);
    },
  );
});
