import { S3Client } from '@aws-sdk/client-s3';

export interface S3ClientOptions {
  /** An S3-compatible store's URL (MinIO, R2, Ceph): path-style addressing is used with it. */
  readonly endpoint?: string;
  readonly region?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Explicit keys (tests, benchmarks); otherwise the SDK's default chain (env, profile, OIDC). */
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** The endpoint in force: the option, else the standard AWS variables, else AWS itself. */
export function resolveEndpoint(options: S3ClientOptions): string | undefined {
  const candidates = [
    options.endpoint,
    options.env['AWS_ENDPOINT_URL_S3'],
    options.env['AWS_ENDPOINT_URL'],
  ];
  return candidates.find((c) => c !== undefined && c.trim() !== '')?.trim();
}

/**
 * One client per remote. Retries are ours (retry.ts), so the SDK makes one attempt: its own
 * retries would multiply ours and hide what happened from the warning.
 */
export function createS3Client(options: S3ClientOptions): S3Client {
  const endpoint = resolveEndpoint(options);
  const region =
    options.region ??
    nonEmpty(options.env['AWS_REGION']) ??
    nonEmpty(options.env['AWS_DEFAULT_REGION']) ??
    // S3-compatible stores ignore the region; AWS redirects to the bucket's (followRegionRedirects).
    'us-east-1';
  return new S3Client({
    region,
    maxAttempts: 1,
    followRegionRedirects: true,
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
