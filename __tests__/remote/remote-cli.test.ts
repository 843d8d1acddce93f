import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { cli, TempProject } from '../support/project.js';
import type { RunJson } from '../support/project.js';
import { startS3 } from '../support/s3-server.js';
import type { TestS3 } from '../support/s3-server.js';

/**
 * The remote through the CLI (in process, real SDK over HTTP to s3rver): two "machines" are two
 * project directories with their own local caches.
 */
const MANIFEST = `
stages:
  upper:
    cmd: mkdir -p out && tr a-z A-Z < in.txt > out/upper.txt
    deps: [in.txt]
    outs: [out/upper.txt]
  count:
    cmd: wc -c < out/upper.txt | tr -d ' ' > out/count.txt
    deps: [out/upper.txt]
    outs: [out/count.txt]
`;

let s3: TestS3;
const projects: TempProject[] = [];
const machine = () => {
  const project = new TempProject({ 'reprokit.yml': MANIFEST, 'in.txt': 'hello remote\n' });
  projects.push(project);
  return project;
};

beforeEach(async () => {
  s3 = await startS3();
});
afterEach(async () => {
  await s3.close();
  for (const p of projects.splice(0)) p.dispose();
});

const SECRET = 'do-not-print-this-secret-0123456789';

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: s3.credentials?.accessKeyId ?? '',
    AWS_SECRET_ACCESS_KEY: s3.credentials?.secretAccessKey ?? '',
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_REGION: 'us-east-1',
    // No shared config or profile of the machine running the tests.
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
    REPROKIT_REMOTE: `s3://${s3.bucket}/${s3.prefix}`,
    ...extra,
  };
}

async function run(project: TempProject, args: string[], extra: Record<string, string> = {}) {
  const outcome = await cli(project.root, ['run', '--json', ...args], { env: env(extra) });
  const json = JSON.parse(outcome.stdout || '{"stages":[]}') as RunJson;
  return { ...outcome, results: Object.fromEntries(json.stages.map((s) => [s.name, s.result])) };
}

