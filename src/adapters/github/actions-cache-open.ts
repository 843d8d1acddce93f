import type { CacheStats, RunIdentity } from './actions-cache.js';
import { ActionsCache, emptyCacheStats, entryKeyPrefix } from './actions-cache.js';
import { toolkitCacheClient } from './actions-cache-client.js';
import { probeCacheService } from './actions-cache-probe.js';
import { sha256Text } from '../hashing/file-hasher.js';

export interface OpenActionsCache {
  /** The project root: the cache's paths are relative to it (nobody needs to chdir). */
  readonly root: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly salt: string;
  readonly warn: (message: string) => void;
  readonly run?: RunIdentity;
  readonly stats?: CacheStats;
  /** Waits after a 429 (tests shorten it). */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * The one way to open the Actions cache: the action and `reprokit plan --actions-cache` must use
 * the same key prefix, or a plan would not see what the action saved. `unavailable` when the probe
 * finds no service (the caller warns in its own words). A throttled service (HTTP 429) gets one
 * backoff and a second probe; then the run goes on without the cache.
 */
export async function openActionsCache(
  options: OpenActionsCache,
): Promise<{ cache: ActionsCache } | { unavailable: string }> {
  const stats = options.stats ?? emptyCacheStats();
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((go) => setTimeout(go, ms)));
  const probe = () => {
    stats.requests++;
    return probeCacheService(options.env);
  };
  const started = Date.now();
  const checking = probe();
  // Compiling the toolkit (and the Azure SDK it imports) takes a while: do it while the probe's
  // request is on the wire, not after (without a token there is no service to wait for).
  const early = options.env.ACTIONS_RUNTIME_TOKEN ? toolkitCacheClient(options.root) : undefined;
  early?.catch(() => undefined); // awaited below when the service answers; unused otherwise
  let health = await checking;
  if (!health.available && health.throttledMs !== undefined) {
    await sleep(health.throttledMs);
    health = await probe();
  }
  stats.ms += Date.now() - started;
  if (!health.available) return { unavailable: health.reason };
  const { env } = options;
  return {
    cache: new ActionsCache({
      root: options.root,
      client: await (early ?? toolkitCacheClient(options.root)),
      keyPrefix: entryKeyPrefix(
        env.RUNNER_OS ?? process.platform,
        env.RUNNER_ARCH ?? process.arch,
        options.salt,
        sha256Text,
      ),
      warn: options.warn,
      run: options.run ?? runIdentity(env),
      stats,
      diagnose: () => probeCacheService(options.env),
      sleep,
    }),
  };
}

/** The run's identity from the runner's variables (GITHUB_REF_NAME, GITHUB_RUN_ID, ...). */
export function runIdentity(env: Readonly<Record<string, string | undefined>>): RunIdentity {
  const pr = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
  return {
    branch: pr ? `pr-${pr[1]}` : env.GITHUB_REF_NAME || env.GITHUB_HEAD_REF || 'local',
    runId: env.GITHUB_RUN_ID || 'local',
    attempt: env.GITHUB_RUN_ATTEMPT || '1',
  };
}
