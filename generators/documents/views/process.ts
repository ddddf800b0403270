/** The runbook of one critical or high process: recognise, first steps, plan B, tell, escalate, return. */
import type { AlertStage, Process } from '../../../model/model';
import { stageReaches } from '../../../analysis/delivery';
import { idIf } from '../../../analysis/failure-point';
import { code, md, mdHeading } from '../escape';
import { stackCostText } from '../stack-cost';
import {
  type Ctx,
  type PersonView,
  channelLabel,
  escalationView,
  levelLabel,
  link,
  names,
  pageView,
  paths,
  personView,
  rallyView,
} from './common';

/**
 * What the owner weighs (the brief: "show the owner the cost of a day of downtime against the
 * cost of the measures"): a day without the process at its cost per hour, beside what the
 * measures cost a month: the blueprint's declared figure and the plan's estimate of the cloud
 * stack (in USD, the providers' currency: no exchange rate is guessed). Each amount carries its own
 * "a month" and the price list's date is written as every other date in the documents: the owner read
 * "$57 for the cloud stack (list prices of 2026-12-02; …) a month", the month after the brackets and
 * the date in another format.
 */
export function dayAgainstMeasures(ctx: Ctx, p: Process): { dayCost: string | null; measures: string | null } {
  const { model, l } = ctx;
  if (p.costPerHour === undefined) return { dayCost: null, measures: null };
  const declared = model.business.measuresCostPerMonth;
  const stack = ctx.analysis.stackCost;
  const parts = [
    ...(declared !== undefined ? [l.t('measures.declared', { amount: l.money(declared, model.business.currency) })] : []),
    ...(stack !== undefined ? [l.t('measures.stack', { amount: stackCostText(l, stack), date: l.date(stack.prices) })] : []),
  ];
  return {
    dayCost: l.money(p.costPerHour * 24, model.business.currency),
    measures:
      parts.length === 0
        ? null
        : parts.length === 1
          ? (parts[0] as string)
          : l.t('measures.both', { declared: parts[0] as string, stack: parts[1] as string }),
  };
}

export function processRunbookView(ctx: Ctx, p: Process) {
  const { model, l } = ctx;
  const self = paths.process(p);
  const endpoints = watchedEndpoints(ctx, p);
  const components = model.statusPage?.components.filter((c) => c.endpoints.some((e) => endpoints.includes(e))) ?? [];
  const checks = [
    ...endpoints.map((e) => ({ name: md(e.name), what: code(e.url), severity: l.t(`alertLevel.${e.severity}`) })),
    ...(ctx.by.businessChecks.get(p) ?? []).map((b) => ({
      name: md(b.name),
      what: l.t('businessCheckFloor', { floor: l.number(b.floor), window: l.duration(b.window) }),
      severity: l.t(`alertLevel.${b.severity}`),
    })),
  ];
  const routes = model.alerts.filter((r) => r.processes.length === 0 || r.processes.includes(p));
  return {
    page: pageView(ctx, l.t('title.process', { name: mdHeading(p.name) }), self),
    name: md(p.name),
    criticality: levelLabel(ctx, p.criticality),
    rto: l.duration(p.rto),
    rpo: l.duration(p.rpo),
    costPerHour: p.costPerHour === undefined ? null : l.money(p.costPerHour, model.business.currency),
    ...dayAgainstMeasures(ctx, p),
    needs: p.needs.map((s) => ({ link: link(md(s.name), self, paths.service(s)), vendor: md(s.vendor) })),
    symptoms: p.symptoms.map(md),
    checks,
    statusComponents: components.length ? names(components, l) : null,
    statusHost: model.statusPage ? code(`https://${model.statusPage.host}`) : null,
    planB: planBView(ctx, p),
    backToNormal: p.planB ? p.planB.backToNormal.map(md) : [],
    data: p.data.map((d) => ({
      name: md(d.name),
      source: md(d.source.name),
      copies: d.copies.length ? d.copies.map((c) => `${l.t(`copyKind.${c.kind}`)}: ${md(c.where)}`).join('; ') : l.t('none'),
    })),
    customerMessage: p.customerMessage
      ? {
          text: md(p.customerMessage.text),
          channels: p.customerMessage.channels.map((c) => channelLabel(ctx, c)).join(', ') || l.t('none'),
        }
      : null,
    messagesLink: link(l.t('title.messages'), self, paths.messages),
    rally: rallyView(ctx),
    alerts: routes.flatMap((r) =>
      r.stages.map((s) => ({
        after: s.after ? l.t('afterDelay', { duration: l.duration(s.after) }) : l.t('immediately'),
        who: stageWho(ctx, s),
        via: s.via.map((c) => channelLabel(ctx, c)).join(', ') || l.t('none'),
        severity: l.t(`alertLevel.${r.severity}`),
      })),
    ),
    escalation: escalationView(ctx),
    contactsLink: link(l.t('title.contacts'), self, paths.contacts),
    incidentLogLink: link(l.t('title.incidentLog'), self, paths.incidentLog),
  };
}

/**
 * The people a stage notifies, each one it cannot reach marked as such: no address on any of its
 * channels (the analysis's judgement, PB132, and `planb simulate`'s).
 */
function stageWho(ctx: Ctx, stage: AlertStage): string {
  if (stage.notify.length === 0) return ctx.l.t('none');
  const reached = new Set(stageReaches(stage));
  const key = stage.via.length === 1 ? 'unreachableOnChannel' : 'unreachableOnChannels';
  return stage.notify.map((x) => (reached.has(x) ? md(x.name) : ctx.l.t(key, { name: md(x.name) }))).join(', ');
}

/** Endpoints of every service on the process's normal path, in blueprint order. */
function watchedEndpoints(ctx: Ctx, p: Process) {
  const order = ctx.by.endpointOrder;
  return [...ctx.graph.normalPath(p)]
    .flatMap((point) => {
      const id = idIf(point, 'service');
      const s = id !== undefined ? ctx.model.index.services.get(id) : undefined;
      return s ? (ctx.by.endpoints.get(s) ?? []) : [];
    })
    .sort((a, b) => order.get(a)! - order.get(b)!);
}

function planBView(ctx: Ctx, p: Process) {
  const { l } = ctx;
  const plan = p.planB;
  if (!plan) return null;
  const self = paths.process(p);
  return {
    summary: md(plan.summary),
    steps: plan.steps.map(md),
    requires: plan.requires.map(md),
    needs: plan.needs.length ? plan.needs.map((s) => link(md(s.name), self, paths.service(s))).join(', ') : null,
    switchedBy: plan.switchedBy.map((x) => personView(ctx, x)) as PersonView[],
    switchTime: l.duration(plan.switchTime),
    capacity: plan.capacity ? md(plan.capacity) : null,
    withinRto: plan.switchTime <= p.rto,
    // The latest moment to start the switch and still be back within the RTO (whole minutes,
    // rounded down); none left means switch at once.
    switchBy: p.rto - plan.switchTime >= 60 ? l.duration(Math.floor((p.rto - plan.switchTime) / 60) * 60) : null,
  };
}
