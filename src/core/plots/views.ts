import type { PlotCell, PlotDefinition, PlotTable } from './types.js';

/** Recorded tables by root-relative file path (one side of a comparison). */
export type PlotFiles = ReadonlyMap<string, PlotTable>;

export type Side = 'base' | 'head';

export interface Point {
  readonly x: number | string;
  readonly y: number;
}

export interface Series {
  /** `field`, or `file: field` when the plot reads several files. */
  readonly label: string;
  readonly side: Side;
  readonly points: readonly Point[];
}

/** How a chart is drawn: DVC's templates reduced to what a chart can show. */
export type ChartStyle = 'line' | 'scatter' | 'bar';

export interface ChartView {
  readonly kind: 'chart';
  readonly id: string;
  readonly title: string;
  readonly style: ChartStyle;
  /** Horizontal bars (DVC's bar_horizontal templates). */
  readonly horizontal: boolean;
  readonly xLabel: string;
  readonly yLabel: string;
  /** True when every x is a number (a numeric axis); false: categories in order. */
  readonly numericX: boolean;
  readonly series: readonly Series[];
  /** Files a side lacks or could not use, with why (shown under the chart). */
  readonly problems: readonly string[];
  /** Some rows were thinned when recorded. */
  readonly sampled: boolean;
}

/** Counts of (x value, y value) pairs: rows are x values (actual), columns y values (predicted). */
export interface Matrix {
  readonly labels: readonly string[];
  readonly counts: ReadonlyMap<string, number>;
}

export interface ConfusionView {
  readonly kind: 'confusion';
  readonly id: string;
  readonly title: string;
  readonly normalized: boolean;
  readonly xField: string;
  readonly matrices: readonly {
    readonly label: string;
    readonly yField: string;
    readonly head?: Matrix;
    readonly base?: Matrix;
  }[];
  readonly problems: readonly string[];
}

export interface ImageView {
  readonly kind: 'image';
  readonly id: string;
  readonly file: string;
}

export type PlotView = ChartView | ConfusionView | ImageView;

/** Every plot with the data either side has, in definition order; plots with no data are left out. */
export function plotViews(
  definitions: readonly PlotDefinition[],
  head: PlotFiles,
  base: PlotFiles | undefined,
): PlotView[] {
  const views: PlotView[] = [];
  for (const definition of expandDirectories(definitions, head, base)) {
    const view = plotView(definition, head, base);
    if (view) views.push(view);
  }
  return views;
}

/**
 * A definition naming a directory stands for each data file under it (DVC's directory plots):
 * one plot per file, with the definition's options.
 */
export function expandDirectories(
  definitions: readonly PlotDefinition[],
  head: PlotFiles,
  base: PlotFiles | undefined,
): PlotDefinition[] {
  const files = [...new Set([...head.keys(), ...(base?.keys() ?? [])])].sort();
  return definitions.flatMap((d) => {
    const only = d.y.length === 1 && !d.image ? (d.y[0] as { file: string }) : undefined;
    if (!only || files.includes(only.file)) return [d];
    const under = files.filter((f) => f.startsWith(`${only.file}/`));
    if (under.length === 0) return [d];
    return under.map((file) => ({ ...d, id: file, y: [{ ...only, file }] }));
  });
}

export function plotView(
  definition: PlotDefinition,
  head: PlotFiles,
  base: PlotFiles | undefined,
): PlotView | undefined {
  if (definition.image)
    return { kind: 'image', id: definition.id, file: (definition.y[0] as { file: string }).file };
  if (!definition.y.some((s) => head.has(s.file) || base?.has(s.file))) return undefined;
  if (definition.template === 'confusion' || definition.template === 'confusion_normalized')
    return confusionView(definition, head, base);
  return chartView(definition, head, base);
}

function chartView(
  definition: PlotDefinition,
  head: PlotFiles,
  base: PlotFiles | undefined,
): ChartView {
  const problems: string[] = [];
  const series: Series[] = [];
  const several = definition.y.length > 1;
  let sampled = false;
  for (const side of ['base', 'head'] as const) {
    const files = side === 'head' ? head : base;
    if (!files) continue;
    for (const source of definition.y) {
      const table = files.get(source.file);
      if (!table) {
        problems.push(
          `${source.file}: no data ${side === 'head' ? 'in this run' : 'in the baseline'}`,
        );
        continue;
      }
      sampled ||= table.sampledFrom !== undefined;
      const xTable = definition.x?.file ? files.get(definition.x.file) : table;
      const fields = source.fields ?? lastField(table, definition.x?.field);
      for (const field of fields) {
        const points = pointsOf(table, field, xTable, definition.x?.field);
        if (typeof points === 'string') {
          problems.push(`${source.file}: ${points}`);
          continue;
        }
        series.push({ label: several ? `${source.file}: ${field}` : field, side, points });
      }
    }
  }
  const numericX = series.every((s) => s.points.every((p) => typeof p.x === 'number'));
  const sorted =
    definition.template === 'bar_horizontal_sorted'
      ? series.map((s) => ({ ...s, points: [...s.points].sort((a, b) => b.y - a.y) }))
      : series;
  const yFields = [...new Set(series.map((s) => s.label))];
  return {
    kind: 'chart',
    id: definition.id,
    title: definition.title ?? definition.id,
    style: definition.template.startsWith('bar')
      ? 'bar'
      : definition.template === 'scatter'
        ? 'scatter'
        : 'line',
    horizontal: definition.template.startsWith('bar_horizontal'),
    xLabel: definition.xLabel ?? definition.x?.field ?? 'step',
    yLabel: definition.yLabel ?? (yFields.length === 1 ? (yFields[0] as string) : ''),
    numericX,
    series: sorted,
    problems: [...new Set(problems)],
    sampled,
  };
}

