import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionsCache, entryKeyPrefix } from '../../src/adapters/github/actions-cache.js';
import { toolkitCacheClient } from '../../src/adapters/github/actions-cache-client.js';
import { applyEnv, startActionsService } from '../support/actions-service.js';
import type { RunsByBranch } from '../support/memory-baseline.js';
import { MemoryBaseline } from '../support/memory-baseline.js';
import { metricsBaselineContract } from './metrics-baseline.contract.js';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

/**
 * The Actions cache index over the loopback cache service. Each run is a new adapter in the
 * branch's scope (a pull request also reads its base's scope, as on GitHub), and it persists its
 * index when it ends, as the action does.
 */
metricsBaselineContract('ActionsCache index (loopback cache service)', async () => {
  const service = await startActionsService();
  const root = mkdtempSync(join(tmpdir(), 'reprokit-baseline-contract-'));
  const undoEnv = applyEnv({
    ...service.env,
    RUNNER_TEMP: join(root, 'tmp'),
    GITHUB_WORKSPACE: root,
  });
  let runId = 0;
  const open = async (branch: string, base?: string) => {
    service.setScope(`refs/heads/${branch}`, base ? [`refs/heads/${base}`] : []);
    const cache = new ActionsCache({
      root,
      client: await toolkitCacheClient(root),
      keyPrefix: entryKeyPrefix('Linux', 'X64', '', sha),
      warn: (m) => {
        throw new Error(`unexpected warning: ${m}`);
      },
      run: { branch, runId: String(++runId), attempt: '1' },
    });
    await cache.load();
    return cache;
  };
  return {
    recordRun: async (branch, records, base) => {
      const cache = await open(branch, base);
      for (const r of records) expect(await cache.save(r)).toMatchObject({ ok: true });
      expect((await cache.persist()).saved).toBeDefined();
    },
    open,
    dispose: async () => {
      undoEnv();
      await service.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
});

metricsBaselineContract('MemoryBaseline (test fake)', async () => {
  const runs: RunsByBranch = new Map();
  return {
    recordRun: (branch, records, base) =>
      MemoryBaseline.record(runs, branch, records, base ? [base] : []),
    open: async (branch, base) => new MemoryBaseline(runs, branch, base ? [base] : []),
    dispose: async () => undefined,
  };
});
