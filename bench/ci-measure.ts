// The CI cache at pipeline scale (issue 11): the bundled action against the loopback results
// service, on layered pipelines of 1 KiB outputs, with and without 100 ms added per request.
// Run by bench/workloads/ci.mjs under tsx; prints one JSON document. Counts are exact; times are wall
// clock on this machine (read them as ratios measured side by side).
//   npx tsx bench/ci-measure.ts [--sizes 10,100,1000] [--latencies 0,100] [--jobs 4]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsService } from '../__tests__/support/actions-service.js';
import { startActionsService } from '../__tests__/support/actions-service.js';
import { changeParam, writeLayeredPipeline } from '../__tests__/support/layered-pipeline.js';
import { runAction } from '../__tests__/support/run-action.js';

const arg = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const sizes = arg('--sizes', '10,100,1000').split(',').map(Number);
const latencies = arg('--latencies', '0,100').split(',').map(Number);
const jobs = arg('--jobs', '4');
const QUIET = {
  publish: 'false',
  'deploy-pages': 'false',
  'check-run': 'false',
  comment: 'false',
  jobs,
};

interface Measured {
  ms: number;
  requests: number;
  entries: number;
  ran: number;
  code: number | null;
}

const dirs: string[] = [];
function checkout(stages: number) {
  const dir = mkdtempSync(join(tmpdir(), 'reprokit-bench-ci-'));
  dirs.push(dir);
  return { dir, ...writeLayeredPipeline(dir, stages) };
}

async function measure(
  service: ActionsService,
  dir: string,
  inputs: Record<string, string> = {},
): Promise<Measured> {
  service.reset();
  const before = service.entries().length;
  const started = Date.now();
  const run = await runAction({
    workspace: dir,
    env: service.env,
    inputs: { ...QUIET, ...inputs },
  });
  const ms = Date.now() - started;
  if (run.code !== 0)
    throw new Error(`the action failed (${run.code}): ${run.stdout.slice(-2000)}`);
  return {
    ms,
    requests: service.stats.requests,
    entries: service.entries().length - before,
    ran: (JSON.parse(run.outputs.ran ?? '[]') as string[]).length,
    code: run.code,
  };
}

const rows = [];
try {
  for (const latencyMs of latencies) {
    const service = await startActionsService({ latencyMs });
    try {
      for (const stages of sizes) {
        const a = checkout(stages);
        const cold = await measure(service, a.dir);
        const second = await measure(service, a.dir);
        const b = checkout(stages);
        const fresh = await measure(service, b.dir);
        changeParam(b.dir, b.leaf);
        const leaf = await measure(service, b.dir);
        const off = await measure(service, checkout(stages).dir, { cache: 'off' });
        rows.push({ stages, latencyMs, cold, second, fresh, leaf, off });
        process.stderr.write(`ci: ${stages} stages, +${latencyMs} ms: done\n`);
      }
    } finally {
      await service.close();
    }
  }
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify({ jobs: Number(jobs), rows }) + '\n');
