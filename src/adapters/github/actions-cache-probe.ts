/**
 * One cheap request before a run to learn whether the Actions cache service answers. The toolkit
 * turns every failure into a miss (and retries a 5xx for about 30 s per call), so without this a
 * service outage would look like an empty cache and cost minutes; with it we warn once and go on.
 */
export type ProbeResult =
  | { readonly available: true }
  | {
      readonly available: false;
      readonly reason: string;
      /** HTTP 429: the service asks us to slow down, for this long (Retry-After, else a default). */
      readonly throttledMs?: number;
    };

/** Waited once after a 429 without Retry-After; a longer Retry-After is capped to this too. */
export const THROTTLE_BACKOFF_MS = 10_000;

export async function probeCacheService(
  env: Readonly<Record<string, string | undefined>>,
  timeoutMs = 10_000,
): Promise<ProbeResult> {
  const token = env.ACTIONS_RUNTIME_TOKEN;
  if (!token) {
    return {
      available: false,
      reason: 'ACTIONS_RUNTIME_TOKEN is not set (the runner gives it to JavaScript actions only)',
    };
  }
  if (!env.ACTIONS_CACHE_SERVICE_V2) {
    return env.ACTIONS_CACHE_URL
      ? { available: true }
      : { available: false, reason: 'no cache service URL is set' };
  }
  const base = env.ACTIONS_RESULTS_URL;
  if (!base) return { available: false, reason: 'ACTIONS_RESULTS_URL is not set' };
  const url = new URL(
    'twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL',
    base.endsWith('/') ? base : `${base}/`,
  );
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ key: 'reprokit-probe', restore_keys: [], version: '0'.repeat(64) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer();
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after'));
      return {
        available: false,
        reason: 'the service is throttling requests (429 Too Many Requests)',
        throttledMs:
          Number.isFinite(seconds) && seconds > 0
            ? Math.min(seconds * 1000, THROTTLE_BACKOFF_MS)
            : THROTTLE_BACKOFF_MS,
      };
    }
    if (response.status >= 500)
      return { available: false, reason: `the service answered ${response.status}` };
    if (response.status === 401 || response.status === 403) {
      return {
        available: false,
        reason: `the service refused the runtime token (${response.status})`,
      };
    }
    return { available: true };
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause?.code;
    return { available: false, reason: cause ? `cannot connect (${cause})` : (e as Error).message };
  }
}
