import type { S3Client } from '@aws-sdk/client-s3';
import { DeleteObjectsCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { RemoteLocation } from '../../core/remote-url.js';
import type { RetryPolicy } from './retry.js';
import { withRetry } from './retry.js';

export interface ListedObject {
  /** Relative to the remote's prefix, e.g. `entries/<key>.json`. */
  readonly name: string;
  readonly size: number;
  readonly modified: Date;
}

/** Every object under `<prefix>/<folder>/`, page by page (for gc). */
export async function listFolder(
  client: S3Client,
  location: RemoteLocation,
  folder: string,
  retry: RetryPolicy,
): Promise<ListedObject[]> {
  const base = `${location.prefix ? `${location.prefix}/` : ''}`;
  const found: ListedObject[] = [];
  let token: string | undefined;
  do {
    const page = await withRetry(retry, () =>
      client.send(
        new ListObjectsV2Command({
          Bucket: location.bucket,
          Prefix: `${base}${folder}/`,
          ...(token ? { ContinuationToken: token } : {}),
        }),
      ),
    );
    for (const object of page.Contents ?? [])
      if (object.Key)
        found.push({
          name: object.Key.slice(base.length),
          size: object.Size ?? 0,
          modified: object.LastModified ?? new Date(0),
        });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return found;
}

/** Deletes names (relative to the prefix) in batches of 1,000, the API's limit. */
export async function deleteNames(
  client: S3Client,
  location: RemoteLocation,
  names: readonly string[],
  retry: RetryPolicy,
): Promise<void> {
  const base = `${location.prefix ? `${location.prefix}/` : ''}`;
  for (let i = 0; i < names.length; i += 1000) {
    const batch = names.slice(i, i + 1000).map((name) => ({ Key: `${base}${name}` }));
    await withRetry(retry, () =>
      client.send(
        new DeleteObjectsCommand({
          Bucket: location.bucket,
          Delete: { Objects: batch, Quiet: true },
        }),
      ),
    );
  }
}
