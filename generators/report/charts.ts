/**
 * Inline SVG charts that print: black text, solid fills, no scripts, links, fonts or CSS, a
 * viewBox so they scale to the page, a <title> for screen readers. Each comes with a plain-text
 * twin for the Markdown file, drawn in the same rows.
 */
import { escapeHtml } from '../html';
import type { Availability, Month } from './availability';

const LABEL_W = 190;
const PLOT_W = 420;
const ROW_H = 20;

const cut = (s: string, n = 28) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
const fixed = (n: number) => n.toFixed(1);

function svg(title: string, height: number, body: string[]): string {
  const w = LABEL_W + PLOT_W + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${height}" width="100%" role="img" font-family="sans-serif" font-size="11">`,
    `<title>${escapeHtml(title)}</title>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** One row per process: the month as a grey bar, outages in red, a tick each week. */
export function availabilityStrip<T extends { name: string }>(
  rows: readonly Availability<T>[],
  month: Month,
  title: string,
): { svg: string; text: string } {
  const span = month.end - month.start;
  const x = (t: number) => LABEL_W + ((t - month.start) / span) * PLOT_W;
  const body: string[] = [];
  const days = Math.round(span / 86_400_000);
  rows.forEach((r, i) => {
    const y = 4 + i * ROW_H;
    body.push(`<text x="0" y="${y + 12}" fill="#111">${escapeHtml(cut(r.item.name))}</text>`);
    body.push(`<rect x="${LABEL_W}" y="${y + 2}" width="${PLOT_W}" height="12" fill="#dfe8df"/>`);
    for (const [s, e] of r.down)
      body.push(`<rect x="${fixed(x(s))}" y="${y + 2}" width="${fixed(Math.max(1.5, x(e) - x(s)))}" height="12" fill="#c62828"/>`);
  });
  const axisY = 4 + rows.length * ROW_H;
  for (let d = 0; d < days; d += 7) {
    const tx = fixed(LABEL_W + (d / days) * PLOT_W);
    body.push(
      `<line x1="${tx}" y1="4" x2="${tx}" y2="${axisY}" stroke="#777" stroke-width="0.5"/>`,
      `<text x="${tx}" y="${axisY + 12}" fill="#111">${d + 1}</text>`,
    );
  }
  // The Markdown twin: a character per day, # where the process was down that day.
  const text = rows
    .map((r) => {
      const marks = Array.from({ length: days }, (_, d) => {
        const [s, e] = [month.start + d * 86_400_000, month.start + (d + 1) * 86_400_000];
        return r.down.some(([a, b]) => a < e && b > s) ? '#' : '.';
      }).join('');
      return `${cut(r.item.name).padEnd(28)} ${marks}`;
    })
    .join('\n');
  return { svg: svg(title, axisY + 18, body), text };
}

export interface RecoveryBar {
  label: string;
  seconds: number;
  rto: number;
}

/** One row per recovered outage: the time to recover as a bar, the RTO as a black line. */
export function recoveryChart(rows: readonly RecoveryBar[], title: string, duration: (s: number) => string): { svg: string; text: string } {
  const max = Math.max(...rows.flatMap((r) => [r.seconds, r.rto]), 1);
  const x = (s: number) => LABEL_W + (s / max) * PLOT_W;
  const body = rows.flatMap((r, i) => {
    const y = 4 + i * ROW_H;
    const over = r.seconds > r.rto;
    return [
      `<text x="0" y="${y + 12}" fill="#111">${escapeHtml(cut(r.label))}</text>`,
      `<rect x="${LABEL_W}" y="${y + 2}" width="${fixed(Math.max(1.5, x(r.seconds) - LABEL_W))}" height="12" fill="${over ? '#c62828' : '#2e7d32'}"/>`,
      `<line x1="${fixed(x(r.rto))}" y1="${y}" x2="${fixed(x(r.rto))}" y2="${y + 16}" stroke="#111" stroke-width="2"/>`,
    ];
  });
  const text = rows
    .map((r) => `${cut(r.label).padEnd(28)} ${duration(r.seconds)} / RTO ${duration(r.rto)}${r.seconds > r.rto ? ' !' : ''}`)
    .join('\n');
  return { svg: svg(title, 8 + rows.length * ROW_H, body), text };
}
