import type { RunReport } from '../../engine/events.js';
import { renderReasons, statusAction } from '../../report/reasons.js';
import { stageResults } from '../../session/stage-result.js';
import type { Paint } from './color.js';
import { painter } from './color.js';
import { table } from './reporter.js';

/** `status --json` and `run --dry-run --json`: stable, documented in docs/cli.md. */
export function planJson(report: RunReport) {
  return { stages: stageResults(report, 'plan') };
}

/** `run --json`: stable, documented in docs/cli.md. */
export function runJson(report: RunReport) {
  return { ok: report.ok, stages: stageResults(report, 'run') };
}

const STATUS_STYLE = { fresh: 'green', cached: 'cyan', stale: 'yellow' } as const;

/** Why, then what is done about it: "param …: 2 → 1 (result available in the cache)". */
function planWhy(s: RunReport['stages'][number]): string {
  const why = renderReasons(s.reasons);
  if (s.status === 'stale') return why;
  if (why === '') return statusAction(s.status);
  return s.status === 'cached' ? `${why} (${statusAction(s.status)})` : why;
}

export function planTable(report: RunReport, paint: Paint = painter(false)): string {
  const rows = report.stages.map((s) => [s.name, s.status, planWhy(s)]);
  const counts = (['fresh', 'cached', 'stale'] as const).map((st) =>
    paint(STATUS_STYLE[st], `${report.stages.filter((s) => s.status === st).length} ${st}`),
  );
  return `${table(['stage', 'status', 'why'], rows)}\n${counts.join(', ')}\n`;
}
