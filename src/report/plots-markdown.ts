import type { Grid } from '../core/plots/grid.js';
import { chartGrid } from '../core/plots/grid.js';
import type { ChartView, ConfusionView, PlotView, Side } from '../core/plots/views.js';
import { matrixCell, matrixLabels } from '../core/plots/views.js';
import { escapeMarkdown, fittedTable } from './markdown.js';
import type { SideNames } from './plots-text.js';
import { formatDelta, formatNumber } from './plots-text.js';

/** x values a chart shows: more make Mermaid's category labels unreadable. */
export const CHART_POINTS = 30;
/** Series in one chart (fields × files × sides). */
const MAX_SERIES = 12;
/** Matrices wider than this are left to the HTML page. */
const MAX_CLASSES = 20;

/** Colours per field: the base side light, this run's side strong, so pairs read together. */
const PALETTE = [
  { name: 'blue', base: '#9ecbff', head: '#0969da' },
  { name: 'red', base: '#ffaba8', head: '#cf222e' },
  { name: 'green', base: '#8ddb8c', head: '#1a7f37' },
  { name: 'yellow', base: '#f5d67b', head: '#9a6700' },
  { name: 'purple', base: '#d8b9ff', head: '#8250df' },
  { name: 'teal', base: '#a5e7ef', head: '#0a7ea4' },
] as const;

export interface PlotsMarkdownOptions {
  readonly names: SideNames;
  /** Markdown said under the title (e.g. why there is no base side). */
  readonly note?: string;
  /** Where an image plot can be seen (the artifact or Pages copy), when published. */
  readonly imageLink?: (file: string) => string | undefined;
  /** Characters the section may take; plots that do not fit whole are counted, not cut. */
  readonly budget: number;
  /** Said when some plots do not fit (e.g. where to see them). */
  readonly elsewhere?: string;
}

/** `### Plots`: each plot base vs this run, whole or not at all; '' when there is none. */
export function plotsMarkdown(views: readonly PlotView[], options: PlotsMarkdownOptions): string {
  if (views.length === 0) return '';
  const title = '### Plots';
  const parts = [title, ...(options.note ? [options.note] : [])];
  let used = parts.join('\n\n').length;
  let left = 0;
  for (const view of views) {
    const text = plotMarkdown(view, options);
    if (left > 0 || used + text.length + 200 > options.budget) {
      left++;
      continue;
    }
    parts.push(text);
    used += text.length + 2;
  }
  if (left > 0)
    parts.push(
      `_${left} more plot${left === 1 ? '' : 's'} did not fit here${options.elsewhere ? `: ${options.elsewhere}` : '.'}_`,
    );
  return parts.join('\n\n');
}

function plotMarkdown(view: PlotView, options: PlotsMarkdownOptions): string {
  if (view.kind === 'image') return imageMarkdown(view.file, options);
  if (view.kind === 'confusion') return confusionMarkdown(view, options);
  return chartMarkdown(view, options);
}

function imageMarkdown(file: string, options: PlotsMarkdownOptions): string {
  const url = options.imageLink?.(file);
  const name = escapeMarkdown(file);
  return url
    ? `#### ${name}\n\nAn image: [${name}](${encodeURI(url)})`
    : `#### ${name}\n\nAn image output (publish it as an artifact or on Pages to get a link).`;
}

function chartMarkdown(view: ChartView, options: PlotsMarkdownOptions): string {
  const heading = `#### ${escapeMarkdown(view.title)}`;
  const series = view.series.slice(0, MAX_SERIES);
  if (series.length === 0)
    return `${heading}\n\n${problemsLine(view.problems) || '_No numeric values to draw._'}`;
  const shown: ChartView = { ...view, series };
  const grid = chartGrid(shown, CHART_POINTS);
  const colours = series.map((s) => colourOf(s.label, s.side, series));
  const legend = series
    .map(
      (s, i) =>
        `${colours[i]?.name} \`${mermaidText(s.label)}\` ${escapeMarkdown(s.side === 'base' ? options.names.base : options.names.head)}`,
    )
    .join(' · ');
  const notes = [
    `Lines: ${legend}.`,
    view.style === 'scatter'
      ? 'A scatter plot, drawn as a line through the points sorted by x.'
      : '',
    view.style === 'bar' && series.some((s) => s.side === 'base')
      ? 'Bars: this run; the line over them: the base.'
      : '',
    grid.xs.length < uniqueXs(shown)
      ? `${grid.xs.length} of ${uniqueXs(shown)} x values shown.`
      : '',
    view.sampled ? 'Long files were thinned evenly when recorded.' : '',
    view.series.length > series.length
      ? `${view.series.length - series.length} more series not drawn.`
      : '',
  ].filter(Boolean);
  return [
    heading,
    '```mermaid\n' +
      xychart(
        shown,
        grid,
        colours.map((c) => c?.hex ?? '#0969da'),
      ) +
      '\n```',
    `<sub>${notes.join(' ')}</sub>`,
    problemsLine(view.problems),
    valuesTable(shown, grid, options),
  ]
    .filter(Boolean)
    .join('\n\n');
}

