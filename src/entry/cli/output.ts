import type { RunReport } from '../../engine/events.js';
import { table } from './reporter.js';

/** `status --json`: stable, documented in docs/cli.md. */
export function planJson(report: RunReport) {
  return {
    stages: report.stages.map((s) => ({
      name: s.name,
      status: s.status,
      reasons: s.reasons,
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
      reasons: s.reasons,
      ...(s.error ? { error: s.error } : {}),
    })),
  };
}

export function planTable(report: RunReport): string {
  const rows = report.stages.map((s) => [
    s.name,
    s.status,
    s.reasons.join('; ') || (s.status === 'fresh' ? 'up to date' : ''),
  ]);
  const counts = ['fresh', 'cached', 'stale'].map(
    (st) => `${report.stages.filter((s) => s.status === st).length} ${st}`,
  );
  return `${table(['stage', 'status', 'why'], rows)}\n${counts.join(', ')}\n`;
}
