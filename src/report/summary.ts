import type { Graph } from '../core/graph.js';
import { fitMermaid } from '../core/mermaid-fit.js';
import type { StageMark } from '../core/render-dag.js';
import { formatBytes, formatDuration } from '../core/units.js';
import type { RunReport, StageReport } from '../engine/events.js';
import { codeCell, escapeMarkdown, fittedTable, truncateMarkdown } from './markdown.js';
import { passedOnText, stageErrorText } from './failures.js';
import { persistRestoredText, renderReasons } from './reasons.js';

/** Job summaries are capped at 1 MiB per step; stay well below. */
export const STEP_SUMMARY_LIMIT = 1_000_000;

const ICON: Record<StageReport['result'], string> = {
  ran: '🔨 ran',
  restored: '📦 restored',
  fresh: '✅ fresh',
  failed: '❌ failed',
  skipped: '⏭️ skipped',
};

export function headline(report: RunReport): string {
  const count = (result: StageReport['result']) =>
    report.stages.filter((s) => s.result === result).length;
  const parts = [`${count('ran')} ran`, `${count('restored')} restored`, `${count('fresh')} fresh`];
  if (count('failed') > 0) parts.push(`${count('failed')} failed`);
  if (count('skipped') > 0) parts.push(`${count('skipped')} skipped`);
  return parts.join(', ');
}

export function totals(report: RunReport) {
  let savedMs = 0;
  let restoredBytes = 0;
  let savedBytes = 0;
  for (const s of report.stages) {
    if (s.result === 'fresh' || s.result === 'restored') savedMs += s.savedMs ?? 0;
    restoredBytes += s.restoredBytes ?? 0;
    savedBytes += s.savedBytes ?? 0;
  }
  return { savedMs, restoredBytes, savedBytes };
}

export function stageWhy(s: StageReport): string {
  if (s.result === 'failed') return stageErrorText(s);
  if (s.result === 'fresh' && s.status === 'cached')
    return 'in cache; not downloaded (nothing here needs it)';
  if (s.result === 'fresh') return s.reasons.length ? renderReasons(s.reasons) : 'up to date';
  if (s.result === 'restored')
    return `inputs unchanged; ${renderReasons(s.reasons) || 'outputs restored'}`;
  const persisted = s.persistRestored ? `; ${persistRestoredText(s.persistRestored)}` : '';
  const passed = passedOnText(s) ? `${passedOnText(s)}; ` : '';
  return passed + renderReasons(s.reasons) + persisted;
}

function stageRow(s: StageReport): string[] {
  return [
    codeCell(s.name),
    ICON[s.result],
    s.result === 'ran' || s.result === 'failed'
      ? formatDuration(s.durationMs)
      : s.savedMs
        ? `saved ${formatDuration(s.savedMs)}`
        : '',
    escapeMarkdown(stageWhy(s)),
  ];
}

const HEADER = ['Stage', 'Result', 'Time', 'Why'];
/** Failed first, then what ran; the rest is folded away. */
const ORDER: Record<StageReport['result'], number> = {
  failed: 0,
  ran: 1,
  skipped: 2,
  restored: 3,
  fresh: 4,
};

/**
 * Stages that failed or ran first, in a table that is never cut in the middle: past `budget`
 * characters the remaining rows are counted. Restored and fresh stages fold into `<details>`.
 */
export function stageTable(report: RunReport, budget = STEP_SUMMARY_LIMIT / 2): string {
  const sorted = [...report.stages].sort((a, b) => ORDER[a.result] - ORDER[b.result]);
  const active = sorted.filter((s) => ORDER[s.result] <= ORDER.skipped);
  const rest = sorted.filter((s) => ORDER[s.result] > ORDER.skipped);
  const parts: string[] = [];
  if (active.length > 0) parts.push(fittedTable(HEADER, active.map(stageRow), budget / 2));
  if (rest.length > 0) {
    const table = fittedTable(HEADER, rest.map(stageRow), budget / 2);
    parts.push(
      active.length === 0
        ? table
        : `<details><summary>${rest.length} stage${rest.length === 1 ? '' : 's'} reused (restored or fresh)</summary>\n\n${table}\n\n</details>`,
    );
  }
  return parts.join('\n\n');
}

/** The DAG coloured by result, within GitHub's Mermaid limits; a line under it says what was folded. */
export function dagSection(graph: Graph, report: RunReport): string {
  const marks = new Map<string, StageMark>(report.stages.map((s) => [s.name, s.result]));
  const names = new Set(report.stages.map((s) => s.name));
  const fitted = fitMermaid(graph, marks, {
    stages: graph.order.filter((s) => names.has(s.name)),
  });
  const note = fitted.note ? `\n\n_${escapeMarkdown(fitted.note)}_` : '';
  return '```mermaid\n' + fitted.text + '\n```' + note;
}

export interface SummaryOptions {
  readonly title?: string;
  /** Requests, entries, bytes and time of the Actions cache (see entry/action/cache.ts). */
  readonly cacheLine?: string;
  /** The workflow run, linked from the summary. */
  readonly runUrl?: string;
}

/** The job summary: headline, totals, the stage table and the DAG coloured by result. */
export function jobSummary(graph: Graph, report: RunReport, options: SummaryOptions = {}): string {
  const t = totals(report);
  const lines = [
    `## ${report.ok ? '✅' : '❌'} ${escapeMarkdown(options.title ?? 'reprokit')}: ${headline(report)}`,
    '',
    `Finished in ${formatDuration(report.durationMs)}. Reuse saved about **${formatDuration(t.savedMs)}** of stage time; ` +
      `restored ${formatBytes(t.restoredBytes)}, saved ${formatBytes(t.savedBytes)} to the cache.` +
      (options.cacheLine ? ` ${escapeMarkdown(options.cacheLine)}` : '') +
      (options.runUrl ? ` [Workflow run](${encodeURI(options.runUrl)}).` : ''),
    '',
    stageTable(report),
    '',
    '<details open><summary>Pipeline</summary>',
    '',
    dagSection(graph, report),
    '',
    '</details>',
    '',
  ];
  return truncateMarkdown(lines.join('\n'), STEP_SUMMARY_LIMIT);
}
