import type { Stage } from './pipeline.js';
import type { Fingerprint } from './record.js';

/** Bump when the meaning of any fingerprint field changes. */
export const KEY_VERSION = 1;

/** SHA-256 of UTF-8 text, hex. Injected so the core stays free of Node built-ins. */
export type Sha256 = (text: string) => string;

export interface FingerprintInputs {
  /** Content digest of each declared dep, by dep path. */
  readonly deps: Readonly<Record<string, string>>;
  /** Values of declared params, by `file:key` (or `file` for whole files). */
  readonly params: Readonly<Record<string, unknown>>;
  readonly salt: string;
  /** The pinned image reference of a stage with `image:` (see ContainerRuntime.pin). */
  readonly image?: string;
}

/**
 * Every object in the fingerprint is built with its keys in code-unit order, so plain
 * JSON.stringify already gives the canonical text (see canonicalJson) without sorting again:
 * keys are computed thousands of times per run.
 */
export function buildFingerprint(stage: Stage, inputs: FingerprintInputs): Fingerprint {
  return {
    cmd: stage.cmd,
    deps: sortedRecord(inputs.deps),
    env: sortedRecord(stage.env),
    ...(inputs.image !== undefined ? { image: inputs.image } : {}),
    keyVersion: KEY_VERSION,
    needs: stage.needs.map((n) => n.stage).sort(compareText),
    outs: stage.outs
      .map((o) => ({ cache: o.cache, path: o.path, persist: o.persist }))
      .sort((a, b) => compareText(a.path, b.path)),
    params: sortedDeep(inputs.params) as Record<string, unknown>,
    salt: inputs.salt,
    shell: stage.shell,
    wdir: stage.wdir,
  };
}

/** sha256 of the canonical JSON of a fingerprint made by buildFingerprint. */
export function stageKey(fingerprint: Fingerprint, sha256: Sha256): string {
  return sha256(JSON.stringify(fingerprint));
}

interface TreeFile {
  readonly relpath: string;
  readonly digest: string;
}

/**
 * The digest of a set of files: SHA-256 over `sha256sum`-style lines (`<digest>  <relpath>\n`)
 * sorted by relative path, so anyone can recompute it with coreutils.
 */
export function treeDigest(files: readonly TreeFile[], sha256: Sha256): string {
  // Directory listings come sorted: check (one pass) before sorting a copy.
  let sorted = true;
  for (let i = 1; i < files.length && sorted; i++)
    sorted = compareText((files[i - 1] as TreeFile).relpath, (files[i] as TreeFile).relpath) <= 0;
  const inOrder = sorted ? files : [...files].sort((a, b) => compareText(a.relpath, b.relpath));
  const lines = new Array<string>(inOrder.length);
  for (let i = 0; i < inOrder.length; i++) {
    const f = inOrder[i] as TreeFile;
    lines[i] = `${f.digest}  ${f.relpath}\n`;
  }
  return sha256(lines.join(''));
}

/**
 * `treeDigest` of files inside `dir`, each line's relpath cut from its path as it is written:
 * no object and no relpath string per file (a directory dep can hold 100,000 files).
 */
export function treeDigestWithin(
  files: readonly { readonly path: string; readonly digest: string }[],
  dir: string,
  sha256: Sha256,
): string {
  // Inside one directory, the order of paths is the order of relpaths.
  const cut = dir === '' ? 0 : dir.length + 1;
  const lines = new Array<string>(files.length);
  for (let i = 0; i < files.length; i++) {
    const f = files[i] as { readonly path: string; readonly digest: string };
    if (i > 0 && compareText((files[i - 1] as { path: string }).path, f.path) > 0)
      return treeDigest(
        files.map((g) => ({ relpath: g.path.slice(cut), digest: g.digest })),
        sha256,
      );
    lines[i] = `${f.digest}  ${f.path.slice(cut)}\n`;
  }
  return sha256(lines.join(''));
}

/** JSON with object keys sorted at every level: equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareText(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Code-unit order, independent of locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy with every object's keys in code-unit order (arrays keep their order). */
export function sortedDeep(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedDeep);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareText)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out[key] = sortedDeep(item);
  }
  return out;
}

function sortedRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort(compareText)) out[key] = record[key] as T;
  return out;
}
