import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commentMarker } from '../../src/report/feedback.js';
import type { ActionsService } from '../support/actions-service.js';
import { startActionsService } from '../support/actions-service.js';
import type { ArtifactServiceFake } from '../support/artifact-service.js';
import { registerArtifactService } from '../support/artifact-service.js';
import type { GitHubApi } from '../support/github-api.js';
import { pullRequestEvent, startGitHubApi, writeEvent } from '../support/github-api.js';
import { TempProject } from '../support/project.js';
import { runAction } from '../support/run-action.js';

/**
 * The GitHub side through the bundled action against the loopback fakes: whose sticky comment
 * is updated, what the summary says when Pages fails, and `retention-days: 0`.
 */

const MANIFEST = `stages:
  site:
    cmd: mkdir -p site && echo '<h1>report</h1>' > site/index.html && touch site/.nojekyll
    outs: [site/]
publish:
  pages: site/
  artifacts:
    report: site/
`;

describe('GitHub feedback and publishing edges (bundled action)', () => {
  let service: ActionsService;
  let artifacts: ArtifactServiceFake;
  let api: GitHubApi;
  const cleanup: string[] = [];

  beforeEach(async () => {
    service = await startActionsService();
    artifacts = registerArtifactService(service);
    api = await startGitHubApi({
      defaultBranch: 'main',
      artifactExists: (id) => artifacts.artifact(id) !== undefined,
    });
  });
  afterEach(async () => {
    await api.close();
    await service.close();
    for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function checkout(): string {
    const p = new TempProject({ 'reprokit.yml': MANIFEST });
    cleanup.push(p.root);
    return p.root;
  }

  function eventEnv(
    name: string,
    payload: Record<string, unknown>,
    extra: Record<string, string> = {},
  ) {
    const dir = mkdtempSync(join(tmpdir(), 'reprokit-event-'));
    cleanup.push(dir);
    return {
      ...service.env,
      ...api.env(),
      ...writeEvent(dir, name, payload),
      GITHUB_REPOSITORY: `${api.owner}/${api.repo}`,
      GITHUB_RUN_ID: '42',
      REPROKIT_PAGES_POLL_MS: '5',
      ...extra,
    };
  }

  const pushEnv = () =>
    eventEnv(
      'push',
      {
        ref: 'refs/heads/main',
        repository: { full_name: `${api.owner}/${api.repo}`, default_branch: 'main' },
      },
      { GITHUB_REF_NAME: 'main', GITHUB_SHA: 'a'.repeat(40) },
    );

  it('updates only its own sticky comment: one by someone else quoting the marker is left alone', async () => {
    const marker = commentMarker('reprokit.yml');
    const quoted = api.addComment(7, `Look at this: ${marker} (not the bot)`, 'mallory');
    const pr = () => eventEnv('pull_request', pullRequestEvent(api, { number: 7 }));
    for (let run = 0; run < 2; run++) {
      const result = await runAction({
        workspace: checkout(),
        env: pr(),
        inputs: { 'github-token': api.token },
      });
      expect(result.code).toBe(0);
      artifacts.clear(); // the next run is another workflow run, with its own artifacts
    }
    const comments = api.comments(7);
    expect(comments.find((c) => c.id === quoted.id)?.body).toBe(
      `Look at this: ${marker} (not the bot)`,
    );
    const ours = comments.filter((c) => c.user.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body.startsWith(marker)).toBe(true);
    expect(api.calls('POST', '/issues/{number}/comments')).toHaveLength(1);
    expect(api.calls('PATCH', '/issues/comments/{id}').map((r) => r.path)).toEqual([
      `/repos/${api.owner}/${api.repo}/issues/comments/${ours[0]?.id}`,
    ]);
  });

  it('a failed Pages deployment is not shown with ✅ in the job summary', async () => {
    api.setDeploymentStatuses(['deployment_in_progress', 'deployment_failed']);
    const run = await runAction({
      workspace: checkout(),
      env: pushEnv(),
      inputs: { 'github-token': api.token },
    });
    expect(run.code).toBe(1);
    expect(run.summary).not.toContain('✅ reprokit');
    expect(run.summary).toMatch(/^## ❌ reprokit/m);
    expect(run.summary).toContain('### ❌ Publishing failed');
    expect(run.summary).toContain('the Pages deployment ended with deployment\\_failed');
  });

  it('retention-days: 0 means the repository default: the upload happens without a retention', async () => {
    const run = await runAction({
      workspace: checkout(),
      env: pushEnv(),
      inputs: { 'github-token': api.token, 'retention-days': '0', 'deploy-pages': 'false' },
    });
    expect(run.code).toBe(0);
    expect(artifacts.artifact('report')?.retentionDays).toBeUndefined();
    const bad = await runAction({
      workspace: checkout(),
      env: pushEnv(),
      inputs: { 'github-token': api.token, 'retention-days': '-1', 'deploy-pages': 'false' },
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('retention-days');
  });
});
