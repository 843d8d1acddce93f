// Builds the two ncc bundles that dist/ commits: the CLI (package.json "bin") and the action.
import { spawn } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

const bundles = [
  { entry: 'src/entry/cli/index.ts', out: 'dist/cli' },
  { entry: 'src/entry/action/index.ts', out: 'dist/action' },
];

function build({ entry, out }) {
  rmSync(out, { recursive: true, force: true });
  const args = [
    'ncc',
    'build',
    entry,
    '-o',
    out,
    '--source-map',
    '--license',
    'licenses.txt',
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: 'inherit' });
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${entry}`)),
    );
  });
}

await Promise.all(bundles.map(build));
chmodSync('dist/cli/index.js', 0o755);
