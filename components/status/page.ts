/**
 * Placeholder status page, used until the project's document generator
 * provides one. Tiny, accessible, no external requests: it reads status.json
 * from its own origin and says plainly when it cannot.
 */
export interface PageComponent {
  id: string;
  name: string;
}

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export function placeholderStatusPage(title: string, components: readonly PageComponent[], lang = 'en'): string {
  const rows = components
    .map((c) => `<li data-id="${esc(c.id)}"><span class="name">${esc(c.name)}</span>: <span class="state">unknown</span></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}
.operational{color:#0a6b2d}.down{color:#a4001d}.unknown{color:#555}</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<ul id="components" aria-live="polite">
${rows}
</ul>
<p id="updated">Checking…</p>
</main>
<script>
(function () {
  function show() {
    fetch('status.json', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
      document.querySelectorAll('#components li').forEach(function (li) {
        var c = s.components[li.dataset.id] || { status: 'unknown' };
        var el = li.querySelector('.state'); el.textContent = c.status; el.className = 'state ' + c.status;
      });
      document.getElementById('updated').textContent = 'Updated ' + s.updatedAt;
    }).catch(function () { document.getElementById('updated').textContent = 'Status unavailable right now.'; });
  }
  show(); setInterval(show, 60000);
})();
</script>
</body>
</html>
`;
}
