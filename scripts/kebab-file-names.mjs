/**
 * Renames every tracked source file whose name is not kebab-case (components/ used camelCase) and
 * rewrites what names it: import specifiers, `.ts` mentions in code and docs, Handlebars partials.
 * Part of the mechanical commit: re-runnable after a merge, and a no-op once every name is kebab-case.
 *
 *   node scripts/kebab-file-names.mjs
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const git = (...args) => execFileSync('git', args, { encoding: 'utf8' });
const tracked = git('ls-files', '-z').split('\0').filter(Boolean);
const kebab = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

// Source files only: data files (journal samples, Pulumi.yaml, README.md) keep their names.
const SOURCE = /\.(ts|mts|js|mjs|hbs)$/;
const renames = tracked
  .filter((file) => SOURCE.test(file) && /[A-Z]/.test(basename(file)))
  .map((file) => ({ from: file, to: join(dirname(file), kebab(basename(file))) }));

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TEXT = /\.(ts|mts|js|mjs|hbs|md|json|ya?ml)$/;
const texts = tracked.filter((file) => TEXT.test(file) && !file.startsWith('test/golden/') && file !== 'package-lock.json');

for (const { from, to } of renames) {
  git('mv', from, to);
  const oldBase = basename(from).replace(SOURCE, '');
  const newBase = basename(to).replace(SOURCE, '');
  const ext = from.slice(from.lastIndexOf('.'));
  const patterns = [
    // A relative import specifier ending in the base name: './status-dns' -> './status-dns'
    // (a JSON pointer such as '/statusPage' does not start with a dot, and is left alone).
    [new RegExp(`(['"]\\.\\.?/(?:[^'"\\n]*/)?)${escape(oldBase)}(['"])`, 'g'), `$1${newBase}$2`],
    // A file named in prose or comments: status-dns.ts -> status-dns.ts.
    [new RegExp(`\\b${escape(oldBase)}${escape(ext)}\\b`, 'g'), `${newBase}${ext}`],
  ];
  if (ext === '.hbs' && oldBase.startsWith('_')) {
    // A partial is registered under its file name without the underscore: {{> tell-team}}.
    patterns.push([new RegExp(`\\{\\{>\\s*${escape(oldBase.slice(1))}\\b`, 'g'), `{{> ${newBase.slice(1)}`]);
  }
  const at = texts.indexOf(from);
  if (at >= 0) texts[at] = to;
  for (const file of texts) {
    const before = readFileSync(file, 'utf8');
    let after = before;
    for (const [pattern, replacement] of patterns) after = after.replace(pattern, replacement);
    if (after !== before) writeFileSync(file, after);
  }
  process.stdout.write(`${from} -> ${to}\n`);
}
