import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileHasher } from '../../src/adapters/hashing/file-hasher.js';
import { StatCache } from '../../src/adapters/hashing/stat-cache.js';
import { MemoryHasher } from '../support/memory-hasher.js';
import type { HasherHarness } from './hasher.contract.js';
import { hasherContract } from './hasher.contract.js';
import { git, hasGit } from '../support/git-repo.js';

function onDisk(options: { readonly git: boolean }): HasherHarness {
  const root = mkdtempSync(join(tmpdir(), 'reprokit-hasher-contract-'));
  const statCache = StatCache.load(join(root, '.reprokit', 'stat-cache.bin'));
  return {
    // In git, a directory of a few hundred files is vouched for (the default wants 2,000).
    hasher: new FileHasher((p) => join(root, p), statCache, { root, trackedTreeMinFiles: 100 }),
    write: (path, content, writeOptions) => {
      const abs = join(root, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      chmodSync(abs, writeOptions?.executable ? 0o755 : 0o644);
    },
    ...(options.git
      ? {
          commit: () => {
            git(root, 'init', '-q');
            git(root, 'add', '-A');
            git(root, 'commit', '-q', '-m', 'files');
          },
        }
      : {}),
    vouches: options.git,
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

hasherContract('FileHasher (local disk, stat cache)', () => onDisk({ git: false }));

if (hasGit) hasherContract('FileHasher (files committed to git)', () => onDisk({ git: true }));

hasherContract('MemoryHasher (test fake)', () => {
  const hasher = new MemoryHasher(new Map(), { vouches: true });
  return {
    hasher,
    write: (path, content, options) =>
      hasher.files.set(path, { content, executable: options?.executable ?? false }),
    vouches: true,
    dispose: () => undefined,
  };
});
