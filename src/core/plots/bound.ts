import type { PlotCell, PlotTable } from './types.js';
import { PLOT_LIMITS } from './types.js';

/**
 * Indexes of `count` items spread evenly over `total`, always keeping the first and the last (a
 * training curve's end is what a reviewer looks at).
 */
export function evenIndexes(total: number, count: number): number[] {
  if (total <= count) return Array.from({ length: total }, (_, i) => i);
  if (count <= 1) return [total - 1];
  const picked = new Set<number>();
  for (let i = 0; i < count; i++) picked.add(Math.round((i * (total - 1)) / (count - 1)));
  return [...picked].sort((a, b) => a - b);
}

export type Recorded =
  { ok: true; table: PlotTable; notice?: string } | { ok: false; notice: string };

/**
 * A table small enough to ride in a StageRecord. Long tables are thinned evenly; those drawn as a
 * confusion matrix are collapsed into distinct rows with counts instead (thinning would change
 * the counts). Still too large: not recorded, with the reason.
 */
export function recordedTable(
  path: string,
  table: PlotTable,
  options: { readonly collapse: boolean },
): Recorded {
  let kept = table;
  let notice: string | undefined;
  if (table.rows.length > PLOT_LIMITS.recordedRows) {
    if (options.collapse) kept = collapsed(table);
    if (kept.rows.length > PLOT_LIMITS.recordedRows) {
      kept = {
        fields: table.fields,
        rows: evenIndexes(table.rows.length, PLOT_LIMITS.recordedRows).map(
          (i) => table.rows[i] as readonly PlotCell[],
        ),
        sampledFrom: table.rows.length,
      };
      notice = `plots file ${path} has ${table.rows.length} rows; ${PLOT_LIMITS.recordedRows} evenly spaced ones are recorded`;
    }
  }
  const bytes = JSON.stringify(kept).length;
  if (bytes > PLOT_LIMITS.recordedBytes)
    return {
      ok: false,
      notice: `plots file ${path} is still ${bytes} bytes after thinning (over ${PLOT_LIMITS.recordedBytes}); it is not recorded`,
    };
  return notice ? { ok: true, table: kept, notice } : { ok: true, table: kept };
}

/** Distinct rows with how often each occurred. */
function collapsed(table: PlotTable): PlotTable {
  const index = new Map<string, number>();
  const rows: (readonly PlotCell[])[] = [];
  const counts: number[] = [];
  table.rows.forEach((row, i) => {
    const key = JSON.stringify(row);
    const at = index.get(key);
    const weight = table.counts?.[i] ?? 1;
    if (at === undefined) {
      index.set(key, rows.length);
      rows.push(row);
      counts.push(weight);
    } else counts[at] = (counts[at] as number) + weight;
  });
  return { fields: table.fields, rows, counts };
}
