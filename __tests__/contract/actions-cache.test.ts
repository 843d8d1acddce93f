import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionsCache, entryKeyPrefix } from '../../src/adapters/github/actions-cache.js';
import { toolkitCacheClient } from '../../src/adapters/github/actions-cache-client.js';
import { applyEnv, startActionsService } from '../support/actions-service.js';
import { stageCacheContract } from './stage-cache.contract.js';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

stageCacheContract(
  'GitHub Actions cache (real @actions/cache over HTTP to a loopback service)',
  async (project) => {
    const service = await startActionsService();
    const runnerTemp = mkdtempSync(join(tmpdir(), 'reprokit-runner-'));
    const undoEnv = applyEnv({
      ...service.env,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: project.root,
    });
    const previousCwd = process.cwd();
    process.chdir(project.root);
    const warnings: string[] = [];
    const cache = new ActionsCache({
      root: project.root,
      client: await toolkitCacheClient(),
      keyPrefix: entryKeyPrefix('Linux', 'X64', '', sha),
      warn: (m) => warnings.push(m),
    });
    return {
      cache,
      corruptStoredContent: () => {
        for (const entry of service.entries()) service.corruptEntry({ key: entry.key });
      },
      // The fake cannot shorten a stored blob: it cuts every download short instead.
      truncateStoredContent: () => service.setMode('truncate-download'),
      deleteStoredContent: () => {
        for (const entry of service.entries())
          if (entry.key.includes('/out/')) service.deleteEntry({ key: entry.key });
      },
      fault: (mode: 'down' | 'throttle') =>
        service.setMode(mode === 'down' ? 'refuse' : 'error500'),
      warnings: () => warnings,
      dispose: async () => {
        process.chdir(previousCwd);
        undoEnv();
        await service.close();
        rmSync(runnerTemp, { recursive: true, force: true });
      },
    };
  },
  // Throttling is not declared: the toolkit retries 5xx on its own schedule (about 29 s) and the
  // fake has no "next N requests" mode; __tests__/support/actions-service.test.ts covers it.
  {
    truncate: true,
    missing: true,
    down: true,
    // Found by this suite (reported to #11): a restore whose outputs entry is gone has already
    // removed the workspace's outputs; the second of two concurrent saves of a key answers
    // ok: false (the service's "already exists" while the first is still uploading).
    knownFailures: ['missing', 'concurrent'],
  },
);
