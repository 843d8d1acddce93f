import { existsSync, readFileSync } from 'node:fs';
import { TempProject, cli, runJson, statusJson } from '../support/project.js';
import type { RunJson } from '../support/project.js';

/**
 * Scheduling on real files: parallelism, topological order, `needs`, failures, `--keep-going`
 * and interruption. Stages leave evidence in an append-only `log` file (one `echo >>` per line,
 * which O_APPEND keeps whole), so every assertion is about order, never about durations.
 */

/** Shell snippet: wait until `log` has a line matching PATTERN, at most TRIES × 50 ms. */
const waitFor = (pattern: string, tries: number) =>
  `for i in $(seq 1 ${tries}); do grep -qx '${pattern}' log 2>/dev/null && break; sleep 0.05; done`;

function lines(p: TempProject, file = 'log'): string[] {
  return existsSync(p.path(file)) ? p.read(file).trim().split('\n') : [];
}

function byName(json: RunJson, name: string) {
  const stage = json.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`stage ${name} is not in ${JSON.stringify(json)}`);
  return stage;
}

function statuses(status: { stages: { name: string; status: string }[] }) {
  return Object.fromEntries(status.stages.map((s) => [s.name, s.status]));
}

/** Alive and not a zombie (PID 1 in a container may never reap orphans). */
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

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return condition();
}

