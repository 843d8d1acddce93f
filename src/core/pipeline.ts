import type { Diagnostic, SourceRef } from './diagnostics.js';
import type { Duration } from './duration.js';
import type { DvcStageDetails } from './dvc/details.js';
import type { PlotDefinition } from './plots/types.js';

/**
 * The validated pipeline: what every manifest format (reprokit.yml, dvc.yaml) is turned into.
 * All paths are relative to the project root, posix separators, no trailing slash, never
 * absolute and never escaping the root (validation guarantees it).
 */
export interface Pipeline {
  /** The manifest this came from, relative to the project root. */
  readonly manifestFile: string;
  readonly format: 'reprokit' | 'dvc';
  readonly stages: readonly Stage[];
  readonly publish: Publish;
  /** Team cache settings (`cache:` in reprokit.yml; docs/remote-cache.md). */
  readonly cache?: CacheSettings;
  /** Top-level `plots:` definitions (stages' plots outputs carry their own: OutSpec.plot). */
  readonly plots?: readonly PlotDefinition[];
  /** Problems that did not stop reading (e.g. ignored dvc.yaml keys); loadProject passes them on. */
  readonly notices?: readonly Diagnostic[];
}

export type ShellName = 'bash' | 'sh' | 'pwsh';

export interface Stage {
  /** Letters, digits, `_ . -` (and `@` for names generated from dvc.yaml). */
  readonly name: string;
  readonly desc?: string;
  /** Commands run in sequence; the stage fails at the first that fails. */
  readonly cmd: readonly string[];
  /** Working directory of the commands, relative to the root ('' for the root itself). */
  readonly wdir: string;
  /** Global env overlaid by the stage's env. */
  readonly env: Readonly<Record<string, string>>;
  readonly shell: ShellName;
  readonly deps: readonly DepSpec[];
  readonly params: readonly ParamRef[];
  readonly outs: readonly OutSpec[];
  /**
   * `!pattern` entries of deps: files they match are left out of the stage's glob and directory
   * deps. Optional: only reprokit.yml has them.
   */
  readonly excludes?: readonly DepExclude[];
  /** Stages that must finish first although no file connects them. */
  readonly needs: readonly NeedRef[];
  /** Never fresh: runs every time (e.g. a data fetch). */
  readonly alwaysRun: boolean;
  /** Never re-run: its recorded outputs are taken as they are. */
  readonly frozen: boolean;
  /**
   * Time limit and retries (`timeout`, `retries`, `retry_delay`, or `defaults:`). Not part of
   * the key: they decide whether a result is produced, never what it is. Absent: one attempt,
   * no limit (dvc.yaml stages).
   */
  readonly runtime?: StageRuntime;
  /**
   * Container image the commands run in (`image:`, a tag or `name@sha256:…`), as written. The
   * pinned reference (digest when known) is part of the key.
   */
  readonly image?: string;
  /** Where the stage is declared (its name key). */
  readonly source: SourceRef;
  /** Stages read from dvc.yaml: how they were written there (for dvc.lock). */
  readonly dvc?: DvcStageDetails;
}

export interface StageRuntime {
  /** Each attempt is stopped (process group TERM, then KILL) after this long. */
  readonly timeout?: Duration;
  /** Extra attempts after a failed one (0: run once). */
  readonly retries: number;
  /** The wait before each extra attempt. */
  readonly retryDelay: Duration;
}

export interface DepSpec {
  /** Root-relative; for a glob, the root-relative pattern (see core/glob.ts). */
  readonly path: string;
  /** `file-or-dir` is decided on disk; `dir` was written with a trailing slash; `glob` has wildcards. */
  readonly kind: 'file-or-dir' | 'dir' | 'glob';
  /** A glob that may match no file (`{path: 'x/*.csv', optional: true}`); otherwise that is an error. */
  readonly optional?: boolean;
  readonly source: SourceRef;
}

export interface DepExclude {
  /** Root-relative pattern, or path when `kind` is `path` (the path and everything under it). */
  readonly pattern: string;
  readonly kind: 'glob' | 'path';
  readonly source: SourceRef;
}

export interface OutSpec {
  readonly path: string;
  /** Stored in the cache (false: tracked for freshness, never stored or restored). */
  readonly cache: boolean;
  /** Not deleted before the stage runs (the command updates it in place). */
  readonly persist: boolean;
  /** A metrics file (JSON or YAML) to show and diff. */
  readonly metric: boolean;
  /** A plots output (`plots:` of a stage): how to draw it. */
  readonly plot?: PlotDefinition;
  readonly source: SourceRef;
}

export interface ParamRef {
  /** Params file, relative to the root. */
  readonly file: string;
  /** Dotted keys; `all` takes the whole file. */
  readonly keys: readonly string[] | 'all';
  readonly source: SourceRef;
  /** Where each key is written, parallel to `keys` (a missing key is underlined alone). */
  readonly keySources?: readonly SourceRef[];
}

export interface NeedRef {
  readonly stage: string;
  readonly source: SourceRef;
}

export interface Publish {
  readonly pages?: PublishTarget;
  readonly artifacts: readonly ArtifactTarget[];
}

export interface PublishTarget {
  readonly path: string;
  readonly source: SourceRef;
}

export interface ArtifactTarget {
  readonly name: string;
  readonly paths: readonly PublishTarget[];
  readonly source: SourceRef;
}

export interface CacheSettings {
  /** `s3://bucket/prefix`: the shared remote cache. */
  readonly remote?: string;
  /** An S3-compatible store's URL (MinIO, R2, Ceph RGW). */
  readonly endpoint?: string;
  readonly region?: string;
}
