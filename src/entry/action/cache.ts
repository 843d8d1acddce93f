import type { ActionsCache, CacheStats } from '../../adapters/github/actions-cache.js';
import { openActionsCache, runIdentity } from '../../adapters/github/actions-cache-open.js';
import { formatBytes, formatDuration } from '../../core/units.js';
import type { Settings } from './settings.js';
import type { Toolkit } from './toolkit.js';

/**
 * The action's cache lifecycle around the engine: open and load the run's index (and the fan-out
 * fragments it reads) before, persist one entry after. The engine only sees the StageCache port.
 */
export async function openCache(
  core: Toolkit,
  settings: Settings,
  env: Readonly<Record<string, string | undefined>>,
  root: string,
  stats: CacheStats,
): Promise<ActionsCache | undefined> {
  if (settings.cache === 'off') return undefined;
  const opened = await openActionsCache({
    root,
    env,
    salt: settings.cacheSalt,
    warn: (m) => core.warning(m),
    run: runIdentity(env),
    stats,
  });
  if (!('cache' in opened)) {
    core.warning(
      `The GitHub Actions cache is unavailable (${opened.unavailable}); running without it. Every stale stage will run.`,
    );
    return undefined;
  }
  // The lookup runs while the manifest loads and the workspace is hashed; the cache waits for it.
  void opened.cache
    .loadInBackground({ fragments: settings.fanOutFragments })
    .then((loaded) =>
      core.info(
        `reprokit: ${loaded.index ? 'restored the cache index' : 'no cache index yet'}` +
          (settings.fanOutFragments.length > 0
            ? `; ${loaded.fragments} of ${settings.fanOutFragments.length} fan-out fragment(s)`
            : ''),
      ),
    );
  return opened.cache;
}

/** After the run: one entry (the index, or this group's fragment) unless the cache is read-only. */
export async function persistCache(
  core: Toolkit,
  settings: Settings,
  cache: ActionsCache | undefined,
): Promise<void> {
  if (!cache) return;
  await cache.loaded(); // publishing reads the index it loaded (previous metrics)
  if (settings.cache === 'read-only' || settings.mode === 'plan') return;
  const { saved } = await cache.persist(
    settings.fanOutGroup !== undefined ? { group: settings.fanOutGroup } : {},
  );
  if (saved) core.info(`reprokit: saved ${saved}`);
}

/** The summary's cache line. */
export function cacheLine(stats: CacheStats | undefined): string {
  if (!stats) return 'Cache: off.';
  return (
    `Cache: ${stats.requests} request${stats.requests === 1 ? '' : 's'}, ` +
    `${stats.entriesCreated} entr${stats.entriesCreated === 1 ? 'y' : 'ies'} created, ` +
    `${formatBytes(stats.downloadedBytes)} down, ${formatBytes(stats.uploadedBytes)} up, ` +
    `${formatDuration(stats.ms)} in the cache.`
  );
}
