import { join } from 'node:path';
import type { LockHolder } from '../../adapters/local/project-lock.js';
import { ProjectLock } from '../../adapters/local/project-lock.js';
import { sweepTempFiles } from '../../adapters/local/sweep.js';
import { STATE_DIR } from '../../session/compose.js';
import type { CliIo } from './io.js';
import type { ParsedArgs } from './spec.js';
import { flag } from './spec.js';

/** `run --no-wait` while another run holds the project: "try again later" (sysexits EX_TEMPFAIL). */
export const EXIT_BUSY = 75;

/**
 * Takes the project lock for the commands that write (`run`, not `--dry-run`); read-only ones
 * (`status`, `plan`, `dag`) never wait. Then sweeps temporary files that killed runs left behind.
 * Returns the lock to release, undefined when none is needed, or the exit code to end with.
 */
export async function lockForCommand(
  root: string,
  args: ParsedArgs,
  io: CliIo,
  options: { cacheDir?: string; argv: readonly string[] },
): Promise<ProjectLock | undefined | number> {
  if (args.command !== 'run' || flag(args, 'dry-run')) return undefined;
  const dir = join(root, STATE_DIR);
  const attempt = await ProjectLock.acquire({
    dir,
    command: `reprokit ${options.argv.join(' ')}`.slice(0, 200),
    wait: !flag(args, 'no-wait'),
    signal: io.signal,
    onWait: (holder) =>
      io.stderr.write(`reprokit: waiting for ${describe(holder)}; Ctrl-C to stop\n`),
  });
  if (!attempt.ok) {
    switch (attempt.reason) {
      case 'busy':
        io.stderr.write(
          `reprokit: not started: ${describe(attempt.holder)} (--no-wait; exit ${EXIT_BUSY})\n`,
        );
        return EXIT_BUSY;
      case 'interrupted':
        io.stderr.write('reprokit: stopped while waiting for the project lock; nothing was run\n');
        return 130;
      case 'unwritable':
        io.stderr.write(
          `reprokit: cannot lock the project: ${attempt.cause}\n` +
            `  (run needs to write ${dir}; status, plan and dag work on a read-only checkout)\n`,
        );
        return 1;
    }
  }
  if (attempt.tookOverFrom) {
    io.stderr.write(
      `reprokit: notice: took over the project lock of pid ${attempt.tookOverFrom.pid} ("${attempt.tookOverFrom.command}"), which is no longer running\n`,
    );
  }
  sweep(dir, options.cacheDir, io);
  return attempt.lock;
}

/** "the run started 12 s ago by pid 4242 ("reprokit run") on host" */
function describe(holder: LockHolder): string {
  const started = Date.parse(holder.startedAt);
  const ago = Number.isNaN(started)
    ? ''
    : ` started ${Math.max(0, Math.round((Date.now() - started) / 1000))} s ago`;
  return `the run${ago} by pid ${holder.pid} ("${holder.command}") on ${holder.host}`;
}

function sweep(stateDir: string, cacheDir: string | undefined, io: CliIo): void {
  const now = Date.now();
  // The default store (.reprokit/cache/objects/ab/…) lies three levels down.
  const removed = sweepTempFiles(stateDir, { depth: 3, now });
  if (cacheDir) removed.push(...sweepTempFiles(cacheDir, { depth: 2, now }));
  if (removed.length > 0)
    io.stderr.write(
      `reprokit: removed ${removed.length} temporary file${removed.length === 1 ? '' : 's'} left by an interrupted run\n`,
    );
}
