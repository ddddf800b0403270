/** Rewrites the rule table in docs/analysis.md from the registry. Run: npx tsx analysis/rules/write-table.ts */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withRuleTable } from './table';

const DOC = join(__dirname, '../../docs/analysis.md');
writeFileSync(DOC, withRuleTable(readFileSync(DOC, 'utf8')));
console.log(`wrote ${DOC}`);
