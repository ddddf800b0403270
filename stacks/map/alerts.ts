/**
 * Alerts -> AlertRouting args. The pager's functions take the routes as data (`runtimeConfig`),
 * so nothing here is per route or per person in the cloud: one rule matches the alarms by name
 * prefix, one function pages whoever the configuration says. What this mapping decides: which
 * physical alarm is which journal id, who hears that the pager itself is failing, who sends the
 * e-mail, and the notes for people a stage cannot reach.
 */
import type * as pulumi from '@pulumi/pulumi';
import type { Model } from '../../model/model';
import type { FallbackContact, PagedAlarm } from '../../components/alerts/args';
import { sanitizeKey } from '../../components/common/names';
import { personAddress } from '../../channels';
import { runtimeConfig } from '../../runtime/config';
import { pagesOverTelegram } from '../../components/alerts/contract';
import type { RuntimeConfig } from '../../runtime/config';
import { stageContacts } from './contacts';
import type { MappedProbe } from './probes';
import type { MappedVault } from './backup';
import { note, type Notes } from './notes';

export interface MappedAlerts {
  runtime: RuntimeConfig;
  /** Who hears, over plain SNS, that the pager is failing: the first stages' e-mail and SMS. */
  fallback: FallbackContact[];
  /** The owner's e-mail, the SES sender of e-mail pages (verified once by a link SES sends). */
  emailFrom?: string;
  usesTelegram: boolean;
  path: string;
}

export function mapAlerts(model: Model, notes: Notes): MappedAlerts | undefined {
  if (model.alerts.length === 0) return undefined;
  const firsts = new Map<string, FallbackContact>();
  const anyone = new Map<string, FallbackContact>();
  for (const route of model.alerts) {
    route.stages.forEach((stage, i) => {
      // stageContacts also notes each person a stage cannot reach on a channel it names.
      for (const c of stageContacts(stage, notes)) {
        if (c.channel === 'telegram') continue;
        // A webhook is paged by the pager's own POST; it is no plain-SNS fallback for when the pager fails.
        if (c.channel === 'https') continue;
        const contact = { id: c.id, channel: c.channel, address: c.address } as FallbackContact;
        anyone.set(c.id, contact);
        if (i === 0) firsts.set(c.id, contact);
      }
    });
  }
  const chosen = firsts.size > 0 ? firsts : anyone.size > 0 ? anyone : ownerFallback(model);
  const fallback = [...chosen.values()].sort((a, b) => a.id.localeCompare(b.id));
  const emailFrom = personAddress(model.business.owner.contacts, 'email');
  if (emailFrom === undefined)
    note(
      notes,
      model.alerts[0]!.path,
      'the owner has no e-mail address to send e-mail pages from (SES needs a verified sender); e-mail pages are not sent',
    );
  const runtime = runtimeConfig(model);
  return {
    runtime,
    fallback,
    ...(emailFrom !== undefined ? { emailFrom } : {}),
    usesTelegram: pagesOverTelegram(runtime),
    path: model.alerts[0]!.path,
  };
}

/**
 * When no stage reaches anyone by e-mail or SMS (Telegram or a webhook only), the owner's own
 * e-mail and phone hear that the pager failed: those stages fall silent with the pager.
 * validate refuses a blueprint where the owner has neither (loader/semantic/pager.ts).
 */
function ownerFallback(model: Model): Map<string, FallbackContact> {
  const owner = model.business.owner;
  const out = new Map<string, FallbackContact>();
  for (const channel of ['email', 'sms'] as const) {
    const address = personAddress(owner.contacts, channel);
    if (address !== undefined) out.set(`${owner.id}-${channel}`, { id: `${owner.id}-${channel}`, channel, address });
  }
  return out;
}

/** Health-check alarms are named after the endpoint id (the HealthChecks key). */
export function endpointAlarms(names: Readonly<Record<string, pulumi.Output<string>>>): PagedAlarm[] {
  return Object.keys(names)
    .sort()
    .map((id) => ({ name: names[id]!, id: `endpoint:${id}` }));
}

/** A probe's journal id: what it watches, in the blueprint's words (runtime/journal/alarms.ts). */
export function probeAlarmId(model: Model, probe: Pick<MappedProbe, 'id'>): string {
  const [kind, ...rest] = probe.id.split('-');
  const id = rest.join('-');
  if (kind === 'tls') return `certificate:${id}`;
  // An endpoint's up/down probe (map/probes.ts upProbe) and its DNS probe page as the endpoint.
  if (kind === 'dns' || kind === 'up') return `endpoint:${id}`;
  if (kind === 'business') return `check:${id}`;
  const domain = model.domains.find((d) => `domain-${sanitizeKey(d.name)}` === probe.id);
  if (kind === 'domain' && domain !== undefined) return `domain:${domain.name}`;
  throw new Error(`internal: probe ${probe.id} has no journal id`);
}

export function probeAlarms(
  model: Model,
  probes: readonly MappedProbe[],
  names: Readonly<Record<string, pulumi.Output<string>>>,
): PagedAlarm[] {
  return probes.filter((p) => names[p.id] !== undefined).map((p) => ({ name: names[p.id]!, id: probeAlarmId(model, p) }));
}

export function vaultAlarm(v: Pick<MappedVault, 'data' | 'copy'>, name: pulumi.Output<string>): PagedAlarm {
  return { name, id: `backup:${v.data.id}/${v.copy.id}` };
}

/**
 * The rules match alarms by the first word of the components that create them (`health-`,
 * `probes-`, `backup-`): physical names keep the logical name's start (components/common/
 * physical-names.ts), and a prefix list stays far below EventBridge's 2,048-character pattern
 * however many alarms there are.
 */
export function alarmNamePrefixes(componentNames: readonly string[]): string[] {
  return [...new Set(componentNames.map((n) => `${n.split('-')[0]}-`))].sort();
}
