import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The commands and habits of issue #14 (and #19.6's small things) through the bundled CLI:
 * exit codes, JSON shapes and the messages users see. Needs `npm run bundle`.
 */

const BUNDLE = resolve(process.env.REPROKIT_BUNDLE ?? 'dist/cli/index.js');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function reprokit(args: readonly string[], cwd: string, env: Record<string, string> = {}): Outcome {
  const r = spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

class Project {
  readonly root = mkdtempSync(join(tmpdir(), 'reprokit-cmd-'));
  constructor(files: Record<string, string>) {
    this.write(files);
  }
  write(files: Record<string, string>): void {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), content);
    }
  }
  read(path: string): string {
    return readFileSync(join(this.root, path), 'utf8');
  }
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

const PIPELINE = `
stages:
  shout:
    cmd: tr a-z A-Z < in.txt > out.txt
    deps: [in.txt]
    outs: [out.txt]
  score:
    cmd: sh score.sh
    deps: [out.txt, score.sh]
    metrics: [metrics.json]
`;

const SCORE = `printf '{"model": {"r2": %s, "n": 10}}' "$(wc -c < out.txt | tr -d ' ')" > metrics.json\n`;

let p: Project;
beforeEach(() => {
  p = new Project({ 'reprokit.yml': PIPELINE, 'in.txt': 'hello\n', 'score.sh': SCORE });
});
afterEach(() => p.dispose());

describe('help and docs/cli.md agree', () => {
  const docs = readFileSync('docs/cli.md', 'utf8');
  const commands = ['run', 'status', 'plan', 'dag', 'metrics', 'gc', 'init', 'help', 'version'];

  it('`reprokit --help` is in docs/cli.md word for word', () => {
    const out = reprokit(['--help'], p.root);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Usage: reprokit <command>');
    expect(docs).toContain('```text\n' + out.stdout + '```');
    expect(reprokit([], p.root).stdout).toBe(out.stdout);
  });

  it.each(commands)('`reprokit %s --help` is in docs/cli.md word for word', (command) => {
    const out = reprokit([command, '--help'], p.root);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`Usage: reprokit ${command} [options]`);
    expect(docs).toContain('```text\n' + out.stdout + '```');
    expect(reprokit(['help', command], p.root).stdout).toBe(out.stdout);
  });
});

describe('status --exit-code', () => {
  it('exits 1 while something is stale, 0 once fresh; plain status always 0', () => {
    const stale = reprokit(['status', '--exit-code', '--json'], p.root);
    expect(stale.code).toBe(1);
    const json = JSON.parse(stale.stdout) as { stages: { name: string; status: string }[] };
    expect(json.stages.map((s) => [s.name, s.status])).toEqual([
      ['shout', 'stale'],
      ['score', 'stale'],
    ]);
    expect(reprokit(['status'], p.root).code).toBe(0);
    expect(reprokit(['run'], p.root).code).toBe(0);
    expect(reprokit(['status', '--exit-code'], p.root).code).toBe(0);
    p.write({ 'in.txt': 'hello world\n' });
    const again = reprokit(['status', '--exit-code'], p.root);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/shout\s+stale/);
  });
});

describe('switches and values (#19.6)', () => {
  it('--dry-run=false runs; -nk is a dry run', () => {
    const dry = reprokit(['run', '-nk'], p.root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: nothing was run.');
    expect(() => p.read('out.txt')).toThrow();
    const real = reprokit(['run', '--dry-run=false', '--json'], p.root);
    expect(real.code).toBe(0);
    expect(p.read('out.txt')).toBe('HELLO\n');
    const json = JSON.parse(real.stdout) as { ok: boolean; stages: { result: string }[] };
    expect(json.ok).toBe(true);
    expect(json.stages.map((s) => s.result)).toEqual(['ran', 'ran']);
  });

  it('run --force --dry-run is a usage error that runs nothing', () => {
    const out = reprokit(['run', '--force', '--dry-run'], p.root);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      'reprokit: --force needs a value (STAGE) before --dry-run; a value that starts with "-" is written --force=--dry-run\n',
    );
    expect(() => p.read('out.txt')).toThrow();
  });

  it('an unknown flag gets did-you-mean, exit 2', () => {
    const out = reprokit(['status', '--exit-cod'], p.root);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      'reprokit: unknown option --exit-cod: did you mean --exit-code?\nRun "reprokit help" for usage.\n',
    );
  });

  it('a syntax error in a params file names the params file', () => {
    p.write({
      'reprokit.yml': `
stages:
  a:
    cmd: echo a > a.txt
    params: [{ p.yaml: [lr] }]
    outs: [a.txt]
`,
      'p.yaml': 'lr: [1, 2\n',
    });
    const out = reprokit(['run'], p.root);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^p\.yaml:\d+:\d+: error: /m);
    expect(out.stderr.trimEnd().split('\n').pop()).toBe(
      'reprokit: p.yaml has 1 error; nothing was run',
    );
  });
});

