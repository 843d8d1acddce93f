import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { LayeredCache } from '../../src/adapters/layered/layered-cache.js';
import { LocalCache } from '../../src/adapters/local/local-cache.js';
import { startS3 } from '../support/s3-server.js';
import { s3Faults, s3Remote } from '../support/s3-harness.js';
import { stageCacheContract } from './stage-cache.contract.js';

stageCacheContract(
  'layered: local directory → S3 remote (s3rver)',
  async (project) => {
    const s3 = await startS3();
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    const dir = join(project.root, '.reprokit', 'cache');
    const local = new LocalCache(dir, (p) => join(project.root, p));
    const remote = s3Remote(s3, project, warn);
    const cache = new LayeredCache(
      [
        { cache: local, write: true },
        { cache: remote, write: true },
      ],
      warn,
    );
    const faults = await s3Faults(s3);
    return {
      cache,
      ...faults,
      // Damage both layers: the local copy and the remote one.
      corruptStoredContent: async () => {
        rmSync(join(dir, 'objects'), { recursive: true, force: true });
        await faults.corruptStoredContent();
      },
      truncateStoredContent: async () => {
        rmSync(join(dir, 'objects'), { recursive: true, force: true });
        await faults.truncateStoredContent();
      },
      deleteStoredContent: async () => {
        rmSync(join(dir, 'objects'), { recursive: true, force: true });
        await faults.deleteStoredContent();
      },
      warnings: () => warnings,
      dispose: () => s3.close(),
    };
  },
  { truncate: true, missing: true, down: true, throttle: true, survivesDown: true },
);
