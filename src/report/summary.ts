import type { Graph } from '../core/graph.js';
import type { StageMark } from '../core/render-dag.js';
import { renderMermaid } from '../core/render-dag.js';
import { formatBytes, formatDuration } from '../core/units.js';
import type { RunReport, StageReport } from '../engine/events.js';
import { escapeMarkdown, markdownTable, truncateMarkdown } from './markdown.js';
import { persistRestoredText, renderReasons } from './reasons.js';

/** Job summaries are capped at 1 MiB per step; stay well below. */
export const STEP_SUMMARY_LIMIT = 1_000_000;
/** Past this many stages a diagram is unreadable and slow to render. */
export const MERMAID_STAGE_LIMIT = 150;

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
  if (s.result === 'failed') return s.error ?? 'failed';
  if (s.result === 'fresh' && s.status === 'cached')
    return 'in cache; not downloaded (nothing here needs it)';
  if (s.result === 'fresh') return s.reasons.length ? renderReasons(s.reasons) : 'up to date';
  if (s.result === 'restored')
    return `inputs unchanged; ${renderReasons(s.reasons) || 'outputs restored'}`;
  const persisted = s.persistRestored ? `; ${persistRestoredText(s.persistRestored)}` : '';
  return renderReasons(s.reasons) + persisted;
}

export function stageTable(report: RunReport): string {
  return markdownTable(
    ['Stage', 'Result', 'Time', 'Why'],
    report.stages.map((s) => [
      `\`${s.name.replace(/`/g, "'")}\``,
      ICON[s.result],
      s.result === 'ran' || s.result === 'failed'
        ? formatDuration(s.durationMs)
        : s.savedMs
          ? `saved ${formatDuration(s.savedMs)}`
          : '',
      escapeMarkdown(stageWhy(s)),
    ]),
  );
}

export function dagSection(graph: Graph, report: RunReport): string {
  if (report.stages.length > MERMAID_STAGE_LIMIT) {
    return `_The DAG has ${report.stages.length} stages, too many to draw; run \`reprokit dag --mermaid\` for the diagram._`;
  }
  const marks = new Map<string, StageMark>(report.stages.map((s) => [s.name, s.result]));
  const names = new Set(report.stages.map((s) => s.name));
  return (
    '```mermaid\n' +
    renderMermaid(
      graph,
      marks,
      graph.order.filter((s) => names.has(s.name)),
    ) +
    '\n```'
  );
}

/** The job summary: headline, totals, the stage table and the DAG coloured by result. */
export function jobSummary(graph: Graph, report: RunReport, title = 'reprokit'): string {
  const t = totals(report);
  const lines = [
    `## ${report.ok ? '✅' : '❌'} ${escapeMarkdown(title)}: ${headline(report)}`,
    '',
    `Finished in ${formatDuration(report.durationMs)}. Reuse saved about **${formatDuration(t.savedMs)}** of stage time; ` +
      `restored ${formatBytes(t.restoredBytes)}, saved ${formatBytes(t.savedBytes)} to the cache.`,
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
