import { join } from 'node:path';
import { LocalCache } from '../../src/adapters/local/local-cache.js';
import type { StateFs } from '../../src/adapters/local/state-store.js';
import { LogStateStore, nodeStateFs } from '../../src/adapters/local/state-store.js';
import type { StageRecord } from '../../src/core/record.js';
import { runPipeline } from '../../src/engine/engine.js';
import { loadProject } from '../../src/engine/project.js';
import { localServices } from '../../src/session/compose.js';
import { RecordWriteFailure } from '../../src/ports.js';
import type { StageCache } from '../../src/ports.js';
import { TempProject, cli } from '../support/project.js';

/**
 * Faults at the adapter boundary, in-process: a disk that fills up under the state log (an
 * injected fs), and a signal that arrives while a result is being stored (a cache whose save
 * is where the signal comes from). The built CLI's side of these is in disk-faults.test.ts.
 */

function record(stage: string, key: string): StageRecord {
  return {
    version: 1,
    stage,
    key,
    fingerprint: {
      version: 1,
      stage,
      cmd: ['x'],
      deps: {},
      params: {},
      outs: [],
      env: {},
      salt: '',
    },
    outputs: [],
    durationMs: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
  } as unknown as StageRecord;
}

/** Like the disk: an append past `room` bytes writes what fits, then fails with ENOSPC. */
function fullDisk(room: { left: number }): StateFs {
  return {
    ...nodeStateFs,
    appendFileSync: (file, data) => {
      if (Buffer.byteLength(data) <= room.left) {
        room.left -= Buffer.byteLength(data);
        nodeStateFs.appendFileSync(file, data);
        return;
      }
      nodeStateFs.appendFileSync(file, data.slice(0, room.left));
      room.left = 0;
      const error = new Error(`ENOSPC: no space left on device, write`) as NodeJS.ErrnoException;
      error.code = 'ENOSPC';
      throw error;
    },
  };
}

describe('the state log on a full disk', () => {
  let p: TempProject;
  beforeEach(() => (p = new TempProject()));
  afterEach(() => p.dispose());

  it('fails with the path and the cause, cuts the torn line off, and the next write is whole', async () => {
    const file = p.path('.reprokit/state.jsonl');
    const room = { left: 10_000 };
    const store = new LogStateStore(file, fullDisk(room));
    await store.write(record('a', 'k1'));
    room.left = 20; // the next record does not fit
    const failure = await store.write(record('b', 'k2')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(RecordWriteFailure);
    expect((failure as Error).message).toBe(
      `could not record the result in ${file}: ENOSPC: no space left on device, write`,
    );
    room.left = 10_000; // space freed
    await store.write(record('c', 'k3'));
    const lines = p.read('.reprokit/state.jsonl').split('\n').filter(Boolean);
    expect(lines.map((l) => (JSON.parse(l) as { key: string }).key)).toEqual(['k1', 'k3']);
  });

  it('a run whose result cannot be recorded fails that stage with the message, not an internal error', async () => {
    p.write({
      'reprokit.yml': 'stages:\n  make:\n    cmd: echo hi > out.txt\n    outs: [out.txt]\n',
    });
    const local = localServices({ root: p.root, emit: () => undefined, env: process.env });
    const failing = new LogStateStore(p.path('.reprokit/state.jsonl'), fullDisk({ left: 0 }));
    const loaded = await loadProject(local.workspace, 'reprokit.yml');
    if (!loaded.ok) throw new Error('fixture manifest is invalid');
    const report = await runPipeline(
      loaded.value,
      { ...local.services, state: failing },
      {
        targets: [],
        force: { stages: [], all: false },
        jobs: 1,
        keepGoing: false,
        mode: 'run',
        restore: 'all',
        salt: '',
        signal: new AbortController().signal,
      },
    );
    expect(report.ok).toBe(false);
    const [stage] = report.stages;
    expect(stage?.result).toBe('failed');
    expect(stage?.error).toBe(
      `could not record the result in ${p.path('.reprokit/state.jsonl')}: ENOSPC: no space left on device, write`,
    );
  });
});

describe('a signal while a result is stored', () => {
  let p: TempProject;
  beforeEach(() => (p = new TempProject()));
  afterEach(() => p.dispose());

  it('ends interrupted with the record and its cache entry complete', async () => {
    p.write({
      'reprokit.yml': 'stages:\n  make:\n    cmd: echo hi > out.txt\n    outs: [out.txt]\n',
    });
    const controller = new AbortController();
    const local = localServices({ root: p.root, emit: () => undefined, env: process.env });
    const store = new LocalCache(p.path('.reprokit/cache'), (path) => join(p.root, path));
    const interrupting: StageCache = {
      name: 'local',
      lookup: (stage, key) => store.lookup(stage, key),
      latest: (stage) => store.latest(stage),
      restore: (r) => store.restore(r),
      save: (r) => {
        controller.abort(); // Ctrl-C lands exactly in the store step
        return store.save(r);
      },
    };
    const loaded = await loadProject(local.workspace, 'reprokit.yml');
    if (!loaded.ok) throw new Error('fixture manifest is invalid');
    const report = await runPipeline(
      loaded.value,
      { ...local.services, cache: interrupting },
      {
        targets: [],
        force: { stages: [], all: false },
        jobs: 1,
        keepGoing: false,
        mode: 'run',
        restore: 'all',
        salt: '',
        signal: controller.signal,
      },
    );
    expect(report.interrupted).toBe(true);
    const state = new LogStateStore(p.path('.reprokit/state.jsonl'));
    const recorded = await state.read('make');
    expect(recorded).toBeDefined();
    expect(await store.lookup('make', recorded?.key ?? '')).toEqual(recorded);
    // The CLI turns a signal at any point into exit 130.
    const again = new AbortController();
    again.abort();
    expect((await cli(p.root, ['run'], { signal: again.signal })).code).toBe(130);
  });
});
