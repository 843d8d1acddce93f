// Builds the two ncc bundles that dist/ commits: the CLI (package.json "bin") and the action.
import { spawn } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

// The CLI skips the source-map hook at start-up (it costs ~10 ms of every no-op run); its maps
// are still written: `node --enable-source-maps dist/cli/index.js` uses them.
const bundles = [
  { entry: 'src/entry/cli/index.ts', out: 'dist/cli', extra: ['--no-source-map-register'] },
  { entry: 'src/entry/action/index.ts', out: 'dist/action', extra: [] },
];

// The hashing worker thread's entry module, built beside each bundle's entry as
// <out>/hash-worker/index.js (src/adapters/hashing/hash-worker-location.ts looks for it there).
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
  await ncc([HASH_WORKER.entry, '-o', `${out}/${HASH_WORKER.dir}`, '--quiet']);
}

await Promise.all(bundles.map(build));
chmodSync('dist/cli/index.js', 0o755);
