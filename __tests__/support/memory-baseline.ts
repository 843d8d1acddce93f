import type { StageRecord } from '../../src/core/record.js';
import type { MetricsBaseline, RecordedRun } from '../../src/ports.js';

/** Each branch's newest recorded run, as the cache service keeps its indexes. */
export type RunsByBranch = Map<string, Map<string, StageRecord>>;

/**
 * Earlier runs in memory. A run starts from its branch's newest run, else from the first of the
 * branches it may read that has one (a pull request's base), as the Actions cache index does.
 */
export class MemoryBaseline implements MetricsBaseline {
  constructor(
    private readonly runs: RunsByBranch,
    private readonly branch: string,
    private readonly readable: readonly string[] = [],
  ) {}

  async previous(): Promise<RecordedRun | undefined> {
    for (const branch of [this.branch, ...this.readable]) {
      const run = await this.base(branch);
      if (run) return run;
    }
    return undefined;
  }

  async base(branch: string): Promise<RecordedRun | undefined> {
    const stages = this.runs.get(branch);
    return stages ? { branch, stages: new Map(stages) } : undefined;
  }

  /** A run on `branch` that recorded these stages (the others carried over from its start). */
  static async record(
    runs: RunsByBranch,
    branch: string,
    records: readonly StageRecord[],
    readable: readonly string[] = [],
  ): Promise<void> {
    const start = await new MemoryBaseline(runs, branch, readable).previous();
    const stages = new Map(start?.stages);
    for (const record of records) stages.set(record.stage, structuredClone(record));
    runs.set(branch, stages);
  }
}
