/**
 * What the infrastructure cannot build as written. The analysis counts on these elements (a
 * replica in another region, a second DNS provider, an off-provider copy, a status page, an alert
 * stage), so a plan that quietly left them out would disagree with the verdict: each is an error
 * here, with the change that makes it buildable.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { DEFAULTS } from '../defaults';
import { parseDuration } from '../durations';
import { quoteValue } from '../secrets';
import { forEachMatch, forEachString } from './walk';
import { driverOf, isChannelKind } from '../../channels';
import { reporter, type Report } from './report';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/** Step Functions waits between alert stages: one minute to one day. */
const AFTER_MIN = 60;
const AFTER_MAX = 86400;

export function checkPlanLimits(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  const root = obj(data);
  const infra = obj(root.infrastructure);
  const hasCloudflare = typeof infra.cloudflareAccountId === 'string';
  checkRegions(infra, report);
  forEachMatch(data, 'domains/*', (domain, pointerOf) => {
    const dns = obj(domain).dns;
    if (!hasCloudflare && Array.isArray(dns) && dns.includes('cloudflare') && dns.includes('route53')) {
      report(`${pointerOf()}/dns`, 'PB045', `${String(obj(domain).name)} is served by cloudflare and route53, but infrastructure.cloudflareAccountId is not set, so the Cloudflare zone cannot be created`,
        'add infrastructure.cloudflareAccountId (Cloudflare dashboard > your account > Overview > Account ID)');
    }
  });
  checkOffProviderCopies(data, root, hasCloudflare, report);
  forEachMatch(data, 'channels/*', (channel, pointerOf) => {
    const c = obj(channel);
    // A channel addressed by its own address (a webhook), by the channel table's rule.
    const rule = isChannelKind(c.kind) ? driverOf(c.kind).address : undefined;
    if (rule?.of !== 'channel' || rule.valid(typeof c.address === 'string' ? c.address : undefined)) return;
    report(`${pointerOf()}${c.address === undefined ? '' : '/address'}`, 'PB045', `a ${String(c.kind)} channel needs ${rule.needs} for alarms to be posted to`,
      'set address to the https:// URL that receives the alert (keep any token in the receiving service, not in the URL)');
  });
  forEachMatch(data, 'alerts/*/stages', (stages, pointerOf) => {
    if (Array.isArray(stages)) checkStages(stages, pointerOf(), report);
  });
  checkStatusPage(root, report);
}

function checkRegions(infra: Obj, report: Report): void {
  const main = typeof infra.awsRegion === 'string' ? infra.awsRegion : DEFAULTS.awsRegion;
  const replica = typeof infra.replicaRegion === 'string' ? infra.replicaRegion : DEFAULTS.replicaRegion;
  if (main !== replica) return;
  const pointer = infra.replicaRegion !== undefined ? '/infrastructure/replicaRegion' : '/infrastructure/awsRegion';
  report(pointer, 'PB045', `the backup replicas would be in ${replica}, the primary's own region, so a regional outage takes both`,
    `choose another replicaRegion (e.g. ${main === 'eu-west-1' ? 'eu-central-1' : 'eu-west-1'})`);
}

function checkOffProviderCopies(data: unknown, root: Obj, hasCloudflare: boolean, report: Report): void {
  forEachMatch(data, 'data/*', (set, setPointer) => {
    forEachMatch(set, 'copies/*', (copy, pointerOf) => {
      const c = obj(copy);
      if (c.kind !== 'backup-bucket' || c.offProvider !== true) return;
      const at = setPointer() + pointerOf();
      if (!hasCloudflare) {
        report(`${at}/offProvider`, 'PB045', 'an off-provider copy of a backup bucket is built in Cloudflare R2, but infrastructure.cloudflareAccountId is not set',
          'add infrastructure.cloudflareAccountId, or set offProvider: false (the analysis then no longer counts a copy outside AWS)');
        return;
      }
      // A long R2 bucket name is cut to fit with a stable hash (components/common/physical-names.ts).
    });
  });
}

function checkStages(stages: unknown[], at: string, report: Report): void {
  stages.forEach((stage, i) => {
    const after = obj(stage).after;
    const seconds = typeof after === 'string' ? parseDuration(after) : undefined;
    if (i === 0) {
      if (seconds !== undefined && seconds > 0) {
        report(`${at}/0/after`, 'PB045', `the first stage pages at once, so after: ${String(after)} would be ignored`, 'remove after from the first stage; give the wait to the stage that should wait');
      }
      return;
    }
    if (seconds !== undefined && seconds >= AFTER_MIN && seconds <= AFTER_MAX) return;
    if (after !== undefined && seconds === undefined) return; // the schema reports the format
    report(after === undefined ? `${at}/${i}` : `${at}/${i}/after`, 'PB045',
      after === undefined ? `stage ${i + 1} has no after: a later stage waits between 1m and 1d after the one before` : `stage ${i + 1} waits ${String(after)}; escalation waits between 1m and 1d`,
      'write after: 15m (or another wait from 1m to 1d)');
  });
}

function checkStatusPage(root: Obj, report: Report): void {
  const page = obj(root.statusPage);
  if ((page.hosting ?? DEFAULTS.statusPageHosting) !== 'aws') return;
  if (typeof page.host === 'string' && !page.host.startsWith('status.')) {
    report('/statusPage/host', 'PB045', `Plan B builds the status page at status.<domain>; ${quoteValue(page.host)} does not start with "status."`,
      'write host: status.<your domain>, or set hosting: other if you run the page yourself');
  }
  const kinds = new Map<string, unknown>();
  forEachMatch(root, 'monitoring/endpoints/*', (e) => {
    const { id, check } = obj(e);
    if (typeof id === 'string') kinds.set(id, check ?? 'http');
  });
  forEachMatch(page, 'components/*', (component, pointerOf) => {
    let healthChecked = false;
    let any = false;
    forEachString(component, 'endpoints/*', (id) => {
      any = true;
      if (kinds.get(id) === 'http' || kinds.get(id) === 'tcp') healthChecked = true;
    });
    if (!any || healthChecked) return;
    report(`/statusPage${pointerOf()}/endpoints`, 'PB045', 'the status page shows a component from health-check alarms, and none of these endpoints has one (DNS consistency checks do not)',
      'add an http or tcp endpoint to this component');
  });
}
