import { chartGrid } from '../core/plots/grid.js';
import type { ChartView, ConfusionView, PlotView, Series } from '../core/plots/views.js';
import { matrixCell, matrixLabels } from '../core/plots/views.js';
import type { SideNames } from './plots-text.js';
import { formatDelta, formatNumber } from './plots-text.js';

/**
 * The plots as one self-contained HTML page (`reprokit plots show|diff`, the published `plots`
 * copy): hand-written SVG, no script, font or stylesheet from elsewhere, so it opens offline.
 * Every user string is escaped.
 */
export interface PlotsPageOptions {
  readonly title: string;
  readonly names: SideNames;
  /** Where the page finds an image plot (a copy beside it), when there is one. */
  readonly imageSrc?: (file: string) => string | undefined;
}

const W = 720;
const H = 340;
const M = { left: 64, right: 16, top: 16, bottom: 48 };
const COLOURS = [
  { base: '#9ecbff', head: '#0969da' },
  { base: '#ffaba8', head: '#cf222e' },
  { base: '#8ddb8c', head: '#1a7f37' },
  { base: '#f5d67b', head: '#9a6700' },
  { base: '#d8b9ff', head: '#8250df' },
  { base: '#a5e7ef', head: '#0a7ea4' },
] as const;
/** Rows of the values table under a chart. */
const TABLE_POINTS = 100;

