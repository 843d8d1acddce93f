import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The bundled CLI (`dist/cli/index.js`, what `npx reprokit` runs) as a child process in a
 * temporary project: exit codes, signals, and what goes to stdout and stderr.
 */

/** A throwaway project (not ../support/project.js: this file must not load src/ at all). */
class TempProject {
  readonly root = mkdtempSync(join(tmpdir(), 'reprokit-bundle-'));
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
  path(path: string): string {
    return join(this.root, path);
  }
  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** REPROKIT_BUNDLE: test another build of the bundle (default: the committed one). */
const BUNDLE = resolve(process.env.REPROKIT_BUNDLE ?? 'dist/cli/index.js');
const VERSION = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string })
  .version;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the bundle; `whenStderr` is called on each stderr chunk (to send a signal at the right time). */
function reprokit(
  args: readonly string[],
  cwd: string,
  whenStderr?: (stderr: string, kill: (s: NodeJS.Signals) => void) => void,
): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
      whenStderr?.(stderr, (s) => child.kill(s));
    });
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'; // a zombie is dead
  } catch {
    return false;
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return condition();
}

const MANIFEST = `
stages:
  shout:
    cmd: echo "log line from shout" && tr a-z A-Z < in.txt > out.txt
    deps: [in.txt]
    outs: [out.txt]
  count:
    cmd: wc -c < out.txt | tr -d ' ' > count.txt
    deps: [out.txt]
    outs: [count.txt]
`;

