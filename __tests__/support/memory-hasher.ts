import { createHash } from 'node:crypto';
import type { FileDigest } from '../../src/core/record.js';
import { treeDigestWithin } from '../../src/core/fingerprint.js';
import type { Hasher, VouchedTree } from '../../src/ports.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Digests of files held in memory: SHA-256 of the bytes, like the real hasher below 8 MiB.
 * With `vouches`, it vouches for every directory (as git does for a clean tracked one).
 */
export class MemoryHasher implements Hasher {
  constructor(
    readonly files: Map<string, { content: Buffer; executable: boolean }> = new Map(),
    private readonly options: { readonly vouches?: boolean } = {},
  ) {}

  async vouchTree(dir: string, files: number): Promise<VouchedTree | undefined> {
    if (!this.options.vouches) return undefined;
    const inside = [...this.files.keys()].filter((path) => path.startsWith(`${dir}/`)).sort();
    if (inside.length === 0 || inside.length !== files) return undefined;
    const digests = await this.hashFiles(inside);
    const found = inside.map((path) => digests.get(path) as FileDigest);
    return {
      digest: treeDigestWithin(found, dir, sha256),
      files,
      bytes: found.reduce((sum, f) => sum + f.size, 0),
    };
  }

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
