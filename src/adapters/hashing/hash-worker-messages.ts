/** What the pool (`hash-worker-pool.ts`) and a worker thread (`hash-worker.ts`) say to each other. */

/** Hash files `base + paths.split('\0')[i]` (see HashKernel.runFiles). */
export interface FilesJob {
  readonly type: 'files';
  readonly id: number;
  readonly sab: SharedArrayBuffer;
  readonly n: number;
  /** The paths joined with NUL: one string crosses the port faster than an array of many. */
  readonly paths: string;
  readonly base: string;
}

/** Hash the leaves of large files (see HashKernel.runChunks). */
export interface ChunksJob {
  readonly type: 'chunks';
  readonly id: number;
  readonly sab: SharedArrayBuffer;
  readonly units: number;
  readonly paths: readonly string[];
  readonly sizes: readonly number[];
  readonly first: readonly number[];
}

export type HashJob = FilesJob | ChunksJob;

/**
 * The answer to job `id`. With `error`, the units the worker claimed may be left undone (the
 * pool redoes them and stops using that worker).
 */
export interface HashReply {
  readonly id: number;
  readonly error?: string;
}
