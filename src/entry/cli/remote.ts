import { LayeredCache } from '../../adapters/layered/layered-cache.js';
import { isForkPullRequest, resolveRemote } from '../../adapters/remote/remote-settings.js';
import { openRemote, readEventFile } from '../../adapters/remote/open-remote.js';
import type { RemoteCache, TransferProgress } from '../../adapters/remote/remote-cache.js';
import type { EngineServices } from '../../engine/engine.js';
import type { Project } from '../../engine/project.js';
import type { CliArgs } from './args.js';
import type { CliIo } from './io.js';

export type CliRemote =
  | { readonly ok: true; readonly remote: RemoteCache | undefined }
  | { readonly ok: false; readonly error: string };

/** The remote cache this command uses, from --remote, REPROKIT_REMOTE or the manifest. */
export function cliRemote(
  args: CliArgs,
  io: CliIo,
  project: Project,
  root: string,
  onTransfer?: (progress: TransferProgress) => void,
): CliRemote {
  if (args.noCache) return { ok: true, remote: undefined };
  const resolved = resolveRemote({
    ...(args.remote !== undefined ? { url: args.remote } : {}),
    ...(args.remoteWrite !== undefined ? { write: args.remoteWrite } : {}),
    ...(args.remoteEndpoint !== undefined ? { endpoint: args.remoteEndpoint } : {}),
    ...(project.pipeline.cache ? { manifest: project.pipeline.cache } : {}),
    env: io.env,
    forkPullRequest: isForkPullRequest(io.env, readEventFile),
  });
  if (!resolved.ok) return resolved;
  if (!resolved.value) return { ok: true, remote: undefined };
  return {
    ok: true,
    remote: openRemote({
      settings: resolved.value,
      root,
      env: io.env,
      warn: (message) => io.stderr.write(`reprokit: warning: ${message}\n`),
      ...(onTransfer ? { onTransfer } : {}),
    }),
  };
}

/** The services with the remote behind the cache they have (local, or the Actions cache). */
export function withRemote(
  services: EngineServices,
  remote: RemoteCache | undefined,
  io: CliIo,
): EngineServices {
  if (!remote || !services.cache) return services;
  const cache = new LayeredCache(
    [
      { cache: services.cache, write: true },
      { cache: remote, write: remote.writable },
    ],
    (message) => io.stderr.write(`reprokit: warning: ${message}\n`),
  );
  return { ...services, cache };
}
