export type StageResult = 'ran' | 'restored' | 'fresh' | 'failed' | 'skipped';
export type StageStatus = 'fresh' | 'cached' | 'stale';

/** What the engine tells the reporters (CLI lines, action log groups, summaries) as it goes. */
export type EngineEvent =
  | { readonly type: 'stage-start'; readonly stage: string; readonly reasons: readonly string[] }
  | {
      readonly type: 'stage-output';
      readonly stage: string;
      readonly chunk: string;
      readonly stream: 'stdout' | 'stderr';
    }
  | { readonly type: 'stage-end'; readonly report: StageReport }
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
  readonly reasons: readonly string[];
  /** Undefined when it could not be computed (an upstream stage failed or has not run). */
  readonly key?: string;
  readonly durationMs: number;
  /** How long the reused result took to make when it ran (time saved by reuse). */
  readonly savedMs?: number;
  readonly restoredBytes?: number;
  readonly savedBytes?: number;
  readonly error?: string;
  /** Last lines the failed command printed. */
  readonly outputTail?: string;
  /** Parsed metrics files of the stage, by path (from its record). */
  readonly metrics?: Readonly<Record<string, unknown>>;
}

export interface RunReport {
  readonly ok: boolean;
  readonly interrupted: boolean;
  readonly stages: readonly StageReport[];
  readonly durationMs: number;
}
