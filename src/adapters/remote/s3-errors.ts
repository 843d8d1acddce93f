/**
 * What went wrong talking to S3, as one of a few kinds the cache reacts to differently:
 * retry (throttled, server, unreachable), give up on writing (denied), or treat as a miss.
 */
export type S3FailureKind =
  | 'not-found'
  | 'denied'
  | 'throttled'
  | 'server'
  | 'unreachable'
  | 'no-bucket'
  | 'no-credentials'
  | 'other';

interface SdkErrorShape {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
}

const THROTTLE_NAMES = new Set([
  'SlowDown',
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
]);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

export function classifyS3Error(error: unknown): S3FailureKind {
  const e = (error ?? {}) as SdkErrorShape;
  const name = e.name ?? e.Code ?? '';
  const status = e.$metadata?.httpStatusCode;
  if (name === 'NoSuchKey' || name === 'NotFound' || status === 404)
    return name === 'NoSuchBucket' ? 'no-bucket' : 'not-found';
  if (name === 'CredentialsProviderError') return 'no-credentials';
  if (name === 'AccessDenied' || status === 403) return 'denied';
  if (THROTTLE_NAMES.has(name) || status === 429 || e.$retryable?.throttling) return 'throttled';
  if (status !== undefined && status >= 500) return 'server';
  if (
    NETWORK_CODES.has(e.code ?? '') ||
    name === 'TimeoutError' ||
    name === 'AbortError' ||
    /socket hang up|ECONNREFUSED|ECONNRESET|premature close|aborted/i.test(e.message ?? '')
  )
    return 'unreachable';
  return 'other';
}

export function isTransient(kind: S3FailureKind): boolean {
  return kind === 'throttled' || kind === 'server' || kind === 'unreachable';
}

/** A short description for a warning: never the request, its headers or any credential. */
export function describeS3Error(error: unknown): string {
  const e = (error ?? {}) as SdkErrorShape;
  const status = e.$metadata?.httpStatusCode;
  const name = e.name ?? e.code ?? 'Error';
  const message = (e.message ?? '').split('\n')[0]?.slice(0, 200) ?? '';
  return `${name}${status ? ` (HTTP ${status})` : ''}${message && message !== name ? `: ${message}` : ''}`;
}

/** A failure that was already classified (and retried when transient). */
export class S3Failure extends Error {
  constructor(
    readonly kind: S3FailureKind,
    readonly detail: string,
  ) {
    super(detail);
  }
}
