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
  /**
   * How many files `listFiles` would find, without naming them; `plain` when the directory holds
   * only regular files and directories (no symlink, FIFO…). Escaping symlinks throw WorkspaceEscape.
   */
  countFiles(dir: string): Promise<FileCount>;
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
  /**
   * The digest of every file under the directory `dir` as `treeDigestWithin` gives it, when this
   * hasher can vouch for the whole directory without hashing its files one by one (git finds a
   * tracked directory clean); undefined when it cannot, and the caller lists and hashes.
   * `files`: how many files the directory holds, all regular (Workspace.countFiles).
   */
  vouchTree(dir: string, files: number): Promise<VouchedTree | undefined>;
}

export interface FileCount {
  readonly files: number;
  readonly plain: boolean;
}

/** A directory's digest, and how many files (and bytes) it stands for. */
export interface VouchedTree {
  readonly digest: string;
  readonly files: number;
  readonly bytes: number;
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
  /**
   * Set when the command line of `argv` is one simple command (src/engine/shell.ts has the
   * rule). A runner may start these words itself instead of the shell, provided it behaves as
   * the shell would; whenever it cannot tell (program not found or not executable, anything
   * unusual in the environment), it runs `argv`. Ignoring this field is always correct.
   */
  readonly direct?: DirectCommand;
}

/** A command line that is one simple command: its words, and the shell `argv` would run. */
export interface DirectCommand {
  readonly shell: 'bash' | 'sh';
  readonly words: readonly string[];
  /** Its redirections, in the order the shell performs them. */
  readonly redirects: readonly Redirect[];
}

/**
 * `< file` (read), `> file` (write: create or truncate), `>> file` (append), on fd 0, 1 or 2;
 * `N>&M` (dup) makes fd N what fd M is at that point. `target` is the file, or M for dup.
 */
export interface Redirect {
  readonly fd: 0 | 1 | 2;
  readonly op: 'read' | 'write' | 'append' | 'dup';
  readonly target: string;
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

/** A request GitHub refused or that failed: the status lets the edge name a missing permission. */
export type FeedbackResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly message: string };

export interface CheckRunRequest {
  readonly name: string;
  readonly headSha: string;
  readonly content: CheckRunContent;
  /** Where the check's "Details" link goes (the workflow run). */
  readonly detailsUrl?: string;
}

export interface CommentRequest {
  readonly issueNumber: number;
  /** A hidden line in the body that finds the comment again on the next push. */
  readonly marker: string;
  readonly body: string;
}

export interface Posted {
  readonly id: number;
  readonly url?: string;
}

/**
 * Where a run's outcome is shown beside the code: a completed check run on the commit and one
 * comment on the pull request, kept up to date. Never throws: a refusal is a result, because
 * feedback is never a reason to fail a build. (The job summary is a file on the runner: the
 * action's toolkit writes it.)
 */
export interface PullRequestFeedback {
  /** A completed check run carrying every annotation of the content. */
  createCheck(check: CheckRunRequest): Promise<FeedbackResult<Posted>>;
  /** Creates the comment once, then edits that same one; never one another author wrote. */
  upsertComment(
    comment: CommentRequest,
  ): Promise<FeedbackResult<Posted & { readonly action: 'created' | 'updated' }>>;
}

// ---------------------------------------------------------------- earlier runs

/** A run's records as a cache keeps them (no output downloaded). */
export interface RecordedRun {
  /** The branch the run was on. */
  readonly branch: string;
  /** Its records by stage name: metrics (and plots) are read from them. */
  readonly stages: ReadonlyMap<string, StageRecord>;
}

/**
 * The runs this one is compared with (metrics now, plots from the same records). Never throws:
 * an unreachable service is no baseline.
 */
export interface MetricsBaseline {
  /** The run this one started from (this branch's previous run, or its base's); undefined: none. */
  previous(): Promise<RecordedRun | undefined>;
  /** The newest run of a branch (a pull request's base); undefined when none is in reach. */
  base(branch: string): Promise<RecordedRun | undefined>;
}
