import { cpus } from 'node:os';
import type { RunOptions } from '../engine/engine.js';

/** What an entry asks for; everything left out has the one default both entries share. */
export interface StageRequest {
  /** Stages to bring up to date, with everything they need; empty: all. */
  readonly targets?: readonly string[];
  readonly force?: readonly string[];
  readonly forceAll?: boolean;
  /** Default: the number of CPUs. */
  readonly jobs?: number;
  readonly keepGoing?: boolean;
  /** Default: nothing beyond what stages that run read. */
  readonly restore?: RunOptions['restore'];
  /** The action's cache-salt; the local cache has none. */
  readonly salt?: string;
  readonly signal: AbortSignal;
}

/** The one place RunOptions are assembled. */
export function runOptions(request: StageRequest, mode: RunOptions['mode']): RunOptions {
  return {
    targets: request.targets ?? [],
    force: { stages: request.force ?? [], all: request.forceAll ?? false },
    jobs: request.jobs ?? Math.max(1, cpus().length),
    keepGoing: request.keepGoing ?? false,
    mode,
    restore: request.restore ?? [],
    salt: request.salt ?? '',
    signal: request.signal,
  };
}
