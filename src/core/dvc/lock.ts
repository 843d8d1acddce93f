import { isMap as isYamlMap, isScalar, parse, parseDocument, stringify } from 'yaml';

/**
 * dvc.lock (schema 2.0) as DVC 3 writes it (dvc/stage/serialize.py, to_single_stage_lockfile):
 * per stage the cmd as written, deps and outs sorted by path (metrics and plots are outs), each
 * with `hash: md5`, the md5 (directories: the md5 of their `.dir` listing plus ".dir"), size
 * and, for directories, nfiles; params per file (the default params.yaml first, then by path),
 * keys sorted. Pure: hashing files is the adapter's job.
 */

export const LOCK_FILE = 'dvc.lock';
export const DEFAULT_PARAMS = 'params.yaml';

/** DVC's hash of a file or directory. */
export interface DvcHash {
  /** Hex md5; directories end in `.dir`. */
  readonly md5: string;
  readonly size: number;
  /** Directories only. */
  readonly nfiles?: number;
}

export interface LockOut {
  readonly path: string;
  readonly hash: 'md5';
  readonly md5: string;
  readonly size: number;
  readonly nfiles?: number;
}

export interface LockStage {
  readonly cmd: string | readonly string[];
  readonly deps?: readonly LockOut[];
  readonly params?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly outs?: readonly LockOut[];
}

export interface LockDocument {
  readonly schema: '2.0';
  readonly stages: Readonly<Record<string, LockStage>>;
}

/** One file of a directory, for its `.dir` listing. */
export interface DirEntry {
  /** Relative to the directory, posix separators. */
  readonly relpath: string;
  readonly md5: string;
}

/**
 * The bytes DVC hashes for a directory: `json.dumps(entries, sort_keys=True)` of the entries
 * sorted by relpath. Python's defaults: separators ", " and ": ", non-ASCII escaped as \uXXXX.
 */
export function dirListingJson(entries: readonly DirEntry[]): string {
  const sorted = [...entries].sort((a, b) => compareCodePoints(a.relpath, b.relpath));
  return `[${sorted
    .map(
      (e) =>
        `{${pyJsonString('md5')}: ${pyJsonString(e.md5)}, ${pyJsonString('relpath')}: ${pyJsonString(e.relpath)}}`,
    )
    .join(', ')}]`;
}

/** Python's json.dumps of a string with ensure_ascii=True. */
export function pyJsonString(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Python compares strings by code point; JavaScript's `<` by UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i] as string).codePointAt(0)! - (y[i] as string).codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

export function lockOut(path: string, hash: DvcHash): LockOut {
  return {
    path,
    hash: 'md5',
    md5: hash.md5,
    size: hash.size,
    ...(hash.nfiles !== undefined ? { nfiles: hash.nfiles } : {}),
  };
}

export interface StageLockInput {
  readonly cmd: string | readonly string[];
  /** Paths as written (relative to the stage wdir) with their hashes. */
  readonly deps: readonly { path: string; hash: DvcHash }[];
  readonly outs: readonly { path: string; hash: DvcHash }[];
  /** Params file (relative to the wdir) → key → value; a whole file is its top-level keys. */
  readonly params: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
}

export function stageLock(input: StageLockInput): LockStage {
  const byPath = (a: { path: string }, b: { path: string }) => compareCodePoints(a.path, b.path);
  const deps = [...input.deps].sort(byPath).map((d) => lockOut(d.path, d.hash));
  const outs = [...input.outs].sort(byPath).map((o) => lockOut(o.path, o.hash));
  const files = [...input.params.keys()].sort((a, b) =>
    a === DEFAULT_PARAMS ? -1 : b === DEFAULT_PARAMS ? 1 : compareCodePoints(a, b),
  );
  const params: Record<string, Record<string, unknown>> = {};
  for (const file of files) {
    const values = input.params.get(file) ?? {};
    params[file] = Object.fromEntries(
      Object.keys(values)
        .sort(compareCodePoints)
        .map((k) => [k, values[k]]),
    );
  }
  return {
    cmd: input.cmd,
    ...(deps.length > 0 ? { deps } : {}),
    ...(files.length > 0 ? { params } : {}),
    ...(outs.length > 0 ? { outs } : {}),
  };
}

/**
 * YAML the way DVC (ruamel) writes it: block style, lists not indented, single quotes, and never
 * an anchor or alias (two equal entries are written out twice, as DVC does).
 */
export function stringifyLock(doc: LockDocument): string {
  return stringify(doc, LOCK_YAML);
}

const LOCK_YAML = {
  indentSeq: false,
  lineWidth: 0,
  singleQuote: true,
  aliasDuplicateObjects: false,
} as const;

/** A stage entry to write: new, or the exact text it had in the previous lock. */
export interface LockEntryText {
  readonly name: string;
  readonly entry: LockStage;
  /** Text to keep verbatim (`  name:\n    cmd: ...\n`), from lockStageTexts. */
  readonly keep?: string;
}

/**
 * Writes a lock whose kept entries are byte-identical to the previous file, so that `git diff`
 * shows only the stages that changed.
 */
export function renderLock(entries: readonly LockEntryText[]): string {
  let text = "schema: '2.0'\nstages:\n";
  if (entries.length === 0) return stringifyLock({ schema: '2.0', stages: {} });
  for (const { name, entry, keep } of entries) {
    text += keep ?? stringify({ stages: { [name]: entry } }, LOCK_YAML).replace(/^stages:\n/, '');
  }
  return text;
}

/**
 * Each stage's text in a lock file written in the usual layout (`schema: '2.0'` then a block
 * `stages:` mapping, as DVC writes it); undefined for any other layout (then nothing is kept).
 */
export function lockStageTexts(text: string): Map<string, string> | undefined {
  if (!text.startsWith("schema: '2.0'\nstages:\n")) return undefined;
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text);
  } catch {
    return undefined;
  }
  if (doc.errors.length > 0) return undefined;
  const stages = doc.get('stages', true);
  if (!isYamlMap(stages) || stages.flow) return undefined;
  const starts: { name: string; at: number }[] = [];
  for (const pair of stages.items) {
    if (!isScalar(pair.key) || !pair.key.range) return undefined;
    const at = text.lastIndexOf('\n', pair.key.range[0]) + 1;
    starts.push({ name: String(pair.key.value), at });
  }
  const out = new Map<string, string>();
  starts.forEach(({ name, at }, i) => {
    const end = i + 1 < starts.length ? (starts[i + 1] as { at: number }).at : text.length;
    out.set(name, text.slice(at, end));
  });
  return out;
}

