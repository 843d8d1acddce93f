// Checks that the version agrees everywhere a user or the release sees it: package.json,
// src/version.ts (what `reprokit --version` prints), the built CLI (with --dist), the CHANGELOG
// (its newest released section, if any), and the release tag (with --tag vX.Y.Z).
//   node scripts/check-version.mjs [--root DIR] [--dist] [--tag v1.2.3]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const root = resolve(option('--root') ?? '.');
const tag = option('--tag');
const problems = [];

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version))
  problems.push(`package.json version "${version}" is not semantic (X.Y.Z)`);

const source = readFileSync(join(root, 'src/version.ts'), 'utf8').match(
  /export const VERSION = '([^']*)'/,
);
if (!source) problems.push('src/version.ts does not export VERSION as a string literal');
else if (source[1] !== version)
  problems.push(`src/version.ts says ${source[1]}, package.json says ${version}`);

if (args.includes('--dist')) {
  const out = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), '--version'], {
    encoding: 'utf8',
  });
  if (out.stdout.trim() !== `reprokit ${version}`)
    problems.push(`dist/cli prints "${out.stdout.trim()}", expected "reprokit ${version}"`);
}

// "## [1.2.0] - 2026-12-01": the newest released section must be this version.
const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
const released = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\]/gm)].map((m) => m[1]);
if (tag !== undefined || released.length > 0) {
  if (released[0] !== version)
    problems.push(
      `CHANGELOG.md's newest released section is ${released[0] ? `[${released[0]}]` : 'missing'}, package.json says ${version}`,
    );
}
if (tag !== undefined && tag !== `v${version}`)
  problems.push(`the tag ${tag} is not v${version} (package.json)`);

if (problems.length > 0) {
  for (const p of problems) console.error(`version: ${p}`);
  process.exit(1);
}
console.log(
  `version: ${version} agrees in package.json, src/version.ts${args.includes('--dist') ? ', dist/cli' : ''}` +
    `${released.length > 0 || tag ? ', CHANGELOG.md' : ' (CHANGELOG.md has no released section yet)'}${tag ? `, tag ${tag}` : ''}`,
);
