/**
 * Cloud resources are named from ids and domain names (components/common/names sanitizeKey), and
 * two elements whose names come out the same would be one resource twice: Pulumi refuses the
 * whole plan. Different text can give the same name ("a-b" + "c" and "a" + "b-c"; "shop.example"
 * and "shop-example"), so the names themselves are compared, and a domain is declared once.
 */
import type { Diagnostic } from '../diagnostics';
import type { YamlSourceMap } from '../source-map';
import { sanitizeKey } from '../../components/common/names';
import { dnsSpelling } from '../../components/dns/records';
import { forEachMatch } from './walk';
import { reporter, type Report } from './report';

type Obj = Record<string, unknown>;

export function checkResourceNames(data: unknown, map: YamlSourceMap, out: Diagnostic[]): void {
  const report = reporter(map, out);
  const domains = new Names(map, report);
  forEachMatch(data, 'domains/*', (domain, pointerOf) => {
    const name = (domain as Obj | null)?.name;
    if (typeof name !== 'string') return;
    const pointer = `${pointerOf()}/name`;
    const plain = dnsSpelling(name);
    if (
      domains.taken(
        `domain ${plain}`,
        pointer,
        'PB030',
        (line) => `the domain ${plain} is already declared at line ${line}`,
        'declare each domain once, with all its records',
      )
    )
      return;
    domains.taken(
      `dns-${sanitizeKey(plain)}`,
      pointer,
      'PB045',
      (line) => `the DNS resources of ${plain} would be named dns-${sanitizeKey(plain)}, like those of the domain at line ${line}`,
      'two domains that differ only in dots and hyphens cannot both be built; keep one',
    );
  });
  const buckets = new Names(map, report);
  forEachMatch(data, 'data/*', (set, setPointer) => {
    const dataId = (set as Obj | null)?.id;
    forEachMatch(set, 'copies/*', (copy, pointerOf) => {
      const { id, kind } = (copy ?? {}) as Obj;
      if (kind !== 'backup-bucket' || typeof dataId !== 'string' || typeof id !== 'string') return;
      const name = `backup-${sanitizeKey(dataId)}-${sanitizeKey(id)}`;
      buckets.taken(
        name,
        `${setPointer()}${pointerOf()}/id`,
        'PB045',
        (line) => `this backup bucket would be named ${name}, like the copy at line ${line}`,
        'rename this copy (or its data set) so that data set and copy ids do not run together into the same name',
      );
    });
  });
}

/** Names seen so far, with where each was first made. */
class Names {
  private readonly first = new Map<string, string>();
  constructor(
    private readonly map: YamlSourceMap,
    private readonly report: Report,
  ) {}

  /** True (and reported) when `name` was made before. */
  taken(name: string, pointer: string, code: 'PB030' | 'PB045', message: (line: number) => string, hint: string): boolean {
    const before = this.first.get(name);
    if (before === undefined) {
      this.first.set(name, pointer);
      return false;
    }
    this.report(pointer, code, message(this.map.locate(before).line), hint);
    return true;
  }
}
