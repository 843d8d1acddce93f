import { createHash } from 'node:crypto';
import { treeDigestWithin } from '../../src/core/fingerprint.js';
import type { FileDigest } from '../../src/core/record.js';
import type { Hasher } from '../../src/ports.js';

export interface HasherHarness {
  readonly hasher: Hasher;
  write(path: string, content: Buffer, options?: { executable?: boolean }): void;
  /** Makes what was written the committed state, where the hasher has one (git). */
  commit?(): void;
  /** Whether `vouchTree` answers for a committed directory it has hashed once. */
  readonly vouches: boolean;
  dispose(): void;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** What every Hasher does; run against FileHasher and the in-memory fake. */
export function hasherContract(name: string, make: () => HasherHarness): void {
  describe(`Hasher contract: ${name}`, () => {
    let h: HasherHarness;
    beforeEach(() => (h = make()));
    afterEach(() => h.dispose());

    it('gives each file its SHA-256, size and executable bit, by path', async () => {
      const a = Buffer.from('alpha\n');
      const b = Buffer.alloc(100_000, 7);
      h.write('a.txt', a);
      h.write('bin/run.sh', b, { executable: true });
      const found = await h.hasher.hashFiles(['a.txt', 'bin/run.sh']);
      expect([...found.keys()].sort()).toEqual(['a.txt', 'bin/run.sh']);
      expect(found.get('a.txt')).toEqual({
        path: 'a.txt',
        digest: sha256(a),
        size: 6,
        executable: false,
      });
      expect(found.get('bin/run.sh')).toEqual({
        path: 'bin/run.sh',
        digest: sha256(b),
        size: 100_000,
        executable: true,
      });
    });

    it('an empty list is an empty map; the same content the same digest', async () => {
      expect((await h.hasher.hashFiles([])).size).toBe(0);
      h.write('x', Buffer.from('same'));
      h.write('y', Buffer.from('same'));
      const found = await h.hasher.hashFiles(['x', 'y', 'x']);
      expect(found.get('x')?.digest).toBe(found.get('y')?.digest);
    });

    it('sees a file change between calls', async () => {
      h.write('x', Buffer.from('one'));
      const before = (await h.hasher.hashFiles(['x'])).get('x')?.digest;
      h.write('x', Buffer.from('two, longer'));
      expect((await h.hasher.hashFiles(['x'])).get('x')?.digest).toBe(
        sha256(Buffer.from('two, longer')),
      );
      expect(before).toBe(sha256(Buffer.from('one')));
    });

    it('vouchTree: the digest of every file under the directory, or no answer', async () => {
      const paths: string[] = [];
      for (let k = 0; k < 300; k++) {
        const path = k % 3 === 0 ? `data/sub/f${k}.csv` : `data/f${k}.csv`;
        h.write(path, Buffer.from(`row ${k}\n`));
        paths.push(path);
      }
      h.commit?.();
      paths.sort();
      const found = await h.hasher.hashFiles(paths);
      const listed = treeDigestWithin(
        paths.map((path) => found.get(path) as FileDigest),
        'data',
        (text) => sha256(Buffer.from(text)),
      );
      const bytes = [...found.values()].reduce((sum, f) => sum + f.size, 0);
      const tree = await h.hasher.vouchTree('data', 300);
      if (h.vouches) expect(tree).toEqual({ digest: listed, files: 300, bytes });
      else expect(tree).toBeUndefined();
    });

    it('a missing file is an error, never a made-up digest', async () => {
      await expect(h.hasher.hashFiles(['missing.bin'])).rejects.toThrow();
    });
  });
}
