import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { cli, runJson } from '../support/project.js';

const FIXTURES = join(process.cwd(), '__tests__/fixtures');
const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');

/** DVC's directory hash, computed here from the files without reprokit's code. */
function expectedDir(dir: string): { md5: string; size: number; nfiles: number } {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else files.push(relative(dir, abs).split('\\').join('/'));
    }
  };
  walk(dir);
  files.sort();
  const listing = files
    .map((f) => `{"md5": "${md5(readFileSync(join(dir, f)))}", "relpath": "${f}"}`)
    .join(', ');
  const size = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  return { md5: `${md5(`[${listing}]`)}.dir`, size, nfiles: files.length };
}

interface Lock {
  schema: string;
  stages: Record<
    string,
    {
      cmd: string;
      deps?: { path: string; hash: string; md5: string; size: number; nfiles?: number }[];
      params?: Record<string, Record<string, unknown>>;
      outs?: { path: string; hash: string; md5: string; size: number; nfiles?: number }[];
    }
  >;
}

async function statusLock(root: string) {
  const out = await cli(root, ['status', '--json']);
  return JSON.parse(out.stdout) as {
    stages: { name: string; status: string }[];
    dvcLock: { upToDate: boolean; stale: string[]; reasons: Record<string, string[]> };
  };
}

describe('dvc.lock for example-get-started with stand-in scripts', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-dvc-lock-'));
    cpSync(join(FIXTURES, 'dvc-get-started-runnable'), root, { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes a lock shaped like the real one, with DVC hashes, and checks it', async () => {
    const before = await statusLock(root);
    expect(before.dvcLock.upToDate).toBe(false);
    expect(before.dvcLock.reasons.prepare).toEqual(['dvc.lock does not exist']);

    const first = await cli(root, ['run', '--write-dvc-lock']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('dvc.lock written');
    const text = readFileSync(join(root, 'dvc.lock'), 'utf8');
    const lock = parse(text) as Lock;
    const real = parse(
      readFileSync(join(FIXTURES, 'dvc-example-get-started/dvc.lock'), 'utf8'),
    ) as Lock;
    expect(
      text.startsWith("schema: '2.0'\nstages:\n  prepare:\n    cmd: node src/prepare.js"),
    ).toBe(true);
    // Same shape as DVC's own lock for this pipeline (scripts renamed .py → .js).
    const shape = (l: Lock) =>
      Object.entries(l.stages).map(([name, s]) => ({
        name,
        cmd: s.cmd.replace(/python (\S+)\.py/, 'node $1.js'),
        deps: s.deps?.map((d) => [d.path.replace(/\.py$/, '.js'), Object.keys(d)]),
        params: s.params,
        outs: s.outs?.map((o) => [o.path, Object.keys(o)]),
      }));
    expect(shape(lock)).toEqual(shape(real));
    // Hashes, computed independently.
    const prepared = expectedDir(join(root, 'data/prepared'));
    expect(lock.stages.prepare!.outs![0]).toEqual({
      path: 'data/prepared',
      hash: 'md5',
      ...prepared,
    });
    expect(lock.stages.featurize!.deps![0]!.md5).toBe(prepared.md5);
    expect(lock.stages.train!.outs![0]).toEqual({
      path: 'model.pkl',
      hash: 'md5',
      md5: md5(readFileSync(join(root, 'model.pkl'))),
      size: statSync(join(root, 'model.pkl')).size,
    });
    expect(lock.stages.evaluate!.outs![0]!.md5).toBe(expectedDir(join(root, 'eval')).md5);

    expect((await statusLock(root)).dvcLock).toEqual({ upToDate: true, stale: [], reasons: {} });
    // Second run: nothing runs, the lock is unchanged.
    const second = await runJson(root, ['--write-dvc-lock']);
    expect(Object.values(second.results)).toEqual(['fresh', 'fresh', 'fresh', 'fresh']);
    expect(second.stderr).toContain('dvc.lock already up to date');
    expect(readFileSync(join(root, 'dvc.lock'), 'utf8')).toBe(text);

    // Without the data (as in CI before a pull), the lock is still judged current.
    for (const out of ['data/prepared', 'data/features', 'model.pkl', 'eval'])
      rmSync(join(root, out), { recursive: true, force: true });
    expect((await statusLock(root)).dvcLock.upToDate).toBe(true);

    // A param and a script change make the lock stale for the stages they touch.
    writeFileSync(
      join(root, 'params.yaml'),
      readFileSync(join(root, 'params.yaml'), 'utf8').replace('n_est: 50', 'n_est: 60'),
    );
    writeFileSync(join(root, 'src/evaluate.js'), '// changed\n', { flag: 'a' });
    const stale = (await statusLock(root)).dvcLock;
    expect(stale.upToDate).toBe(false);
    expect(stale.reasons).toEqual({
      train: ['param params.yaml:train.n_est changed'],
      evaluate: ['dep src/evaluate.js changed'],
    });
    const text2 = await cli(root, ['status']);
    expect(text2.stdout).toContain(
      'dvc.lock is not up to date:\n  train: param params.yaml:train.n_est changed',
    );
  });

  it('refuses --write-dvc-lock on a reprokit.yml project', async () => {
    const p = mkdtempSync(join(tmpdir(), 'reprokit-dvc-lock-'));
    writeFileSync(
      join(p, 'reprokit.yml'),
      'stages:\n  a:\n    cmd: echo hi > a.txt\n    outs: [a.txt]\n',
    );
    const out = await cli(p, ['run', '--write-dvc-lock']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--write-dvc-lock needs a dvc.yaml project');
    rmSync(p, { recursive: true, force: true });
  });
});
