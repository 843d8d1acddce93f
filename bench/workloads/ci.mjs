// Workload 6: requests and bytes the action exchanges with the cache service for the example
// pipeline (see bench/ci-measure.ts). Not a timing: counts are exact and stable.
import { spawnSync } from 'node:child_process';

async function run(b) {
  b.log('\n== ci: requests and bytes with the local test cache service');
  b.log('  [ci] running dist/action twice against the loopback cache service');
  const out = spawnSync('npx', ['tsx', 'bench/ci-measure.ts'], { cwd: b.root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`bench/ci-measure.ts failed: ${out.stderr.slice(-2000)}`);
  const data = JSON.parse(out.stdout.trim().split('\n').pop());
  for (const [name, r] of Object.entries(data)) {
    b.rows.push({
      workload: `ci: example, ${name}`,
      kind: 'ci',
      reprokitText: `${r.ran.length} ran, ${r.restored.length} restored; ${r.requests} requests; up ${r.uploads} blobs / ${r.uploadedBytes} B; down ${r.downloads} blobs / ${r.downloadedBytes} B`,
      peer: '—',
      peerText: '—',
      ratioText: '—',
      target: {
        text: name.startsWith('all-fresh') ? 'no uploads; only records + final outputs down' : '—',
      },
      meets: name.startsWith('all-fresh') ? r.uploads === 0 && r.ran.length === 0 : null,
    });
  }
  b.results.ci = data;
}

export default {
  name: 'ci',
  summary: 'cache requests and bytes of the bundled action on the example (loopback service)',
  byDefault: false,
  run,
};
