import { join } from 'node:path';
import { LocalCache } from '../../adapters/local/local-cache.js';
import type { RemoteCache, TransferProgress } from '../../adapters/remote/remote-cache.js';
import type { EngineServices } from '../../engine/engine.js';
import type { Project } from '../../engine/project.js';
import { gcRemote } from './commands/gc-remote.js';
import { pull } from './commands/pull.js';
import { push } from './commands/push.js';
import { stagesWithKeys, TransferTally } from './commands/transfer-plan.js';
import type { CliIo } from './io.js';
import type { RemoteArgs } from './remote.js';
import { cliRemote, withRemote } from './remote.js';

export interface RemoteCommandContext {
  readonly args: RemoteArgs;
  readonly io: CliIo;
  readonly project: Project;
  readonly root: string;
  /** The local cache's directory. */
  readonly cacheDir: string;
  /** Services with the local cache only. */
  readonly services: EngineServices;
}

/** push, pull and gc: each command's module gets its options from here (wiring only). */
export async function remoteCommand(context: RemoteCommandContext): Promise<number> {
  const { args, io, project, root } = context;
  const tally = new TransferTally();
  const onTransfer = (p: TransferProgress) => tally.add(p);
  const opened = await cliRemote(args, io, project, root, onTransfer);
  if (!opened.ok) {
    io.stderr.write(`reprokit: ${opened.error}\n`);
    return 2;
  }
  const remote = opened.remote;
  if (!remote) {
    io.stderr.write(
      `reprokit: ${args.command} needs a remote: --remote s3://bucket/prefix, REPROKIT_REMOTE or cache.remote in the manifest\n`,
    );
    return 2;
  }
  if (args.command === 'gc') {
    const { wanted } = await stagesWithKeys(
      project,
      withRemote(context.services, remote, io),
      [],
      io.signal,
    );
    return gcRemote({
      remote,
      keepKeys: new Set(wanted.map((s) => s.key as string)),
      keepDays: args.keepDays ?? 30,
      dryRun: args.gcDelete !== true,
      io,
      now: Date.now(),
    });
  }
  const remoteAt = async (dir: string): Promise<RemoteCache> => {
    const again = await cliRemote(args, io, project, dir, onTransfer);
    if (!again.ok || !again.remote)
      throw new Error('Internal error: the remote could not be reopened');
    return again.remote;
  };
  const transfer = {
    project,
    remote,
    remoteAt,
    localAt: (dir: string) => new LocalCache(context.cacheDir, (p) => join(dir, p)),
    stagingDir: join(root, '.reprokit', 'tmp'),
    stages: args.stages,
    tally,
    io,
  };
  return args.command === 'push'
    ? push({ ...transfer, services: context.services })
    : pull({ ...transfer, services: withRemote(context.services, remote, io) });
}
