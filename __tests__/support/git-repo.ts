import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { HashPool } from '../../src/adapters/hashing/hash-worker-pool.js';
import type { FilesViews } from '../../src/adapters/hashing/hash-kernel.js';

/** Git work trees for the hashing tests. */
export const hasGit = spawnSync('git', ['--version']).status === 0;

/** A pool that records which files reached the kernel (so were stat'ed or read by us). */
export class SpyPool extends HashPool {
  readonly seen: string[] = [];
  constructor() {
    super(0);
  }
  override files(
    paths: readonly string[],
    base: string,
    share: boolean,
    nowMs: number,
    prepare: (views: FilesViews) => void,
  ): Promise<FilesViews> {
    this.seen.push(...paths);
    return super.files(paths, base, share, nowMs, prepare);
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GIT_DIR: undefined, GIT_INDEX_FILE: undefined },
    },
  );
}

/** A repository whose files are a minute old when committed, so no entry is racily clean. */
export function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'reprokit-git-'));
  git(root, 'init', '-q');
  const old = Date.now() / 1000 - 60;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    utimesSync(join(root, path), old, old);
  }
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'files');
  return root;
}

export function manyFiles(count: number, dir = 'data'): Record<string, string> {
  const files: Record<string, string> = {};
  for (let k = 0; k < count; k++) files[`${dir}/f${String(k).padStart(5, '0')}.txt`] = `row ${k}\n`;
  return files;
}
