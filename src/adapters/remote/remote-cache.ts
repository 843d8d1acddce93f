import { chmodSync, copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { FileDigest, StageRecord } from '../../core/record.js';
import type { RestoreOutcome, SaveOutcome, StageCache } from '../../ports.js';
import { allLimited, Limiter } from './limiter.js';
import { BadObject, ObjectStore } from './object-store.js';
import { RecordStore } from './record-store.js';
import type { RetryPolicy } from './retry.js';
import { DEFAULT_RETRY } from './retry.js';
import { describeS3Error, S3Failure } from './s3-errors.js';
import type { RemoteLocation } from '../../core/remote-url.js';
import { remoteUrl } from '../../core/remote-url.js';

export interface TransferProgress {
  readonly direction: 'up' | 'down';
  readonly objects: number;
  readonly bytes: number;
}

export interface RemoteCacheOptions {
  readonly client: S3Client;
  readonly location: RemoteLocation;
  /** Workspace path (root-relative) to absolute path. */
  readonly toAbsolute: (path: string) => string;
  /** Downloads are staged here before they replace outputs: same file system as the workspace. */
  readonly stagingDir: string;
  /** Whether save writes (off for pull requests from forks, or when asked). */
  readonly write: boolean;
  readonly warn: (message: string) => void;
  readonly retry?: RetryPolicy;
  /** Objects moved at once. */
  readonly transfers?: number;
  readonly multipartThreshold?: number;
  readonly partSize?: number;
  /** Told after every object transferred (push/pull print progress from it). */
  readonly onTransfer?: (progress: TransferProgress) => void;
}

const MiB = 1024 * 1024;
let staging = 0;

/**
 * A StageCache on S3-compatible object storage, shared by laptops and CI. Same records and
 * content addressing as the local cache. Never fails a build: a remote that is down, denies
 * access or keeps throttling is reported once and then left alone for the rest of the run.
 */
export class RemoteCache implements StageCache {
  readonly name: string;
  readonly objects: ObjectStore;
  readonly records: RecordStore;
  readonly retry: RetryPolicy;
  private readonly limiter: Limiter;
  /** Why the remote is no longer used in this run (reported once). */
  private down: string | undefined;
  /** Why writing stopped (read-only credentials), reported once; reading goes on. */
  private readOnly: string | undefined;

  constructor(private readonly options: RemoteCacheOptions) {
    this.name = `remote (${remoteUrl(options.location)})`;
    const retry = options.retry ?? DEFAULT_RETRY;
    this.retry = retry;
    this.objects = new ObjectStore({
      client: options.client,
      location: options.location,
      retry,
      multipartThreshold: options.multipartThreshold ?? 64 * MiB,
      partSize: options.partSize ?? 16 * MiB,
    });
    this.records = new RecordStore(options.client, options.location, retry);
    this.limiter = new Limiter(options.transfers ?? 16);
    if (!options.write) this.readOnly = 'writing is off';
  }

  get client(): S3Client {
    return this.options.client;
  }

  get location(): RemoteLocation {
    return this.options.location;
  }

  get writable(): boolean {
    return this.down === undefined && this.readOnly === undefined;
  }

  async lookup(stage: string, key: string): Promise<StageRecord | undefined> {
    if (this.down) return undefined;
    try {
      return await this.records.get(stage, key);
    } catch (e) {
      this.fail(e, 'read');
      return undefined;
    }
  }

  async latest(stage: string): Promise<StageRecord | undefined> {
    if (this.down) return undefined;
    try {
      return await this.records.latest(stage);
    } catch (e) {
      this.fail(e, 'read');
      return undefined;
    }
  }

  async save(record: StageRecord): Promise<SaveOutcome> {
    if (this.down) return { ok: false, reason: this.down, reported: true };
    if (this.readOnly) return { ok: false, reason: this.readOnly, reported: true };
    try {
      // Entries are immutable: a second writer of a key keeps the first writer's record.
      if (await this.records.has(record.key)) return { ok: true, bytes: 0 };
      const files = uniqueByDigest(cachedFiles(record));
      const sent = await allLimited(
        this.limiter,
        files.map((file) => async () => {
          if (await this.objects.has(file.digest)) return 0;
          const bytes = await this.objects.put(file.digest, this.options.toAbsolute(file.path));
          this.options.onTransfer?.({ direction: 'up', objects: 1, bytes });
          return bytes;
        }),
      );
      // Only now that every object is there: readers never see a record with missing content.
      await this.records.put(record);
      return { ok: true, bytes: sent.reduce((a, b) => a + b, 0) };
    } catch (e) {
      if (!(e instanceof S3Failure)) return { ok: false, reason: (e as Error).message };
      this.fail(e, 'write');
      return { ok: false, reason: e.detail, reported: true };
    }
  }

  async restore(record: StageRecord): Promise<RestoreOutcome> {
    if (this.down) return { ok: false, reason: this.down };
    const files = cachedFiles(record);
    const dir = join(this.options.stagingDir, `remote-${process.pid}-${staging++}`);
    try {
      // Everything is downloaded and verified before the workspace is touched.
      mkdirSync(dir, { recursive: true });
      const byDigest = uniqueByDigest(files);
      await allLimited(
        this.limiter,
        byDigest.map((file) => async () => {
          await this.objects.get(file, join(dir, file.digest));
          this.options.onTransfer?.({ direction: 'down', objects: 1, bytes: file.size });
        }),
      );
      return { ok: true, bytes: this.install(record, files, dir) };
    } catch (e) {
      return { ok: false, reason: await this.restoreFailure(e) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** Replaces the record's cached outputs by the staged, verified files. */
  private install(record: StageRecord, files: readonly FileDigest[], dir: string): number {
    for (const output of record.outputs.filter((o) => o.cached))
      rmSync(this.options.toAbsolute(output.path), { recursive: true, force: true });
    const uses = new Map<string, number>();
    for (const file of files) uses.set(file.digest, (uses.get(file.digest) ?? 0) + 1);
    let bytes = 0;
    for (const file of files) {
      const target = this.options.toAbsolute(file.path);
      mkdirSync(dirname(target), { recursive: true });
      const staged = join(dir, file.digest);
      const left = (uses.get(file.digest) ?? 1) - 1;
      uses.set(file.digest, left);
      // The last user of a staged object takes it; others (same content twice) take copies.
      if (left === 0) moveFile(staged, target);
      else copyFileSync(staged, target);
      chmodSync(target, file.executable ? 0o755 : 0o644);
      bytes += file.size;
    }
    return bytes;
  }

  private async restoreFailure(e: unknown): Promise<string> {
    if (e instanceof BadObject) {
      // Discard it, so the next save uploads good content again (when allowed to write).
      if (this.writable) await this.objects.delete(e.digest).catch(() => undefined);
      const reason = `${e.message}${this.writable ? '; removed it from the remote' : ''}`;
      this.options.warn(`remote cache ${remoteUrl(this.options.location)}: ${reason}`);
      return reason;
    }
    if (e instanceof S3Failure) {
      if (e.kind === 'not-found') return 'an object of this entry is missing from the remote';
      this.fail(e, 'read');
      return e.detail;
    }
    return (e as Error).message;
  }

  /** Reacts to a failure that retries did not cure: stop writing, or stop using the remote. */
  private fail(error: unknown, during: 'read' | 'write'): void {
    const url = remoteUrl(this.options.location);
    const kind = error instanceof S3Failure ? error.kind : 'other';
    const detail = error instanceof S3Failure ? error.detail : describeS3Error(error);
    if (kind === 'not-found') return;
    if (kind === 'denied' && during === 'write' && this.down === undefined) {
      this.readOnly = `the credentials cannot write to ${url}`;
      this.options.warn(
        `remote cache ${url}: access denied while writing (${detail}); going on read-only for this run`,
      );
      return;
    }
    if (this.down !== undefined) return;
    this.down = `remote cache ${url} is not usable (${detail})`;
    this.options.warn(`${this.down}; going on without it for this run${hint(kind)}`);
  }
}

function hint(kind: string): string {
  switch (kind) {
    case 'no-bucket':
      return ': check the bucket name';
    case 'no-credentials':
      return ': no AWS credentials found (env, profile or OIDC role; docs/remote-cache.md)';
    case 'denied':
      return ': the credentials cannot read it';
    default:
      return '';
  }
}

function cachedFiles(record: StageRecord): FileDigest[] {
  return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}

function uniqueByDigest(files: readonly FileDigest[]): FileDigest[] {
  const seen = new Map<string, FileDigest>();
  for (const file of files) if (!seen.has(file.digest)) seen.set(file.digest, file);
  return [...seen.values()];
}

/** Rename, or copy when the staging directory is on another file system. */
function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    copyFileSync(from, to);
    rmSync(from, { force: true });
  }
}