async function remoteNames(): Promise<string[]> {
  const listed = await s3
    .direct()
    .send(new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${s3.prefix}/` }));
  return (listed.Contents ?? []).map((o) => (o.Key as string).slice(s3.prefix.length + 1)).sort();
}

describe('reprokit with a remote cache', () => {
  it('restores on a second machine what the first computed, running nothing', async () => {
    const a = machine();
    expect((await run(a, [])).results).toEqual({ upper: 'ran', count: 'ran' });
    const names = await remoteNames();
    expect(names.filter((n) => n.startsWith('entries/'))).toHaveLength(2);
    expect(names.filter((n) => n.startsWith('latest/'))).toHaveLength(2);
    const b = machine();
    const second = await run(b, []);
    expect(second.results).toEqual({ upper: 'restored', count: 'restored' });
    expect(b.read('out/upper.txt')).toBe('HELLO REMOTE\n');
    // The local cache was filled on the way: with the remote gone, a third run is still a no-op.
    rmSync(b.path('out'), { recursive: true });
    const offline = await run(b, [], { REPROKIT_REMOTE: 'none' });
    expect(offline.results).toEqual({ upper: 'restored', count: 'restored' });
  });

  it('reads but never writes with --no-remote-write, and for pull requests from forks', async () => {
    expect((await run(machine(), ['--no-remote-write'])).code).toBe(0);
    expect(await remoteNames()).toEqual([]);
    const event = join(mkdtempSync(join(tmpdir(), 'reprokit-event-')), 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          head: { repo: { full_name: 'someone/fork', fork: true } },
          base: { repo: { full_name: 'team/project' } },
        },
      }),
    );
    const fork = await run(machine(), [], {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    });
    expect(fork.code).toBe(0);
    expect(fork.stderr).toContain('pull request from a fork');
    expect(await remoteNames()).toEqual([]);
    // Asking for it overrides the default.
    await run(machine(), ['--remote-write', '--force-all'], {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    });
    expect((await remoteNames()).length).toBeGreaterThan(0);
  });

  it('goes on read-only after the first AccessDenied, warning once', async () => {
    await s3.fault('read-only');
    const outcome = await run(machine(), []);
    expect(outcome.code).toBe(0);
    expect(outcome.results).toEqual({ upper: 'ran', count: 'ran' });
    const warnings = outcome.stderr.split('\n').filter((l) => l.includes('warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/access denied while writing.*read-only/);
  });

  it('runs everything with one warning when the remote is down, and never prints credentials', async () => {
    await s3.fault('down');
    const outcome = await run(machine(), [], { AWS_SECRET_ACCESS_KEY: SECRET });
    expect(outcome.code).toBe(0);
    expect(outcome.results).toEqual({ upper: 'ran', count: 'ran' });
    expect(outcome.stderr.split('\n').filter((l) => l.includes('warning'))).toHaveLength(1);
    expect(outcome.stderr).toMatch(/remote cache s3:\/\/.* is not usable/);
    expect(outcome.stderr + outcome.stdout).not.toContain(SECRET);
  });

  it('never prints credentials when they are refused', async () => {
    const outcome = await run(machine(), [], {
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEKEYID0001',
      AWS_SECRET_ACCESS_KEY: SECRET,
    });
    expect(outcome.code).toBe(0);
    expect(outcome.stderr).toMatch(/warning: remote cache/);
    expect(outcome.stderr + outcome.stdout).not.toContain(SECRET);
    expect(outcome.stderr + outcome.stdout).not.toContain('AKIAEXAMPLEKEYID0001');
  });

  it('rejects a malformed remote URL as bad input', async () => {
    const outcome = await cli(machine().root, ['run', '--remote', 'https://bucket/x'], {
      env: env(),
    });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('is not an s3:// URL');
  });

  it('push uploads what the local cache holds; pull brings it into a fresh local cache', async () => {
    const a = machine();
    expect((await run(a, [], { REPROKIT_REMOTE: 'none' })).code).toBe(0);
    expect(await remoteNames()).toEqual([]);
    rmSync(a.path('out/count.txt')); // one stage's outputs only in the local cache
    const pushed = await cli(a.root, ['push'], { env: env() });
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toMatch(/push: 2 stages uploaded \(2 objects, 16 B\), 0 already/);
    expect(pushed.stderr).toMatch(/pushed upper/);
    const again = await cli(a.root, ['push'], { env: env() });
    expect(again.stdout).toMatch(/push: 0 stages uploaded .*, 2 already on the remote/);

    const b = machine();
    const pulled = await cli(b.root, ['pull', 'count'], { env: env() });
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toMatch(/pull: 2 stages downloaded \(2 objects, 16 B\)/);
    expect(existsSync(b.path('out'))).toBe(false); // the workspace is left alone
    const offline = await run(b, [], { REPROKIT_REMOTE: 'none' });
    expect(offline.results).toEqual({ upper: 'restored', count: 'restored' });
  });

  it('push takes a foreach group name for the stages it generated, as run does', async () => {
    const a = new TempProject({
      'dvc.yaml': [
        'stages:',
        '  copy:',
        '    foreach: [a, b]',
        '    do:',
        "      cmd: 'echo ${item} > out-${item}.txt'",
        "      outs: ['out-${item}.txt']",
        '  other:',
        '    cmd: echo o > other.txt',
        '    outs: [other.txt]',
        '',
      ].join('\n'),
    });
    projects.push(a);
    expect((await run(a, [], { REPROKIT_REMOTE: 'none' })).code).toBe(0);
    const pushed = await cli(a.root, ['push', 'copy'], { env: env() });
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toMatch(/push: 2 stages uploaded/);
  });

  it('gc lists what it would remove and removes it only with --delete', async () => {
    const a = machine();
    await run(a, []);
    a.write({ 'in.txt': 'changed\n' });
    await run(a, []);
    expect((await remoteNames()).filter((n) => n.startsWith('entries/'))).toHaveLength(4);
    const dry = await cli(a.root, ['gc', '--keep-days', '1'], { env: env() });
    expect(dry.code).toBe(0);
    // Everything is younger than a day: kept.
    expect(dry.stdout).toMatch(/would remove 0 entries/);
    expect(dry.stdout).toContain('dry run');
    expect((await remoteNames()).filter((n) => n.startsWith('entries/'))).toHaveLength(4);
    const plan = await cli(a.root, ['gc', '--keep-days', '0'], { env: env() });
    expect(plan.stdout).toMatch(/would remove 2 entries and 2 objects \(\d+ B\); kept 2 entries/);
    expect((await remoteNames()).filter((n) => n.startsWith('entries/'))).toHaveLength(4);
    const done = await cli(a.root, ['gc', '--keep-days', '0', '--delete'], { env: env() });
    expect(done.stdout).toMatch(/removed 2 entries and 2 objects/);
    const left = await remoteNames();
    expect(left.filter((n) => n.startsWith('entries/'))).toHaveLength(2);
    expect(left.filter((n) => n.startsWith('objects/'))).toHaveLength(2);
    // What the manifest needs is still whole: a fresh machine restores it.
    const b = machine();
    b.write({ 'in.txt': 'changed\n' });
    expect((await run(b, [])).results).toEqual({ upper: 'restored', count: 'restored' });
  });

  it('needs a remote for push, pull and gc', async () => {
    const outcome = await cli(machine().root, ['push'], { env: { REPROKIT_REMOTE: '' } });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain('push needs a remote');
    expect(readdirSync(tmpdir()).length).toBeGreaterThan(0);
  });
});
