import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
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
  let response: { status: number; retryAfter: string | undefined };
  try {
    response = await post(url, token, timeoutMs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { available: false, reason: code ? `cannot connect (${code})` : (e as Error).message };
  }
  if (response.status === 429) {
    const seconds = Number(response.retryAfter);
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
}

/**
 * One POST on a connection of its own (node:http, no keep-alive): nothing is left open to time out
 * later in the run, and the process does not load a second HTTP stack (fetch) for one request.
 */
function post(
  url: URL,
  token: string,
  timeoutMs: number,
): Promise<{ status: number; retryAfter: string | undefined }> {
  const body = JSON.stringify({
    key: 'reprokit-probe',
    restore_keys: [],
    version: '0'.repeat(64),
  });
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      agent: false,
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
        Authorization: `Bearer ${token}`,
      },
      timeout: timeoutMs,
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.on('response', (response) => {
      response.resume(); // the body does not matter, only the status
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: response.headers['retry-after'],
        }),
      );
      response.on('error', reject);
    });
    request.end(body);
  });
}
