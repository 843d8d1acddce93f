import { TempProject, cli, runJson } from '../support/project.js';

/** `reprokit plan` on real files: what is stale, and in which wave. */

interface PlanJson {
  stages: { name: string; status: string; reasons: string[] }[];
  stale: string[];
  waves: { wave: number; stages: string[] }[];
  matrix: {
    include: { wave: number; group: string; stages: string; force: string; reads: string }[];
  };
  jobs: { include: { wave: number; group: string; stages: string; force: string }[] }[];
  overflow: boolean;
}

/** A diamond: a → (b, c) → d, each stage copying its inputs with `cat`. */
const DIAMOND = {
  'in.txt': 'one\n',
  'reprokit.yml': `stages:
  a:
    cmd: cat in.txt > a.txt
    deps: [in.txt]
    outs: [a.txt]
  b:
    cmd: cat a.txt > b.txt
    deps: [a.txt]
    outs: [b.txt]
  c:
    cmd: cat a.txt a.txt > c.txt
    deps: [a.txt]
    outs: [c.txt]
  d:
    cmd: cat b.txt c.txt > d.txt
    deps: [b.txt, c.txt]
    outs: [d.txt]
`,
};

async function plan(root: string, args: string[] = []): Promise<PlanJson> {
  const outcome = await cli(root, ['plan', '--json', ...args]);
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  return JSON.parse(outcome.stdout) as PlanJson;
}

describe('reprokit plan', () => {
  let p: TempProject;
  beforeEach(() => {
    p = new TempProject(DIAMOND);
  });
  afterEach(() => p.dispose());

  it('never run: every stage stale, in three waves', async () => {
    const doc = await plan(p.root);
    expect(doc.stale).toEqual(['a', 'b', 'c', 'd']);
    expect(doc.waves).toEqual([
      { wave: 0, stages: ['a'] },
      { wave: 1, stages: ['b', 'c'] },
      { wave: 2, stages: ['d'] },
    ]);
    expect(doc.jobs).toHaveLength(4);
    expect(doc.jobs[1]?.include.map((e) => e.stages)).toEqual(['b', 'c']);
    // downstream of a stale stage: stale because the upstream will run, and in a later wave
    expect(doc.stages.find((s) => s.name === 'd')?.reasons).toEqual(
      expect.arrayContaining(['upstream stage b will run']),
    );
    // plan runs nothing
    expect(p.read('in.txt')).toBe('one\n');
    expect(() => p.read('a.txt')).toThrow();
  });

  it('after a run nothing is stale; a changed input plans its stage and what follows', async () => {
    expect((await runJson(p.root)).code).toBe(0);
    const fresh = await plan(p.root);
    expect(fresh.stale).toEqual([]);
    expect(fresh.waves).toEqual([]);
    expect(fresh.matrix).toEqual({ include: [] });
    expect(fresh.jobs.every((j) => j.include.length === 0)).toBe(true);

    p.write({ 'in.txt': 'two\n' });
    const changed = await plan(p.root);
    expect(changed.waves.map((w) => w.stages)).toEqual([['a'], ['b', 'c'], ['d']]);
  });

  it('cached stages do not run: only what is stale is planned', async () => {
    expect((await runJson(p.root)).code).toBe(0);
    p.remove('b.txt'); // restorable from the local cache
    const doc = await plan(p.root);
    expect(doc.stages.find((s) => s.name === 'b')?.status).toBe('cached');
    expect(doc.stale).toEqual([]);
  });

  it('--force plans the forced stage and gives it to its group only', async () => {
    expect((await runJson(p.root)).code).toBe(0);
    const doc = await plan(p.root, ['--force', 'c']);
    expect(doc.stale).toEqual(['c', 'd']);
    expect(doc.matrix.include).toEqual([
      { wave: 0, group: 'g0-1', stages: 'c', force: 'c', reads: '' },
      { wave: 1, group: 'g1-1', stages: 'd', force: '', reads: 'g0-1' },
    ]);
  });

  it('--max-waves merges the deeper waves into the last job; --max-groups limits the groups', async () => {
    const doc = await plan(p.root, ['--max-waves', '2', '--max-groups', '1']);
    expect(doc.overflow).toBe(true);
    expect(doc.jobs.map((j) => j.include.map((e) => e.stages))).toEqual([['a'], ['b c d']]);
  });

  it('--output writes the document to a file and nothing to standard output', async () => {
    const outcome = await cli(p.root, ['plan', '--json', '--output', p.path('plan.json')]);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toBe('');
    expect((JSON.parse(p.read('plan.json')) as PlanJson).stale).toEqual(['a', 'b', 'c', 'd']);
  });

  it('prints a table without --json', async () => {
    const outcome = await cli(p.root, ['plan']);
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('4 stale stages in 3 waves');
    expect(outcome.stdout).toMatch(/wave 1 +g1-2 +c/);
  });
});
