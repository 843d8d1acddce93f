import type { Stage } from '../core/pipeline.js';
import type { StageRecord } from '../core/record.js';
import type { StageCache, Workspace } from '../ports.js';
import type { EngineEvent, PersistRestored } from './events.js';

export interface PersistServices {
  readonly workspace: Workspace;
  /** Undefined when caching is off or reading from it is not allowed. */
  readonly cache?: StageCache;
  readonly emit: (event: EngineEvent) => void;
  /** Forget remembered digests and listings under these paths (they were rewritten). */
  readonly forget: (paths: readonly string[]) => void;
}

/**
 * Tools with their own incremental store (R targets' `_targets/`, `.snakemake`, Quarto's
 * `_freeze/`) declare it `persist: true`. On a fresh checkout the store is missing, and running
 * the stage from nothing throws that store's work away; so before the stage runs, the latest
 * recorded version of its persisted outputs is put back from the cache.
 *
 * Only when every persisted output is missing (a partial store in the workspace is the user's
 * and is never overwritten) and the record writes nothing but this stage's declared outputs.
 * Never fails the stage: a failed restore is a warning and the stage starts from nothing.
 */
export async function restorePersisted(
  stage: Stage,
  services: PersistServices,
): Promise<PersistRestored | undefined> {
  const persisted = stage.outs.filter((o) => o.persist && o.cache).map((o) => o.path);
  const cache = services.cache;
  if (persisted.length === 0 || !cache) return undefined;
  const present: string[] = [];
  for (const path of persisted) if (await services.workspace.info(path)) present.push(path);
  if (present.length === persisted.length) return undefined;
  if (present.length > 0) {
    services.emit({
      type: 'warning',
      message: `stage ${stage.name}: persisted outputs ${persisted.filter((p) => !present.includes(p)).join(', ')} are missing but ${present.join(', ')} exist; not restoring an earlier version over them`,
    });
    return undefined;
  }
  const record = await cache.latest(stage.name);
  if (!record || !restorable(record, stage, persisted)) return undefined;
  const outcome = await cache.restore(record);
  const paths = record.outputs.filter((o) => o.cached).map((o) => o.path);
  services.forget(paths);
  if (!outcome.ok) {
    services.emit({
      type: 'warning',
      message: `could not restore the persisted outputs of ${stage.name} from the ${cache.name} cache: ${outcome.reason}; the stage starts without them`,
    });
    return undefined;
  }
  const restored: PersistRestored = {
    fromKey: record.key,
    createdAt: record.createdAt,
    paths: persisted.filter((p) => paths.includes(p)),
    bytes: outcome.bytes,
  };
  services.emit({ type: 'persist-restored', stage: stage.name, ...restored });
  return restored;
}

/** The record holds a persisted output and restoring it writes only declared outputs. */
function restorable(record: StageRecord, stage: Stage, persisted: readonly string[]): boolean {
  const cached = record.outputs.filter((o) => o.cached);
  const declared = new Set(stage.outs.map((o) => o.path));
  return (
    cached.some((o) => persisted.includes(o.path)) && cached.every((o) => declared.has(o.path))
  );
}
