import { startS3 } from '../support/s3-server.js';
import { s3Faults, s3Remote } from '../support/s3-harness.js';
import { stageCacheContract } from './stage-cache.contract.js';

stageCacheContract(
  'S3 remote (real SDK over HTTP to s3rver on 127.0.0.1)',
  async (project) => {
    const s3 = await startS3();
    const warnings: string[] = [];
    const cache = s3Remote(s3, project, (m) => warnings.push(m));
    return {
      cache,
      ...(await s3Faults(s3)),
      warnings: () => warnings,
      dispose: () => s3.close(),
    };
  },
  { truncate: true, missing: true, downloads: true, down: true, throttle: true },
);
