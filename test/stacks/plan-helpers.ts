/** Loading a blueprint (file or edited text) and planning it, as the tests need. */
import { loadBlueprintText } from '../../loader/index';
import { readFileSync } from 'node:fs';
import { planModel, type Plan } from '../../generators/plan/index';

export const EXAMPLES = ['online-shop', 'b2b-portal', 'dental-clinic'] as const;

export function exampleText(name: string): string {
  return readFileSync(`blueprints/${name}.yaml`, 'utf8');
}

export async function planText(
  text: string,
  file: string,
  options: { config?: Record<string, string>; secretKeys?: string[] } = {},
): Promise<Plan> {
  const loaded = loadBlueprintText(text, file);
  if (!loaded.ok) throw new Error(`test blueprint ${file} is invalid: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return planModel(loaded.model, { blueprint: file, ...options });
}

const examplePlans = new Map<string, Promise<Plan>>();

/**
 * The plan of an example, made once per test worker (the suites share its module cache) and frozen,
 * so that no suite can change what the next one reads; half a second a plan, asked for a dozen times.
 */
export function planExample(name: string): Promise<Plan> {
  let plan = examplePlans.get(name);
  if (plan === undefined) {
    plan = planExampleAfresh(name).then(deepFreeze);
    examplePlans.set(name, plan);
  }
  return plan;
}

/** The plan of an example made again, for what compares two runs. */
export function planExampleAfresh(name: string): Promise<Plan> {
  return planText(exampleText(name), `blueprints/${name}.yaml`);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Every resource as "type name", the identity Pulumi replaces a resource on. */
export function identities(plan: Plan): string[] {
  return plan.resources.map((r) => `${r.type} ${r.name}`).sort();
}

/**
 * The text with a numeric Telegram chat id after each person's @username (100000001, 100000002,
 * ... in order): a bot can message a person only by chat id, and the examples list usernames.
 */
export function withTelegramChatIds(text: string): string {
  let n = 0;
  return text.replace(
    /\n(\s*)- \{ kind: telegram, value: "@[^"]+" \}/g,
    (line, indent: string) => `${line}\n${indent}- { kind: telegram, value: "${100000001 + n++}" }`,
  );
}
