/**
 * The one stylesheet, inlined in every HTML file (a file must print alone, with no request).
 * System fonts only. Print rules: a page break before each document, no row cut across pages,
 * the contact sheet set small enough to fit one A4 page: its own narrow margins, tight cells, contact
 * values never broken inside (a phone number split over two lines gets misdialled), and smaller type
 * as the sheet grows (the generator marks a long sheet dense, denser or densest by its row count).
 * A column is never narrower than a short word: with overflow-wrap: anywhere alone Chromium sized
 * the passport's columns to one letter and printed "Regi stra r", "Augus t 14" and "hostin g".
 * Headings keep their words whole; a cell still breaks a word too long for its column (an address,
 * a long Russian word), so an eight-column table keeps to the page.
 */
export const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #111; background: #fff; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; border-bottom: 2px solid #333; padding-bottom: .25rem; }
h2 { font-size: 1.2rem; margin: 1.2rem 0 .4rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
p, li, h1, h2, h3, blockquote { overflow-wrap: anywhere; unicode-bidi: plaintext; }
th { overflow-wrap: break-word; unicode-bidi: plaintext; }
td { overflow-wrap: anywhere; min-width: 6.5em; unicode-bidi: plaintext; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92em; }
th, td { border: 1px solid #999; padding: .2rem .4rem; text-align: left; vertical-align: top; }
th { background: #eee; }
code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em; background: #f3f3f3; padding: 0 .15em; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: .5rem; font-size: .8em; }
blockquote { margin: .5rem 0; padding: .4rem .8rem; border-left: 4px solid #3366cc; background: #f4f7ff; }
ul.contains-task-list, ul:has(> li > .box) { list-style: none; padding-left: 1rem; }
.box { display: inline-block; width: 1.2em; }
hr { border: 0; border-top: 1px solid #bbb; margin: 1.5rem 0 .5rem; }
hr + p { font-size: .85em; color: #555; }
nav.toc { border: 1px solid #ccc; padding: .5rem 1rem; margin-bottom: 1.5rem; }
nav.toc ol { margin: .3rem 0; }
figure.map svg { max-width: 100%; height: auto; }
section.doc { margin-bottom: 2rem; }
.doc-contacts table { font-size: .85em; }
@page { size: A4; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  nav.toc { break-after: page; }
  section.doc { break-before: page; margin: 0; }
  section.doc:first-of-type { break-before: auto; }
  tr, img, svg, blockquote, pre { break-inside: avoid; }
  thead { display: table-header-group; }
  h1, h2, h3 { break-after: avoid; }
  .doc-contacts { page: contact-sheet; font-size: 8.5pt; line-height: 1.25; }
  .doc-contacts h1 { font-size: 1.6em; }
  .doc-contacts h2 { margin: .5rem 0 .2rem; font-size: 1.3em; }
  .doc-contacts p { margin: .25rem 0; }
  .doc-contacts table { margin: .2rem 0 .4rem; font-size: 1em; }
  .doc-contacts th, .doc-contacts td { padding: .05rem .3rem; overflow-wrap: break-word; }
  .doc-contacts code { background: none; padding: 0; font-size: 1em; white-space: nowrap; }
  .doc-contacts.dense { font-size: 7.5pt; }
  .doc-contacts.denser { font-size: 7pt; line-height: 1.15; }
  .doc-contacts.densest { font-size: 6.5pt; line-height: 1.1; }
  .doc-contacts hr { margin: .5rem 0 .2rem; }
}
@page contact-sheet { size: A4; margin: 8mm 10mm; }
`.trim();
