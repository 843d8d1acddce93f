// clean: raw export → one valid row per order.
//   node scripts/clean.mjs data/raw/sales.csv data/clean/sales.csv data/clean/summary.json
// Drops blank lines, unparseable numbers, impossible dates, unknown regions, amounts below
// clean.min_amount and (with clean.drop_duplicates) repeated order ids. Keeps input order.
import { readFileSync } from 'node:fs';
import { parseCsv, writeCsv } from './lib/csv.mjs';
import { args, fail, round, writeJson } from './lib/io.mjs';
import { loadParams } from './lib/params.mjs';

const [input, output, summaryFile] = args(3, 'clean.mjs RAW.csv CLEAN.csv SUMMARY.json');
const param = loadParams();
const minAmount = param('clean.min_amount');
const dropDuplicates = param('clean.drop_duplicates');
const regions = new Map(param('clean.regions').map((r) => [r.toLowerCase(), r]));

const [head, ...records] = parseCsv(readFileSync(input, 'utf8'));
const columns = head.fields.map((c) => c.trim());
const expected = [
  'order_id',
  'date',
  'region',
  'product',
  'channel',
  'units',
  'unit_price',
  'amount',
];
if (columns.join() !== expected.join()) fail(`${input}: expected columns ${expected.join(',')}`);

const reasons = {
  blank: 0,
  bad_date: 0,
  unknown_region: 0,
  bad_number: 0,
  below_min_amount: 0,
  duplicate: 0,
};
const seen = new Set();
const kept = [];

function validDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.toISOString().slice(0, 10) === s;
}
const number = (s) => (/^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN);

for (const { fields } of records) {
  const v = fields.map((f) => f.trim());
  if (v.every((f) => f === '')) {
    reasons.blank++;
    continue;
  }
  const row = Object.fromEntries(expected.map((c, i) => [c, v[i] ?? '']));
  if (!validDate(row.date)) {
    reasons.bad_date++;
    continue;
  }
  const region = regions.get(row.region.toLowerCase());
  if (!region) {
    reasons.unknown_region++;
    continue;
  }
  const units = number(row.units);
  const unitPrice = number(row.unit_price);
  const amount = number(row.amount);
  if (!Number.isInteger(units) || Number.isNaN(unitPrice) || Number.isNaN(amount)) {
    reasons.bad_number++;
    continue;
  }
  if (amount < minAmount) {
    reasons.below_min_amount++;
    continue;
  }
  if (dropDuplicates && seen.has(row.order_id)) {
    reasons.duplicate++;
    continue;
  }
  seen.add(row.order_id);
  kept.push({ ...row, region, units, unit_price: unitPrice.toFixed(2), amount: amount.toFixed(2) });
}

writeCsv(output, expected, kept);
const dropped = Object.values(reasons).reduce((a, b) => a + b, 0);
writeJson(summaryFile, {
  input_rows: records.length,
  kept_rows: kept.length,
  dropped_rows: dropped,
  dropped_pct: round((100 * dropped) / records.length, 1),
  dropped_by_reason: reasons,
});
console.log(`clean: kept ${kept.length} of ${records.length} rows (${dropped} dropped)`);
