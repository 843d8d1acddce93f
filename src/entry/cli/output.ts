import type { RunReport } from '../../engine/events.js';
import { reasonTexts, renderReasons, statusAction } from '../../report/reasons.js';
import { table } from './reporter.js';

/** `status --json`: stable, documented in docs/cli.md. */
export function planJson(report: RunReport) {
  return {
    stages: report.stages.map((s) => ({
      name: s.name,
      status: s.status,
      reasons: reasonTexts(s.reasons),
      differences: s.reasons,
      ...(s.key ? { key: s.key } : {}),
    })),
  };
}

/** `run --json`: stable, documented in docs/cli.md. */
export function runJson(report: RunReport) {
  return {
    ok: report.ok,
    stages: report.stages.map((s) => ({
      name: s.name,
      result: s.result,
      durationMs: s.durationMs,
      reasons: reasonTexts(s.reasons),
      differences: s.reasons,
      ...(s.persistRestored ? { persistRestored: s.persistRestored } : {}),
      ...(s.error ? { error: s.error } : {}),
    })),
  };
}

/** Why, then what is done about it: "param …: 2 → 1 (result available in the cache)". */
function planWhy(s: RunReport['stages'][number]): string {
  const why = renderReasons(s.reasons);
  if (s.status === 'stale') return why;
  if (why === '') return statusAction(s.status);
  return s.status === 'cached' ? `${why} (${statusAction(s.status)})` : why;
}

export function planTable(report: RunReport): string {
  const rows = report.stages.map((s) => [s.name, s.status, planWhy(s)]);
  const counts = ['fresh', 'cached', 'stale'].map(
    (st) => `${report.stages.filter((s) => s.status === st).length} ${st}`,
  );
  return `${table(['stage', 'status', 'why'], rows)}\n${counts.join(', ')}\n`;
}
