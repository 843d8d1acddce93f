import { randomBytes, createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FileDigest, OutputRecord, StageRecord } from '../../core/record.js';
import type {
  MetricsBaseline,
  RecordedRun,
  RestoreOutcome,
  SaveOutcome,
  StageCache,
} from '../../ports.js';
import type { CacheClient } from './actions-cache-client.js';
import type { IndexedStage, IndexLimits } from './actions-cache-index.js';
import { buildIndex, INDEX_LIMITS, parseIndex, sha256 } from './actions-cache-index.js';
import type { ProbeResult } from './actions-cache-probe.js';
import { checkPlaced, linkOutput, RestoreStaging, xferPath } from './actions-cache-staging.js';
import { NodeWorkspace } from '../local/node-workspace.js';

/** What a run did with the cache service: the summary's cache line and the bench read it. */
export interface CacheStats {
  /** Twirp calls and blob transfers (the probe included), as the service counts them. */
  requests: number;
  entriesCreated: number;
  downloadedBytes: number;
  uploadedBytes: number;
  /** Wall time with at least one cache call in flight. */
  ms: number;
}

export function emptyCacheStats(): CacheStats {
  return { requests: 0, entriesCreated: 0, downloadedBytes: 0, uploadedBytes: 0, ms: 0 };
}

/** What `load` found: the index, and how many of the fan-out fragments it was told to read. */
export interface LoadResult {
  readonly index: boolean;
  readonly fragments: number;
}

/** Who is running: names the run's index and fragments (see docs/workflows.md, fan-out). */
export interface RunIdentity {
  /** The branch, or `pr-<number>` on a pull request: tags the index so a PR can find its base's. */
  readonly branch: string;
  readonly runId: string;
  readonly attempt: string;
}

export interface ActionsCacheOptions {
  /** The project root: every path below is relative to it. */
  readonly root: string;
  readonly client: CacheClient;
  /** `reprokit/v2/<os>-<arch>/<salt>`: see entryKeyPrefix. */
  readonly keyPrefix: string;
  readonly warn: (message: string) => void;
  readonly run?: RunIdentity;
  readonly stats?: CacheStats;
  /** Asks the service how it is after a failed save (to tell a 429 from an existing entry). */
  readonly diagnose?: () => Promise<ProbeResult>;
  readonly limits?: IndexLimits;
  readonly now?: () => number;
  /** Waits after a 429 (tests shorten it). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Toolkit calls at once (each spawns tar). */
  readonly parallel?: number;
}

/** Tool prefix with the layout version, runner OS and architecture, and the salt (hashed: it may hold any text). */
export function entryKeyPrefix(
  os: string,
  arch: string,
  salt: string,
  sha: (t: string) => string,
): string {
  const saltTag = salt === '' ? 'nosalt' : sha(salt).slice(0, 16);
  // v2: the run-level index. Entries of the v1 layout (one per stage) never match these keys.
  return `reprokit/v2/${os}-${arch}/${saltTag}`;
}

/** Files the toolkit archives: fixed paths, because the path list is part of an entry's version. */
const INDEX_FILE = '.reprokit/actions-cache/index.json';
const FRAGMENT_FILE = '.reprokit/actions-cache/fragment.json';

/**
 * The engine's cache on the GitHub Actions cache service, at pipeline scale. The composition
 * root calls `load()` once before the engine runs (one lookup: the newest index of the branch,
 * or of the base/default branch; plus the fan-out fragments it is told to read, by exact key) and
 * `persist()` once after (one entry: the run's index, or a fan-out group's fragment). In between,
 * the engine's `lookup`/`latest` are answered from memory; `restore` writes inline content or
 * downloads a content-addressed entry (one per large output, by digest); `save` keeps small outputs
 * for the index and uploads large ones. Every byte is verified against its record before use.
 * The index is also the run's MetricsBaseline: the records of earlier runs, without downloads.
 */
