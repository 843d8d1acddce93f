import type { AttemptOutcome } from '../../src/engine/attempts.js';
import { runAttempts } from '../../src/engine/attempts.js';
import type { EngineEvent } from '../../src/engine/events.js';

const runtime = (retries: number, delayMs = 0, timeoutMs?: number) => ({
  retries,
  retryDelay: { ms: delayMs, text: `${delayMs / 1000}s` },
  ...(timeoutMs !== undefined ? { timeout: { ms: timeoutMs, text: `${timeoutMs}ms` } } : {}),
});

/** An attempt that only ends when its signal aborts, as a stopped command does. */
const hang = (signal: AbortSignal): Promise<AttemptOutcome<string>> =>
  new Promise((resolve) =>
    signal.addEventListener('abort', () =>
      resolve({ ok: false, failure: { kind: 'killed', signal: 'SIGTERM' } }),
    ),
  );

describe('runAttempts', () => {
  it('retries failed attempts, resetting before each, and reports the attempt that passed', async () => {
    const events: EngineEvent[] = [];
    const calls: string[] = [];
    let n = 0;
    const result = await runAttempts<string>({
      stage: 's',
      runtime: runtime(3),
      signal: new AbortController().signal,
      emit: (e) => events.push(e),
      reset: async () => void calls.push('reset'),
      attempt: async () => {
        calls.push('attempt');
        return ++n < 3
          ? { ok: false, failure: { kind: 'exited', code: n } }
          : { ok: true, value: 'x' };
      },
    });
    expect(result).toEqual({ ok: true, value: 'x', attempt: { number: 3, of: 4 } });
    expect(calls).toEqual(['attempt', 'reset', 'attempt', 'reset', 'attempt']);
    expect(events.map((e) => e.type === 'stage-retry' && [e.attempt, e.of, e.failure])).toEqual([
      [1, 4, { kind: 'exited', code: 1 }],
      [2, 4, { kind: 'exited', code: 2 }],
    ]);
  });

  it('a timeout stops the attempt through its signal and is reported as timed-out, then retried', async () => {
    const result = await runAttempts<string>({
      stage: 's',
      runtime: runtime(1, 0, 5),
      signal: new AbortController().signal,
      emit: () => undefined,
      reset: async () => undefined,
      attempt: hang,
    });
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'timed-out', after: { ms: 5, text: '5ms' } },
      attempt: { number: 2, of: 2 },
    });
  });

  it('a stop during the retry delay ends the wait at once; no further attempt starts', async () => {
    const run = new AbortController();
    let attempts = 0;
    const result = await runAttempts<string>({
      stage: 's',
      runtime: runtime(5, 3_600_000),
      signal: run.signal,
      emit: (e) => {
        if (e.type === 'stage-retry') run.abort();
      },
      reset: async () => undefined,
      attempt: async () => {
        attempts++;
        return { ok: false, failure: { kind: 'exited', code: 1 } };
      },
    });
    expect(attempts).toBe(1);
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'interrupted' },
      attempt: { number: 1, of: 6 },
    });
  });

  it('once the run winds down (another stage failed), a failed attempt is final and a retry wait ends', async () => {
    const windingDown = new AbortController();
    let attempts = 0;
    const waiting = await runAttempts<string>({
      stage: 's',
      runtime: runtime(5, 3_600_000),
      signal: new AbortController().signal,
      noMoreAttempts: windingDown.signal,
      emit: (e) => {
        if (e.type === 'stage-retry') windingDown.abort();
      },
      reset: async () => undefined,
      attempt: async () => {
        attempts++;
        return { ok: false, failure: { kind: 'exited', code: 1 } };
      },
    });
    expect(attempts).toBe(1);
    expect(waiting).toEqual({
      ok: false,
      failure: { kind: 'exited', code: 1 },
      attempt: { number: 1, of: 6 },
    });
    const retried: string[] = [];
    const already = await runAttempts<string>({
      stage: 's',
      runtime: runtime(5),
      signal: new AbortController().signal,
      noMoreAttempts: windingDown.signal,
      emit: (e) => void retried.push(e.type),
      reset: async () => undefined,
      attempt: async () => ({ ok: false, failure: { kind: 'exited', code: 2 } }),
    });
    expect(retried).toEqual([]);
    expect(already.attempt).toEqual({ number: 1, of: 6 });
  });

  it('a stop during an attempt is "interrupted", not a timeout, and is not retried', async () => {
    const run = new AbortController();
    const result = await runAttempts<string>({
      stage: 's',
      runtime: runtime(2, 0, 3_600_000),
      signal: run.signal,
      emit: () => undefined,
      reset: async () => undefined,
      attempt: (signal) => {
        queueMicrotask(() => run.abort());
        return hang(signal);
      },
    });
    expect(result).toEqual({
      ok: false,
      failure: { kind: 'interrupted' },
      attempt: { number: 1, of: 3 },
    });
  });

  it('does not retry when the container engine is missing', async () => {
    let attempts = 0;
    const result = await runAttempts<string>({
      stage: 's',
      runtime: runtime(2),
      signal: new AbortController().signal,
      emit: () => undefined,
      reset: async () => undefined,
      attempt: async () => {
        attempts++;
        return {
          ok: false,
          failure: {
            kind: 'container-unavailable',
            runtime: 'docker',
            image: 'x',
            detail: 'missing',
          },
        };
      },
    });
    expect(attempts).toBe(1);
    expect(result.attempt).toEqual({ number: 1, of: 3 });
  });
});
