import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempProject, cli } from '../support/project.js';
import type { RunJson } from '../support/project.js';

/**
 * A persisted store (R targets' `_targets/`, `.snakemake`, Quarto's `_freeze/`) comes back from
 * the cache on a fresh checkout before the stage runs (issue 19.3), so the tool works
 * incrementally in CI. Stand-in: a command that appends to a file in the persisted directory.
 */

const MANIFEST = `
stages:
  targets:
    cmd: mkdir -p store && cat input.txt >> store/log.txt && cp store/log.txt result.txt
    deps: [input.txt]
    outs:
      - { path: store/, persist: true }
      - result.txt
`;

type RunWithRestore = RunJson & {
  stages: (RunJson['stages'][number] & {
    persistRestored?: { paths: string[]; fromKey: string };
  })[];
};

describe('persisted outputs on fresh checkouts', () => {
  let source: TempProject;
  let cacheDir: string;
  const checkouts: string[] = [];
  beforeEach(() => {
    source = new TempProject({ 'reprokit.yml': MANIFEST, 'input.txt': 'one\n' });
    cacheDir = mkdtempSync(join(tmpdir(), 'reprokit-persist-cache-'));
  });
  afterEach(() => {
    source.dispose();
    rmSync(cacheDir, { recursive: true, force: true });
    for (const dir of checkouts.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh copy of the project (no outputs, no state), as CI checks it out. */
  function checkout(input: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'reprokit-checkout-'));
    checkouts.push(dir);
    cpSync(join(source.root, 'reprokit.yml'), join(dir, 'reprokit.yml'));
    source.write({ 'input.txt': input });
    cpSync(join(source.root, 'input.txt'), join(dir, 'input.txt'));
    return dir;
  }

  async function run(dir: string) {
    const outcome = await cli(dir, ['run', '--json', '--cache-dir', cacheDir]);
    return { ...outcome, json: JSON.parse(outcome.stdout) as RunWithRestore };
  }

  it('three runs across fresh checkouts build on each other', async () => {
    const first = await run(checkout('one\n'));
    expect(first.code).toBe(0);
    expect(first.json.stages[0]?.persistRestored).toBeUndefined();

    const secondDir = checkout('two\n');
    const second = await run(secondDir);
    expect(second.code).toBe(0);
    expect(second.json.stages[0]?.result).toBe('ran');
    expect(second.json.stages[0]?.persistRestored?.paths).toEqual(['store']);
    expect(second.stderr).toMatch(/↺ targets: persisted store restored from the run of /);

    const thirdDir = checkout('three\n');
    const third = await run(thirdDir);
    expect(third.code).toBe(0);
    expect(readFileSync(join(thirdDir, 'store/log.txt'), 'utf8')).toBe('one\ntwo\nthree\n');
  });

  it('a store present in the workspace is never replaced', async () => {
    expect((await run(checkout('one\n'))).code).toBe(0);
    const dir = checkout('two\n');
    mkdirSync(join(dir, 'store'));
    writeFileSync(join(dir, 'store/log.txt'), 'local\n');
    const second = await run(dir);
    expect(second.json.stages[0]?.persistRestored).toBeUndefined();
    expect(readFileSync(join(dir, 'store/log.txt'), 'utf8')).toBe('local\ntwo\n');
  });

  it('a cache that cannot be read restores nothing: the stage starts from nothing', async () => {
    expect((await run(checkout('one\n'))).code).toBe(0);
    const dir = checkout('two\n');
    expect((await cli(dir, ['run', '--cache-dir', cacheDir, '--no-cache'])).code).toBe(0);
    expect(readFileSync(join(dir, 'store/log.txt'), 'utf8')).toBe('two\n');
  });
});
