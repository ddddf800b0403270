/**
 * A customer channel of kind status-page tells customers where to look: its address is the status
 * page's own, `statusPage.host`. A stale address (an old host, a typo) would be printed in every
 * runbook and message as the place to check, while the page Plan B builds and updates is elsewhere.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { dnsSpelling } from '../../components/dns/records';
import { quoteValue } from '../secrets';
import { isHostName } from './endpoints';
import { reporter } from './report';
import { forEachMatch } from './walk';

/** The host an address names: `https://status.shop.example/x` and `status.shop.example` alike. */
function hostOf(address: string): string | undefined {
  const text = address.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    try {
      return new URL(text).hostname;
    } catch {
      return undefined; // the address's own format is checked where channels are
    }
  }
  const host = text.split(/[/?#]/)[0] ?? '';
  return isHostName(host) ? host : undefined;
}

export function checkStatusChannels(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const host = (data as { statusPage?: { host?: unknown } } | null)?.statusPage?.host;
  if (typeof host !== 'string' || !isHostName(host)) return;
  const report = reporter(map, out);
  forEachMatch(data, 'channels/*', (channel, pointerOf) => {
    const { kind, address } = (channel ?? {}) as { kind?: unknown; address?: unknown };
    if (kind !== 'status-page' || typeof address !== 'string') return;
    const named = hostOf(address);
    if (named === undefined || dnsSpelling(named) === dnsSpelling(host)) return;
    report(
      `${pointerOf()}/address`,
      'PB045',
      `this status-page channel sends customers to ${quoteValue(address)}, but the status page is at ${host} (statusPage.host)`,
      `write address: https://${host}`,
    );
  });
}
