import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGraph } from '../../src/core/graph.js';
import { readReprokitManifest } from '../../src/core/manifest/reprokit.js';
import { parseYamlNow } from '../../src/core/manifest/yaml-reference.js';
import { TEMPLATES } from '../../src/entry/cli/templates.generated.js';
import { TempProject, cli } from '../support/project.js';

const names = readdirSync('templates').sort();

describe('templates', () => {
  it('every template directory is in the generated module, which is current', () => {
    expect(TEMPLATES.map((t) => t.name)).toEqual(names);
    const check = spawnSync(process.execPath, ['scripts/gen-templates.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it.each(names)('%s: a manifest that validates and connects, a workflow, a README', (name) => {
    const dir = join('templates', name);
    const text = readFileSync(join(dir, 'reprokit.yml'), 'utf8');
    const doc = parseYamlNow('reprokit.yml', text);
    if (!doc.ok) throw new Error(doc.error.map((d) => d.message).join('; '));
    const pipeline = readReprokitManifest('reprokit.yml', doc.value);
    if (!pipeline.ok) throw new Error(pipeline.error.map((d) => d.message).join('; '));
    const graph = buildGraph(pipeline.value);
    if (!graph.ok) throw new Error(graph.error.map((d) => d.message).join('; '));
    expect(graph.value.order.length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, '.github/workflows/reprokit.yml'), 'utf8')).toContain('reprokit');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/Permissions/);
  });

  it('the Python template makes requirements.txt a dep of every stage', () => {
    const template = TEMPLATES.find((t) => t.name === 'python');
    const doc = parseYamlNow('reprokit.yml', template?.files['reprokit.yml'] ?? '');
    if (!doc.ok) throw new Error('unparsable');
    const pipeline = readReprokitManifest('reprokit.yml', doc.value);
    if (!pipeline.ok) throw new Error('invalid');
    for (const stage of pipeline.value.stages)
      expect(stage.deps.map((d) => d.path)).toContain('requirements.txt');
  });

  it('the scheduled template fetches with an always_run stage', () => {
    const text = TEMPLATES.find((t) => t.name === 'scheduled')?.files['reprokit.yml'];
    expect(text).toMatch(/always_run: true/);
    expect(
      TEMPLATES.find((t) => t.name === 'scheduled')?.files['.github/workflows/reprokit.yml'],
    ).toMatch(/cron:/);
  });
});

describe('reprokit init', () => {
  let p: TempProject;
  beforeEach(() => {
    p = new TempProject();
  });
  afterEach(() => p.dispose());

  it('writes the default template and ignores .reprokit/', async () => {
    const outcome = await cli(p.root, ['init']);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('Template "python"');
    const python = TEMPLATES.find((t) => t.name === 'python');
    for (const [file, content] of Object.entries(python?.files ?? {}))
      expect(p.read(file)).toBe(content);
    expect(() => p.read('README.md')).toThrow();
    expect(p.read('.gitignore')).toBe('# reprokit: local state and cache\n.reprokit/\n');
  });

  it.each(names)('--template %s writes its manifest and workflow', async (name) => {
    const outcome = await cli(p.root, ['init', '--template', name, '--json']);
    expect(outcome.code).toBe(0);
    const json = JSON.parse(outcome.stdout) as {
      template: string;
      written: string[];
      gitignore: string;
    };
    expect(json.template).toBe(name);
    expect(json.written).toEqual(
      expect.arrayContaining(['reprokit.yml', '.github/workflows/reprokit.yml']),
    );
    expect(json.gitignore).toBe('created');
  });

  it('writes the files that do not exist and lists the ones it skipped; --force overwrites', async () => {
    p.write({ 'reprokit.yml': 'mine\n', 'params.yaml': 'mine too\n' });
    const partial = await cli(p.root, ['init']);
    expect(partial.code).toBe(0);
    expect(partial.stderr).toBe('');
    expect(partial.stdout).toContain('  skipped   params.yaml (exists; --force overwrites it)\n');
    expect(partial.stdout).toContain('  skipped   reprokit.yml (exists; --force overwrites it)\n');
    expect(partial.stdout).toContain('  wrote     .github/workflows/reprokit.yml\n');
    expect(p.read('reprokit.yml')).toBe('mine\n');
    expect(p.read('params.yaml')).toBe('mine too\n');
    const python = TEMPLATES.find((t) => t.name === 'python');
    expect(p.read('.github/workflows/reprokit.yml')).toBe(
      python?.files['.github/workflows/reprokit.yml'],
    );
    expect(p.read('.gitignore')).toContain('.reprokit/');

    const json = await cli(p.root, ['init', '--json']);
    const result = JSON.parse(json.stdout) as { written: string[]; skipped: string[] };
    expect(result.written).toEqual([]);
    expect(result.skipped).toEqual(Object.keys(python?.files ?? {}));

    const forced = await cli(p.root, ['init', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/overwrote reprokit\.yml/);
    expect(forced.stdout).not.toContain('skipped');
    expect(p.read('reprokit.yml')).toContain('stages:');
  });

  it('appends .reprokit/ to an existing .gitignore once', async () => {
    p.write({ '.gitignore': 'node_modules/' });
    expect((await cli(p.root, ['init', '-t', 'make'])).code).toBe(0);
    expect(p.read('.gitignore')).toBe('node_modules/\n.reprokit/\n');
    expect((await cli(p.root, ['init', '-t', 'make', '--force'])).code).toBe(0);
    expect(p.read('.gitignore')).toBe('node_modules/\n.reprokit/\n');
  });

  it('leaves a .gitignore that already ignores the state directory alone', async () => {
    p.write({ '.gitignore': '/.reprokit\n' });
    expect((await cli(p.root, ['init', '-t', 'r'])).code).toBe(0);
    expect(p.read('.gitignore')).toBe('/.reprokit\n');
  });

  it('an unknown template: exit 2 with a suggestion and the list', async () => {
    const outcome = await cli(p.root, ['init', '--template', 'pyhton']);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('no template named "pyhton": did you mean "python"?');
    for (const name of names) expect(outcome.stderr).toContain(`  ${name}`);
  });

  it('a written template loads: `reprokit dag` reads it once its sources exist', async () => {
    expect((await cli(p.root, ['init', '-t', 'make'])).code).toBe(0);
    p.write({
      Makefile: 'x',
      'scripts/clean.sh': 'x',
      'scripts/stats.sh': 'x',
      'scripts/report.sh': 'x',
      'data/raw.csv': 'x',
    });
    const dag = await cli(p.root, ['dag']);
    expect(dag.stderr).toBe('');
    expect(dag.code).toBe(0);
    expect(dag.stdout).toContain('report');
  });
});
