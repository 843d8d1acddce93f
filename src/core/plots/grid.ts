import { evenIndexes } from './bound.js';
import type { ChartView, Point } from './views.js';

/**
 * A chart's series on one shared x axis, thinned to at most `maxPoints` x values: what a Mermaid
 * xychart (one value per category for every series) and the values table under it need. Numeric
 * x: each series is read at the grid's x values by linear interpolation inside its own range
 * (null outside it); categorical x: exact matches only.
 */
export interface Grid {
  readonly xs: readonly (number | string)[];
  /** Parallel to the view's series; each parallel to xs. */
  readonly values: readonly (readonly (number | null)[])[];
}

export function chartGrid(view: ChartView, maxPoints: number): Grid {
  if (view.numericX) {
    const sorted = view.series.map((s) => mergeSameX(s.points));
    const all = [...new Set(sorted.flatMap((points) => points.map((p) => p.x as number)))].sort(
      (a, b) => a - b,
    );
    const xs = evenIndexes(all.length, maxPoints).map((i) => all[i] as number);
    return { xs, values: sorted.map((points) => xs.map((x) => interpolate(points, x))) };
  }
  const order: string[] = [];
  for (const s of view.series)
    for (const p of s.points) if (!order.includes(String(p.x))) order.push(String(p.x));
  const xs = evenIndexes(order.length, maxPoints).map((i) => order[i] as string);
  return {
    xs,
    values: view.series.map((s) => {
      const byX = new Map(s.points.map((p) => [String(p.x), p.y]));
      return xs.map((x) => byX.get(x) ?? null);
    }),
  };
}

/** Sorted by x; points sharing an x (scatter plots) averaged into one. */
function mergeSameX(points: readonly Point[]): { x: number; y: number }[] {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const p of points) {
    const x = p.x as number;
    const entry = sums.get(x) ?? { sum: 0, n: 0 };
    entry.sum += p.y;
    entry.n += 1;
    sums.set(x, entry);
  }
  return [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([x, e]) => ({ x, y: e.sum / e.n }));
}

function interpolate(points: readonly { x: number; y: number }[], x: number): number | null {
  let lo = 0;
  let hi = points.length - 1;
  const first = points[0];
  const last = points[hi];
  if (!first || !last || x < first.x || x > last.x) return null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((points[mid] as { x: number }).x <= x) lo = mid;
    else hi = mid;
  }
  const a = points[lo] as { x: number; y: number };
  const b = points[hi] as { x: number; y: number };
  if (a.x === x) return a.y;
  if (b.x === x) return b.y;
  return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}
