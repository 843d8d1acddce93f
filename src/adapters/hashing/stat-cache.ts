import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname } from 'node:path';

const MAGIC = 'RKSTAT02';
/** Stats are stored in this machine's byte order, which the header records. */
const NATIVE_LE = endianness() === 'LE';
const BYTE_ORDER = 0x01020304;
/** Beyond this many entries, a save keeps only the ones this run used. */
const MAX_ENTRIES = 1_000_000;

/**
 * Remembers the digest of a file while its size, mtime, ctime and inode stay the same, so an
 * unchanged file is not read again. It only saves work: mtime never decides freshness, since
 * any change to these facts means the file is hashed again (and `touch` then finds it unchanged).
 *
 * Kept in columns (typed arrays) and stored as one binary file: loading 100,000 entries is one
 * read, one string split and one Map, with no JSON and no per-entry objects (docs/performance.md).
 * The comparison itself happens where the file is stat'ed (the hashing kernel): `expectation`
 * copies the remembered stat into the kernel's job.
 */
export class StatCache {
  private readonly index = new Map<string, number>();
  /**
   * Entries from `indexed` on are not in `index` yet: a first run remembers 100,000 files and
   * saves them, and a Map insertion per file was a tenth of that (issue 17). Any lookup files
   * them first.
   */
  private indexed = 0;
  /** Entries appended so far: a caller that saw -1 from `find` at this count may skip asking again. */
  private appended = 0;
  private paths: string[] = [];
  /** [size, mtime ns, ctime ns, inode] per entry */
  private stats = new BigUint64Array(0);
  private statBytes = new Uint8Array(0);
  private digests = new Uint8Array(0);
  private live = new Uint8Array(0);
  private used = new Uint8Array(0);
  private count = 0;
  private dirty = false;

  private constructor(private readonly file: string | undefined) {}

  static load(file: string): StatCache {
    const cache = new StatCache(file);
    try {
      cache.decode(readFileSync(file));
    } catch {
      // missing, unreadable or another format: start empty, it is only an optimisation
      cache.clear();
    }
    return cache;
  }

  static inMemory(): StatCache {
    return new StatCache(undefined);
  }

  get size(): number {
    this.fileNew();
    return this.index.size;
  }

  /** Changes whenever an entry is appended (see `remember`'s `absent`). */
  get stamp(): number {
    return this.appended;
  }

  /** The entry of a path, or -1. */
  find(path: string): number {
    // A first run asks about every file: no string hashing while nothing is remembered.
    if (this.index.size === 0 && this.indexed === this.count) return -1;
    this.fileNew();
    return this.index.get(path) ?? -1;
  }

  /** Copies the remembered [size, mtime ns, ctime ns, inode] of `entry` into `into[offset..]`. */
  expectation(entry: number, into: BigUint64Array, offset: number): void {
    // Four u64 copied as bytes: no BigInt is created.
    const to = new Uint8Array(into.buffer, into.byteOffset + 8 * offset, 32);
    const from = this.statBytes;
    for (let k = 0, o = 32 * entry; k < 32; k++) to[k] = from[o + k] as number;
    this.used[entry] = 1;
  }

  /** The remembered digest (hex) of an entry. */
  digest(entry: number): string {
    return Buffer.from(this.digests.buffer, this.digests.byteOffset + 32 * entry, 32).toString(
      'hex',
    );
  }

  /**
   * Remembers digest `digest[at..at+32]` for the stat in `stat[statAt..statAt+32]`: [size,
   * mtime ns, ctime ns, inode] as native u64 (a byte view of the kernel's column). `entry` is
   * `find(path)`; `absent` says the caller knows the path is still not remembered (`find` said
   * -1, `stamp` has not changed since but by the caller's own appends of other paths).
   * The caller must not pass a file that changed less than a second ago (the hashing kernel
   * flags those RECENT): `forget` it instead.
   */
  remember(
    path: string,
    entry: number,
    stat: Uint8Array,
    statAt: number,
    digest: Uint8Array,
    at: number,
    absent = false,
  ): void {
    // `find` said no, but a concurrent batch may have added the path since.
    if (entry < 0 && !absent) entry = this.find(path);
    if (entry < 0) {
      entry = this.count++;
      this.appended++;
      this.reserve(this.count);
      this.paths[entry] = path; // filed in `index` when someone looks (fileNew)
      this.live[entry] = 1;
    }
    // Byte copies: no BigInt and no view allocated per file.
    const to = this.statBytes;
    for (let k = 0, o = 32 * entry; k < 32; k++) to[o + k] = stat[statAt + k] as number;
    const digests = this.digests;
    for (let k = 0, o = 32 * entry; k < 32; k++) digests[o + k] = digest[at + k] as number;
    this.used[entry] = 1;
    this.dirty = true;
  }

