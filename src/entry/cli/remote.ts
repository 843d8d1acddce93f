import type { RemoteCache, TransferProgress } from '../../adapters/remote/remote-cache.js';
import type { EngineServices } from '../../engine/engine.js';
import type { Project } from '../../engine/project.js';
import type { OpenedRemote } from '../../session/remote-compose.js';
import { chooseRemote, layerRemote } from '../../session/remote-compose.js';
import type { ParsedArgs } from './spec.js';
import { count, flag, text } from './spec.js';

/** What the remote commands read from the command line. */
export interface RemoteArgs {
  readonly command: string;
  readonly noCache?: boolean;
  readonly remote?: string;
  readonly remoteWrite?: boolean;
  readonly remoteEndpoint?: string;
  readonly gcDelete?: boolean;
  readonly keepDays?: number;
  readonly stages: readonly string[];
}

export function remoteArgs(args: ParsedArgs): RemoteArgs {
  const remote = text(args, 'remote');
  const endpoint = text(args, 'remote-endpoint');
  const keepDays = count(args, 'keep-days');
  const write = flag(args, 'no-remote-write')
    ? false
    : flag(args, 'remote-write')
      ? true
      : undefined;
  return {
    command: args.command,
    noCache: flag(args, 'no-cache'),
    ...(remote !== undefined ? { remote } : {}),
    ...(write !== undefined ? { remoteWrite: write } : {}),
    ...(endpoint !== undefined ? { remoteEndpoint: endpoint } : {}),
    gcDelete: flag(args, 'delete'),
    ...(keepDays !== undefined ? { keepDays } : {}),
    stages: args.operands,
  };
}
import type { CliIo } from './io.js';

const warner = (io: CliIo) => (message: string) =>
  io.stderr.write(`reprokit: warning: ${message}\n`);

/** The remote cache this command uses, from --remote, REPROKIT_REMOTE or the manifest. */
export function cliRemote(
  args: RemoteArgs,
  io: CliIo,
  project: Project,
  root: string,
  onTransfer?: (progress: TransferProgress) => void,
): Promise<OpenedRemote> {
  if (args.noCache) return Promise.resolve({ ok: true, remote: undefined });
  return chooseRemote({
    ...(args.remote !== undefined ? { url: args.remote } : {}),
    ...(args.remoteWrite !== undefined ? { write: args.remoteWrite } : {}),
    ...(args.remoteEndpoint !== undefined ? { endpoint: args.remoteEndpoint } : {}),
    project,
    root,
    env: io.env,
    warn: warner(io),
    ...(onTransfer ? { onTransfer } : {}),
  });
}

/** The services with the remote behind the local cache. */
export function withRemote(
  services: EngineServices,
  remote: RemoteCache | undefined,
  io: CliIo,
): EngineServices {
  return layerRemote(services, remote, warner(io));
}