export class ActionsCache implements StageCache, MetricsBaseline {
  readonly name = 'GitHub Actions';
  readonly stats: CacheStats;
  /** Records known to this run: the loaded index, fragments, and what the run saved. */
  private readonly known = new Map<string, IndexedStage>();
  private readonly content = new Map<string, Buffer>();
  /** Stages the run found fresh or saved: carried forward with a new `seenAt`. */
  private readonly seen = new Set<string>();
  /** Stages this run saved: a fan-out group's fragment holds these. */
  private readonly savedHere = new Set<string>();
  /** The index the run started from (the previous run of the branch, or of its base). */
  private readonly loadedStages = new Map<string, IndexedStage>();
  /** Digests of outputs stored as entries (no need to upload them again). */
  private readonly entries = new Set<string>();
  /** Per digest, the transfer using its xfer path (see withXfer). */
  private readonly xferLocks = new Map<string, Promise<unknown>>();
  private readonly workspace: NodeWorkspace;
  private readonly limits: IndexLimits;
  private changed = false;
  private loadedBranch: string | undefined;
  private disabled: string | undefined;
  private savingDisabled: string | undefined;
  private backedOff = false;
  private inFlight = 0;
  private flightStart = 0;
  private readonly waiting: (() => void)[] = [];
  /** See loadInBackground. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ActionsCacheOptions) {
    this.workspace = new NodeWorkspace(options.root);
    this.stats = options.stats ?? emptyCacheStats();
    this.limits = options.limits ?? INDEX_LIMITS;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private get run(): RunIdentity {
    return this.options.run ?? { branch: 'local', runId: 'local', attempt: '1' };
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

  private indexPrefix(): string {
    return `${this.options.keyPrefix}/index/`;
  }

  private indexKeyPrefix(branch: string): string {
    return `${this.indexPrefix()}${keySegment(branch)}/`;
  }

  private fragmentPrefix(group: string): string {
    return `${this.options.keyPrefix}/frag/${keySegment(this.run.runId)}/${keySegment(group)}-a`;
  }

  private entryKey(output: OutputRecord): string {
    return `${this.options.keyPrefix}/out/${output.digest}`;
  }

  // ---------------------------------------------------------------- lifecycle

  /**
   * Before the run: the newest index (the branch's own; on a pull request's first run, the base
   * branch's; else the default branch's), then each named fan-out fragment of this run, newer
   * records winning. Returns what was found; a miss or a broken entry is an empty cache.
   */
  async load(options: { fragments?: readonly string[] } = {}): Promise<LoadResult> {
    const index = await this.fetchDocument(INDEX_FILE, this.indexPrefix());
    if (index && index.kind === 'index') {
      this.merge(index.stages, index.content);
      this.loadedBranch = index.branch;
    }
    let fragments = 0;
    for (const group of options.fragments ?? []) {
      const fragment = await this.fetchDocument(FRAGMENT_FILE, this.fragmentPrefix(group));
      if (!fragment || fragment.kind !== 'fragment') continue;
      this.merge(fragment.stages, fragment.content);
      for (const stage of fragment.stages.keys()) this.seen.add(stage);
      fragments++;
      this.changed = true;
    }
    return { index: index !== undefined, fragments };
  }

  /**
   * Starts `load` without waiting for it, so that the index lookup overlaps loading the manifest
   * and hashing the workspace; every method of the cache waits for it to finish first.
   */
  loadInBackground(options: { fragments?: readonly string[] } = {}): Promise<LoadResult> {
    const loading = this.load(options).catch((e: unknown): LoadResult => {
      this.disable(`its index could not be read: ${(e as Error).message}`);
      return { index: false, fragments: 0 };
    });
    this.pending = loading;
    return loading;
  }

  /** Resolves when the load started by loadInBackground (if any) is over. */
  async loaded(): Promise<void> {
    await this.pending;
  }

