import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DvcHash } from '../../core/dvc/lock.js';
import { dirListingJson } from '../../core/dvc/lock.js';
import { relativeTo } from '../../core/paths.js';
import type { Workspace } from '../../ports.js';
import { writeFileAtomic } from '../local/atomic.js';

const CHUNK = 4 * 1024 * 1024;

/** DVC 3's file hash (`hash: md5`): the md5 of the bytes, no newline conversion. */
export function md5File(abs: string): string {
  const hash = createHash('md5');
  const buffer = Buffer.allocUnsafe(CHUNK);
  const fd = openSync(abs, 'r');
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0) break;
      hash.update(read === CHUNK ? buffer : buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

export function md5Text(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

/** DVC's directory hash: md5 of the sorted `{md5, relpath}` JSON listing, plus ".dir". */
export function dirMd5(entries: readonly { relpath: string; md5: string }[]): string {
  return `${md5Text(dirListingJson(entries))}.dir`;
}

/**
 * Hashes workspace paths the way DVC does, each file at most once. Directory listings skip
 * `.git` and `.dvc` (DVC's built-in ignores); `.dvcignore` files are not read.
 */
export class DvcHasher {
  private readonly files = new Map<string, { md5: string; size: number }>();

  constructor(
    private readonly workspace: Workspace,
    private readonly toAbsolute: (path: string) => string,
  ) {}

  /** undefined when the path does not exist. */
  async hash(path: string): Promise<DvcHash | undefined> {
    const info = await this.workspace.info(path);
    if (info === undefined) return undefined;
    if (info.kind === 'file') return this.file(path);
    const entries: { relpath: string; md5: string }[] = [];
    let size = 0;
    for (const file of await this.workspace.listFiles(path)) {
      const relpath = relativeTo(file, path);
      if (relpath.split('/').some((part) => part === '.git' || part === '.dvc')) continue;
      const hashed = this.file(file);
      entries.push({ relpath, md5: hashed.md5 });
      size += hashed.size;
    }
    return { md5: dirMd5(entries), size, nfiles: entries.length };
  }

  /** Something rewrote these paths: forget their hashes. */
  forget(): void {
    this.files.clear();
  }

  private file(path: string): { md5: string; size: number } {
    let known = this.files.get(path);
    if (!known) {
      const abs = this.toAbsolute(path);
      known = { md5: md5File(abs), size: statSync(abs).size };
      this.files.set(path, known);
    }
    return known;
  }
}

/** Hashing and writing for dvc.lock on the local disk (the project root is workspace.root). */
export function localDvcLockServices(workspace: Workspace): {
  workspace: Workspace;
  hash: (path: string) => Promise<DvcHash | undefined>;
  writeText: (path: string, text: string) => Promise<void>;
} {
  const toAbsolute = (path: string) => join(workspace.root, ...path.split('/'));
  const hasher = new DvcHasher(workspace, toAbsolute);
  return {
    workspace,
    hash: (path) => hasher.hash(path),
    writeText: async (path, text) => {
      writeFileAtomic(toAbsolute(path), text);
      workspace.invalidate([path]);
    },
  };
}
