import type { RemoteCache } from '../../../adapters/remote/remote-cache.js';
import { remoteGc } from '../../../adapters/remote/remote-gc.js';
import { remoteUrl } from '../../../core/remote-url.js';
import { formatBytes } from '../../../core/units.js';
import type { CliIo } from '../io.js';

export interface RemoteGcCommand {
  readonly remote: RemoteCache;
  /** Keys to keep: what the current manifest needs (the CLI computes them like `status`). */
  readonly keepKeys: ReadonlySet<string>;
  readonly keepDays: number;
  /** Remote gc deletes only when asked (`--delete`): a bucket is shared by a team. */
  readonly dryRun: boolean;
  readonly io: CliIo;
  readonly now: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** `reprokit gc --remote URL [--delete] [--keep-days N]`. */
export async function gcRemote(command: RemoteGcCommand): Promise<number> {
  const { io } = command;
  try {
    const result = await remoteGc({
      remote: command.remote,
      keepKeys: command.keepKeys,
      keepNewerThanMs: command.keepDays * DAY,
      // --keep-days 0 asks for everything unneeded to go now, even objects a writer may still
      // be recording (its save then fails once and is retried by its next run).
      graceMs: command.keepDays === 0 ? 0 : DAY,
      dryRun: command.dryRun,
      now: command.now,
    });
    const verb = command.dryRun ? 'would remove' : 'removed';
    io.stdout.write(
      `gc ${remoteUrl(command.remote.location)}: ${verb} ${result.entries.removed} entries and ` +
        `${result.objects.removed} objects (${formatBytes(result.objects.bytes)}); kept ` +
        `${result.entries.kept} entries and ${result.objects.kept} objects\n` +
        (command.dryRun ? 'This was a dry run: add --delete to remove them.\n' : ''),
    );
    return 0;
  } catch (e) {
    io.stderr.write(
      `reprokit: gc of ${remoteUrl(command.remote.location)} failed: ${(e as Error).message}\n`,
    );
    return 1;
  }
}
