import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { sep } from 'node:path';
import type { FileDigest } from '../../core/record.js';
import type { Hasher, VouchedTree } from '../../ports.js';
import { GitIndex } from './git-index.js';
import type { IndexSnapshot } from './git-index.js';
import type { BlobDigests } from './git-index-blobs.js';
import { HashPool, kernel } from './hash-worker-pool.js';
import type { FilesViews } from './hash-kernel.js';
import { trace } from './trace.js';
import { vouchTrackedTree } from './tracked-tree.js';
import type { StatCache } from './stat-cache.js';

/**
 * A file's digest (docs/performance.md, "Hashing"):
 * - up to LEAF_SIZE (8 MiB): the SHA-256 of its content, hex (what `sha256sum` prints);
 * - larger: SHA-512/256 over "reprokit-chunked-sha256-v1", NUL, the size (u64 big-endian), the
 *   leaf size (u32 big-endian) and the SHA-256 of each 8 MiB leaf in order, hex. The leaves are
 *   independent, so one large file is hashed on every core; SHA-512/256 for the root keeps a
 *   chunked digest from ever equalling the plain SHA-256 of some other (small) file.
 */
export const LEAF_SIZE = kernel.leafSize;

/** A batch this large is shared with worker threads (which take ~40 ms to boot). */
const SHARE_FILES = 1000;
/** Batches this small run on the main thread in a job buffer kept for them. */
const TINY = 8;
/** Once the workers run, smaller batches are shared too. */
const SHARE_FILES_WARM = 64;
/** Large files worth waking the workers for, in total bytes. */
const SHARE_BYTES = 32 * 1024 * 1024;
/** Batches this large consult git's index (parsing it costs ~30 ms per 100,000 entries). */
const GIT_FILES = 256;
/**
 * Batches (and tracked directories, tracked-tree.ts) this large ask `git diff-files` (one
 * process, 60-95 ms per 100,000 files): below it, checking by stat costs less than starting git.
 */
const GIT_DIFF_FILES = 2000;
/**
 * An index this large (~10,000 entries) is parsed while git runs, rather than first (which lets
 * a batch with no tracked files skip git). On 2 cores the overlap gains little, git itself uses
 * both; on more it hides the parse.
 */
const GIT_BIG_INDEX = 1024 * 1024;

/**
 * The digest of a file as the hasher defines it (plain SHA-256 up to 8 MiB, chunked above): the
 * caches verify stored objects with it. `size` is ignored (the file's own size decides).
 */
export function sha256File(abs: string, _size?: number): string {
  return kernel.digestFileSync(abs).digest;
}

