// Remote cache restore speed (issue 16): restore of 1,000 small outputs and of one large output
// from an S3 server (s3rver on 127.0.0.1), as a ratio to a plain download of the same objects
// with the same SDK and the same parallelism ("aws s3 sync"-style: GetObject → file, no checks).
// Runs interleaved (A B A B …), medians reported. Not part of `npm test`.
//
//   npx tsx bench/remote.ts [--small-files 1000] [--small-kib 1] [--large-mib 1024] [--runs 5]
//                           [--out bench/results/remote]
//
// Writes PREFIX.md and PREFIX.json. Needs about 2 × large-mib of free disk in bench/.work.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import type { AddressInfo } from 'node:net';
import { sha256File } from '../src/adapters/hashing/file-hasher.js';
import { Limiter, allLimited } from '../src/adapters/remote/limiter.js';
import { RemoteCache } from '../src/adapters/remote/remote-cache.js';
import { createS3Client } from '../src/adapters/remote/s3-client.js';
import type { FileDigest, StageRecord } from '../src/core/record.js';

const MiB = 1024 * 1024;
const TRANSFERS = 16; // the remote cache's default

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}
const outAt = process.argv.indexOf('--out');
const OUT = resolve(outAt >= 0 ? (process.argv[outAt + 1] as string) : 'bench/results/remote');
const SMALL = option('small-files', 1000);
const SMALL_KIB = option('small-kib', 1);
const LARGE_MIB = option('large-mib', 1024);
const RUNS = option('runs', 5);

const work = resolve('bench/.work/remote');
rmSync(work, { recursive: true, force: true });
const ws = join(work, 'workspace');
mkdirSync(ws, { recursive: true });

function record(stage: string, outPath: string, files: FileDigest[]): StageRecord {
  return {
    version: 1,
    stage,
    key: randomBytes(32).toString('hex'),
    fingerprint: {
      keyVersion: 1,
      cmd: ['true'],
      shell: 'bash',
      wdir: '',
      env: {},
      params: {},
      outs: [],
      deps: {},
      needs: [],
      salt: '',
    },
    outputs: [
      {
        path: outPath,
        kind: files.length === 1 && files[0]?.path === outPath ? 'file' : 'dir',
        digest: randomBytes(32).toString('hex'),
        files,
        cached: true,
      },
    ],
    durationMs: 1,
    createdAt: new Date().toISOString(),
  };
}

async function writeFiles(): Promise<{ small: StageRecord; large: StageRecord }> {
  const small: FileDigest[] = [];
  for (let i = 0; i < SMALL; i++) {
    const path = `small/d${i % 10}/f${i}.bin`;
    mkdirSync(join(ws, 'small', `d${i % 10}`), { recursive: true });
    writeFileSync(join(ws, path), randomBytes(SMALL_KIB * 1024));
    small.push({
      path,
      digest: sha256File(join(ws, path)),
      size: SMALL_KIB * 1024,
      executable: false,
    });
  }
  const chunk = randomBytes(MiB);
  const fd = createWriteStream(join(ws, 'large.bin'));
  for (let i = 0; i < LARGE_MIB; i++) {
    chunk.writeUInt32LE(i, 0); // every MiB distinct
    fd.write(Buffer.from(chunk));
  }
  await new Promise((done) => fd.end(done));
  return {
    small: record('small', 'small', small),
    large: record('large', 'large.bin', []),
  };
}

/** The baseline: every object downloaded to a file with the same SDK and parallelism, unchecked. */
async function plainCopy(
  client: S3Client,
  bucket: string,
  keys: string[],
  dir: string,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const limiter = new Limiter(TRANSFERS);
  await allLimited(
    limiter,
    keys.map((key, i) => async () => {
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      await pipeline(answer.Body as Readable, createWriteStream(join(dir, `o${i}`)));
    }),
  );
}

