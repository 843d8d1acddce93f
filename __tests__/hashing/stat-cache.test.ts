import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FileHasher } from '../../src/adapters/hashing/file-hasher.js';
import { HashPool, kernel } from '../../src/adapters/hashing/hash-worker-pool.js';
import { locateHashWorker } from '../../src/adapters/hashing/hash-worker-location.js';
import { StatCache } from '../../src/adapters/hashing/stat-cache.js';

const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

/** The stat columns the kernel writes, for one file. */
function statBytes(abs: string): Uint8Array {
  const st = statSync(abs, { bigint: true });
  return new Uint8Array(new BigUint64Array([st.size, st.mtimeNs, st.ctimeNs, st.ino]).buffer);
}

describe('stat cache', () => {
  let root: string;
  const pool = new HashPool(0);
  const old = Date.now() / 1000 - 60;
  // Files written by the test have a ctime of now: the hasher's clock runs a minute ahead so that
  // they are old enough to be remembered (the racy-file test uses the real clock).
  const hasher = (cache: StatCache, now = () => Date.now() + 60_000) =>
    new FileHasher((f) => join(root, f), cache, { root, pool, now });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-statcache-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  afterAll(() => pool.close());

  function write(name: string, text: string, time = old): void {
    writeFileSync(join(root, name), text);
    utimesSync(join(root, name), time, time);
  }

  it('survives a save and a load, and is trusted while the stat is unchanged', async () => {
    write('a.txt', 'alpha\n');
    write('b.txt', 'beta\n');
    const file = join(root, '.reprokit', 'stat-cache.bin');
    const first = StatCache.load(file);
    await hasher(first).hashFiles(['a.txt', 'b.txt']);
    first.save();
    const second = StatCache.load(file);
    expect(second.size).toBe(2);
    // Prove that a hit is not read: plant a false digest under the true stat.
    const fake = Buffer.alloc(32, 0xab);
    second.remember('a.txt', second.find('a.txt'), statBytes(join(root, 'a.txt')), 0, fake, 0);
    const found = await hasher(second).hashFiles(['a.txt', 'b.txt']);
    expect(found.get('a.txt')?.digest).toBe(fake.toString('hex'));
    expect(found.get('b.txt')?.digest).toBe(sha256('beta\n'));
  });

  it('hashes again when size, mtime, ctime or inode change', async () => {
    write('a.txt', 'alpha\n');
    const cache = StatCache.inMemory();
    await hasher(cache).hashFiles(['a.txt']);
    const fake = Buffer.alloc(32, 0xcd);
    cache.remember('a.txt', cache.find('a.txt'), statBytes(join(root, 'a.txt')), 0, fake, 0);
    // Same size, same mtime (set back), but the write moved ctime: not trusted.
    write('a.txt', 'ALPHA\n');
    const found = await hasher(cache).hashFiles(['a.txt']);
    expect(found.get('a.txt')?.digest).toBe(sha256('ALPHA\n'));
  });

  it('does not remember a file changed less than a second ago', async () => {
    write('fresh.txt', 'new\n', Date.now() / 1000);
    write('settled.txt', 'old\n');
    const cache = StatCache.inMemory();
    const found = await hasher(cache, Date.now).hashFiles(['fresh.txt', 'settled.txt']);
    expect(found.get('fresh.txt')?.digest).toBe(sha256('new\n'));
    // Both were written (ctime) just now: neither is remembered.
    expect(cache.find('fresh.txt')).toBe(-1);
    expect(cache.find('settled.txt')).toBe(-1);
    // A second later by the clock, both are.
    await hasher(cache, () => Date.now() + 1500).hashFiles(['fresh.txt', 'settled.txt']);
    expect(cache.find('fresh.txt')).toBeGreaterThanOrEqual(0);
    // And an entry that turns out recent is dropped.
    write('settled.txt', 'changed\n');
    await hasher(cache, Date.now).hashFiles(['settled.txt']);
    expect(cache.find('settled.txt')).toBe(-1);
  });

  it('starts empty from a missing, foreign or truncated file', async () => {
    write('a.txt', 'alpha\n');
    const file = join(root, 'cache.bin');
    expect(StatCache.load(file).size).toBe(0);
    writeFileSync(file, '{"version":1,"entries":{}}');
    expect(StatCache.load(file).size).toBe(0);
    const cache = StatCache.load(file);
    await hasher(cache).hashFiles(['a.txt']);
    cache.save();
    const full = readFileSync(file);
    writeFileSync(file, full.subarray(0, full.length - 5));
    expect(StatCache.load(file).size).toBe(0);
  });

  it('drops forgotten entries when saved', async () => {
    write('a.txt', 'alpha\n');
    write('b.txt', 'beta\n');
    write('c.txt', 'gamma\n');
    const file = join(root, 'cache.bin');
    const cache = StatCache.load(file);
    await hasher(cache).hashFiles(['a.txt', 'b.txt', 'c.txt']);
    cache.forget('b.txt');
    cache.save();
    const again = StatCache.load(file);
    expect(again.size).toBe(2);
    expect(again.find('b.txt')).toBe(-1);
    expect(again.digest(again.find('c.txt'))).toBe(sha256('gamma\n'));
  });

  it('finds, forgets and saves entries remembered without a lookup, and never doubles a path', async () => {
    const file = join(root, 'cache.bin');
    const cache = StatCache.load(file);
    const stat = (k: number) => new Uint8Array(new BigUint64Array([1n, 2n, 3n, BigInt(k)]).buffer);
    const digest = (k: number) => Buffer.alloc(32, k);
    // A first run: nothing known, every path remembered as known absent (not filed yet).
    for (let k = 0; k < 5; k++) cache.remember(`f${k}`, -1, stat(k), 0, digest(k), 0, true);
    // A concurrent batch whose `find` said no before f3 was remembered: it must update f3.
    cache.remember('f3', -1, stat(33), 0, digest(33), 0);
    expect(cache.size).toBe(5);
    expect(cache.digest(cache.find('f3'))).toBe(digest(33).toString('hex'));
    cache.forget('f1');
    cache.remember('f5', -1, stat(5), 0, digest(5), 0, true);
    cache.save();
    const again = StatCache.load(file);
    expect(again.size).toBe(5);
    expect(again.find('f1')).toBe(-1);
    for (const k of [0, 2, 4, 5])
      expect(again.digest(again.find(`f${k}`))).toBe(digest(k).toString('hex'));
    expect(again.digest(again.find('f3'))).toBe(digest(33).toString('hex'));
  });

  it('a batch hashed while another one remembered files does not double their entries', async () => {
    // More than 8 files a batch: the kernel's job is awaited, so the two batches interleave.
    const names = Array.from({ length: 20 }, (_, k) => `f${String(k).padStart(2, '0')}.txt`);
    for (const name of names) write(name, `${name}\n`);
    const file = join(root, 'cache.bin');
    const cache = StatCache.load(file);
    const h = hasher(cache);
    // Both batches look up f05..f14 before either remembers them.
    await Promise.all([h.hashFiles(names.slice(0, 15)), h.hashFiles(names.slice(5))]);
    cache.save();
    expect(readFileSync(file).readUInt32LE(12)).toBe(20); // entries on disk: 20, not 30
    const again = StatCache.load(file);
    expect(again.size).toBe(20);
    expect(again.digest(again.find('f07.txt'))).toBe(sha256('f07.txt\n'));
  });
});

