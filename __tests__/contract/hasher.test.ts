import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileHasher } from '../../src/adapters/hashing/file-hasher.js';
import { StatCache } from '../../src/adapters/hashing/stat-cache.js';
import { MemoryHasher } from '../support/memory-hasher.js';
import { hasherContract } from './hasher.contract.js';

hasherContract('FileHasher (local disk, stat cache)', () => {
  const root = mkdtempSync(join(tmpdir(), 'reprokit-hasher-contract-'));
  const statCache = StatCache.load(join(root, '.reprokit', 'stat-cache.bin'));
  return {
    hasher: new FileHasher((p) => join(root, p), statCache, { root }),
    write: (path, content, options) => {
      const abs = join(root, path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      chmodSync(abs, options?.executable ? 0o755 : 0o644);
    },
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
});

hasherContract('MemoryHasher (test fake)', () => {
  const hasher = new MemoryHasher();
  return {
    hasher,
    write: (path, content, options) =>
      hasher.files.set(path, { content, executable: options?.executable ?? false }),
    dispose: () => undefined,
  };
});
