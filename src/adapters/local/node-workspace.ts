import type { Stats } from 'node:fs';
import { lstatSync, readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { compileGlob, globBase, globMayMatchUnder } from '../../core/glob.js';
import type { PathJournal } from '../../core/path-journal.js';
import { PathMap } from '../../core/path-map.js';
import { joinPath, parentDir } from '../../core/paths.js';
import type { FileCount, PathInfo, Workspace } from '../../ports.js';
import { SpecialFile, WorkspaceEscape } from '../../ports.js';

/** Directories never walked when expanding globs from the project root. */
const SKIPPED_IN_GLOBS = new Set(['.git', '.reprokit']);

/** The project directory on the local disk. Symlinks are followed only while they stay inside. */
export class NodeWorkspace implements Workspace {
  readonly root: string;
  private readonly realRoot: string;
  private readonly realRootSlash: string;
  private readonly listings = new PathMap<string[]>();
  private readonly counts = new PathMap<FileCount>();
  /** Sorted entries a count read (see `readKeys`), until a listing uses them or they go stale. */
  private readonly entryKeys = new PathMap<string[]>();
  private readonly realDirs = new PathMap<string>();
  /**
   * Glob results by pattern: loading checks that a source glob matches and hashing expands it
   * again. Any invalidation (a stage is about to run, outputs were restored) forgets them all.
   */
  private readonly globs = new Map<string, string[]>();

  /**
   * @param journal collects every path the run looked at (stat, listing, read), so a no-op run
   *   can later be confirmed by checking just those paths (see entry/cli/noop-snapshot.ts).
   */
  constructor(
    root: string,
    private readonly journal?: PathJournal,
  ) {
    this.root = root;
    this.realRoot = realpathSync(root);
    this.realRootSlash = this.realRoot.endsWith(sep) ? this.realRoot : this.realRoot + sep;
  }

  abs(path: string): string {
    if (path === '') return this.root;
    // Paths are normalized project paths: on POSIX a concatenation is all join would do.
    return sep === '/' ? `${this.root}/${path}` : join(this.root, ...path.split('/'));
  }

  async info(path: string): Promise<PathInfo | undefined> {
    return this.infoSync(path);
  }

  infoSync(path: string): PathInfo | undefined {
    this.journal?.add(path);
    const abs = this.abs(path);
    let stats;
    try {
      stats = lstatSync(abs);
    } catch {
      return undefined;
    }
    // A symlinked directory higher up could lead anywhere: the parent must resolve inside too.
    this.checkInside(parentDir(path), this.realDir(parentDir(path)));
    if (stats.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(abs);
      } catch {
        return undefined; // a dangling link is a missing file
      }
      this.checkInside(path, real);
      stats = statSync(abs);
    }
    if (stats.isDirectory()) return { kind: 'dir', size: 0 };
    if (stats.isFile()) return { kind: 'file', size: stats.size };
    // Reading a FIFO would block forever and a device is not data: say what it is.
    if (stats.isFIFO()) throw new SpecialFile(path, 'FIFO');
    if (stats.isSocket()) throw new SpecialFile(path, 'socket');
    throw new SpecialFile(path, 'device');
  }

  private realDir(dir: string): string {
    let real = this.realDirs.get(dir);
    if (real === undefined) {
      real = dir === '' ? this.realRoot : realpathSync.native(this.abs(dir));
      this.realDirs.set(dir, real);
    }
    return real;
  }

  private checkInside(path: string, real: string): void {
    if (real === this.realRoot || real.startsWith(this.realRootSlash)) return;
    const rel = relative(this.realRoot, real);
    if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel))
      throw new WorkspaceEscape(path, real);
  }

  /**
   * Throws WorkspaceEscape when the path, or the closest part of it that exists, resolves
   * outside the project (through a symlinked directory, say). Used before anything is written
   * or removed there.
   */
  assertInside(path: string): void {
    const real = this.nearestReal(path);
    this.checkInside(path, real.real);
  }

  /** The real path of `path`, or of its closest existing ancestor. */
  private nearestReal(path: string): { real: string } {
    const own = this.realDirs.get(path);
    if (own !== undefined) return { real: own };
    try {
      const real = realpathSync.native(this.abs(path));
      return { real };
    } catch {
      if (path === '') return { real: this.realRoot };
      return this.nearestReal(parentDir(path));
    }
  }

  /** Files and directories under these paths changed (a stage ran, outputs were restored). */
  invalidate(paths: readonly string[]): void {
    this.globs.clear();
    // Every remembered directory that is a path, is under it or holds it (PathMap: no scan).
    for (const p of paths) {
      this.listings.deleteOverlapping(p);
      this.counts.deleteOverlapping(p);
      this.entryKeys.deleteOverlapping(p);
      this.realDirs.deleteOverlapping(p);
    }
  }

  /**
   * Remembered until invalidated. Only regular files and directories: one readdir per directory,
   * no path per file (a tracked directory git vouches for is never listed). Anything else, a
   * symlink above all, is left to `listFiles`, which follows it or throws WorkspaceEscape.
   */
  async countFiles(dir: string): Promise<FileCount> {
    let count = this.counts.get(dir);
    if (!count) {
      this.checkInside(dir, this.realDir(dir));
      const files = this.countPlain(dir);
      count =
        files === undefined
          ? { files: this.listFilesNow(dir).length, plain: false }
          : { files, plain: true };
      this.counts.set(dir, count);
    }
    return count;
  }

  /** Remembered until invalidated: loading checks a directory dep and hashing reads it again. */
  async listFiles(dir: string): Promise<string[]> {
    return this.listFilesNow(dir);
  }

  /** `listFiles`, on this thread (the walk is synchronous anyway). */
  listFilesNow(dir: string): string[] {
    let files = this.listings.get(dir);
    if (!files) {
      const found: string[] = [];
      this.checkInside(dir, this.realDir(dir));
      this.walk(dir, found, new Set(), () => true);
      files = found.sort();
      this.listings.set(dir, files);
    }
    return [...files];
  }

  private walk(
    dir: string,
    files: string[],
    seen: Set<string>,
    enter: (path: string, name: string) => boolean,
  ): void {
    this.journal?.add(dir);
    const abs = this.abs(dir);
    const real = realpathSync(abs);
    if (seen.has(real)) return;
    seen.add(real);
    // What a count read already (then the directory holds only files and directories).
    let keys = this.entryKeys.get(dir);
    if (keys) this.entryKeys.delete(dir);
    else keys = this.readKeys(dir, abs);
    for (const key of keys) {
      if (!key.endsWith('/')) {
        files.push(joinPath(dir, key));
        continue;
      }
      const name = key.slice(0, -1);
      const path = joinPath(dir, name);
      if (enter(path, name)) this.walk(path, files, seen, enter);
    }
  }

  /**
   * A directory's entries, sorted, a directory's name as name + '/': then the walk yields every
   * path in code-unit order ('a/b-c' < 'a/b.txt' < 'a/b/x'), and sorting 100,000 paths afterwards
   * is one pass over a sorted array instead of n log n comparisons of long strings.
   */
  private readKeys(dir: string, abs: string): string[] {
    const keys: string[] = [];
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const { name } = entry;
      if (entry.isFile()) keys.push(name);
      else if (entry.isDirectory()) keys.push(`${name}/`);
      else if (entry.isSymbolicLink()) {
        const info = this.infoSync(joinPath(dir, name));
        if (info?.kind === 'file') keys.push(name);
        else if (info?.kind === 'dir') keys.push(`${name}/`);
      }
    }
    return keys.sort();
  }

  /**
   * Regular files under `dir` at any depth; undefined when it holds anything else (a symlink,
   * a FIFO) or cannot be read. The entries read are kept for a listing that may follow.
   */
  private countPlain(dir: string): number | undefined {
    let count = 0;
    const read: [string, string[]][] = [];
    const pending = [dir];
    for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
      let entries;
      try {
        entries = readdirSync(this.abs(path), { withFileTypes: true });
      } catch {
        return undefined;
      }
      const keys: string[] = [];
      for (const entry of entries) {
        const { name } = entry;
        if (entry.isFile()) {
          keys.push(name);
          count++;
        } else if (entry.isDirectory()) {
          keys.push(`${name}/`);
          pending.push(joinPath(path, name));
        } else return undefined;
      }
      read.push([path, keys.sort()]);
    }
    for (const [path, keys] of read) this.entryKeys.set(path, keys);
    return count;
  }

  async glob(pattern: string): Promise<string[]> {
    let found = this.globs.get(pattern);
    if (!found) {
      found = this.expand(pattern);
      this.globs.set(pattern, found);
    }
    return [...found];
  }

  private expand(pattern: string): string[] {
    const base = globBase(pattern);
    const info = this.infoSync(base);
    if (info?.kind !== 'dir') return [];
    const matches = compileGlob(pattern);
    const files: string[] = [];
    // Enter only directories under which the pattern can match (`.git`, dot-directories, …).
    const enter = (path: string, name: string) =>
      !SKIPPED_IN_GLOBS.has(name) && globMayMatchUnder(pattern, path);
    this.walk(base, files, new Set(), enter);
    return files.filter((f) => matches(f)).sort();
  }

  async readText(path: string): Promise<string | undefined> {
    this.journal?.add(path);
    try {
      return await readFile(this.abs(path), 'utf8');
    } catch {
      return undefined;
    }
  }

  async remove(path: string): Promise<void> {
    if (path === '') throw new Error('Internal error: refusing to remove the project root');
    // Never remove through a symlinked directory that leads out of the project.
    this.assertInside(parentDir(path));
    const abs = this.abs(path);
    let stats: Stats | undefined | 'unknown';
    try {
      stats = lstatSync(abs, { throwIfNoEntry: false });
    } catch {
      stats = 'unknown'; // ENOTDIR, EACCES…: rm below says what it says about that
    }
    // Nothing there is the usual case: outputs are removed before their stage runs.
    if (stats !== undefined && stats !== 'unknown' && !stats.isDirectory()) {
      // One file or link (a link is removed, not followed; a file is where its parent is):
      // removed here without a round trip through the thread pool.
      rmSync(abs, { force: true });
    } else if (stats !== undefined) {
      // A directory may be large: removed without blocking the event loop.
      this.assertInside(path);
      await rm(abs, { recursive: true, force: true });
    }
    this.invalidate([path]);
  }
}
