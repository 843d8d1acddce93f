import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Reason } from '../../core/reasons.js';
import { VERSION } from '../../version.js';

/**
 * The no-op fast path. After a check that found every stage fresh, the CLI writes down the
 * stat signature (size, mtime, ctime, inode, mode) of every path that check looked at: the
 * manifest, params files, every dep and output file, every directory it listed, the state log.
 * The next `status` or `run` compares those signatures first; if none changed, nothing the
 * decision depends on changed either, and the same answer is given without parsing the manifest
 * or hashing anything, the way make answers from timestamps, but from all five facts at once.
 * Any difference, or anything unusual (a symlink, a file modified in the last two seconds, a
 * different reprokit version), falls back to the full check.
 */
export const SNAPSHOT_FILE = '.reprokit/noop-snapshot.json';

/** Signatures of files changed this recently are not trusted: a same-tick rewrite keeps them. */
const RACY_MS = 2000;

type Signature = [
  path: string,
  size: number,
  mtimeMs: number,
  ctimeMs: number,
  ino: number,
  mode: number,
];

export interface SnapshotStage {
  readonly name: string;
  readonly reasons: readonly Reason[];
  readonly key?: string;
  readonly savedMs?: number;
}

interface Snapshot {
  /** 3: reasons are typed (core/reasons.ts), no longer text. */
  readonly format: 3;
  readonly version: string;
  readonly root: string;
  readonly manifest: string;
  readonly paths: readonly Signature[];
  readonly stages: readonly SnapshotStage[];
}

/** Plain (not bigint) stats: building BigIntStats costs more than the syscall here. */
function signature(root: string, path: string): Signature | undefined {
  const stats = lstatSync(path === '' ? root : `${root}${sep}${path}`, { throwIfNoEntry: false });
  if (!stats || stats.isSymbolicLink()) return undefined;
  return [path, stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, stats.mode];
}

/** Writes the snapshot, or removes a stale one when some path cannot be vouched for. */
export function writeNoopSnapshot(
  root: string,
  manifest: string,
  paths: Iterable<string>,
  stages: readonly SnapshotStage[],
): boolean {
  const file = join(root, SNAPSHOT_FILE);
  const now = Date.now();
  const signatures: Signature[] = [];
  for (const path of new Set(paths)) {
    const sig = signature(root, path);
    if (!sig || now - sig[2] < RACY_MS || now - sig[3] < RACY_MS) {
      removeNoopSnapshot(root);
      return false;
    }
    signatures.push(sig);
  }
  const snapshot: Snapshot = {
    format: 3,
    version: VERSION,
    root,
    manifest,
    paths: signatures,
    stages,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(snapshot));
  renameSync(`${file}.tmp`, file);
  return true;
}

export function removeNoopSnapshot(root: string): void {
  rmSync(join(root, SNAPSHOT_FILE), { force: true });
}

/** The stages of a still-valid snapshot, or undefined when the full check has to run. */
export function readValidSnapshot(
  root: string,
  manifest: string,
): readonly SnapshotStage[] | undefined {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(join(root, SNAPSHOT_FILE), 'utf8')) as Snapshot;
  } catch {
    return undefined;
  }
  if (
    snapshot.format !== 3 ||
    snapshot.version !== VERSION ||
    snapshot.root !== root ||
    snapshot.manifest !== manifest
  )
    return undefined;
  if (
    !Array.isArray(snapshot.paths) ||
    !Array.isArray(snapshot.stages) ||
    snapshot.paths.length === 0
  )
    return undefined;
  for (const recorded of snapshot.paths) {
    const now = signature(root, recorded[0]);
    if (!now) return undefined;
    for (let i = 1; i < 6; i++) if (now[i] !== recorded[i]) return undefined;
  }
  return snapshot.stages;
}
