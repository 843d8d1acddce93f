// Generated workloads live under --work-dir and are reused while their size flags are the same:
// each directory records what it was generated with in `.bench-meta.json`.
import fs from 'node:fs';
import path from 'node:path';

export const GEN_VERSION = 1; // bump when the generated workloads change shape

function readMeta(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, '.bench-meta.json'), 'utf8'));
  } catch {
    return null;
  }
}

export function writeMeta(dir, meta) {
  fs.writeFileSync(path.join(dir, '.bench-meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
}

export function sameMeta(dir, want) {
  const have = readMeta(dir);
  if (!have) return false;
  return Object.keys(want).every((k) => JSON.stringify(have[k]) === JSON.stringify(want[k]));
}

export function freshDir(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
}
