import { compileGlob, globBase, globMayMatchUnder } from '../../src/core/glob.js';
import { isWithin, parentDir } from '../../src/core/paths.js';
import type { FileCount, PathInfo, Workspace } from '../../src/ports.js';
import { WorkspaceEscape } from '../../src/ports.js';

/** A link to somewhere outside the project, the one kind of symlink the fake models. */
export const OUTSIDE = Symbol('outside');

/**
 * A project in memory: files by root-relative path, directories implied by them (or made
 * explicit), and links leading outside. Behaves like NodeWorkspace by the workspace contract.
 */
export class MemoryWorkspace implements Workspace {
  readonly root = '/memory';
  readonly files = new Map<string, string | typeof OUTSIDE>();
  private readonly dirs = new Set<string>();

  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) this.files.set(path, text);
  }

  mkdir(path: string): void {
    this.dirs.add(path);
  }

  private escapeOn(path: string): string | undefined {
    for (const [p, v] of this.files) if (v === OUTSIDE && isWithin(path, p)) return p;
    return undefined;
  }

  private checkPath(path: string): void {
    const link = this.escapeOn(path);
    if (link !== undefined) throw new WorkspaceEscape(link, '/outside');
  }

  private isDir(path: string): boolean {
    if (path === '' || this.dirs.has(path)) return true;
    for (const [p, v] of this.files)
      if (v !== OUTSIDE && p !== path && isWithin(p, path)) return true;
    for (const d of this.dirs) if (d !== path && isWithin(d, path)) return true;
    return false;
  }

  async info(path: string): Promise<PathInfo | undefined> {
    this.checkPath(path);
    const text = this.files.get(path);
    if (typeof text === 'string') return { kind: 'file', size: Buffer.byteLength(text) };
    return this.isDir(path) ? { kind: 'dir', size: 0 } : undefined;
  }

  async listFiles(dir: string): Promise<string[]> {
    this.checkPath(dir);
    const out: string[] = [];
    for (const [p, v] of this.files) {
      if (!isWithin(p, dir) || p === dir) continue;
      if (v === OUTSIDE) throw new WorkspaceEscape(p, '/outside');
      out.push(p);
    }
    return out.sort();
  }

  async countFiles(dir: string): Promise<FileCount> {
    // The fake's only links lead outside: listing throws for them, as the real one does.
    return { files: (await this.listFiles(dir)).length, plain: true };
  }

  async glob(pattern: string): Promise<string[]> {
    const matches = compileGlob(pattern);
    const base = globBase(pattern);
    return [...this.files]
      .filter(([p, v]) => typeof v === 'string' && isWithin(p, base) && matches(p))
      .filter(([p]) => !p.split('/').some((part) => part === '.git' || part === '.reprokit'))
      .filter(([p]) => globMayMatchUnder(pattern, parentDir(p)))
      .map(([p]) => p)
      .sort();
  }

  async readText(path: string): Promise<string | undefined> {
    const text = this.files.get(path);
    return typeof text === 'string' ? text : undefined;
  }

  async remove(path: string): Promise<void> {
    if (path === '') throw new Error('Internal error: refusing to remove the project root');
    this.assertInside(parentDir(path));
    for (const p of [...this.files.keys()]) if (isWithin(p, path)) this.files.delete(p);
    for (const d of [...this.dirs]) if (isWithin(d, path)) this.dirs.delete(d);
  }

  assertInside(path: string): void {
    this.checkPath(path);
  }

  invalidate(): void {
    // Nothing is remembered.
  }
}
