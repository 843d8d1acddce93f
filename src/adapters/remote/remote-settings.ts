import { readFileSync } from 'node:fs';
import type { CacheSettings } from '../../core/pipeline.js';
import type { RemoteLocation } from '../../core/remote-url.js';
import { parseRemoteUrl } from '../../core/remote-url.js';

/** What the user asked for, from each place a remote can be configured. */
export interface RemoteRequest {
  /** `--remote URL` (CLI) or the `remote:` input (action). */
  readonly url?: string;
  /** `--remote-write` / `--no-remote-write`, or the `remote-write:` input. */
  readonly write?: boolean;
  readonly endpoint?: string;
  readonly manifest?: CacheSettings;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The run is a pull request from a fork (its credentials, if any, must not write). */
  readonly forkPullRequest: boolean;
}

export interface RemoteSettings {
  readonly location: RemoteLocation;
  readonly endpoint?: string;
  readonly region?: string;
  readonly write: boolean;
  /** Why writing is off when the user did not turn it off. */
  readonly readOnlyBecause?: string;
}

export type RemoteSettingsResult =
  | { readonly ok: true; readonly value: RemoteSettings | undefined }
  | { readonly ok: false; readonly error: string };

/**
 * Which remote to use, first found wins: the command line (or action input), the REPROKIT_REMOTE
 * variable, the manifest's `cache.remote`. `REPROKIT_REMOTE=none` (or `--remote none`) turns a
 * manifest's remote off. Writing is on unless asked off or the run is a fork's pull request.
 */
export function resolveRemote(request: RemoteRequest): RemoteSettingsResult {
  const url = [request.url, request.env['REPROKIT_REMOTE'], request.manifest?.remote].find(
    (u) => u !== undefined && u.trim() !== '',
  );
  if (url === undefined || url.trim() === 'none') return { ok: true, value: undefined };
  const parsed = parseRemoteUrl(url);
  if (!parsed.ok) return parsed;
  const writeEnv = parseSwitch(request.env['REPROKIT_REMOTE_WRITE']);
  if (writeEnv === 'invalid')
    return { ok: false, error: 'REPROKIT_REMOTE_WRITE must be true or false' };
  const asked = request.write ?? writeEnv;
  const write = asked ?? !request.forkPullRequest;
  const endpoint = request.endpoint ?? request.manifest?.endpoint;
  return {
    ok: true,
    value: {
      location: parsed.value,
      ...(endpoint ? { endpoint } : {}),
      ...(request.manifest?.region ? { region: request.manifest.region } : {}),
      write,
      // Worth a warning only when the user did not ask for it.
      ...(!write && asked === undefined
        ? { readOnlyBecause: 'this is a pull request from a fork (remote-write: true overrides)' }
        : {}),
    },
  };
}

function parseSwitch(value: string | undefined): boolean | undefined | 'invalid' {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^(1|true|yes|on)$/i.test(value.trim())) return true;
  if (/^(0|false|no|off)$/i.test(value.trim())) return false;
  return 'invalid';
}

/**
 * From the GitHub event payload (GITHUB_EVENT_PATH): a pull request whose head lives in
 * another repository. Anything unreadable counts as "not a fork": the credentials decide then.
 */
export function isForkPullRequest(
  env: Readonly<Record<string, string | undefined>>,
  readEvent: (path: string) => string | undefined,
): boolean {
  const name = env['GITHUB_EVENT_NAME'];
  if (name !== 'pull_request' && name !== 'pull_request_target') return false;
  const path = env['GITHUB_EVENT_PATH'];
  const text = path ? readEvent(path) : undefined;
  if (!text) return false;
  try {
    const event = JSON.parse(text) as {
      pull_request?: {
        head?: { repo?: { full_name?: string; fork?: boolean } | null };
        base?: { repo?: { full_name?: string } };
      };
    };
    const head = event.pull_request?.head?.repo;
    const base = event.pull_request?.base?.repo;
    if (head === null) return true; // the fork was deleted
    if (!head || !base) return false;
    return head.fork === true || head.full_name !== base.full_name;
  } catch {
    return false;
  }
}

/** Reads the event payload for fork detection; a missing file is no event. */
export function readEventFile(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