export function sha256Text(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let processPool: HashPool | undefined;

export interface FileHasherOptions {
  /** The project root (`toAbsolute(p)` = root/p): its git work tree, if any, is consulted. */
  readonly root?: string;
  /** Defaults to one pool per process. */
  readonly pool?: HashPool;
  /** The clock deciding what changed too recently to be remembered (tests). */
  readonly now?: () => number;
  /** Tracked directories this large are vouched for by git as a whole (tests lower it). */
  readonly trackedTreeMinFiles?: number;
}

/** A file found larger than a leaf, as the first pass saw it. */
interface LargeFile {
  readonly path: string;
  readonly size: number;
  /** [size, mtime ns, ctime ns, inode] as native u64 bytes, for the stat cache. */
  readonly stat: Uint8Array;
  readonly recent: boolean;
  readonly executable: boolean;
}

interface GitView {
  readonly index: GitIndex;
  readonly snapshot: IndexSnapshot;
  readonly blobs: BlobDigests;
}

/**
 * Hashes workspace files (docs/performance.md, "Hashing"). Ways to know a digest without reading
 * the file, cheapest first:
 * 1. a tracked file git finds unmodified (`git diff-files`, for large batches) whose blob's
 *    digest is known (git-index-blobs.ts);
 * 2. the stat cache: the file's stat equals what it was when last hashed;
 * 3. a tracked file whose stat equals its index entry, blob digest known.
 * (2) and (3) are checked by the hashing kernel, which reads and hashes what neither vouches for,
 * on the main thread and worker threads together.
 */
export class FileHasher implements Hasher {
  private readonly pool: HashPool;
  private git: GitIndex | undefined | null = null; // null: not looked for yet
  private tinyJob: FilesViews | undefined;

  constructor(
    private readonly toAbsolute: (path: string) => string,
    private readonly statCache: StatCache,
    private readonly options: FileHasherOptions = {},
  ) {
    this.pool = options.pool ?? (processPool ??= new HashPool());
  }

  /** Writes the stat cache and the blob digests learned in this run. */
  save(): void {
    this.statCache.save();
    if (this.git) this.git.save();
  }

  async vouchTree(dir: string, files: number): Promise<VouchedTree | undefined> {
    const index = dir === '' ? undefined : this.gitIndex();
    if (!index) return undefined;
    return vouchTrackedTree(dir, files, {
      index,
      abs: this.toAbsolute,
      hashFiles: (paths) => this.hashFiles(paths),
      sha256: sha256Text,
      minFiles: this.options.trackedTreeMinFiles ?? GIT_DIFF_FILES,
      bigIndexBytes: GIT_BIG_INDEX,
    });
  }

  async hashFiles(paths: readonly string[]): Promise<Map<string, FileDigest>> {
    const found = new Map<string, FileDigest>();
    let list = unique(paths);
    if (list.length === 0) return found;
    trace(`batch of ${list.length}`);
    const index = list.length >= GIT_FILES ? this.gitIndex() : undefined;
    let git: GitView | undefined;
    if (index && list.length >= GIT_DIFF_FILES && index.blobs().size >= GIT_DIFF_FILES) {
      // Large batch, blob digests known (not a first run): git checks the tracked files' stat,
      // we translate blob ids to digests. With a large index, git starts first and we parse the
      // index while it runs.
      const dir = commonDir(list);
      let asking = index.indexBytes() >= GIT_BIG_INDEX ? index.modified(dir) : undefined;
      git = this.view(index, list);
      trace(`index: ${git?.snapshot.size ?? 0} entries, ${git?.blobs.size ?? 0} blob digests`);
      if (!asking && git && git.snapshot.size >= GIT_DIFF_FILES) asking = index.modified(dir);
      const modified = git && asking ? await asking : undefined;
      trace(`git diff-files: ${modified ? `${modified.paths.size} modified` : 'not used'}`);
      if (git && modified && modified.key === index.snapshotKey)
        list = this.fromGit(list, git, modified.paths, found);
      trace(`from git: ${found.size}`);
    } else if (index) git = this.view(index, list);
    if (list.length > 0) await this.hashRest(list, git, found);
    trace('batch done');
    return found;
  }

  /** Tracked files git found unmodified, with a known blob digest; returns the others. */
  private fromGit(
    list: readonly string[],
    git: GitView,
    modified: ReadonlySet<string>,
    found: Map<string, FileDigest>,
  ): string[] {
    const { snapshot, blobs } = git;
    const entries = snapshot.findAll(list);
    blobs.prepareHex();
    const anyModified = modified.size > 0;
    const rest: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const path = list[i] as string;
      const entry = entries[i] as number;
      const pair =
        entry < 0 || (anyModified && modified.has(path))
          ? -1
          : blobs.find(snapshot.data, entry + 40);
      const size = pair < 0 ? -1 : blobs.blobSize(pair);
      if (pair < 0 || !snapshot.sizeIs(entry, size)) {
        rest.push(path);
        continue;
      }
      found.set(path, {
        path,
        digest: blobs.digest(pair),
        size,
        executable: snapshot.executable(entry),
      });
    }
    return rest;
  }

  /** The kernel's part: stat cache and index entries checked by stat, everything else read. */
  private async hashRest(
    list: readonly string[],
    git: GitView | undefined,
    found: Map<string, FileDigest>,
  ): Promise<void> {
    const n = list.length;
    const share = n >= SHARE_FILES || (this.pool.warm && n >= SHARE_FILES_WARM);
    // The kernel opens base + path: with the root known, no per-file path.join.
    const base = this.base();
    const names = base === undefined ? list.map((p) => this.toAbsolute(p)) : list;
    const entries = git ? git.snapshot.findAll(list) : undefined;
    // Where an expectation came from: entry >= 0 of the stat cache, or -2 - pair of the blobs.
    // (A stat cache entry is always the source when there is one: `remember` updates it.)
    const source = new Int32Array(n).fill(-1);
    // Index entry of a tracked file whose blob digest is unknown: learn it when hashed.
    const learn = new Int32Array(n).fill(-1);
    const cache = this.statCache;
    const { flag, status } = kernel;
    let stamp = -1;
    const prepare = (v: FilesViews) => {
      for (let i = 0; i < n; i++) {
        const entry = cache.find(list[i] as string);
        if (entry >= 0) {
          cache.expectation(entry, v.expect, 4 * i);
          v.flags[i] = flag.EXPECT;
          source[i] = entry;
          continue;
        }
        const tracked = entries ? (entries[i] as number) : -1;
        if (tracked < 0 || !git) continue;
        const pair = git.blobs.find(git.snapshot.data, git.snapshot.blobIdAt(tracked));
        if (pair < 0) {
          v.flags[i] = flag.GIT_SHA1;
          learn[i] = tracked;
        } else if (git.snapshot.expectation(tracked, git.blobs.blobSize(pair), v.expect, 4 * i)) {
          v.flags[i] = flag.EXPECT | flag.INO32;
          source[i] = -2 - pair;
        }
      }
      stamp = cache.stamp;
    };
    const nowMs = (this.options.now ?? Date.now)();
    const views =
      !share && n <= TINY
        ? this.tiny(names, base ?? '', nowMs, prepare)
        : await this.pool.files(names, base ?? '', share, nowMs, prepare);
    trace(`kernel: ${n} files`);
    // One hex string for the batch, sliced per file: a third of the cost of one call per file.
    let hex: string | undefined;
    const digests = Buffer.from(views.digest.buffer, views.digest.byteOffset, 32 * n);
    const statBytes = new Uint8Array(views.stat.buffer, views.stat.byteOffset, 32 * n);
    const large: LargeFile[] = [];
    // Nobody remembered anything while we hashed: what `find` did not know, it still does not
    // (the list has no repeats), so remembering needs no second lookup per file.
    const absent = cache.stamp === stamp;
    for (let i = 0; i < n; i++) {
      const path = list[i] as string;
      const code = views.status[i] as number;
      const executable = ((views.mode[i] as number) & 0o111) !== 0;
      let digest: string;
      switch (code & status.MASK) {
        case status.UNCHANGED: {
          const from = source[i] as number;
          digest = from >= 0 ? cache.digest(from) : (git as GitView).blobs.digest(-2 - from);
          break;
        }
        case status.HASHED:
          hex ??= digests.toString('hex');
          digest = hex.slice(64 * i, 64 * i + 64);
          if (code & status.RECENT) cache.forget(path);
          else {
            const entry = source[i] as number;
            cache.remember(path, entry, statBytes, 32 * i, views.digest, 32 * i, absent);
          }
          if ((learn[i] as number) >= 0) learnBlob(git as GitView, learn[i] as number, views, i);
          break;
        case status.LARGE:
          // Copied out: the job's memory may be reused once we await.
          large.push({
            path,
            size: Number(views.stat[4 * i]),
            stat: statBytes.slice(32 * i, 32 * i + 32),
            recent: (code & status.RECENT) !== 0,
            executable,
          });
          continue;
        default:
          found.set(path, this.alone(path, this.toAbsolute(path)));
          continue;
      }
      found.set(path, { path, digest, size: Number(views.stat[4 * i]), executable });
    }
    trace(`results: ${n} files, ${large.length} large`);
    if (large.length > 0) await this.hashLarge(large, found);
  }

  /**
   * A batch of a few files (the common case when a plan checks stage by stage) on this thread,
   * in a job buffer kept for the purpose: no allocation, no await.
   */
  private tiny(
    names: readonly string[],
    base: string,
    nowMs: number,
    prepare: (views: FilesViews) => void,
  ): FilesViews {
    if (!this.tinyJob) {
      const sab = new SharedArrayBuffer(kernel.filesBytes(TINY));
      this.tinyJob = kernel.filesViews(sab, TINY);
    }
    const views = this.tinyJob;
    views.flags.fill(0);
    views.status.fill(0);
    views.now[0] = BigInt(Math.floor(nowMs)) * 1_000_000n;
    prepare(views);
    for (let i = 0; i < names.length; i++) kernel.fileAt(views, i, base + (names[i] as string));
    return views;
  }

  /** Hashes files larger than a leaf, their leaves shared between threads. */
  private async hashLarge(
    large: readonly LargeFile[],
    found: Map<string, FileDigest>,
  ): Promise<void> {
    const sizes = large.map((f) => f.size);
    const abs = large.map((f) => this.toAbsolute(f.path));
    const bytes = sizes.reduce((a, b) => a + b, 0);
    const share = this.pool.warm || bytes >= SHARE_BYTES;
    const { views, first } = await this.pool.chunks(abs, sizes, share);
    large.forEach((file, j) => {
      const from = first[j] as number;
      const to = first[j + 1] as number;
      if (views.status.subarray(from, to).some((s) => s !== kernel.status.HASHED)) {
        found.set(file.path, this.alone(file.path, abs[j] as string));
        return;
      }
      const leaves = views.leaves.subarray(32 * from, 32 * to);
      const digest = kernel.chunkedRoot(file.size, leaves);
      if (file.recent) this.statCache.forget(file.path);
      else {
        const bytes = Buffer.from(digest, 'hex');
        this.statCache.remember(file.path, this.statCache.find(file.path), file.stat, 0, bytes, 0);
      }
      found.set(file.path, {
        path: file.path,
        digest,
        size: file.size,
        executable: file.executable,
      });
    });
  }

  /** A file the kernel could not hash: again on this thread, so that its error is the real one. */
  private alone(path: string, abs: string): FileDigest {
    const stats = statSync(abs);
    const { digest, size } = kernel.digestFileSync(abs);
    return { path, digest, size, executable: (stats.mode & 0o111) !== 0 };
  }

  /** `root` + separator, when files can be named by concatenation (posix). */
  private base(): string | undefined {
    const root = this.options.root;
    if (root === undefined || sep !== '/') return undefined;
    return root.endsWith('/') ? root : `${root}/`;
  }

  private gitIndex(): GitIndex | undefined {
    if (this.git === null)
      this.git = this.options.root ? GitIndex.open(this.options.root) : undefined;
    return this.git;
  }

  /** The index and blob digests, unless they cannot vouch for this batch's files. */
  private view(index: GitIndex, list: readonly string[]): GitView | undefined {
    const snapshot = index.snapshot();
    if (!snapshot || snapshot.size === 0 || index.mayConvert(directories(list))) return undefined;
    return { index, snapshot, blobs: index.blobs() };
  }
}

