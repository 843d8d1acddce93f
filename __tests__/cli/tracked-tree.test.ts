import { spawnSync } from 'node:child_process';
import { utimesSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { git, hasGit, manyFiles } from '../support/git-repo.js';
import { TempProject } from '../support/project.js';

const BUNDLE = resolve('dist/cli/index.js');
const describeGit = hasGit ? describe : describe.skip;
/** Stat signatures of files changed in the last two seconds are not trusted: wait them out. */
const settle = () => new Promise((r) => setTimeout(r, 2100));

function reprokit(root: string, args: string[]) {
  const out = spawnSync(process.execPath, [BUNDLE, ...args, '-C', root], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      REPROKIT_DEBUG: '1',
      REPROKIT_TRACE_HASH: '1',
    },
  });
  return {
    code: out.status,
    stdout: out.stdout,
    vouched: /tree in: vouched by git/.test(out.stderr),
    fast: out.stderr.includes('answered from the no-op snapshot'),
  };
}

const statuses = (stdout: string) =>
  (JSON.parse(stdout) as { stages: { name: string; status: string }[] }).stages.map(
    (s) => `${s.name}:${s.status}`,
  );

describeGit('a committed directory dep (git vouches for it as a whole)', () => {
  let p: TempProject;
  beforeEach(() => {
    const files = manyFiles(2100, 'in');
    p = new TempProject({
      'reprokit.yml':
        'stages:\n  count:\n    cmd: ls in | wc -l > count.txt\n    deps: [in/]\n    outs: [count.txt]\n',
      '.gitignore': '.reprokit/\ncount.txt\n',
      ...files,
    });
    // A minute old: no entry is racily clean, and the no-op snapshot trusts every stat.
    const old = Date.now() / 1000 - 60;
    for (const path of Object.keys(files)) utimesSync(p.path(path), old, old);
    git(p.root, 'init', '-q');
    git(p.root, 'add', '-A');
    git(p.root, 'commit', '-q', '-m', 'data');
  });
  afterEach(() => p.dispose());

  it('gives the key a listing gives, and its no-op snapshot still sees an edit inside', async () => {
    // First run: blob digests unknown, every file is read (and the digests are learned).
    const first = reprokit(p.root, ['run', '--json']);
    expect(first.code).toBe(0);
    expect(first.vouched).toBe(false);
    const key = (JSON.parse(first.stdout) as { stages: { key: string }[] }).stages[0]?.key;
    await settle();
    // Then git vouches for in/, with the same key: the stage is fresh.
    const status = reprokit(p.root, ['status', '--json']);
    expect(status.vouched).toBe(true);
    expect(statuses(status.stdout)).toEqual(['count:fresh']);
    expect((JSON.parse(status.stdout) as { stages: { key: string }[] }).stages[0]?.key).toBe(key);
    // That check wrote the no-op snapshot: it must watch the files git vouched for.
    expect(reprokit(p.root, ['status', '--json']).fast).toBe(true);
    writeFileSync(p.path('in/f00042.txt'), 'ROW 42\n'); // same size
    const old = Date.now() / 1000 - 30;
    utimesSync(p.path('in/f00042.txt'), old, old);
    const after = reprokit(p.root, ['status', '--json']);
    expect(after.fast).toBe(false);
    expect(statuses(after.stdout)).toEqual(['count:stale']);
  });
});