/** DVC's default y: the last field of the file (other than x). */
function lastField(table: PlotTable, x: string | undefined): string[] {
  const fields = table.fields.filter((f) => f !== x);
  const last = fields[fields.length - 1];
  return last === undefined ? [] : [last];
}

function pointsOf(
  table: PlotTable,
  field: string,
  xTable: PlotTable | undefined,
  xField: string | undefined,
): Point[] | string {
  const yAt = table.fields.indexOf(field);
  if (yAt < 0) return `no field "${field}"`;
  if (xField !== undefined && !xTable) return `the x file has no data`;
  const xAt = xField === undefined ? -1 : (xTable as PlotTable).fields.indexOf(xField);
  if (xField !== undefined && xAt < 0) return `no field "${xField}" for x`;
  const points: Point[] = [];
  table.rows.forEach((row, i) => {
    const y = row[yAt];
    const x: PlotCell | undefined = xAt < 0 ? i : (xTable as PlotTable).rows[i]?.[xAt];
    if (typeof y !== 'number' || x === null || x === undefined) return;
    points.push({ x, y });
  });
  if (points.length === 0) return `field "${field}" has no numbers`;
  return points;
}

function confusionView(
  definition: PlotDefinition,
  head: PlotFiles,
  base: PlotFiles | undefined,
): ConfusionView {
  const problems: string[] = [];
  const xField = definition.x?.field ?? 'actual';
  const matrices: ConfusionView['matrices'][number][] = [];
  for (const source of definition.y) {
    const fields =
      source.fields ??
      (['head', 'base'] as const)
        .flatMap((side) => {
          const table = (side === 'head' ? head : base)?.get(source.file);
          return table ? lastField(table, xField) : [];
        })
        .slice(0, 1);
    for (const yField of fields) {
      const side = (files: PlotFiles | undefined) => {
        const table = files?.get(source.file);
        if (!table) return undefined;
        const matrix = matrixOf(table, xField, yField);
        if (typeof matrix === 'string') problems.push(`${source.file}: ${matrix}`);
        return typeof matrix === 'string' ? undefined : matrix;
      };
      const h = side(head);
      const b = side(base);
      matrices.push({
        label: definition.y.length > 1 ? source.file : yField,
        yField,
        ...(h ? { head: h } : {}),
        ...(b ? { base: b } : {}),
      });
    }
  }
  return {
    kind: 'confusion',
    id: definition.id,
    title: definition.title ?? definition.id,
    normalized: definition.template === 'confusion_normalized',
    xField,
    matrices,
    problems: [...new Set(problems)],
  };
}

/** Counts of each (x, y) pair, honouring collapsed rows' counts. */
export function matrixOf(table: PlotTable, xField: string, yField: string): Matrix | string {
  const xAt = table.fields.indexOf(xField);
  const yAt = table.fields.indexOf(yField);
  if (xAt < 0) return `no field "${xField}"`;
  if (yAt < 0) return `no field "${yField}"`;
  const labels = new Set<string>();
  const counts = new Map<string, number>();
  table.rows.forEach((row, i) => {
    const x = row[xAt];
    const y = row[yAt];
    if (x === null || x === undefined || y === null || y === undefined) return;
    labels.add(String(x)).add(String(y));
    const key = cellKey(String(x), String(y));
    counts.set(key, (counts.get(key) ?? 0) + (table.counts?.[i] ?? 1));
  });
  return { labels: [...labels].sort(naturalOrder), counts };
}

export function cellKey(x: string, y: string): string {
  return JSON.stringify([x, y]);
}

/** Numbers by value, then text: class labels 0..10 sort as a person expects. */
export function naturalOrder(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb))
    return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A cell of a confusion matrix: the count, or its share of the row (the actual class) when normalized. */
export function matrixCell(matrix: Matrix, x: string, y: string, normalized: boolean): number {
  const count = matrix.counts.get(cellKey(x, y)) ?? 0;
  if (!normalized) return count;
  let total = 0;
  for (const label of matrix.labels) total += matrix.counts.get(cellKey(x, label)) ?? 0;
  return total === 0 ? 0 : count / total;
}

/** Labels of either side, in natural order. */
export function matrixLabels(head: Matrix | undefined, base: Matrix | undefined): string[] {
  return [...new Set([...(head?.labels ?? []), ...(base?.labels ?? [])])].sort(naturalOrder);
}