describe('metrics show and diff', () => {
  it('show: every metric of the workspace; --json', () => {
    expect(reprokit(['run'], p.root).code).toBe(0);
    const show = reprokit(['metrics', 'show'], p.root);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/metrics\.json\s+model\.n\s+10/);
    expect(show.stdout).toMatch(/metrics\.json\s+model\.r2\s+6/);
    const json = JSON.parse(reprokit(['metrics', 'show', '--json'], p.root).stdout) as unknown;
    expect(json).toEqual({
      metrics: [
        { file: 'metrics.json', name: 'model.n', value: 10 },
        { file: 'metrics.json', name: 'model.r2', value: 6 },
      ],
    });
  });

  it('diff REV: against the metrics committed at a git revision', () => {
    git(p.root, 'init', '-q');
    expect(reprokit(['run'], p.root).code).toBe(0);
    git(p.root, 'add', 'reprokit.yml', 'in.txt', 'score.sh', 'metrics.json');
    git(p.root, 'commit', '-qm', 'base');
    p.write({ 'in.txt': 'hello, world\n' });
    expect(reprokit(['run'], p.root).code).toBe(0);
    const diff = reprokit(['metrics', 'diff', 'HEAD'], p.root);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toMatch(/metrics\.json\s+model\.r2\s+6\s+13\s+\+7 \(\+116\.7%\)/);
    const json = JSON.parse(reprokit(['metrics', 'diff', 'HEAD', '--json'], p.root).stdout) as {
      base: string;
      rows: unknown[];
    };
    expect(json.base).toBe('HEAD');
    expect(json.rows).toContainEqual({
      file: 'metrics.json',
      name: 'model.r2',
      base: 6,
      head: 13,
      change: 7,
    });
    const bad = reprokit(['metrics', 'diff', 'no-such-branch'], p.root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"no-such-branch" is not a git revision');
  });

  it('diff without REV: against what the last run recorded', () => {
    expect(reprokit(['run'], p.root).code).toBe(0);
    p.write({ 'metrics.json': '{"model": {"r2": 7, "n": 10}}' });
    const diff = reprokit(['metrics', 'diff', '--json'], p.root);
    expect(diff.code).toBe(0);
    const json = JSON.parse(diff.stdout) as { base: string; rows: { name: string }[] };
    expect(json.base).toBe('last run');
    expect(json.rows).toContainEqual({
      file: 'metrics.json',
      name: 'model.r2',
      base: 6,
      head: 7,
      change: 1,
    });
  });

  it('a wrong subcommand is a usage error', () => {
    const out = reprokit(['metrics', 'shwo'], p.root);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('usage: reprokit metrics show | reprokit metrics diff [REV]');
  });
});