  private merge(
    stages: ReadonlyMap<string, IndexedStage>,
    content: ReadonlyMap<string, Buffer>,
  ): void {
    for (const [digest, bytes] of content) this.content.set(digest, bytes);
    for (const [stage, entry] of stages) {
      this.known.set(stage, entry);
      for (const output of entry.record.outputs)
        if (output.cached && !entry.inline.includes(output.path)) this.entries.add(output.digest);
    }
  }

  /**
   * After the run: a fan-out group saves its fragment (what it ran), any other run the merged
   * index, unless nothing changed since the index it loaded (then the next run finds that one).
   */
  async persist(options: { group?: string } = {}): Promise<{ saved: string | undefined }> {
    await this.pending;
    if (this.disabled || this.savingDisabled) return { saved: undefined };
    const now = this.now();
    const seenAt = new Date(now).toISOString();
    const stamp = (stage: string, entry: IndexedStage): IndexedStage =>
      this.seen.has(stage) ? { ...entry, seenAt } : entry;
    if (options.group !== undefined) {
      const mine = [...this.known].filter(([stage]) => this.savedHere.has(stage));
      if (mine.length === 0) return { saved: undefined };
      const key = `${this.fragmentPrefix(options.group)}${keySegment(this.run.attempt)}`;
      const { document } = buildIndex({
        kind: 'fragment',
        branch: this.run.branch,
        now,
        stages: mine.map(([stage, entry]) => stamp(stage, entry)),
        content: this.content,
        limits: this.limits,
      });
      return { saved: (await this.saveDocument(FRAGMENT_FILE, key, document)) ? key : undefined };
    }
    if (this.known.size === 0) return { saved: undefined };
    if (!this.changed && this.loadedBranch === this.run.branch) return { saved: undefined };
    const { document } = buildIndex({
      kind: 'index',
      branch: this.run.branch,
      now,
      stages: [...this.known].map(([stage, entry]) => stamp(stage, entry)),
      content: this.content,
      limits: this.limits,
    });
    const key =
      this.indexKeyPrefix(this.run.branch) +
      `${keySegment(this.run.runId)}-${keySegment(this.run.attempt)}-${randomBytes(4).toString('hex')}`;
    return { saved: (await this.saveDocument(INDEX_FILE, key, document)) ? key : undefined };
  }

  /**
   * The records of the newest run of a branch (a pull request's base), from that branch's index:
   * no output is downloaded. Undefined when that branch has no index in reach.
   */
  async base(branch: string): Promise<RecordedRun | undefined> {
    await this.pending;
    const document = await this.fetchDocument(INDEX_FILE, this.indexKeyPrefix(branch), {
      keep: false,
    });
    if (!document || document.branch !== branch) return undefined;
    return { branch, stages: recordsOf(document.stages) };
  }

  /** The records of the index this run started from (the previous run of the branch, or its base's). */
  async previous(): Promise<RecordedRun | undefined> {
    await this.pending;
    if (this.loadedBranch === undefined) return undefined;
    return { branch: this.loadedBranch, stages: recordsOf(this.loadedStages) };
  }

  private async fetchDocument(
    file: string,
    prefix: string,
    options: { keep?: boolean } = {},
  ): Promise<ReturnType<typeof parseIndex>> {
    if (this.disabled) return undefined;
    const abs = join(this.options.root, file);
    rmSync(abs, { force: true });
    try {
      const matched = await this.call(
        () => this.options.client.restore([file], prefix, {}),
        (m) => (m === undefined ? 1 : 2),
      );
      if (matched === undefined || !matched.startsWith(prefix)) return undefined;
      let text: string;
      try {
        text = readFileSync(abs, 'utf8');
      } catch {
        return undefined;
      }
      this.stats.downloadedBytes += Buffer.byteLength(text);
      const parsed = parseIndex(text, { now: this.now(), limits: this.limits });
      if (!parsed) {
        this.options.warn(
          `Ignoring the cache entry ${matched}: it is not a reprokit index of this version.`,
        );
        return undefined;
      }
      if (parsed.dropped > 0)
        this.options.warn(
          `The cache entry ${matched} had ${parsed.dropped} record(s) or content that did not verify; they count as cache misses.`,
        );
      if (options.keep !== false && parsed.kind === 'index')
        for (const [stage, entry] of parsed.stages) this.loadedStages.set(stage, entry);
      return parsed;
    } finally {
      rmSync(abs, { force: true });
    }
  }

