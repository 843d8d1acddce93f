// by_region / by_month / by_product: one script, three stages (the dimension is an argument).
//   node scripts/aggregate.mjs region|month|product data/clean/sales.csv data/agg/by_X.csv
// Columns: the dimension, orders, units, revenue, avg_order, share_pct (and growth_pct by month).
import { readCsv, writeCsv } from './lib/csv.mjs';
import { args, byString, fail, round } from './lib/io.mjs';

const [dimension, input, output] = args(3, 'aggregate.mjs region|month|product IN.csv OUT.csv');
const keyOf = {
  region: (r) => r.region,
  month: (r) => r.date.slice(0, 7),
  product: (r) => r.product,
}[dimension];
if (!keyOf) fail(`unknown dimension ${dimension} (expected region, month or product)`);

const groups = new Map();
let total = 0;
for (const row of readCsv(input)) {
  const k = keyOf(row);
  const g = groups.get(k) ?? { orders: 0, units: 0, revenue: 0 };
  g.orders += 1;
  g.units += Number(row.units);
  // Sum in cents: integer arithmetic keeps the result exact and identical on every machine.
  const cents = Math.round(Number(row.amount) * 100);
  g.revenue += cents;
  total += cents;
  groups.set(k, g);
}

let rows = [...groups].map(([k, g]) => ({
  [dimension]: k,
  orders: g.orders,
  units: g.units,
  revenue: (g.revenue / 100).toFixed(2),
  avg_order: (g.revenue / 100 / g.orders).toFixed(2),
  share_pct: round((100 * g.revenue) / total, 1).toFixed(1),
  cents: g.revenue,
}));
const columns = [dimension, 'orders', 'units', 'revenue', 'avg_order', 'share_pct'];
if (dimension === 'month') {
  rows.sort((a, b) => byString(a.month, b.month));
  rows.forEach((r, i) => {
    r.growth_pct =
      i === 0 ? '' : round((100 * (r.cents - rows[i - 1].cents)) / rows[i - 1].cents, 1).toFixed(1);
  });
  columns.push('growth_pct');
} else {
  rows = rows.sort((a, b) => b.cents - a.cents || byString(a[dimension], b[dimension]));
}
writeCsv(output, columns, rows);
console.log(`${dimension}: ${rows.length} groups, revenue ${(total / 100).toFixed(2)}`);
