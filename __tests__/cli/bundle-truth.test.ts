import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Issue 19 items 1-3 through the bundled CLI (`dist/cli/index.js`; `npm run bundle` first):
 * globs as users mean them, the reason as the difference from the previous run, and persisted
 * outputs restored on fresh checkouts. Each of these gave a wrong answer without an error before.
 */

const BUNDLE = resolve(process.env.REPROKIT_BUNDLE ?? 'dist/cli/index.js');
const dirs: string[] = [];

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'reprokit-truth-'));
  dirs.push(root);
  write(root, files);
  return root;
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

function reprokit(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function statusOf(root: string): Promise<{ status: string; reasons: string[] }> {
  const outcome = await reprokit(['status', '--json'], root);
  expect(outcome.code).toBe(0);
  const json = JSON.parse(outcome.stdout) as { stages: { status: string; reasons: string[] }[] };
  return json.stages[0] as { status: string; reasons: string[] };
}

afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('globs (19.1)', () => {
  it('a brace glob tracks the files it names; matching nothing is an error', async () => {
    const root = project({
      'reprokit.yml': `stages:\n  build:\n    cmd: cat src/* > all.txt\n    deps: ['src/*.{py,sql}']\n    outs: [all.txt]\n`,
      'src/x.py': 'a\n',
      'src/q.sql': 'q\n',
    });
    expect((await reprokit(['run'], root)).code).toBe(0);
    write(root, { 'src/x.py': 'b\n' });
    expect(await statusOf(root)).toMatchObject({
      status: 'stale',
      reasons: ['dep src/*.{py,sql} changed'],
    });

    write(root, {
      'reprokit.yml': `stages:\n  build:\n    cmd: 'true'\n    deps: ['data/*.parquet']\n`,
    });
    const none = await reprokit(['run'], root);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('glob "data/*.parquet" of stage "build" matches no files');
  });
});

describe('honest reasons (19.2)', () => {
  it('change a param, run, change it back: the param difference, restorable from the cache', async () => {
    const root = project({
      'reprokit.yml': `stages:\n  make:\n    cmd: grep x params.yaml > out.txt\n    params: [a.x]\n    outs: [out.txt]\n`,
      'params.yaml': 'a: {x: 1}\n',
    });
    expect((await reprokit(['run'], root)).code).toBe(0);
    write(root, { 'params.yaml': 'a: {x: 2}\n' });
    expect((await reprokit(['run'], root)).code).toBe(0);
    write(root, { 'params.yaml': 'a: {x: 1}\n' });
    expect(await statusOf(root)).toMatchObject({
      status: 'cached',
      reasons: ['param params.yaml:a.x changed: 2 → 1'],
    });
    const text = await reprokit(['status'], root);
    expect(text.stdout).toContain(
      'param params.yaml:a.x changed: 2 → 1 (result available in the cache)',
    );
  });
});

describe('persisted outputs (19.3)', () => {
  it('three runs across fresh checkouts sharing one cache build on each other', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'reprokit-truth-cache-'));
    dirs.push(cache);
    const manifest = `stages:\n  targets:\n    cmd: mkdir -p _targets && cat input.txt >> _targets/log.txt\n    deps: [input.txt]\n    outs: [{path: _targets/, persist: true}]\n`;
    let last = '';
    for (const input of ['one\n', 'two\n', 'three\n']) {
      last = project({ 'reprokit.yml': manifest, 'input.txt': input });
      const run = await reprokit(['run', '--cache-dir', cache], last);
      expect(run.code).toBe(0);
      if (input !== 'one\n') expect(run.stderr).toContain('↺ targets: persisted _targets restored');
    }
    expect(readFileSync(join(last, '_targets/log.txt'), 'utf8')).toBe('one\ntwo\nthree\n');
  });
});
