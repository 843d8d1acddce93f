import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

let counter = 0;

/** Short tag of this machine in temporary names: a sweep only judges its own host's pids. */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/**
 * A temporary name beside `target` (same directory, so the final rename is atomic) that says
 * which process on which host writes it: `<target>.<host>-<pid>-<n>.tmp` (see sweep.ts).
 */
export function tempName(target: string): string {
  return `${target}.${HOST_TAG}-${process.pid}-${counter++}.tmp`;
}

/**
 * Directories known to exist because this process made them: a store writing a file per stage
 * into the same few directories would otherwise ask for each one again every time (a mkdir
 * and a stat per file). A directory removed meanwhile (`rm -rf .reprokit` during a run) is
 * noticed by the write that fails with ENOENT, made again, and that write is repeated once.
 */
export class KnownDirs {
  private readonly made = new Set<string>();

  /** Runs `write`, which creates a file in `dir`, making `dir` first when needed. */
  writeInto<T>(dir: string, write: () => T): T {
    if (!this.made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.made.add(dir);
      return write();
    }
    try {
      return write();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      mkdirSync(dir, { recursive: true });
      return write();
    }
  }
}

/**
 * Writes via a temporary file and rename, so readers never see half a file while the system
 * runs. Not flushed to the disk: after a crash the name may hold blocks never written, so
 * readers check what they read (local-cache.ts says why that is the trade-off). With `dirs`,
 * the directory is made only the first time (see KnownDirs).
 */
export function writeFileAtomic(file: string, data: string | Buffer, dirs?: KnownDirs): void {
  const dir = dirname(file);
  if (dirs) {
    dirs.writeInto(dir, () => writeAndRename(file, data));
    return;
  }
  mkdirSync(dir, { recursive: true });
  writeAndRename(file, data);
}

function writeAndRename(file: string, data: string | Buffer): void {
  const tmp = tempName(file);
  try {
    const fd = openSync(tmp, 'w');
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data;
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Synchronous on purpose: thousands of small reads are several times faster without promises.
 * A missing file is asked with a stat that does not throw: most lookups during a run miss, and
 * the error a failed read builds (with its stack) costs several times the stat.
 */
export async function readJson(file: string): Promise<unknown> {
  try {
    if (!statSync(file, { throwIfNoEntry: false })) return undefined;
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Stage names become file names: keep them unambiguous and free of dots-only names. */
export function stageFileName(stage: string): string {
  return `s-${encodeURIComponent(stage)}.json`;
}