/** Equal as DVC reads them; an entry written by DVC 2 (no `hash: md5`) equals its DVC 3 form. */
export function sameLockEntry(a: LockStage, b: LockStage): boolean {
  const strip = (s: LockStage) => ({
    ...s,
    ...(s.deps ? { deps: s.deps.map(withoutHashName) } : {}),
    ...(s.outs ? { outs: s.outs.map(withoutHashName) } : {}),
  });
  return sameValue(strip(a), strip(b));
}

function withoutHashName(entry: LockOut): Omit<LockOut, 'hash'> {
  const { hash: _hash, ...rest } = entry as LockOut & { hash?: string };
  return rest;
}

/** The stages of a dvc.lock text; undefined when it is not a schema 2.0 lock. */
export function parseLock(text: string): LockDocument | undefined {
  let value: unknown;
  try {
    value = parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const doc = value as { schema?: unknown; stages?: unknown };
  if (String(doc.schema) !== '2.0') return undefined;
  const stages = typeof doc.stages === 'object' && doc.stages !== null ? doc.stages : {};
  return { schema: '2.0', stages: stages as Record<string, LockStage> };
}

/** A stage as the workspace has it now; an out whose hash is undefined was not pulled. */
export interface CurrentStage {
  readonly cmd: string | readonly string[];
  readonly deps: readonly { path: string; md5?: string }[];
  readonly outs: readonly { path: string; md5?: string }[];
  readonly params: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Why the recorded lock entry does not describe the current stage (empty: it does). */
export function lockDifferences(current: CurrentStage, recorded: LockStage | undefined): string[] {
  if (recorded === undefined) return ['not in dvc.lock'];
  const reasons: string[] = [];
  if (!sameValue(normalizeCmd(current.cmd), normalizeCmd(recorded.cmd)))
    reasons.push('cmd changed');
  for (const [what, now, then] of [
    ['dep', current.deps, recorded.deps ?? []],
    ['out', current.outs, recorded.outs ?? []],
  ] as const) {
    const before = new Map(then.map((e) => [e.path, e.md5]));
    const after = new Set(now.map((e) => e.path));
    for (const entry of now) {
      if (!before.has(entry.path)) reasons.push(`${what} ${entry.path} is not in dvc.lock`);
      else if (entry.md5 !== undefined && entry.md5 !== before.get(entry.path))
        reasons.push(`${what} ${entry.path} changed`);
    }
    for (const path of before.keys())
      if (!after.has(path)) reasons.push(`${what} ${path} is no longer declared`);
  }
  const recordedParams = recorded.params ?? {};
  for (const file of new Set([...Object.keys(current.params), ...Object.keys(recordedParams)])) {
    const now = current.params[file] ?? {};
    const then = recordedParams[file] ?? {};
    for (const key of new Set([...Object.keys(now), ...Object.keys(then)])) {
      if (!(key in then)) reasons.push(`param ${file}:${key} is not in dvc.lock`);
      else if (!(key in now)) reasons.push(`param ${file}:${key} is no longer declared`);
      else if (!sameValue(now[key], then[key])) reasons.push(`param ${file}:${key} changed`);
    }
  }
  return reasons;
}

function normalizeCmd(cmd: string | readonly string[] | undefined): string[] {
  if (cmd === undefined) return [];
  return typeof cmd === 'string' ? [cmd] : [...cmd];
}

/** Deep equality of YAML values (mapping key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, i) => sameValue(item, b[i]))
    );
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const keys = Object.keys(x);
    return (
      keys.length === Object.keys(y).length && keys.every((k) => k in y && sameValue(x[k], y[k]))
    );
  }
  return false;
}

/** Posix path of `path` relative to `dir` (both root-relative), as DVC writes def_path. */
export function relativePosix(dir: string, path: string): string {
  const from = dir === '' ? [] : dir.split('/');
  const to = path === '' ? [] : path.split('/');
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...to.slice(common)].join('/') || '.';
}
