/**
 * Everything the CLI prints goes through here. File names, paths and values typed on the command
 * line reach the messages as they are, and may hold control characters (an escape sequence can
 * clear the screen, rewrite the window's title or the clipboard, or move the cursor to overwrite
 * earlier lines) or bidirectional overrides (which reorder the text a reader sees). Each such
 * character is printed as a visible `\u001b`-style escape instead, the form JSON itself uses, so
 * JSON output stays valid JSON with the same values. Newlines and tabs pass, and so do colour
 * sequences (`ESC [ ... m`), which the human formats draw on a terminal and which move nothing.
 */

/** C0 and C1 controls but newline and tab; an ESC not opening a colour; invisible and bidi marks. */
const UNSAFE =
  /\x1b(?!\[[0-9;]*m)|[\u0000-\u0008\u000b-\u001a\u001c-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

export function writeOut(text: string): void {
  process.stdout.write(visible(text));
}

export function writeErr(text: string): void {
  process.stderr.write(visible(text));
}