export function plotsPage(views: readonly PlotView[], options: PlotsPageOptions): string {
  const body = views.length
    ? views.map((v) => section(v, options)).join('\n')
    : '<p>No plots: declare them in <code>plots:</code> (see docs/manifest.md), then run the pipeline.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(options.title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:780px;color:#1f2328;padding:0 1rem}
h2{font-size:1.1rem;margin-top:2.5rem}
svg{max-width:100%;height:auto;background:#fff}
.legend span{display:inline-block;margin-right:1rem}
.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}
.note{color:#59636e;font-size:.9rem}
table{border-collapse:collapse;font-size:.85rem}
td,th{border:1px solid #d1d9e0;padding:.2rem .5rem;text-align:right}
</style>
</head>
<body>
<h1>${esc(options.title)}</h1>
<p class="note">${esc(options.names.base)} vs ${esc(options.names.head)}</p>
${body}
</body>
</html>
`;
}

function section(view: PlotView, options: PlotsPageOptions): string {
  if (view.kind === 'image') {
    const src = options.imageSrc?.(view.file);
    return `<section><h2>${esc(view.file)}</h2>${src ? `<img alt="${esc(view.file)}" src="${esc(src)}" style="max-width:100%">` : '<p class="note">Image not found in the workspace.</p>'}</section>`;
  }
  if (view.kind === 'confusion') return confusionSection(view, options);
  return chartSection(view, options);
}

function colour(series: readonly Series[], s: Series): string {
  const labels = [...new Set(series.map((x) => x.label))];
  const entry = COLOURS[labels.indexOf(s.label) % COLOURS.length] ?? COLOURS[0];
  return s.side === 'base' ? entry.base : entry.head;
}

function chartSection(view: ChartView, options: PlotsPageOptions): string {
  const legend = view.series
    .map(
      (s) =>
        `<span><i style="background:${colour(view.series, s)}"></i>${esc(s.label)}: ${esc(s.side === 'base' ? options.names.base : options.names.head)}</span>`,
    )
    .join('');
  const problems = view.problems.length
    ? `<p class="note">${view.problems.map(esc).join('; ')}</p>`
    : '';
  const svg = view.series.length
    ? view.style === 'bar'
      ? barChart(view)
      : lineChart(view)
    : '<p class="note">No numeric values to draw.</p>';
  return `<section><h2>${esc(view.title)}</h2>
<div class="legend">${legend}</div>
${svg}
${problems}${view.sampled ? '<p class="note">Long files were thinned evenly when recorded.</p>' : ''}
${valuesTable(view, options)}</section>`;
}

/** Lines (or points for scatter) at their true x positions; categories evenly spaced. */
function lineChart(view: ChartView): string {
  const categories = view.numericX
    ? []
    : [...new Set(view.series.flatMap((s) => s.points.map((p) => String(p.x))))];
  const xOf = (x: number | string) =>
    view.numericX ? (x as number) : categories.indexOf(String(x));
  const xs = view.series.flatMap((s) => s.points.map((p) => xOf(p.x)));
  const ys = view.series.flatMap((s) => s.points.map((p) => p.y));
  const [x0, x1] = extent(xs);
  const [y0, y1] = padded(extent(ys));
  const sx = (x: number) => M.left + ((x - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
  const sy = (y: number) => H - M.bottom - ((y - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
  const marks = view.series
    .map((s) => {
      const c = colour(view.series, s);
      const pts = s.points.map((p) => [sx(xOf(p.x)), sy(p.y)] as const);
      if (view.style === 'scatter')
        return pts
          .map(
            ([x, y]) => `<circle cx="${r(x)}" cy="${r(y)}" r="3" fill="${c}" fill-opacity="0.8"/>`,
          )
          .join('');
      const sorted = view.numericX ? [...pts].sort((a, b) => a[0] - b[0]) : pts;
      return `<polyline fill="none" stroke="${c}" stroke-width="2" points="${sorted.map(([x, y]) => `${r(x)},${r(y)}`).join(' ')}"/>`;
    })
    .join('\n');
  const xTicks = view.numericX
    ? ticks(x0, x1).map((t) => ({ at: sx(t), label: formatNumber(t) }))
    : thinLabels(categories).map(([i, label]) => ({ at: sx(i), label }));
  return frame(
    marks,
    xTicks,
    ticks(y0, y1).map((t) => ({ at: sy(t), label: formatNumber(t) })),
    view,
  );
}

/** Horizontal bars, one row per category: the base bar light above this run's. */
function barChart(view: ChartView): string {
  const categories = [
    ...new Set(view.series.flatMap((s) => s.points.map((p) => String(p.x)))),
  ].slice(0, 60);
  const values = view.series.flatMap((s) => s.points.map((p) => p.y));
  const [lo, hi] = extent([0, ...values]);
  const rowH = 22;
  const height = M.top + M.bottom + categories.length * rowH;
  const left = 160;
  const sx = (v: number) => left + ((v - lo) / (hi - lo || 1)) * (W - left - M.right);
  const band = rowH / Math.max(1, view.series.length + 1);
  const bars = categories
    .map(
      (cat, i) =>
        view.series
          .map((s, j) => {
            const p = s.points.find((q) => String(q.x) === cat);
            if (!p) return '';
            const x = Math.min(sx(0), sx(p.y));
            return `<rect x="${r(x)}" y="${r(M.top + i * rowH + j * band + band / 2)}" width="${r(Math.abs(sx(p.y) - sx(0)))}" height="${r(band)}" fill="${colour(view.series, s)}"><title>${esc(cat)}: ${esc(formatNumber(p.y))}</title></rect>`;
          })
          .join('') +
        `<text x="${left - 6}" y="${r(M.top + i * rowH + rowH / 2 + 4)}" text-anchor="end" font-size="11">${esc(cat.slice(0, 24))}</text>`,
    )
    .join('\n');
  const axis = ticks(lo, hi)
    .map(
      (t) =>
        `<line x1="${r(sx(t))}" x2="${r(sx(t))}" y1="${M.top}" y2="${height - M.bottom}" stroke="#eaeef2"/><text x="${r(sx(t))}" y="${height - M.bottom + 16}" text-anchor="middle" font-size="11">${esc(formatNumber(t))}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" role="img" aria-label="${esc(view.title)}">${axis}${bars}<text x="${r((left + W) / 2)}" y="${height - 8}" text-anchor="middle" font-size="12">${esc(view.yLabel)}</text></svg>`;
}

function frame(
  marks: string,
  xTicks: readonly { at: number; label: string }[],
  yTicks: readonly { at: number; label: string }[],
  view: ChartView,
): string {
  const grid = yTicks
    .map(
      (t) =>
        `<line x1="${M.left}" x2="${W - M.right}" y1="${r(t.at)}" y2="${r(t.at)}" stroke="#eaeef2"/><text x="${M.left - 6}" y="${r(t.at + 4)}" text-anchor="end" font-size="11">${esc(t.label)}</text>`,
    )
    .join('');
  const xAxis = xTicks
    .map(
      (t) =>
        `<text x="${r(t.at)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11">${esc(t.label)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(view.title)}">
${grid}<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#8c959f"/>${xAxis}
${marks}
<text x="${r((M.left + W - M.right) / 2)}" y="${H - 8}" text-anchor="middle" font-size="12">${esc(view.xLabel)}</text>
<text transform="translate(14 ${r((M.top + H - M.bottom) / 2)}) rotate(-90)" text-anchor="middle" font-size="12">${esc(view.yLabel)}</text>
</svg>`;
}

function valuesTable(view: ChartView, options: PlotsPageOptions): string {
  if (view.series.length === 0) return '';
  const grid = chartGrid(view, TABLE_POINTS);
  const head = `<tr><th>${esc(view.xLabel)}</th>${view.series.map((s) => `<th>${esc(s.label)}: ${esc(s.side === 'base' ? options.names.base : options.names.head)}</th>`).join('')}</tr>`;
  const rows = grid.xs
    .map(
      (x, i) =>
        `<tr><td>${esc(typeof x === 'number' ? formatNumber(x) : x)}</td>${grid.values.map((v) => `<td>${v[i] === null || v[i] === undefined ? '—' : esc(formatNumber(v[i] as number))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<details><summary>Values</summary><table>${head}${rows}</table></details>`;
}

function confusionSection(view: ConfusionView, options: PlotsPageOptions): string {
  const tables = view.matrices.map((m) => {
    const labels = matrixLabels(m.head, m.base).slice(0, 60);
    const cells = labels.flatMap((x) =>
      labels.map((y) => (m.head ? matrixCell(m.head, x, y, view.normalized) : 0)),
    );
    const max = Math.max(1e-9, ...cells);
    const format = (v: number) => (view.normalized ? v.toFixed(2) : formatNumber(v));
    const rows = labels
      .map((x) => {
        const tds = labels
          .map((y) => {
            const h = m.head ? matrixCell(m.head, x, y, view.normalized) : undefined;
            const b = m.base ? matrixCell(m.base, x, y, view.normalized) : undefined;
            const delta =
              h !== undefined && b !== undefined ? formatDelta(Number(format(h - b))) : '';
            const alpha = h === undefined ? 0 : (h / max) * 0.6;
            return `<td style="background:rgba(9,105,218,${alpha.toFixed(2)})">${h === undefined ? '—' : esc(format(h))}${delta ? ` <small>(${esc(delta)})</small>` : ''}</td>`;
          })
          .join('');
        return `<tr><th>${esc(x)}</th>${tds}</tr>`;
      })
      .join('');
    const caption = `${esc(view.xField)} (rows) × ${esc(m.yField)} (columns)${view.matrices.length > 1 ? `, ${esc(m.label)}` : ''}${m.base ? `; changes against ${esc(options.names.base)} in brackets` : ''}`;
    return `<p class="note">${caption}</p><table><tr><th></th>${labels.map((l) => `<th>${esc(l)}</th>`).join('')}</tr>${rows}</table>`;
  });
  const problems = view.problems.length
    ? `<p class="note">${view.problems.map(esc).join('; ')}</p>`
    : '';
  return `<section><h2>${esc(view.title)}</h2>${tables.join('\n')}${problems}</section>`;
}

function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}

function padded([lo, hi]: [number, number]): [number, number] {
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

/** About five round tick values over [lo, hi]. */
function ticks(lo: number, hi: number): number[] {
  const span = hi - lo || 1;
  const step0 = Math.pow(10, Math.floor(Math.log10(span / 5)));
  const step = [1, 2, 5, 10].map((m) => m * step0).find((s) => span / s <= 6) ?? step0 * 10;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9 && out.length < 12; t += step)
    out.push(Number(t.toPrecision(12)));
  return out;
}

function thinLabels(categories: readonly string[]): [number, string][] {
  const every = Math.max(1, Math.ceil(categories.length / 10));
  return categories.flatMap((c, i) =>
    i % every === 0 ? [[i, c.slice(0, 16)] as [number, string]] : [],
  );
}

function r(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : '0';
}

export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
