/**
 * What the infrastructure cannot build as written. The analysis counts on these elements (a
 * replica in another region, a second DNS provider, an off-provider copy, a status page, an alert
 * stage), so a plan that quietly left them out would disagree with the verdict: each is an error
 * here, with the change that makes it buildable.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { caaBlocksAcm, healthCheckAlarmed, statusPageBuilt, zoneBuilt } from '../../model/buildable';
import { DEFAULTS } from '../defaults';
import { parseDuration } from '../durations';
import { quoteValue } from '../secrets';
import { forEachMatch, forEachString } from './walk';
import { driverOf, isChannelKind } from '../../channels';
import { reporter, type Report } from './report';
import { isHostName } from './endpoints';

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
    const { dns, failover, name } = obj(domain);
    if (!Array.isArray(dns)) return;
    if (!hasCloudflare && zoneBuilt(dns)) {
      report(
        `${pointerOf()}/dns`,
        'PB045',
        `${String(name)} is served by cloudflare and route53, but infrastructure.cloudflareAccountId is not set, so the Cloudflare zone cannot be created`,
        'add infrastructure.cloudflareAccountId (Cloudflare dashboard > your account > Overview > Account ID)',
      );
    }
    // A failover record switches on a health check Plan B builds, in zones Plan B builds: on a
    // domain it does not manage nothing would switch, while the verdict counts on the switch.
    if (!zoneBuilt(dns) && Array.isArray(failover) && failover.length > 0) {
      report(
        `${pointerOf()}/failover`,
        'PB045',
        `${String(name)} has failover records, but Plan B builds DNS only for a domain served by both cloudflare and route53, so nothing would switch them`,
        "set dns: [cloudflare, route53] on this domain, or remove failover and switch the records by hand in a process's plan B",
      );
    }
  });
  checkOffProviderCopies(data, root, hasCloudflare, report);
  forEachMatch(data, 'channels/*', (channel, pointerOf) => {
    const c = obj(channel);
    // A channel addressed by its own address (a webhook), by the channel table's rule.
    const rule = isChannelKind(c.kind) ? driverOf(c.kind).address : undefined;
    if (rule?.of !== 'channel' || rule.valid(typeof c.address === 'string' ? c.address : undefined)) return;
    report(
      `${pointerOf()}${c.address === undefined ? '' : '/address'}`,
      'PB045',
      `a ${String(c.kind)} channel needs ${rule.needs} for alarms to be posted to`,
      'set address to the https:// URL that receives the alert (keep any token in the receiving service, not in the URL)',
    );
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
  report(
    pointer,
    'PB045',
    `the backup replicas would be in ${replica}, the primary's own region, so a regional outage takes both`,
    `choose another replicaRegion (e.g. ${main === 'eu-west-1' ? 'eu-central-1' : 'eu-west-1'})`,
  );
}

function checkOffProviderCopies(data: unknown, root: Obj, hasCloudflare: boolean, report: Report): void {
  forEachMatch(data, 'data/*', (set, setPointer) => {
    forEachMatch(set, 'copies/*', (copy, pointerOf) => {
      const c = obj(copy);
      if (c.kind !== 'backup-bucket' || c.offProvider !== true) return;
      const at = setPointer() + pointerOf();
      if (!hasCloudflare) {
        report(
          `${at}/offProvider`,
          'PB045',
          'an off-provider copy of a backup bucket is built in Cloudflare R2, but infrastructure.cloudflareAccountId is not set',
          'add infrastructure.cloudflareAccountId, or set offProvider: false (the analysis then no longer counts a copy outside AWS)',
        );
        return;
      }
      // A long R2 bucket name is cut to fit with a stable hash (components/common/physical-names.ts).
    });
  });
}

function checkStages(stages: unknown[], at: string, report: Report): void {
  stages.forEach((stage, i) => {
    checkRepeat(obj(stage).repeat, `${at}/${i}/repeat`, report);
    const after = obj(stage).after;
    const seconds = typeof after === 'string' ? parseDuration(after) : undefined;
    if (i === 0) {
      if (seconds !== undefined && seconds > 0) {
        report(
          `${at}/0/after`,
          'PB045',
          `the first stage pages at once, so after: ${String(after)} would be ignored`,
          'remove after from the first stage; give the wait to the stage that should wait',
        );
      }
      return;
    }
    if (seconds !== undefined && seconds >= AFTER_MIN && seconds <= AFTER_MAX) return;
    if (after !== undefined && seconds === undefined) return; // the schema reports the format
    report(
      after === undefined ? `${at}/${i}` : `${at}/${i}/after`,
      'PB045',
      after === undefined
        ? `stage ${i + 1} has no after: a later stage waits between 1m and 1d after the one before`
        : `stage ${i + 1} waits ${String(after)}; escalation waits between 1m and 1d`,
      'write after: 15m (or another wait from 1m to 1d)',
    );
  });
}

/**
 * The pager looks for pages owed once a minute (the tick, components/alerts/events.ts): a repeat
 * of 10 s would repeat every minute, while the runbooks and `simulate` say 10 s.
 */
