import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempProject, runJson, statusJson } from '../support/project.js';

/**
 * A small diamond with a fan-out and a fan-in:
 *   upper ─┬─ count ─┐
 *          └─ first ─┴─ report      (params: count reads count.unit, report reads report.title)
 */
const MANIFEST = `
params: params.yaml
stages:
  upper:
    cmd: mkdir -p out && tr a-z A-Z < in.txt > out/upper.txt
    deps: [in.txt]
    outs: [out/upper.txt]
  count:
    cmd: printf '%s %s\\n' "$(wc -c < out/upper.txt | tr -d ' ')" "$(cat unit)" > out/count.txt
    deps: [out/upper.txt, unit]
    params: [count.unit]
    outs: [out/count.txt]
  first:
    cmd: head -c 1 out/upper.txt > out/first.txt
    deps: [out/upper.txt]
    outs: [out/first.txt]
  report:
    cmd: mkdir -p site && cat out/count.txt out/first.txt > site/index.txt && echo "$(cat title)" >> site/index.txt
    deps: [out/count.txt, out/first.txt, title]
    params: [report.title]
    outs: [site/]
`;

function project(): TempProject {
  return new TempProject({
    'reprokit.yml': MANIFEST,
    'params.yaml': 'count: {unit: bytes}\nreport: {title: Hello}\n',
    'in.txt': 'abc\n',
    unit: 'bytes',
    title: 'T',
  });
}

describe('incremental runs on real files', () => {
  let p: TempProject;
  beforeEach(() => {
    p = project();
  });
  afterEach(() => p.dispose());

  it('runs everything once, then nothing', async () => {
    const first = await runJson(p.root);
    expect(first.code).toBe(0);
    expect(first.results).toEqual({ upper: 'ran', count: 'ran', first: 'ran', report: 'ran' });
    expect(p.read('site/index.txt')).toBe('4 bytes\nAT\n');
    const second = await runJson(p.root);
    expect(second.results).toEqual({
      upper: 'fresh',
      count: 'fresh',
      first: 'fresh',
      report: 'fresh',
    });
  });

  it('re-runs exactly the stages downstream of a changed source', async () => {
    await runJson(p.root);
    p.write({ title: 'Changed' });
    const run = await runJson(p.root);
    expect(run.results).toEqual({ upper: 'fresh', count: 'fresh', first: 'fresh', report: 'ran' });
    expect(run.json.stages.find((s) => s.name === 'report')?.reasons).toEqual([
      'dep title changed',
    ]);
  });

  it('does nothing when a file is touched without a change', async () => {
    await runJson(p.root);
    const future = new Date(Date.now() + 60_000);
    utimesSync(p.path('in.txt'), future, future);
    utimesSync(p.path('out/upper.txt'), future, future);
    const run = await runJson(p.root);
    expect(Object.values(run.results)).toEqual(['fresh', 'fresh', 'fresh', 'fresh']);
  });

  it('stops at an upstream stage whose output did not change (early cutoff)', async () => {
    await runJson(p.root);
    p.write({ 'in.txt': 'ABC\n' }); // upper-cases to the same bytes
    const run = await runJson(p.root);
    expect(run.results).toEqual({ upper: 'ran', count: 'fresh', first: 'fresh', report: 'fresh' });
  });

  it('re-runs only the stages that read a changed param key', async () => {
    await runJson(p.root);
    p.write({ 'params.yaml': 'count: {unit: octets}\nreport: {title: Hello}\nunused: 1\n' });
    const status = await statusJson(p.root);
    expect(status.stages.map((s) => [s.name, s.status])).toEqual([
      ['upper', 'fresh'],
      ['count', 'stale'],
      ['first', 'fresh'],
      ['report', 'stale'],
    ]);
    expect(status.stages[1]?.reasons).toEqual([
      'param params.yaml:count.unit changed: "bytes" → "octets"'.replace(/"/g, ''),
    ]);
    const run = await runJson(p.root);
    // count's output does not depend on the param's value here, so report is cut off
    expect(run.results).toEqual({ upper: 'fresh', count: 'ran', first: 'fresh', report: 'fresh' });
  });

  it('restores deleted outputs from the cache without running', async () => {
    await runJson(p.root);
    p.remove('out');
    p.remove('site');
    const status = await statusJson(p.root);
    expect(status.stages.every((s) => s.status === 'cached')).toBe(true);
    const run = await runJson(p.root);
    expect(Object.values(run.results)).toEqual(['restored', 'restored', 'restored', 'restored']);
    expect(p.read('site/index.txt')).toBe('4 bytes\nAT\n');
  });

  it('with --no-restore brings back only what a stage that runs reads', async () => {
    await runJson(p.root);
    p.remove('out');
    p.write({ title: 'Other' });
    const run = await runJson(p.root, ['--no-restore']);
    expect(run.results).toEqual({
      upper: 'fresh',
      count: 'restored',
      first: 'restored',
      report: 'ran',
    });
    expect(readdirSync(p.path('out')).sort()).toEqual(['count.txt', 'first.txt']);
  });

  it('detects a corrupt cache object, warns, and re-runs the stage', async () => {
    await runJson(p.root);
    const objects = join(p.root, '.reprokit', 'cache', 'objects');
    for (const dir of readdirSync(objects))
      for (const f of readdirSync(join(objects, dir)))
        writeFileSync(join(objects, dir, f), 'tampered');
    p.remove('out');
    p.remove('site');
    const run = await runJson(p.root);
    expect(run.code).toBe(0);
    expect(Object.values(run.results)).toEqual(['ran', 'ran', 'ran', 'ran']);
    expect(run.stderr).toMatch(/corrupt/);
    expect(p.read('out/upper.txt')).toBe('ABC\n');
  });

  it('caches what succeeded and nothing of a failing stage', async () => {
    p.write({
      'reprokit.yml': MANIFEST.replace(
        'head -c 1 out/upper.txt > out/first.txt',
        'echo partial > out/first.txt; exit 3',
      ),
    });
    const run = await runJson(p.root);
    expect(run.code).toBe(1);
    expect(run.results).toEqual({ upper: 'ran', count: 'ran', first: 'failed', report: 'skipped' });
    expect(run.json.stages.find((s) => s.name === 'first')?.error).toBe(
      'the command exited with code 3',
    );
    const status = await statusJson(p.root);
    expect(status.stages.map((s) => s.status)).toEqual(['fresh', 'fresh', 'stale', 'stale']);
    p.remove('out');
    const after = await statusJson(p.root);
    expect(after.stages.map((s) => s.status)).toEqual(['cached', 'cached', 'stale', 'stale']);
  });
});
