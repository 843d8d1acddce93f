import type { Graph } from '../core/graph.js';
import type { PlotTable } from '../core/plots/types.js';
import { formatDuration } from '../core/units.js';
import type { RunReport, StageReport } from '../engine/events.js';
import type { CheckAnnotation, CheckRunContent } from '../ports.js';
import { codeCell, escapeMarkdown, fittedTable, truncateMarkdown } from './markdown.js';
import type { MetricRow } from './metrics.js';
import { diffMetrics, formatChange, formatValue } from './metrics.js';
import type { PlotsInput } from './plots-section.js';
import { plotsSection } from './plots-section.js';
import { dagSection, headline, stageTable, stageWhy, totals } from './summary.js';

// The check run's content is the feedback port's data (src/ports.ts); reports build it.
export type { CheckAnnotation, CheckRunContent } from '../ports.js';

/** GitHub's limits: a check run's summary, and an issue comment body. */
export const CHECK_SUMMARY_LIMIT = 65_535;
export const COMMENT_LIMIT = 65_536;
export const ANNOTATIONS_PER_REQUEST = 50;

export interface PublishedLink {
  readonly name: string;
  readonly url: string;
}

export interface Baseline {
  /** The branch the values come from. */
  readonly branch: string;
  /** `base`: a pull request's base branch; `previous`: the previous run of this branch (push). */
  readonly kind?: 'base' | 'previous';
  /** Metrics files by path; undefined when that branch has no recorded run. */
  readonly metrics?: ReadonlyMap<string, unknown>;
  /** Plots data rows by path, from the same records; undefined when that branch has no run. */
  readonly plots?: ReadonlyMap<string, PlotTable>;
}

/** Why a metrics file is missing from this run: its stage failed, or never ran after a failure. */
export type NotProduced = ReadonlyMap<string, 'failed' | 'skipped'>;

/** The hidden line that finds our comment again, per pipeline (a repository may have several). */
export function commentMarker(pipelineId: string): string {
  return `<!-- reprokit:comment ${pipelineId.replace(/--/g, '- -')} -->`;
}

/** Every metrics file of the run, from the records (no downloads). */
export function metricsOf(report: RunReport): Map<string, unknown> {
  const metrics = new Map<string, unknown>();
  for (const stage of report.stages)
    for (const [path, value] of Object.entries(stage.metrics ?? {})) metrics.set(path, value);
  return metrics;
}

/** Metrics files of failed and skipped stages (they were not produced, not removed). */
export function notProducedMetrics(
  graph: Graph,
  report: RunReport,
): Map<string, 'failed' | 'skipped'> {
  const missing = new Map<string, 'failed' | 'skipped'>();
  for (const s of report.stages) {
    if (s.result !== 'failed' && s.result !== 'skipped') continue;
    for (const out of graph.byName.get(s.name)?.outs ?? [])
      if (out.metric) missing.set(out.path, s.result);
  }
  return missing;
}

function columns(baseline: Baseline | undefined): [string, string] {
  if (!baseline) return ['', 'Value'];
  const branch = escapeMarkdown(baseline.branch);
  return baseline.kind === 'previous'
    ? [`Previous run (${branch})`, 'This run']
    : [`${branch} (base)`, 'This PR'];
}

function changeCell(row: MetricRow, notProduced: NotProduced | undefined): string {
  const why = row.head === undefined ? notProduced?.get(row.file) : undefined;
  if (why === 'failed') return 'not produced (stage failed)';
  if (why === 'skipped') return 'not produced (an upstream stage failed)';
  return escapeMarkdown(formatChange(row));
}

export function metricsTable(
  rows: readonly MetricRow[],
  baseline: Baseline | undefined,
  options: { notProduced?: NotProduced; budget?: number } = {},
): string {
  const [before, now] = columns(baseline);
  const name = (r: MetricRow) => `${codeCell(r.file)} ${escapeMarkdown(r.name)}`;
  const budget = options.budget ?? COMMENT_LIMIT / 2;
  if (!baseline)
    return fittedTable(
      ['Metric', now],
      rows.map((r) => [name(r), escapeMarkdown(formatValue(r.head))]),
      budget,
    );
  return fittedTable(
    ['Metric', before, now, 'Change'],
    rows.map((r) => [
      name(r),
      escapeMarkdown(formatValue(r.base)),
      escapeMarkdown(formatValue(r.head)),
      changeCell(r, options.notProduced),
    ]),
    budget,
  );
}

/** Changed metrics in a table; unchanged ones folded under it. */
export function metricsSection(
  report: RunReport,
  baseline: Baseline | undefined,
  options: { notProduced?: NotProduced; budget?: number } = {},
): string {
  const head = metricsOf(report);
  if (head.size === 0 && !(baseline?.metrics && options.notProduced?.size)) return '';
  const title = '### Metrics';
  const budget = options.budget ?? COMMENT_LIMIT / 2;
  if (!baseline)
    return `${title}\n\n${metricsTable(diffMetrics(head, undefined), undefined, { budget })}`;
  if (!baseline.metrics) {
    const note = `_No baseline: no run on \`${escapeMarkdown(baseline.branch)}\` has recorded metrics in the cache yet._`;
    return `${title}\n\n${metricsTable(diffMetrics(head, undefined), undefined, { budget })}\n\n${note}`;
  }
  const rows = diffMetrics(head, baseline.metrics);
  const unchanged = rows.filter((r) => r.head !== undefined && changeCell(r, undefined) === '');
  const changed = rows.filter((r) => !unchanged.includes(r));
  const parts = [title];
  if (changed.length > 0)
    parts.push(metricsTable(changed, baseline, { ...options, budget: budget / 2 }));
  else parts.push('No metric changed.');
  if (unchanged.length > 0)
    parts.push(
      `<details><summary>${unchanged.length} unchanged metric${unchanged.length === 1 ? '' : 's'}</summary>\n\n${metricsTable(unchanged, baseline, { budget: budget / 2 })}\n\n</details>`,
    );
  return parts.join('\n\n');
}