function checkRepeat(repeat: unknown, pointer: string, report: Report): void {
  const seconds = typeof repeat === 'string' ? parseDuration(repeat) : undefined;
  if (seconds === undefined || seconds >= AFTER_MIN) return;
  report(
    pointer,
    'PB045',
    `repeat ${String(repeat)} is shorter than a minute, and the pager pages again once a minute at the finest`,
    'write repeat: 1m or more, or leave out repeat to page once per stage',
  );
}

function checkStatusPage(root: Obj, report: Report): void {
  const page = obj(root.statusPage);
  if (!statusPageBuilt(page.hosting ?? DEFAULTS.statusPageHosting)) return;
  // A host that is no host name at all ("https://status.shop.example") the schema reports, with the fix.
  if (typeof page.host === 'string' && !isHostName(page.host)) return;
  if (typeof page.host === 'string' && !page.host.startsWith('status.')) {
    report(
      '/statusPage/host',
      'PB045',
      `Plan B builds the status page at status.<domain>; ${quoteValue(page.host)} does not start with "status."`,
      'write host: status.<your domain>, or set hosting: other if you run the page yourself',
    );
  } else if (typeof page.host === 'string') {
    checkCaa(root, page.host.slice('status.'.length), report);
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
      if (healthCheckAlarmed(kinds.get(id))) healthChecked = true;
    });
    if (!any || healthChecked) return;
    report(
      `/statusPage${pointerOf()}/endpoints`,
      'PB045',
      'the status page shows a component from health-check alarms, and none of these endpoints has one (DNS consistency checks do not)',
      'add an http or tcp endpoint to this component',
    );
  });
}

/**
 * The status page's certificate comes from ACM, validated in the page's domain: CAA records there
 * that name only other authorities make ACM refuse it, and the first `pulumi up` fails half-way.
 */
function checkCaa(root: Obj, domain: string, report: Report): void {
  forEachMatch(root, 'domains/*', (d, pointerOf) => {
    const { name, records } = obj(d);
    if (name !== domain || !Array.isArray(records)) return;
    const caa = records.map((r) => {
      const { name: n, type, values } = obj(r);
      return {
        name: typeof n === 'string' ? n : '',
        type: typeof type === 'string' ? type : '',
        values: Array.isArray(values) ? values.filter((v): v is string => typeof v === 'string') : [],
      };
    });
    const blocking = caaBlocksAcm(caa, 'status');
    if (blocking === undefined) return;
    const allowed = blocking.allowed.length > 0 ? blocking.allowed.join(', ') : 'no authority';
    report(
      `${pointerOf()}/records/${blocking.record}`,
      'PB045',
      `the CAA records of ${domain} allow only ${allowed}, so AWS Certificate Manager cannot issue the status page's certificate and \`pulumi up\` fails`,
      `add the value '0 issue "amazon.com"' to this CAA record, or set statusPage.hosting: other if you run the page yourself`,
    );
  });
}
