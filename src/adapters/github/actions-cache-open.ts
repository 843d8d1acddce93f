import { ActionsCache, entryKeyPrefix } from './actions-cache.js';
import { toolkitCacheClient } from './actions-cache-client.js';
import { probeCacheService } from './actions-cache-probe.js';
import { sha256Text } from '../hashing/file-hasher.js';

export interface OpenActionsCache {
  readonly root: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly salt: string;
  readonly warn: (message: string) => void;
  readonly counters?: { downloadedBytes: number; uploadedBytes: number };
}

/**
 * The one way to open the Actions cache: the action and `reprokit plan --actions-cache` must use
 * the same key prefix, or a plan would not see what the action saved. Undefined when the probe
 * finds no service (the caller warns in its own words).
 */
export async function openActionsCache(
  options: OpenActionsCache,
): Promise<{ cache: ActionsCache } | { unavailable: string }> {
  const probe = await probeCacheService(options.env);
  if (!probe.available) return { unavailable: probe.reason };
  const { env } = options;
  return {
    cache: new ActionsCache({
      root: options.root,
      client: await toolkitCacheClient(),
      keyPrefix: entryKeyPrefix(
        env.RUNNER_OS ?? process.platform,
        env.RUNNER_ARCH ?? process.arch,
        options.salt,
        sha256Text,
      ),
      warn: options.warn,
      ...(options.counters ? { counters: options.counters } : {}),
    }),
  };
}
