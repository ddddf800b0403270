/**
 * A list of references names each thing once. A repeat is a slip of copy and paste, and what it
 * does is never what was meant: `notify: [anton, anton]` pages Anton twice at every stage,
 * `via: [team-chat, team-chat]` sends each page twice down one channel, and a repeated need is
 * drawn twice on the map and listed twice in the runbooks.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { quoteValue } from '../secrets';
import { REFERENCES } from './references';
import { reporter } from './report';
import { forEachMatch } from './walk';

/** The lists among the references (`processes/*\/needs/*`), as the list's own pattern. */
const LISTS = REFERENCES.filter((r) => r.pattern.endsWith('/*')).map((r) => ({ kind: r.kind, list: r.pattern.slice(0, -2) }));

export function checkRepeatedReferences(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  for (const { kind, list } of LISTS) {
    const field = list.split('/').pop() as string;
    forEachMatch(data, list, (items, listPointer) => {
      if (!Array.isArray(items) || items.length < 2) return;
      const firsts = new Map<string, number>();
      items.forEach((value, i) => {
        if (typeof value !== 'string') return;
        const first = firsts.get(value);
        if (first === undefined) firsts.set(value, i);
        else
          report(
            `${listPointer()}/${i}`,
            'PB030',
            `${quoteValue(value)} is listed twice in ${field} (items ${first + 1} and ${i + 1})`,
            `list each ${kind} once: remove this one`,
          );
      });
    });
  }
}
