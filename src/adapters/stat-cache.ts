import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BigIntStats } from 'node:fs';

/** [size, mtime ns, ctime ns, inode, digest, executable] */
type Entry = [string, string, string, string, string, boolean];

/** Files modified this recently are not remembered: a same-tick rewrite would keep size and mtime. */
const RACY_WINDOW_NS = 1_000_000_000n;

/**
 * Remembers the digest of a file while its size, mtime, ctime and inode stay the same, so an
 * unchanged file is not read again. It only saves work: mtime never decides freshness, since
 * any change to these facts means the file is hashed again (and `touch` then finds it unchanged).
 */
export class StatCache {
  private entries: Map<string, Entry>;
  private dirty = false;

  private constructor(
    private readonly file: string | undefined,
    entries: Map<string, Entry>,
  ) {
    this.entries = entries;
  }

  static load(file: string): StatCache {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as {
        version: number;
        entries: Record<string, Entry>;
      };
      if (data.version === 1) return new StatCache(file, new Map(Object.entries(data.entries)));
    } catch {
      // missing or unreadable: start empty, it is only an optimisation
    }
    return new StatCache(file, new Map());
  }

  static inMemory(): StatCache {
    return new StatCache(undefined, new Map());
  }

  get(path: string, stats: BigIntStats): { digest: string; executable: boolean } | undefined {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    if (
      entry[0] !== String(stats.size) ||
      entry[1] !== String(stats.mtimeNs) ||
      entry[2] !== String(stats.ctimeNs) ||
      entry[3] !== String(stats.ino)
    ) {
      return undefined;
    }
    return { digest: entry[4], executable: entry[5] };
  }

  put(path: string, stats: BigIntStats, digest: string, executable: boolean, nowNs: bigint): void {
    if (nowNs - stats.mtimeNs < RACY_WINDOW_NS || nowNs - stats.ctimeNs < RACY_WINDOW_NS) {
      if (this.entries.delete(path)) this.dirty = true;
      return;
    }
    this.entries.set(path, [
      String(stats.size),
      String(stats.mtimeNs),
      String(stats.ctimeNs),
      String(stats.ino),
      digest,
      executable,
    ]);
    this.dirty = true;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) }));
    renameSync(tmp, this.file);
    this.dirty = false;
  }
}
