import { jest } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import type { ActionsService } from '../support/actions-service.js';
import { startActionsService } from '../support/actions-service.js';
import { TempProject } from '../support/project.js';
import { runAction } from '../support/run-action.js';

// Each test runs the bundled action (or the toolkit) several times in child processes: on a
// loaded machine that takes minutes. The tests check results, never speed.
jest.setTimeout(10 * 60_000);

/** Two stages: a large intermediate (its own outputs entry) and a small final one (inline). */
const FILES = {
  'reprokit.yml': [
    'stages:',
    '  big:',
    '    cmd: head -c 1000000 /dev/zero | tr "\\0" y > big.bin',
    '    outs: [big.bin]',
    '  small:',
    '    cmd: wc -c < big.bin > size.txt',
    '    deps: [big.bin]',
    '    outs: [size.txt]',
    '',
  ].join('\n'),
};

const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;
const warnings = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::warning'));

describe('the action when the cache service misbehaves', () => {
  let service: ActionsService;
  const projects: TempProject[] = [];
  const project = () => {
    const p = new TempProject(FILES);
    projects.push(p);
    return p;
  };
  beforeEach(async () => {
    service = await startActionsService();
  });
  afterEach(async () => {
    await service.close();
    for (const p of projects.splice(0)) p.dispose();
  });

  it('runs everything and passes when the service refuses connections, warning once', async () => {
    await service.setMode('refuse');
    const run = await runAction({ workspace: project().root, env: service.env });
    expect(run.code).toBe(0);
    expect(json(run.outputs.ran)).toEqual(['big', 'small']);
    expect(warnings(run.stdout)).toHaveLength(1);
    expect(warnings(run.stdout)[0]).toMatch(
      /cache is unavailable \(cannot connect \(ECONNREFUSED\)\)/,
    );
  });

  it('does not wait out the client retries when the service answers 500', async () => {
    await service.setMode('error500');
    const run = await runAction({ workspace: project().root, env: service.env });
    expect(run.code).toBe(0);
    expect(json(run.outputs.ran)).toEqual(['big', 'small']);
    expect(warnings(run.stdout)).toHaveLength(1);
    expect(warnings(run.stdout)[0]).toMatch(/answered 500/);
    // The toolkit would retry each 5xx call 5 times for about 30 s; the probe makes it one request
    // (counted, not timed: a loaded machine must not fail this test).
    expect(service.stats.requests).toBe(1);
  });

  it('backs off once when the service throttles (429), then runs without the cache, warning once', async () => {
    await service.setMode('throttle');
    const run = await runAction({ workspace: project().root, env: service.env });
    expect(run.code).toBe(0);
    expect(json(run.outputs.ran)).toEqual(['big', 'small']);
    expect(warnings(run.stdout)).toEqual([
      expect.stringMatching(
        /GitHub Actions cache is unavailable \(the service is throttling requests \(429/,
      ),
    ]);
    // the probe, one backoff (Retry-After: 1), the probe again; nothing else asked of the service
    expect(service.stats.twirp).toEqual({ GetCacheEntryDownloadURL: 2 });
    expect(run.summary).toContain('Cache: off.');
  });

  it('re-runs a stage whose outputs download is truncated, and restores nothing bad', async () => {
    expect(
      (await runAction({ workspace: project().root, env: service.env, inputs: { restore: 'all' } }))
        .code,
    ).toBe(0);
    await service.setMode('truncate-download');
    const second = project();
    const run = await runAction({
      workspace: second.root,
      env: service.env,
      inputs: { restore: 'all' },
    });
    expect(run.code).toBe(0);
    // Every download is cut short, records included: each lookup is a miss, so both stages run
    // (the toolkit warns per failed download) and nothing half-downloaded is left behind.
    expect(json(run.outputs.ran)).toEqual(['big', 'small']);
    expect(warnings(run.stdout).every((w) => w.startsWith('::warning::Failed to restore'))).toBe(
      true,
    );
    expect(readFileSync(second.path('big.bin')).length).toBe(1_000_000);
    expect(second.read('size.txt').trim()).toBe('1000000');
  });

  it('discards a corrupted outputs entry with a warning and re-runs the stage', async () => {
    expect((await runAction({ workspace: project().root, env: service.env })).code).toBe(0);
    for (const entry of service.entries())
      if (entry.key.includes('/out/')) service.corruptEntry({ key: entry.key });
    const second = project();
    const run = await runAction({
      workspace: second.root,
      env: service.env,
      inputs: { restore: 'all' },
    });
    expect(run.code).toBe(0);
    expect(json(run.outputs.ran)).toContain('big');
    expect(json(run.outputs.restored)).toEqual(['small']);
    expect(run.stdout).toMatch(/could not restore big from the GitHub Actions cache/);
    expect(readFileSync(second.path('big.bin')).equals(Buffer.alloc(1_000_000, 'y'))).toBe(true);
  });

  it('annotates a failed stage at its line in the manifest, with the tail of its output', async () => {
    const p = project();
    p.write({
      'reprokit.yml': FILES['reprokit.yml'].replace(
        'wc -c < big.bin > size.txt',
        'echo boom >&2; exit 4',
      ),
    });
    const run = await runAction({ workspace: p.root, env: service.env });
    expect(run.code).toBe(1);
    expect(json(run.outputs.failed)).toEqual(['small']);
    expect(run.stdout).toContain(
      '::error title=Stage small failed,file=reprokit.yml,line=5,col=3::the command exited with code 4%0A%0ALast output:%0Aboom',
    );
    expect(existsSync(p.path('size.txt'))).toBe(false);
  });

  it('annotates manifest errors at their position and fails the step', async () => {
    const p = project();
    p.write({ 'reprokit.yml': 'stages:\n  a:\n    cmd: echo\n    dep: [x]\n' });
    const run = await runAction({
      workspace: p.root,
      env: service.env,
      inputs: { 'working-directory': '.' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Invalid manifest,file=reprokit.yml,line=4,col=5::reprokit.yml:4:5: error: unknown key "dep" in stage "a"/,
    );
    expect(run.outputs.ran).toBe('[]');
    expect(run.outputs['cache-hit']).toBe('false');
  });
});
