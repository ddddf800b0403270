/**
 * Runs the stack program (stacks/build-stack.ts, the same code `pulumi up` runs) under Pulumi's
 * mock runtime and returns what it registered. No cloud account, no CLI, no network.
 * './runtime' comes first: its import switches source maps and stack capture off before
 * @pulumi/pulumi loads (commands load this module lazily, so `planb validate` never pays for it).
 */
import './runtime';
import * as pulumi from '@pulumi/pulumi';
import type { Model } from '../../model/model';
import { buildStack } from '../../stacks/build-stack';
import { readStackConfig, type DeployPhase } from '../../stacks/config';
import { formatNote } from '../../stacks/load';
import { installRecorder } from './mocks';
import { runPreflight } from './preflight';
import { estimateCost } from './cost/estimate';
import { leftToOwner } from './left-to-owner';
import type { Plan, PlanResource } from './types';

/** Stands in for the bot token so the Telegram parts appear in the plan; always shown masked. */
export const PLAN_TELEGRAM_PLACEHOLDER = 'offline-plan-placeholder-token';

/** The pager's secrets, stood in for like the bot token (a plan sends nothing). */
const PLAN_SECRETS: Record<string, string> = {
  'planb:telegramBotToken': PLAN_TELEGRAM_PLACEHOLDER,
  'planb:telegramWebhookSecret': 'offline-plan-placeholder-secret',
  'planb:ackLinkKey': 'offline-plan-placeholder-key',
};

export interface PlanOptions {
  /** The blueprint path as written on the command line (shown, and set as planb:blueprint). */
  blueprint: string;
  /** Extra stack config, e.g. a fake secret in tests. Secret keys are listed in `secretKeys`. */
  config?: Record<string, string>;
  secretKeys?: string[];
  /** The day dated rules (Lambda runtime support) are judged on; default business.revised. */
  today?: string;
  /** The deploy phase to show (planb:phase); default all. */
  phase?: DeployPhase;
  /** Told how many resources are registered so far, after each one (progress on a terminal). */
  onResource?: (count: number) => void;
}

export async function planModel(model: Model, options: PlanOptions): Promise<Plan> {
  const phase = options.phase ?? 'all';
  const config = { 'planb:blueprint': options.blueprint, ...PLAN_SECRETS, 'planb:phase': phase, ...options.config };
  const secretKeys = [...new Set([...Object.keys(PLAN_SECRETS), 'cloudflare:apiToken', ...(options.secretKeys ?? [])])];
  const recorder = await installRecorder(config, secretKeys, options.onResource);
  const failures: unknown[] = [];
  const onRejection = (reason: unknown): void => void failures.push(reason);
  process.on('unhandledRejection', onRejection);
  try {
    // The environment is not consulted: a plan shows the same thing on every machine.
    const built = buildStack(model, readStackConfig({}));
    await pulumi.runtime.disconnect();
    if (failures.length > 0) throw failures[0];
    const resources = treeOrder(recorder.resources);
    return {
      blueprint: options.blueprint,
      business: model.business.slug,
      resources,
      notes: built.notes.map((n) => formatNote(model, n)),
      leftToOwner: leftToOwner(model, options.today ?? model.business.revised),
      phase,
      cost: estimateCost(resources),
      preflight: runPreflight(model, resources, { today: options.today ?? model.business.revised, phase }),
    };
  } catch (error) {
    // What the failed program still has registering settles first (or a second passes), while the
    // handler still hears its rejections: otherwise they would be printed as uncaught after the
    // command has given its answer.
    await settleAfterFailure();
    throw error;
  } finally {
    process.off('unhandledRejection', onRejection);
  }
}

/** The longest a failed plan waits for its program's last registrations before it reports. */
const SETTLE_MS = 1000;

async function settleAfterFailure(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    pulumi.runtime.disconnect().catch(() => undefined),
    new Promise((resolve) => {
      timer = setTimeout(resolve, SETTLE_MS);
    }),
  ]);
  clearTimeout(timer);
  // Rejections nobody handled are reported at the end of a turn: one more, while the handler listens.
  await new Promise((resolve) => setImmediate(resolve));
}

/** Each resource after its parent; siblings by name, then type. Independent of registration order. */
export function treeOrder(resources: readonly PlanResource[]): PlanResource[] {
  const children = new Map<string, PlanResource[]>();
  const known = new Set(resources.map((r) => r.urn));
  for (const r of resources) {
    const parent = known.has(r.parent) ? r.parent : '';
    const list = children.get(parent) ?? [];
    list.push(r);
    children.set(parent, list);
  }
  const out: PlanResource[] = [];
  const visit = (urn: string): void => {
    const list = (children.get(urn) ?? []).sort((a, b) => cmp(a.name, b.name) || cmp(a.type, b.type));
    for (const r of list) {
      out.push(r);
      visit(r.urn);
    }
  };
  visit('');
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
