/**
 * The calls of @actions/cache the adapter needs, behind an interface so the adapter's logic can
 * be tested against the real client over HTTP (see __tests__) and nothing else.
 *
 * Paths are relative to the project root. The toolkit resolves them against the process's working
 * directory (and the entry's version is a hash of these very strings, so they must not depend on
 * where the project lives): the toolkit client below pins the working directory to the root for
 * the duration of its calls and puts it back afterwards, so no caller has to `chdir`.
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

/** Loaded lazily: the toolkit is large and only the action (and `plan --actions-cache`) need it. */
export async function toolkitCacheClient(root: string): Promise<CacheClient> {
  const cache = await import('@actions/cache');
  return {
    restore: (paths, key, options) =>
      inRoot(root, () =>
        cache.restoreCache(paths, key, options.restoreKeys ?? [], {
          lookupOnly: options.lookupOnly ?? false,
        }),
      ),
    save: (paths, key) =>
      inRoot(root, async () => {
        try {
          const id = await cache.saveCache(paths, key);
          return id === -1 ? { error: 'the cache service did not accept the entry' } : { id };
        } catch (e) {
          // saveCache throws on validation errors and, with the v2 service, on a missing runtime token
          return { error: (e as Error).message };
        }
      }),
  };
}

let pinned: { root: string; previous: string; depth: number } | undefined;

/**
 * Runs a toolkit call with the working directory at `root`. Calls may overlap (bounded parallel
 * transfers): the first one in moves the directory, the last one out restores it. One process has
 * one project root; two at once would be a bug.
 */
export async function inRoot<T>(root: string, call: () => Promise<T>): Promise<T> {
  if (pinned && pinned.root !== root)
    throw new Error(`Internal error: Actions cache calls for ${pinned.root} and ${root} overlap`);
  if (!pinned) {
    pinned = { root, previous: process.cwd(), depth: 0 };
    process.chdir(root);
  }
  pinned.depth++;
  try {
    return await call();
  } finally {
    pinned.depth--;
    if (pinned.depth === 0) {
      process.chdir(pinned.previous);
      pinned = undefined;
    }
  }
}
