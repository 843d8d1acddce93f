// chart: aggregates + forecast → SVG charts in one directory.
//   node scripts/chart.mjs data/agg data/model/forecast.json data/charts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from './lib/csv.mjs';
import { args, writeText } from './lib/io.mjs';
import { loadParams } from './lib/params.mjs';
import { barChart, columnChart, lineChart, monthLabel } from './lib/svg.mjs';

const [aggDir, forecastFile, outDir] = args(3, 'chart.mjs AGG_DIR FORECAST.json OUT_DIR');
const param = loadParams();
const width = param('chart.width');
const height = param('chart.height');

const months = readCsv(join(aggDir, 'by_month.csv'));
writeText(
  join(outDir, 'monthly.svg'),
  columnChart({
    title: 'Revenue by month',
    labels: months.map((r) => monthLabel(`${r.month}-01`).slice(0, 3)),
    values: months.map((r) => Number(r.revenue)),
    width,
    height,
  }),
);

for (const dim of ['region', 'product']) {
  const rows = readCsv(join(aggDir, `by_${dim}.csv`));
  writeText(
    join(outDir, `${dim}s.svg`),
    barChart({
      title: `Revenue by ${dim}`,
      labels: rows.map((r) => r[dim]),
      values: rows.map((r) => Number(r.revenue)),
      notes: rows.map((r) => `${r.share_pct}%`),
      width,
      height: Math.min(height, 64 + rows.length * 40),
    }),
  );
}

const f = JSON.parse(readFileSync(forecastFile, 'utf8'));
const last = f.history[f.history.length - 1];
writeText(
  join(outDir, 'forecast.svg'),
  lineChart({
    title: `Daily revenue and ${f.forecast.length}-day forecast`,
    width,
    height,
    marker: last.date,
    series: [
      {
        name: 'actual',
        color: '#9ca3af',
        width: 1,
        points: f.history.map((p) => ({ date: p.date, value: p.revenue })),
      },
      {
        name: 'fitted',
        color: '#2563eb',
        points: f.history
          .filter((p) => p.fitted !== null)
          .map((p) => ({ date: p.date, value: p.fitted })),
      },
      {
        name: 'forecast',
        color: '#f59e0b',
        width: 2,
        dash: '5 3',
        points: [
          { date: last.date, value: last.fitted },
          ...f.forecast.map((p) => ({ date: p.date, value: p.revenue })),
        ],
      },
    ],
  }),
);
console.log(`chart: 4 charts in ${outDir}`);
