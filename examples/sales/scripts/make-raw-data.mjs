// Generates data/raw/sales.csv: one year of orders of a small coffee roaster, with a few dirty
// rows of the kind real exports contain. This is NOT a pipeline stage: the raw file is committed
// like any raw data would be. Re-running this script writes the same bytes (seeded PRNG).
//
//   node scripts/make-raw-data.mjs [data/raw/sales.csv]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const out = process.argv[2] ?? 'data/raw/sales.csv';

// mulberry32: small, fast, and the same on every platform.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20240101);
const pick = (items) => items[Math.floor(rand() * items.length)];
const pickWeighted = (items) => {
  const total = items.reduce((s, i) => s + i.weight, 0);
  let r = rand() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item;
  }
  return items[items.length - 1];
};

const regions = [
  { name: 'North', factor: 1.0 },
  { name: 'South', factor: 0.8 },
  { name: 'East', factor: 1.25 },
  { name: 'West', factor: 0.9 },
];
const products = [
  { name: 'Espresso Beans 1kg', price: 24.0, units: 3, weight: 4 },
  { name: 'Filter Blend 500g', price: 11.5, units: 4, weight: 5 },
  { name: 'Cold Brew 6-pack', price: 18.0, units: 3, weight: 2 },
  { name: 'Decaf 500g', price: 12.5, units: 2, weight: 2 },
  { name: 'Gift Box', price: 39.0, units: 1, weight: 1 },
];

const header = 'order_id,date,region,product,channel,units,unit_price,amount';
const rows = [];
const start = Date.UTC(2024, 0, 1);
const days = 366;
let id = 0;
for (let d = 0; d < days; d++) {
  const date = new Date(start + d * 86400000);
  const iso = date.toISOString().slice(0, 10);
  const dow = date.getUTCDay();
  const month = date.getUTCMonth();
  const trend = 1 + (0.7 * d) / days;
  const weekly = dow === 0 || dow === 6 ? 1.35 : dow === 5 ? 1.15 : 1;
  const seasonal = month === 11 ? 1.45 : month === 10 ? 1.15 : month >= 5 && month <= 7 ? 0.9 : 1;
  for (const region of regions) {
    const n = 1 + (rand() < 0.2 ? 1 : 0);
    for (let k = 0; k < n; k++) {
      let product = pickWeighted(products);
      if (month === 11 && rand() < 0.25) product = products[4];
      if (product.name === 'Cold Brew 6-pack' && (month < 4 || month > 8) && rand() < 0.6) {
        product = products[1];
      }
      const channel = rand() < 0.55 ? 'online' : 'retail';
      const noise = 0.6 + rand() * 0.8;
      const units = Math.max(
        1,
        Math.round(product.units * region.factor * trend * weekly * seasonal * noise * 2.2),
      );
      const discount = rand() < 0.1 ? 0.9 : 1;
      const unitPrice = Math.round(product.price * discount * 100) / 100;
      const amount = (units * unitPrice).toFixed(2);
      id += 1;
      rows.push([
        `S-${String(id).padStart(5, '0')}`,
        iso,
        region.name,
        product.name,
        channel,
        String(units),
        unitPrice.toFixed(2),
        amount,
      ]);
    }
  }
}

// Dirty rows, at deterministic positions: what exports from tills and web shops look like.
const dirty = [
  (r) => [...r.slice(0, 7), 'n/a'], // unparseable amount
  (r) => [...r.slice(0, 7), ''], // blank amount
  (r) => [...r.slice(0, 5), 'three', ...r.slice(6)], // units as a word
  (r) => [...r.slice(0, 6), '12..50', r[7]], // bad price
  (r) => [...r.slice(0, 7), `-${r[7]}`], // refund booked as a negative order
  (r) => [...r.slice(0, 7), '0.00'], // zero amount (cancelled)
  (r) => [r[0], r[1], ` ${r[2].toLowerCase()}`, ...r.slice(3)], // messy region: kept after trim
  (r) => [r[0], r[1], `${r[2].toUpperCase()} `, ...r.slice(3)], // messy region: kept after trim
  (r) => [r[0], r[1], 'Central', ...r.slice(3)], // region that does not exist
  (r) => [r[0], '2024-02-30', ...r.slice(2)], // impossible date
  (r) => [r[0], '', ...r.slice(2)], // missing date
];
const result = [];
let dup = 0;
for (let i = 0; i < rows.length; i++) {
  let row = rows[i];
  if (i % 53 === 17) row = pick(dirty)(row);
  result.push(row);
  if (i % 97 === 41) {
    // the same order exported twice
    result.push(row);
    dup++;
  }
  if (i % 211 === 100) result.push(['', '', '', '', '', '', '', '']); // empty line from a spreadsheet
  if (i % 331 === 200) result.push(null); // truly blank line
}

const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const text =
  [header, ...result.map((r) => (r === null ? '' : r.map(quote).join(',')))].join('\n') + '\n';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`wrote ${out}: ${result.length} rows (${rows.length} orders, ${dup} duplicated)`);
