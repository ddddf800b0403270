import { Option } from 'commander';
import { ANALYSIS_LOCALES } from '../analysis';
import { availableLocales } from '../generators/documents/locale';

/**
 * `--locale`: only the languages both the documents and the analysis speak; anything else is a
 * usage error (exit 2) that lists them, before any work.
 */
export function localeOption(description: string): Option {
  const both = availableLocales().filter((l) => (ANALYSIS_LOCALES as readonly string[]).includes(l));
  return new Option('--locale <lang>', description).choices(both);
}
