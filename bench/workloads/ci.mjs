// Workload `ci`: the GitHub Actions cache at pipeline scale (issue 11), measured by
// bench/ci-measure.ts (the bundled action against the loopback results service). Writes the
// acceptance table to bench/results/ci-cache.md; docs/performance.md quotes it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (a, b) => (a / b).toFixed(2);

export function ciTable(data) {
  const lines = [
    '| stages | added latency | fresh checkout, nothing changed: requests / wall (× second run) | cold run: entries / requests / wall (× `cache: off`) | one leaf param changed: ran / requests |',
    '| ---: | ---: | --- | --- | --- |',
  ];
  for (const r of data.rows) {
    lines.push(
      `| ${r.stages.toLocaleString('en-US')} | ${r.latencyMs} ms | ${r.fresh.requests} / ${s(r.fresh.ms)} (${ratio(r.fresh.ms, r.second.ms)}× ${s(r.second.ms)}) | ${r.cold.entries} / ${r.cold.requests} / ${s(r.cold.ms)} (${ratio(r.cold.ms, r.off.ms)}× ${s(r.off.ms)}) | ${r.leaf.ran} / ${r.leaf.requests} |`,
    );
  }
  return lines.join('\n');
}

export function ciMeets(r) {
  return (
    r.fresh.requests <= 4 &&
    r.fresh.ms <= 1.2 * r.second.ms &&
    r.cold.entries <= 3 &&
    r.cold.ms <= 1.3 * r.off.ms &&
    r.leaf.ran === 1 &&
    r.leaf.requests <= 8
  );
}

async function run(b) {
  b.log('\n== ci: the Actions cache at pipeline scale (loopback results service)');
  b.log('  [ci] the bundled action on 10/100/1,000 stages against the loopback cache service');
  const extra = process.env.REPROKIT_BENCH_CI_ARGS?.split(' ').filter(Boolean) ?? [];
  const out = spawnSync('npx', ['tsx', 'bench/ci-measure.ts', ...extra], {
    cwd: b.root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error(`bench/ci-measure.ts failed: ${out.stderr.slice(-2000)}`);
  const data = JSON.parse(out.stdout.trim().split('\n').pop());
  const table = ciTable(data);
  const dir = path.join(b.root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'ci-cache.md'), `${table}\n`);
  b.log(table);
  for (const r of data.rows) {
    b.rows.push({
      workload: `ci: ${r.stages} stages, +${r.latencyMs} ms per request`,
      kind: 'ci',
      reprokitText: `fresh checkout ${r.fresh.requests} requests ${s(r.fresh.ms)}; cold ${r.cold.entries} entries ${s(r.cold.ms)}; leaf ${r.leaf.ran} ran, ${r.leaf.requests} requests`,
      peer: '—',
      peerText: `second run ${s(r.second.ms)}; cache: off ${s(r.off.ms)}`,
      ratioText: `${ratio(r.fresh.ms, r.second.ms)}× / ${ratio(r.cold.ms, r.off.ms)}×`,
      target: {
        text: '≤ 4 requests, ≤ 1.2× second run; ≤ 3 entries, ≤ 1.3× off; leaf ≤ 8 requests',
      },
      meets: ciMeets(r),
    });
  }
  b.results.ci = data;
}

export default {
  name: 'ci',
  summary:
    'the Actions cache at 10/100/1,000 stages: requests, entries and wall time (loopback service)',
  byDefault: false,
  run,
};
