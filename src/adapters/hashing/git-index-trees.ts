/**
 * Content key of a tracked directory → its tree digest: what lets a directory git finds clean
 * be answered without a lookup per file (docs/performance.md, "Tracked directories").
 *
 * The key (IndexSnapshot.contentKey) covers every entry's path, blob id and size, so a pair is a
 * fact about content: true in any checkout whose entries are the same, whatever their stat. A
 * pair is only learned from blob digests that were themselves learned by hashing
 * (git-index-blobs.ts). The table lives beside the blob digests (`.git/reprokit/tree-sha256`), a
 * few lines per directory state, the newest kept.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const HEADER = 'reprokit tree-sha256 v1';
/** Directory states kept (each line is 130 bytes). */
const MAX_TREES = 4096;
const LINE = /^([0-9a-f]{64}) ([0-9a-f]{64})$/;

export class TreeDigests {
  /** Oldest learned first (a Map keeps insertion order): a save drops the oldest. */
  private readonly pairs = new Map<string, string>();
  private dirty = false;

  private constructor(private readonly file: string | undefined) {}

  static load(file: string): TreeDigests {
    const table = new TreeDigests(file);
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return table; // none yet
    }
    const lines = text.split('\n');
    if (lines[0] !== HEADER) return table; // another format: start over
    for (const line of lines.slice(1)) {
      const pair = LINE.exec(line);
      if (pair) table.pairs.set(pair[1] as string, pair[2] as string);
    }
    return table;
  }

  static inMemory(): TreeDigests {
    return new TreeDigests(undefined);
  }

  get size(): number {
    return this.pairs.size;
  }

  find(key: string): string | undefined {
    return this.pairs.get(key);
  }

  learn(key: string, digest: string): void {
    this.pairs.delete(key);
    this.pairs.set(key, digest);
    this.dirty = true;
  }

  save(): void {
    if (!this.file || !this.dirty) return;
    const kept = [...this.pairs].slice(-MAX_TREES);
    const text = `${HEADER}\n${kept.map(([key, digest]) => `${key} ${digest}\n`).join('')}`;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(tmp, text);
      renameSync(tmp, this.file);
    } catch {
      rmSync(tmp, { force: true }); // a read-only repository: keep working without the table
    }
    this.dirty = false;
  }
}
