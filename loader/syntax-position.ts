/**
 * Where a YAML syntax error really is, for the errors js-yaml places badly: a second document is
 * reported at the top of the file (the fix is at its `---`), an unterminated quoted string at the
 * end of the file (the fix is at its opening quote), and a mis-indented key at its colon (the fix
 * is where the key starts). Returns an offset into the text, or undefined to keep js-yaml's own
 * position. `line` is js-yaml's line (0-based).
 */
export function realSyntaxOffset(text: string, reason: string, line: number): number | undefined {
  if (/single document/.test(reason)) return secondDocumentStart(text);
  const quoted = /within a (double|single) quoted scalar/.exec(reason);
  if (quoted) return unterminatedQuote(text, quoted[1] === 'double' ? '"' : "'");
  return misindented(text, reason, line)?.offset;
}

/**
 * The line js-yaml finds badly indented, as the user sees it: where its content starts, and whether
 * it is a list item (`- ...`) or a key. js-yaml's own words do not tell ("bad indentation of a
 * sequence entry" is said of a key under a list item, "of a mapping entry" of a list item).
 */
export function misindented(text: string, reason: string, line: number): { offset: number; what: 'key' | 'item' } | undefined {
  if (!/bad indentation/.test(reason)) return undefined;
  let start = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const content = text.slice(start, end < 0 ? text.length : end);
  const indent = content.length - content.trimStart().length;
  if (indent === content.length) return undefined;
  return { offset: start + indent, what: /^-(\s|$)/.test(content.slice(indent)) ? 'item' : 'key' };
}

/** The `---` that starts the second document: the first one after content (a leading `---` opens the first). */
function secondDocumentStart(text: string): number | undefined {
  let offset = 0;
  let content = false;
  for (const line of text.split('\n')) {
    if (/^(---|\.\.\.)(\s|$)/.test(line)) {
      if (content) return offset;
      if (line.startsWith('---') && line.slice(3).trim() !== '' && !line.slice(3).trim().startsWith('#')) content = true;
    } else if (!/^\s*(#.*)?\r?$/.test(line) && !line.startsWith('%')) content = true;
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * The opening quote of the string that never closes: quotes are followed from the start, as YAML
 * reads them (a quote opens a string only where a value starts; '' and \" do not close one; block
 * scalars and comments are skipped), and the one still open at the end is the culprit.
 */
function unterminatedQuote(text: string, kind: '"' | "'"): number | undefined {
  let open: { quote: string; at: number } | undefined;
  let blockIndent = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    if (open === undefined && blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) continue;
      blockIndent = -1;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i] as string;
      if (open !== undefined) {
        if (open.quote === '"' && c === '\\') i++;
        else if (c === open.quote && open.quote === "'" && line[i + 1] === "'") i++;
        else if (c === open.quote) open = undefined;
        continue;
      }
      if (c === '#' && (i === 0 || /\s/.test(line[i - 1] as string))) break;
      if ((c === '"' || c === "'") && valueStarts(line, i)) open = { quote: c, at: start + i };
      else if ((c === '|' || c === '>') && valueStarts(line, i) && /^[|>][-+0-9]*\s*(#.*)?\r?$/.test(line.slice(i))) {
        blockIndent = indent;
        break;
      }
    }
  }
  return open !== undefined && open.quote === kind ? open.at : undefined;
}

/** True where a YAML value may begin: line start, or after `: `, `- `, `? `, `[`, `{` or `,`. */
function valueStarts(line: string, i: number): boolean {
  const before = line.slice(0, i).trimEnd();
  if (before === '') return true;
  const last = before[before.length - 1] as string;
  if ('[{,'.includes(last)) return true;
  return (
    (last === ':' || last === '-' || last === '?') &&
    i > before.length &&
    (before.length === 1 || /[\s[{,]/.test(before[before.length - 2] as string) || last === ':')
  );
}
