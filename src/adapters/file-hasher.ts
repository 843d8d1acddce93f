import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { FileDigest } from '../core/record.js';
import type { Hasher } from '../ports.js';
import type { StatCache } from './stat-cache.js';

const CHUNK = 4 * 1024 * 1024;
const SMALL_FILE = 1024 * 1024;

/** SHA-256 of a file. Synchronous reads in large chunks are the fastest way on Node (see docs/performance.md). */
export function sha256File(abs: string, size: number): string {
  if (size <= SMALL_FILE) return createHash('sha256').update(readFileSync(abs)).digest('hex');
  const hash = createHash('sha256');
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

export function sha256Text(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Hashes workspace files, skipping those the stat cache vouches for. */
export class FileHasher implements Hasher {
  constructor(
    private readonly toAbsolute: (path: string) => string,
    private readonly statCache: StatCache,
  ) {}

  async hashFiles(paths: readonly string[]): Promise<Map<string, FileDigest>> {
    const found = new Map<string, FileDigest>();
    const nowNs = BigInt(Date.now()) * 1_000_000n;
    for (const path of paths) {
      const abs = this.toAbsolute(path);
      const stats = statSync(abs, { bigint: true });
      const size = Number(stats.size);
      const executable = (Number(stats.mode) & 0o111) !== 0;
      const remembered = this.statCache.get(path, stats);
      if (remembered) {
        found.set(path, {
          path,
          digest: remembered.digest,
          size,
          executable: remembered.executable,
        });
        continue;
      }
      const digest = sha256File(abs, size);
      this.statCache.put(path, stats, digest, executable, nowNs);
      found.set(path, { path, digest, size, executable });
    }
    return found;
  }
}
