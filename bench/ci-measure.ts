// Measures what the action asks of the cache service for the example pipeline: a first run in a
// fresh checkout, then an all-fresh run in another fresh checkout. Run by bench/workloads/ci.mjs under tsx;
// prints one JSON document. Uses the same loopback services as the tests.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startActionsService } from '../__tests__/support/actions-service.js';
import { registerArtifactService } from '../__tests__/support/artifact-service.js';
import { runAction } from '../__tests__/support/run-action.js';

const GENERATED = new Set(['clean', 'agg', 'model', 'charts', 'site', 'metrics.json', '.reprokit']);

function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reprokit-bench-ci-'));
  cpSync(resolve('examples/sales'), dir, {
    recursive: true,
    filter: (src) => !GENERATED.has(src.split('/').pop() as string) || src.includes('/raw'),
  });
  return dir;
}

const service = await startActionsService();
const artifacts = registerArtifactService(service);
const runs: Record<string, unknown> = {};
const dirs: string[] = [];
try {
  for (const name of ['first run (cold cache)', 'all-fresh run (new checkout)']) {
    const dir = checkout();
    dirs.push(dir);
    service.reset();
    artifacts.clear();
    const started = Date.now();
    const run = await runAction({ workspace: dir, env: service.env, inputs: { publish: 'false' } });
    const stats = service.stats;
    runs[name] = {
      exitCode: run.code,
      ms: Date.now() - started,
      ran: JSON.parse(run.outputs.ran ?? '[]') as string[],
      restored: JSON.parse(run.outputs.restored ?? '[]') as string[],
      requests: stats.requests,
      twirp: stats.twirp,
      uploads: stats.uploads,
      uploadedBytes: stats.uploadedBytes,
      downloads: stats.downloads,
      downloadedBytes: stats.downloadedBytes,
    };
  }
} finally {
  await service.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(runs) + '\n');
