/**
 * Reads git's index (`.git/index`) to learn, without reading a tracked file, which blob it holds:
 * the index records each tracked file's blob id with the stat data (mtime, ctime, inode, size)
 * the file had when git last verified it. When the file's stat still equals that record, and the
 * record is not "racily clean", the file still holds the blob (the rule `git status` relies on).
 *
 * Git's blob id is SHA-1 over "blob <size>\0" + content, not our SHA-256 of the content; the
 * translation comes from `BlobDigests` (git-index-blobs.ts), which only holds pairs it verified
 * by hashing the content both ways. docs/performance.md ("Git index") explains why and the limits.
 *
 * Supported: index versions 2, 3 and 4, SHA-1 repositories, plain and linked work trees. A split
 * index, a SHA-256 repository or anything unexpected makes `snapshot()` return undefined: the
 * caller then hashes every file, which is always correct.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import type { SpawnSyncReturns } from 'node:child_process';
import { existsSync, lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve, sep } from 'node:path';
import { BlobDigests } from './git-index-blobs.js';
import { TreeDigests } from './git-index-trees.js';

export interface GitLocation {
  /** The work tree's top directory. */
  readonly top: string;
  /** Where the index is (`.git`, or `.git/worktrees/NAME` for a linked work tree). */
  readonly gitDir: string;
  /** Shared by all work trees of the repository: where the blob digests are kept. */
  readonly commonDir: string;
  /** The project root relative to the top, with a trailing `/` ('' when it is the top). */
  readonly prefix: string;
}