async function timeRestore(cache: RemoteCache, r: StageRecord, row: { reprokitMs: number[] }) {
  rmSync(join(ws, r.outputs[0]!.path), { recursive: true, force: true });
  const start = performance.now();
  const outcome = await cache.restore(r);
  row.reprokitMs.push(performance.now() - start);
  if (!outcome.ok) throw new Error(`restore failed: ${outcome.reason}`);
}

async function timePlain(client: S3Client, keys: string[], row: { plainMs: number[] }) {
  const dir = join(work, 'plain');
  rmSync(dir, { recursive: true, force: true });
  const start = performance.now();
  await plainCopy(client, 'bench', keys, dir);
  row.plainMs.push(performance.now() - start);
  if (readdirSync(dir).length !== keys.length) throw new Error('plain copy incomplete');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function main(): Promise<void> {
  const built = await writeFiles();
  const large: StageRecord = {
    ...built.large,
    outputs: [
      {
        ...built.large.outputs[0]!,
        kind: 'file',
        files: [
          {
            path: 'large.bin',
            digest: sha256File(join(ws, 'large.bin')),
            size: LARGE_MIB * MiB,
            executable: false,
          },
        ],
      },
    ],
  };
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    directory: join(work, 's3'),
    silent: true,
    configureBuckets: [{ name: 'bench' }],
  });
  const address = (await server.run()) as AddressInfo;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const client = createS3Client({
    endpoint: `http://127.0.0.1:${address.port}`,
    env: {},
    credentials,
  });
  const cache = new RemoteCache({
    client,
    location: { bucket: 'bench', prefix: 'cache' },
    toAbsolute: (p) => join(ws, p),
    stagingDir: join(ws, '.reprokit', 'tmp'),
    write: true,
    warn: (m) => process.stderr.write(`${m}\n`),
  });
  const t0 = performance.now();
  for (const r of [built.small, large]) {
    const saved = await cache.save(r);
    if (!saved.ok) throw new Error(`upload failed: ${saved.reason}`);
  }
  process.stderr.write(`uploaded in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  const rows: { workload: string; reprokitMs: number[]; plainMs: number[]; bytes: number }[] = [];
  for (const [name, r] of [
    [`${SMALL} small outputs (${SMALL_KIB} KiB)`, built.small],
    [`one ${LARGE_MIB} MiB output`, large],
  ] as const) {
    const keys = r.outputs[0]!.files.map((f) => cache.objects.key(f.digest));
    const row = {
      workload: name,
      reprokitMs: [] as number[],
      plainMs: [] as number[],
      bytes: r.outputs[0]!.files.reduce((s, f) => s + f.size, 0),
    };
    for (let run = 0; run < RUNS; run++) {
      // Alternate which goes first, so neither always meets a cold (or warm) server.
      const steps = [() => timeRestore(cache, r, row), () => timePlain(client, keys, row)];
      if (run % 2 === 1) steps.reverse();
      for (const step of steps) await step();
      process.stderr.write(`${name}: run ${run + 1}/${RUNS}\n`);
    }
    rows.push(row);
  }
  await server.close();
  client.destroy();
  rmSync(work, { recursive: true, force: true });
  const table = [
    `# Remote cache restore (s3rver on 127.0.0.1, ${cpus().length} CPUs, median of ${RUNS})`,
    '',
    '| workload | reprokit restore | plain SDK copy | ratio (target ≤ 1.3) |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const a = median(r.reprokitMs);
      const b = median(r.plainMs);
      return `| ${r.workload} | ${(a / 1000).toFixed(2)} s | ${(b / 1000).toFixed(2)} s | ${(a / b).toFixed(2)}× |`;
    }),
    '',
    'reprokit restore: download with digest check while streaming, staged, then moved into the',
    'workspace. Plain copy: GetObject piped to a file, same client, same 16 transfers at once.',
    '',
  ].join('\n');
  writeFileSync(`${OUT}.md`, table);
  writeFileSync(
    `${OUT}.json`,
    JSON.stringify(
      { small: SMALL, smallKiB: SMALL_KIB, largeMiB: LARGE_MIB, runs: RUNS, rows },
      null,
      2,
    ),
  );
  process.stdout.write(table);
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
