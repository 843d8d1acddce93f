/**
 * A tracked directory's tree digest without a lookup per file (docs/performance.md, "Tracked
 * directories"). Git vouches for the whole directory when:
 * - every entry inside it is a regular file git checks by stat (no symlink, submodule,
 *   conflict, skip-worktree or assume-unchanged entry), and no attribute could convert content;
 * - `git diff-files` finds no entry modified (it compares every stat field, reads racily clean
 *   files, and never writes the index), and the index did not change meanwhile;
 * - the directory holds exactly as many regular files as there are entries, and nothing else a
 *   listing would look at (a symlink, a FIFO; Workspace.countFiles): with every entry present,
 *   no file is untracked.
 * Then the directory holds the entries' blobs, and its digest follows from their content key
 * (TreeDigests) or from the blob digests. A few modified or deleted files are hashed or dropped
 * on top of the entries; anything else answers undefined, and the caller lists and hashes.
 */
import { lstatSync } from 'node:fs';
import { KEY_VERSION, treeDigest } from '../../core/fingerprint.js';
import type { FileDigest } from '../../core/record.js';
import type { VouchedTree } from '../../ports.js';
import type { GitIndex, IndexSnapshot } from './git-index.js';
import { trace } from './trace.js';

/** More modified (or unknown) files than this: the per-file path is as good. */
const MAX_MODIFIED = 1000;
/** Names what the content key is a key of: a change to the tree digest's format renames it. */
const SALT = `reprokit tree digest, key version ${KEY_VERSION}`;

export interface TrackedTreeServices {
  readonly index: GitIndex;
  /** Absolute path of a project path. */
  readonly abs: (path: string) => string;
  /** Digests of files git found modified. */
  readonly hashFiles: (paths: readonly string[]) => Promise<Map<string, FileDigest>>;
  readonly sha256: (text: string) => string;
  /** Entries a directory needs before git is asked (tests lower it). */
  readonly minFiles: number;
  /** An index this large is read while git runs, not before. */
  readonly bigIndexBytes: number;
}

/** `files`: the regular files the directory holds, and it holds nothing else. */
export async function vouchTrackedTree(
  dir: string,
  files: number,
  services: TrackedTreeServices,
): Promise<VouchedTree | undefined> {
  const { index } = services;
  if (files < services.minFiles) return undefined;
  // A large index takes git a while to read: git starts first, stopped if it is not needed.
  const stop = new AbortController();
  let asking =
    index.indexBytes() >= services.bigIndexBytes ? index.modified(dir, stop.signal) : undefined;
  const snapshot = index.snapshot();
  const range = snapshot?.within(dir);
  const entries = range ? range.to - range.from : 0;
  if (
    !snapshot ||
    !range ||
    // More files than entries: some are untracked, and only a listing finds which.
    files > entries ||
    entries < services.minFiles ||
    snapshot.leavesOutWithin(dir) ||
    // The directory and those above it, and each one inside holding a tracked attributes file
    // (an untracked one is an untracked file, and stops the vouching below).
    index.mayConvert([dir, ...snapshot.attributesDirectoriesOf(range.from, range.to)])
  ) {
    stop.abort();
    await asking;
    return undefined;
  }
  const { from, to } = range;
  asking ??= index.modified(dir);
  // While git compares stats: the key of what the entries hold.
  const key = snapshot.contentKey(from, to, SALT);
  const modified = await asking;
  if (!modified || modified.key !== index.snapshotKey) return undefined;
  const bytes = snapshot.recordedBytes(from, to);
  if (modified.paths.size === 0) {
    if (files !== entries) return undefined;
    const trees = index.trees();
    let digest = trees.find(key);
    if (digest === undefined) {
      const changed = new Map<string, FileDigest | 'deleted'>();
      digest = await digestOf(snapshot, { from, to }, dir, services, changed);
      if (digest === undefined) return undefined;
      // Learned only from blob digests (facts about content), never from files read just now.
      if (changed.size === 0) trees.learn(key, digest);
    }
    trace(`tree ${dir}: vouched by git, ${files} files`);
    return { digest, files, bytes };
  }
  if (modified.paths.size > MAX_MODIFIED) return undefined;
  const changed = await modifiedFiles(modified.paths, services);
  if (!changed || files !== entries - changed.deleted) return undefined;
  const digest = await digestOf(snapshot, { from, to }, dir, services, changed.digests);
  if (digest === undefined) return undefined;
  trace(`tree ${dir}: vouched by git, ${files} files, ${modified.paths.size} modified`);
  return { digest, files, bytes };
}

