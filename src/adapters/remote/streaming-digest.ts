import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { kernel, LEAF_SIZE } from './hashing.js';

/**
 * The digest the hasher gives a file (plain SHA-256 up to one leaf, the chunked tree digest
 * above: docs/performance.md), computed while the bytes stream in, so a download is verified
 * without reading it back from disk.
 */
export class StreamingDigest {
  private leaf: Hash = createHash('sha256');
  private inLeaf = 0;
  private size = 0;
  private readonly leaves: Buffer[] = [];

  update(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      const take = Math.min(chunk.length - offset, LEAF_SIZE - this.inLeaf);
      this.leaf.update(chunk.subarray(offset, offset + take));
      this.inLeaf += take;
      offset += take;
      if (this.inLeaf === LEAF_SIZE) this.closeLeaf();
    }
    this.size += chunk.length;
  }

  private closeLeaf(): void {
    this.leaves.push(this.leaf.digest());
    this.leaf = createHash('sha256');
    this.inLeaf = 0;
  }

  /** Size and digest of everything seen. */
  finish(): { size: number; digest: string } {
    if (this.size <= LEAF_SIZE) {
      // One leaf (or none): its SHA-256 is the SHA-256 of the whole content.
      const digest = this.leaves[0]?.toString('hex') ?? this.leaf.digest('hex');
      return { size: this.size, digest };
    }
    if (this.inLeaf > 0) this.closeLeaf();
    return { size: this.size, digest: kernel.chunkedRoot(this.size, Buffer.concat(this.leaves)) };
  }
}
