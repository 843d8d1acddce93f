import { checkRecord } from '../../core/record-check.js';
import { deleteNames, listFolder } from './listing.js';
import type { RemoteCache } from './remote-cache.js';

export interface RemoteGcOptions {
  readonly remote: RemoteCache;
  /** Keys to keep whatever their age (what the current manifest needs). */
  readonly keepKeys: ReadonlySet<string>;
  /** Entries written this recently are kept too (other branches, other machines). */
  readonly keepNewerThanMs: number;
  /**
   * Unreferenced objects this recent are kept: a writer uploads objects before its record, so an
   * object without a record may belong to a save still under way.
   */
  readonly graceMs: number;
  readonly dryRun: boolean;
  readonly now: number;
}

export interface RemoteGcResult {
  readonly entries: { readonly kept: number; readonly removed: number };
  readonly objects: { readonly kept: number; readonly removed: number; readonly bytes: number };
}

const ENTRY = /^entries\/([0-9a-f]{64})\.json$/;

/** Removes records nobody needs and the objects no kept record names. */
export async function remoteGc(options: RemoteGcOptions): Promise<RemoteGcResult> {
  const { remote } = options;
  const list = (folder: string) => listFolder(remote.client, remote.location, folder, remote.retry);
  const entries = await list('entries');
  const keep = new Set<string>();
  const drop: string[] = [];
  for (const entry of entries) {
    const key = ENTRY.exec(entry.name)?.[1];
    const recent = options.now - entry.modified.getTime() < options.keepNewerThanMs;
    if (key && (options.keepKeys.has(key) || recent)) keep.add(key);
    else drop.push(entry.name);
  }
  const referenced = await referencedDigests(remote, keep);
  const objects = await list('objects');
  const orphans = objects.filter(
    (o) =>
      !referenced.has(o.name.slice(o.name.lastIndexOf('/') + 1)) &&
      options.now - o.modified.getTime() >= options.graceMs,
  );
  const latest = await list('latest');
  const staleLatest = await latestPointingAt(
    remote,
    latest.map((l) => l.name),
    keep,
  );
  if (!options.dryRun) {
    // Records first: a record must never name an object that is already gone.
    await deleteNames(remote.client, remote.location, [...drop, ...staleLatest], remote.retry);
    await deleteNames(
      remote.client,
      remote.location,
      orphans.map((o) => o.name),
      remote.retry,
    );
  }
  return {
    entries: { kept: keep.size, removed: drop.length },
    objects: {
      kept: objects.length - orphans.length,
      removed: orphans.length,
      bytes: orphans.reduce((sum, o) => sum + o.size, 0),
    },
  };
}

async function referencedDigests(
  remote: RemoteCache,
  keys: ReadonlySet<string>,
): Promise<Set<string>> {
  const digests = new Set<string>();
  for (const key of keys) {
    const json = await remote.records.getRaw(`entries/${key}.json`);
    if (!isRecordLike(json)) continue;
    const record = checkRecord(json, { stage: json.stage, key });
    for (const output of record?.outputs ?? [])
      for (const file of output.files) digests.add(file.digest);
  }
  return digests;
}

/** `latest/` pointers whose record is being removed (they would explain changes with a ghost). */
async function latestPointingAt(
  remote: RemoteCache,
  names: readonly string[],
  keep: ReadonlySet<string>,
): Promise<string[]> {
  const stale: string[] = [];
  for (const name of names) {
    const json = await remote.records.getRaw(name);
    const key = isRecordLike(json) && typeof json.key === 'string' ? json.key : undefined;
    if (!key || !keep.has(key)) stale.push(name);
  }
  return stale;
}

function isRecordLike(value: unknown): value is { stage: string; key?: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { stage?: unknown }).stage === 'string'
  );
}
