import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StageRecord } from '../../src/core/record.js';
import type { RestoreOutcome, SaveOutcome, StageCache } from '../../src/ports.js';
import { ActionsCache, entryKeyPrefix } from '../../src/adapters/github/actions-cache.js';
import { toolkitCacheClient } from '../../src/adapters/github/actions-cache-client.js';
import { probeCacheService } from '../../src/adapters/github/actions-cache-probe.js';
import { applyEnv, startActionsService } from '../support/actions-service.js';
import type { TempProject } from '../support/project.js';
import { stageCacheContract } from './stage-cache.contract.js';

const sha = (t: string) => createHash('sha256').update(t).digest('hex');

/**
 * Every call is a run of its own, as in CI: a new adapter loads the newest index from the service,
 * does the one thing, and (after a save) persists a new index. So the contract holds for what
 * really goes through the service, not for the adapter's memory.
 */
class RunPerCall implements StageCache {
  readonly name = 'GitHub Actions (one run per call)';
  private last: ActionsCache | undefined;
  constructor(private readonly open: () => Promise<ActionsCache>) {}
  private async run(): Promise<ActionsCache> {
    const cache = await this.open();
    await cache.load();
    this.last = cache;
    return cache;
  }
  async lookup(stage: string, key: string): Promise<StageRecord | undefined> {
    return (await this.run()).lookup(stage, key);
  }
  async latest(stage: string): Promise<StageRecord | undefined> {
    return (await this.run()).latest(stage);
  }
  async restore(record: StageRecord): Promise<RestoreOutcome> {
    return (this.last ?? (await this.run())).restore(record);
  }
  async save(record: StageRecord): Promise<SaveOutcome> {
    const cache = await this.run();
    const outcome = await cache.save(record);
    await cache.persist();
    return outcome;
  }
}

async function harness(project: TempProject, variant: 'run-per-call' | 'one-run') {
  const service = await startActionsService();
  const runnerTemp = mkdtempSync(join(tmpdir(), 'reprokit-runner-'));
  const undoEnv = applyEnv({
    ...service.env,
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: project.root,
  });
  const cwd = process.cwd();
  const warnings: string[] = [];
  let run = 0;
  const open = async () =>
    new ActionsCache({
      root: project.root,
      client: await toolkitCacheClient(project.root),
      keyPrefix: entryKeyPrefix('Linux', 'X64', '', sha),
      warn: (m) => warnings.push(m),
      run: { branch: 'main', runId: String(++run), attempt: '1' },
      // as openActionsCache wires it: a failed save asks the service how it is
      diagnose: () => probeCacheService(service.env),
    });
  const cache: StageCache =
    variant === 'one-run'
      ? await open().then(async (c) => (await c.load(), c))
      : new RunPerCall(open);
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
    fault: (mode: 'down' | 'throttle') => service.setMode(mode === 'down' ? 'refuse' : 'error500'),
    warnings: () => warnings,
    dispose: async () => {
      // the adapter takes its root as an argument: the process's directory is never left changed
      expect(process.cwd()).toBe(cwd);
      undoEnv();
      await service.close();
      rmSync(runnerTemp, { recursive: true, force: true });
    },
  };
}

// Throttling is not declared: the toolkit retries 5xx on its own schedule (about 29 s);
// __tests__/support/actions-service.test.ts and __tests__/action/cache-index.test.ts cover 429.
// Down: the Actions cache is the only layer, so a save while the service is down fails (with one
// warning, after which saving stops for the run); restores fail and touch nothing.
const declared = { truncate: true, missing: true, down: true, survivesDown: false };

stageCacheContract(
  'GitHub Actions cache, one run per call (real @actions/cache over HTTP to a loopback service)',
  (project) => harness(project, 'run-per-call'),
  declared,
);

// Within one run lookups are answered from the index loaded before the outage; the service is met
// when a large output is saved or restored, and there the outage shows.
stageCacheContract(
  'GitHub Actions cache, within one run',
  (project) => harness(project, 'one-run'),
  declared,
);
