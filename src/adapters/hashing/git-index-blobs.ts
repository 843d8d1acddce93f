/**
 * Git blob id → SHA-256 of the blob's content (and its size): what turns "git's index says this
 * tracked file holds blob X" into our digest without reading the file.
 *
 * A pair is only learned from a file this process read and hashed both ways: SHA-1 over
 * "blob <size>\0" + content equal to the index's blob id, and SHA-256 of the same bytes. So every
 * pair is a fact about content, true in any work tree and any commit; stale pairs cannot exist,
 * only unused ones. The table lives in the repository's common git directory
 * (`.git/reprokit/blob-sha256`), next to the objects it describes: it survives `rm -rf .reprokit`
 * and `git clean -xfd`, and linked work trees share it.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { dirname } from 'node:path';

const MAGIC = 'RKBLOB01';
const NATIVE_LE = endianness() === 'LE';
const BYTE_ORDER = 0x01020304;
/** Beyond this many pairs (60 MB), a save keeps only the ones this run used or learned. */
const MAX_PAIRS = 1_000_000;

export class BlobDigests {
  private ids = new Uint8Array(0);
  private digests = new Uint8Array(0);
  private sizes = new Float64Array(0);
  private used = new Uint8Array(0);
  private count = 0;
  /** Open addressing on the first 4 bytes of the id; -1 = empty. */
  private table = new Int32Array(0);
  private dirty = false;
  /** Hex of pairs [0, hexCount): pairs are only ever appended, so it stays valid. */
  private hex = '';
  private hexCount = 0;

  private constructor(private readonly file: string | undefined) {}

  static load(file: string): BlobDigests {
    const map = new BlobDigests(file);
    try {
      map.decode(readFileSync(file));
    } catch {
      map.count = 0;
      map.reserve(0);
    }
    return map;
  }

  static inMemory(): BlobDigests {
    const map = new BlobDigests(undefined);
    map.reserve(0);
    return map;
  }

  get size(): number {
    return this.count;
  }

  /** The pair for the 20-byte id at `ids[at..]`, or -1. */
  find(ids: Uint8Array, at: number): number {
    const mask = this.table.length - 1;
    if (mask < 0) return -1;
    for (let slot = hash(ids, at) & mask; ; slot = (slot + 1) & mask) {
      const pair = this.table[slot] as number;
      if (pair < 0) return -1;
      if (sameId(this.ids, 20 * pair, ids, at)) {
        this.used[pair] = 1;
        return pair;
      }
    }
  }

  blobSize(pair: number): number {
    return this.sizes[pair] as number;
  }

  digest(pair: number): string {
    if (pair < this.hexCount) return this.hex.slice(64 * pair, 64 * pair + 64);
    return Buffer.from(this.digests.buffer, this.digests.byteOffset + 32 * pair, 32).toString(
      'hex',
    );
  }

  /** Converts every digest to hex at once (a third of the cost of one call per pair). */
  prepareHex(): void {
    if (this.hexCount === this.count) return;
    this.hex = Buffer.from(this.digests.buffer, this.digests.byteOffset, 32 * this.count).toString(
      'hex',
    );
    this.hexCount = this.count;
  }

  /** Records that blob `ids[at..at+20]` has SHA-256 `digest[dat..dat+32]` and `size` bytes. */
  learn(ids: Uint8Array, at: number, digest: Uint8Array, dat: number, size: number): void {
    if (this.find(ids, at) >= 0) return;
    this.reserve(this.count + 1);
    const pair = this.count++;
    this.ids.set(ids.subarray(at, at + 20), 20 * pair);
    this.digests.set(digest.subarray(dat, dat + 32), 32 * pair);
    this.sizes[pair] = size;
    this.used[pair] = 1;
    this.insert(pair);
    this.dirty = true;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, this.encode());
      renameSync(tmp, this.file);
    } catch {
      rmSync(tmp, { force: true }); // a read-only repository: keep working without the table
    }
    this.dirty = false;
  }

  private reserve(wanted: number): void {
    if (wanted <= this.sizes.length && this.table.length > 0) return;
    const capacity = Math.max(1024, wanted, 2 * this.sizes.length);
    const ids = new Uint8Array(20 * capacity);
    ids.set(this.ids);
    const digests = new Uint8Array(32 * capacity);
    digests.set(this.digests);
    const sizes = new Float64Array(capacity);
    sizes.set(this.sizes);
    const used = new Uint8Array(capacity);
    used.set(this.used);
    this.ids = ids;
    this.digests = digests;
    this.sizes = sizes;
    this.used = used;
    let slots = 1;
    while (slots < 2 * capacity) slots *= 2;
    this.table = new Int32Array(slots).fill(-1);
    for (let pair = 0; pair < this.count; pair++) this.insert(pair);
  }

  private insert(pair: number): void {
    const mask = this.table.length - 1;
    let slot = hash(this.ids, 20 * pair) & mask;
    while ((this.table[slot] as number) >= 0) slot = (slot + 1) & mask;
    this.table[slot] = pair;
  }

  /** MAGIC, u32 byte order, u32 count; ids (20 × count), digests (32 × count), pad to 8, sizes (f64). */
  private encode(): Buffer {
    let keep = Array.from({ length: this.count }, (_, k) => k);
    if (keep.length > MAX_PAIRS) keep = keep.filter((k) => this.used[k]);
    const n = keep.length;
    const sizesAt = align8(16 + 52 * n);
    const out = Buffer.alloc(sizesAt + 8 * n);
    out.write(MAGIC, 0, 'latin1');
    const view = new DataView(out.buffer, out.byteOffset, out.length);
    view.setUint32(8, BYTE_ORDER, NATIVE_LE);
    view.setUint32(12, n, NATIVE_LE);
    keep.forEach((pair, k) => {
      out.set(this.ids.subarray(20 * pair, 20 * pair + 20), 16 + 20 * k);
      out.set(this.digests.subarray(32 * pair, 32 * pair + 32), 16 + 20 * n + 32 * k);
      view.setFloat64(sizesAt + 8 * k, this.sizes[pair] as number, NATIVE_LE);
    });
    return out;
  }

  private decode(data: Buffer): void {
    if (data.length < 16 || data.toString('latin1', 0, 8) !== MAGIC) throw new Error('format');
    const view = new DataView(data.buffer, data.byteOffset, data.length);
    if (view.getUint32(8, NATIVE_LE) !== BYTE_ORDER) throw new Error('byte order');
    const n = view.getUint32(12, NATIVE_LE);
    const sizesAt = align8(16 + 52 * n);
    if (data.length !== sizesAt + 8 * n) throw new Error('truncated');
    this.count = 0;
    this.reserve(n);
    this.ids.set(data.subarray(16, 16 + 20 * n));
    this.digests.set(data.subarray(16 + 20 * n, 16 + 52 * n));
    new Uint8Array(this.sizes.buffer, 0, 8 * n).set(data.subarray(sizesAt, sizesAt + 8 * n));
    this.count = n;
    for (let pair = 0; pair < n; pair++) this.insert(pair);
  }
}

function hash(ids: Uint8Array, at: number): number {
  return (
    (((ids[at] as number) << 24) |
      ((ids[at + 1] as number) << 16) |
      ((ids[at + 2] as number) << 8) |
      (ids[at + 3] as number)) >>>
    0
  );
}

function sameId(a: Uint8Array, at: number, b: Uint8Array, bt: number): boolean {
  for (let k = 0; k < 20; k++) if (a[at + k] !== b[bt + k]) return false;
  return true;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}
