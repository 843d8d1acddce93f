import type { CheckRunContent } from '../../ports.js';
import type { ApiResult, GitHubClient, Repo } from './client.js';

/** Creates a completed check run; annotations beyond the first 50 go in follow-up updates. */
export async function publishCheckRun(
  client: GitHubClient,
  repo: Repo,
  check: { name: string; headSha: string; content: CheckRunContent; detailsUrl?: string },
): Promise<ApiResult<{ id: number; html_url?: string }>> {
  const [first = [], ...rest] = check.content.annotationBatches;
  const output = { title: check.content.title, summary: check.content.summary };
  const created = await client.request<{ id: number; html_url?: string }>(
    'POST /repos/{owner}/{repo}/check-runs',
    {
      ...repo,
      name: check.name,
      head_sha: check.headSha,
      status: 'completed',
      conclusion: check.content.conclusion,
      ...(check.detailsUrl ? { details_url: check.detailsUrl } : {}),
      output: { ...output, annotations: first },
    },
  );
  if (!created.ok) return created;
  for (const batch of rest) {
    const updated = await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: created.value.id,
      output: { ...output, annotations: batch },
    });
    if (!updated.ok) return updated;
  }
  return created;
}

/** Creates the pull request's reprokit comment once, then edits that same comment on every push. */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: Repo,
  comment: { issueNumber: number; marker: string; body: string },
): Promise<ApiResult<{ id: number; html_url?: string; action: 'created' | 'updated' }>> {
  const existing = await client.paginate<{
    id: number;
    body?: string;
    user?: { login?: string } | null;
  }>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: comment.issueNumber,
    per_page: 100,
  });
  if (!existing.ok) return existing;
  const self = await tokenLogin(client);
  // Only our own comment: anyone can post a comment that quotes the marker.
  const ours = existing.value.find(
    (c) => c.body?.includes(comment.marker) && c.user?.login?.toLowerCase() === self.toLowerCase(),
  );
  if (ours) {
    const updated = await client.request<{ id: number; html_url?: string }>(
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
      {
        ...repo,
        comment_id: ours.id,
        body: comment.body,
      },
    );
    return updated.ok ? { ok: true, value: { ...updated.value, action: 'updated' } } : updated;
  }
  const created = await client.request<{ id: number; html_url?: string }>(
    'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    {
      ...repo,
      issue_number: comment.issueNumber,
      body: comment.body,
    },
  );
  return created.ok ? { ok: true, value: { ...created.value, action: 'created' } } : created;
}

/** The author of comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login comments made with this token are authored by. GraphQL's `viewer` answers for every
 * kind of token (the GITHUB_TOKEN and app installation tokens give `<app>[bot]`, where REST
 * `GET /user` is refused); `GET /user` covers a server without GraphQL; the GITHUB_TOKEN's bot
 * is the last resort.
 */
export async function tokenLogin(client: GitHubClient): Promise<string> {
  const viewer = await client.graphql<{ viewer?: { login?: string } }>(
    'query { viewer { login } }',
  );
  if (viewer.ok && viewer.value.viewer?.login) return viewer.value.viewer.login;
  const user = await client.request<{ login?: string }>('GET /user', {});
  if (user.ok && user.value.login) return user.value.login;
  return ACTIONS_BOT_LOGIN;
}
