// Builds the two ncc bundles that dist/ commits: the CLI (package.json "bin") and the action.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI skips the source-map hook at start-up (it costs ~10 ms of every no-op run); its maps
// are still written: `node --enable-source-maps dist/cli/index.js` uses them.
const bundles = [
  { entry: 'src/entry/cli/index.ts', out: 'dist/cli', extra: ['--no-source-map-register'] },
  { entry: 'src/entry/action/index.ts', out: 'dist/action', extra: [] },
];

// The hashing worker thread's entry module, built once and placed beside each bundle's entry as
// <out>/hash-worker/index.js (src/adapters/hashing/hash-worker-location.ts looks for it there).
// Building it once instead of per bundle keeps `npm run bundle` to three ncc runs, all at once.
const HASH_WORKER = { entry: 'src/adapters/hashing/hash-worker.ts', dir: 'hash-worker' };

function ncc(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['ncc', 'build', ...args], { stdio: 'inherit' });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${args[0]}`)),
    );
  });
}

async function build({ entry, out, extra }) {
  rmSync(out, { recursive: true, force: true });
  await ncc([entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet', ...extra]);
}

const workerDir = mkdtempSync(join(tmpdir(), 'reprokit-hash-worker-'));
try {
  await Promise.all([...bundles.map(build), ncc([HASH_WORKER.entry, '-o', workerDir, '--quiet'])]);
  for (const { out } of bundles) cpSync(workerDir, join(out, HASH_WORKER.dir), { recursive: true });
} finally {
  rmSync(workerDir, { recursive: true, force: true });
}
chmodSync('dist/cli/index.js', 0o755);
