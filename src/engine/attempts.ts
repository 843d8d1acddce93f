import type { StageRuntime } from '../core/pipeline.js';
import type { EngineEvent, StageFailure } from './events.js';

/** One attempt's outcome: what it produced, or why it failed. */
export type AttemptOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: StageFailure };

export interface AttemptLoop<T> {
  readonly stage: string;
  /** Undefined: one attempt, no time limit. */
  readonly runtime: StageRuntime | undefined;
  /** The run's signal: a stop ends the running attempt and cancels any further one. */
  readonly signal: AbortSignal;
  /**
   * Aborts when the run is winding down (another stage failed without --keep-going): the
   * running attempt may finish, but a failed one is final and a retry wait ends at once.
   */
  readonly noMoreAttempts?: AbortSignal;
  readonly emit: (event: EngineEvent) => void;
  /** Before every attempt after the first: removes what the failed one left behind. */
  readonly reset: () => Promise<void>;
  /** One attempt; everything it starts must stop when `signal` aborts. */
  readonly attempt: (signal: AbortSignal) => Promise<AttemptOutcome<T>>;
}

export type AttemptsResult<T> = AttemptOutcome<T> & {
  /** The attempt the stage ended on, counting from 1, and how many it was allowed. */
  readonly attempt: { readonly number: number; readonly of: number };
};

/**
 * Runs attempts until one succeeds, the retries are used up, or the run is stopped. Each
 * attempt gets its own signal: the run's, combined with its own timer for `timeout`, so a
 * timeout stops the command exactly as a cancellation does (the runner's process-group
 * TERM, then KILL) and the two are told apart here, by which signal fired.
 */
export async function runAttempts<T>(loop: AttemptLoop<T>): Promise<AttemptsResult<T>> {
  const of = 1 + (loop.runtime?.retries ?? 0);
  for (let number = 1; ; number++) {
    if (number > 1) await loop.reset();
    const outcome = await timedAttempt(loop);
    const attempt = { number, of };
    const windingDown = loop.noMoreAttempts?.aborted === true;
    if (outcome.ok || number >= of || !retryable(outcome.failure) || loop.signal.aborted)
      return { ...outcome, attempt };
    if (windingDown) return { ...outcome, attempt };
    const delayMs = loop.runtime?.retryDelay.ms ?? 0;
    loop.emit({
      type: 'stage-retry',
      stage: loop.stage,
      attempt: number,
      of,
      failure: outcome.failure,
      delayMs,
    });
    await pause(
      delayMs,
      loop.noMoreAttempts ? AbortSignal.any([loop.signal, loop.noMoreAttempts]) : loop.signal,
    );
    // Stopped while waiting: the failed attempt is the last; nothing more starts.
    if (loop.signal.aborted) return { ok: false, failure: { kind: 'interrupted' }, attempt };
    if (loop.noMoreAttempts?.aborted) return { ...outcome, attempt };
  }
}

async function timedAttempt<T>(loop: AttemptLoop<T>): Promise<AttemptOutcome<T>> {
  const timeout = loop.runtime?.timeout;
  if (loop.signal.aborted) return { ok: false, failure: { kind: 'interrupted' } };
  if (!timeout) return interruptedIfStopped(await loop.attempt(loop.signal), loop.signal);
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(), timeout.ms);
  try {
    const outcome = await loop.attempt(AbortSignal.any([loop.signal, timer.signal]));
    if (outcome.ok) return outcome;
    if (loop.signal.aborted) return { ok: false, failure: { kind: 'interrupted' } };
    if (timer.signal.aborted) return { ok: false, failure: { kind: 'timed-out', after: timeout } };
    return outcome;
  } finally {
    clearTimeout(handle);
  }
}

function interruptedIfStopped<T>(
  outcome: AttemptOutcome<T>,
  signal: AbortSignal,
): AttemptOutcome<T> {
  return !outcome.ok && signal.aborted ? { ok: false, failure: { kind: 'interrupted' } } : outcome;
}

/** Another attempt cannot help: the run was stopped, or the container engine is missing. */
function retryable(failure: StageFailure): boolean {
  return failure.kind !== 'interrupted' && failure.kind !== 'container-unavailable';
}

/** Waits `ms`, or less when the signal aborts first. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const done = () => {
      clearTimeout(handle);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const handle = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
