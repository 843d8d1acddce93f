import { checkRecord } from '../../src/core/record-check.js';
import type { StageRecord } from '../../src/core/record.js';
import type { StateStore } from '../../src/ports.js';

/** State in a Map that outlives the store (like the file the real one writes). */
export class MemoryStateStore implements StateStore {
  constructor(readonly storage: Map<string, unknown> = new Map()) {}

  async read(stage: string): Promise<StageRecord | undefined> {
    // Stored state is untrusted input, as the real store's file is.
    return checkRecord(this.storage.get(stage), { stage });
  }

  async write(record: StageRecord): Promise<void> {
    this.storage.set(record.stage, JSON.parse(JSON.stringify(record)) as unknown);
  }
}