function reranSection(report: RunReport, budget: number): string {
  const changed = report.stages.filter((s) => s.result !== 'fresh');
  if (changed.length === 0) return 'Nothing re-ran: every stage was reused from the cache.';
  const order = { failed: 0, ran: 1, skipped: 2, restored: 3, fresh: 4 } as const;
  const rows = [...changed]
    .sort((a, b) => order[a.result] - order[b.result])
    .map((s) => [codeCell(s.name), resultWord(s), escapeMarkdown(stageWhy(s))]);
  return `### What re-ran and why\n\n${fittedTable(['Stage', 'Result', 'Why'], rows, budget)}`;
}

function resultWord(s: StageReport): string {
  return {
    ran: '🔨 ran',
    restored: '📦 restored',
    fresh: '✅ fresh',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
  }[s.result];
}

export function linksSection(links: readonly PublishedLink[]): string {
  if (links.length === 0) return '';
  return `### Published\n\n${links.map((l) => `- [${escapeMarkdown(l.name)}](${encodeURI(l.url)})`).join('\n')}`;
}

/**
 * The sticky pull-request comment: metrics against the base first (what reviewers read), then
 * plots, published links, then what re-ran and why. Sections are added whole while they fit (tables are
 * never cut mid-row); what does not fit is left to the job summary, which the comment links to.
 */
export function pullRequestComment(options: {
  readonly marker: string;
  readonly report: RunReport;
  readonly baseline?: Baseline;
  readonly links: readonly PublishedLink[];
  readonly sha: string;
  readonly title?: string;
  readonly runUrl?: string;
  readonly notProduced?: NotProduced;
  readonly limit?: number;
  /** The pipeline's plots, drawn after the metrics when there are any. */
  readonly plots?: PlotsInput;
}): string {
  const { report } = options;
  const limit = options.limit ?? COMMENT_LIMIT;
  const t = totals(report);
  const more = options.runUrl
    ? `More in the [job summary of the workflow run](${encodeURI(options.runUrl)}).`
    : 'More in the job summary of the workflow run.';
  const head = [
    options.marker,
    `## ${report.ok ? '✅' : '❌'} ${escapeMarkdown(options.title ?? 'reprokit')}: ${headline(report)}`,
  ].join('\n\n');
  const foot = `<sub>Commit ${escapeMarkdown(options.sha.slice(0, 7))} · reuse saved about ${formatDuration(t.savedMs)} of stage time${options.runUrl ? ` · [workflow run](${encodeURI(options.runUrl)})` : ''}</sub>`;
  const room = limit - utf8(head) - utf8(foot) - utf8(more) - 64;
  const sections = [
    metricsSection(report, options.baseline, {
      ...(options.notProduced ? { notProduced: options.notProduced } : {}),
      budget: Math.floor(room / 2),
    }),
    options.plots
      ? plotsSection(report, options.baseline, {
          ...options.plots,
          budget: Math.floor(room / 3),
          elsewhere: 'see the job summary',
        })
      : '',
    linksSection(options.links),
    reranSection(report, Math.floor(room / 3)),
  ].filter((part) => part !== '');
  const body: string[] = [head];
  let used = 0;
  let left = false;
  for (const section of sections) {
    if (used + utf8(section) + 2 > room) {
      left = true;
      continue;
    }
    body.push(section);
    used += utf8(section) + 2;
  }
  if (left) body.push(more);
  body.push(foot);
  return truncateMarkdown(body.join('\n\n') + '\n', limit, more);
}

function utf8(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export function checkRun(
  graph: Graph,
  report: RunReport,
  annotations: readonly CheckAnnotation[],
): CheckRunContent {
  const t = totals(report);
  const top = [
    `**${headline(report)}** in ${formatDuration(report.durationMs)}; reuse saved about ${formatDuration(t.savedMs)}.`,
    '',
    stageTable(report, 20_000),
  ].join('\n');
  // The diagram goes in whole or not at all: a cut Mermaid block is an error box.
  const dag = dagSection(graph, report);
  const summary =
    utf8(top) + utf8(dag) + 2 <= CHECK_SUMMARY_LIMIT - 200
      ? `${top}\n\n${dag}`
      : `${top}\n\n_The DAG is in the job summary._`;
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return {
    conclusion: report.interrupted ? 'cancelled' : report.ok ? 'success' : 'failure',
    title: headline(report),
    summary: truncateMarkdown(
      summary,
      CHECK_SUMMARY_LIMIT,
      'Truncated: see the job summary for the full report.',
    ),
    annotationBatches: batches,
  };
}
