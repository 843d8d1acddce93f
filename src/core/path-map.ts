import { parentDir } from './paths.js';

/**
 * A map keyed by project paths ('a/b/c'; '' is the root) that drops everything under a path
 * without scanning every key: the engine forgets a stage's outputs after each stage, and a scan
 * of everything remembered made that quadratic in the number of stages (issue 17).
 *
 * Keys are grouped by their parent directory, and directories form a tree, so deleting under a
 * path visits only the directories below it. Inserting a key is O(1) once its directory is known.
 */
export class PathMap<V> {
  private readonly values = new Map<string, V>();
  /** Keys by parent directory. */
  private readonly byDir = new Map<string, Set<string>>();
  /** Child directories (that have keys at some depth) by directory. */
  private readonly subdirs = new Map<string, Set<string>>();

  get size(): number {
    return this.values.size;
  }

  get(path: string): V | undefined {
    return this.values.get(path);
  }

  has(path: string): boolean {
    return this.values.has(path);
  }

  keys(): IterableIterator<string> {
    return this.values.keys();
  }

  set(path: string, value: V): this {
    if (!this.values.has(path)) this.file(path);
    this.values.set(path, value);
    return this;
  }

  /**
   * `set(path, value)` for every path: paths of one directory in a row (a listing) are filed
   * under it without looking the directory up again for each.
   */
  setMany(paths: readonly string[], value: V): this {
    let dir: string | undefined;
    let keys: Set<string> | undefined;
    for (const path of paths) {
      if (!this.values.has(path)) {
        const slash = path.lastIndexOf('/');
        // Same directory as the previous path: same length before the last slash, same prefix.
        if (keys && dir !== undefined && slash === dir.length && path.startsWith(dir)) {
          keys.add(path);
        } else {
          this.file(path);
          dir = slash < 0 ? '' : path.slice(0, slash);
          keys = path === '' ? undefined : this.byDir.get(dir);
        }
      }
      this.values.set(path, value);
    }
    return this;
  }

  delete(path: string): boolean {
    if (!this.values.delete(path)) return false;
    if (path !== '') this.byDir.get(parentDir(path))?.delete(path);
    return true;
  }

  /** Deletes `path` and every key under it (what `isWithin(key, path)` selects). */
  deleteWithin(path: string): void {
    if (path === '') {
      this.values.clear();
      this.byDir.clear();
      this.subdirs.clear();
      return;
    }
    this.delete(path);
    const stack = [path];
    for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
      for (const key of this.byDir.get(dir) ?? []) this.values.delete(key);
      this.byDir.delete(dir);
      for (const sub of this.subdirs.get(dir) ?? []) stack.push(sub);
      this.subdirs.delete(dir);
    }
    this.subdirs.get(parentDir(path))?.delete(path);
  }

  /** Deletes the keys that are `path`, under it, or above it (what `overlaps` selects). */
  deleteOverlapping(path: string): void {
    this.deleteWithin(path);
    for (let dir = path; dir !== '';) {
      dir = parentDir(dir);
      this.delete(dir);
    }
  }

  /** Files the key under its directory, and the directory under its parents. */
  private file(path: string): void {
    if (path === '') return;
    let dir = parentDir(path);
    let keys = this.byDir.get(dir);
    if (!keys) this.byDir.set(dir, (keys = new Set()));
    keys.add(path);
    // Link dir into the tree up to the first directory already linked.
    for (let child = dir; child !== ''; child = dir) {
      dir = parentDir(child);
      let subs = this.subdirs.get(dir);
      if (!subs) this.subdirs.set(dir, (subs = new Set()));
      if (subs.has(child)) break;
      subs.add(child);
    }
  }
}
