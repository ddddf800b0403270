/**
 * The rule codes, a leaf module: the phrasebooks (i18n/) and the rule shapes (types.ts) both read
 * it, so neither imports the other for it.
 */
/** Every rule code. Adding one here without a rule in rules/index.ts fails `tsc`. */
export const RULE_CODES = [
  'PB101',
  'PB102',
  'PB103',
  'PB104',
  'PB110',
  'PB111',
  'PB112',
  'PB113',
  'PB114',
  'PB115',
  'PB120',
  'PB121',
  'PB122',
  'PB123',
  'PB124',
  'PB130',
  'PB131',
  'PB132',
  'PB140',
  'PB141',
  'PB142',
  'PB143',
  'PB144',
  'PB150',
  'PB151',
  'PB152',
  'PB153',
  'PB160',
  'PB161',
  'PB162',
  'PB170',
  'PB171',
] as const;

export type RuleCode = (typeof RULE_CODES)[number];
