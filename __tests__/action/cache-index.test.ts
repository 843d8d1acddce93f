import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsCacheOptions } from '../../src/adapters/github/actions-cache.js';
import { ActionsCache, entryKeyPrefix } from '../../src/adapters/github/actions-cache.js';
import { toolkitCacheClient } from '../../src/adapters/github/actions-cache-client.js';
import { INDEX_FORMAT } from '../../src/adapters/github/actions-cache-index.js';
import { probeCacheService } from '../../src/adapters/github/actions-cache-probe.js';
import type { ActionsService } from '../support/actions-service.js';
import { applyEnv, startActionsService } from '../support/actions-service.js';
import { keyOf, writeOutputs } from '../contract/stage-cache.contract.js';
import { TempProject } from '../support/project.js';

// Each test runs the bundled action (or the toolkit) several times in child processes: on a
// loaded machine that takes minutes. The tests check results, never speed.
jest.setTimeout(10 * 60_000);

const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const PREFIX = entryKeyPrefix('Linux', 'X64', '', sha);

/** The run-level index through the real toolkit client and the loopback service. */
describe('the Actions cache index', () => {
  let service: ActionsService;
  let project: TempProject;
  let undo: () => void;
  let runnerTemp: string;
  const warnings: string[] = [];
  const cwd = process.cwd();
  let run = 0;

  const open = async (extra: Partial<ActionsCacheOptions> = {}) =>
    new ActionsCache({
      root: project.root,
      client: await toolkitCacheClient(project.root),
      keyPrefix: PREFIX,
      warn: (m) => warnings.push(m),
      run: { branch: 'main', runId: String(++run), attempt: '1' },
      diagnose: () => probeCacheService(service.env),
      ...extra,
    });

  beforeEach(async () => {
    service = await startActionsService();
    project = new TempProject();
    runnerTemp = mkdtempSync(join(tmpdir(), 'reprokit-runner-'));
    undo = applyEnv({ ...service.env, RUNNER_TEMP: runnerTemp });
    warnings.length = 0;
  });
  afterEach(async () => {
    undo();
    await service.close();
    project.dispose();
    rmSync(runnerTemp, { recursive: true, force: true });
    expect(process.cwd()).toBe(cwd);
  });

  it('a run saves one entry; the next run decides from one lookup and saves nothing when nothing changed', async () => {
    const first = await open();
    expect(await first.load()).toEqual({ index: false, fragments: 0 });
    for (let i = 0; i < 50; i++) {
      const record = writeOutputs(project, `s${i}`, keyOf(`k${i}`), {
        [`out/${i}.txt`]: { [`out/${i}.txt`]: `output ${i}\n` },
      });
      expect((await first.save(record)).ok).toBe(true);
    }
    expect((await first.persist()).saved).toMatch(new RegExp(`^${PREFIX}/index/main/1-1-`));
    expect(service.entries()).toHaveLength(1);

    service.reset();
    rmSync(project.path('out'), { recursive: true });
    const second = await open();
    expect(await second.load()).toEqual({ index: true, fragments: 0 });
    for (let i = 0; i < 50; i++) expect(await second.lookup(`s${i}`, keyOf(`k${i}`))).toBeDefined();
    expect(await second.lookup('s1', keyOf('other'))).toBeUndefined();
    const record = (await second.lookup('s7', keyOf('k7'))) as NonNullable<
      Awaited<ReturnType<ActionsCache['lookup']>>
    >;
    expect(await second.restore(record)).toEqual({ ok: true, bytes: 9 });
    expect(project.read('out/7.txt')).toBe('output 7\n');
    expect((await second.persist()).saved).toBeUndefined();
    // one lookup and one download, whatever the number of stages
    expect(service.stats.requests).toBe(2);
    expect(second.stats.requests).toBe(2);
  });

  it('ignores entries of another layout and content that does not verify', async () => {
    const c = await open();
    await c.load();
    const record = writeOutputs(project, 'a', keyOf('a'), { 'a.txt': { 'a.txt': 'A' } });
    await c.save(record);
    await c.persist();
    // a newer index that is not one (an older reprokit, or garbage) is a miss, with a warning
    project.write({
      '.reprokit/actions-cache/index.json': '{"format":"reprokit-actions-cache-1"}',
    });
    const client = await toolkitCacheClient(project.root);
    await client.save(['.reprokit/actions-cache/index.json'], `${PREFIX}/index/main/zz`);
    const next = await open();
    expect(await next.load()).toEqual({ index: false, fragments: 0 });
    expect(warnings.join('\n')).toMatch(/not a reprokit index of this version/);
    expect(INDEX_FORMAT).toBe('reprokit-actions-index-2');
  });

  it('on HTTP 429 while saving: one backoff, one retry, then no more saving and one warning', async () => {
    const sleeps: number[] = [];
    const c = await open({ sleep: async (ms) => void sleeps.push(ms) });
    await c.load();
    service.reset();
    await service.setMode('throttle');
    const big = Buffer.alloc(300 * 1024, 3);
    const record = writeOutputs(project, 'big', keyOf('big'), { 'big.bin': { 'big.bin': big } });
    const outcome = await c.save(record);
    expect(outcome).toMatchObject({ ok: false, reported: true });
    const other = writeOutputs(project, 'b2', keyOf('b2'), { 'b2.bin': { 'b2.bin': big } });
    expect((await c.save(other)).ok).toBe(false);
    expect((await c.persist()).saved).toBeUndefined();
    expect(sleeps).toEqual([1000]);
    expect(warnings.filter((w) => w.startsWith('Not saving'))).toHaveLength(1);
    expect(warnings[0]).toMatch(/429/);
    // create (refused), probe, create again (refused), probe: then nothing more
    expect(service.stats.twirp).toEqual({ CreateCacheEntry: 2, GetCacheEntryDownloadURL: 2 });
  });

  it('fan-out: groups save fragments, the final job merges them into one index', async () => {
    const base = await open({ run: { branch: 'main', runId: '77', attempt: '1' } });
    await base.load();
    const g1 = writeOutputs(project, 'one', keyOf('1'), { 'one.txt': { 'one.txt': '1' } });
    await base.save(g1);
    expect((await base.persist({ group: 'g0-1' })).saved).toBe(`${PREFIX}/frag/77/g0-1-a1`);
    const later = await open({ run: { branch: 'main', runId: '77', attempt: '1' } });
    expect(await later.load({ fragments: ['g0-1'] })).toEqual({ index: false, fragments: 1 });
    expect(await later.lookup('one', keyOf('1'))).toEqual(g1);
    const g2 = writeOutputs(project, 'two', keyOf('2'), { 'two.txt': { 'two.txt': '2' } });
    await later.save(g2);
    await later.persist({ group: 'g1-1' });
    const final = await open({ run: { branch: 'main', runId: '77', attempt: '1' } });
    expect(await final.load({ fragments: ['g0-1', 'g1-1'] })).toEqual({
      index: false,
      fragments: 2,
    });
    expect((await final.persist()).saved).toMatch(/\/index\/main\/77-1-/);
    service.reset();
    const next = await open();
    await next.load();
    expect(await next.lookup('one', keyOf('1'))).toEqual(g1);
    expect(await next.lookup('two', keyOf('2'))).toEqual(g2);
    expect(service.stats.twirp).toEqual({ GetCacheEntryDownloadURL: 1 });
  });
});
