import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempProject, cli, runJson, statusJson } from '../support/project.js';
import type { RunJson } from '../support/project.js';

/** Outputs on real files: removal before a run, `persist`, missing outs, symlinks, `frozen`,
 * `always_run` and `cache: false`. */

function byName(json: RunJson, name: string) {
  const stage = json.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`stage ${name} is not in ${JSON.stringify(json)}`);
  return stage;
}

function statusOf(status: { stages: { name: string; status: string; reasons: string[] }[] }) {
  return Object.fromEntries(status.stages.map((s) => [s.name, [s.status, ...s.reasons]]));
}

/** Every file under DIR, recursively, as contents. */
function objectContents(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .sort();
}

describe('declared outputs', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  it('are removed before the stage runs, so a stale file in an output directory does not survive', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  build:
    cmd: mkdir -p site && cp in.txt site/index.txt && ls site > listing.txt
    deps: [in.txt]
    outs: [site/, listing.txt]
`,
      'in.txt': 'v1\n',
    });
    expect((await runJson(p.root)).code).toBe(0);
    p.write({ 'site/stale.html': 'old', 'in.txt': 'v2\n' });
    const run = await runJson(p.root);
    expect(run.results).toEqual({ build: 'ran' });
    expect(readdirSync(p.path('site'))).toEqual(['index.txt']);
    expect(p.read('listing.txt')).toBe('index.txt\n'); // the command never saw it either
    expect(p.read('site/index.txt')).toBe('v2\n');
  });

  it('are kept when `persist: true`, for commands that update a file in place', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  append:
    cmd: cat in.txt >> history.txt && cat in.txt >> scratch.txt
    deps: [in.txt]
    outs: [{path: history.txt, persist: true}, scratch.txt]
`,
      'in.txt': 'one\n',
    });
    await runJson(p.root);
    p.write({ 'in.txt': 'two\n' });
    const run = await runJson(p.root);
    expect(run.results).toEqual({ append: 'ran' });
    expect(p.read('history.txt')).toBe('one\ntwo\n');
    expect(p.read('scratch.txt')).toBe('two\n');
    expect(await statusJson(p.root)).toEqual({
      stages: [expect.objectContaining({ name: 'append', status: 'fresh', reasons: [] })],
    });
  });

  it('that the command did not write fail the stage with a message naming the path', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  half:
    cmd: echo a > a.txt
    outs: [a.txt, results/b.txt]
  next:
    cmd: cat a.txt > next.txt
    deps: [a.txt]
    outs: [next.txt]
`,
    });
    const run = await runJson(p.root);
    expect(run.code).toBe(1);
    expect(run.results).toEqual({ half: 'failed', next: 'skipped' });
    expect(byName(run.json, 'half').error).toContain('"results/b.txt"');
    expect(byName(run.json, 'half').error).not.toContain('a.txt"');
    expect(statusOf(await statusJson(p.root)).half?.[0]).toBe('stale');
  });
});

describe('symlinks', () => {
  let p: TempProject;
  let outside: string;
  beforeEach(() => {
    outside = mkdtempSync(join(tmpdir(), 'reprokit-outside-'));
    writeFileSync(join(outside, 'secret.txt'), 'outside content\n');
  });
  afterEach(() => {
    p.dispose();
    rmSync(outside, { recursive: true, force: true });
  });

  it('an output that is a symlink leaving the project fails the stage and is not cached', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  leak:
    cmd: ln -s ${join(outside, 'secret.txt')} leak.txt
    outs: [leak.txt]
`,
    });
    const run = await runJson(p.root);
    expect(run.code).toBe(1);
    expect(run.results).toEqual({ leak: 'failed' });
    expect(byName(run.json, 'leak').error).toMatch(/leak\.txt.*outside the project/);
    expect(objectContents(p.path('.reprokit/cache/objects'))).toEqual([]);
    p.remove('leak.txt'); // (while it is there, loading may reject the project: also fine)
    expect(statusOf(await statusJson(p.root)).leak).toEqual(['stale', 'never run']);
  });

  it('a symlink leaving the project inside an output directory fails the stage', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  leak:
    cmd: mkdir -p out && echo ok > out/fine.txt && ln -s ${outside} out/elsewhere
    outs: [out/]
`,
    });
    const run = await runJson(p.root);
    expect(run.code).toBe(1);
    expect(byName(run.json, 'leak').error).toMatch(/out\/elsewhere.*outside the project/);
    expect(objectContents(p.path('.reprokit/cache/objects'))).toEqual([]);
  });

  it('an output under a symlinked directory leaving the project is a manifest error; nothing outside is removed', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  write:
    cmd: "true"
    outs: [ext/secret.txt]
`,
    });
    symlinkSync(outside, p.path('ext'));
    const outcome = await cli(p.root, ['run']);
    expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe('outside content\n');
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/ext.*outside the project/);
  });

  it('a dep that is a symlink inside the project is read through the link', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  copy:
    cmd: cat link.txt > copy.txt
    deps: [link.txt]
    outs: [copy.txt]
`,
      'data/real.txt': 'v1\n',
    });
    symlinkSync('data/real.txt', p.path('link.txt'));
    const first = await runJson(p.root);
    expect(first.code).toBe(0);
    expect(p.read('copy.txt')).toBe('v1\n');
    p.write({ 'data/real.txt': 'v2\n' });
    expect(statusOf(await statusJson(p.root))).toEqual({
      copy: ['stale', 'dep link.txt changed'],
    });
    const second = await runJson(p.root);
    expect(second.results).toEqual({ copy: 'ran' });
    expect(p.read('copy.txt')).toBe('v2\n');
  });
});

describe('stage options', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  it('`frozen: true` never re-runs, even when its deps and command change', async () => {
    const manifest = (frozen: boolean, cmd = 'cat in.txt > model.txt') => `
stages:
  train:
    cmd: ${cmd}
    deps: [in.txt]
    outs: [model.txt]
    frozen: ${frozen}
  report:
    cmd: cat model.txt > report.txt
    deps: [model.txt]
    outs: [report.txt]
`;
    p = new TempProject({ 'reprokit.yml': manifest(false), 'in.txt': 'v1\n' });
    await runJson(p.root);
    p.write({ 'reprokit.yml': manifest(true, 'echo changed > model.txt'), 'in.txt': 'v2\n' });
    const status = await statusJson(p.root);
    expect(status.stages.map((s) => [s.name, s.status])).toEqual([
      ['train', 'fresh'],
      ['report', 'fresh'],
    ]);
    const run = await runJson(p.root);
    expect(run.code).toBe(0);
    expect(run.results).toEqual({ train: 'fresh', report: 'fresh' });
    expect(p.read('model.txt')).toBe('v1\n');
    // Deleted, it comes back from the cache, still without running.
    p.remove('model.txt');
    const restored = await runJson(p.root);
    expect(restored.results.train).toBe('restored');
    expect(p.read('model.txt')).toBe('v1\n');
  });

  it('`always_run: true` runs every time; downstream stays fresh when its output is identical', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  download:
    cmd: echo run >> runs.log && cat source.txt > raw.txt
    outs: [raw.txt]
    always_run: true
  clean:
    cmd: tr a-z A-Z < raw.txt > clean.txt
    deps: [raw.txt]
    outs: [clean.txt]
`,
      'source.txt': 'abc\n',
    });
    await runJson(p.root);
    const second = await runJson(p.root);
    expect(second.results).toEqual({ download: 'ran', clean: 'fresh' });
    expect(byName(second.json, 'download').reasons).toEqual(['always_run']);
    expect(p.read('runs.log')).toBe('run\nrun\n');
    // The source is not a declared dep: only always_run notices it changed.
    p.write({ 'source.txt': 'xyz\n' });
    const third = await runJson(p.root);
    expect(third.results).toEqual({ download: 'ran', clean: 'ran' });
    expect(byName(third.json, 'clean').reasons).toEqual(['dep raw.txt changed']);
    expect(p.read('clean.txt')).toBe('XYZ\n');
    expect(statusOf(await statusJson(p.root)).download).toEqual(['stale', 'always_run']);
  });

  it('`cache: false` outputs decide freshness but are never stored nor restored', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  build:
    cmd: echo kept-content > kept.txt && echo notes-content > notes.txt
    outs: [kept.txt, {path: notes.txt, cache: false}]
`,
    });
    await runJson(p.root);
    expect(objectContents(p.path('.reprokit/cache/objects'))).toEqual(['kept-content\n']);
    // Missing, it makes the stage stale (not cached: the cache cannot bring it back).
    p.remove('notes.txt');
    expect(statusOf(await statusJson(p.root))).toEqual({
      build: ['stale', 'output notes.txt missing'],
    });
    const run = await runJson(p.root);
    expect(run.results).toEqual({ build: 'ran' });
    expect(p.read('notes.txt')).toBe('notes-content\n');
    // Modified, too.
    p.write({ 'notes.txt': 'edited\n' });
    expect(statusOf(await statusJson(p.root))).toEqual({
      build: ['stale', 'output notes.txt modified'],
    });
    // Only the cached output missing: restored from the cache, and notes.txt left alone.
    await runJson(p.root);
    p.remove('kept.txt');
    expect(statusOf(await statusJson(p.root)).build?.[0]).toBe('cached');
    const restored = await runJson(p.root);
    expect(restored.results).toEqual({ build: 'restored' });
    expect(p.read('kept.txt')).toBe('kept-content\n');
    expect(p.read('notes.txt')).toBe('notes-content\n');
  });
});
