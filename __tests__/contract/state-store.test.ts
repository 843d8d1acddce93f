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

// The store makes the log's directory once and then only appends: a directory removed between
// two stages of a run (`rm -rf .reprokit`) must not lose the next record.
describe('LogStateStore: its directory removed during a run', () => {
  it('makes the directory again and keeps the next record', async () => {
    const root = mkdtempSync(join(tmpdir(), 'reprokit-state-removed-'));
    try {
      const file = join(root, '.reprokit', 'state.jsonl');
      const store = new LogStateStore(file);
      await store.write(record('a', 'a'));
      rmSync(join(root, '.reprokit'), { recursive: true });
      await store.write(record('b', 'b'));
      const reread = new LogStateStore(file);
      expect(await reread.read('b')).toMatchObject({ stage: 'b' });
      expect(await reread.read('a')).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
