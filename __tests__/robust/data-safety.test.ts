import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startCli } from '../support/cli-process.js';

/** Cache healing, interrupts, SIGKILL and special files, through the bundled CLI. */

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Waits for a condition the test cannot signal otherwise (a process's death), with a generous cap. */
async function until(condition: () => boolean, capMs = 30_000): Promise<boolean> {
  const end = Date.now() + capMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

describe('data safety (bundled CLI)', () => {
  let root: string;
  const cli = (args: string[]) => runCli(args, { cwd: root });
  const objects = () => join(root, '.reprokit/cache/objects');
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-safety-'));
    writeFileSync(
      join(root, 'reprokit.yml'),
      `stages:\n  make:\n    cmd: printf 'result of make\\n' > out.txt\n    outs: [out.txt]\n`,
    );
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('heals a corrupt cache object: the rerun saves it again and the next restore works', async () => {
    expect((await cli(['run'])).code).toBe(0);
    const object = join(
      objects(),
      sha256('result of make\n').slice(0, 2),
      sha256('result of make\n'),
    );
    expect(readFileSync(object, 'utf8')).toBe('result of make\n');
    writeFileSync(object, 'RESULT OF MAKE\n'); // same size, other bytes: only hashing finds it
    rmSync(join(root, 'out.txt'));

    const rerun = await cli(['run', '--json']);
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.stdout).stages[0].result).toBe('ran');
    expect(rerun.stderr).toMatch(
      /object for out\.txt is corrupt .*removed it and its entry; it will run instead/,
    );
    expect(readFileSync(object, 'utf8')).toBe('result of make\n');

    rmSync(join(root, 'out.txt'));
    const status = JSON.parse((await cli(['status', '--json'])).stdout);
    expect(status.stages[0].status).toBe('cached');
    const restored = await cli(['run', '--json']);
    expect(JSON.parse(restored.stdout).stages[0].result).toBe('restored');
    expect(readFileSync(join(root, 'out.txt'), 'utf8')).toBe('result of make\n');
  });

  it('a restore sweeps the temporary copy a killed restore left beside the output', async () => {
    expect((await cli(['run'])).code).toBe(0);
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
    const dead = spawnSync('true').pid as number;
    const leftover = join(root, `out.txt.${host}-${dead}-0.tmp`);
    const users = join(root, 'out.txt.12.tmp'); // not in our form: the user's, kept
    writeFileSync(leftover, 'result of');
    writeFileSync(users, 'mine');
    rmSync(join(root, 'out.txt'));
    const run = await cli(['run', '--json']);
    expect(JSON.parse(run.stdout).stages[0].result).toBe('restored');
    expect(existsSync(leftover)).toBe(false);
    expect(readFileSync(users, 'utf8')).toBe('mine');
  });

  it('status does not promise a restore of an entry whose object is gone', async () => {
    expect((await cli(['run'])).code).toBe(0);
    rmSync(objects(), { recursive: true });
    rmSync(join(root, 'out.txt'));
    const status = JSON.parse((await cli(['status', '--json'])).stdout);
    expect(status.stages[0].status).toBe('stale');
    const run = await cli(['run', '--json']);
    expect(JSON.parse(run.stdout).stages[0].result).toBe('ran');
    rmSync(join(root, 'out.txt'));
    expect(JSON.parse((await cli(['run', '--json'])).stdout).stages[0].result).toBe('restored');
  });

  it('SIGINT as the stage ends: exit 130, and whatever was recorded is complete', async () => {
    writeFileSync(
      join(root, 'reprokit.yml'),
      // The stage interrupts reprokit ($PPID of the stage shell) as its last act.
      `stages:\n  make:\n    cmd: printf 'result\\n' > out.txt; kill -INT $PPID\n    outs: [out.txt]\n`,
    );
    const run = await cli(['run', '--json']);
    expect(run.code).toBe(130);
    const state = join(root, '.reprokit/state.jsonl');
    const lines = (existsSync(state) ? readFileSync(state, 'utf8') : '')
      .split('\n')
      .filter(Boolean);
    const records = lines.map(
      (l) =>
        JSON.parse(l) as { key: string; outputs: { files: { path: string; digest: string }[] }[] },
    );
    for (const record of records) {
      const entry = JSON.parse(
        readFileSync(join(root, '.reprokit/cache/entries', `${record.key}.json`), 'utf8'),
      );
      expect(entry.key).toBe(record.key);
      for (const file of record.outputs.flatMap((o) => o.files)) {
        const object = join(objects(), file.digest.slice(0, 2), file.digest);
        expect(sha256(readFileSync(object))).toBe(file.digest);
      }
    }
    expect(filesUnder(join(root, '.reprokit')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('SIGKILL of reprokit takes the stage process group with it; the next run takes over the lock', async () => {
    writeFileSync(
      join(root, 'reprokit.yml'),
      `stages:\n  make:\n    cmd: sleep 1000 & echo $! > sleeper.pid; echo $$ > shell.pid; echo ready >&2; wait\n    outs: [out.txt]\n`,
    );
    const run = startCli(['run'], { cwd: root });
    await run.stderrMatches(/ready/);
    const sleeper = Number(readFileSync(join(root, 'sleeper.pid'), 'utf8'));
    const shell = Number(readFileSync(join(root, 'shell.pid'), 'utf8'));
    expect(alive(sleeper)).toBe(true);
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    expect(await until(() => !alive(sleeper) && !alive(shell))).toBe(true);

    writeFileSync(
      join(root, 'reprokit.yml'),
      `stages:\n  make:\n    cmd: echo done > out.txt\n    outs: [out.txt]\n`,
    );
    const next = await cli(['run']);
    expect(next.code).toBe(0);
    expect(next.stderr).toContain(`took over the project lock of pid ${run.child.pid}`);
  });

  it('a FIFO given as a dependency is "a FIFO, not a file", exit 2, nothing run', async () => {
    execFileSync('mkfifo', [join(root, 'in.fifo')]);
    writeFileSync(
      join(root, 'reprokit.yml'),
      `stages:\n  make:\n    cmd: cat in.fifo > out.txt\n    deps: [in.fifo]\n    outs: [out.txt]\n`,
    );
    const run = await cli(['run']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('in.fifo is a FIFO, not a file');
    expect(run.stderr).not.toContain('does not exist');
    expect(existsSync(join(root, 'out.txt'))).toBe(false);
  });
});
