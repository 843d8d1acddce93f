import { createHash } from 'node:crypto';
import type { FileDigest } from '../../src/core/record.js';
import type { Hasher } from '../../src/ports.js';

/** Digests of files held in memory: SHA-256 of the bytes, like the real hasher below 8 MiB. */
export class MemoryHasher implements Hasher {
  constructor(readonly files: Map<string, { content: Buffer; executable: boolean }> = new Map()) {}

  async hashFiles(paths: readonly string[]): Promise<Map<string, FileDigest>> {
    const out = new Map<string, FileDigest>();
    for (const path of paths) {
      const file = this.files.get(path);
      if (!file) throw new Error(`${path}: no such file`);
      out.set(path, {
        path,
        digest: createHash('sha256').update(file.content).digest('hex'),
        size: file.content.length,
        executable: file.executable,
      });
    }
    return out;
  }
}
