import type { Reason } from '../core/reasons.js';
import { stageErrorText } from '../report/failures.js';
import { reasonTexts } from '../report/reasons.js';
import type {
  RunReport,
  StageReport,
  StageResult as Result,
  StageStatus,
} from '../engine/events.js';

/**
 * One stage as every machine-readable output shows it: `status --json`, `run --json`,
 * `plan --json`, and the action's `plan` output. Stable (docs/cli.md): fields may be added,
 * none removed or renamed.
 */
export interface StageResultJson {
  readonly name: string;
  /** The plan's view: fresh, cached (would be restored) or stale (would run). */
  readonly status: StageStatus;
  /** Why, in words (docs/cli.md). */
  readonly reasons: readonly string[];
  /** Why, as typed differences (core/reasons.ts): what programs should read. */
  readonly differences: readonly Reason[];
  /** Absent when it cannot be known yet (an upstream stage has to run first). */
  readonly key?: string;
  /** After a run only: what happened (ran, restored, fresh, failed, skipped). */
  readonly result?: Result;
  /** After a run only. */
  readonly durationMs?: number;
  /** After a run, for a failed stage. */
  readonly error?: string;
  /** After a run, when running the commands failed: why, as data (docs/cli.md). */
  readonly failure?: StageReport['failure'];
  /** After a run of a stage with retries: the attempt it ended on ("passed on attempt 2"). */
  readonly attempt?: StageReport['attempt'];
  /** After a run: the recorded version a persisted output was restored from before it ran. */
  readonly persistRestored?: StageReport['persistRestored'];
}

/** `plan`: the report of a decision (nothing ran); `run`: of a run. */
export type ReportKind = 'plan' | 'run';

export function stageResult(s: StageReport, kind: ReportKind): StageResultJson {
  const decided = {
    name: s.name,
    status: s.status,
    reasons: reasonTexts(s.reasons),
    differences: s.reasons,
    ...(s.key ? { key: s.key } : {}),
  };
  if (kind === 'plan') return decided;
  return {
    ...decided,
    result: s.result,
    durationMs: s.durationMs,
    ...(s.persistRestored ? { persistRestored: s.persistRestored } : {}),
    ...(s.result === 'failed' ? { error: stageErrorText(s) } : {}),
    ...(s.failure ? { failure: s.failure } : {}),
    ...(s.attempt ? { attempt: s.attempt } : {}),
  };
}

export function stageResults(report: RunReport, kind: ReportKind): StageResultJson[] {
  return report.stages.map((s) => stageResult(s, kind));
}
