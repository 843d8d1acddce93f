// report: everything upstream → a static site (index.html, charts, downloadable data).
//   node scripts/report.mjs data/agg data/charts data/model/forecast.json metrics.json \
//     data/clean/summary.json site
// The page carries no build time or machine name, so the same inputs give the same bytes.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from './lib/csv.mjs';
import { args, byString, escapeHtml as esc, money, writeText } from './lib/io.mjs';
import { loadParams } from './lib/params.mjs';

const [aggDir, chartDir, forecastFile, metricsFile, summaryFile, site] = args(
  6,
  'report.mjs AGG_DIR CHART_DIR FORECAST.json METRICS.json SUMMARY.json SITE_DIR',
);
const title = loadParams()('report.title');
const json = (p) => JSON.parse(readFileSync(p, 'utf8'));
const metrics = json(metricsFile);
const forecast = json(forecastFile);
const summary = json(summaryFile);
const agg = (name) => readCsv(join(aggDir, `by_${name}.csv`));

// Start from an empty directory so no file of an older build survives.
rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'charts'), { recursive: true });
mkdirSync(join(site, 'data'), { recursive: true });
const charts = readdirSync(chartDir)
  .filter((f) => f.endsWith('.svg'))
  .sort(byString);
for (const f of charts) copyFileSync(join(chartDir, f), join(site, 'charts', f));
const downloads = readdirSync(aggDir)
  .filter((f) => f.endsWith('.csv'))
  .sort(byString);
for (const f of downloads) copyFileSync(join(aggDir, f), join(site, 'data', f));
copyFileSync(metricsFile, join(site, 'data', 'metrics.json'));
copyFileSync(forecastFile, join(site, 'data', 'forecast.json'));
writeText(join(site, '.nojekyll'), '');

function table(rows, columns) {
  const head = columns
    .map((c) => `<th${c.num ? ' class="num"' : ''}>${esc(c.label)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        '<tr>' +
        columns
          .map((c) => {
            const v = c.format ? c.format(r[c.key], r) : r[c.key];
            return `<td${c.num ? ' class="num"' : ''}>${esc(v)}</td>`;
          })
          .join('') +
        '</tr>',
    )
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const cur = (v) => money(Number(v));
const pct = (v) => (v === '' ? '–' : `${v}%`);
const common = [
  { key: 'orders', label: 'Orders', num: true },
  { key: 'units', label: 'Units', num: true, format: (v) => money(Number(v), 0) },
  { key: 'revenue', label: 'Revenue', num: true, format: cur },
  { key: 'avg_order', label: 'Avg order', num: true, format: cur },
  { key: 'share_pct', label: 'Share', num: true, format: pct },
];
const img = (file, alt) => `<img src="charts/${file}" alt="${esc(alt)}" width="720">`;
const card = (label, value) =>
  `<div class="card"><div class="label">${esc(label)}</div><div class="value">${esc(value)}</div></div>`;

const reasons = Object.entries(summary.dropped_by_reason).map(([reason, count]) => ({
  reason: reason.replace(/_/g, ' '),
  count,
}));
const weekdays = Object.entries(forecast.coefficients.weekday_effect).map(([day, effect]) => ({
  day,
  effect: money(effect),
}));

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; margin: 0; background: #f9fafb; }
  main { max-width: 800px; margin: 0 auto; padding: 24px 16px 48px; }
  h1 { margin: 0 0 4px; font-size: 28px; }
  h2 { margin: 36px 0 12px; font-size: 20px; border-bottom: 1px solid #e5e7eb; padding-bottom: 4px; }
  .sub { color: #6b7280; margin: 0 0 20px; }
  .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
  .card { background: #fff; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 14px; }
  .card .label { color: #6b7280; font-size: 13px; }
  .card .value { font-size: 22px; font-weight: 600; }
  img { max-width: 100%; height: auto; border: 1px solid #e5e7eb; border-radius: 8px; background: #fff; }
  table { border-collapse: collapse; width: 100%; background: #fff; margin: 12px 0; font-size: 14px; }
  th, td { padding: 6px 10px; border-bottom: 1px solid #e5e7eb; text-align: left; }
  th { background: #f3f4f6; font-weight: 600; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
  @media (max-width: 640px) { .grid2 { grid-template-columns: 1fr; } }
  footer { margin-top: 40px; color: #6b7280; font-size: 13px; }
  code { background: #f3f4f6; padding: 1px 4px; border-radius: 4px; }
</style>
</head>
<body>
<main>
<h1>${esc(title)}</h1>
<p class="sub">${money(metrics.rows, 0)} orders over ${metrics.days} days, ${forecast.history[0].date} to ${forecast.trained_on.to}.</p>
<div class="cards">
${card('Revenue', money(metrics.revenue.total))}
${card('Per day (mean)', money(metrics.revenue.daily_mean))}
${card(`Forecast, next ${forecast.forecast.length} days`, money(metrics.revenue.forecast_next))}
${card('Trend per day', (metrics.model.slope_per_day >= 0 ? '+' : '') + money(metrics.model.slope_per_day))}
${card('Model R²', metrics.model.r2.toFixed(3))}
${card('Holdout MAE', money(metrics.model.mae))}
</div>

<h2>Trend and forecast</h2>
${img('forecast.svg', 'Daily revenue, fitted trend and forecast')}
<p>Daily revenue is modelled as a straight line plus a weekday effect, fitted by least squares on the
last ${forecast.trained_on.days} days (${forecast.trained_on.from} to ${forecast.trained_on.to}).
On the held-out days ${forecast.evaluation.holdout.from} to ${forecast.evaluation.holdout.to} (model fitted
on ${forecast.evaluation.train.from} to ${forecast.evaluation.train.to}) the mean absolute error is
${money(metrics.model.mae)} per day (${metrics.model.mape_pct}%).</p>

<h2>By month</h2>
${img('monthly.svg', 'Revenue by month')}
${table(agg('month'), [{ key: 'month', label: 'Month' }, ...common, { key: 'growth_pct', label: 'vs previous', num: true, format: pct }])}

<h2>By region</h2>
${img('regions.svg', 'Revenue by region')}
${table(agg('region'), [{ key: 'region', label: 'Region' }, ...common])}

<h2>By product</h2>
${img('products.svg', 'Revenue by product')}
${table(agg('product'), [{ key: 'product', label: 'Product' }, ...common])}

<h2>Model and data quality</h2>
<div class="grid2">
<div>
<h3>Weekday effect</h3>
${table(weekdays, [
  { key: 'day', label: 'Day' },
  { key: 'effect', label: 'Revenue vs average day', num: true },
])}
</div>
<div>
<h3>Rows dropped while cleaning</h3>
<p>${summary.dropped_rows} of ${summary.input_rows} raw rows (${summary.dropped_pct}%).</p>
${table(reasons, [
  { key: 'reason', label: 'Reason' },
  { key: 'count', label: 'Rows', num: true },
])}
</div>
</div>

<footer>
Data: ${downloads.map((f) => `<a href="data/${f}">${f}</a>`).join(' · ')} · <a href="data/forecast.json">forecast.json</a> · <a href="data/metrics.json">metrics.json</a><br>
Built with reprokit from <code>examples/sales</code>: every number on this page is reproduced by <code>npx reprokit run</code>.
</footer>
</main>
</body>
</html>
`;
writeText(join(site, 'index.html'), html);
console.log(`report: ${join(site, 'index.html')} with ${charts.length} charts`);
