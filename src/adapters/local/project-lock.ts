import {
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { tempName } from './atomic.js';
import { processAlive } from './processes.js';

/** Who holds the project lock; written into the lock file, shown to whoever waits for it. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  /** ISO time the holder took the lock. */
  readonly startedAt: string;
}

export type LockAttempt =
  | { readonly ok: true; readonly lock: ProjectLock; readonly tookOverFrom?: LockHolder }
  | { readonly ok: false; readonly reason: 'busy'; readonly holder: LockHolder }
  | { readonly ok: false; readonly reason: 'interrupted' }
  | {
      readonly ok: false;
      readonly reason: 'unwritable';
      readonly path: string;
      readonly cause: string;
    };

export interface LockRequest {
  /** The project's state directory (`.reprokit`); the lock is `lock` inside it. */
  readonly dir: string;
  readonly command: string;
  /** false: answer `busy` at once instead of waiting. */
  readonly wait: boolean;
  readonly signal: AbortSignal;
  /** Called once when the lock is held by a live process and we start waiting. */
  readonly onWait?: (holder: LockHolder) => void;
  /** How often a waiter looks again (the holder may die without removing the file). */
  readonly pollMs?: number;
}

const LOCK = 'lock';
/** Held for a few system calls while a stale lock is replaced, so two waiters cannot both take it. */
const BREAKER = 'lock.break';

/**
 * The advisory project lock: one `reprokit run` at a time per project. A file created with
 * link(2), which fails if the name exists, so taking it is atomic (also on NFS); its content is
 * complete from the first moment (written to a temporary name first). A lock whose holder is
 * a dead process of this host is stale and taken over. A holder on another host cannot be
 * checked: the waiter keeps waiting and says so.
 */
export class ProjectLock {
  private released = false;
  private constructor(
    private readonly file: string,
    readonly holder: LockHolder,
  ) {}

  static async acquire(request: LockRequest): Promise<LockAttempt> {
    const file = join(request.dir, LOCK);
    const me: LockHolder = {
      pid: process.pid,
      host: hostname(),
      command: request.command,
      startedAt: new Date().toISOString(),
    };
    let announced = false;
    for (;;) {
      if (request.signal.aborted) return { ok: false, reason: 'interrupted' };
      let created: boolean;
      try {
        created = createLockFile(request.dir, file, me);
      } catch (e) {
        return unwritable(file, e);
      }
      if (created) return { ok: true, lock: new ProjectLock(file, me) };
      const holder = readHolder(file) ?? unreadable(file);
      if (holder && isStale(holder)) {
        let replaced: boolean;
        try {
          replaced = replaceStale(request.dir, file, holder, me);
        } catch (e) {
          return unwritable(file, e);
        }
        if (replaced) return { ok: true, lock: new ProjectLock(file, me), tookOverFrom: holder };
        continue;
      }
      // No holder: the file vanished or is being replaced right now; look again at once.
      if (!holder) continue;
      if (!request.wait) return { ok: false, reason: 'busy', holder };
      if (!announced) request.onWait?.(holder);
      announced = true;
      await pause(request.pollMs ?? 100, request.signal);
    }
  }

  /** Removes the lock if it is still ours (never someone else's that replaced a stale copy). */
  release(): void {
    if (this.released) return;
    this.released = true;
    const current = readHolder(this.file);
    if (current && sameHolder(current, this.holder)) rmSync(this.file, { force: true });
  }
}

function createLockFile(dir: string, file: string, me: LockHolder): boolean {
  mkdirSync(dir, { recursive: true });
  const tmp = tempName(file);
  writeFileSync(tmp, JSON.stringify(me) + '\n');
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    rmSync(tmp, { force: true });
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return undefined;
    return {
      pid: value.pid,
      host: value.host,
      command: typeof value.command === 'string' ? value.command : '',
      startedAt: typeof value.startedAt === 'string' ? value.startedAt : '',
    };
  } catch {
    return undefined;
  }
}

/** A lock file nobody could have written (not JSON, no pid): treated as a dead holder's. */
function unreadable(file: string): LockHolder | undefined {
  if (!existsSync(file)) return undefined;
  return { pid: 0, host: hostname(), command: '(unreadable lock file)', startedAt: '' };
}

function isStale(holder: LockHolder): boolean {
  return holder.host === hostname() && !processAlive(holder.pid);
}

function sameHolder(a: LockHolder, b: LockHolder): boolean {
  return a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt;
}

/**
 * Replaces a stale lock under the breaker, re-reading it there: of two waiters that both saw the
 * dead holder, the second finds the first one's live lock and goes back to waiting.
 */
function replaceStale(dir: string, file: string, stale: LockHolder, me: LockHolder): boolean {
  const breaker = join(dir, BREAKER);
  const breakerHolder: LockHolder = { ...me, command: 'replacing a stale lock' };
  if (!createLockFile(dir, breaker, breakerHolder)) {
    // Only a process that died within these few calls leaves the breaker behind.
    const other = readHolder(breaker);
    if (other && isStale(other)) rmSync(breaker, { force: true });
    return false;
  }
  try {
    const current = readHolder(file);
    if (current && !sameHolder(current, stale)) return false;
    try {
      unlinkSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    return createLockFile(dir, file, me);
  } finally {
    rmSync(breaker, { force: true });
  }
}

function unwritable(file: string, e: unknown): LockAttempt {
  const error = e as NodeJS.ErrnoException;
  return { ok: false, reason: 'unwritable', path: error.path ?? file, cause: error.message };
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
