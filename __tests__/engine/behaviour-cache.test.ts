import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempProject, cli, runJson, statusJson } from '../support/project.js';
import type { RunJson } from '../support/project.js';

/** The local cache shared between checkouts, deduplication, `--no-cache`, and the reasons a
 * stage gives for being stale. */

type Status = { stages: { name: string; status: string; reasons: string[] }[] };

function statusOf(status: Status) {
  return Object.fromEntries(status.stages.map((s) => [s.name, [s.status, ...s.reasons]]));
}

/** Every file under DIR, recursively (paths relative to DIR). */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

async function run(root: string, args: string[], env: Record<string, string> = {}) {
  const outcome = await cli(root, ['run', '--json', ...args], { env });
  const json = JSON.parse(outcome.stdout) as RunJson;
  return {
    code: outcome.code,
    results: Object.fromEntries(json.stages.map((s) => [s.name, s.result])),
  };
}

const PIPELINE = `
stages:
  left:
    cmd: echo ran left >> ran.log && cat in.txt > left.txt
    deps: [in.txt]
    outs: [left.txt]
  right:
    cmd: echo ran right >> ran.log && cat in.txt > right.txt
    deps: [in.txt]
    outs: [right.txt]
  both:
    cmd: echo ran both >> ran.log && mkdir -p out && cat left.txt right.txt > out/both.txt
    deps: [left.txt, right.txt]
    outs: [out/]
`;

describe('the local cache', () => {
  let a: TempProject;
  let b: TempProject;
  let shared: string;
  beforeEach(() => {
    a = new TempProject({ 'reprokit.yml': PIPELINE, 'in.txt': 'same\n' });
    b = new TempProject({ 'reprokit.yml': PIPELINE, 'in.txt': 'same\n' });
    shared = mkdtempSync(join(tmpdir(), 'reprokit-shared-cache-'));
  });
  afterEach(() => {
    a.dispose();
    b.dispose();
    rmSync(shared, { recursive: true, force: true });
  });

  it('two checkouts sharing --cache-dir / REPROKIT_CACHE_DIR: the second restores instead of running', async () => {
    expect((await run(a.root, ['--cache-dir', shared])).results).toEqual({
      left: 'ran',
      right: 'ran',
      both: 'ran',
    });
    expect(existsSync(a.path('.reprokit/cache'))).toBe(false);
    expect(statusOf(await statusJson(b.root, ['--cache-dir', shared]))).toEqual({
      left: ['cached', 'output left.txt missing'],
      right: ['cached', 'output right.txt missing'],
      both: ['cached', 'output out missing'],
    });
    const second = await run(b.root, [], { REPROKIT_CACHE_DIR: shared });
    expect(second).toEqual({
      code: 0,
      results: { left: 'restored', right: 'restored', both: 'restored' },
    });
    expect(existsSync(b.path('ran.log'))).toBe(false);
    expect(b.read('out/both.txt')).toBe('same\nsame\n');
    // And it is now recorded in b: the next run is fresh.
    expect((await run(b.root, [], { REPROKIT_CACHE_DIR: shared })).results).toEqual({
      left: 'fresh',
      right: 'fresh',
      both: 'fresh',
    });
  });

  it('a `cache: false` output is never restored in another checkout, and the reason says why', async () => {
    const manifest = `
stages:
  build:
    cmd: echo kept > kept.txt && echo notes > notes.txt
    outs: [kept.txt, {path: notes.txt, cache: false}]
`;
    a.write({ 'reprokit.yml': manifest });
    b.write({ 'reprokit.yml': manifest });
    await run(a.root, ['--cache-dir', shared]);
    const [status, ...reasons] = statusOf(await statusJson(b.root, ['--cache-dir', shared]))
      .build as string[];
    expect(status).toBe('stale');
    expect(reasons).toContain('output notes.txt missing');
    expect(reasons).not.toContain('no record for this key');
    expect((await run(b.root, ['--cache-dir', shared])).results).toEqual({ build: 'ran' });
  });

  it('stores a file produced identically by two stages once', async () => {
    await run(a.root, ['--cache-dir', shared]);
    const objects = filesUnder(join(shared, 'objects'));
    // left.txt and right.txt hold the same bytes; out/both.txt differs.
    expect(objects).toHaveLength(2);
    const contents = objects.map((f) => readFileSync(join(shared, 'objects', f), 'utf8')).sort();
    expect(contents).toEqual(['same\n', 'same\nsame\n']);
    // A second checkout writing the same outputs adds no object.
    await run(b.root, ['--cache-dir', shared, '--force-all']);
    expect(filesUnder(join(shared, 'objects'))).toEqual(objects);
  });

  it('--no-cache neither writes nor reads the cache', async () => {
    expect((await run(a.root, ['--no-cache'])).code).toBe(0);
    expect(filesUnder(a.path('.reprokit/cache'))).toEqual([]);
    // Fill the cache, then delete the outputs: --no-cache runs instead of restoring.
    await run(b.root, []);
    expect(filesUnder(b.path('.reprokit/cache/objects'))).toHaveLength(2);
    b.remove('left.txt');
    b.remove('ran.log');
    const noCache = await run(b.root, ['--no-cache']);
    expect(noCache.results).toEqual({ left: 'ran', right: 'fresh', both: 'fresh' });
    expect(b.read('ran.log')).toBe('ran left\n');
    expect(statusOf(await statusJson(b.root, ['--no-cache'])).left).toEqual(['fresh']);
    b.remove('right.txt');
    expect(statusOf(await statusJson(b.root, ['--no-cache'])).right).toEqual([
      'stale',
      'output right.txt missing',
    ]);
  });
});

