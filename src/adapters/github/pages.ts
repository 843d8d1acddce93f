import type { GitHubClient, Repo } from './client.js';

/** Statuses after which a deployment will not succeed (from deploy-pages). */
const FATAL = new Set([
  'deployment_failed',
  'deployment_content_failed',
  'deployment_cancelled',
  'deployment_lost',
  'deployment_attempt_error',
]);

export interface PagesDeploy {
  readonly client: GitHubClient;
  readonly repo: Repo;
  readonly artifactId: number;
  readonly sha: string;
  readonly idToken: string;
  readonly timeoutMs: number;
  readonly pollMs: number;
  readonly log: (message: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type PagesOutcome =
  { readonly ok: true; readonly pageUrl: string } | { readonly ok: false; readonly reason: string };

/** Creates a Pages deployment of an uploaded `github-pages` artifact and waits for it, as deploy-pages does. */
export async function deployPages(deploy: PagesDeploy): Promise<PagesOutcome> {
  const { client, repo } = deploy;
  const sleep = deploy.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const created = await client.request<{
    id: number | string;
    page_url?: string;
    status_url?: string;
  }>('POST /repos/{owner}/{repo}/pages/deployments', {
    ...repo,
    artifact_id: deploy.artifactId,
    pages_build_version: deploy.sha,
    oidc_token: deploy.idToken,
  });
  if (!created.ok)
    return { ok: false, reason: explainCreateFailure(created.status, created.message) };
  const id = created.value.id;
  const started = Date.now();
  let last = '';
  for (;;) {
    const state = await client.request<{ status: string }>(
      'GET /repos/{owner}/{repo}/pages/deployments/{id}',
      { ...repo, id },
    );
    if (state.ok) {
      const status = state.value.status;
      if (status !== last) deploy.log(`Pages deployment ${id}: ${status}`);
      last = status;
      if (status === 'succeed') return { ok: true, pageUrl: created.value.page_url ?? '' };
      if (FATAL.has(status))
        return { ok: false, reason: `the Pages deployment ended with ${status}` };
    } else if (state.status !== 404) {
      return {
        ok: false,
        reason: `could not read the Pages deployment status (${state.status} ${state.message})`,
      };
    }
    if (Date.now() - started >= deploy.timeoutMs) {
      const cancelled = await client.request(
        'POST /repos/{owner}/{repo}/pages/deployments/{id}/cancel',
        { ...repo, id },
      );
      const note = cancelled.ok
        ? 'it was cancelled'
        : `cancelling it failed too (${cancelled.status})`;
      return {
        ok: false,
        reason: `the Pages deployment did not finish within ${Math.round(deploy.timeoutMs / 1000)} s (last status ${last || 'unknown'}); ${note}`,
      };
    }
    await sleep(deploy.pollMs);
  }
}

function explainCreateFailure(status: number, message: string): string {
  if (status === 404) {
    return `GitHub Pages is not enabled for this repository, or its source is not "GitHub Actions" (Settings → Pages → Source: GitHub Actions) [${status}: ${message}]`;
  }
  if (status === 403)
    return `the token may not deploy Pages: give the job \`permissions: {pages: write, id-token: write}\` [${status}: ${message}]`;
  if (status === 400 && /environment/i.test(message)) {
    return `run the deploying job in the github-pages environment (\`environment: github-pages\`) [${status}: ${message}]`;
  }
  return `creating the Pages deployment failed [${status}: ${message}]`;
}
