import type { PlotTable } from './plots/types.js';

/**
 * What is remembered about one successful run of a stage: the key, the material the key was
 * computed from (to explain later why a stage became stale), and the content of every output.
 * Small by design: deciding freshness and computing downstream keys needs only this record,
 * never the output bytes.
 */
export interface StageRecord {
  readonly version: 1;
  readonly stage: string;
  readonly key: string;
  readonly fingerprint: Fingerprint;
  readonly outputs: readonly OutputRecord[];
  readonly durationMs: number;
  /** ISO time the stage finished. */
  readonly createdAt: string;
  /** Parsed content of the stage's metrics outputs, by path: PR comments diff them without downloads. */
  readonly metrics?: Readonly<Record<string, unknown>>;
  /** Rows of the plots data files among its outputs, by path, bounded (core/plots/bound.ts). */
  readonly plots?: Readonly<Record<string, PlotTable>>;
}

export interface FileDigest {
  /** Relative to the project root. */
  readonly path: string;
  /** Content digest, hex: SHA-256 up to 8 MiB, a chunked tree digest above (docs/performance.md). */
  readonly digest: string;
  readonly size: number;
  readonly executable: boolean;
}

export interface OutputRecord {
  readonly path: string;
  readonly kind: 'file' | 'dir';
  /** Content digest of the whole output (see digestOfTree). */
  readonly digest: string;
  readonly files: readonly FileDigest[];
  /** False for `cache: false` outputs: tracked, never stored. */
  readonly cached: boolean;
}

/**
 * Everything that can change a stage's result. The key is the SHA-256 of its canonical JSON.
 * Each field says why it is here; a field added here changes every key, so bump keyVersion.
 */
export interface Fingerprint {
  /** Changing how keys are computed must not reuse entries made the old way. */
  readonly keyVersion: number;
  /** The commands are the recipe itself. */
  readonly cmd: readonly string[];
  /** bash -e -o pipefail and sh treat the same text differently. */
  readonly shell: string;
  /** Relative paths in the command resolve against it. */
  readonly wdir: string;
  /** Global and stage env (LC_ALL, seeds, flags) change what commands do. */
  readonly env: Readonly<Record<string, string>>;
  /**
   * The container image the commands ran in (`image:`): its digest when docker knows it, else
   * the reference as written. The whole toolchain lives in it. Absent for stages without an
   * image, so their keys are the same as before images existed (no keyVersion bump needed: no
   * old fingerprint can equal a new one that has this field).
   */
  readonly image?: string;
  /** Values of the declared params, as `file:dotted.key` → value. Only declared keys count. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Declared outputs and their options: a different output set is a different result. */
  readonly outs: readonly { path: string; cache: boolean; persist: boolean }[];
  /** Content digest of every dep (files, directories, globs), by declared path. */
  readonly deps: Readonly<Record<string, string>>;
  /** Stages ordered with `needs` affect the result through side effects we cannot see. */
  readonly needs: readonly string[];
  /** A user-chosen string (e.g. `cache-salt`) to start a fresh set of keys. */
  readonly salt: string;
}
