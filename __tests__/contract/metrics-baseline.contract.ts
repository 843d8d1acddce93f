import type { StageRecord } from '../../src/core/record.js';
import type { MetricsBaseline } from '../../src/ports.js';
import { record } from './state-store.contract.js';

/** What every MetricsBaseline does; run against the Actions cache index and the in-memory fake. */
export interface BaselineHarness {
  /** A finished run on `branch` that recorded these stages (a pull request's run reads `base`). */
  recordRun(branch: string, records: readonly StageRecord[], base?: string): Promise<void>;
  /** The baseline a new run on `branch` has, once it loaded what it starts from. */
  open(branch: string, base?: string): Promise<MetricsBaseline>;
  dispose(): Promise<void>;
}

/** A stage's record with a metrics file. */
export function measured(stage: string, key: string, acc: number): StageRecord {
  return { ...record(stage, key), metrics: { [`${stage}.json`]: { acc } } };
}

export function metricsBaselineContract(name: string, make: () => Promise<BaselineHarness>): void {
  describe(`MetricsBaseline contract: ${name}`, () => {
    let h: BaselineHarness;
    beforeEach(async () => (h = await make()));
    afterEach(() => h.dispose());

    it('has nothing before the first run', async () => {
      const baseline = await h.open('main');
      expect(await baseline.previous()).toBeUndefined();
      expect(await baseline.base('main')).toBeUndefined();
    });

    it("a run's previous is its branch's last run, with the records as they were saved", async () => {
      await h.recordRun('main', [measured('train', 'a', 0.8), measured('eval', 'b', 0.7)]);
      const previous = await (await h.open('main')).previous();
      expect(previous?.branch).toBe('main');
      expect(previous?.stages.get('train')).toEqual(measured('train', 'a', 0.8));
      expect(previous?.stages.get('eval')).toEqual(measured('eval', 'b', 0.7));
    });

    it("a pull request's first run starts from its base: previous is the base's run", async () => {
      await h.recordRun('main', [measured('train', 'a', 0.8)]);
      const previous = await (await h.open('pr-1', 'main')).previous();
      expect(previous?.branch).toBe('main');
      expect(previous?.stages.get('train')).toEqual(measured('train', 'a', 0.8));
    });

    it("base(branch) is that branch's newest run; a branch with no run has none", async () => {
      await h.recordRun('main', [measured('train', 'a', 0.8), measured('eval', 'b', 0.7)]);
      await h.recordRun('main', [measured('train', 'c', 0.9)]);
      await h.recordRun('pr-1', [measured('train', 'd', 0.95)], 'main');
      const baseline = await h.open('pr-1', 'main');
      expect((await baseline.previous())?.branch).toBe('pr-1');
      const base = await baseline.base('main');
      expect(base?.branch).toBe('main');
      expect(base?.stages.get('train')).toEqual(measured('train', 'c', 0.9));
      // A stage the newest run did not run is carried over from the run it started from.
      expect(base?.stages.get('eval')).toEqual(measured('eval', 'b', 0.7));
      expect(await baseline.base('release')).toBeUndefined();
    });
  });
}