/**
 * `fromEntries`, once the files whose blob digest is not known yet (added since the blob table
 * last learned, say) are hashed into `changed`: git already found them clean, and asking it
 * again through the listing path would cost a second `git diff-files`. Undefined when more
 * than MAX_MODIFIED are unknown (a fresh clone: the listing path learns them all).
 */
async function digestOf(
  snapshot: IndexSnapshot,
  range: { readonly from: number; readonly to: number },
  dir: string,
  services: TrackedTreeServices,
  changed: Map<string, FileDigest | 'deleted'>,
): Promise<string | undefined> {
  const blobs = services.index.blobs();
  const skip = Buffer.byteLength(dir) + 1;
  const unknown: string[] = [];
  for (let k = range.from; k < range.to; k++) {
    if (blobs.find(snapshot.data, snapshot.blobIdAt(snapshot.entryAt(k))) >= 0) continue;
    const path = `${dir}/${snapshot.pathAt(k, skip)}`;
    if (changed.has(path)) continue;
    if (unknown.push(path) > MAX_MODIFIED) return undefined;
  }
  if (unknown.length > 0)
    for (const [path, digest] of await services.hashFiles(unknown)) changed.set(path, digest);
  return fromEntries(snapshot, range, dir, services, changed);
}

/** Modified paths: hashed when they are files, counted when gone; undefined otherwise. */
async function modifiedFiles(
  paths: ReadonlySet<string>,
  services: TrackedTreeServices,
): Promise<{ digests: Map<string, FileDigest | 'deleted'>; deleted: number } | undefined> {
  const present: string[] = [];
  const digests = new Map<string, FileDigest | 'deleted'>();
  for (const path of paths) {
    const stats = lstatSync(services.abs(path), { throwIfNoEntry: false });
    if (!stats) digests.set(path, 'deleted');
    else if (stats.isFile()) present.push(path);
    else return undefined; // now a directory or a symlink: the listing says what it holds
  }
  const deleted = digests.size;
  for (const [path, digest] of await services.hashFiles(present)) digests.set(path, digest);
  return { digests, deleted };
}

/**
 * The tree digest of entries [from, to) as their blobs' digests give it, with the paths in
 * `changed` taken from there instead (or left out when deleted); undefined when a blob's digest
 * is not known or its size is not the entry's (a checkout conversion).
 */
function fromEntries(
  snapshot: IndexSnapshot,
  range: { readonly from: number; readonly to: number },
  dir: string,
  services: TrackedTreeServices,
  changed: ReadonlyMap<string, FileDigest | 'deleted'>,
): string | undefined {
  const blobs = services.index.blobs();
  blobs.prepareHex();
  const skip = Buffer.byteLength(dir) + 1;
  const files: { relpath: string; digest: string }[] = [];
  for (let k = range.from; k < range.to; k++) {
    const relpath = snapshot.pathAt(k, skip);
    const instead = changed.size > 0 ? changed.get(`${dir}/${relpath}`) : undefined;
    if (instead === 'deleted') continue;
    if (instead) {
      files.push({ relpath, digest: instead.digest });
      continue;
    }
    const entry = snapshot.entryAt(k);
    const pair = blobs.find(snapshot.data, snapshot.blobIdAt(entry));
    if (pair < 0 || !snapshot.sizeIs(entry, blobs.blobSize(pair))) return undefined;
    files.push({ relpath, digest: blobs.digest(pair) });
  }
  return treeDigest(files, services.sha256);
}
