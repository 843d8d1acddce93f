import { jest } from '@jest/globals';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ActionsService } from '../support/actions-service.js';
import { startActionsService } from '../support/actions-service.js';
import type { ArtifactServiceFake } from '../support/artifact-service.js';
import { registerArtifactService } from '../support/artifact-service.js';
import { TempProject } from '../support/project.js';
import { runAction } from '../support/run-action.js';

// Each test runs the bundled action (or the toolkit) several times in child processes: on a
// loaded machine that takes minutes. The tests check results, never speed.
jest.setTimeout(10 * 60_000);

const EXAMPLE = resolve('examples/sales');
const GENERATED = new Set(['clean', 'agg', 'model', 'charts', 'site', 'metrics.json', '.reprokit']);

/** A new checkout of the example: sources only, as `actions/checkout` would give. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reprokit-checkout-'));
  cpSync(EXAMPLE, dir, {
    recursive: true,
    filter: (src) => !GENERATED.has(src.split('/').pop() as string) || src.includes('/raw'),
  });
  return dir;
}

const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;

describe('the bundled action (dist/action) run as the runner runs it', () => {
  let service: ActionsService;
  let artifacts: ArtifactServiceFake;
  const dirs: string[] = [];
  beforeEach(async () => {
    service = await startActionsService();
    artifacts = registerArtifactService(service);
  });
  afterEach(async () => {
    await service.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('runs the example, then reuses everything in a new checkout', async () => {
    const first = checkout();
    dirs.push(first);
    const run1 = await runAction({ workspace: first, env: service.env });
    expect(run1.stderr).toBe('');
    expect(run1.code).toBe(0);
    expect(json(run1.outputs.ran)).toEqual([
      'clean',
      'by_region',
      'by_month',
      'by_product',
      'model',
      'chart',
      'report',
    ]);
    expect(run1.outputs['cache-hit']).toBe('false');
    expect(run1.summary).toContain('```mermaid');
    expect(run1.summary).toMatch(/7 ran, 0 restored, 0 fresh/);

    expect(artifacts.zipEntries('report').map((e) => e.name)).toContain('index.html');
    const second = checkout();
    dirs.push(second);
    service.reset();
    artifacts.clear(); // the next run is another workflow run
    const run2 = await runAction({ workspace: second, env: service.env });
    expect(run2.code).toBe(0);
    expect(json(run2.outputs.ran)).toEqual([]);
    expect(run2.outputs['cache-hit']).toBe('true');
    // Only the final stage (report) and the published site are restored; intermediates stay in the cache.
    expect(json(run2.outputs.restored)).toEqual(['report']);
    expect(existsSync(join(second, 'site/index.html'))).toBe(true);
    expect(existsSync(join(second, 'data/clean'))).toBe(false);
    expect(service.stats.twirp.CreateCacheEntry ?? 0).toBe(0); // nothing new to save
    expect(artifacts.artifact('report')).toBeDefined(); // the report is still published
    const plan = json(run2.outputs.plan) as { name: string; status: string; key: string }[];
    expect(plan.map((p) => p.status)).toEqual([
      'cached',
      'cached',
      'cached',
      'cached',
      'cached',
      'cached',
      'cached',
    ]);
    expect(plan.every((p) => /^[0-9a-f]{64}$/.test(p.key))).toBe(true);
  });

  it('downloads none of a large intermediate output when everything is fresh', async () => {
    const files = {
      'reprokit.yml': [
        'stages:',
        '  big:',
        '    cmd: head -c 3000000 /dev/zero | tr "\\0" x > big.bin',
        '    outs: [big.bin]',
        '  small:',
        '    cmd: wc -c < big.bin > size.txt',
        '    deps: [big.bin]',
        '    outs: [size.txt]',
        '',
      ].join('\n'),
    };
    const a = new TempProject(files);
    const b = new TempProject(files);
    dirs.push(a.root, b.root);
    expect((await runAction({ workspace: a.root, env: service.env })).code).toBe(0);
    service.reset();
    const run = await runAction({ workspace: b.root, env: service.env });
    expect(run.code).toBe(0);
    expect(json(run.outputs.restored)).toEqual(['small']);
    expect(b.read('size.txt').trim()).toBe('3000000');
    expect(existsSync(b.path('big.bin'))).toBe(false);
    // One download: the run's index (records, and the final stage's small output inline).
    expect(service.stats.downloads).toBe(1);
    expect(service.stats.downloadedBytes).toBeLessThan(4096);
  });

  it('restores everything with restore: all', async () => {
    const a = checkout();
    const b = checkout();
    dirs.push(a, b);
    await runAction({ workspace: a, env: service.env });
    artifacts.clear();
    const run = await runAction({ workspace: b, env: service.env, inputs: { restore: 'all' } });
    expect(json(run.outputs.restored)).toHaveLength(7);
    expect(readdirSync(join(b, 'data/agg')).length).toBeGreaterThan(0);
  });

  it('plan mode runs nothing and outputs the stale stages in waves for parallel jobs', async () => {
    const cold = checkout();
    dirs.push(cold);
    const before = await runAction({ workspace: cold, env: service.env, inputs: { mode: 'plan' } });
    expect(before.code).toBe(0);
    expect(json(before.outputs.stale)).toEqual([
      'clean',
      'by_region',
      'by_month',
      'by_product',
      'model',
      'chart',
      'report',
    ]);
    const waves = json(before.outputs.waves) as { include: { wave: number; stages: string }[] }[];
    expect(waves.flatMap((w) => w.include.map((e) => `${e.wave}:${e.stages}`))).toEqual([
      '0:clean',
      '1:by_region',
      '1:by_month',
      '1:by_product',
      '1:model',
      '2:chart',
      '3:report',
    ]);
    expect(existsSync(join(cold, 'data/clean'))).toBe(false);
    expect(before.outputs['cache-hit']).toBe('false');
    await runAction({ workspace: cold, env: service.env, inputs: { publish: 'false' } });
    const warm = checkout();
    dirs.push(warm);
    const after = await runAction({ workspace: warm, env: service.env, inputs: { mode: 'plan' } });
    expect(json(after.outputs.stale)).toEqual([]);
    expect(after.outputs['cache-hit']).toBe('true');
  });
});