describe('reasons for running', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  const manifest = (o: { cmd?: string; env?: string; globalEnv?: string } = {}) => `
params: params.json
env: {LC_ALL: ${o.globalEnv ?? 'C'}}
stages:
  train:
    cmd: ${o.cmd ?? 'cat data.txt > model.txt && echo "$SEED" >> model.txt'}
    env: {SEED: '${o.env ?? '1'}'}
    deps: [data.txt]
    params: [train.lr, train.layers]
    outs: [model.txt]
  eval:
    cmd: cat model.txt > score.txt
    deps: [model.txt]
    outs: [score.txt]
`;

  function project(): TempProject {
    return new TempProject({
      'reprokit.yml': manifest(),
      'params.json': '{"train": {"lr": 0.1, "layers": [2, 3]}, "other": 1}',
      'data.txt': 'd\n',
    });
  }

  async function reasons(): Promise<Record<string, string[]>> {
    return statusOf(await statusJson(p.root));
  }

  beforeEach(async () => {
    p = project();
    expect(await reasons()).toEqual({
      train: ['stale', 'never run'],
      eval: ['stale', 'upstream stage train will run'],
    });
    expect((await runJson(p.root)).code).toBe(0);
  });

  it('dep X changed', async () => {
    p.write({ 'data.txt': 'e\n' });
    expect((await reasons()).train).toEqual(['stale', 'dep data.txt changed']);
  });

  it('param file:key changed: a → b (from a JSON params file)', async () => {
    p.write({ 'params.json': '{"train": {"lr": 0.2, "layers": [2, 4]}, "other": 2}' });
    expect((await reasons()).train).toEqual([
      'stale',
      'param params.json:train.layers changed: [2,3] → [2,4]',
      'param params.json:train.lr changed: 0.1 → 0.2',
    ]);
  });

  it('command changed', async () => {
    p.write({ 'reprokit.yml': manifest({ cmd: 'cat data.txt > model.txt' }) });
    expect((await reasons()).train).toEqual(['stale', 'command changed']);
  });

  it('env X changed (stage and global)', async () => {
    p.write({ 'reprokit.yml': manifest({ env: '2', globalEnv: 'en_US.UTF-8' }) });
    const r = await reasons();
    expect(r.train).toEqual(['stale', 'env LC_ALL changed', 'env SEED changed']);
    expect(r.eval).toEqual(['stale', 'upstream stage train will run']);
    await runJson(p.root, ['train']);
    expect((await reasons()).eval).toEqual([
      'stale',
      'env LC_ALL changed',
      'dep model.txt changed',
    ]);
  });

  it('output X missing, output X modified (cached: the cache can bring them back)', async () => {
    p.remove('model.txt');
    expect((await reasons()).train).toEqual(['cached', 'output model.txt missing']);
    p.write({ 'model.txt': 'hand-edited\n' });
    expect((await reasons()).train).toEqual(['cached', 'output model.txt modified']);
    const run = await runJson(p.root);
    expect(run.results).toEqual({ train: 'restored', eval: 'fresh' });
    expect(run.json.stages[0]?.reasons).toEqual(['output model.txt modified']);
    expect(p.read('model.txt')).toBe('d\n1\n');
  });

  it('forced and always_run', async () => {
    const forced = await runJson(p.root, ['--force', 'eval']);
    expect(forced.json.stages.map((s) => [s.name, s.result, s.reasons])).toEqual([
      ['train', 'fresh', []],
      ['eval', 'ran', ['forced']],
    ]);
    p.write({
      'reprokit.yml': manifest().replace(
        '    outs: [score.txt]',
        '    outs: [score.txt]\n    always_run: true',
      ),
    });
    expect((await reasons()).eval).toEqual(['stale', 'always_run']);
  });

  it('a param the stage does not declare changes nothing', async () => {
    p.write({ 'params.json': '{"other": 3, "train": {"layers": [2, 3], "lr": 0.1}}' });
    expect(await reasons()).toEqual({ train: ['fresh'], eval: ['fresh'] });
  });
});
