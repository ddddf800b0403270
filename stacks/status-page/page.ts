/**
 * The public status page: one self-contained HTML file that reads `status.json` from its own
 * origin (written by the pager, AlertRouting, whenever one of its alarms changes state).
 *
 * Pure: the same model gives the same bytes. Light (no framework, no fonts, no images), readable
 * on a phone, accessible (state in words, not colour alone; a live region announces changes), and
 * it makes no request but `status.json`: a Content-Security-Policy with hashes of the one inline
 * style and script forbids everything else.
 */
import { createHash } from 'node:crypto';
import type { Model } from '../../model/model';
import { cannot } from '../../channels';
import { makeLocale, type Locale } from '../../i18n/locale';
import { STATUS_WORDS, type StatusPhrase } from './words';

/** The shape the pager writes (runtime/status/status-json.ts); the page also reads it before the first update (all unknown). */
export interface StatusJson {
  updatedAt: string | null;
  components: Record<string, { name: string; status: 'operational' | 'down' | 'unknown' }>;
}

export interface StatusPageFiles {
  'index.html': string;
  'status.json': string;
}

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const STYLE = `:root{color-scheme:light dark;--ok:#0a6b2d;--down:#a4001d;--unknown:#595959}
@media (prefers-color-scheme:dark){:root{--ok:#5fd48a;--down:#ff8a8a;--unknown:#bbb}}
body{font:1rem/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;line-height:1.25;margin:.5rem 0}
ul{list-style:none;padding:0;margin:1rem 0}
li{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;padding:.75rem 0;border-bottom:1px solid #8884}
.name{font-weight:600;overflow-wrap:anywhere}
.state::before{display:inline-block;width:1.2em;content:"?"}
.state.operational{color:var(--ok)}.state.operational::before{content:"✓"}
.state.down{color:var(--down);font-weight:700}.state.down::before{content:"✕"}
.state.unknown{color:var(--unknown)}
#notice{padding:.75rem;border:2px solid var(--down)}
#notice[hidden]{display:none}
small{color:var(--unknown)}`;

function script(words: (phrase: StatusPhrase) => string, locale: string, timeZone: string): string {
  // Text only (textContent), never markup: status.json is data, whoever wrote it.
  return `(function(){
var W=${JSON.stringify({ operational: words('operational'), down: words('down'), unknown: words('unknown'), updated: words('updated') })};
var fmt=new Intl.DateTimeFormat(${JSON.stringify(locale)},{dateStyle:"medium",timeStyle:"short",timeZone:${JSON.stringify(timeZone)}});
function show(s){
  var items=document.querySelectorAll("#components li");
  for(var i=0;i<items.length;i++){
    var li=items[i],c=(s.components||{})[li.getAttribute("data-id")]||{},st=c.status;
    if(st!=="operational"&&st!=="down")st="unknown";
    var el=li.querySelector(".state");el.className="state "+st;el.textContent=W[st];
  }
  var t=Date.parse(s.updatedAt);
  document.getElementById("updated").textContent=isNaN(t)?"":W.updated+": "+fmt.format(new Date(t));
  document.getElementById("notice").hidden=true;
}
function load(){
  fetch("status.json",{cache:"no-store"}).then(function(r){if(!r.ok)throw new Error(r.status);return r.json();})
  .then(show,function(){document.getElementById("notice").hidden=false;});
}
load();setInterval(load,60000);
})();`;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function statusPageFiles(model: Model): StatusPageFiles {
  const page = model.statusPage;
  const lang = model.business.language;
  const l: Locale = makeLocale(lang, STATUS_WORDS[lang], 'stacks/status-page/words.ts');
  const words = (phrase: StatusPhrase) => l.t(phrase);
  const components = page?.components ?? [];
  const js = script(words, lang, model.business.timezone);
  const csp = `default-src 'none'; connect-src 'self'; style-src ${sha256(STYLE)}; script-src ${sha256(js)}; base-uri 'none'; form-action 'none'`;
  const title = l.t('title', { business: model.business.name });
  const rows = components.map(
    (c) =>
      `<li data-id="${esc(c.id)}"><span class="name">${esc(c.name)}</span> <span class="state unknown">${esc(words('checking'))}</span></li>`,
  );
  const ways = model.channels
    .filter((c) => c.audience === 'customers' && c.address && !cannot(c.kind, 'not-for-customers'))
    .map((c) => `<li><span class="name">${esc(c.name)}</span> <span>${esc(c.address ?? '')}</span></li>`);
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="robots" content="noindex">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p>${esc(words('intro'))}</p>
<p id="notice" role="alert" hidden>${esc(words('unavailable'))}</p>
<noscript><p>${esc(words('noScript'))}</p></noscript>
<ul id="components" aria-live="polite">
${rows.join('\n')}
</ul>
<p><small id="updated"></small></p>
${ways.length ? `<h2>${esc(words('otherWays'))}</h2>\n<ul>\n${ways.join('\n')}\n</ul>\n` : ''}</main>
<script>${js}</script>
</body>
</html>
`;
  const initial: StatusJson = {
    updatedAt: null,
    components: Object.fromEntries(components.map((c) => [c.id, { name: c.name, status: 'unknown' as const }])),
  };
  return { 'index.html': html, 'status.json': JSON.stringify(initial, null, 2) + '\n' };
}
