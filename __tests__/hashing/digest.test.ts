import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileHasher, LEAF_SIZE, sha256File } from '../../src/adapters/hashing/file-hasher.js';
import { HashPool } from '../../src/adapters/hashing/hash-worker-pool.js';
import { StatCache } from '../../src/adapters/hashing/stat-cache.js';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** The chunked digest as docs/performance.md defines it, computed independently. */
function chunked(data: Buffer): string {
  const tag = Buffer.from('reprokit-chunked-sha256-v1\0', 'latin1');
  const size = Buffer.alloc(8);
  size.writeBigUInt64BE(BigInt(data.length));
  const leaf = Buffer.alloc(4);
  leaf.writeUInt32BE(8 * 1024 * 1024);
  const root = createHash('sha512-256').update(tag).update(size).update(leaf);
  for (let at = 0; at < data.length; at += 8 * 1024 * 1024)
    root.update(
      createHash('sha256')
        .update(data.subarray(at, at + 8 * 1024 * 1024))
        .digest(),
    );
  return root.digest('hex');
}

/** Content that differs in every 4 KiB, so that a misplaced leaf changes the digest. */
function content(bytes: number, seed: number): Buffer {
  const data = Buffer.alloc(bytes);
  for (let at = 0; at + 8 <= bytes; at += 4096) data.writeUInt32LE((at / 4096 + seed) >>> 0, at);
  if (bytes > 0) data[bytes - 1] = seed & 0xff;
  return data;
}

describe('file digests', () => {
  let root: string;
  const pools: HashPool[] = [];
  /** `source`: a worker's code instead of hash-worker.ts (a worker that fails). */
  const pool = (workers: number, source?: string) => {
    const made = new HashPool(
      workers,
      source === undefined ? undefined : { code: source, options: { eval: true }, shown: 'test' },
    );
    pools.push(made);
    return made;
  };
  const hasher = (p: HashPool) =>
    new FileHasher((f) => join(root, f), StatCache.inMemory(), { root, pool: p });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-hash-'));
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    rmSync(root, { recursive: true, force: true });
  });

  it('is the SHA-256 of the content up to one leaf, whatever the threads', async () => {
    const files: Record<string, Buffer> = {
      'empty.txt': Buffer.alloc(0),
      'a.txt': Buffer.from('hello\n'),
      'exactly-one-leaf.bin': content(LEAF_SIZE, 7),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(root, name), data);
    for (const p of [pool(0), pool(2)]) {
      const found = await hasher(p).hashFiles(Object.keys(files));
      for (const [name, data] of Object.entries(files)) {
        expect(found.get(name)).toEqual({
          path: name,
          digest: sha256(data),
          size: data.length,
          executable: false,
        });
        expect(sha256File(join(root, name))).toBe(sha256(data));
      }
    }
    expect(LEAF_SIZE).toBe(8 * 1024 * 1024);
  });

  it('is the chunked digest above one leaf, the same on one thread and on several', async () => {
    const files: Record<string, Buffer> = {
      'one-byte-over.bin': content(LEAF_SIZE + 1, 1),
      'two-and-a-half.bin': content(2.5 * LEAF_SIZE, 2),
      'three-leaves.bin': content(3 * LEAF_SIZE, 3),
    };
    for (const [name, data] of Object.entries(files)) writeFileSync(join(root, name), data);
    for (const p of [pool(0), pool(1), pool(3)]) {
      const found = await hasher(p).hashFiles(Object.keys(files));
      for (const [name, data] of Object.entries(files)) {
        expect(found.get(name)?.digest).toBe(chunked(data));
        expect(found.get(name)?.size).toBe(data.length);
      }
    }
    for (const [name, data] of Object.entries(files))
      expect(sha256File(join(root, name))).toBe(chunked(data));
    // Domain separation: not the plain SHA-256 of the same bytes.
    const big = files['one-byte-over.bin'] as Buffer;
    expect(chunked(big)).not.toBe(sha256(big));
  });

  it('hashes a large batch of small files on the workers, mixed with large ones', async () => {
    mkdirSync(join(root, 'many'), { recursive: true });
    const names: string[] = [];
    const expected = new Map<string, string>();
    for (let k = 0; k < 1500; k++) {
      const name = `many/f${String(k).padStart(4, '0')}.txt`;
      const data = Buffer.from(`file ${k}\n`.repeat(1 + (k % 7)));
      writeFileSync(join(root, name), data);
      names.push(name);
      expected.set(name, sha256(data));
    }
    const big = content(2 * LEAF_SIZE + 5, 9);
    writeFileSync(join(root, 'many-big.bin'), big);
    names.splice(700, 0, 'many-big.bin');
    expected.set('many-big.bin', chunked(big));
    for (const p of [pool(0), pool(2)]) {
      const found = await hasher(p).hashFiles(names);
      expect(found.size).toBe(names.length);
      for (const [name, digest] of expected) expect(found.get(name)?.digest).toBe(digest);
    }
  });

  it('reports the executable bit and answers repeated paths once', async () => {
    writeFileSync(join(root, 'run.sh'), '#!/bin/sh\n');
    chmodSync(join(root, 'run.sh'), 0o755);
    const found = await hasher(pool(0)).hashFiles(['run.sh', 'a.txt', 'run.sh']);
    expect(found.size).toBe(2);
    expect(found.get('run.sh')?.executable).toBe(true);
    expect(found.get('a.txt')?.executable).toBe(false);
  });

  it('fails with the file system error for a missing file or a directory', async () => {
    await expect(hasher(pool(0)).hashFiles(['a.txt', 'missing.txt'])).rejects.toThrow(/ENOENT/);
    mkdirSync(join(root, 'dir'), { recursive: true });
    await expect(hasher(pool(0)).hashFiles(['dir'])).rejects.toThrow(/EISDIR/);
  });

  it('finishes the work of a worker that dies holding files or leaves', async () => {
    // This worker claims units and exits without doing them: the main thread must redo them.
    const dying = `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => { Atomics.add(new Int32Array(job.sab, 0, 4), 0, 40); process.exit(3); });`;
    const files = Array.from({ length: 1200 }, (_, k) => `many/f${String(k).padStart(4, '0')}.txt`);
    const names = [...files, 'two-and-a-half.bin', 'three-leaves.bin'];
    const reference = await hasher(pool(0)).hashFiles(names);
    const found = await hasher(pool(1, dying)).hashFiles(names);
    for (const name of names) expect(found.get(name)).toEqual(reference.get(name));
    const leaves = await hasher(pool(1, dying)).hashFiles([
      'three-leaves.bin',
      'two-and-a-half.bin',
    ]);
    expect(leaves.get('three-leaves.bin')).toEqual(reference.get('three-leaves.bin'));
  });

  it('finishes the work of a worker whose job throws', async () => {
    const throwing = `const { parentPort } = require('node:worker_threads');
      parentPort.on('message', (job) => { Atomics.add(new Int32Array(job.sab, 0, 4), 0, 40); parentPort.postMessage({ id: job.id, error: 'boom' }); });`;
    const files = Array.from({ length: 1100 }, (_, k) => `many/f${String(k).padStart(4, '0')}.txt`);
    const reference = await hasher(pool(0)).hashFiles(files);
    const found = await hasher(pool(1, throwing)).hashFiles(files);
    for (const name of files) expect(found.get(name)).toEqual(reference.get(name));
  });
});
