import type { StageRecord } from '../../src/core/record.js';
import type { StateStore } from '../../src/ports.js';

/** What every StateStore does; run against LogStateStore and the in-memory fake. */
export interface StateStoreHarness {
  /** A store over the harness's storage; a second call opens the same storage again. */
  open(): StateStore;
  /** Damages the stored state of a stage (a torn write, a hand edit). */
  damage(stage: string): void;
  dispose(): void;
}

export function record(stage: string, key: string, durationMs = 1): StageRecord {
  return {
    version: 1,
    stage,
    key: key.repeat(64).slice(0, 64),
    fingerprint: {
      keyVersion: 1,
      cmd: ['true'],
      shell: 'bash',
      wdir: '',
      env: {},
      params: {},
      outs: [],
      deps: {},
      needs: [],
      salt: '',
    },
    outputs: [],
    durationMs,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

export function stateStoreContract(name: string, make: () => StateStoreHarness): void {
  describe(`StateStore contract: ${name}`, () => {
    let h: StateStoreHarness;
    beforeEach(() => (h = make()));
    afterEach(() => h.dispose());

    it('has no record of a stage it never saw', async () => {
      expect(await h.open().read('train')).toBeUndefined();
    });

    it('reads back what was written; the last write wins; stages are independent', async () => {
      const store = h.open();
      await store.write(record('train', 'a'));
      await store.write(record('eval', 'b'));
      await store.write(record('train', 'c', 7));
      expect(await store.read('train')).toEqual(record('train', 'c', 7));
      expect(await store.read('eval')).toEqual(record('eval', 'b'));
    });

    it('keeps records for the next run (a new store over the same storage)', async () => {
      await h.open().write(record('train', 'a'));
      expect(await h.open().read('train')).toEqual(record('train', 'a'));
    });

    it('treats damaged state as no record, never as an error', async () => {
      await h.open().write(record('train', 'a'));
      await h.open().write(record('eval', 'b'));
      h.damage('train');
      const store = h.open();
      expect(await store.read('train')).toBeUndefined();
      expect(await store.read('eval')).toEqual(record('eval', 'b'));
    });
  });
}
