/**
 * The calls of @actions/cache the adapter needs, behind an interface so the adapter's logic can
 * be tested against the real client over HTTP (see __tests__) and nothing else.
 */
export interface CacheClient {
  /** The matched key, or undefined on a miss or a failure (the toolkit logs failures itself). */
  restore(
    paths: string[],
    key: string,
    options: { restoreKeys?: string[]; lookupOnly?: boolean },
  ): Promise<string | undefined>;
  /** The entry id, or an error when the entry could not be created (it exists, or a failure). */
  save(paths: string[], key: string): Promise<{ id: number } | { error: string }>;
}

/** Loaded lazily: the toolkit is large and only the action needs it. */
export async function toolkitCacheClient(): Promise<CacheClient> {
  const cache = await import('@actions/cache');
  return {
    restore: (paths, key, options) =>
      cache.restoreCache(paths, key, options.restoreKeys ?? [], {
        lookupOnly: options.lookupOnly ?? false,
      }),
    save: async (paths, key) => {
      try {
        const id = await cache.saveCache(paths, key);
        return id === -1 ? { error: 'the cache service did not accept the entry' } : { id };
      } catch (e) {
        // saveCache throws on validation errors and, with the v2 service, on a missing runtime token
        return { error: (e as Error).message };
      }
    },
  };
}