describe('parallelism and order', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  /** Two independent stages; each logs start, waits (bounded) for the other's start, logs end. */
  const pair = (tries: number) => `
stages:
  a:
    cmd: |
      echo 'start a' >> log
      ${waitFor('start b', tries)}
      echo 'end a' >> log
      echo a > a.out
    outs: [a.out]
  b:
    cmd: |
      echo 'start b' >> log
      ${waitFor('start a', tries)}
      echo 'end b' >> log
      echo b > b.out
    outs: [b.out]
`;

  it('with --jobs 2 runs two independent stages at the same time', async () => {
    p = new TempProject({ 'reprokit.yml': pair(100) });
    const run = await runJson(p.root, ['--jobs', '2']);
    expect(run.code).toBe(0);
    expect(run.results).toEqual({ a: 'ran', b: 'ran' });
    // Both started before either ended: they overlapped.
    const log = lines(p);
    expect(log).toHaveLength(4);
    expect(log.slice(0, 2).sort()).toEqual(['start a', 'start b']);
    expect(log.slice(2).sort()).toEqual(['end a', 'end b']);
  });

  it('with --jobs 1 runs one stage at a time', async () => {
    // The first stage gives up waiting after ~1 s; a scheduler that overlaps would interleave.
    p = new TempProject({ 'reprokit.yml': pair(20) });
    const run = await runJson(p.root, ['--jobs', '1']);
    expect(run.code).toBe(0);
    const log = lines(p);
    expect(log).toHaveLength(4);
    const [first, second] = [log[0]?.slice(6), log[2]?.slice(6)];
    expect(log).toEqual([`start ${first}`, `end ${first}`, `start ${second}`, `end ${second}`]);
    expect([first, second].sort()).toEqual(['a', 'b']);
  });

  it('starts a stage only after every stage it reads from has finished', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  up:
    cmd: echo 'start up' >> log && sleep 0.3 && echo u > up.out && echo 'end up' >> log
    outs: [up.out]
  left:
    cmd: echo 'start left' >> log && sleep 0.2 && cat up.out > left.out && echo 'end left' >> log
    deps: [up.out]
    outs: [left.out]
  right:
    cmd: echo 'start right' >> log && cat up.out > right.out && echo 'end right' >> log
    deps: [up.out]
    outs: [right.out]
  join:
    cmd: echo 'start join' >> log && cat left.out right.out > join.out && echo 'end join' >> log
    deps: [left.out, right.out]
    outs: [join.out]
`,
    });
    const run = await runJson(p.root, ['--jobs', '4']);
    expect(run.code).toBe(0);
    expect(p.read('join.out')).toBe('u\nu\n');
    const log = lines(p);
    const at = (line: string) => {
      const i = log.indexOf(line);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    expect(at('end up')).toBeLessThan(at('start left'));
    expect(at('end up')).toBeLessThan(at('start right'));
    expect(at('end left')).toBeLessThan(at('start join'));
    expect(at('end right')).toBeLessThan(at('start join'));
    // Stages are reported in topological order.
    expect(run.json.stages.map((s) => s.name)).toEqual(['up', 'left', 'right', 'join']);
  });

  it('`needs` orders two stages that share no file', async () => {
    p = new TempProject({
      'reprokit.yml': `
stages:
  load_db:
    cmd: sleep 0.3 && echo 'load_db' >> log
  report:
    cmd: echo 'report' >> log && echo r > report.out
    outs: [report.out]
    needs: [load_db]
`,
    });
    const run = await runJson(p.root, ['--jobs', '2']);
    expect(run.code).toBe(0);
    expect(lines(p)).toEqual(['load_db', 'report']);
    // `run report` selects what it needs, too.
    p.remove('report.out');
    p.remove('log');
    const again = await runJson(p.root, ['report', '--force', 'load_db,report', '--no-cache']);
    expect(again.results).toEqual({ load_db: 'ran', report: 'ran' });
    expect(lines(p)).toEqual(['load_db', 'report']);
  });
});

describe('a failing stage', () => {
  let p: TempProject;
  afterEach(() => p.dispose());

  /**
   * `bad` fails while `slow` runs (each waits for the other's start); `later` needs `slow`, so it
   * could only start after the failure; `after_bad` reads `bad`'s output.
   */
  const MANIFEST = `
stages:
  bad:
    cmd: |
      echo 'start bad' >> log
      ${waitFor('start slow', 100)}
      echo partial > bad.out
      exit 4
    outs: [bad.out]
  slow:
    cmd: |
      echo 'start slow' >> log
      ${waitFor('start bad', 100)}
      sleep 0.3
      echo done > slow.out
      echo 'end slow' >> log
    outs: [slow.out]
  later:
    cmd: echo 'start later' >> log && echo later > later.out
    outs: [later.out]
    needs: [slow]
  after_bad:
    cmd: cat bad.out > after.out
    deps: [bad.out]
    outs: [after.out]
`;

  it('stops starting stages, lets the running ones finish and exits 1', async () => {
    p = new TempProject({ 'reprokit.yml': MANIFEST });
    const run = await runJson(p.root, ['--jobs', '2']);
    expect(run.code).toBe(1);
    expect(run.json.ok).toBe(false);
    expect(run.results).toEqual({
      bad: 'failed',
      slow: 'ran',
      later: 'skipped',
      after_bad: 'skipped',
    });
    expect(byName(run.json, 'bad').error).toBe('the command exited with code 4');
    expect(byName(run.json, 'after_bad').reasons).toEqual(['upstream stage bad failed']);
    expect(lines(p)).not.toContain('start later');
    expect(lines(p)).toContain('end slow');
    expect(existsSync(p.path('later.out'))).toBe(false);
    // The stage that finished is recorded; the failed one is not, although it wrote its output.
    expect(p.read('bad.out')).toBe('partial\n');
    const status = await statusJson(p.root);
    expect(statuses(status)).toEqual({
      bad: 'stale',
      slow: 'fresh',
      later: 'stale',
      after_bad: 'stale',
    });
  });

  it('with --keep-going runs everything that does not depend on the failure', async () => {
    p = new TempProject({ 'reprokit.yml': MANIFEST });
    const run = await runJson(p.root, ['--jobs', '2', '--keep-going']);
    expect(run.code).toBe(1);
    expect(run.json.ok).toBe(false);
    expect(run.results).toEqual({
      bad: 'failed',
      slow: 'ran',
      later: 'ran',
      after_bad: 'skipped',
    });
    expect(byName(run.json, 'after_bad').reasons).toEqual(['upstream stage bad failed']);
    expect(p.read('later.out')).toBe('later\n');
    expect(existsSync(p.path('after.out'))).toBe(false);
    const status = await statusJson(p.root);
    expect(statuses(status)).toEqual({
      bad: 'stale',
      slow: 'fresh',
      later: 'fresh',
      after_bad: 'stale',
    });
    expect(status.stages.find((s) => s.name === 'bad')?.reasons).toEqual(['never run']);
  });

  it('-k is --keep-going, and a fixed stage then runs with its dependants only', async () => {
    p = new TempProject({ 'reprokit.yml': MANIFEST });
    await runJson(p.root, ['-j', '2', '-k']);
    p.write({ 'reprokit.yml': MANIFEST.replace('exit 4', 'true') });
    const run = await runJson(p.root, ['-j', '2']);
    expect(run.code).toBe(0);
    expect(run.results).toEqual({ bad: 'ran', slow: 'fresh', later: 'fresh', after_bad: 'ran' });
  });
});

describe('interruption', () => {
  let p: TempProject;
  const pids: number[] = [];
  afterEach(() => {
    for (const pid of pids.splice(0)) {
      try {
        process.kill(pid, 'SIGKILL'); // only if the test failed and left it behind
      } catch {
        // gone, as it should be
      }
    }
    p.dispose();
  });

  const MANIFEST = `
stages:
  first:
    cmd: echo one > first.out
    outs: [first.out]
  slow:
    cmd: |
      echo partial > slow.out
      sleep 30 &
      echo $! > sleep.pid
      wait
    deps: [first.out]
    outs: [slow.out]
  after:
    cmd: cat slow.out > after.out
    deps: [slow.out]
    outs: [after.out]
`;

  async function pidOfSleep(): Promise<number> {
    const written = await until(() => /^\d+\n$/.test(readOrEmpty(p.path('sleep.pid'))), 20_000);
    expect(written).toBe(true);
    const pid = Number(readOrEmpty(p.path('sleep.pid')));
    pids.push(pid);
    return pid;
  }

  it('an aborted run kills the stage process tree, records nothing for it, exits 130', async () => {
    p = new TempProject({ 'reprokit.yml': MANIFEST });
    const controller = new AbortController();
    const started = Date.now();
    const outcome = cli(p.root, ['run', '--json'], { signal: controller.signal });
    const pid = await pidOfSleep();
    expect(alive(pid)).toBe(true);
    controller.abort();
    const { code, stdout } = await outcome;
    expect(Date.now() - started).toBeLessThan(15_000); // far below the 30 s sleep
    expect(code).toBe(130);
    const json = JSON.parse(stdout) as RunJson;
    expect(json.ok).toBe(false);
    expect(Object.fromEntries(json.stages.map((s) => [s.name, s.result]))).toEqual({
      first: 'ran',
      slow: 'failed',
      after: 'skipped',
    });
    expect(byName(json, 'slow').error).toBe('interrupted');
    // The grandchild `sleep` did not survive.
    expect(await until(() => !alive(pid), 3000)).toBe(true);
    expect(existsSync(p.path('after.out'))).toBe(false);
    const status = await statusJson(p.root);
    expect(statuses(status)).toEqual({ first: 'fresh', slow: 'stale', after: 'stale' });
    expect(status.stages.find((s) => s.name === 'slow')?.reasons).toEqual(['never run']);
  });

  it('a stage that was not started when the run was aborted is skipped', async () => {
    p = new TempProject({
      'reprokit.yml': MANIFEST.replace(
        '  after:',
        `  other:
    cmd: echo other > other.out
    outs: [other.out]
    needs: [first, slow]
  after:`,
      ),
    });
    const controller = new AbortController();
    const outcome = cli(p.root, ['run', '--json', '-j', '4'], { signal: controller.signal });
    await pidOfSleep();
    controller.abort();
    const { code, stdout } = await outcome;
    expect(code).toBe(130);
    const json = JSON.parse(stdout) as RunJson;
    expect(byName(json, 'other').result).toBe('skipped');
    expect(existsSync(p.path('other.out'))).toBe(false);
  });
});

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
