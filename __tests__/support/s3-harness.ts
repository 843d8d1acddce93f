/** Builds RemoteCache instances against the test S3 server, and damages what it stores. */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import type { S3Client } from '@aws-sdk/client-s3';
import { join } from 'node:path';
import { RemoteCache } from '../../src/adapters/remote/remote-cache.js';
import { createS3Client } from '../../src/adapters/remote/s3-client.js';
import type { TestS3 } from './s3-server.js';
import type { TempProject } from './project.js';

/** Retries as in production, minus the waiting. */
export const FAST_RETRY = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

/** Applies a change to every stored object (output content) under the test's prefix. */
export async function eachObject(
  s3: TestS3,
  change: (client: S3Client, key: string, body: Buffer) => Promise<unknown>,
): Promise<void> {
  const client = s3.direct();
  const listed = await client.send(
    new ListObjectsV2Command({ Bucket: s3.bucket, Prefix: `${s3.prefix}/objects/` }),
  );
  for (const object of listed.Contents ?? []) {
    const got = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: object.Key }));
    const body = Buffer.from(
      await (got.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray(),
    );
    await change(client, object.Key as string, body);
  }
}

export function s3Remote(
  s3: TestS3,
  project: TempProject,
  warn: (message: string) => void,
  write = true,
): RemoteCache {
  return new RemoteCache({
    client: createS3Client({
      endpoint: s3.endpoint,
      env: {},
      ...(s3.credentials ? { credentials: s3.credentials } : {}),
    }),
    location: { bucket: s3.bucket, prefix: s3.prefix },
    toAbsolute: (p) => join(project.root, p),
    stagingDir: join(project.root, '.reprokit', 'tmp'),
    write,
    warn,
    retry: FAST_RETRY,
    // Small enough that the contract's 700 KiB file goes up in parts.
    multipartThreshold: 512 * 1024,
    partSize: 5 * 1024 * 1024,
  });
}

export async function s3Faults(s3: TestS3) {
  return {
    corruptStoredContent: () =>
      eachObject(s3, (client, key, body) =>
        client.send(
          new PutObjectCommand({
            Bucket: s3.bucket,
            Key: key,
            Body: Buffer.from(body.map((b) => b ^ 0xff)),
          }),
        ),
      ),
    truncateStoredContent: () =>
      eachObject(s3, (client, key, body) =>
        client.send(
          new PutObjectCommand({
            Bucket: s3.bucket,
            Key: key,
            Body: body.subarray(0, body.length >> 1),
          }),
        ),
      ),
    deleteStoredContent: () =>
      eachObject(s3, (client, key) =>
        client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: key })),
      ),
    contentDownloads: () => s3.stats.objectGets,
    fault: (mode: 'down' | 'throttle') => s3.fault(mode, mode === 'throttle' ? 2 : undefined),
  };
}
