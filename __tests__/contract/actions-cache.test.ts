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
      dispose: async () => {
        process.chdir(previousCwd);
        undoEnv();
        await service.close();
        rmSync(runnerTemp, { recursive: true, force: true });
      },
    };
  },
);
