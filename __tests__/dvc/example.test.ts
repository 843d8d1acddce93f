import { cpSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, runJson, statusJson } from '../support/project.js';

const FIXTURES = join(process.cwd(), '__tests__/fixtures');

function copyFixture(name: string): string {
  const root = mkdtempSync(join(tmpdir(), 'reprokit-dvc-'));
  cpSync(join(FIXTURES, name), root, { recursive: true });
  return root;
}

describe('the real example-get-started dvc.yaml', () => {
  let root: string;
  beforeEach(() => {
    root = copyFixture('dvc-example-get-started');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('loads through the CLI, failing only on the scripts and data the copy leaves out', async () => {
    const dag = await cli(root, ['dag', '--json']);
    // The real scripts and data are not in the fixture: the only errors are the missing sources.
    expect(dag.stderr).toContain('data/data.xml does not exist');
    expect(dag.stderr).not.toMatch(/unknown key|wrong-type|failed to parse/);
  });
});

describe('example-get-started with stand-in scripts', () => {
  let root: string;
  beforeEach(() => {
    root = copyFixture('dvc-get-started-runnable');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('plans in order, runs, and runs nothing the second time', async () => {
    const dag = await cli(root, ['dag', '--json']);
    expect(dag.code).toBe(0);
    const order = (JSON.parse(dag.stdout) as { stages: { name: string }[] }).stages.map(
      (s) => s.name,
    );
    expect(order).toEqual(['prepare', 'featurize', 'train', 'evaluate']);
    const first = await runJson(root);
    expect(first.stderr).toContain('ignored');
    expect(first.results).toEqual({
      prepare: 'ran',
      featurize: 'ran',
      train: 'ran',
      evaluate: 'ran',
    });
    expect(readFileSync(join(root, 'eval/metrics.json'), 'utf8')).toContain('avg_prec');
    const second = await runJson(root);
    expect(second.results).toEqual({
      prepare: 'fresh',
      featurize: 'fresh',
      train: 'fresh',
      evaluate: 'fresh',
    });
    const status = await statusJson(root);
    expect(status.stages.map((s) => s.status)).toEqual(['fresh', 'fresh', 'fresh', 'fresh']);
  });
});
