/**
 * The canary test: a secret of every known shape, planted in every kind of text field of a real
 * blueprint (free text, names, ids, references, addresses, vault fields), appears in no message
 * and, if the blueprint were accepted anyway, in no generated file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadBlueprintText } from '../../loader/index';
import { buildFolder } from '../../pipeline';

/** Each canary as written, and the part of it that must never be repeated. */
const CANARIES: readonly { text: string; core: string }[] = [
  { text: 'ghp_Zq8mW2xR7tY4uI9oP3aS6dF1gH5jK0lCvBnM', core: 'Zq8mW2xR7tY4uI9oP3aS6dF1gH5jK0lCvBnM' },
  { text: 'github_pat_11ABCDEFG0qRsTuVwXyZ12_abcdefghijklmnopqrstuvwxyzABCDEFGH', core: '11ABCDEFG0qRsTuVwXyZ12_abcdef' },
  { text: 'glpat-Xq7Rm2Kp9Lw4Tz8Vn3Bc', core: 'Xq7Rm2Kp9Lw4Tz8Vn3Bc' },
  { text: 'AKIAQ3EGWXYZ7ABCDEF2', core: 'AKIAQ3EGWXYZ7ABCDEF2' },
  { text: 'aws_secret_access_key = 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', core: 'Qm8wJalrXUtnFEMI/K7MDENG/bPxRfiCY9XaMpLe' },
  { text: 'xoxb-2048-4096-Qw7Er5Ty3Ui1Op9As', core: '2048-4096-Qw7Er5Ty3Ui1Op9As' },
  { text: '7712345678:AAHq9Zk3Lm7Pw2Xr5Tv8Yb1Nc4Df6Gh0JsE', core: 'AAHq9Zk3Lm7Pw2Xr5Tv8Yb1Nc4Df6Gh0JsE' },
  {
    text: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUtQ29yZQ\n-----END OPENSSH PRIVATE KEY-----',
    core: 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUtQ29yZQ',
  },
  { text: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.Qk7Wm3Xp9Rt2Lz5Vn8Bc4Df', core: 'eyJzdWIiOiJjYW5hcnkifQ' },
  { text: 'Authorization: Bearer Tq9Wm4Xr7Lp2Zk5Vn8Bc3Df6Gh', core: 'Tq9Wm4Xr7Lp2Zk5Vn8Bc3Df6Gh' },
  { text: 'admin password: Zx9Qw7Lp', core: 'Zx9Qw7Lp' },
  { text: 'пароль: Лето2031Ёж', core: 'Лето2031Ёж' },
  { text: 'PIN 738291', core: '738291' },
  { text: 'пин-код 482917', core: '482917' },
  { text: 'k8Jd9sL2mQ4xV7bN1cZ6tR3yW5eH0gPa', core: 'k8Jd9sL2mQ4xV7bN1cZ6tR3yW5eH0gPa' },
  // Shapes the fuzzing found getting through: a qualified name, other names, no scheme, disguised names.
  { text: 'Пароль от админки: Vesna2031Ёж', core: 'Vesna2031Ёж' },
  { text: 'token: Qw7Lp2xzKm4', core: 'Qw7Lp2xzKm4' },
  { text: 'admin:Rt5Yh8Kp2w@shop.example', core: 'Rt5Yh8Kp2w' },
  { text: 'p\u0430ssword: Mn3Bv6Cx9z', core: 'Mn3Bv6Cx9z' },
  { text: '\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44: Jh4Gf7Ds1a', core: 'Jh4Gf7Ds1a' },
  { text: 'pass\u200bword: Lk8Nm2Qw5e', core: 'Lk8Nm2Qw5e' },
];

const EXAMPLE = 'blueprints/online-shop.yaml';
const original = yaml.load(readFileSync(join(__dirname, '../..', EXAMPLE), 'utf8')) as Record<string, unknown>;

/** The first string value at each distinct place of the schema (list indices as *). */
function stringFields(data: unknown): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  const walk = (node: unknown, path: string[]): void => {
    if (typeof node === 'string') {
      const shape = path.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('/');
      if (!seen.has(shape)) {
        seen.add(shape);
        out.push(path);
      }
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return out;
}

/** Marks the planted field in a dump made once per field (a dump for every canary was a fifth of the test). */
const MARK = 'PLANB_CANARY_MARK';

interface Template {
  path: readonly string[];
  /** The blueprint dumped with MARK as the field's value. */
  text: string;
  /** The field's own value, which free text keeps around the canary. */
  value: string;
}

function template(path: readonly string[]): Template {
  const data = structuredClone(original);
  let node = data as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path[path.length - 1] as string;
  const value = node[last] as string;
  node[last] = MARK;
  return { path, text: yaml.dump(data, { lineWidth: -1 }), value };
}

function planted(t: Template, canary: string): string {
  // Free text gets the canary inside a sentence, as a person would paste it; other fields get it whole.
  const value = t.value.length > 40 ? `${t.value} ${canary} (temporary)` : canary;
  // A JSON string is a YAML double-quoted scalar: the loader reads the same value a dump would give.
  return t.text.replace(MARK, () => JSON.stringify(value));
}

const fields = stringFields(original).map(template);

describe('canary secrets', () => {
  it('covers every kind of text field of the example', () => {
    expect(fields.length).toBeGreaterThan(100);
  });

  it.each(CANARIES.map((c) => [c.core, c] as const))(
    '%s is never repeated, in any field',
    async (_core, canary) => {
      const passed: string[] = [];
      for (const field of fields) {
        const path = field.path;
        const result = loadBlueprintText(planted(field, canary.text), EXAMPLE);
        const said = JSON.stringify(result.diagnostics);
        expect(said, path.join('/')).not.toContain(canary.core);
        if (!result.ok) continue;
        passed.push(path.join('/'));
        const { files } = await buildFolder(result.model, { plan: false });
        for (const f of files) expect(String(f.content), `${path.join('/')} -> ${f.path}`).not.toContain(canary.core);
      }
      // Every shape is refused wherever it is written; a field that let one through would be listed here.
      expect(passed).toEqual([]);
    },
    120_000,
  );
});
