import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HOST_TAG } from './atomic.js';
import { processAlive } from './processes.js';

/** Temporary files of another host are left to it, unless they are older than this. */
const FOREIGN_TEMP_MAX_AGE_MS = 24 * 3600 * 1000;

/** `<name>.<host>-<pid>-<n>.tmp` (atomic.ts), or the older `<name>.<pid>[.<n>].tmp`. */
const TAGGED = /\.([0-9a-f]{8})-(\d+)-\d+\.tmp$/;
const UNTAGGED = /\.(\d+)(?:\.\d+)?\.tmp$/;

/**
 * Removes temporary files left by processes that died mid-write (SIGKILL, power loss): those of
 * this host whose writer is gone, and other hosts' after a day. Files of live writers (another
 * project writing into a shared cache store) are left alone. Best-effort: returns what it removed.
 */
export function sweepTempFiles(dir: string, options: { depth: number; now: number }): string[] {
  const removed: string[] = [];
  walk(dir, options.depth, (file, name) => {
    if (!name.endsWith('.tmp') || !abandoned(file, name, options.now)) return;
    try {
      rmSync(file, { force: true });
      removed.push(file);
    } catch {
      // someone else swept it, or we may not: leave it
    }
  });
  return removed;
}

function abandoned(file: string, name: string, now: number): boolean {
  const tagged = TAGGED.exec(name);
  if (tagged) {
    if (tagged[1] === HOST_TAG) return !processAlive(Number(tagged[2]));
    try {
      return now - statSync(file).mtimeMs > FOREIGN_TEMP_MAX_AGE_MS;
    } catch {
      return false;
    }
  }
  const untagged = UNTAGGED.exec(name);
  return untagged !== null && !processAlive(Number(untagged[1]));
}

function walk(dir: string, depth: number, visit: (file: string, name: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth > 0) walk(path, depth - 1, visit);
    } else visit(path, entry.name);
  }
}

/** Removes abandoned temporary copies of one file (`<file>.<host>-<pid>-<n>.tmp`) beside it. */
export function sweepSiblingTemps(file: string, now: number): void {
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    // Only names in our own tagged form: this is the user's directory.
    if (!name.startsWith(prefix) || !TAGGED.test(name)) continue;
    const path = join(dirname(file), name);
    if (abandoned(path, name, now)) rmSync(path, { force: true });
  }
}
