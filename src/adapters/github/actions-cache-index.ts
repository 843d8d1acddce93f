import { createHash } from 'node:crypto';
import { checkRecord } from '../../core/record-check.js';
import type { StageRecord } from '../../core/record.js';

/**
 * The run-level index of the Actions cache: one entry per run holding the record of every stage
 * the run ran or found fresh, and the content of small outputs. A run restores the newest index
 * (one lookup) and decides every stage's freshness from it locally. The same document, holding
 * only what one fan-out group ran, is that group's fragment.
 *
 * Everything read here is untrusted: records are checked (checkRecord), content is kept only when
 * it hashes to the digest it is filed under, and anything else is dropped (a cache miss).
 */
export const INDEX_FORMAT = 'reprokit-actions-index-2';

export interface IndexLimits {
  /** An output at most this large (all its files) travels inside the index. */
  readonly inlineOutputBytes: number;
  /** Inline content of one index in total; outputs past it become content-addressed entries. */
  readonly inlineTotalBytes: number;
  /** Records in one index; the least recently seen are pruned first. */
  readonly maxStages: number;
  /** A record no run has found fresh or made for this long is pruned (stages removed from the manifest). */
  readonly maxAgeMs: number;
}

export const INDEX_LIMITS: IndexLimits = {
  inlineOutputBytes: 256 * 1024,
  inlineTotalBytes: 8 * 1024 * 1024,
  maxStages: 20_000,
  maxAgeMs: 30 * 24 * 3600 * 1000,
};

export interface IndexedStage {
  readonly record: StageRecord;
  /** ISO time a run last ran this stage or found it fresh. */
  readonly seenAt: string;
  /** Cached outputs whose files' content is in the document; the others are entries by digest. */
  readonly inline: readonly string[];
}

export interface IndexDocument {
  readonly format: typeof INDEX_FORMAT;
  readonly kind: 'index' | 'fragment';
  readonly createdAt: string;
  /** The branch (or `pr-N`) of the run that saved it: a pull request compares with its base's. */
  readonly branch: string;
  readonly stages: readonly IndexedStage[];
  /** File content, base64, by SHA-256 digest. */
  readonly content: Readonly<Record<string, string>>;
}

export interface ParsedIndex {
  readonly kind: 'index' | 'fragment';
  readonly createdAt: string;
  readonly branch: string;
  readonly stages: Map<string, IndexedStage>;
  readonly content: Map<string, Buffer>;
  /** Records or content dropped because they were malformed, did not verify or were too old. */
  readonly dropped: number;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** undefined: not an index of this layout (an older layout, or garbage): ignored as a miss. */
export function parseIndex(
  text: string,
  options: { now: number; limits?: IndexLimits },
): ParsedIndex | undefined {
  const limits = options.limits ?? INDEX_LIMITS;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value) || value.format !== INDEX_FORMAT) return undefined;
  if (value.kind !== 'index' && value.kind !== 'fragment') return undefined;
  if (!Array.isArray(value.stages) || !isObject(value.content)) return undefined;
  let dropped = 0;
  const content = new Map<string, Buffer>();
  for (const [digest, data] of Object.entries(value.content)) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'base64') : undefined;
    if (HEX64.test(digest) && bytes && sha256(bytes) === digest) content.set(digest, bytes);
    else dropped++;
  }
  const stages = new Map<string, IndexedStage>();
  for (const item of value.stages.slice(0, limits.maxStages)) {
    const entry = checkIndexed(item, content);
    if (!entry || options.now - Date.parse(entry.seenAt) > limits.maxAgeMs) dropped++;
    else stages.set(entry.record.stage, entry);
  }
  return {
    kind: value.kind,
    createdAt: typeof value.createdAt === 'string' ? value.createdAt : '',
    branch: typeof value.branch === 'string' ? value.branch : '',
    stages,
    content,
    dropped,
  };
}

function checkIndexed(
  item: unknown,
  content: ReadonlyMap<string, Buffer>,
): IndexedStage | undefined {
  if (!isObject(item) || !isObject(item.record) || typeof item.seenAt !== 'string')
    return undefined;
  if (Number.isNaN(Date.parse(item.seenAt))) return undefined;
  if (!Array.isArray(item.inline) || !item.inline.every((p) => typeof p === 'string'))
    return undefined;
  const record = checkRecord(item.record, { stage: String(item.record.stage) });
  if (!record) return undefined;
  const inline = item.inline as string[];
  // An inline output whose content is missing or did not verify cannot be restored: a miss.
  for (const output of record.outputs.filter((o) => inline.includes(o.path)))
    if (!output.files.every((f) => content.has(f.digest))) return undefined;
  return { record, seenAt: item.seenAt, inline };
}

/**
 * The document to save: the given stages, newest-seen first while the limits allow (what does not
 * fit is pruned: a cache miss next time, never an error), with the content their inline outputs need.
 */
export function buildIndex(options: {
  readonly kind: 'index' | 'fragment';
  readonly branch: string;
  readonly now: number;
  readonly stages: Iterable<IndexedStage>;
  readonly content: ReadonlyMap<string, Buffer>;
  readonly limits?: IndexLimits;
}): { document: IndexDocument; pruned: number } {
  const limits = options.limits ?? INDEX_LIMITS;
  const sorted = [...options.stages].sort((a, b) => b.seenAt.localeCompare(a.seenAt));
  const kept: IndexedStage[] = [];
  const content: Record<string, string> = {};
  let inlineBytes = 0;
  let pruned = 0;
  for (const entry of sorted) {
    if (
      kept.length >= limits.maxStages ||
      options.now - Date.parse(entry.seenAt) > limits.maxAgeMs
    ) {
      pruned++;
      continue;
    }
    const files = entry.record.outputs
      .filter((o) => entry.inline.includes(o.path))
      .flatMap((o) => o.files)
      .filter((f) => content[f.digest] === undefined);
    const bytes = files.reduce((sum, f) => sum + f.size, 0);
    const available = files.every((f) => options.content.has(f.digest));
    if (!available || inlineBytes + bytes > limits.inlineTotalBytes) {
      pruned++;
      continue;
    }
    for (const f of files)
      content[f.digest] = (options.content.get(f.digest) as Buffer).toString('base64');
    inlineBytes += bytes;
    kept.push(entry);
  }
  // Stable order for readers and diffs: by stage name.
  kept.sort((a, b) =>
    a.record.stage < b.record.stage ? -1 : a.record.stage > b.record.stage ? 1 : 0,
  );
  return {
    document: {
      format: INDEX_FORMAT,
      kind: options.kind,
      createdAt: new Date(options.now).toISOString(),
      branch: options.branch,
      stages: kept,
      content,
    },
    pruned,
  };
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
