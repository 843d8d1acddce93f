/** Where a remote cache lives: `s3://bucket/prefix` (the prefix may be empty). */
export interface RemoteLocation {
  readonly bucket: string;
  /** No leading or trailing slash; '' for the bucket's root. */
  readonly prefix: string;
}

export type LocationResult =
  | { readonly ok: true; readonly value: RemoteLocation }
  | { readonly ok: false; readonly error: string };

/** Bucket names as S3 allows them (3-63 chars, lowercase, digits, dots, hyphens). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Parses `s3://bucket/prefix`; every way it can be wrong gets a sentence that names the form. */
export function parseRemoteUrl(url: string): LocationResult {
  const form = 'write it like s3://my-bucket/reprokit';
  const match = /^s3:\/\/([^/]*)(?:\/(.*))?$/.exec(url.trim());
  if (!match) return { ok: false, error: `remote "${url}" is not an s3:// URL: ${form}` };
  const bucket = match[1] ?? '';
  if (!BUCKET.test(bucket))
    return { ok: false, error: `remote "${url}" has no valid bucket name: ${form}` };
  const prefix = (match[2] ?? '').replace(/\/+$/, '');
  if (
    prefix.split('/').some((part) => part === '' || part === '.' || part === '..') &&
    prefix !== ''
  )
    return { ok: false, error: `remote "${url}" has an empty, "." or ".." path segment: ${form}` };
  return { ok: true, value: { bucket, prefix } };
}

export function remoteUrl(location: RemoteLocation): string {
  return `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
}
