import type { RunReport } from '../../engine/events.js';
import { colorEnabled, painter } from './color.js';
import type { CliIo } from './io.js';
import type { SnapshotAnswers, SnapshotStage } from './noop-snapshot.js';
import { planJson, planTable, runJson } from './output.js';
import { CliReporter, summaryTable } from './reporter.js';

/**
 * What a no-op snapshot answers, rendered. The writer renders the two `status` answers once,
 * into the snapshot, so the fast path prints them without loading this module; the other
 * answers (`run`, coloured `status`) are rendered here from the recorded stages.
 */
export function noopReport(stages: readonly SnapshotStage[], durationMs: number): RunReport {
  return {
    ok: true,
    interrupted: false,
    durationMs,
    stages: stages.map((s) => ({
      name: s.name,
      result: 'fresh',
      status: 'fresh',
      reasons: s.reasons,
      durationMs: 0,
      ...(s.key ? { key: s.key } : {}),
      ...(s.savedMs !== undefined ? { savedMs: s.savedMs } : {}),
    })),
  };
}

/** The `status --json` and uncoloured `status` output; neither depends on the time taken. */
export function snapshotAnswers(stages: readonly SnapshotStage[]): SnapshotAnswers {
  const report = noopReport(stages, 0);
  return {
    statusJson: JSON.stringify(planJson(report), null, 2) + '\n',
    statusText: planTable(report, painter(false)),
  };
}

/** Prints the answer of `status` or `run` for an all-fresh project, as the full check would. */
export function printNoopAnswer(
  command: 'status' | 'run',
  json: boolean,
  report: RunReport,
  io: CliIo,
): void {
  if (command === 'status') {
    const paint = painter(!json && colorEnabled(io.stdout, io.env));
    io.stdout.write(
      json ? JSON.stringify(planJson(report), null, 2) + '\n' : planTable(report, paint),
    );
    return;
  }
  const reporter = new CliReporter(io.stderr, {
    paint: painter(colorEnabled(io.stderr, io.env)),
    live: io.stderr.isTTY === true && !json,
  });
  reporter.setStageNames(report.stages.map((s) => s.name));
  for (const stage of report.stages) reporter.handle({ type: 'stage-end', report: stage });
  reporter.finish();
  io.stdout.write(json ? JSON.stringify(runJson(report), null, 2) + '\n' : summaryTable(report));
}
