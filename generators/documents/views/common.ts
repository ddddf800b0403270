/**
 * What every view builder shares: the context, people and services as Markdown-ready strings,
 * links between documents.
 *
 * A view is plain data whose every string is already escaped for Markdown (see ../escape.ts), and
 * whose every key is present (null when empty), because templates are compiled with `strict`.
 */
import * as path from 'node:path';
import { fp, idIf, type FailurePoint } from '../../../analysis/failure-point';
import type { AnalysisGraph } from '../../../analysis/graph';
import type { BusinessCheck, Channel, Contact, DataSet, Endpoint, Model, Person, Process, Service } from '../../../model/model';
import { code, fileSlug, md } from '../escape';
import type { Locale } from '../locale';
import type { DocumentAnalysis } from '../types';

export interface Ctx {
  readonly model: Model;
  readonly l: Locale;
  readonly graph: AnalysisGraph;
  readonly analysis: DocumentAnalysis;
  /** Failure point -> the processes whose normal path it breaks, built once (blueprint order). */
  readonly stoppedBy: ReadonlyMap<FailurePoint, readonly Process[]>;
  /** Lookups built once, so that no view scans the whole model per item (2,000 processes...). */
  readonly by: Lookups;
}

export interface Lookups {
  endpoints: ReadonlyMap<Service, readonly Endpoint[]>;
  data: ReadonlyMap<Service, readonly DataSet[]>;
  /** Services whose loss this service's loss causes, direct or transitive (blueprint order). */
  dependents: ReadonlyMap<FailurePoint, readonly Service[]>;
  businessChecks: ReadonlyMap<Process, readonly BusinessCheck[]>;
  /** An endpoint's place in the blueprint, to keep lists in blueprint order. */
  endpointOrder: ReadonlyMap<Endpoint, number>;
  /** Processes whose plan B needs a failure point (blueprint order). */
  planBUsers: ReadonlyMap<FailurePoint, readonly Process[]>;
  /**
   * For a service with standbys: the processes that need it, directly or through the services
   * they need (standbys ignored), which stop if no standby takes over (blueprint order).
   */
  standbyUsers: ReadonlyMap<Service, readonly Process[]>;
}

function group<K, V>(items: readonly V[], key: (v: V) => K): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const v of items) {
    const k = key(v);
    const list = out.get(k);
    if (list) list.push(v);
    else out.set(k, [v]);
  }
  return out;
}

export function buildLookups(model: Model, graph: AnalysisGraph): Lookups {
  const dependents = new Map<FailurePoint, Service[]>();
  for (const s of model.services) {
    for (const point of graph.serviceFailurePoints(s)) {
      if (point === fp.service(s.id) || idIf(point, 'service') === undefined) continue;
      const list = dependents.get(point);
      if (list) list.push(s);
      else dependents.set(point, [s]);
    }
  }
  const planBUsers = new Map<FailurePoint, Process[]>();
  for (const p of model.processes) {
    for (const point of graph.planBPath(p) ?? []) {
      const list = planBUsers.get(point);
      if (list) list.push(p);
      else planBUsers.set(point, [p]);
    }
  }
  return {
    endpoints: group(model.endpoints, (e) => e.service),
    data: group(model.data, (d) => d.source),
    dependents,
    businessChecks: group(model.businessChecks, (b) => b.process),
    endpointOrder: new Map(model.endpoints.map((e, i) => [e, i])),
    planBUsers,
    standbyUsers: buildStandbyUsers(model),
  };
}

/** One walk per process over what it needs, on an explicit stack (the input decides the depth). */
function buildStandbyUsers(model: Model): Map<Service, Process[]> {
  const out = new Map<Service, Process[]>();
  for (const p of model.processes) {
    const seen = new Set<Service>(p.needs);
    const stack = [...seen];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (s.standby.length > 0) {
        const list = out.get(s);
        if (list) list.push(p);
        else out.set(s, [p]);
      }
      for (const d of s.dependsOn) {
        if (!seen.has(d)) {
          seen.add(d);
          stack.push(d);
        }
      }
    }
  }
  return out;
}

export function buildStoppedBy(model: Model, graph: AnalysisGraph): Map<FailurePoint, Process[]> {
  const out = new Map<FailurePoint, Process[]>();
  for (const p of model.processes) {
    for (const point of graph.normalPath(p)) {
      const list = out.get(point);
      if (list) list.push(p);
      else out.set(point, [p]);
    }
  }
  return out;
}

