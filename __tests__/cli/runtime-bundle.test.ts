import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, startCli } from '../support/cli-process.js';
import { installDockerStandIn } from '../support/docker-stand-in.js';

/**
 * timeout, retries, env and image through the bundled CLI (`npm run bundle`), as users run it.
 * Synchronisation is by what the CLI prints (stderrMatches) and by files, never by sleeping.
 */

interface StageJson {
  name: string;
  result: string;
  error?: string;
  failure?: { kind: string };
  attempt?: { number: number; of: number };
  reasons: string[];
  differences: { kind: string; name?: string }[];
}

let root: string;
let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'reprokit-runtime-'));
  root = join(scratch, 'project');
  mkdirSync(root);
});

afterEach(() => rmSync(scratch, { recursive: true, force: true }));

const digest = (c: string) => `python@sha256:${c.repeat(64)}`;
const manifest = (text: string) => writeFileSync(join(root, 'reprokit.yml'), text);
const read = (path: string) => readFileSync(join(root, path), 'utf8');

async function runJson(env: Record<string, string> = {}) {
  const outcome = await runCli(['run', '--json'], { cwd: root, env });
  const json = JSON.parse(outcome.stdout || '{"stages":[]}') as { stages: StageJson[] };
  const stages = Object.fromEntries(json.stages.map((s) => [s.name, s]));
  return { ...outcome, stages };
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

/** Records in the state log, by stage. */
function recorded(): string[] {
  const state = join(root, '.reprokit/state.jsonl');
  if (!existsSync(state)) return [];
  return read('.reprokit/state.jsonl')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { stage: string }).stage);
}

describe('timeout', () => {
  it('stops the whole process group and fails the stage with "timed out after 1s"', async () => {
    manifest(
      'stages:\n  slow:\n    cmd: sleep 1000 & echo $! > sleeper.pid; wait\n    timeout: 1s\n    outs: [out.txt]\n',
    );
    const run = await runJson();
    expect(run.code).toBe(1);
    expect(run.stages.slow).toMatchObject({
      result: 'failed',
      error: 'timed out after 1s',
      failure: { kind: 'timed-out', after: { ms: 1000, text: '1s' } },
    });
    expect(run.stages.slow?.attempt).toBeUndefined();
    expect(run.stderr).toContain('✖ slow failed: timed out after 1s');
    // The background sleep shared the shell's process group: it went with it.
    expect(alive(Number(read('sleeper.pid')))).toBe(false);
    expect(recorded()).toEqual([]);
  });
});

