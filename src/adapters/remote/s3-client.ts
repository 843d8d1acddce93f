import { S3Client } from '@aws-sdk/client-s3';

export interface S3ClientOptions {
  /** An S3-compatible store's URL (MinIO, R2, Ceph): path-style addressing is used with it. */
  readonly endpoint?: string;
  readonly region?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Explicit keys (tests, benchmarks); otherwise the SDK's default chain (env, profile, OIDC). */
  readonly credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
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
  const credentials = options.credentials ?? envCredentials(options.env);
  return new S3Client({
    region,
    // Third-party stores (s3rver, older MinIO, R2) reject the SDK's default trailing checksums;
    // every download is verified against the record's digests instead.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
    followRegionRedirects: true,
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    ...(credentials ? { credentials } : {}),
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * Keys from the environment the CLI was given (the same as the process's outside tests); without
 * them, the SDK's default chain (profile, SSO, web identity for OIDC, instance roles) decides.
 */
function envCredentials(
  env: Readonly<Record<string, string | undefined>>,
): { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined {
  const accessKeyId = nonEmpty(env['AWS_ACCESS_KEY_ID']);
  const secretAccessKey = nonEmpty(env['AWS_SECRET_ACCESS_KEY']);
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = nonEmpty(env['AWS_SESSION_TOKEN']);
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