function colourOf(label: string, side: Side, series: ChartView['series']) {
  const labels = [...new Set(series.map((s) => s.label))];
  const entry = PALETTE[labels.indexOf(label) % PALETTE.length] ?? PALETTE[0];
  const light = side === 'base';
  return { name: light ? `light ${entry.name}` : entry.name, hex: light ? entry.base : entry.head };
}

function uniqueXs(view: ChartView): number {
  return new Set(view.series.flatMap((s) => s.points.map((p) => String(p.x)))).size;
}

/** The Mermaid source: one series per side and field, on the grid's shared x axis. */
export function xychart(view: ChartView, grid: Grid, colours: readonly string[]): string {
  const front = [
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${colours.join(', ')}"`,
    '---',
  ];
  const lines = [
    ...front,
    `xychart-beta${view.horizontal ? ' horizontal' : ''}`,
    `  title "${mermaidText(view.title) || 'plot'}"`,
    `  x-axis "${mermaidText(view.xLabel) || 'x'}" [${grid.xs.map((x) => `"${mermaidText(typeof x === 'number' ? formatNumber(x) : x) || ' '}"`).join(', ')}]`,
    `  y-axis "${mermaidText(view.yLabel) || 'value'}"`,
  ];
  view.series.forEach((s, i) => {
    const values = filled(grid.values[i] ?? []);
    const kind = view.style === 'bar' && s.side === 'head' ? 'bar' : 'line';
    lines.push(`  ${kind} [${values.map(plainNumber).join(', ')}]`);
  });
  return lines.join('\n');
}

/** xychart has no gaps: a side shorter than the axis holds its nearest value (the table says "—"). */
function filled(values: readonly (number | null)[]): number[] {
  const first = values.find((v) => v !== null) ?? 0;
  let last = first;
  return values.map((v) => (v === null ? last : (last = v)));
}

/** Mermaid's grammar takes no exponent: 1e-7 is written 0.0000001. */
export function plainNumber(value: number): string {
  const text = formatNumber(value);
  if (!/e/i.test(text)) return text;
  const abs = Math.abs(value);
  if (abs >= 1) return value.toFixed(0);
  const decimals = Math.min(20, 3 - Math.floor(Math.log10(abs)));
  return value.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '');
}

/** Text inside a quoted Mermaid string: no quotes, markup or line breaks, bounded. */
export function mermaidText(text: string): string {
  return [...text]
    .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
    .join('')
    .replace(/["`]/g, "'")
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[#;%{}[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 80)
    .trim();
}

function valuesTable(view: ChartView, grid: Grid, options: PlotsMarkdownOptions): string {
  const header = [
    escapeMarkdown(view.xLabel),
    ...view.series.map(
      (s) =>
        `${escapeMarkdown(s.label)}: ${escapeMarkdown(s.side === 'base' ? options.names.base : options.names.head)}`,
    ),
  ];
  const rows = grid.xs.map((x, i) => [
    escapeMarkdown(typeof x === 'number' ? formatNumber(x) : x),
    ...view.series.map((_, j) => {
      const v = grid.values[j]?.[i];
      return v === null || v === undefined ? '—' : formatNumber(v);
    }),
  ]);
  return `<details><summary>Values: ${escapeMarkdown(view.title)}</summary>\n\n${fittedTable(header, rows, 16_000)}\n\n</details>`;
}

function confusionMarkdown(view: ConfusionView, options: PlotsMarkdownOptions): string {
  const heading = `#### ${escapeMarkdown(view.title)}`;
  const parts = [heading];
  for (const m of view.matrices) {
    const labels = matrixLabels(m.head, m.base);
    const caption = `${view.normalized ? 'Share of each actual class' : 'Counts'}: rows \`${mermaidText(view.xField)}\`, columns \`${mermaidText(m.yField)}\`${view.matrices.length > 1 ? ` (${escapeMarkdown(m.label)})` : ''}; ${m.base ? `changes against ${escapeMarkdown(options.names.base)} in brackets` : 'no base to compare with'}.`;
    if (labels.length > MAX_CLASSES) {
      parts.push(`${caption}\n\n_${labels.length} classes: too many for a table here._`);
      continue;
    }
    const format = (v: number) => (view.normalized ? v.toFixed(2) : formatNumber(v));
    const rows = labels.map((x) => [
      `**${escapeMarkdown(x)}**`,
      ...labels.map((y) => {
        const head = m.head ? matrixCell(m.head, x, y, view.normalized) : undefined;
        const base = m.base ? matrixCell(m.base, x, y, view.normalized) : undefined;
        if (head === undefined) return base === undefined ? '—' : `— (was ${format(base)})`;
        const delta = base === undefined ? '' : formatDelta(Number(format(head - base)));
        return `${format(head)}${delta ? ` (${delta})` : ''}`;
      }),
    ]);
    const header = [
      `${escapeMarkdown(view.xField)} \\\\ ${escapeMarkdown(m.yField)}`,
      ...labels.map(escapeMarkdown),
    ];
    parts.push(`${caption}\n\n${fittedTable(header, rows, 16_000)}`);
  }
  const problems = problemsLine(view.problems);
  if (problems) parts.push(problems);
  return parts.join('\n\n');
}

function problemsLine(problems: readonly string[]): string {
  if (problems.length === 0) return '';
  return `<sub>${problems.map(escapeMarkdown).join('; ')}</sub>`;
}
