import type { Duration } from '../core/duration.js';
import type { PlotTable } from '../core/plots/types.js';
import type { Reason } from '../core/reasons.js';

export type StageResult = 'ran' | 'restored' | 'fresh' | 'failed' | 'skipped';
export type StageStatus = 'fresh' | 'cached' | 'stale';

/** What the engine tells the reporters (CLI lines, action log groups, summaries) as it goes. */
export type EngineEvent =
  | { readonly type: 'stage-start'; readonly stage: string; readonly reasons: readonly Reason[] }
  /** A persisted output was missing: its latest recorded version was put back before the run. */
  | ({ readonly type: 'persist-restored'; readonly stage: string } & PersistRestored)
  | {
      readonly type: 'stage-output';
      readonly stage: string;
      readonly chunk: string;
      readonly stream: 'stdout' | 'stderr';
    }
  | { readonly type: 'stage-end'; readonly report: StageReport }
  /** An attempt failed and another follows after `delayMs` (`retries:`). */
  | {
      readonly type: 'stage-retry';
      readonly stage: string;
      /** The attempt that failed, counting from 1, and how many are allowed in all. */
      readonly attempt: number;
      readonly of: number;
      readonly failure: StageFailure;
      readonly delayMs: number;
    }
  | { readonly type: 'warning'; readonly message: string }
  | {
      readonly type: 'progress';
      readonly done: number;
      readonly total: number;
      readonly running: readonly string[];
    };

export interface StageReport {
  readonly name: string;
  readonly result: StageResult;
  /** The plan's view: fresh in the workspace, restorable from the cache, or has to run. */
  readonly status: StageStatus;
  /** Why, as data (see core/reasons.ts); src/report/reasons.ts puts them into words. */
  readonly reasons: readonly Reason[];
  /** Undefined when it could not be computed (an upstream stage failed or has not run). */
  readonly key?: string;
  readonly durationMs: number;
  /** How long the reused result took to make when it ran (time saved by reuse). */
  readonly savedMs?: number;
  readonly restoredBytes?: number;
  readonly savedBytes?: number;
  readonly error?: string;
  /** Why running failed, as data (src/report/failures.ts words it); `error` is unset then. */
  readonly failure?: StageFailure;
  /** Which attempt the stage ended on, and how many it had (only for stages with `retries`). */
  readonly attempt?: { readonly number: number; readonly of: number };
  /** Last lines the failed command printed. */
  readonly outputTail?: string;
  /** Parsed metrics files of the stage, by path (from its record). */
  readonly metrics?: Readonly<Record<string, unknown>>;
  /** Recorded rows of the stage's plots data files, by path (from its record). */
  readonly plots?: Readonly<Record<string, PlotTable>>;
  /** The earlier version of its persisted outputs the stage started from (fresh checkouts). */
  readonly persistRestored?: PersistRestored;
}

/** Why running a stage's commands failed. */
export type StageFailure =
  | { readonly kind: 'exited'; readonly code: number }
  | { readonly kind: 'killed'; readonly signal: string }
  | { readonly kind: 'could-not-start'; readonly detail: string }
  | { readonly kind: 'timed-out'; readonly after: Duration }
  | { readonly kind: 'interrupted' }
  /** The commands succeeded but did not write these declared outputs. */
  | { readonly kind: 'outputs-missing'; readonly paths: readonly string[] }
  /** The stage names an image and the container engine could not be used at all. */
  | {
      readonly kind: 'container-unavailable';
      readonly runtime: string;
      readonly image: string;
      readonly detail: string;
    };

/** Which recorded version of a stage's persisted outputs was put back before it ran. */
export interface PersistRestored {
  /** Key of the record restored from (the run that produced that version). */
  readonly fromKey: string;
  /** ISO time that run finished. */
  readonly createdAt: string;
  readonly paths: readonly string[];
  readonly bytes: number;
}

export interface RunReport {
  readonly ok: boolean;
  readonly interrupted: boolean;
  readonly stages: readonly StageReport[];
  readonly durationMs: number;
}
