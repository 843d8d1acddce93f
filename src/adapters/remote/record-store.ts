import type { S3Client } from '@aws-sdk/client-s3';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { checkRecord } from '../../core/record-check.js';
import type { StageRecord } from '../../core/record.js';
import type { RetryPolicy } from './retry.js';
import { withRetry } from './retry.js';
import { S3Failure } from './s3-errors.js';
import type { RemoteLocation } from '../../core/remote-url.js';

/** Records are small JSON documents; anything larger is not one of ours. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/**
 * Stage records on S3, in the local cache's layout and format, so a record written by a laptop
 * is read by CI and the other way round:
 *   <prefix>/entries/<key>.json        the record saved under that key (immutable)
 *   <prefix>/latest/s-<stage>.json     the newest record of the stage (last writer wins)
 */
export class RecordStore {
  constructor(
    private readonly client: S3Client,
    private readonly location: RemoteLocation,
    private readonly retry: RetryPolicy,
  ) {}

  private path(...parts: string[]): string {
    const { prefix } = this.location;
    return `${prefix ? `${prefix}/` : ''}${parts.join('/')}`;
  }

  entryKey(key: string): string {
    return this.path('entries', `${key}.json`);
  }

  latestKey(stage: string): string {
    return this.path('latest', `s-${encodeURIComponent(stage)}.json`);
  }

  /** The record, or undefined when absent or not a valid record for this stage (and key). */
  async get(stage: string, key: string): Promise<StageRecord | undefined> {
    return checkRecord(await this.getJson(this.entryKey(key)), { stage, key });
  }

  async latest(stage: string): Promise<StageRecord | undefined> {
    return checkRecord(await this.getJson(this.latestKey(stage)), { stage });
  }

  async has(key: string): Promise<boolean> {
    try {
      await withRetry(this.retry, () =>
        this.client.send(
          new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.entryKey(key) }),
        ),
      );
      return true;
    } catch (e) {
      if (e instanceof S3Failure && e.kind === 'not-found') return false;
      throw e;
    }
  }

  /** Call only once every object of the record is stored: readers trust what records name. */
  async put(record: StageRecord): Promise<void> {
    const body = JSON.stringify(record);
    for (const key of [this.entryKey(record.key), this.latestKey(record.stage)])
      await withRetry(this.retry, () =>
        this.client.send(
          new PutObjectCommand({
            Bucket: this.location.bucket,
            Key: key,
            Body: body,
            ContentType: 'application/json',
          }),
        ),
      );
  }

  /** A JSON document by its name under the prefix (`entries/<key>.json`), unchecked. */
  async getRaw(name: string): Promise<unknown> {
    return this.getJson(this.path(name));
  }

  private async getJson(key: string): Promise<unknown> {
    try {
      const text = await withRetry(this.retry, async () => {
        const answer = await this.client.send(
          new GetObjectCommand({ Bucket: this.location.bucket, Key: key }),
        );
        if ((answer.ContentLength ?? 0) > MAX_RECORD_BYTES) return undefined;
        return answer.Body?.transformToString('utf8');
      });
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    } catch (e) {
      if (e instanceof S3Failure && e.kind === 'not-found') return undefined;
      if (e instanceof SyntaxError) return undefined;
      throw e;
    }
  }
}
