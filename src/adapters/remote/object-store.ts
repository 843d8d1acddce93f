import { createReadStream, createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { LEAF_SIZE, sha256File } from './hashing.js';
import type { RetryPolicy } from './retry.js';
import { withRetry } from './retry.js';
import { classifyS3Error, describeS3Error, S3Failure } from './s3-errors.js';
import type { RemoteLocation } from '../../core/remote-url.js';
import { StreamingDigest } from './streaming-digest.js';

export interface ObjectStoreOptions {
  readonly client: S3Client;
  readonly location: RemoteLocation;
  readonly retry: RetryPolicy;
  /** Objects at least this large go up in parts (lib-storage), several at once. */
  readonly multipartThreshold: number;
  readonly partSize: number;
}

/** What is wrong with a downloaded object: the store holds bad bytes under this digest. */
export class BadObject extends Error {
  constructor(
    readonly problem: 'corrupt' | 'truncated',
    readonly digest: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Output content on S3, one object per distinct content, named by its digest:
 * `<prefix>/objects/ab/abcdef…` (the local cache's layout). Objects are immutable, so two
 * writers of the same digest write the same bytes and a reader never needs a lock.
 */
export class ObjectStore {
  constructor(private readonly options: ObjectStoreOptions) {}

  key(digest: string): string {
    const { prefix } = this.options.location;
    return `${prefix ? `${prefix}/` : ''}objects/${digest.slice(0, 2)}/${digest}`;
  }

  private get bucket(): string {
    return this.options.location.bucket;
  }

  async has(digest: string): Promise<boolean> {
    try {
      await withRetry(this.options.retry, () =>
        this.options.client.send(
          new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(digest) }),
        ),
      );
      return true;
    } catch (e) {
      if (e instanceof S3Failure && e.kind === 'not-found') return false;
      throw e;
    }
  }

  /**
   * Uploads a file under its digest. Small files are read into memory and checked before they
   * leave; large ones are checked while they stream, and removed again if they changed meanwhile
   * (readers verify every download anyway, so the bad object is never restored).
   */
  async put(digest: string, abs: string): Promise<number> {
    const size = statSync(abs).size;
    if (size <= LEAF_SIZE) {
      const body = readFileSync(abs);
      if (sha256File(abs) !== digest || body.length !== size)
        throw new Error(`${abs} changed while it was being saved`);
      await withRetry(this.options.retry, () =>
        this.options.client.send(
          new PutObjectCommand({ Bucket: this.bucket, Key: this.key(digest), Body: body }),
        ),
      );
      return size;
    }
    const seen = await withRetry(this.options.retry, () => this.putStream(digest, abs, size));
    if (seen.digest !== digest || seen.size !== size) {
      await this.delete(digest).catch(() => undefined);
      throw new Error(`${abs} changed while it was being saved`);
    }
    return size;
  }

  private async putStream(
    digest: string,
    abs: string,
    size: number,
  ): Promise<{ size: number; digest: string }> {
    const hash = new StreamingDigest();
    const body = createReadStream(abs, { highWaterMark: 1024 * 1024 }).pipe(
      new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      }),
    );
    const params = { Bucket: this.bucket, Key: this.key(digest), Body: body };
    if (size >= this.options.multipartThreshold) {
      const upload = new Upload({
        client: this.options.client,
        params,
        partSize: this.options.partSize,
        queueSize: 4,
        leavePartsOnError: false,
      });
      await upload.done();
    } else {
      await this.options.client.send(new PutObjectCommand({ ...params, ContentLength: size }));
    }
    return hash.finish();
  }

  /**
   * Downloads an object into `target`, verifying size and digest as the bytes arrive. A dropped
   * connection is retried; bytes that do not match are a BadObject (the file is removed).
   */
  async get(expected: { digest: string; size: number }, target: string): Promise<void> {
    await withRetry(this.options.retry, async () => {
      const answer = await this.options.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.key(expected.digest) }),
      );
      const hash = new StreamingDigest();
      try {
        await pipeline(
          answer.Body as Readable,
          new Transform({
            transform(chunk: Buffer, _enc, done) {
              hash.update(chunk);
              done(null, chunk);
            },
          }),
          createWriteStream(target),
        );
      } catch (error) {
        rmSync(target, { force: true });
        // A connection that drops mid-body is a transport failure: classify it so it is retried.
        throw new S3Failure(
          classifyS3Error(error) === 'other' ? 'unreachable' : classifyS3Error(error),
          describeS3Error(error),
        );
      }
      const seen = hash.finish();
      if (seen.size === expected.size && seen.digest === expected.digest) return;
      rmSync(target, { force: true });
      if (answer.ContentLength !== undefined && seen.size < answer.ContentLength)
        // Fewer bytes than the server announced: the transfer broke, not the object.
        throw new S3Failure(
          'unreachable',
          `connection closed after ${seen.size} of ${answer.ContentLength} bytes`,
        );
      const problem = seen.size < expected.size ? 'truncated' : 'corrupt';
      throw new BadObject(
        problem,
        expected.digest,
        problem === 'truncated'
          ? `object ${expected.digest.slice(0, 12)} is truncated (${seen.size} of ${expected.size} bytes)`
          : `object ${expected.digest.slice(0, 12)} is corrupt (content does not match its digest)`,
      );
    });
  }

  async delete(digest: string): Promise<void> {
    await withRetry(this.options.retry, () =>
      this.options.client.send(
        new DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(digest) }),
      ),
    );
  }
}
