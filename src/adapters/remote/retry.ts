import { classifyS3Error, describeS3Error, isTransient, S3Failure } from './s3-errors.js';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** Backoff before retry n is a random delay up to min(maxDelayMs, baseDelayMs * 2^n). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs one S3 operation, retrying throttling (503 SlowDown, 429), 5xx and dropped connections
 * with exponential backoff and full jitter (spreads a herd of CI jobs hitting one bucket).
 * Throws an S3Failure saying what kind of failure ended it.
 */
export async function withRetry<T>(policy: RetryPolicy, operation: () => Promise<T>): Promise<T> {
  const sleep = policy.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const kind = error instanceof S3Failure ? error.kind : classifyS3Error(error);
      const detail = error instanceof S3Failure ? error.detail : describeS3Error(error);
      // Errors that are not about the service (a bad object, a local file) pass through as they are.
      if (kind === 'other' && !isServiceError(error)) throw error;
      if (!isTransient(kind) || attempt + 1 >= policy.attempts) throw new S3Failure(kind, detail);
      const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
      await sleep(Math.random() * cap);
    }
  }
}

function isServiceError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && '$metadata' in error;
}
