// Builds the two ncc bundles (CLI and action) that dist/ commits.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';

const bundles = [{ entry: 'src/entry/cli/index.ts', out: 'dist/cli' }];
for (const { entry, out } of bundles) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet'],
    {
      stdio: 'inherit',
    },
  );
}
chmodSync('dist/cli/index.js', 0o755);
