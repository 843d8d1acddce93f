import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startCli } from '../support/cli-process.js';

/** The project lock through the bundled CLI: waiting, --no-wait, stale locks, read-only commands. */

const GATED = `stages:
  slow:
    cmd: echo started >&2; cat gate.fifo > /dev/null; echo "$$" > out.txt
    outs: [out.txt]
`;

/** A pid that certainly belongs to no running process (a child that has exited and was reaped). */
function deadPid(): number {
  const pid = spawnSync('true').pid;
  if (pid === undefined) throw new Error('could not start `true`');
  return pid;
}

/** Lets the gated stage go on: opening the FIFO for writing and closing it ends its `cat`. */
function openGate(root: string): void {
  closeSync(openSync(join(root, 'gate.fifo'), 'w'));
}

describe('the project lock (bundled CLI)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-lock-'));
    writeFileSync(join(root, 'reprokit.yml'), GATED);
    execFileSync('mkfifo', [join(root, 'gate.fifo')]);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a second run waits for the first and says so; --no-wait exits 75; status does not block', async () => {
    const first = startCli(['run'], { cwd: root });
    await first.stderrMatches(/started/);
    const holder = JSON.parse(readFileSync(join(root, '.reprokit/lock'), 'utf8')) as {
      pid: number;
      host: string;
      command: string;
    };
    expect(holder).toMatchObject({
      pid: first.child.pid,
      host: hostname(),
      command: 'reprokit run',
    });

    const second = startCli(['run', '--json'], { cwd: root });
    const waiting = await second.stderrMatches(/Ctrl-C to stop/);
    expect(waiting).toMatch(
      new RegExp(
        `reprokit: waiting for the run started \\d+ s ago by pid ${first.child.pid} \\("reprokit run"\\) on \\S+; Ctrl-C to stop`,
      ),
    );

    const busy = await runCli(['run', '--no-wait'], { cwd: root });
    expect(busy.code).toBe(75);
    expect(busy.stderr).toContain(`not started: the run started`);
    expect(busy.stderr).toContain(`by pid ${first.child.pid}`);
    expect(busy.stdout).toBe('');

    // Read-only commands answer while the run holds the lock.
    for (const args of [['status', '--json'], ['dag'], ['plan', '--json'], ['run', '--dry-run']]) {
      const readOnly = await runCli(args, { cwd: root });
      expect([args, readOnly.code]).toEqual([args, 0]);
    }

    openGate(root);
    const a = await first.done;
    const b = await second.done;
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    // The second run started after the first had recorded: nothing left to do.
    const json = JSON.parse(b.stdout) as { stages: { result: string }[] };
    expect(json.stages.map((s) => s.result)).toEqual(['fresh']);
    expect(existsSync(join(root, '.reprokit/lock'))).toBe(false);
  });

  it('takes over the lock of a process that is gone, with a notice', async () => {
    const dead = deadPid();
    mkdirSync(join(root, '.reprokit'));
    writeFileSync(
      join(root, '.reprokit/lock'),
      JSON.stringify({
        pid: dead,
        host: hostname(),
        command: 'reprokit run',
        startedAt: '2026-01-01T00:00:00Z',
      }),
    );
    writeFileSync(join(root, 'reprokit.yml'), GATED.replace('cat gate.fifo > /dev/null; ', ''));
    const run = await runCli(['run'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `reprokit: notice: took over the project lock of pid ${dead} ("reprokit run"), which is no longer running`,
    );
    expect(existsSync(join(root, '.reprokit/lock'))).toBe(false);
  });

  it('Ctrl-C while waiting ends with 130 and runs nothing', async () => {
    mkdirSync(join(root, '.reprokit'));
    // Held by this (live) test process.
    writeFileSync(
      join(root, '.reprokit/lock'),
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        command: 'reprokit run',
        startedAt: new Date().toISOString(),
      }),
    );
    const waiting = startCli(['run'], { cwd: root });
    await waiting.stderrMatches(/Ctrl-C to stop/);
    waiting.child.kill('SIGINT');
    const out = await waiting.done;
    expect(out.code).toBe(130);
    expect(out.stderr).toContain('stopped while waiting for the project lock; nothing was run');
    expect(existsSync(join(root, 'out.txt'))).toBe(false);
    // The lock of the live holder is left alone.
    expect(JSON.parse(readFileSync(join(root, '.reprokit/lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
  });

  it('sweeps temporary files of dead writers, in .reprokit and in a shared --cache-dir, and keeps live ones', async () => {
    const store = mkdtempSync(join(tmpdir(), 'reprokit-store-'));
    try {
      const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
      const dead = deadPid();
      const leftovers = [
        join(store, 'objects/ab', `abcdef.${host}-${dead}-0.tmp`),
        join(store, 'entries', `k.json.${host}-${dead}-3.tmp`),
        join(root, '.reprokit', `stat-cache.bin.${dead}.tmp`),
        join(root, '.reprokit/cache/objects/cd', `cdef.${host}-${dead}-1.tmp`),
      ];
      const live = join(store, 'objects/ab', `abcd00.${host}-${process.pid}-0.tmp`);
      for (const file of [...leftovers, live]) {
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, 'partial');
      }
      writeFileSync(join(root, 'reprokit.yml'), GATED.replace('cat gate.fifo > /dev/null; ', ''));
      const run = await runCli(['run', '--cache-dir', store], { cwd: root });
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('removed 4 temporary files left by an interrupted run');
      for (const file of leftovers) expect([file, existsSync(file)]).toEqual([file, false]);
      expect(existsSync(live)).toBe(true);
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  });
});
