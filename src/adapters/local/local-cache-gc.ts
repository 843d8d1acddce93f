import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stageFileName } from './atomic.js';

/**
 * Garbage collection of the local cache (local-cache.ts's layout: objects/, entries/, latest/).
 *
 * Keeps every entry whose key is asked for, the `latest/` record of every stage asked for, and
 * every object those (and any record written while gc runs) name. Safe beside a running
 * `reprokit run`: nothing modified after gc started is deleted, and the records are read again
 * just before objects are deleted, so an entry a concurrent run wrote keeps its objects. The
 * window left (a run that reuses an existing object and writes its entry after that last read)
 * costs at most a cache miss: restore verifies every object and runs the stage when one is gone.
 */
export interface GcRequest {
  readonly dir: string;
  readonly keepKeys: ReadonlySet<string>;
  readonly keepStages: ReadonlySet<string>;
  /** ms since the epoch: anything modified at or after it is kept. */
  readonly startedAt: number;
  readonly dryRun: boolean;
}

export interface GcResult {
  readonly entries: { readonly removed: number; readonly kept: number };
  readonly objects: { readonly removed: number; readonly kept: number };
  readonly bytesFreed: number;
}

interface Listed {
  readonly path: string;
  readonly name: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** Device and inode: a `latest/` record is a hard link to its entry (one file, two names). */
  readonly file: string;
}

function list(dir: string): Listed[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const listed: Listed[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (stats?.isFile())
      listed.push({
        path,
        name,
        size: stats.size,
        mtimeMs: stats.mtimeMs,
        file: `${stats.dev}:${stats.ino}`,
      });
  }
  return listed;
}

/** Digests of the cached files a record names; undefined for a file that is not a record. */
function digestsOf(path: string): string[] | undefined {
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as {
      outputs?: { cached?: boolean; files?: { digest?: unknown }[] }[];
    };
    return (record.outputs ?? [])
      .filter((o) => o.cached !== false)
      .flatMap((o) => o.files ?? [])
      .map((f) => f.digest)
      .filter((d): d is string => typeof d === 'string');
  } catch {
    return undefined;
  }
}

export function collectGarbage(request: GcRequest): GcResult {
  const young = (f: Listed) => f.mtimeMs >= request.startedAt;
  const keepLatest = new Set([...request.keepStages].map(stageFileName));
  const entries = list(join(request.dir, 'entries'));
  const doomedEntries = entries.filter(
    (f) => !young(f) && !request.keepKeys.has(f.name.replace(/\.json$/, '')),
  );
  const latest = list(join(request.dir, 'latest'));
  const doomedLatest = latest.filter((f) => !young(f) && !keepLatest.has(f.name));
  const doomed = new Set([...doomedEntries, ...doomedLatest].map((f) => f.path));
  // Space comes back when a file's last name goes: a name removed while another stays frees nothing.
  const stays = new Set(
    [...entries, ...latest].filter((f) => !doomed.has(f.path)).map((f) => f.file),
  );
  const freed = new Set<string>();
  let bytesFreed = 0;
  const remove = (f: Listed) => {
    if (!request.dryRun) rmSync(f.path, { force: true });
    if (stays.has(f.file) || freed.has(f.file)) return;
    freed.add(f.file);
    bytesFreed += f.size;
  };
  for (const f of [...doomedEntries, ...doomedLatest]) remove(f);

  // Read the records that remain only now: one written by a concurrent run since gc started counts.
  const live = new Set<string>();
  for (const f of [...list(join(request.dir, 'entries')), ...list(join(request.dir, 'latest'))]) {
    if (request.dryRun && doomed.has(f.path)) continue;
    for (const digest of digestsOf(f.path) ?? []) live.add(digest);
  }
  let objectsRemoved = 0;
  let objectsKept = 0;
  const objectsDir = join(request.dir, 'objects');
  let shards: string[] = [];
  try {
    shards = readdirSync(objectsDir);
  } catch {
    shards = [];
  }
  for (const shard of shards) {
    for (const f of list(join(objectsDir, shard))) {
      // temporary files of an interrupted save are garbage once older than gc; live ones are young
      const digest = f.name.endsWith('.tmp') ? undefined : f.name;
      if (young(f) || (digest !== undefined && live.has(digest))) {
        objectsKept++;
        continue;
      }
      remove(f);
      objectsRemoved++;
    }
  }
  return {
    entries: { removed: doomedEntries.length, kept: entries.length - doomedEntries.length },
    objects: { removed: objectsRemoved, kept: objectsKept },
    bytesFreed,
  };
}