  /** Drops what is remembered about a path (it changed too recently to be remembered). */
  forget(path: string): void {
    this.fileNew();
    const entry = this.index.get(path);
    if (entry === undefined) return;
    this.index.delete(path);
    this.live[entry] = 0;
    this.dirty = true;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, this.encode());
      renameSync(tmp, this.file);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
    this.dirty = false;
  }

  /** Files the entries appended since the last lookup in `index`. */
  private fileNew(): void {
    for (let e = this.indexed; e < this.count; e++) {
      if (!this.live[e]) continue;
      const path = this.paths[e] as string;
      // Appending checks `find` first, so a path appears once; should it not, the later wins.
      const before = this.index.get(path);
      if (before !== undefined) this.live[before] = 0;
      this.index.set(path, e);
    }
    this.indexed = this.count;
  }

  private clear(): void {
    this.index.clear();
    this.indexed = 0;
    this.paths = [];
    this.count = 0;
    this.reserve(0);
  }

  private reserve(wanted: number): void {
    if (wanted <= this.live.length && this.live.length > 0) return;
    const capacity = Math.max(1024, wanted, this.live.length * 2);
    const grow = <T extends BigUint64Array | Uint8Array>(
      old: T,
      make: (n: number) => T,
      k: number,
    ) => {
      const next = make(capacity * k);
      next.set(old as never);
      return next;
    };
    this.stats = grow(this.stats, (n) => new BigUint64Array(n), 4);
    this.statBytes = new Uint8Array(this.stats.buffer);
    this.digests = grow(this.digests, (n) => new Uint8Array(n), 32);
    this.live = grow(this.live, (n) => new Uint8Array(n), 1);
    this.used = grow(this.used, (n) => new Uint8Array(n), 1);
  }

  /**
   * MAGIC, u32 byte order, u32 count, u32 bytes of paths; the paths (UTF-8, NUL-separated),
   * zero padding to 8; count × 4 u64 stats (native byte order); count × 32 digest bytes.
   */
  private encode(): Buffer {
    // Unfiled entries are live and distinct (see remember): no need to file them to count.
    const live = this.index.size + (this.count - this.indexed);
    if (live !== this.count || this.count > MAX_ENTRIES) this.compact();
    const count = this.count;
    const paths = Buffer.from(this.paths.slice(0, count).join('\0'), 'utf8');
    const head = 8 + 12;
    const statsAt = align8(head + paths.length);
    const digestsAt = statsAt + 32 * count;
    const out = Buffer.alloc(digestsAt + 32 * count);
    out.write(MAGIC, 0, 'latin1');
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    view.setUint32(8, BYTE_ORDER, NATIVE_LE);
    view.setUint32(12, count, true);
    view.setUint32(16, paths.length, true);
    paths.copy(out, head);
    out.set(new Uint8Array(this.stats.buffer, 0, 32 * count), statsAt);
    out.set(this.digests.subarray(0, 32 * count), digestsAt);
    return out;
  }

  /** Removes forgotten entries (and, above MAX_ENTRIES, the ones this run did not use). */
  private compact(): void {
    this.fileNew();
    const over = this.index.size > MAX_ENTRIES;
    let k = 0;
    for (let e = 0; e < this.count; e++) {
      if (!this.live[e] || (over && !this.used[e])) {
        if (this.live[e]) this.index.delete(this.paths[e] as string);
        continue;
      }
      if (k !== e) {
        this.paths[k] = this.paths[e] as string;
        this.index.set(this.paths[k] as string, k);
        this.stats.copyWithin(4 * k, 4 * e, 4 * e + 4);
        this.digests.copyWithin(32 * k, 32 * e, 32 * e + 32);
        this.used[k] = this.used[e] as number;
      }
      this.live[k] = 1;
      k++;
    }
    this.live.fill(0, k, this.count);
    this.paths.length = k;
    this.count = k;
  }

  private decode(data: Buffer): void {
    if (data.length < 20 || data.toString('latin1', 0, 8) !== MAGIC) throw new Error('format');
    const view = new DataView(data.buffer, data.byteOffset, data.length);
    // The file stays on this machine; a copy from another byte order is just ignored.
    if (view.getUint32(8, NATIVE_LE) !== BYTE_ORDER) throw new Error('byte order');
    const count = view.getUint32(12, true);
    const pathBytes = view.getUint32(16, true);
    const statsAt = align8(20 + pathBytes);
    const digestsAt = statsAt + 32 * count;
    if (data.length !== digestsAt + 32 * count) throw new Error('truncated');
    this.paths = count === 0 ? [] : data.toString('utf8', 20, 20 + pathBytes).split('\0');
    if (this.paths.length !== count) throw new Error('paths');
    this.count = count;
    this.reserve(count);
    // Copy out of the file buffer (which need not be 8-byte aligned).
    const raw = new Uint8Array(this.stats.buffer, 0, 32 * count);
    raw.set(data.subarray(statsAt, statsAt + 32 * count));
    this.digests.set(data.subarray(digestsAt, digestsAt + 32 * count));
    this.live.fill(1, 0, count);
    for (let e = 0; e < count; e++) this.index.set(this.paths[e] as string, e);
    this.indexed = count;
  }
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