describe('retries', () => {
  const flaky =
    // Attempt 1 writes a partial output and fails; attempt 2 checks that it is gone, then passes.
    'n=$(cat count 2>/dev/null || echo 0); n=$((n+1)); echo $n > count; ' +
    'if [ $n -ge 2 ]; then test ! -e out.txt && echo good > out.txt; ' +
    'else echo partial > out.txt; exit 1; fi';

  it('logs each attempt, removes the failed attempt\'s outputs, and says "passed on attempt 2"', async () => {
    manifest(
      `stages:\n  flaky:\n    cmd: '${flaky}'\n    retries: 2\n    retry_delay: 0\n    outs: [out.txt]\n`,
    );
    const run = await runCli(['run'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      '↻ flaky: attempt 1 of 3 failed: the command exited with code 1; attempt 2 of 3 now',
    );
    expect(run.stderr).toMatch(/✔ flaky ran in .* \(passed on attempt 2\)/);
    expect(run.stdout).toMatch(/flaky +ran .*passed on attempt 2/);
    expect(read('out.txt')).toBe('good\n');
    // Only the passing attempt's output was cached.
    rmSync(join(root, 'out.txt'));
    const again = await runJson();
    expect(again.stages.flaky?.result).toBe('restored');
    expect(read('out.txt')).toBe('good\n');
  });

  it('JSON: the attempt a stage passed or failed on; the last failure with its attempt', async () => {
    manifest(
      `defaults: {retries: 1, retry_delay: 0}\nstages:\n  flaky:\n    cmd: '${flaky}'\n    outs: [out.txt]\n  broken:\n    cmd: exit 3\n`,
    );
    const run = await runCli(['run', '--json', '--keep-going'], { cwd: root });
    const stages = Object.fromEntries(
      (JSON.parse(run.stdout) as { stages: StageJson[] }).stages.map((s) => [s.name, s]),
    );
    expect(stages.flaky).toMatchObject({ result: 'ran', attempt: { number: 2, of: 2 } });
    expect(stages.broken).toMatchObject({
      result: 'failed',
      error: 'the command exited with code 3 (attempt 2 of 2)',
      failure: { kind: 'exited', code: 3 },
      attempt: { number: 2, of: 2 },
    });
    expect(recorded()).toEqual(['flaky']);
  });

  it("another stage failing (no --keep-going) ends a running stage's retries: its failure is final", async () => {
    // `broken` fails only once `patient` has started, so both are running when the run stops.
    manifest(
      "stages:\n  patient:\n    cmd: touch started; exit 4\n    retries: 3\n    retry_delay: 1h\n  broken:\n    cmd: 'while [ ! -e started ]; do sleep 0.05; done; exit 3'\n",
    );
    const run = await runCli(['run', '--json', '--jobs', '2'], { cwd: root });
    const stages = Object.fromEntries(
      (JSON.parse(run.stdout) as { stages: StageJson[] }).stages.map((s) => [s.name, s]),
    );
    expect(stages.broken).toMatchObject({ result: 'failed', failure: { kind: 'exited', code: 3 } });
    expect(stages.patient).toMatchObject({
      result: 'failed',
      failure: { kind: 'exited', code: 4 },
      attempt: { number: 1, of: 4 },
    });
  });
});

describe('env and the key', () => {
  it('a changed env value re-runs the stage; timeout and retries do not', async () => {
    const write = (seed: string, extra = '') =>
      manifest(
        `env: {LC_ALL: C}\nstages:\n  a:\n    cmd: echo "$SEED $LC_ALL" > out.txt\n    env: {SEED: ${seed}}\n    outs: [out.txt]\n${extra}`,
      );
    write('1');
    expect((await runJson()).stages.a?.result).toBe('ran');
    expect(read('out.txt')).toBe('1 C\n');
    write('1', '    timeout: 10m\n    retries: 3\n    retry_delay: 5s\n');
    expect((await runJson()).stages.a?.result).toBe('fresh');
    write('2', '    timeout: 10m\n');
    const changed = await runJson();
    expect(changed.stages.a).toMatchObject({
      result: 'ran',
      differences: [{ kind: 'env-changed', name: 'SEED' }],
    });
    expect(read('out.txt')).toBe('2 C\n');
  });
});

describe('image (through a docker stand-in: no daemon here)', () => {
  it('runs the command with docker run: workspace at the same path, workdir, user, env by name', async () => {
    const docker = installDockerStandIn(scratch);
    mkdirSync(join(root, 'sub'));
    manifest(
      "stages:\n  train:\n    image: python:3.12-slim\n    wdir: sub\n    env: {SEED: '42', TRICKY: 'a b;$(touch pwned)'}\n" +
        '    cmd: echo "$SEED|$TRICKY|$(pwd)|${HOME:-no home}" > out.txt\n    outs: [out.txt]\n',
    );
    const env = { PATH: `${docker.bin}:${process.env.PATH}`, DOCKER_STAND_IN_DIGEST: digest('a') };
    const run = await runJson(env);
    expect(run.stages.train?.result).toBe('ran');
    // Only the manifest's env reached the command: HOME of the host did not.
    expect(read('sub/out.txt')).toBe(`42|a b;$(touch pwned)|${join(root, 'sub')}|no home\n`);
    expect(existsSync(join(root, 'sub/pwned'))).toBe(false);
    const calls = docker.calls();
    expect(calls[0]).toMatch(/^image inspect --format .* python:3\.12-slim $/);
    const runCall = calls.find((c) => c.startsWith('run '));
    const uid = process.getuid?.() ?? 0;
    const gid = process.getgid?.() ?? 0;
    expect(runCall).toMatch(
      new RegExp(
        `^run --rm --init --name reprokit-train-\\d+-1 --volume ${root}:${root} --workdir ${join(root, 'sub')} --user ${uid}:${gid} -e SEED -e TRICKY python:3\\.12-slim bash --noprofile --norc -e -o pipefail -c `,
      ),
    );
    // Values never appear on docker's command line (only `-e NAME`).
    expect(calls.join('\n')).not.toMatch(/SEED=|TRICKY=|pwned/);
  });

  it('the image digest is part of the key: a new digest behind the same tag re-runs', async () => {
    const docker = installDockerStandIn(scratch);
    manifest(
      'stages:\n  train:\n    image: python:3.12\n    cmd: echo hi > out.txt\n    outs: [out.txt]\n',
    );
    const env = (d: string) => ({
      PATH: `${docker.bin}:${process.env.PATH}`,
      DOCKER_STAND_IN_DIGEST: d,
    });
    expect((await runJson(env(digest('a')))).stages.train?.result).toBe('ran');
    expect((await runJson(env(digest('a')))).stages.train?.result).toBe('fresh');
    const moved = await runJson(env(digest('b')));
    expect(moved.stages.train).toMatchObject({
      result: 'ran',
      reasons: [`image changed: ${digest('a')} → ${digest('b')}`],
    });
  });

  it('a tag docker does not know: the reference as written is in the key, with a warning', async () => {
    const docker = installDockerStandIn(scratch);
    manifest(
      'stages:\n  train:\n    image: python:3.12\n    cmd: echo hi > out.txt\n    outs: [out.txt]\n',
    );
    const run = await runJson({ PATH: `${docker.bin}:${process.env.PATH}` });
    expect(run.stages.train?.result).toBe('ran');
    expect(run.stderr).toContain(
      'warning: image python:3.12: the image is not pulled here, so the stage key holds the reference as written',
    );
  });

  it('without docker: exit 2, an error naming the stage and the image', async () => {
    const empty = join(scratch, 'empty-bin');
    mkdirSync(empty);
    manifest(
      `stages:\n  plain:\n    cmd: echo > plain.txt\n    outs: [plain.txt]\n  train:\n    image: '${digest('c')}'\n    cmd: echo hi > out.txt\n    outs: [out.txt]\n`,
    );
    // bash and coreutils stay reachable for the plain stage; docker is not on this PATH.
    const run = await runJson({ PATH: `${empty}:/bin:/usr/bin` });
    expect(run.code).toBe(2);
    expect(run.stages.train?.failure).toMatchObject({
      kind: 'container-unavailable',
      image: digest('c'),
    });
    expect(run.stderr).toContain(
      `✖ train failed: it runs in image ${digest('c')}, but docker could not be used: \`docker\` was not found on PATH`,
    );
  });
});

describe('cancellation', () => {
  it('SIGTERM during the retry delay: exit 130, the interrupted stage records nothing, the finished one is cached', async () => {
    manifest(
      'stages:\n  first:\n    cmd: echo done > a.txt\n    outs: [a.txt]\n' +
        '  flaky:\n    cmd: echo try >> tries.log; exit 1\n    deps: [a.txt]\n    retries: 3\n    retry_delay: 1h\n    outs: [b.txt]\n',
    );
    const run = startCli(['run'], { cwd: root });
    await run.stderrMatches(/attempt 2 of 4 in 60 min/);
    run.child.kill('SIGTERM');
    const done = await run.done;
    expect(done.code).toBe(130);
    expect(read('tries.log')).toBe('try\n');
    expect(done.stderr).toContain('✖ flaky failed: interrupted (attempt 1 of 4)');
    expect(recorded()).toEqual(['first']);
    const entries = readdirSync(join(root, '.reprokit/cache/entries'));
    expect(entries).toHaveLength(1);
    rmSync(join(root, 'a.txt'));
    writeFileSync(
      join(root, 'reprokit.yml'),
      'stages:\n  first:\n    cmd: echo done > a.txt\n    outs: [a.txt]\n',
    );
    expect((await runJson()).stages.first?.result).toBe('restored');
  });

  it('SIGTERM mid-attempt in a container: the group is stopped and the container killed by name', async () => {
    const docker = installDockerStandIn(scratch);
    manifest(
      'stages:\n  train:\n    image: python:3.12\n    cmd: sleep 1000 & echo $! > sleeper.pid; echo ready >&2; wait\n    retries: 2\n    outs: [out.txt]\n',
    );
    const run = startCli(['run'], {
      cwd: root,
      env: { PATH: `${docker.bin}:${process.env.PATH}`, DOCKER_STAND_IN_DIGEST: digest('a') },
    });
    await run.stderrMatches(/ready/);
    run.child.kill('SIGTERM');
    const done = await run.done;
    expect(done.code).toBe(130);
    expect(alive(Number(read('sleeper.pid')))).toBe(false);
    expect(docker.calls().filter((c) => c.startsWith('run '))).toHaveLength(1);
    expect(docker.calls().at(-1)).toMatch(/^kill reprokit-train-\d+-1 $/);
    expect(recorded()).toEqual([]);
  });
});