/** Where each document lives in the output folder. */
export const paths = {
  index: 'README.md',
  contacts: 'contacts.md',
  checklist: 'checklist.md',
  passport: 'passport.md',
  messages: 'messages.md',
  drills: 'drills.md',
  incidentLog: 'incident-log.md',
  monthlyReport: 'monthly-report.md',
  process: (p: Process) => `runbooks/process-${fileSlug(p.id)}.md`,
  service: (s: Service) => `runbooks/service-${fileSlug(s.id)}.md`,
  provider: (vendorKey: string) => `runbooks/provider-${fileSlug(vendorKey)}.md`,
};

/** A relative Markdown link from one document to another; `text` must already be escaped. */
export function link(text: string, from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to) || path.posix.basename(to);
  return `[${text}](${rel})`;
}

export interface ContactView {
  kind: string;
  value: string;
}
export interface PersonView {
  name: string;
  role: string;
  contractor: boolean;
  contacts: ContactView[];
  /** Every contact on one line, for tables. */
  reach: string;
}

export function contactView(l: Locale, c: Contact): ContactView {
  return { kind: l.t(`contactKind.${c.kind}`), value: code(c.value) };
}

/** A Telegram chat id (digits): the address the alert bot pages, which no one can look up in the app. */
const CHAT_ID = /^-?\d+$/;

/**
 * The ways a person reaches a person. A numeric Telegram chat id is left out when the person also
 * has a @username: the contact sheet read "Telegram @anton_ops; Telegram 5100015838", and the
 * second is only the bot's address (the schema: "keep the @username as another contact for people").
 */
export function humanContacts(contacts: readonly Contact[]): readonly Contact[] {
  const isChatId = (c: Contact) => c.kind === 'telegram' && CHAT_ID.test(c.value.trim());
  const hasUsername = contacts.some((c) => c.kind === 'telegram' && !isChatId(c));
  return hasUsername ? contacts.filter((c) => !isChatId(c)) : contacts;
}

export function personView(ctx: Ctx, p: Person): PersonView {
  const contacts = humanContacts(p.contacts).map((c) => contactView(ctx.l, c));
  return {
    name: md(p.name),
    role: md(p.role),
    contractor: p.contractor,
    contacts,
    reach: contacts.length ? contacts.map((c) => `${c.kind} ${c.value}`).join('; ') : ctx.l.t('none'),
  };
}

export function names(list: readonly { name: string }[], l: Locale): string {
  return list.length ? list.map((x) => md(x.name)).join(', ') : l.t('none');
}

export function channelLabel(ctx: Ctx, c: Channel): string {
  // The kind only when the name does not already say it ("Status page (status page ...)").
  const kind = ctx.l.t(`channelKind.${c.kind}`);
  const said = c.name.toLowerCase().includes(kind.toLowerCase());
  const detail = [said ? '' : kind, c.address ? code(c.address) : ''].filter(Boolean).join(' ');
  return detail ? `${md(c.name)} (${detail})` : md(c.name);
}

/** The heading block every document starts with. */
export interface PageView {
  business: string;
  revised: string;
  title: string;
  home: string | null;
}

export function pageView(ctx: Ctx, title: string, self: string): PageView {
  return {
    business: md(ctx.model.business.name),
    revised: ctx.l.date(ctx.model.business.revised),
    title,
    home: self === paths.index ? null : link(ctx.l.t('title.index'), self, paths.index),
  };
}

/** Processes whose normal path the service's loss breaks, in blueprint order. */
export function processesStoppedBy(ctx: Ctx, point: FailurePoint): readonly Process[] {
  return ctx.stoppedBy.get(point) ?? [];
}

/** The team's rally point (and its backup), or null. */
export function rallyView(ctx: Ctx): { main: string; backup: string | null } | null {
  const rally = ctx.model.channels.find((c) => c.rallyPoint && c.audience === 'team') ?? ctx.model.channels.find((c) => c.rallyPoint);
  if (!rally) return null;
  return { main: channelLabel(ctx, rally), backup: rally.backup ? channelLabel(ctx, rally.backup) : null };
}

/** The escalation order as rows (who, how long to try, how to reach). */
export function escalationView(ctx: Ctx): { n: number; person: PersonView; tryFor: string }[] {
  return ctx.model.escalation.map((step, i) => ({
    n: i + 1,
    person: personView(ctx, step.person),
    tryFor: ctx.l.duration(step.tryFor),
  }));
}

export function levelLabel(ctx: Ctx, level: string): string {
  return ctx.l.t(`level.${level}`);
}