describe('the bundled CLI', () => {
  let p: TempProject;
  const pids: number[] = [];
  beforeEach(() => {
    p = new TempProject({ 'reprokit.yml': MANIFEST, 'in.txt': 'abc\n' });
  });
  afterEach(() => {
    for (const pid of pids.splice(0)) {
      try {
        process.kill(pid, 'SIGKILL'); // only left over when a test failed
      } catch {
        // gone
      }
    }
    p.dispose();
  });

  it('exists (committed) and prints its version', async () => {
    expect(existsSync(BUNDLE)).toBe(true);
    const out = await reprokit(['version'], p.root);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(`reprokit ${VERSION}\n`);
    const flag = await reprokit(['--version'], p.root);
    expect(flag.stdout).toBe(`reprokit ${VERSION}\n`);
  });

  it('exits 0 after a successful run, and a second run does nothing', async () => {
    const first = await reprokit(['run'], p.root);
    expect(first.code).toBe(0);
    expect(p.read('count.txt')).toBe('4\n');
    const second = await reprokit(['run', '--json'], p.root);
    expect(second.code).toBe(0);
    const json = JSON.parse(second.stdout) as { ok: boolean; stages: { result: string }[] };
    expect(json.ok).toBe(true);
    expect(json.stages.map((s) => s.result)).toEqual(['fresh', 'fresh']);
  });

  it('with --json prints exactly one JSON document on stdout; stage logs go to stderr', async () => {
    const out = await reprokit(['run', '--json'], p.root);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as {
      ok: boolean;
      stages: { name: string; result: string; durationMs: number }[];
    };
    expect(json.ok).toBe(true);
    expect(json.stages.map((s) => [s.name, s.result])).toEqual([
      ['shout', 'ran'],
      ['count', 'ran'],
    ]);
    expect(out.stdout).not.toContain('log line from shout');
    expect(out.stderr).toContain('log line from shout');
    const status = await reprokit(['status', '--json'], p.root);
    expect(JSON.parse(status.stdout)).toEqual({
      stages: [
        expect.objectContaining({ name: 'shout', status: 'fresh', reasons: [] }),
        expect.objectContaining({ name: 'count', status: 'fresh', reasons: [] }),
      ],
    });
    const dag = await reprokit(['dag', '--json'], p.root);
    expect(JSON.parse(dag.stdout)).toMatchObject({ edges: [{ from: 'shout', to: 'count' }] });
  });

  it('exits 1 when a stage fails, and still prints one JSON document', async () => {
    p.write({ 'reprokit.yml': MANIFEST.replace("tr -d ' '", 'false') });
    const out = await reprokit(['run', '--json'], p.root);
    expect(out.code).toBe(1);
    const json = JSON.parse(out.stdout) as { ok: boolean; stages: { result: string }[] };
    expect(json.ok).toBe(false);
    expect(json.stages.map((s) => s.result)).toEqual(['ran', 'failed']);
  });

  it('exits 2 for an invalid manifest and for bad usage, running nothing', async () => {
    p.write({ 'reprokit.yml': MANIFEST.replace('deps: [in.txt]', 'dep: [in.txt]') });
    const invalid = await reprokit(['run'], p.root);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/reprokit\.yml:\d+:\d+: error: unknown key "dep"/);
    expect(existsSync(p.path('out.txt'))).toBe(false);
    p.write({ 'reprokit.yml': MANIFEST });
    for (const args of [
      ['run', '--jobz', '2'],
      ['frobnicate'],
      ['run', '--jobs', '0'],
      ['run', 'nope'],
    ]) {
      const usage = await reprokit(args, p.root);
      expect([args, usage.code]).toEqual([args, 2]);
      expect(usage.stdout).toBe('');
    }
    expect(existsSync(p.path('out.txt'))).toBe(false);
  });

  it('`-C DIR` works from another directory', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'reprokit-cwd-'));
    try {
      const status = await reprokit(['-C', p.root, 'status', '--json'], elsewhere);
      expect(status.code).toBe(0);
      expect(JSON.parse(status.stdout)).toEqual({
        stages: [
          expect.objectContaining({ name: 'shout', status: 'stale', reasons: ['never run'] }),
          expect.objectContaining({ name: 'count', status: 'stale' }),
        ],
      });
      const run = await reprokit(['run', '-C', p.root], elsewhere);
      expect(run.code).toBe(0);
      expect(p.read('count.txt')).toBe('4\n');
      expect(existsSync(join(elsewhere, '.reprokit'))).toBe(false);
      expect(existsSync(join(elsewhere, 'out.txt'))).toBe(false);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it.each(['SIGINT', 'SIGTERM'] as const)(
    'exits 130 on %s while a stage sleeps, killing the stage and recording nothing for it',
    async (signal) => {
      p.write({
        'reprokit.yml': `
stages:
  quick:
    cmd: echo q > quick.txt
    outs: [quick.txt]
  slow:
    cmd: |
      sleep 30 &
      echo $! > sleep.pid
      echo "slow is sleeping"
      wait
      echo done > slow.txt
    deps: [quick.txt]
    outs: [slow.txt]
`,
      });
      let sent = false;
      const out = await reprokit(['run', '--json'], p.root, (stderr, kill) => {
        if (!sent && stderr.includes('slow is sleeping')) {
          sent = true;
          pids.push(Number(readFileSync(p.path('sleep.pid'), 'utf8')));
          kill(signal);
        }
      });
      expect(sent).toBe(true);
      expect(out.code).toBe(130);
      const json = JSON.parse(out.stdout) as { stages: { name: string; result: string }[] };
      expect(json.stages.map((s) => [s.name, s.result])).toEqual([
        ['quick', 'ran'],
        ['slow', 'failed'],
      ]);
      expect(await until(() => !alive(pids[0] as number), 3000)).toBe(true);
      const status = await reprokit(['status', '--json'], p.root);
      expect(
        (JSON.parse(status.stdout) as { stages: { status: string }[] }).stages.map((s) => s.status),
      ).toEqual(['fresh', 'stale']);
    },
  );

  it('a second SIGINT kills a stage that ignores SIGTERM before exiting 130', async () => {
    p.write({
      'reprokit.yml': `
stages:
  stubborn:
    cmd: |
      trap '' TERM
      sleep 30 &
      echo $! > sleep.pid
      echo "stubborn is sleeping"
      wait
      echo done > out.txt
    outs: [out.txt]
`,
    });
    let sent = 0;
    const out = await reprokit(['run'], p.root, (stderr, kill) => {
      if (sent === 0 && stderr.includes('stubborn is sleeping')) {
        sent = 1;
        pids.push(Number(readFileSync(p.path('sleep.pid'), 'utf8')));
        kill('SIGINT');
        // The second Ctrl-C of an impatient user; the first one cannot stop this stage.
        setTimeout(() => {
          sent = 2;
          kill('SIGINT');
        }, 400);
      }
    });
    expect(sent).toBe(2);
    expect(out.code).toBe(130);
    expect(await until(() => !alive(pids[0] as number), 1000)).toBe(true);
  });
});