  private async saveDocument(file: string, key: string, document: object): Promise<boolean> {
    const abs = join(this.options.root, file);
    mkdirSync(dirname(abs), { recursive: true });
    const text = JSON.stringify(document);
    writeFileSync(abs, text);
    try {
      const ok = await this.saveEntry([file], key, { unique: true });
      if (ok) this.stats.uploadedBytes += Buffer.byteLength(text);
      return ok;
    } finally {
      rmSync(abs, { force: true });
    }
  }

  // ---------------------------------------------------------------- StageCache

  async lookup(stage: string, key: string): Promise<StageRecord | undefined> {
    await this.pending;
    const entry = this.known.get(stage);
    if (!entry || entry.record.key !== key) return undefined;
    this.seen.add(stage);
    return entry.record;
  }

  async latest(stage: string): Promise<StageRecord | undefined> {
    await this.pending;
    return this.known.get(stage)?.record;
  }

  /**
   * Every cached output of the record is fetched and verified in a private directory first, then
   * all are swapped into the workspace together: a restore that fails (an entry evicted, a
   * download cut short, content that does not verify) leaves the workspace as it was.
   */
  async restore(record: StageRecord): Promise<RestoreOutcome> {
    await this.pending;
    const entry = this.known.get(record.stage);
    if (!entry || entry.record.key !== record.key)
      return { ok: false, reason: 'the record was not looked up first' };
    const outputs = record.outputs.filter((o) => o.cached);
    for (const output of outputs) this.workspace.assertInside(output.path);
    const staging = new RestoreStaging(this.options.root);
    try {
      const staged = await Promise.all(
        outputs.map((output, i) =>
          entry.inline.includes(output.path)
            ? this.stageInline(output, staging, staging.slot(i))
            : this.stageEntry(output, staging, staging.slot(i)),
        ),
      );
      const failed = staged.find((outcome) => !outcome.ok);
      if (failed) return failed;
      const problem = staging.swapIn(
        outputs.map((o, i) => ({ path: o.path, slot: staging.slot(i) })),
      );
      if (problem) return { ok: false, reason: problem };
      return { ok: true, bytes: staged.reduce((sum, o) => sum + (o.ok ? o.bytes : 0), 0) };
    } finally {
      staging.dispose();
    }
  }

  private async stageInline(
    output: OutputRecord,
    staging: RestoreStaging,
    slot: string,
  ): Promise<RestoreOutcome> {
    const contents = new Map<string, Buffer>();
    for (const file of output.files) {
      const content = this.content.get(file.digest);
      if (!content || sha256(content) !== file.digest)
        return { ok: false, reason: `the cached content of ${file.path} is missing or damaged` };
      contents.set(file.digest, content);
    }
    staging.write(slot, output, contents);
    return { ok: true, bytes: sizeOf(output.files) };
  }