describe('gc', () => {
  const objects = () =>
    readdirSync(join(p.root, '.reprokit/cache/objects'), { recursive: true }).filter((f) =>
      String(f).includes('/'),
    ).length;

  it('keeps what the current records and the last runs need, and says what it freed', () => {
    expect(reprokit(['run'], p.root).code).toBe(0);
    p.write({ 'in.txt': 'a different input\n' });
    expect(reprokit(['run'], p.root).code).toBe(0);
    const before = objects();
    expect(before).toBe(4);
    // age the cache: move every file's time two minutes back
    spawnSync(
      'find',
      ['.reprokit/cache', '-type', 'f', '-exec', 'touch', '-d', '2 minutes ago', '{}', '+'],
      {
        cwd: p.root,
      },
    );
    const kept = JSON.parse(reprokit(['gc', '--keep-last', '2', '--json'], p.root).stdout) as {
      bytesFreed: number;
    };
    expect(kept.bytesFreed).toBe(0);
    const dry = reprokit(['gc', '--dry-run'], p.root);
    expect(dry.stdout).toMatch(/would remove 2 entries and 2 objects, freeing [\d.]+ K?i?B;/);
    expect(objects()).toBe(4);
    const done = JSON.parse(reprokit(['gc', '--json'], p.root).stdout) as {
      entries: { removed: number };
      objects: { removed: number };
      bytesFreed: number;
    };
    expect(done.entries.removed).toBe(2);
    expect(done.objects.removed).toBe(2);
    expect(done.bytesFreed).toBeGreaterThan(0);
    expect(objects()).toBe(2);
    // what is left is what the workspace's records need: removing an output restores it
    rmSync(join(p.root, 'out.txt'));
    const run = JSON.parse(reprokit(['run', '--json'], p.root).stdout) as {
      stages: { name: string; result: string }[];
    };
    expect(run.stages.find((s) => s.name === 'shout')?.result).toBe('restored');
  });
});

describe('init', () => {
  it('writes what is missing and lists what it skipped', () => {
    const q = new Project({ 'params.yaml': 'mine\n' });
    try {
      const out = reprokit(['init'], q.root);
      expect(out.code).toBe(0);
      expect(out.stdout).toContain('skipped   params.yaml');
      expect(out.stdout).toContain('wrote     reprokit.yml');
      expect(q.read('params.yaml')).toBe('mine\n');
    } finally {
      q.dispose();
    }
  });
});

describe('colour and progress', () => {
  it('no colour in a pipe; FORCE_COLOR turns it on, NO_COLOR alone keeps it off', () => {
    const plain = reprokit(['run'], p.root);
    expect(plain.stderr).not.toContain('\x1b[');
    p.write({ 'in.txt': 'x\n' });
    const forced = reprokit(['run'], p.root, { FORCE_COLOR: '1' });
    expect(forced.stderr).toContain('\x1b[32m✔ shout ran');
    p.write({ 'in.txt': 'y\n' });
    expect(reprokit(['run'], p.root, { NO_COLOR: '1' }).stderr).not.toContain('\x1b[');
  });

  it('work over a second ends with one progress line in a non-terminal log, also with --json', () => {
    p.write({
      'reprokit.yml': `
stages:
  slow:
    cmd: sleep 1.2 && echo done > slow.txt
    outs: [slow.txt]
`,
    });
    const out = reprokit(['run', '--json'], p.root);
    expect(out.code).toBe(0);
    const lines = out.stderr.split('\n').filter((l) => l.startsWith('reprokit: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^reprokit: 1\/1 stages done.* in \d/);
    expect(out.stderr).not.toContain('\r');
    expect(() => JSON.parse(out.stdout) as unknown).not.toThrow();
  });
});

describe('a param missing from its file (#19.6)', () => {
  it('underlines the missing key, not the whole list', () => {
    p.write({
      'reprokit.yml': `stages:
  a:
    cmd: echo a > a.txt
    params: [{ p.yaml: [a, c] }]
    outs: [a.txt]
`,
      'p.yaml': 'a: 1\nb: 2\n',
    });
    const out = reprokit(['status'], p.root);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      'reprokit.yml:4:28: error: param "c" is not in p.yaml\n' +
        '    4 |     params: [{ p.yaml: [a, c] }]\n' +
        '      |                            ^\n',
    );
  });

  it('also for keys of the default params file', () => {
    p.write({
      'reprokit.yml': `stages:
  a:
    cmd: echo a > a.txt
    params: [a, cc]
    outs: [a.txt]
`,
      'params.yaml': 'a: 1\nc: 2\n',
    });
    const out = reprokit(['status'], p.root);
    expect(out.stderr).toContain(
      'reprokit.yml:4:17: error: param "cc" is not in params.yaml\n' +
        '    4 |     params: [a, cc]\n' +
        '      |                 ^^\n',
    );
  });
});
