import { TempProject, cli, runJson, statusJson } from '../support/project.js';

/** Globs in deps as users mean them (issue 19.1), through the CLI. */

describe('glob deps', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  const manifest = (deps: string) => `
stages:
  build:
    cmd: ls -a src data > listing.txt 2>/dev/null || true
    deps: ${deps}
    outs: [listing.txt]
`;

  async function staleAfter(edit: Record<string, string>): Promise<string> {
    expect((await runJson(p.root)).code).toBe(0);
    p.write(edit);
    return (await statusJson(p.root)).stages[0]?.status as string;
  }

  it('braces: editing src/x.py after a run makes the stage stale', async () => {
    p = new TempProject({
      'reprokit.yml': manifest(`['src/*.{py,sql}']`),
      'src/x.py': 'a\n',
      'src/q.sql': 'select 1\n',
      'src/notes.txt': 'n\n',
    });
    expect(await staleAfter({ 'src/x.py': 'b\n' })).toBe('stale');
    expect(await staleAfter({ 'src/q.sql': 'select 2\n' })).toBe('stale');
    expect(await staleAfter({ 'src/notes.txt': 'other\n' })).toBe('fresh');
  });

  it('braces across directories', async () => {
    p = new TempProject({
      'reprokit.yml': manifest(`['data/{a,b}/*.csv']`),
      'data/a/1.csv': '1\n',
      'data/c/1.csv': '1\n',
    });
    expect(await staleAfter({ 'data/b/2.csv': '2\n' })).toBe('stale');
    expect(await staleAfter({ 'data/c/2.csv': '2\n' })).toBe('fresh');
  });

  it('!pattern leaves files out; dotfiles count only when asked', async () => {
    p = new TempProject({
      'reprokit.yml': manifest(`['src/**/*.py', '!src/**/test_*.py']`),
      'src/a.py': 'a\n',
      'src/pkg/test_a.py': 't\n',
    });
    expect(await staleAfter({ 'src/pkg/test_a.py': 't2\n' })).toBe('fresh');
    expect(await staleAfter({ 'src/.venv/lib.py': 'v\n' })).toBe('fresh');
    expect(await staleAfter({ 'src/pkg/b.py': 'b\n' })).toBe('stale');
  });

  it('an exclusion applies to directory deps too', async () => {
    p = new TempProject({
      'reprokit.yml': manifest(`[data/, '!data/README.md']`),
      'data/x.csv': '1\n',
      'data/README.md': 'r\n',
    });
    expect(await staleAfter({ 'data/README.md': 'r2\n' })).toBe('fresh');
    expect(await staleAfter({ 'data/x.csv': '2\n' })).toBe('stale');
  });

  it('a backslash escapes: the literal file name, not a wildcard', async () => {
    p = new TempProject({
      'reprokit.yml': manifest(`['data/\\*.csv']`),
      'data/*.csv': 'star\n',
      'data/x.csv': 'x\n',
    });
    expect(await staleAfter({ 'data/x.csv': 'y\n' })).toBe('fresh');
    expect(await staleAfter({ 'data/*.csv': 'star2\n' })).toBe('stale');
  });

  it('a glob that matches nothing is an error naming the pattern and the stage', async () => {
    p = new TempProject({ 'reprokit.yml': manifest(`['data/*.parquet']`), 'data/x.csv': '1\n' });
    const outcome = await cli(p.root, ['run']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('glob "data/*.parquet" of stage "build" matches no files');
    expect(outcome.stderr).toContain('optional: true');
  });

  it('unless it is marked optional', async () => {
    p = new TempProject({
      'reprokit.yml': manifest(`[{path: 'data/*.parquet', optional: true}]`),
      'data/x.csv': '1\n',
    });
    expect((await runJson(p.root)).code).toBe(0);
    p.write({ 'data/new.parquet': 'p\n' });
    expect((await statusJson(p.root)).stages[0]?.status).toBe('stale');
  });

  it('a glob only another stage feeds is checked when the stage runs', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  make:
    cmd: mkdir -p out && echo 1 > out/a.txt
    outs: [out/]
  use:
    cmd: cat out/*.csv > all.csv || true
    deps: ['out/*.csv']
    outs: [all.csv]
`,
    });
    const run = await runJson(p.root);
    expect(run.code).toBe(1);
    expect(run.json.stages.find((s) => s.name === 'use')?.error).toContain(
      'glob "out/*.csv" matches no files',
    );
  });
});
