// model: daily revenue = linear trend + weekday effect, fitted by least squares.
//   node scripts/model.mjs data/clean/sales.csv data/model/forecast.json metrics.json
// 1. Evaluate: fit on the `model.window` days before the last `model.holdout_days`, measure the
//    error on those held-out days (MAE, MAPE) and the fit (R²).
// 2. Forecast: refit on the last `model.window` days and extend `model.horizon_days` ahead.
import { readCsv } from './lib/csv.mjs';
import { args, fail, round, writeJson } from './lib/io.mjs';
import { loadParams } from './lib/params.mjs';

const [input, forecastFile, metricsFile] = args(
  3,
  'model.mjs CLEAN.csv FORECAST.json METRICS.json',
);
const param = loadParams();
const window = param('model.window');
const holdout = param('model.holdout_days');
const horizon = param('model.horizon_days');
for (const [k, v] of Object.entries({ window, holdout, horizon })) {
  if (!Number.isInteger(v) || v < 1) fail(`params.yaml: model.${k} must be a positive integer`);
}

const DAY = 86400000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const toIso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const weekday = (day) => new Date(day * DAY).getUTCDay();

// Daily totals in cents, every calendar day from the first to the last (missing days are 0).
const rows = readCsv(input);
if (rows.length === 0) fail(`${input} has no rows`);
const cents = new Map();
for (const r of rows) {
  const d = toDay(r.date);
  cents.set(d, (cents.get(d) ?? 0) + Math.round(Number(r.amount) * 100));
}
const first = Math.min(...cents.keys());
const last = Math.max(...cents.keys());
const series = [];
for (let d = first; d <= last; d++) series.push({ day: d, y: (cents.get(d) ?? 0) / 100 });
if (series.length < window + holdout) {
  fail(
    `only ${series.length} days of data; model.window + model.holdout_days = ${window + holdout}`,
  );
}

/** Least-squares line through (t, y), then the mean residual of each weekday (centred). */
function fit(points) {
  const n = points.length;
  const mt = points.reduce((s, p) => s + p.day, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.day - mt) * (p.y - my);
    sxx += (p.day - mt) ** 2;
  }
  const slope = sxy / sxx;
  const origin = points[0].day;
  const intercept = my - slope * (mt - origin);
  const sums = Array(7).fill(0);
  const counts = Array(7).fill(0);
  for (const p of points) {
    sums[weekday(p.day)] += p.y - (intercept + slope * (p.day - origin));
    counts[weekday(p.day)] += 1;
  }
  const raw = sums.map((s, i) => (counts[i] ? s / counts[i] : 0));
  const mean = raw.reduce((a, b) => a + b, 0) / 7;
  const effect = raw.map((e) => e - mean);
  const predict = (day) => intercept + slope * (day - origin) + effect[weekday(day)];
  return { origin, intercept, slope, effect, predict };
}

const r2 = (points, predict) => {
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const ssRes = points.reduce((s, p) => s + (p.y - predict(p.day)) ** 2, 0);
  const ssTot = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  return 1 - ssRes / ssTot;
};

// 1. Evaluation on the holdout.
const test = series.slice(-holdout);
const train = series.slice(-(holdout + window), -holdout);
const evalModel = fit(train);
const mae = test.reduce((s, p) => s + Math.abs(p.y - evalModel.predict(p.day)), 0) / test.length;
const mape =
  (100 * test.reduce((s, p) => s + Math.abs(p.y - evalModel.predict(p.day)) / p.y, 0)) /
  test.length;

// 2. Final model on the most recent window, and the forecast.
const recent = series.slice(-window);
const model = fit(recent);
const forecast = [];
for (let d = last + 1; d <= last + horizon; d++) {
  forecast.push({ date: toIso(d), revenue: round(Math.max(0, model.predict(d))) });
}
const fittedFrom = recent[0].day;

writeJson(forecastFile, {
  model: 'daily revenue = intercept + slope * day + weekday effect (least squares)',
  trained_on: { from: toIso(recent[0].day), to: toIso(last), days: recent.length },
  coefficients: {
    intercept: round(model.intercept),
    slope_per_day: round(model.slope, 4),
    weekday_effect: Object.fromEntries(WEEKDAYS.map((w, i) => [w, round(model.effect[i])])),
  },
  evaluation: {
    train: { from: toIso(train[0].day), to: toIso(train[train.length - 1].day) },
    holdout: { from: toIso(test[0].day), to: toIso(last) },
  },
  history: series.map((p) => ({
    date: toIso(p.day),
    revenue: round(p.y),
    fitted: p.day >= fittedFrom ? round(model.predict(p.day)) : null,
  })),
  forecast,
});

const total = series.reduce((s, p) => s + Math.round(p.y * 100), 0) / 100;
writeJson(metricsFile, {
  rows: rows.length,
  days: series.length,
  revenue: {
    total: round(total),
    daily_mean: round(total / series.length),
    forecast_next: round(forecast.reduce((s, f) => s + f.revenue, 0)),
  },
  model: {
    r2: round(r2(recent, model.predict), 4),
    mae: round(mae),
    mape_pct: round(mape, 2),
    slope_per_day: round(model.slope, 4),
  },
});
console.log(`model: R² ${r2(recent, model.predict).toFixed(3)}, holdout MAE ${mae.toFixed(2)}`);
