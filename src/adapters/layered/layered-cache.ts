import type { StageRecord } from '../../core/record.js';
import type { RestoreOutcome, SaveOutcome, StageCache } from '../../ports.js';

export interface CacheLayer {
  readonly cache: StageCache;
  /** Saves and back-fills go to this layer. */
  readonly write: boolean;
}

/**
 * Several caches as one, nearest first (local → remote on a laptop, Actions cache → remote in
 * CI). Lookups ask each layer in order; a restore comes from the first layer that can deliver
 * every object, and the layers nearer than it are filled from the restored files, so the next
 * run finds them close by. Saves go to every writable layer. A layer that fails only costs
 * what it would have saved: each layer reports its own trouble (once).
 */
export class LayeredCache implements StageCache {
  readonly name: string;

  constructor(
    private readonly layers: readonly CacheLayer[],
    private readonly warn: (message: string) => void,
  ) {
    this.name = layers.map((l) => l.cache.name).join(' → ');
  }

  async lookup(stage: string, key: string): Promise<StageRecord | undefined> {
    for (const layer of this.layers) {
      const found = await this.safely(layer, () => layer.cache.lookup(stage, key));
      if (found) return found;
    }
    return undefined;
  }

  async latest(stage: string): Promise<StageRecord | undefined> {
    let newest: StageRecord | undefined;
    for (const layer of this.layers) {
      const found = await this.safely(layer, () => layer.cache.latest(stage));
      if (found && (!newest || found.createdAt > newest.createdAt)) newest = found;
    }
    return newest;
  }

  async restore(record: StageRecord): Promise<RestoreOutcome> {
    const reasons: string[] = [];
    for (const [index, layer] of this.layers.entries()) {
      // A layer without the record's entry may still hold its objects (content addressing), but
      // asking costs a download attempt; only layers that know the key are tried.
      if (
        index > 0 &&
        !(await this.safely(layer, () => layer.cache.lookup(record.stage, record.key)))
      )
        continue;
      const outcome = await this.safely(layer, () => layer.cache.restore(record));
      if (outcome?.ok) {
        await this.backfill(record, this.layers.slice(0, index));
        return outcome;
      }
      reasons.push(`${layer.cache.name}: ${outcome?.reason ?? 'failed'}`);
    }
    return { ok: false, reason: reasons.join('; ') || 'no layer holds this entry' };
  }

  async save(record: StageRecord): Promise<SaveOutcome> {
    const outcomes: SaveOutcome[] = [];
    for (const layer of this.layers.filter((l) => l.write)) {
      const outcome = await this.safely(layer, () => layer.cache.save(record));
      outcomes.push(outcome ?? { ok: false, reason: 'failed', reported: true });
    }
    const saved = outcomes.filter((o): o is Extract<SaveOutcome, { ok: true }> => o.ok);
    if (saved.length > 0) return { ok: true, bytes: Math.max(...saved.map((o) => o.bytes)) };
    const failed = outcomes.filter((o): o is Extract<SaveOutcome, { ok: false }> => !o.ok);
    if (failed.length === 0)
      return { ok: false, reason: 'no cache layer is writable', reported: true };
    return {
      ok: false,
      reason: failed.map((f) => f.reason).join('; '),
      reported: failed.every((f) => f.reported === true),
    };
  }

  /** The workspace now holds the record's outputs: store them in the nearer writable layers. */
  private async backfill(record: StageRecord, nearer: readonly CacheLayer[]): Promise<void> {
    for (const layer of nearer.filter((l) => l.write)) {
      const outcome = await this.safely(layer, () => layer.cache.save(record));
      if (outcome && !outcome.ok && !outcome.reported)
        this.warn(
          `could not keep ${record.stage} in the ${layer.cache.name} cache: ${outcome.reason}`,
        );
    }
  }

  /** Caches promise never to throw; one that does anyway is a bug there, not a failed build. */
  private async safely<T>(layer: CacheLayer, operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation();
    } catch (e) {
      this.warn(`the ${layer.cache.name} cache failed: ${(e as Error).message}`);
      return undefined;
    }
  }
}
