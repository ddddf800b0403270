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

export function planExample(name: string): Promise<Plan> {
  return planText(exampleText(name), `blueprints/${name}.yaml`);
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
