/** Metric values flattened to dotted paths: `{"model": {"r2": 0.5}}` → `model.r2`. */
export type FlatMetrics = ReadonlyMap<string, number | string | boolean>;

export function flattenMetrics(
  value: unknown,
  prefix = '',
  into = new Map<string, number | string | boolean>(),
): Map<string, number | string | boolean> {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    into.set(prefix || 'value', value);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => flattenMetrics(item, prefix ? `${prefix}.${i}` : String(i), into));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value))
      flattenMetrics(item, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

export interface MetricRow {
  readonly file: string;
  readonly name: string;
  readonly base?: number | string | boolean;
  readonly head?: number | string | boolean;
  /** head − base, when both are numbers. */
  readonly change?: number;
}

/** Every metric of either side, file by file, in a stable order. */
export function diffMetrics(
  head: ReadonlyMap<string, unknown>,
  base: ReadonlyMap<string, unknown> | undefined,
): MetricRow[] {
  const rows: MetricRow[] = [];
  const files = [...new Set([...head.keys(), ...(base?.keys() ?? [])])].sort();
  for (const file of files) {
    const now = flattenMetrics(head.get(file));
    const before = base?.has(file) ? flattenMetrics(base.get(file)) : new Map();
    const names = [...new Set([...now.keys(), ...before.keys()])].sort();
    for (const name of names) {
      const h = now.get(name);
      const b = before.get(name);
      rows.push({
        file,
        name,
        ...(b !== undefined ? { base: b } : {}),
        ...(h !== undefined ? { head: h } : {}),
        ...(typeof h === 'number' && typeof b === 'number' ? { change: h - b } : {}),
      });
    }
  }
  return rows;
}

/** Numbers as a person writes them: up to 4 significant decimals, thousands separated, no -0. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Object.is(value, -0) || value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e15 || abs < 1e-4) return value.toExponential(3);
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  const text =
    abs < 1
      ? value.toLocaleString('en-US', { maximumSignificantDigits: 4 })
      : value.toLocaleString('en-US', { maximumFractionDigits: abs >= 1000 ? 2 : 4 });
  return text === '-0' ? '0' : text;
}

export function formatValue(value: number | string | boolean | undefined): string {
  if (value === undefined) return '—';
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/** "+0.012 (+2.4%)", "−3", or "" when nothing changed or one side is missing. */
export function formatChange(row: MetricRow): string {
  if (row.change === undefined) {
    if (row.base === undefined && row.head !== undefined) return 'new';
    if (row.head === undefined && row.base !== undefined) return 'removed';
    return row.base === row.head ? '' : 'changed';
  }
  if (row.change === 0) return '';
  const sign = row.change > 0 ? '+' : '−';
  const magnitude = formatNumber(Math.abs(row.change));
  const base = row.base as number;
  const ratio = Math.abs((row.change / base) * 100);
  const digits = ratio >= 10 ? 1 : 2;
  const percent =
    base !== 0
      ? ` (${sign}${ratio.toLocaleString('en-US', { maximumFractionDigits: digits })}%)`
      : '';
  return `${sign}${magnitude}${percent}`;
}
