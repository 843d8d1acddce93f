import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
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
 * Writes via a temporary file and rename, so readers never see half a file while the system
 * runs. Not flushed to the disk: after a crash the name may hold blocks never written, so
 * readers check what they read (local-cache.ts says why that is the trade-off).
 */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
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

/** Synchronous on purpose: thousands of small reads are several times faster without promises. */
export async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Stage names become file names: keep them unambiguous and free of dots-only names. */
export function stageFileName(stage: string): string {
  return `s-${encodeURIComponent(stage)}.json`;
}
