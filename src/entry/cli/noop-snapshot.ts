import {
  closeSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { Reason } from '../../core/reasons.js';
import { VERSION } from '../../version.js';
import type { TextSection } from './noop-snapshot-format.js';
import {
  decodeSnapshot,
  encodeSnapshot,
  FIELDS_PER_PATH,
  neededBytes,
  PREFIX_BYTES,
} from './noop-snapshot-format.js';

/**
 * The no-op fast path. After a check that found every stage fresh, the CLI writes down the
 * stat signature (size, mtime, ctime, inode, mode) of every path that check looked at: the
 * manifest, params files, every dep and output file, every directory it listed, the state log.
 * The next `status` or `run` compares those signatures first; if none changed, nothing the
 * decision depends on changed either, and the same answer is given without parsing the manifest
 * or hashing anything, the way make answers from timestamps, but from all five facts at once.
 * Any difference, or anything unusual (a symlink, a file modified in the last two seconds, a
 * different reprokit version), falls back to the full check. The bytes: noop-snapshot-format.ts.
 */
export const SNAPSHOT_FILE = '.reprokit/noop-snapshot.bin';

/** Where reprokit 0.1 kept a JSON snapshot; removed when the binary one is written. */
const JSON_SNAPSHOT_FILE = '.reprokit/noop-snapshot.json';

/** Signatures of files changed this recently are not trusted: a same-tick rewrite keeps them. */
const RACY_MS = 2000;

/** One options object for every call: no allocation per path. */
const NO_THROW = { throwIfNoEntry: false } as const;

export interface SnapshotStage {
  readonly name: string;
  readonly reasons: readonly Reason[];
  readonly key?: string;
  readonly savedMs?: number;
}

/** The exact output the fast path prints for `status --json` and uncoloured `status`. */
export interface SnapshotAnswers {
  readonly statusJson: string;
  readonly statusText: string;
}

/**
 * Plain (not bigint) stats: building BigIntStats costs more than the syscall here. Writes the
 * five numbers at `numbers[at…]`; false for a missing path or a symlink.
 */
function signature(root: string, path: string, numbers: Float64Array, at: number): boolean {
  const stats = lstatSync(path === '' ? root : `${root}${sep}${path}`, NO_THROW);
  if (!stats || stats.isSymbolicLink()) return false;
  numbers[at] = stats.size;
  numbers[at + 1] = stats.mtimeMs;
  numbers[at + 2] = stats.ctimeMs;
  numbers[at + 3] = stats.ino;
  numbers[at + 4] = stats.mode;
  return true;
}

/** Writes the snapshot, or removes a stale one when some path cannot be vouched for. */
export function writeNoopSnapshot(
  root: string,
  manifest: string,
  paths: Iterable<string>,
  stages: readonly SnapshotStage[],
  answers: SnapshotAnswers,
): boolean {
  const file = join(root, SNAPSHOT_FILE);
  const now = Date.now();
  const unique = [...new Set(paths)];
  const numbers = new Float64Array(unique.length * FIELDS_PER_PATH);
  for (let i = 0; i < unique.length; i++) {
    const at = i * FIELDS_PER_PATH;
    if (
      !signature(root, unique[i] as string, numbers, at) ||
      now - (numbers[at + 1] as number) < RACY_MS ||
      now - (numbers[at + 2] as number) < RACY_MS
    ) {
      removeNoopSnapshot(root);
      return false;
    }
  }
  const bytes = encodeSnapshot({
    version: VERSION,
    root,
    manifest,
    paths: unique,
    numbers,
    stages: JSON.stringify(stages),
    ...answers,
  });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, bytes);
  renameSync(`${file}.tmp`, file);
  rmSync(join(root, JSON_SNAPSHOT_FILE), { force: true });
  return true;
}

export function removeNoopSnapshot(root: string): void {
  rmSync(join(root, SNAPSHOT_FILE), { force: true });
  rmSync(join(root, JSON_SNAPSHOT_FILE), { force: true });
}

