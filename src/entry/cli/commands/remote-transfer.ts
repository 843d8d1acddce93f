import { EXIT, openForCli, projectRoot } from '../context.js';
import type { CliIo } from '../io.js';
import { remoteArgs } from '../remote.js';
import { remoteCommand } from '../remote-commands.js';
import type { ParsedArgs } from '../spec.js';

/** `reprokit push`, `pull` and `gc --remote`: move or prune what the manifest needs on the remote. */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const root = projectRoot(args, io);
  if (root === undefined) return EXIT.usage;
  const session = await openForCli(args, io, { emit: () => undefined, remote: 'none' });
  if (typeof session === 'number') return session;
  try {
    return await remoteCommand({
      args: remoteArgs(args),
      io,
      project: session.project,
      root,
      cacheDir: session.cacheDir,
      services: session.services,
    });
  } finally {
    session.close();
  }
}
