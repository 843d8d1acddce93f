import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogStateStore } from '../../src/adapters/local/state-store.js';
import { MemoryStateStore } from '../support/memory-state-store.js';
import { record, stateStoreContract } from './state-store.contract.js';

stateStoreContract('LogStateStore (.reprokit/state.jsonl)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reprokit-state-contract-'));
  const file = join(dir, 'state.jsonl');
  return {
    open: () => new LogStateStore(file),
    // A later line for the stage that is not a valid record (bad key), then a torn line.
    damage: (stage) =>
      appendFileSync(file, JSON.stringify({ ...record(stage, 'a'), key: 'not-hex' }) + '\n{"sta'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
});

stateStoreContract('MemoryStateStore (test fake)', () => {
  const storage = new Map<string, unknown>();
  return {
    open: () => new MemoryStateStore(storage),
    damage: (stage) => storage.set(stage, { ...record(stage, 'a'), key: 'not-hex' }),
    dispose: () => undefined,
  };
});
