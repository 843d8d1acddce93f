import type { Graph } from '../core/graph.js';
import { formatDuration } from '../core/units.js';
import type { RunReport, StageReport } from '../engine/events.js';
import { escapeMarkdown, markdownTable, truncateMarkdown } from './markdown.js';
import type { MetricRow } from './metrics.js';
import { diffMetrics, formatChange, formatValue } from './metrics.js';
import { dagSection, headline, stageTable, stageWhy, totals } from './summary.js';

/** GitHub's limits: a check run's summary, and an issue comment body. */
export const CHECK_SUMMARY_LIMIT = 65_535;
export const COMMENT_LIMIT = 65_536;
export const ANNOTATIONS_PER_REQUEST = 50;

export interface PublishedLink {
  readonly name: string;
  readonly url: string;
}

export interface Baseline {
  /** The branch the values come from (the PR's base). */
  readonly branch: string;
  /** Metrics files by path; undefined when that branch has no recorded run. */
  readonly metrics?: ReadonlyMap<string, unknown>;
}

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

export function metricsTable(rows: readonly MetricRow[], baseBranch: string): string {
  const code = (t: string) => `\`${t.replace(/`/g, "'")}\``;
  return markdownTable(
    ['Metric', escapeMarkdown(baseBranch), 'This PR', 'Change'],
    rows.map((r) => [
      `${code(r.file)} ${escapeMarkdown(r.name)}`,
      escapeMarkdown(formatValue(r.base)),
      escapeMarkdown(formatValue(r.head)),
      escapeMarkdown(formatChange(r)),
    ]),
  );
}

export function metricsSection(report: RunReport, baseline: Baseline | undefined): string {
  const head = metricsOf(report);
  if (head.size === 0) return '';
  const title = '### Metrics';
  if (!baseline) return `${title}\n\n${metricsTable(diffMetrics(head, undefined), 'base')}`;
  const note = baseline.metrics
    ? ''
    : `\n\n_No baseline: no run on \`${escapeMarkdown(baseline.branch)}\` has recorded metrics in the cache yet._`;
  return `${title}\n\n${metricsTable(diffMetrics(head, baseline.metrics), baseline.branch)}${note}`;
}

function reranSection(report: RunReport): string {
  const changed = report.stages.filter((s) => s.result !== 'fresh');
  if (changed.length === 0) return 'Nothing re-ran: every stage was reused from the cache.';
  const rows = changed.map((s) => [
    `\`${s.name.replace(/`/g, "'")}\``,
    resultWord(s),
    escapeMarkdown(stageWhy(s)),
  ]);
  return `### What re-ran and why\n\n${markdownTable(['Stage', 'Result', 'Why'], rows)}`;
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

/** The sticky pull-request comment: re-runs and reasons, published links, metrics against the base. */
export function pullRequestComment(options: {
  readonly marker: string;
  readonly report: RunReport;
  readonly baseline?: Baseline;
  readonly links: readonly PublishedLink[];
  readonly sha: string;
  readonly title?: string;
}): string {
  const { report } = options;
  const t = totals(report);
  const body = [
    options.marker,
    `## ${report.ok ? '✅' : '❌'} ${escapeMarkdown(options.title ?? 'reprokit')}: ${headline(report)}`,
    '',
    reranSection(report),
    linksSection(options.links),
    metricsSection(report, options.baseline),
    `<sub>Commit ${escapeMarkdown(options.sha.slice(0, 7))} · reuse saved about ${formatDuration(t.savedMs)} of stage time</sub>`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  return truncateMarkdown(
    body + '\n',
    COMMENT_LIMIT,
    'Truncated: see the job summary for the full report.',
  );
}

export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'failure' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
}

export interface CheckRunContent {
  readonly conclusion: 'success' | 'failure' | 'cancelled';
  readonly title: string;
  readonly summary: string;
  /** Sent 50 per request: the first batch on create, the rest by updates. */
  readonly annotationBatches: readonly (readonly CheckAnnotation[])[];
}

export function checkRun(
  graph: Graph,
  report: RunReport,
  annotations: readonly CheckAnnotation[],
): CheckRunContent {
  const t = totals(report);
  const summary = [
    `**${headline(report)}** in ${formatDuration(report.durationMs)}; reuse saved about ${formatDuration(t.savedMs)}.`,
    '',
    stageTable(report),
    '',
    dagSection(graph, report),
  ].join('\n');
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