  /** Downloads the entry of a large output (extracted at its xfer path), checks it, moves it to `slot`. */
  private async stageEntry(
    output: OutputRecord,
    staging: RestoreStaging,
    slot: string,
  ): Promise<RestoreOutcome> {
    if (this.disabled) return { ok: false, reason: 'the cache is unavailable' };
    const xfer = xferPath(output);
    return this.withXfer(output.digest, async () => {
      rmSync(join(this.options.root, xfer), { recursive: true, force: true });
      const key = this.entryKey(output);
      const matched = await this.call(
        () => this.options.client.restore([xfer], key, {}),
        (m) => (m === undefined ? 1 : 2),
      );
      if (matched !== key) {
        rmSync(join(this.options.root, xfer), { recursive: true, force: true });
        // evicted: when the stage runs again, its save uploads the entry again
        this.entries.delete(output.digest);
        return {
          ok: false,
          reason: `the entry holding ${output.path} could not be downloaded (evicted or unreachable)`,
        };
      }
      const problem = checkPlaced(this.options.root, output, xfer);
      if (problem) {
        rmSync(join(this.options.root, xfer), { recursive: true, force: true });
        return {
          ok: false,
          reason: `the downloaded ${output.path} does not match its recorded hashes (${problem}); discarded it`,
        };
      }
      staging.adopt(xfer, slot);
      const bytes = sizeOf(output.files);
      this.stats.downloadedBytes += bytes;
      return { ok: true, bytes };
    });
  }

  /**
   * Runs `work` alone for this digest: an entry is archived from and extracted to one place per
   * digest, which two stages with identical outputs could otherwise use at the same time.
   */
  private async withXfer<T>(digest: string, work: () => Promise<T>): Promise<T> {
    const before = this.xferLocks.get(digest) ?? Promise.resolve();
    const mine = before.then(work, work);
    const settled = mine.then(
      () => undefined,
      () => undefined,
    );
    this.xferLocks.set(digest, settled);
    try {
      return await mine;
    } finally {
      if (this.xferLocks.get(digest) === settled) this.xferLocks.delete(digest);
    }
  }

  async save(record: StageRecord): Promise<SaveOutcome> {
    await this.pending;
    if (this.disabled)
      return { ok: false, reason: `the cache is unavailable (${this.disabled})`, reported: true };
    const existing = this.known.get(record.stage);
    // Entries are immutable: the first result saved under a key stays.
    if (existing?.record.key === record.key) {
      this.seen.add(record.stage);
      return { ok: true, bytes: 0 };
    }
    if (this.savingDisabled) return { ok: false, reason: this.savingDisabled, reported: true };
    const inline: string[] = [];
    const read = new Map<string, Buffer>();
    let bytes = 0;
    let budget = this.limits.inlineTotalBytes - this.inlineBytes();
    for (const output of record.outputs.filter((o) => o.cached)) {
      const size = sizeOf(output.files);
      if (size <= this.limits.inlineOutputBytes && size <= budget) {
        const problem = this.readOutput(output, read);
        if (problem) return { ok: false, reason: problem };
        inline.push(output.path);
        budget -= size;
        bytes += size;
        continue;
      }
      const uploaded = await this.uploadOutput(output);
      if (!uploaded.ok) return uploaded;
      bytes += uploaded.bytes;
    }
    for (const [digest, content] of read) this.content.set(digest, content);
    this.known.set(record.stage, { record, seenAt: new Date(this.now()).toISOString(), inline });
    this.seen.add(record.stage);
    this.savedHere.add(record.stage);
    this.changed = true;
    return { ok: true, bytes };
  }

  /**
   * One content-addressed entry per digest, archived from a linked copy at its xfer path. The bytes
   * uploaded (0: stored before).
   */
  private async uploadOutput(output: OutputRecord): Promise<SaveOutcome> {
    return this.withXfer(output.digest, async () => {
      if (this.entries.has(output.digest)) return { ok: true, bytes: 0 }; // stored before
      const xfer = xferPath(output);
      try {
        linkOutput(this.options.root, output, xfer);
      } catch (e) {
        return {
          ok: false,
          reason: `${output.path} could not be read for upload (${(e as Error).message})`,
        };
      }
      try {
        const saved = await this.saveEntry([xfer], this.entryKey(output), { unique: false });
        if (!saved)
          return { ok: false, reason: this.savingDisabled ?? 'saving failed', reported: true };
      } finally {
        rmSync(join(this.options.root, xfer), { recursive: true, force: true });
      }
      this.entries.add(output.digest);
      const bytes = sizeOf(output.files);
      this.stats.uploadedBytes += bytes;
      return { ok: true, bytes };
    });
  }

