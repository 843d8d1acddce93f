import { cli, TempProject } from '../support/project.js';

/** A DVC project as a fresh clone has it: data tracked by .dvc files is not pulled yet. */
function freshClone(): TempProject {
  return new TempProject({
    'dvc.yaml': `stages:
  prepare:
    cmd: cp data/data.xml prepared.txt
    deps: [data/data.xml, prepare.sh]
    outs: [prepared.txt]
  other:
    cmd: cp prepare.sh other.txt
    deps: [prepare.sh]
    outs: [other.txt]
  train:
    foreach: [a, b]
    do:
      cmd: cp prepared.txt model-\${item}.txt
      deps: [prepared.txt]
      outs:
        - model-\${item}.txt
`,
    'data/data.xml.dvc':
      'outs:\n- md5: a304afb96060aad90176268345e10355\n  size: 37891850\n  path: data.xml\n',
    'prepare.sh': 'echo\n',
  });
}

const HINT = 'input missing: data/data.xml (tracked by data/data.xml.dvc; run `dvc pull`)';

describe('a DVC project before `dvc pull`', () => {
  let p: TempProject;
  beforeEach(() => {
    p = freshClone();
  });
  afterEach(() => p.dispose());

  it('draws the DAG without the data', async () => {
    const dag = await cli(p.root, ['dag', '--json']);
    expect(dag.code).toBe(0);
    expect(dag.stderr).toBe('');
    expect(JSON.parse(dag.stdout).stages.map((s: { name: string }) => s.name)).toEqual([
      'prepare',
      'other',
      'train@a',
      'train@b',
    ]);
  });

  it('status says which input is missing and how to get it, in text and JSON', async () => {
    const text = await cli(p.root, ['status']);
    expect(text.code).toBe(0);
    const line = text.stdout.split('\n').find((l) => l.startsWith('prepare '));
    expect(line).toMatch(/^prepare +stale +input missing/);
    expect(line?.trimEnd().endsWith(HINT)).toBe(true);
    const json = await cli(p.root, ['status', '--json']);
    const stages = JSON.parse(json.stdout).stages as { name: string; reasons: string[] }[];
    expect(stages.find((s) => s.name === 'prepare')?.reasons).toEqual([HINT]);
    expect(stages.find((s) => s.name === 'train@a')?.reasons).toEqual([
      'upstream stage prepare will run',
    ]);
  });

  it('run fails only the stages that need the data, with the hint', async () => {
    const run = await cli(p.root, ['run', '--json', '--keep-going']);
    expect(run.code).toBe(1);
    const results = Object.fromEntries(
      (JSON.parse(run.stdout).stages as { name: string; result: string; error?: string }[]).map(
        (s) => [s.name, s.error ?? s.result],
      ),
    );
    expect(results).toEqual({
      prepare: `cannot run: ${HINT}`,
      other: 'ran',
      'train@a': 'skipped',
      'train@b': 'skipped',
    });
    expect(p.read('other.txt')).toBe('echo\n');
  });

  it('once the data is there, everything runs', async () => {
    p.write({ 'data/data.xml': '<xml/>\n' });
    const run = await cli(p.root, ['run', '--json']);
    expect(run.code).toBe(0);
    expect(p.read('model-b.txt')).toBe('<xml/>\n');
  });

  it('a missing dep nothing tracks is a positioned warning, and the stage waits', async () => {
    p.write({ 'dvc.yaml': 'stages:\n  s:\n    cmd: cat typo.txt\n    deps: [typo.txt]\n' });
    const status = await cli(p.root, ['status']);
    expect(status.code).toBe(0);
    expect(status.stderr).toContain('dvc.yaml:4:12: warning: typo.txt does not exist');
    expect(status.stdout).toContain(
      'input missing: typo.txt (no stage produces it and no .dvc file tracks it)',
    );
  });

  it('a param missing from its file is reported at the stage and does not stop dag', async () => {
    p.write({
      'params.yaml': 'train: {lr: 0.1}\n',
      'dvc.yaml': 'stages:\n  s:\n    cmd: echo\n    params: [train.lr, train.epochs]\n',
    });
    const dag = await cli(p.root, ['dag']);
    expect(dag.code).toBe(0);
    expect(dag.stderr).toContain(
      'dvc.yaml:4:24: warning: param "train.epochs" is not in params.yaml',
    );
    const status = await cli(p.root, ['status', '--json']);
    expect(JSON.parse(status.stdout).stages[0].reasons).toEqual([
      'param missing: train.epochs (not in params.yaml)',
    ]);
  });
});

describe('group names as targets', () => {
  it('`run train` selects every stage foreach generated (with what they need)', async () => {
    const p = freshClone();
    try {
      p.write({ 'data/data.xml': 'x\n' });
      const run = await cli(p.root, ['run', 'train', '--json']);
      expect(run.code).toBe(0);
      const names = (JSON.parse(run.stdout).stages as { name: string }[]).map((s) => s.name);
      expect(names.sort()).toEqual(['prepare', 'train@a', 'train@b']);
      const unknown = await cli(p.root, ['run', 'trian']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('no stage named "trian"');
    } finally {
      p.dispose();
    }
  });
});
