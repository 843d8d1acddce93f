/**
 * The engine's view of the outside world. Each interface is small, takes and returns plain
 * values, and has one contract test suite (__tests__/contract/<port>.contract.ts) run against its
 * real adapter and its in-memory fake (__tests__/support), so the fakes cannot drift.
 */
import type { StageRecord, FileDigest } from './core/record.js';

/** Facts about one path in the workspace (lstat, symlinks inside the root followed). */
export interface PathInfo {
  readonly kind: 'file' | 'dir';
  readonly size: number;
}

/** The project directory. All paths are root-relative with posix separators. */
export interface Workspace {
  readonly root: string;
  /** undefined when missing; throws WorkspaceEscape for a symlink leaving the root. */
  info(path: string): Promise<PathInfo | undefined>;
  /** Every file under a directory, sorted, root-relative. Escaping symlinks throw WorkspaceEscape. */
  listFiles(dir: string): Promise<string[]>;
  /** Files matching a glob (see core/glob.ts), sorted. */
  glob(pattern: string): Promise<string[]>;
  readText(path: string): Promise<string | undefined>;
  remove(path: string): Promise<void>;
  /** Throws WorkspaceEscape when writing at this path would land outside the project. */
  assertInside(path: string): void;
  /** Something under these paths changed: forget what was remembered about them. */
  invalidate(paths: readonly string[]): void;
}

export class WorkspaceEscape extends Error {
  constructor(
    readonly path: string,
    readonly target: string,
  ) {
    super(`${path} is a symlink to ${target}, outside the project`);
  }
}

/** A path that exists but is neither a regular file nor a directory (a FIFO, socket or device). */
export class SpecialFile extends Error {
  constructor(
    readonly path: string,
    readonly kind: 'FIFO' | 'socket' | 'device',
  ) {
    super(`${path} is a ${kind}, not a file`);
  }
}

/**
 * Writing reprokit's own record of a result failed (disk full, read-only directory): an
 * expected failure of the environment, reported with the path and the cause, never a crash.
 */
export class RecordWriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`could not record the result in ${path}: ${reason}`);
  }
}

/** Content digests of files. An implementation may remember digests between runs (stat cache). */
export interface Hasher {
  hashFiles(paths: readonly string[]): Promise<Map<string, FileDigest>>;
}

export type RestoreOutcome =
  { readonly ok: true; readonly bytes: number } | { readonly ok: false; readonly reason: string };

export type SaveOutcome =
  | { readonly ok: true; readonly bytes: number }
  /** `reported`: the cache already warned about it (warn once, not once per stage). */
  | { readonly ok: false; readonly reason: string; readonly reported?: boolean };

/**
 * Where stage results are kept between runs, keyed by stage key. Never fails a build:
 * implementations turn service errors into misses and `ok: false` outcomes.
 */
export interface StageCache {
  readonly name: string;
  /** The record saved under this key, without downloading outputs. */
  lookup(stage: string, key: string): Promise<StageRecord | undefined>;
  /** The newest record of the stage under any key (to explain what changed). */
  latest(stage: string): Promise<StageRecord | undefined>;
  /** Writes the cached outputs of the record into the workspace, verifying every digest. */
  restore(record: StageRecord): Promise<RestoreOutcome>;
  /** Stores the record and its cached outputs (read from the workspace). */
  save(record: StageRecord): Promise<SaveOutcome>;
}

/** What this workspace last ran: the freshness baseline, kept beside the project. */
export interface StateStore {
  read(stage: string): Promise<StageRecord | undefined>;
  write(record: StageRecord): Promise<void>;
}

export interface CommandSpec {
  readonly argv: readonly string[];
  /** Absolute directory. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly onOutput: (chunk: string, stream: 'stdout' | 'stderr') => void;
  readonly signal: AbortSignal;
}

export interface CommandResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** The command could not start (e.g. the shell is missing). */
  readonly spawnError?: string;
}

export interface CommandRunner {
  run(spec: CommandSpec): Promise<CommandResult>;
}

/** How an image reference is pinned for the stage key. */
export type PinnedImage =
  /** `name@sha256:…`: the digest docker reports for the image, or the one written. */
  | { readonly kind: 'digest'; readonly ref: string }
  /** The tag as written: the image is not pulled here, or docker is not available. */
  | { readonly kind: 'as-written'; readonly ref: string; readonly why: 'not-pulled' | 'no-docker' };

export interface ContainerCommandSpec extends CommandSpec {
  readonly image: string;
  /** The project root: mounted at the same path, so absolute paths mean the same inside. */
  readonly mount: string;
  /** Variables passed into the container by name (their values are in `env`): the manifest's env. */
  readonly passEnv: readonly string[];
  /** For the container's name (and so for `docker kill` on a stop). */
  readonly label: string;
}

/** The container engine's failure to start at all (not the command's failure inside it). */
export interface ContainerUnavailable {
  readonly unavailable: string;
}

/**
 * Runs commands in container images (docker). A stop through `signal` ends the container too,
 * not only the client process.
 */
export interface ContainerRuntime {
  readonly name: string;
  pin(image: string): Promise<PinnedImage>;
  run(spec: ContainerCommandSpec): Promise<CommandResult | ContainerUnavailable>;
}

/** Milliseconds since the epoch; never goes backwards within a run (durations are differences). */
export type Clock = () => number;

// ---------------------------------------------------------------- feedback on GitHub

/** A line of a check run that points at a file (GitHub's REST field names). */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'failure' | 'warning' | 'notice';
  readonly title: string;
  readonly message: string;
}

export interface CheckRunContent {
  readonly conclusion: 'success' | 'failure' | 'cancelled';
  readonly title: string;
  readonly summary: string;
  /** Sent 50 per request: the first batch on create, the rest by updates. */
  readonly annotationBatches: readonly (readonly CheckAnnotation[])[];
}
