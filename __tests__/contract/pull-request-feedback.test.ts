import { GitHubFeedback } from '../../src/adapters/github/feedback.js';
import { applyEnv } from '../support/actions-service.js';
import type { GitHubApi } from '../support/github-api.js';
import { startGitHubApi } from '../support/github-api.js';
import { MemoryFeedback } from '../support/memory-feedback.js';
import { pullRequestFeedbackContract } from './pull-request-feedback.contract.js';

/**
 * The octokit adapter over the loopback GitHub API. @actions/github takes its base URL when it is
 * first imported, so one API serves the file; each harness gets its own pull request and reads
 * back only the check runs created after it started.
 */
let api: GitHubApi;
let restoreEnv: () => void;
let pullRequest = 0;

beforeAll(async () => {
  api = await startGitHubApi({ owner: 'octo-org', repo: 'pipeline' });
  restoreEnv = applyEnv(api.env());
});

afterAll(async () => {
  restoreEnv();
  await api.close();
});

pullRequestFeedbackContract('GitHubFeedback (octokit, loopback GitHub API)', async () => {
  api.setPermissions({ checks: 'write', issues: 'write', 'pull-requests': 'write' });
  const before = api.checkRuns().length;
  return {
    feedback: new GitHubFeedback(api.token, { owner: api.owner, repo: api.repo }),
    login: 'github-actions[bot]',
    issueNumber: ++pullRequest,
    checks: () =>
      api
        .checkRuns()
        .slice(before)
        .map((c) => ({
          name: c.name,
          headSha: c.head_sha,
          conclusion: c.conclusion ?? '',
          title: c.output.title ?? '',
          annotations: c.annotations.map((a) => ({
            path: a.path,
            start_line: a.start_line,
            title: a.title ?? '',
          })),
          ...(c.details_url !== null ? { detailsUrl: c.details_url } : {}),
        })),
    comments: (n) => api.comments(n).map((c) => ({ id: c.id, body: c.body, author: c.user.login })),
    commentAs: (author, n, body) => void api.addComment(n, body, author),
    refuse: (what) =>
      api.setPermissions(
        what === 'checks' ? { checks: 'read' } : { issues: 'read', 'pull-requests': 'read' },
      ),
    dispose: async () => undefined,
  };
});

pullRequestFeedbackContract('MemoryFeedback (test fake)', async () => {
  const fake = new MemoryFeedback();
  return {
    feedback: fake,
    login: fake.login,
    issueNumber: 7,
    checks: () => fake.checks,
    comments: (n) =>
      fake.comments
        .filter((c) => c.issueNumber === n)
        .map((c) => ({ id: c.id, body: c.body, author: c.author })),
    commentAs: (author, n, body) => void fake.add(n, body, author),
    refuse: (what) => fake.refused.add(what),
    dispose: async () => undefined,
  };
});
