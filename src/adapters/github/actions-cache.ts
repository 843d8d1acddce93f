import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkRecord } from '../../core/record-check.js';
import type { FileDigest, StageRecord } from '../../core/record.js';
import type { RestoreOutcome, SaveOutcome, StageCache } from '../../ports.js';
import type { CacheClient } from './actions-cache-client.js';
import { sha256File } from '../hashing/file-hasher.js';
import { NodeWorkspace } from '../local/node-workspace.js';

/**
 * Outputs up to this size travel inside the record entry: one upload per stage instead of two,
 * which keeps pipelines of many small stages under the service's ~200 uploads per minute.
 */
export const INLINE_LIMIT = 256 * 1024;

/** What one record entry holds. Everything in it is checked before it is used. */
interface EntryPayload {
  readonly format: 'reprokit-actions-cache-1';
  readonly record: StageRecord;
  /** Small outputs' content, base64 by digest. */
  readonly inline?: Readonly<Record<string, string>>;
  /** The key of the separate entry holding the outputs, when they were too large to inline. */
  readonly outputsKey?: string;
}

export interface ActionsCacheOptions {
  readonly root: string;
  readonly client: CacheClient;
  /** `reprokit/v1/<os>-<arch>/<salt>`: see entryKeyPrefix. */
  readonly keyPrefix: string;
  readonly warn: (message: string) => void;
  /** Bytes moved, for the summary and the tests. */
  readonly counters?: { downloadedBytes: number; uploadedBytes: number };
}

/** Tool prefix, runner OS and architecture, and the salt (hashed: it may hold any text). */
export function entryKeyPrefix(
  os: string,
  arch: string,
  salt: string,
  sha256: (t: string) => string,
): string {
  const saltTag = salt === '' ? 'nosalt' : sha256(salt).slice(0, 16);
  return `reprokit/v1/${os}-${arch}/${saltTag}`;
}

/**
 * The engine's cache on the GitHub Actions cache service. Per stage key there is a small record
 * entry (the StageRecord, with small outputs inline) and, for larger outputs, one outputs entry.
 * Deciding freshness downloads record entries only; outputs are fetched when restored.
 * Entries are immutable: an existing key is never written again.
 */
export class ActionsCache implements StageCache {
  readonly name = 'GitHub Actions';
  private readonly payloads = new Map<string, EntryPayload>();
  private readonly workspace: NodeWorkspace;
  private disabled: string | undefined;

  constructor(private readonly options: ActionsCacheOptions) {
    this.workspace = new NodeWorkspace(options.root);
  }

  /** Turns the cache off for the rest of the run after a service failure, warning once. */
  disable(reason: string): void {
    if (this.disabled) return;
    this.disabled = reason;
    this.options.warn(
      `The GitHub Actions cache is unavailable (${reason}); continuing without it for the rest of this run.`,
    );
  }

  get isDisabled(): boolean {
    return this.disabled !== undefined;
  }

  private recordKey(stage: string, key: string): string {
    return `${this.options.keyPrefix}/rec/${stageSegment(stage)}/${key}`;
  }

  private outputsKey(stage: string, key: string): string {
    return `${this.options.keyPrefix}/out/${stageSegment(stage)}/${key}`;
  }

  /** The cache path list is part of the entry's version, so it must not depend on the run. */
  private recordFile(stage: string): string {
    return `.reprokit/actions-cache/${stageSegment(stage)}.json`;
  }

  /** Paths as the toolkit wants them: relative to the working directory, which the action sets to the root. */
  private cachePath(path: string): string {
    return relative(process.cwd(), join(this.options.root, path)) || '.';
  }

  async lookup(stage: string, key: string): Promise<StageRecord | undefined> {
    const payload = await this.fetchPayload(stage, this.recordKey(stage, key), { exact: true });
    return payload && checkRecord(payload.record, { stage, key });
  }

  async latest(stage: string): Promise<StageRecord | undefined> {
    const payload = await this.fetchPayload(
      stage,
      `${this.options.keyPrefix}/rec/${stageSegment(stage)}/`,
      { exact: false },
    );
    return payload && checkRecord(payload.record, { stage });
  }

  private async fetchPayload(
    stage: string,
    key: string,
    match: { exact: boolean },
  ): Promise<EntryPayload | undefined> {
    if (this.disabled) return undefined;
    const file = this.recordFile(stage);
    const abs = join(this.options.root, file);
    rmSync(abs, { force: true });
    const matched = await this.options.client.restore([this.cachePath(file)], key, {});
    if (matched === undefined || (match.exact && matched !== key)) return undefined;
    try {
      const text = readFileSync(abs, 'utf8');
      this.count('downloadedBytes', Buffer.byteLength(text));
      const payload = parsePayload(text);
      if (!payload) {
        this.options.warn(`Ignoring the cache entry ${matched}: it is not a reprokit record.`);
        return undefined;
      }
      this.payloads.set(payload.record.key, payload);
      return payload;
    } catch {
      return undefined;
    } finally {
      rmSync(abs, { force: true });
    }
  }