/** The paths without repeats; a sorted list (a directory listing) is checked in one pass. */
function unique(paths: readonly string[]): readonly string[] {
  for (let i = 1; i < paths.length; i++)
    if (!((paths[i - 1] as string) < (paths[i] as string))) return [...new Set(paths)];
  return paths;
}

/** The distinct directories of a batch's paths ('' for the project root). */
function directories(list: readonly string[]): Set<string> {
  const dirs = new Set<string>();
  let last = '\0';
  for (const path of list) {
    const slash = path.lastIndexOf('/');
    // Consecutive paths in one directory (a listing): no slice, no set insertion.
    if (slash === last.length && path.startsWith(last)) continue;
    last = slash < 0 ? '' : path.slice(0, slash);
    dirs.add(last);
  }
  return dirs;
}

/** The directory holding every path of a batch ('' for the project root). */
function commonDir(list: readonly string[]): string {
  let common = list[0] as string;
  // A sorted list's common prefix is that of its first and last paths.
  const sorted = unique(list) === list;
  for (const path of sorted ? [list[list.length - 1] as string] : list) {
    if (path.startsWith(common)) continue;
    let k = 0;
    while (k < common.length && k < path.length && common[k] === path[k]) k++;
    common = common.slice(0, k);
  }
  const slash = common.lastIndexOf('/');
  return slash < 0 ? '' : common.slice(0, slash);
}

/** The file read was the index's blob (same git blob id): remember the blob's SHA-256. */
function learnBlob(git: GitView, entry: number, views: FilesViews, i: number): void {
  const at = git.snapshot.blobIdAt(entry);
  const id = git.snapshot.data;
  for (let k = 0; k < 20; k++) if (views.sha1[20 * i + k] !== id[at + k]) return;
  git.blobs.learn(id, at, views.digest, 32 * i, Number(views.stat[4 * i]));
}
