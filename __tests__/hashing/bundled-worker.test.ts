import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * The bundles ship the hashing worker as a module of their own (scripts/bundle.mjs builds
 * src/adapters/hashing/hash-worker.ts into <bundle>/hash-worker/index.js) and the bundled CLI
 * starts its workers from it. Needs `npm run bundle` first, like the other dist tests; loads
 * nothing from src/.
 */
const BUNDLE = resolve(process.env.REPROKIT_BUNDLE ?? 'dist/cli/index.js');
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

// The job layout of src/adapters/hashing/hash-kernel.ts (filesBytes / filesViews) for n files:
// a header of 24 bytes, then stat (32/file), expect (32/file), mode (4/file), flags, status,
// digest (32/file). Written out here because this test must not import src/.
function filesJob(n: number) {
  const sab = new SharedArrayBuffer(24 + n * (32 + 32 + 4 + 1 + 1 + 32 + 20));
  const statusAt = 24 + n * (32 + 32 + 4 + 1);
  const digestAt = statusAt + n;
  return {
    sab,
    status: () => Array.from(new Uint8Array(sab, statusAt, n), (s) => s & 7),
    digest: (i: number) => Buffer.from(new Uint8Array(sab, digestAt + 32 * i, 32)).toString('hex'),
  };
}

describe('the hashing worker of the bundles', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'reprokit-bundled-worker-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(['dist/cli', 'dist/action'])(
    '%s/hash-worker/index.js hashes a files job',
    async (dir) => {
      writeFileSync(join(root, 'x.txt'), 'x\n');
      writeFileSync(join(root, 'y.txt'), 'y\n');
      const job = filesJob(2);
      const worker = new Worker(resolve(dir, 'hash-worker', 'index.js'));
      try {
        const reply = new Promise((done) => worker.once('message', done));
        worker.postMessage({
          type: 'files',
          id: 3,
          sab: job.sab,
          n: 2,
          paths: 'x.txt\0y.txt',
          base: `${root}/`,
        });
        expect(await reply).toEqual({ id: 3 });
      } finally {
        await worker.terminate();
      }
      expect(job.status()).toEqual([1, 1]); // HASHED
      expect(job.digest(0)).toBe(sha256('x\n'));
      expect(job.digest(1)).toBe(sha256('y\n'));
    },
  );

  it('is where the bundled CLI starts its workers from', () => {
    const project = join(root, 'project');
    // More files than the batch size that the hasher shares with workers (SHARE_FILES, 1000).
    for (let k = 0; k < 1500; k++) {
      const file = join(project, 'data', `f${k}.txt`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `file ${k}\n`);
    }
    writeFileSync(
      join(project, 'reprokit.yml'),
      'stages:\n  list:\n    cmd: ls data > out.txt\n    deps: [data/]\n    outs: [out.txt]\n',
    );
    const run = spawnSync(process.execPath, [BUNDLE, 'status', '--json'], {
      cwd: project,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        REPROKIT_TRACE_HASH: '1',
        REPROKIT_HASH_WORKERS: '1',
      },
    });
    expect(run.status).toBe(0);
    const started = run.stderr.split('\n').find((l) => l.includes(' workers: '));
    expect(started).toContain(
      `workers: 1 from ${resolve(dirname(BUNDLE), 'hash-worker', 'index.js')}`,
    );
    expect(run.stderr).not.toMatch(/workers: (could not start|a worker failed|none found)/);
  });
});
