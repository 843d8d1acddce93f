import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { globBase, globToRegExp } from '../core/glob.js';
import { joinPath } from '../core/paths.js';
import type { PathInfo, Workspace } from '../ports.js';
import { WorkspaceEscape } from '../ports.js';

/** Directories never walked when expanding globs from the project root. */
const SKIPPED_IN_GLOBS = new Set(['.git', '.reprokit']);

/** The project directory on the local disk. Symlinks are followed only while they stay inside. */
export class NodeWorkspace implements Workspace {
  readonly root: string;
  private readonly realRoot: string;

  constructor(root: string) {
    this.root = root;
    this.realRoot = realpathSync(root);
  }

  abs(path: string): string {
    return path === '' ? this.root : join(this.root, ...path.split('/'));
  }

  async info(path: string): Promise<PathInfo | undefined> {
    return this.infoSync(path);
  }

  infoSync(path: string): PathInfo | undefined {
    const abs = this.abs(path);
    let stats;
    try {
      stats = lstatSync(abs);
    } catch {
      return undefined;
    }
    if (stats.isSymbolicLink()) {
      const target = this.insideTarget(path, abs);
      if (target === undefined) return undefined;
      stats = statSync(abs);
    }
    if (stats.isDirectory()) return { kind: 'dir', size: 0 };
    if (stats.isFile()) return { kind: 'file', size: stats.size };
    return undefined;
  }

  /** The symlink's real target when it stays inside the project; throws when it leaves. */
  private insideTarget(path: string, abs: string): string | undefined {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return undefined; // dangling link: treated as missing
    }
    const rel = relative(this.realRoot, real);
    if (
      rel === '..' ||
      rel.startsWith('..' + sep) ||
      rel.startsWith(sep) ||
      /^[A-Za-z]:/.test(rel)
    ) {
      throw new WorkspaceEscape(path, real);
    }
    return real;
  }

  async listFiles(dir: string): Promise<string[]> {
    const files: string[] = [];
    this.walk(dir, files, new Set(), () => true);
    return files.sort();
  }

  private walk(
    dir: string,
    files: string[],
    seen: Set<string>,
    enter: (path: string, name: string) => boolean,
  ): void {
    const abs = this.abs(dir);
    const real = realpathSync(abs);
    if (seen.has(real)) return;
    seen.add(real);
    const entries = readdirSync(abs, { withFileTypes: true });
    for (const entry of entries) {
      const path = joinPath(dir, entry.name);
      if (entry.isFile()) files.push(path);
      else if (entry.isDirectory()) {
        if (enter(path, entry.name)) this.walk(path, files, seen, enter);
      } else if (entry.isSymbolicLink()) {
        const info = this.infoSync(path);
        if (info?.kind === 'file') files.push(path);
        else if (info?.kind === 'dir' && enter(path, entry.name))
          this.walk(path, files, seen, enter);
      }
    }
  }

  async glob(pattern: string): Promise<string[]> {
    const base = globBase(pattern);
    const info = this.infoSync(base);
    if (info?.kind !== 'dir') return [];
    const regexp = globToRegExp(pattern);
    const files: string[] = [];
    this.walk(base, files, new Set(), (_path, name) => !SKIPPED_IN_GLOBS.has(name));
    return files.filter((f) => regexp.test(f)).sort();
  }

  async readText(path: string): Promise<string | undefined> {
    try {
      return await readFile(this.abs(path), 'utf8');
    } catch {
      return undefined;
    }
  }

  async remove(path: string): Promise<void> {
    if (path === '') throw new Error('Internal error: refusing to remove the project root');
    await rm(this.abs(path), { recursive: true, force: true });
  }
}
