import { readFileSync } from 'node:fs';

/** What the action needs to know about the workflow run, read from the runner's environment. */
export interface RunContext {
  readonly eventName: string;
  readonly sha: string;
  /** Branch (or tag) name of the run: for a pull request, its head branch. */
  readonly branch: string;
  readonly owner: string;
  readonly repo: string;
  readonly runId: string;
  readonly serverUrl: string;
  readonly defaultBranch?: string;
  readonly pullRequest?: {
    readonly number: number;
    readonly baseBranch: string;
    readonly headSha: string;
    /** From a fork: the token is read-only and there is no id-token. */
    readonly fromFork: boolean;
  };
}

interface EventPayload {
  repository?: { full_name?: string; default_branch?: string };
  pull_request?: {
    number?: number;
    base?: { ref?: string };
    head?: { sha?: string; repo?: { full_name?: string } };
  };
}

export function readRunContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  let payload: EventPayload = {};
  try {
    if (env.GITHUB_EVENT_PATH)
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload;
  } catch {
    payload = {};
  }
  const [owner = '', repo = ''] = (
    env.GITHUB_REPOSITORY ??
    payload.repository?.full_name ??
    '/'
  ).split('/');
  const pr = payload.pull_request;
  const pullRequest =
    pr?.number !== undefined
      ? {
          number: pr.number,
          baseBranch: pr.base?.ref ?? env.GITHUB_BASE_REF ?? '',
          headSha: pr.head?.sha ?? env.GITHUB_SHA ?? '',
          fromFork:
            (pr.head?.repo?.full_name ?? '') !==
            (payload.repository?.full_name ?? `${owner}/${repo}`),
        }
      : undefined;
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    sha: env.GITHUB_SHA ?? '',
    branch: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
    owner,
    repo,
    runId: env.GITHUB_RUN_ID ?? '',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    ...(payload.repository?.default_branch
      ? { defaultBranch: payload.repository.default_branch }
      : {}),
    ...(pullRequest ? { pullRequest } : {}),
  };
}

/** Pages deploys from the default branch, or on runs someone asked for; never from a pull request. */
export function shouldDeployPages(
  setting: 'auto' | 'true' | 'false',
  context: RunContext,
): boolean {
  if (setting !== 'auto') return setting === 'true';
  if (context.pullRequest) return false;
  if (context.eventName === 'workflow_dispatch' || context.eventName === 'schedule') return true;
  return (
    context.eventName === 'push' &&
    context.defaultBranch !== undefined &&
    context.branch === context.defaultBranch
  );
}
