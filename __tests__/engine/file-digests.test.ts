import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileHasher } from '../../src/adapters/hashing/file-hasher.js';
import { HashPool } from '../../src/adapters/hashing/hash-worker-pool.js';
import { StatCache } from '../../src/adapters/hashing/stat-cache.js';
import { FileDigests } from '../../src/engine/digests.js';
import type { Hasher } from '../../src/ports.js';

describe('FileDigests (one promise per batch)', () => {
  let root: string;
  let batches: string[][];
  let pool: HashPool;
  let hasher: Hasher;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-digests-'));
    mkdirSync(join(root, 'd'));
    for (const name of ['a', 'b', 'c']) writeFileSync(join(root, 'd', name), `${name}\n`);
    batches = [];
    pool = new HashPool(0);
    const real = new FileHasher((p) => join(root, p), StatCache.inMemory(), { root, pool });
    hasher = {
      hashFiles: (paths) => {
        batches.push([...paths]);
        return real.hashFiles(paths);
      },
      vouchTree: (dir, files) => real.vouchTree(dir, files),
    };
  });
  afterEach(async () => {
    await pool.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('hashes each path once and answers in the order asked, across overlapping batches', async () => {
    const files = new FileDigests(hasher);
    const [first, second] = await Promise.all([
      files.get(['d/b', 'd/a']),
      files.get(['d/c', 'd/a', 'd/b']),
    ]);
    expect(batches).toEqual([['d/b', 'd/a'], ['d/c']]);
    expect(first.map((f) => f.path)).toEqual(['d/b', 'd/a']);
    expect(second.map((f) => f.path)).toEqual(['d/c', 'd/a', 'd/b']);
    expect(second[1]).toEqual(first[1]);
    files.forget(['d/a']);
    await files.get(['d/a', 'd/c']);
    expect(batches[2]).toEqual(['d/a']);
  });

  it('a failed batch fails every caller of its paths, and nobody else', async () => {
    const files = new FileDigests(hasher);
    const unhandled: unknown[] = [];
    const note = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', note);
    try {
      // d/missing does not exist: its batch fails; d/a is in the same batch.
      const both = files.get(['d/a', 'd/missing']);
      const alone = files.get(['d/c']);
      await expect(both).rejects.toThrow(/missing/);
      await expect(files.get(['d/a'])).rejects.toThrow(/missing/);
      await expect(alone).resolves.toHaveLength(1);
      // This call fails on d/missing's batch first and never waits for d/missing2's, which
      // fails too: that rejection must not go unhandled.
      await expect(files.get(['d/missing', 'd/missing2'])).rejects.toThrow(/missing/);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', note);
    }
    expect(unhandled).toEqual([]);
  });
});
