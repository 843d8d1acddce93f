import { existsSync, renameSync } from 'node:fs';
import { TempProject, cli, runJson, statusJson } from '../support/project.js';

/** Deps on real files (wdir, globs, directories) and what `run STAGE`, `--force`, `--dry-run`
 * and `status` select and touch. */

type Status = { stages: { name: string; status: string; reasons: string[] }[] };

function statusOf(status: Status) {
  return Object.fromEntries(status.stages.map((s) => [s.name, [s.status, ...s.reasons]]));
}

describe('deps', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  it('`wdir`: the command runs in it and deps and outs are relative to it', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  sub:
    wdir: work
    cmd: cat in.txt > out.txt && basename "$PWD" >> out.txt
    deps: [in.txt, ../shared.txt]
    outs: [out.txt]
  top:
    cmd: cat work/out.txt > top.txt
    deps: [work/out.txt]
    outs: [top.txt]
`,
      'work/in.txt': 'hello\n',
      'shared.txt': 's\n',
      'in.txt': 'not this one\n',
    });
    const run = await runJson(p.root);
    expect(run.code).toBe(0);
    expect(p.read('work/out.txt')).toBe('hello\nwork\n');
    expect(p.read('top.txt')).toBe('hello\nwork\n');
    expect(existsSync(p.path('out.txt'))).toBe(false);
    p.write({ 'in.txt': 'still not this one\n' });
    expect(statusOf(await statusJson(p.root)).sub).toEqual(['fresh']);
    p.write({ 'work/in.txt': 'changed\n' });
    expect(statusOf(await statusJson(p.root))).toEqual({
      sub: ['stale', 'dep work/in.txt changed'],
      top: ['stale', 'upstream stage sub will run'],
    });
    p.write({ 'work/in.txt': 'hello\n', 'shared.txt': 't\n' });
    expect(statusOf(await statusJson(p.root)).sub).toEqual(['stale', 'dep shared.txt changed']);
  });

  it('a glob dep: a new matching file makes the stage stale, a non-matching one does not', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  texts:
    cmd: cat src/*.txt > texts.out
    deps: ['src/*.txt']
    outs: [texts.out]
  tables:
    cmd: find data -name '*.csv' | sort > tables.out
    deps: ['data/**/*.csv']
    outs: [tables.out]
`,
      'src/a.txt': 'a\n',
      'src/notes.md': 'm\n',
      'data/top.csv': '1\n',
      'data/deep/er/x.csv': '2\n',
    });
    expect((await runJson(p.root)).code).toBe(0);
    expect(p.read('tables.out')).toBe('data/deep/er/x.csv\ndata/top.csv\n');
    p.write({
      'src/b.md': 'no\n',
      'src/sub/c.txt': 'not at this depth\n',
      'data/readme.md': 'no\n',
      'data/x.csv.bak': 'no\n',
    });
    const unchanged = await statusJson(p.root);
    expect(unchanged.stages.map((s) => s.status)).toEqual(['fresh', 'fresh']);
    p.write({ 'src/b.txt': 'b\n', 'data/deep/new.csv': '3\n' });
    expect(statusOf(await statusJson(p.root))).toEqual({
      texts: ['stale', 'dep src/*.txt changed'],
      tables: ['stale', 'dep data/**/*.csv changed'],
    });
    const run = await runJson(p.root);
    expect(run.results).toEqual({ texts: 'ran', tables: 'ran' });
    expect(p.read('texts.out')).toBe('a\nb\n');
    // Removing a matching file counts too.
    p.remove('data/top.csv');
    expect(statusOf(await statusJson(p.root)).tables?.[0]).toBe('stale');
  });

  it('a directory dep: adding, removing or renaming a file inside it makes the stage stale', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  index:
    cmd: ls -R docs > index.txt
    deps: [docs/]
    outs: [index.txt]
`,
      'docs/a.md': 'a\n',
      'docs/guide/b.md': 'b\n',
    });
    await runJson(p.root);
    const expectStaleThenRun = async () => {
      expect(statusOf(await statusJson(p.root))).toEqual({
        index: ['stale', 'dep docs changed'],
      });
      expect((await runJson(p.root)).results).toEqual({ index: 'ran' });
    };
    p.write({ 'docs/guide/c.md': 'c\n' });
    await expectStaleThenRun();
    p.remove('docs/a.md');
    await expectStaleThenRun();
    // Same contents in the same order: only the name differs.
    renameSync(p.path('docs/guide/b.md'), p.path('docs/guide/b2.md'));
    await expectStaleThenRun();
    expect(p.read('index.txt')).toContain('b2.md');
    // An empty directory adds no file: nothing changes.
    p.write({ 'docs/empty/.keep': '' });
    p.remove('docs/empty/.keep');
    expect(statusOf(await statusJson(p.root))).toEqual({ index: ['fresh'] });
  });
});

describe('selection and modes', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  const CHAIN = `
stages:
  a:
    cmd: echo a >> ran.log && cat in.txt > a.out
    deps: [in.txt]
    outs: [a.out]
  b:
    cmd: echo b >> ran.log && cat a.out > b.out
    deps: [a.out]
    outs: [b.out]
  c:
    cmd: echo c >> ran.log && cat b.out > c.out
    deps: [b.out]
    outs: [c.out]
  side:
    cmd: echo side >> ran.log && echo s > side.out
    outs: [side.out]
`;

  it('`run STAGE` runs that stage and its upstream, not downstream or unrelated stages', async () => {
    p = new TempProject({ 'reprokit.yml': CHAIN, 'in.txt': 'x\n' });
    const run = await runJson(p.root, ['b']);
    expect(run.code).toBe(0);
    expect(run.results).toEqual({ a: 'ran', b: 'ran' });
    expect(p.read('ran.log')).toBe('a\nb\n');
    expect(existsSync(p.path('c.out'))).toBe(false);
    expect(existsSync(p.path('side.out'))).toBe(false);
    expect(statusOf(await statusJson(p.root, ['c']))).toEqual({
      a: ['fresh'],
      b: ['fresh'],
      c: ['stale', 'never run'],
    });
  });

  it('`--force STAGE` re-runs it with reason "forced"; identical output keeps downstream fresh', async () => {
    p = new TempProject({ 'reprokit.yml': CHAIN, 'in.txt': 'x\n' });
    await runJson(p.root);
    p.remove('ran.log');
    const run = await runJson(p.root, ['--force', 'b']);
    expect(run.results).toEqual({ a: 'fresh', b: 'ran', c: 'fresh', side: 'fresh' });
    expect(run.json.stages.find((s) => s.name === 'b')?.reasons).toEqual(['forced']);
    expect(p.read('ran.log')).toBe('b\n');
  });

  it('`--dry-run` runs and writes nothing and prints the plan', async () => {
    p = new TempProject({ 'reprokit.yml': CHAIN, 'in.txt': 'x\n' });
    const text = await cli(p.root, ['run', '--dry-run']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Dry run: nothing was run\./);
    for (const name of ['a', 'b', 'c', 'side'])
      expect(text.stdout).toMatch(new RegExp(`^${name}\\s+stale`, 'm'));
    const json = await cli(p.root, ['run', '-n', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      stages: [
        {
          name: 'a',
          status: 'stale',
          reasons: ['never run'],
          differences: [{ kind: 'never-run' }],
          key: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
        {
          name: 'b',
          status: 'stale',
          reasons: ['upstream stage a will run'],
          differences: [{ kind: 'upstream-will-run', stage: 'a' }],
        },
        {
          name: 'c',
          status: 'stale',
          reasons: ['upstream stage b will run'],
          differences: [{ kind: 'upstream-will-run', stage: 'b' }],
        },
        {
          name: 'side',
          status: 'stale',
          reasons: ['never run'],
          differences: [{ kind: 'never-run' }],
          key: expect.any(String),
        },
      ],
    });
    for (const f of ['ran.log', 'a.out', 'b.out', 'c.out', 'side.out'])
      expect(existsSync(p.path(f))).toBe(false);
    // Nor does it restore: outputs only in the cache stay there.
    await runJson(p.root);
    p.remove('c.out');
    expect((await cli(p.root, ['run', '--dry-run'])).stdout).toMatch(
      /^c\s+cached\s+output c\.out missing/m,
    );
    expect(existsSync(p.path('c.out'))).toBe(false);
  });

  it('`status` never runs a command, writes or restores an output', async () => {
    p = new TempProject({ 'reprokit.yml': CHAIN, 'in.txt': 'x\n' });
    const before = await cli(p.root, ['status']);
    expect(before.code).toBe(0);
    expect(existsSync(p.path('ran.log'))).toBe(false);
    expect(existsSync(p.path('a.out'))).toBe(false);
    await runJson(p.root);
    p.remove('a.out');
    p.remove('c.out');
    p.remove('ran.log');
    expect(statusOf(await statusJson(p.root))).toEqual({
      a: ['cached', 'output a.out missing'],
      b: ['fresh'],
      c: ['cached', 'output c.out missing'],
      side: ['fresh'],
    });
    expect(existsSync(p.path('a.out'))).toBe(false);
    expect(existsSync(p.path('c.out'))).toBe(false);
    expect(existsSync(p.path('ran.log'))).toBe(false);
  });
});