/** Finds the git work tree holding `root`, as git does (nearest `.git` upwards). */
export function locateGit(root: string): GitLocation | undefined {
  let real: string;
  try {
    real = realpathSync(root);
  } catch {
    return undefined;
  }
  for (let dir = real; ; dir = dirname(dir)) {
    const dotGit = join(dir, '.git');
    let gitDir: string | undefined;
    try {
      const st = lstatSync(dotGit);
      if (st.isDirectory()) gitDir = dotGit;
      else if (st.isFile()) {
        const line = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'));
        if (line) gitDir = resolve(dir, (line[1] as string).trim());
      }
    } catch {
      // no .git here
    }
    if (gitDir) {
      let commonDir = gitDir;
      try {
        commonDir = resolve(gitDir, readFileSync(join(gitDir, 'commondir'), 'utf8').trim());
      } catch {
        // not a linked work tree
      }
      const rel = relative(dir, real).split(sep).join('/');
      return { top: dir, gitDir, commonDir, prefix: rel === '' ? '' : `${rel}/` };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

const ENTRY_FIXED = 62;
const FLAG_ASSUME_VALID = 0x8000;
const FLAG_EXTENDED = 0x4000;
const FLAG_STAGE = 0x3000;
const EXT_SKIP_WORKTREE = 0x4000;
const EXT_INTENT_TO_ADD = 0x2000;
const MODE_TYPE = 0o170000;
const MODE_REGULAR = 0o100000;
const NS = 1_000_000_000n;
/** Left-out entries (symlinks, submodules…) kept by path; beyond this, none is vouched for. */
const MAX_LEFT_OUT = 4096;
/** A path's last part that makes its directory's attributes matter: `/.gitattributes`. */
const ATTRIBUTES = Buffer.from('/.gitattributes');

/**
 * One read of the index: tracked regular files under the project, by project-relative path.
 * Paths stay bytes (no string per entry); lookups compare a path's UTF-8 bytes with them, in
 * git's order (bytewise).
 */
export class IndexSnapshot {
  constructor(
    /** The whole index file. */
    readonly data: Buffer,
    /** Where the paths' bytes are: `data` (index versions 2 and 3) or a copy (version 4). */
    private readonly names: Buffer,
    /** Project-relative path k is names[starts[k] .. ends[k]), in git's order. */
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** The offset in `data` of entry k. */
    private readonly offsets: Int32Array,
    /** The index file's mtime: entries modified at or after it are "racily clean". */
    private readonly indexMtimeNs: bigint,
    /**
     * Project-relative paths of the entries under the project this snapshot leaves out (not a
     * regular file, or not checked by stat: symlinks, submodules, conflicts, skip-worktree,
     * assume-unchanged, intent-to-add); undefined when there were too many to keep.
     */
    private readonly leftOut: readonly string[] | undefined = [],
  ) {}

  get size(): number {
    return this.offsets.length;
  }

  /** The entry of a tracked file that git checks by stat, or -1. */
  find(path: string): number {
    const k = this.search(path, 0);
    return k < this.size && this.compare(path, k) === 0 ? (this.offsets[k] as number) : -1;
  }

  /**
   * `find` for a whole batch. A sorted batch (a directory listing) is merged with the sorted
   * entries: a few comparisons per path, no binary search, no hash map.
   */
  findAll(list: readonly string[]): Int32Array {
    const found = new Int32Array(list.length).fill(-1);
    const size = this.size;
    let k = 0; // the entry after the previous path's place
    for (let i = 0; i < list.length; i++) {
      const path = list[i] as string;
      const c = k < size ? this.compare(path, k) : -1;
      if (c === 0) {
        found[i] = this.offsets[k++] as number;
        continue;
      }
      // Before entry k but after entry k - 1: not in the index.
      if (c < 0 && (k === 0 || this.compare(path, k - 1) > 0)) continue;
      k = this.search(path, c > 0 ? k + 1 : 0);
      if (k < size && this.compare(path, k) === 0) found[i] = this.offsets[k++] as number;
    }
    return found;
  }

  /** First k >= from whose path is not before `path`, looking at the next few linearly first. */
  private search(path: string, from: number): number {
    const size = this.size;
    let k = from;
    for (const near = from + 4; k < near && k < size; k++) if (this.compare(path, k) <= 0) return k;
    let lo = k;
    let hi = size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(path, mid) > 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The order of `path` against path k, bytewise over UTF-8 (git's order). */
  private compare(path: string, k: number): number {
    const names = this.names;
    let at = this.starts[k] as number;
    const end = this.ends[k] as number;
    for (let j = 0; j < path.length; j++, at++) {
      const c = path.charCodeAt(j);
      if (c >= 0x80) return Buffer.from(path, 'utf8').compare(names, this.starts[k], end);
      if (at >= end) return 1;
      const b = names[at] as number;
      if (c !== b) return c - b;
    }
    return at < end ? -1 : 0;
  }

  /** Offset of the entry's 20-byte blob id in `data`. */
  blobIdAt(entry: number): number {
    return entry + 40;
  }

  /** The entry's mode says executable (100755). */
  executable(entry: number): boolean {
    return (this.data.readUInt32BE(entry + 24) & 0o111) !== 0;
  }

  /** The entry was recorded with this size (mod 2^32, as git keeps it). */
  sizeIs(entry: number, size: number): boolean {
    return this.data.readUInt32BE(entry + 36) === size % 2 ** 32;
  }

  /** Kept entries [from, to) are the tracked regular files inside `dir` (project-relative). */
  within(dir: string): { readonly from: number; readonly to: number } {
    // Every path inside `dir` sorts after `dir/` and before `dir0` ('0' follows '/').
    const from = this.search(`${dir}/`, 0);
    return { from, to: this.search(`${dir}0`, from) };
  }

  /** Whether an entry inside `dir` was left out (see `leftOut`): then the entries are not all. */
  leavesOutWithin(dir: string): boolean {
    if (this.leftOut === undefined) return true;
    const inside = `${dir}/`;
    return this.leftOut.some((path) => path.startsWith(inside));
  }

  /** Offset in `data` of kept entry k. */
  entryAt(k: number): number {
    return this.offsets[k] as number;
  }

  /** The project-relative path of kept entry k, from byte `skip` of it on. */
  pathAt(k: number, skip = 0): string {
    return this.names.toString('utf8', (this.starts[k] as number) + skip, this.ends[k]);
  }

  /**
   * The directories (project-relative) of the `.gitattributes` files among entries [from, to):
   * one search of the paths' bytes, not a look at every entry.
   */
  attributesDirectoriesOf(from: number, to: number): string[] {
    const dirs: string[] = [];
    if (from >= to) return dirs;
    const names = this.names;
    const last = (this.ends[to - 1] as number) - ATTRIBUTES.length;
    for (let at = names.indexOf(ATTRIBUTES, this.starts[from]); at >= 0 && at <= last;) {
      // The entry holding the match (paths are laid out in order); it must end with the name.
      let lo = from;
      let hi = to - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((this.starts[mid] as number) <= at) lo = mid;
        else hi = mid - 1;
      }
      if (at + ATTRIBUTES.length === this.ends[lo] && at > (this.starts[lo] as number))
        dirs.push(names.toString('utf8', this.starts[lo], at));
      at = names.indexOf(ATTRIBUTES, at + 1);
    }
    return dirs;
  }

  /** Bytes the entries [from, to) were recorded with (each mod 2^32, as git keeps them). */
  recordedBytes(from: number, to: number): number {
    let bytes = 0;
    for (let k = from; k < to; k++)
      bytes += this.data.readUInt32BE((this.offsets[k] as number) + 36);
    return bytes;
  }

  /**
   * SHA-256 (hex) over what entries [from, to) say about content: each one's path, blob id and
   * recorded size, nothing about stat. Equal in every checkout of the same tree; `salt` names
   * what the caller derives from it.
   */
  contentKey(from: number, to: number, salt: string): string {
    const hash = createHash('sha256').update(salt).update('\0');
    // One update per 64 KiB, not three per entry: a directory can hold 100,000 entries.
    let scratch = Buffer.allocUnsafe(64 * 1024);
    let used = 0;
    for (let k = from; k < to; k++) {
      const start = this.starts[k] as number;
      const end = this.ends[k] as number;
      if (used + (end - start) + 25 > scratch.length) {
        hash.update(scratch.subarray(0, used));
        used = 0;
        if (end - start + 25 > scratch.length) scratch = Buffer.allocUnsafe(end - start + 25);
      }
      // Byte loops: Buffer.copy costs a typed-array view per call, 300,000 calls here.
      const names = this.names;
      for (let at = start; at < end; at++) scratch[used++] = names[at] as number;
      scratch[used++] = 0;
      const entry = this.offsets[k] as number;
      const data = this.data;
      for (let at = entry + 40; at < entry + 60; at++) scratch[used++] = data[at] as number; // blob id
      for (let at = entry + 36; at < entry + 40; at++) scratch[used++] = data[at] as number; // size
    }
    return hash.update(scratch.subarray(0, used)).digest('hex');
  }

  /**
   * Writes the stat the file must have to still hold the entry's blob, [size, mtime ns, ctime ns,
   * inode (low 32 bits, as git keeps it)], given the blob's exact size. False when the entry
   * cannot vouch for the file: racily clean, or recorded with another size (a checkout filter
   * such as LFS or CRLF conversion, or an entry git "smudged").
   */
  expectation(entry: number, blobSize: number, into: BigUint64Array, offset: number): boolean {
    const d = this.data;
    if (!this.sizeIs(entry, blobSize)) return false;
    const mtimeNs = BigInt(d.readUInt32BE(entry + 8)) * NS + BigInt(d.readUInt32BE(entry + 12));
    if (mtimeNs === 0n || mtimeNs >= this.indexMtimeNs) return false;
    into[offset] = BigInt(blobSize);
    into[offset + 1] = mtimeNs;
    into[offset + 2] = BigInt(d.readUInt32BE(entry)) * NS + BigInt(d.readUInt32BE(entry + 4));
    into[offset + 3] = BigInt(d.readUInt32BE(entry + 20));
    return true;
  }
}

/**
 * Parses an index file (format: git's Documentation/gitformat-index.txt). Keeps stage-0 regular
 * files under `prefix` that git checks by stat (not assume-unchanged, skip-worktree or
 * intent-to-add); returns undefined for what it does not support.
 */
export function parseIndex(
  data: Buffer,
  prefix: string,
  indexMtimeNs: bigint,
): IndexSnapshot | undefined {
  if (data.length < 12 + 20 || data.toString('latin1', 0, 4) !== 'DIRC') return undefined;
  const version = data.readUInt32BE(4);
  if (version < 2 || version > 4) return undefined;
  const count = data.readUInt32BE(8);
  const end = data.length - 20; // trailing SHA-1 checksum
  const pre = Buffer.from(prefix, 'utf8');
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const offsets = new Int32Array(count);
  let kept = 0;
  // Version 4 keeps only each path's difference from the previous one: full paths go here.
  const copies: Buffer[] = [];
  let copied = 0;
  let name = Buffer.alloc(4096); // version 4: the previous entry's path
  let nameLength = 0;
  let leftOut: string[] | undefined = [];
  let off = 12;
  for (let k = 0; k < count; k++) {
    if (off + ENTRY_FIXED > end) return undefined;
    const entryOffset = off;
    const flags = ((data[off + 60] as number) << 8) | (data[off + 61] as number);
    let extFlags = 0;
    let nameAt = off + ENTRY_FIXED;
    if (flags & FLAG_EXTENDED) {
      if (version < 3) return undefined;
      extFlags = ((data[nameAt] as number) << 8) | (data[nameAt + 1] as number);
      nameAt += 2;
    }
    let pathStart: number;
    let pathEnd: number;
    let source: Buffer;
    if (version === 4) {
      // varint: bytes to drop from the end of the previous path, then a NUL-terminated suffix
      let at = nameAt;
      let byte = data[at++] as number;
      let strip = byte & 127;
      while (byte & 128) {
        byte = data[at++] as number;
        strip = ((strip + 1) << 7) | (byte & 127);
      }
      const nul = data.indexOf(0, at);
      if (nul < 0 || nul >= end || strip > nameLength) return undefined;
      const same = nameLength - strip;
      const total = same + (nul - at);
      if (total > name.length) {
        const bigger = Buffer.alloc(Math.max(total, 2 * name.length));
        name.copy(bigger, 0, 0, same);
        name = bigger;
      }
      data.copy(name, same, at, nul);
      nameLength = total;
      source = name;
      pathStart = 0;
      pathEnd = total;
      off = nul + 1;
    } else {
      const declared = flags & 0xfff;
      pathStart = nameAt;
      pathEnd = declared < 0xfff ? nameAt + declared : data.indexOf(0, nameAt);
      if (pathEnd < 0 || pathEnd > end) return undefined;
      source = data;
      const fixed = nameAt - off;
      off += (fixed + (pathEnd - nameAt) + 8) & ~7;
    }
    // mode: bytes 24-27; the file type is in the top bits of byte 26 (0o100000 = 0x8000)
    const type =
      (((data[entryOffset + 26] as number) << 8) | (data[entryOffset + 27] as number)) & MODE_TYPE;
    if (
      pathEnd - pathStart <= pre.length ||
      (pre.length > 0 &&
        source.compare(pre, 0, pre.length, pathStart, pathStart + pre.length) !== 0)
    )
      continue; // outside the project
    if (
      type !== MODE_REGULAR ||
      flags & (FLAG_STAGE | FLAG_ASSUME_VALID) ||
      extFlags & (EXT_SKIP_WORKTREE | EXT_INTENT_TO_ADD)
    ) {
      if (leftOut && leftOut.length < MAX_LEFT_OUT)
        leftOut.push(source.toString('utf8', pathStart + pre.length, pathEnd));
      else leftOut = undefined; // a sparse checkout, say: no directory is vouched for
      continue;
    }
    if (source === data) {
      starts[kept] = pathStart + pre.length;
      ends[kept] = pathEnd;
    } else {
      const copy = Buffer.from(source.subarray(pathStart + pre.length, pathEnd));
      copies.push(copy);
      starts[kept] = copied;
      copied += copy.length;
      ends[kept] = copied;
    }
    offsets[kept++] = entryOffset;
  }
  // Extensions; a split index ("link") keeps most entries in another file: not supported.
  while (off + 8 <= end) {
    const signature = data.toString('latin1', off, off + 4);
    if (signature === 'link') return undefined;
    off += 8 + data.readUInt32BE(off + 4);
  }
  return new IndexSnapshot(
    data,
    version === 4 ? Buffer.concat(copies, copied) : data,
    starts.subarray(0, kept),
    ends.subarray(0, kept),
    offsets.subarray(0, kept),
    indexMtimeNs,
    leftOut,
  );
}

/** The environment for git: no GIT_* variable choosing another repository, index or config. */
function gitEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !name.startsWith('GIT_')) env[name] = value;
  env['GIT_OPTIONAL_LOCKS'] = '0';
  return env;
}

function readOr(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The attributes file exists and mentions a filter or a working-tree encoding (or a macro). */
function namesConversion(file: string): boolean {
  return /filter|working-tree-encoding|\[attr\]/i.test(readOr(file));
}

/**
 * The configuration files git reads for a repository (with no GIT_* variable set): the
 * system's (/etc/gitconfig, and etc/gitconfig beside each git on PATH, for a git installed
 * under another prefix), the user's, the repository's and the work tree's.
 */
function configFiles(location: GitLocation, home: string, xdg: string): string[] {
  const files = [
    '/etc/gitconfig',
    join(home, '.gitconfig'),
    join(xdg, 'git', 'config'),
    join(location.commonDir, 'config'),
    join(location.gitDir, 'config.worktree'),
  ];
  for (const dir of (process.env['PATH'] ?? '').split(delimiter))
    if (dir !== '' && existsSync(join(dir, 'git'))) files.push(join(dir, '..', 'etc', 'gitconfig'));
  return files;
}

/** The git index of the work tree that holds a project, re-read whenever the file changes. */
export class GitIndex {
  private key = '';
  private current: IndexSnapshot | undefined;
  private digests: BlobDigests | undefined;
  private treeDigests: TreeDigests | undefined;
  private globalConversions: boolean | undefined;
  /** Top-relative directory → its .gitattributes names a filter or working-tree-encoding. */
  private readonly dirConversions = new Map<string, boolean>();

  private constructor(readonly location: GitLocation) {}

  /**
   * Whether a file in one of these directories (project-relative) could hold other bytes than
   * its blob with the same size, so that "git finds it clean" and "the blob has this size" do not
   * prove the content: a `filter` (clean/smudge, e.g. LFS, git-crypt) or a `working-tree-encoding`
   * attribute. (End-of-line conversion and `ident` always change the size when they change
   * the content, which the callers check.) Looks, conservatively, for those words in every
   * attributes file that could apply: `.gitattributes` in these directories and above them
   * (tracked or not), `info/attributes`, `core.attributesFile` (asked from git once, and only
   * when a configuration file mentions it or an include), the user's default and the system's
   * (/etc/gitattributes) attributes files.
   */
  mayConvert(dirs: Iterable<string>): boolean {
    if (this.globalConversions === undefined) {
      const home = process.env['HOME'] ?? '';
      const xdg = process.env['XDG_CONFIG_HOME'] || join(home, '.config');
      const { gitDir, commonDir } = this.location;
      const files = [
        join(gitDir, 'info', 'attributes'),
        join(commonDir, 'info', 'attributes'),
        join(xdg, 'git', 'attributes'),
        '/etc/gitattributes',
      ];
      // core.attributesFile, as git resolves it (includes and all), but only asked from git when
      // a configuration file could set it: starting git costs 10-30 ms on a quiet machine and
      // over a second on a loaded one (a fork of this process), for an answer that is almost
      // always "not set". The list of files is Linux's; elsewhere (Git for Windows, Apple's
      // git in Xcode) the system configuration lives where it is not known, so git is asked.
      const configs = configFiles(this.location, home, xdg);
      const mayBeSet =
        process.platform !== 'linux' ||
        configs.some((file) => /attributesfile|include/i.test(readOr(file)));
      let configured: SpawnSyncReturns<string> | undefined;
      if (mayBeSet) {
        configured = spawnSync(
          'git',
          [`--git-dir=${gitDir}`, 'config', '--path', '--get', 'core.attributesFile'],
          { env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
        );
        if (configured.status === 0) files.push(configured.stdout.trim());
      }
      this.globalConversions =
        files.some((file) => namesConversion(file)) ||
        (configured !== undefined &&
          configured.status !== 0 &&
          configured.status !== 1 && // 1: not set
          configs.some((file) => /attributesfile/i.test(readOr(file))));
    }
    if (this.globalConversions) return true;
    for (const dir of dirs) {
      // From the directory up to the top of the work tree (top-relative, '' = top).
      for (let d = `${this.location.prefix}${dir}`.replace(/\/$/, ''); ;) {
        let named = this.dirConversions.get(d);
        if (named === undefined) {
          named = namesConversion(join(this.location.top, d, '.gitattributes'));
          this.dirConversions.set(d, named);
        }
        if (named) return true;
        if (d === '') break;
        const slash = d.lastIndexOf('/');
        d = slash < 0 ? '' : d.slice(0, slash);
      }
    }
    return false;
  }

  /** undefined when the project is not in a git work tree or the repository is not SHA-1. */
  static open(root: string): GitIndex | undefined {
    const location = locateGit(root);
    if (!location) return undefined;
    try {
      const config = readFileSync(join(location.commonDir, 'config'), 'utf8');
      if (/^\s*objectformat\s*=\s*(?!sha1\b)/im.test(config)) return undefined;
    } catch {
      // no config: defaults (SHA-1)
    }
    return new GitIndex(location);
  }

  /** Identity of the index file as it is now ('' when there is none). */
  indexKey(): string {
    const st = statSync(join(this.location.gitDir, 'index'), {
      bigint: true,
      throwIfNoEntry: false,
    });
    return st ? `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}` : '';
  }

  /** Bytes in the index file (0 when there is none): a hint of what parsing it costs. */
  indexBytes(): number {
    return statSync(join(this.location.gitDir, 'index'), { throwIfNoEntry: false })?.size ?? 0;
  }

  /**
   * Asks git which tracked files under `dir` (project-relative, '' for all) differ from the
   * index: `git diff-files`, which compares each file's stat with its entry on several threads,
   * reads racily clean files, and never writes the index. Every other tracked file under `dir`
   * holds its entry's blob. Returns project-relative paths, or undefined when git is missing or
   * fails, or the index changed meanwhile (so that what git compared with is not `snapshot()`).
   */
  async modified(
    dir: string,
    signal?: AbortSignal,
  ): Promise<{ readonly key: string; readonly paths: Set<string> } | undefined> {
    const { top, gitDir, prefix } = this.location;
    const key = this.indexKey();
    if (key === '') return undefined;
    const env = gitEnv();
    const where = `${prefix}${dir}`.replace(/\/$/, '');
    const args = [
      `--git-dir=${gitDir}`,
      `--work-tree=${top}`,
      // What git trusts must not depend on the user's configuration: compare every stat field
      // and the executable bit, and look at every file (no file system monitor).
      '-c',
      'core.fsmonitor=false',
      '-c',
      'core.checkStat=default',
      '-c',
      'core.trustctime=true',
      '-c',
      'core.fileMode=true',
      '-c',
      'core.ignoreStat=false',
      'diff-files',
      '--name-only',
      '-z',
      '--ignore-submodules=all',
      ...(where === '' ? [] : ['--', `:(literal)${where}`]),
    ];
    const output = await new Promise<Buffer | undefined>((done) => {
      let child;
      try {
        child = spawn('git', args, {
          cwd: top,
          env,
          stdio: ['ignore', 'pipe', 'ignore'],
          ...(signal ? { signal } : {}),
        });
      } catch {
        done(undefined);
        return;
      }
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('error', () => done(undefined));
      child.on('close', (code) => done(code === 0 ? Buffer.concat(chunks) : undefined));
    });
    if (!output || this.indexKey() !== key) return undefined;
    const paths = new Set<string>();
    for (const path of output.toString('utf8').split('\0'))
      if (path.startsWith(prefix) && path.length > prefix.length)
        paths.add(path.slice(prefix.length));
    return { key, paths };
  }

  /** The index as it is now; undefined when there is none or it cannot be used. */
  snapshot(): IndexSnapshot | undefined {
    const file = join(this.location.gitDir, 'index');
    for (let attempt = 0; attempt < 3; attempt++) {
      let before;
      try {
        before = statSync(file, { bigint: true });
      } catch {
        return undefined;
      }
      const key = `${before.ino}:${before.size}:${before.mtimeNs}:${before.ctimeNs}`;
      if (key === this.key) return this.current;
      let data: Buffer;
      try {
        data = readFileSync(file);
      } catch {
        return undefined;
      }
      const after = statSync(file, { bigint: true, throwIfNoEntry: false });
      // git replaces the index by renaming a new file over it: a change shows in the inode.
      if (!after || `${after.ino}:${after.size}:${after.mtimeNs}:${after.ctimeNs}` !== key)
        continue;
      this.key = key;
      this.current = parseIndex(data, this.location.prefix, before.mtimeNs);
      return this.current;
    }
    return undefined;
  }

  /** The identity of the index file `snapshot()` last read. */
  get snapshotKey(): string {
    return this.key;
  }

  /** SHA-256 digests of blobs, kept in the repository's common git directory. */
  blobs(): BlobDigests {
    this.digests ??= BlobDigests.load(join(this.location.commonDir, 'reprokit', 'blob-sha256'));
    return this.digests;
  }

  /** Tree digests of tracked directories by content key, kept beside the blob digests. */
  trees(): TreeDigests {
    this.treeDigests ??= TreeDigests.load(join(this.location.commonDir, 'reprokit', 'tree-sha256'));
    return this.treeDigests;
  }

  /** Writes what `blobs()` and `trees()` learned (no-op when nothing was learned). */
  save(): void {
    if (!existsSync(this.location.commonDir)) return;
    this.digests?.save();
    this.treeDigests?.save();
  }
}