/**
 * From a snapshot whose every signature still matches: the bytes of one section, an answer
 * ready to print (decoding 1 MB only to encode it again costs) or the stages (parseStages).
 * Undefined when the full check has to run. Reads only as much of the file as that needs.
 */
export function readValidSnapshot(
  root: string,
  manifest: string,
  want: TextSection,
): Uint8Array | undefined {
  const bytes = readSnapshotFile(join(root, SNAPSHOT_FILE), want);
  const snapshot = bytes && decodeSnapshot(bytes.data, bytes.size);
  if (
    !snapshot ||
    snapshot.version !== VERSION ||
    snapshot.root !== root ||
    snapshot.manifest !== manifest ||
    snapshot.paths.length === 0
  )
    return undefined;
  return signaturesMatch(root, snapshot.paths, snapshot.numbers) ? snapshot.bytes(want) : undefined;
}

/**
 * Compares every recorded signature from inside the root, where most paths can be stat'ed as
 * recorded (statTarget): the kernel then no longer walks the root's components again for each
 * of them, most of what an lstat of a short path costs. Anything unexpected (a failing lstat, a
 * root it cannot enter) is a mismatch, never an error; the working directory is the caller's
 * again on return.
 */
function signaturesMatch(root: string, paths: readonly string[], numbers: Float64Array): boolean {
  const cwd = process.cwd();
  try {
    process.chdir(root);
  } catch {
    return false;
  }
  try {
    return lstatsMatch(root, paths, numbers);
  } catch {
    return false;
  } finally {
    try {
      process.chdir(cwd);
    } catch {
      // The caller's directory is gone: the answer is printed from here all the same.
    }
  }
}

/**
 * The loop the whole fast path is about: one lstat per path, five numbers compared, no
 * allocation of our own. A recorded mode is never a symlink's, so equal modes rule one out.
 * Kept apart from signaturesMatch's try/finally: V8 then optimizes a smaller loop (callgrind:
 * about 10 M fewer instructions over 10,002 paths).
 */
function lstatsMatch(root: string, paths: readonly string[], numbers: Float64Array): boolean {
  for (let i = 0, at = 0; i < paths.length; i++, at += FIELDS_PER_PATH) {
    const path = paths[i] as string;
    const stats = lstatSync(statTarget(root, path), NO_THROW);
    if (
      !stats ||
      stats.mode !== numbers[at + 4] ||
      stats.size !== numbers[at] ||
      stats.mtimeMs !== numbers[at + 1] ||
      stats.ctimeMs !== numbers[at + 2] ||
      stats.ino !== numbers[at + 3]
    )
      return false;
  }
  return true;
}

const SLASH = 0x2f;

/**
 * What to lstat for `path` from inside `root`: the path itself when it names, from there, the
 * file the writer's `${root}${sep}${path}` named (`..` included: both walk up from the same
 * directory); that join otherwise (the root itself, absolute paths, and on Windows, where a
 * drive letter would complicate the rule, every path). Cheap: it runs once per path.
 */
export function statTarget(root: string, path: string): string {
  return sep === '/' && path !== '' && path.charCodeAt(0) !== SLASH
    ? path
    : path === ''
      ? root
      : `${root}${sep}${path}`;
}

/** The file's first bytes, as many as the paths and `want` need; undefined if unreadable. */
function readSnapshotFile(
  file: string,
  want: TextSection,
): { data: Buffer; size: number } | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const { size } = fstatSync(fd);
    const prefix = readAt(fd, Math.min(PREFIX_BYTES, size));
    const needed = Math.min(size, neededBytes(prefix, size, want) ?? size);
    return { data: needed <= prefix.length ? prefix : readAt(fd, needed), size };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, length: number): Buffer {
  const data = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, data, done, length - done, done);
    if (n === 0) break;
    done += n;
  }
  return done === length ? data : data.subarray(0, done);
}

/** The stages section as the check that wrote it reported them; undefined if it does not decode. */
export function parseStages(bytes: Uint8Array): readonly SnapshotStage[] | undefined {
  try {
    const stages = JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
    ) as unknown;
    return Array.isArray(stages) ? (stages as SnapshotStage[]) : undefined;
  } catch {
    return undefined;
  }
}
