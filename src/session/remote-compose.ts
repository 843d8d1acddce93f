import { LayeredCache } from '../adapters/layered/layered-cache.js';
import type { RemoteCache, TransferProgress } from '../adapters/remote/remote-cache.js';
import {
  isForkPullRequest,
  readEventFile,
  resolveRemote,
} from '../adapters/remote/remote-settings.js';
import type { EngineServices } from '../engine/engine.js';
import type { Project } from '../engine/project.js';

export interface RemoteChoice {
  /** `--remote` or the action's `remote` input. */
  readonly url?: string;
  readonly write?: boolean;
  readonly endpoint?: string;
  readonly project: Project;
  readonly root: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly warn: (message: string) => void;
  readonly onTransfer?: (progress: TransferProgress) => void;
}

export type OpenedRemote =
  | { readonly ok: true; readonly remote: RemoteCache | undefined }
  | { readonly ok: false; readonly error: string };

/**
 * The remote cache a run uses (CLI and action alike), or none; a bad URL is bad input. The S3
 * client (1.8 MB of bundled SDK) is loaded only when there is a remote: compiling it cost every
 * command 100–200 ms of start-up.
 */
export async function chooseRemote(choice: RemoteChoice): Promise<OpenedRemote> {
  const resolved = resolveRemote({
    ...(choice.url !== undefined ? { url: choice.url } : {}),
    ...(choice.write !== undefined ? { write: choice.write } : {}),
    ...(choice.endpoint !== undefined ? { endpoint: choice.endpoint } : {}),
    ...(choice.project.pipeline.cache ? { manifest: choice.project.pipeline.cache } : {}),
    env: choice.env,
    forkPullRequest: isForkPullRequest(choice.env, readEventFile),
  });
  if (!resolved.ok) return resolved;
  if (!resolved.value) return { ok: true, remote: undefined };
  const { openRemote } = await import('../adapters/remote/open-remote.js');
  return {
    ok: true,
    remote: openRemote({
      settings: resolved.value,
      root: choice.root,
      env: choice.env,
      warn: choice.warn,
      ...(choice.onTransfer ? { onTransfer: choice.onTransfer } : {}),
    }),
  };
}

/**
 * The services with the remote behind the cache they have (local on a laptop, the Actions cache
 * in CI); the remote alone when there is no other cache (e.g. the Actions cache is unavailable).
 */
export function layerRemote(
  services: EngineServices,
  remote: RemoteCache | undefined,
  warn: (message: string) => void,
): EngineServices {
  if (!remote) return services;
  if (!services.cache) return { ...services, cache: remote };
  const cache = new LayeredCache(
    [
      { cache: services.cache, write: true },
      { cache: remote, write: remote.writable },
    ],
    warn,
  );
  return { ...services, cache };
}
