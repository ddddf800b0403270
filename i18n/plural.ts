/**
 * The one plural helper: a noun's form for a count, by the language's CLDR plural rules
 * (Intl.PluralRules), for every phrase table (analysis, reports, documents, status page).
 * English has `one` and `other`; Russian `one` (1, 21), `few` (2-4, 22-24), `many` (5-20, 25)
 * and `other` (fractions). A language gives the forms it has; `other` stands in for the rest.
 */
export type PluralForms = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<string, Intl.PluralRules>();

function rulesFor(tag: string): Intl.PluralRules {
  let r = rules.get(tag);
  if (!r) rules.set(tag, (r = new Intl.PluralRules(tag)));
  return r;
}

/** The form of the noun that goes with `n` in language `tag`. */
export function pluralWord(tag: string, n: number, forms: PluralForms): string {
  return forms[rulesFor(tag).select(n)] ?? forms.other;
}

/**
 * `n` and its noun ("3 errors", "21 ошибка"). `number` writes the count: plain digits unless the
 * caller's table formats numbers (grouping, decimal comma).
 */
export function countOf(tag: string, n: number, forms: PluralForms, number: (n: number) => string = String): string {
  return `${number(n)} ${pluralWord(tag, n, forms)}`;
}