  async restore(record: StageRecord): Promise<RestoreOutcome> {
    const payload = this.payloads.get(record.key);
    if (!payload) return { ok: false, reason: 'the record was not looked up first' };
    const files = cachedFiles(record);
    if (payload.inline) return this.restoreInline(record, files, payload.inline);
    if (!payload.outputsKey) return { ok: false, reason: 'the entry has no outputs' };
    if (this.disabled) return { ok: false, reason: 'the cache is unavailable' };
    const paths = cachedOutputs(record);
    for (const path of paths)
      rmSync(join(this.options.root, path), { recursive: true, force: true });
    const matched = await this.options.client.restore(
      paths.map((p) => this.cachePath(p)),
      payload.outputsKey,
      {},
    );
    if (matched !== payload.outputsKey) {
      this.removeOutputs(paths);
      return {
        ok: false,
        reason:
          matched === undefined
            ? 'the outputs entry could not be downloaded'
            : 'the outputs entry has another key',
      };
    }
    const problem = await this.verifyWorkspace(record, files);
    if (problem) {
      this.removeOutputs(paths);
      return {
        ok: false,
        reason: `the downloaded outputs do not match their recorded hashes (${problem}); discarded them`,
      };
    }
    const bytes = files.reduce((sum, f) => sum + f.size, 0);
    this.count('downloadedBytes', bytes);
    return { ok: true, bytes };
  }

  private restoreInline(
    record: StageRecord,
    files: FileDigest[],
    inline: Readonly<Record<string, string>>,
  ): RestoreOutcome {
    const contents = new Map<string, Buffer>();
    for (const file of files) {
      const data = inline[file.digest];
      const content = data === undefined ? undefined : Buffer.from(data, 'base64');
      if (!content || createHash('sha256').update(content).digest('hex') !== file.digest) {
        return {
          ok: false,
          reason: `the inline content of ${file.path} does not match its recorded hash`,
        };
      }
      contents.set(file.path, content);
    }
    this.removeOutputs(cachedOutputs(record));
    for (const file of files) {
      const abs = join(this.options.root, file.path);
      mkdirSync(join(abs, '..'), { recursive: true });
      writeFileSync(`${abs}.tmp`, contents.get(file.path) as Buffer);
      chmodSync(`${abs}.tmp`, file.executable ? 0o755 : 0o644);
      renameSync(`${abs}.tmp`, abs);
    }
    return { ok: true, bytes: files.reduce((sum, f) => sum + f.size, 0) };
  }

  /** Every recorded file present with its recorded digest, and no extra files in directory outputs. */
  private async verifyWorkspace(
    record: StageRecord,
    files: FileDigest[],
  ): Promise<string | undefined> {
    for (const output of record.outputs.filter((o) => o.cached)) {
      const info = await this.workspace.info(output.path);
      if (!info) return `${output.path} is missing`;
      const present =
        info.kind === 'dir' ? await this.workspace.listFiles(output.path) : [output.path];
      const expected = output.files.map((f) => f.path).sort();
      if (present.join('\n') !== expected.join('\n'))
        return `${output.path} holds other files than recorded`;
    }
    for (const file of files) {
      const abs = join(this.options.root, file.path);
      if (sha256File(abs, file.size) !== file.digest) return `${file.path} differs`;
    }
    return undefined;
  }

  private removeOutputs(paths: readonly string[]): void {
    for (const path of paths)
      rmSync(join(this.options.root, path), { recursive: true, force: true });
  }

  async save(record: StageRecord): Promise<SaveOutcome> {
    if (this.disabled)
      return { ok: false, reason: `the cache is unavailable (${this.disabled})`, reported: true };
    const recordKey = this.recordKey(record.stage, record.key);
    if (
      (await this.options.client.restore(
        [this.cachePath(this.recordFile(record.stage))],
        recordKey,
        { lookupOnly: true },
      )) === recordKey
    ) {
      return { ok: true, bytes: 0 }; // saved before (another job, or an earlier attempt): entries are immutable
    }
    const files = cachedFiles(record);
    const size = files.reduce((sum, f) => sum + f.size, 0);
    let payload: EntryPayload;
    if (size <= INLINE_LIMIT) {
      const inline = this.readInline(files);
      if (typeof inline === 'string') return { ok: false, reason: inline };
      payload = { format: 'reprokit-actions-cache-1', record, inline };
    } else {
      const outputsKey = this.outputsKey(record.stage, record.key);
      const saved = await this.options.client.save(
        cachedOutputs(record).map((p) => this.cachePath(p)),
        outputsKey,
      );
      if ('error' in saved) return this.saveFailed(saved.error);
      payload = { format: 'reprokit-actions-cache-1', record, outputsKey };
    }
    const file = this.recordFile(record.stage);
    const abs = join(this.options.root, file);
    mkdirSync(join(abs, '..'), { recursive: true });
    const text = JSON.stringify(payload);
    writeFileSync(abs, text);
    try {
      const saved = await this.options.client.save([this.cachePath(file)], recordKey);
      if ('error' in saved) return this.saveFailed(saved.error);
    } finally {
      rmSync(abs, { force: true });
    }
    this.payloads.set(record.key, payload);
    const bytes = size + Buffer.byteLength(text);
    this.count('uploadedBytes', bytes);
    return { ok: true, bytes };
  }

