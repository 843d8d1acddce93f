import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli-process.js';

/**
 * A full disk and a read-only `.reprokit/`, through the bundled CLI, on a real tiny tmpfs
 * mounted over the project's `.reprokit/`. Mounting needs root (and a kernel that allows it);
 * elsewhere these tests are skipped, and the same faults are covered in-process by an injected
 * failing fs in state-faults.test.ts.
 */

function canMount(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'reprokit-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mountable = canMount();
if (!mountable) console.warn('disk-faults: cannot mount a tmpfs here (not root?): skipped');
const describeMounted = mountable ? describe : describe.skip;

const MANIFEST = `stages:
  make:
    cmd: cat in.txt > out.txt
    deps: [in.txt]
    outs: [out.txt]
`;

describeMounted('a full or read-only .reprokit (bundled CLI, tmpfs)', () => {
  let root: string;
  let state: string;
  const cli = (args: string[]) => runCli(args, { cwd: root });
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-disk-'));
    state = join(root, '.reprokit');
    mkdirSync(state);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', state]);
    writeFileSync(join(root, 'reprokit.yml'), MANIFEST);
    writeFileSync(join(root, 'in.txt'), 'one\n');
  });
  afterEach(() => {
    execFileSync('umount', [state]);
    rmSync(root, { recursive: true, force: true });
  });

  it('disk full while recording: exit 1 with the path and the cause, no stack trace, warnings once', async () => {
    // The stage fills the disk after the run took its lock: recording its result must fail.
    writeFileSync(
      join(root, 'reprokit.yml'),
      MANIFEST.replace(
        'cat in.txt > out.txt',
        'cat in.txt > out.txt; { head -c 4000000 /dev/zero > .reprokit/filler; } 2>/dev/null || true',
      ),
    );
    const run = await cli(['run']);
    expect(run.code).toBe(1);
    const all = run.stdout + run.stderr;
    expect(all).toContain(
      `could not record the result in ${join(state, 'state.jsonl')}: ENOSPC: no space left on device`,
    );
    expect(all).not.toMatch(/internal error|\n\s+at /);
    // At most once: whether the stat cache has anything to save depends on the clock (a file
    // written in the same second as it is hashed is racily clean and not remembered).
    expect(
      (run.stderr.match(/reprokit: warning: could not save/g) ?? []).length,
    ).toBeLessThanOrEqual(1);
  });

  it('read-only: status works; run says it cannot lock the project, exit 1', async () => {
    expect((await cli(['run'])).code).toBe(0);
    writeFileSync(join(root, 'in.txt'), 'two\n'); // status must hash again: the stat cache is dirty
    execFileSync('mount', ['-o', 'remount,ro', state]);
    const status = await cli(['status', '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).stages[0]).toMatchObject({ name: 'make', status: 'stale' });
    // Whether there is anything to save depends on the clock (racily clean files are not
    // remembered); when there is, the warning names the cause.
    if (status.stderr.includes('could not save'))
      expect(status.stderr).toMatch(/reprokit: warning: could not save .*read-only file system/);
    expect(status.stderr).not.toMatch(/internal error|\n\s+at /);

    const run = await cli(['run']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('reprokit: cannot lock the project: EROFS: read-only file system');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
