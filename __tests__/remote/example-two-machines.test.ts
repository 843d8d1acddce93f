import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { startS3 } from '../support/s3-server.js';
import type { TestS3 } from '../support/s3-server.js';

/**
 * Acceptance: the example pipeline through the built CLI (`npm run bundle` first) with a remote.
 * Machine A computes everything and writes through to the remote; machine B, a fresh copy with
 * an empty local cache, restores everything and runs no stage.
 */
const BUNDLE = resolve(process.env.REPROKIT_BUNDLE ?? 'dist/cli/index.js');
const EXAMPLE = resolve('examples/sales');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function reprokit(args: readonly string[], env: Record<string, string>): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
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

function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const name of readdirSync(abs)) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

let s3: TestS3;
let scratch: string;

beforeAll(async () => {
  s3 = await startS3();
  scratch = mkdtempSync(join(tmpdir(), 'reprokit-machines-'));
});
afterAll(async () => {
  await s3.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A machine: its own checkout of the example, its own local cache and home directory. */
function machine(name: string): { root: string; env: Record<string, string> } {
  const root = join(scratch, name, 'sales');
  cpSync(EXAMPLE, root, {
    recursive: true,
    filter: (src) => !src.includes(`${EXAMPLE}/.reprokit`),
  });
  return {
    root,
    env: {
      HOME: join(scratch, name),
      REPROKIT_CACHE_DIR: join(scratch, name, 'cache'),
      AWS_ACCESS_KEY_ID: s3.credentials?.accessKeyId ?? '',
      AWS_SECRET_ACCESS_KEY: s3.credentials?.secretAccessKey ?? '',
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_REGION: 'us-east-1',
    },
  };
}

it('runs the example on one machine and restores all of it on a fresh one, running nothing', async () => {
  const remote = `s3://${s3.bucket}/${s3.prefix}`;
  const a = machine('a');
  const first = await reprokit(['run', '-C', a.root, '--remote', remote, '--json'], a.env);
  expect(first.stderr).not.toMatch(/reprokit: warning/);
  expect(first.code).toBe(0);
  const ran = (JSON.parse(first.stdout) as { stages: { name: string; result: string }[] }).stages;
  expect(ran.length).toBe(7);
  expect(ran.every((s) => s.result === 'ran')).toBe(true);

  const b = machine('b');
  const second = await reprokit(['run', '-C', b.root, '--remote', remote, '--json'], b.env);
  expect(second.code).toBe(0);
  const restored = (JSON.parse(second.stdout) as { stages: { name: string; result: string }[] })
    .stages;
  expect(restored.map((s) => s.result)).toEqual(Array(7).fill('restored'));
  const outputs = ['site', 'data/charts', 'data/agg', 'data/clean', 'data/model'];
  for (const dir of outputs) {
    const files = filesUnder(a.root, dir);
    expect(filesUnder(b.root, dir)).toEqual(files);
    for (const file of files)
      expect(readFileSync(join(b.root, file)).equals(readFileSync(join(a.root, file)))).toBe(true);
  }
  expect(readFileSync(join(b.root, 'metrics.json'), 'utf8')).toBe(
    readFileSync(join(a.root, 'metrics.json'), 'utf8'),
  );

  // And B is now up to date by itself: the next run is a no-op without the remote.
  const third = await reprokit(['status', '-C', b.root, '--json'], b.env);
  const statuses = (JSON.parse(third.stdout) as { stages: { status: string }[] }).stages;
  expect(statuses.map((s) => s.status)).toEqual(Array(7).fill('fresh'));
});
