import { join } from 'node:path';
import { checkRecord } from '../core/record-check.js';
import type { StageRecord } from '../core/record.js';
import type { StateStore } from '../ports.js';
import { readJson, stageFileName, writeFileAtomic } from './atomic.js';

/** What this checkout last ran, one small JSON file per stage under `.reprokit/state/`. */
export class FileStateStore implements StateStore {
  constructor(private readonly dir: string) {}

  async read(stage: string): Promise<StageRecord | undefined> {
    return checkRecord(await readJson(join(this.dir, stageFileName(stage))), { stage });
  }

  async write(record: StageRecord): Promise<void> {
    writeFileAtomic(join(this.dir, stageFileName(record.stage)), JSON.stringify(record));
  }
}