  private inlineBytes(): number {
    let total = 0;
    for (const content of this.content.values()) total += content.length;
    return total;
  }

  /** Reads a small output for the index, checking it still holds what was recorded. */
  private readOutput(output: OutputRecord, into: Map<string, Buffer>): string | undefined {
    for (const file of output.files) {
      let content: Buffer;
      try {
        content = readFileSync(join(this.options.root, file.path));
      } catch {
        return `${file.path} disappeared while it was being saved`;
      }
      if (sha256(content) !== file.digest) return `${file.path} changed while it was being saved`;
      into.set(file.digest, content);
    }
    return undefined;
  }

  /**
   * One entry. A failure is either an entry that exists already (fine for content-addressed
   * entries: another run stored the same bytes) or a problem with the service, which one probe
   * tells apart: on HTTP 429 we wait once and retry, and if that fails too we stop saving for the
   * rest of the run with one warning.
   */
  private async saveEntry(
    paths: string[],
    key: string,
    options: { unique: boolean },
  ): Promise<boolean> {
    for (;;) {
      const saved = await this.call(
        () => this.options.client.save(paths, key),
        (s) => ('error' in s ? 1 : 3),
      );
      if (!('error' in saved)) {
        this.stats.entriesCreated++;
        return true;
      }
      const health = this.options.diagnose
        ? await this.call(this.options.diagnose, () => 1)
        : undefined;
      if (health && !health.available && health.throttledMs !== undefined && !this.backedOff) {
        this.backedOff = true;
        await (this.options.sleep ?? delay)(health.throttledMs);
        continue;
      }
      if (health && !health.available) {
        this.stopSaving(health.reason);
        return false;
      }
      if (!options.unique) return true; // it exists: entries by digest are shared by runs
      this.stopSaving(saved.error);
      return false;
    }
  }

  private stopSaving(reason: string): void {
    if (this.savingDisabled) return;
    this.savingDisabled = `saving to the cache failed: ${reason}`;
    this.options.warn(
      `Not saving to the GitHub Actions cache for the rest of this run: ${reason}. The stages' results are fine; the next run may redo some work.`,
    );
  }

  /** A toolkit call, at most `parallel` at once; counts requests and time in flight. */
  private async call<T>(run: () => Promise<T>, requests: (result: T) => number): Promise<T> {
    const limit = this.options.parallel ?? 4;
    while (this.inFlight >= limit) await new Promise<void>((go) => this.waiting.push(go));
    if (this.inFlight++ === 0) this.flightStart = Date.now();
    try {
      const result = await run();
      this.stats.requests += requests(result);
      return result;
    } finally {
      if (--this.inFlight === 0) this.stats.ms += Date.now() - this.flightStart;
      this.waiting.shift()?.();
    }
  }
}

function recordsOf(stages: ReadonlyMap<string, IndexedStage>): Map<string, StageRecord> {
  return new Map([...stages].map(([stage, { record }]) => [stage, record]));
}

/**
 * A name as it appears in entry keys: readable when short; long ones (DVC foreach stages, odd
 * branch names) hashed so that every key stays within the service's 512 characters.
 */
export function keySegment(text: string): string {
  const encoded = encodeURIComponent(text);
  return encoded.length <= 120
    ? encoded
    : `h-${createHash('sha256').update(text).digest('hex').slice(0, 40)}`;
}

/** Kept for callers of the v1 name. */
export const stageSegment = keySegment;

function sizeOf(files: readonly FileDigest[]): number {
  return files.reduce((sum, f) => sum + f.size, 0);
}

function delay(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
