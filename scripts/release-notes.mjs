// Prints the CHANGELOG.md section of a version (the GitHub release's notes); fails when missing.
//   node scripts/release-notes.mjs 1.2.0
import { readFileSync } from 'node:fs';

const version = process.argv[2];
if (!version) {
  console.error('usage: node scripts/release-notes.mjs X.Y.Z');
  process.exit(2);
}
const text = readFileSync('CHANGELOG.md', 'utf8');
const lines = text.split('\n');
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) {
  console.error(`CHANGELOG.md has no "## [${version}]" section`);
  process.exit(1);
}
const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
const body = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .join('\n')
  .trim();
if (!body) {
  console.error(`CHANGELOG.md's section ${version} is empty`);
  process.exit(1);
}
process.stdout.write(body + '\n');