  private saveFailed(error: string): SaveOutcome {
    this.disable(`saving failed: ${error}`);
    return { ok: false, reason: error, reported: true };
  }

  /** Reads small outputs for inlining, checking they still hold what was recorded. */
  private readInline(files: FileDigest[]): Record<string, string> | string {
    const inline: Record<string, string> = {};
    for (const file of files) {
      const content = readFileSync(join(this.options.root, file.path));
      if (createHash('sha256').update(content).digest('hex') !== file.digest)
        return `${file.path} changed while it was being saved`;
      inline[file.digest] = content.toString('base64');
    }
    return inline;
  }

  /**
   * The metrics of a run, kept per branch so a pull request can compare with its base branch's
   * latest run without downloading any of that run's outputs.
   */
  async saveMetrics(
    branch: string,
    sha: string,
    metrics: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    if (this.disabled) return;
    const key = `${this.options.keyPrefix}/metrics/${encodeURIComponent(branch)}/${sha}`;
    const file = '.reprokit/actions-cache/metrics-baseline.json';
    if (
      (await this.options.client.restore([this.cachePath(file)], key, { lookupOnly: true })) === key
    )
      return;
    const abs = join(this.options.root, file);
    mkdirSync(join(abs, '..'), { recursive: true });
    writeFileSync(abs, JSON.stringify({ format: 'reprokit-metrics-1', branch, sha, metrics }));
    try {
      const saved = await this.options.client.save([this.cachePath(file)], key);
      if ('error' in saved) this.disable(`saving failed: ${saved.error}`);
    } finally {
      rmSync(abs, { force: true });
    }
  }

  /** The newest metrics recorded for a branch, or undefined. */
  async loadMetrics(branch: string): Promise<Map<string, unknown> | undefined> {
    if (this.disabled) return undefined;
    const prefix = `${this.options.keyPrefix}/metrics/${encodeURIComponent(branch)}/`;
    const file = '.reprokit/actions-cache/metrics-baseline.json';
    const abs = join(this.options.root, file);
    rmSync(abs, { force: true });
    const matched = await this.options.client.restore([this.cachePath(file)], prefix, {});
    if (matched === undefined || !matched.startsWith(prefix)) return undefined;
    try {
      const data = JSON.parse(readFileSync(abs, 'utf8')) as { format?: string; metrics?: unknown };
      if (
        data.format !== 'reprokit-metrics-1' ||
        typeof data.metrics !== 'object' ||
        data.metrics === null
      )
        return undefined;
      return new Map(Object.entries(data.metrics));
    } catch {
      return undefined;
    } finally {
      rmSync(abs, { force: true });
    }
  }

  private count(counter: 'downloadedBytes' | 'uploadedBytes', bytes: number): void {
    if (this.options.counters) this.options.counters[counter] += bytes;
  }
}

/**
 * A stage name as it appears in entry keys: readable when short; long generated names (DVC
 * foreach) are hashed so that every key stays within the service's 512 characters.
 */
export function stageSegment(stage: string): string {
  const encoded = encodeURIComponent(stage);
  return encoded.length <= 160
    ? encoded
    : `h-${createHash('sha256').update(stage).digest('hex').slice(0, 40)}`;
}

function parsePayload(text: string): EntryPayload | undefined {
  try {
    const value = JSON.parse(text) as Partial<EntryPayload>;
    if (value.format !== 'reprokit-actions-cache-1' || typeof value.record !== 'object')
      return undefined;
    if (value.inline !== undefined && (typeof value.inline !== 'object' || value.inline === null))
      return undefined;
    if (value.outputsKey !== undefined && typeof value.outputsKey !== 'string') return undefined;
    return value as EntryPayload;
  } catch {
    return undefined;
  }
}

function cachedFiles(record: StageRecord): FileDigest[] {
  return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}

function cachedOutputs(record: StageRecord): string[] {
  return record.outputs
    .filter((o) => o.cached)
    .map((o) => o.path)
    .sort();
}
