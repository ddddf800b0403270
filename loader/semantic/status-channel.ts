/**
 * A customer channel of kind status-page tells customers where to look: its address is the status
 * page's own, `statusPage.host`. A stale address (an old host, a typo) would be printed in every
 * runbook and message as the place to check, while the page Plan B builds and updates is elsewhere.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { hostOf } from '../../channels';
import { dnsSpelling } from '../../components/dns/records';
import { quoteValue } from '../secrets';
import { isHostName } from './endpoints';
import { reporter } from './report';
import { forEachMatch } from './walk';

export function checkStatusChannels(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const host = (data as { statusPage?: { host?: unknown } } | null)?.statusPage?.host;
  if (typeof host !== 'string' || !isHostName(host)) return;
  const report = reporter(map, out);
  forEachMatch(data, 'channels/*', (channel, pointerOf) => {
    const { kind, address } = (channel ?? {}) as { kind?: unknown; address?: unknown };
    if (kind !== 'status-page' || typeof address !== 'string') return;
    const named = hostOf(address.trim());
    // An address that names no host at all is the channel checks' to word.
    if (named === undefined || !isHostName(named) || dnsSpelling(named) === dnsSpelling(host)) return;
    report(
      `${pointerOf()}/address`,
      'PB045',
      `this status-page channel sends customers to ${quoteValue(address)}, but the status page is at ${host} (statusPage.host)`,
      `write address: https://${host}`,
    );
  });
}