describe('hashing kernel in a worker thread', () => {
  it('runs its own module (hash-worker.ts) and writes results into shared memory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'reprokit-kernel-'));
    try {
      const names = ['x.txt', 'y.txt'];
      writeFileSync(join(root, 'x.txt'), 'x\n');
      writeFileSync(join(root, 'y.txt'), 'y\n');
      const sab = new SharedArrayBuffer(kernel.filesBytes(2));
      const views = kernel.filesViews(sab, 2);
      const spec = locateHashWorker(
        new URL('../../src/adapters/hashing/hash-worker-pool.ts', import.meta.url).href,
      );
      if (!spec) throw new Error('hash-worker.ts not found next to hash-worker-pool.ts');
      const worker = new Worker(spec.code, spec.options);
      try {
        const reply = new Promise<{ id: number; error?: string }>((resolve) =>
          worker.once('message', resolve),
        );
        worker.postMessage({
          type: 'files',
          id: 7,
          sab,
          n: 2,
          paths: names.join('\0'),
          base: `${root}/`,
        });
        expect(await reply).toEqual({ id: 7 });
      } finally {
        await worker.terminate();
      }
      expect(Array.from(views.status, (s) => s & kernel.status.MASK)).toEqual([
        kernel.status.HASHED,
        kernel.status.HASHED,
      ]);
      expect(Buffer.from(views.digest.subarray(32, 64)).toString('hex')).toBe(sha256('y\n'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
