import { jest } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsService } from '../support/actions-service.js';
import { startActionsService } from '../support/actions-service.js';
import type { ArtifactServiceFake } from '../support/artifact-service.js';
import { registerArtifactService } from '../support/artifact-service.js';
import type { GitHubApi } from '../support/github-api.js';
import { pullRequestEvent, startGitHubApi, writeEvent } from '../support/github-api.js';
import { TempProject } from '../support/project.js';
import { runAction } from '../support/run-action.js';

// Each test runs the bundled action (or the toolkit) several times in child processes: on a
// loaded machine that takes minutes. The tests check results, never speed.
jest.setTimeout(10 * 60_000);

const MANIFEST = `stages:
  site:
    cmd: mkdir -p site/.well-known && echo '<h1>report</h1>' > site/index.html && touch site/.nojekyll && echo contact > site/.well-known/security.txt
    outs: [site/]
  score:
    cmd: bash score.sh
    deps: [acc.txt, score.sh]
    metrics: [metrics.json]
publish:
  pages: site/
  artifacts:
    report: site/
`;

describe('publishing and pull-request feedback through the bundled action', () => {
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

  function checkout(acc: string): TempProject {
    const p = new TempProject({
      'reprokit.yml': MANIFEST,
      'acc.txt': acc,
      'score.sh': `printf '{"acc": %s, "model": {"loss": 0.25}}' "$(cat acc.txt)" > metrics.json\n`,
    });
    cleanup.push(p.root);
    return p;
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

  const pushEnv = (extra: Record<string, string> = {}) =>
    eventEnv(
      'push',
      {
        ref: 'refs/heads/main',
        repository: { full_name: `${api.owner}/${api.repo}`, default_branch: 'main' },
      },
      { GITHUB_REF_NAME: 'main', GITHUB_SHA: 'a'.repeat(40), ...extra },
    );

  it('on the default branch: uploads the artifact, deploys Pages with dotfiles kept, creates a check run', async () => {
    const run = await runAction({
      workspace: checkout('0.9').root,
      env: pushEnv(),
      inputs: { 'github-token': api.token },
    });
    expect(run.code).toBe(0);
    const report = artifacts.artifact('report');
    expect(report).toBeDefined();
    expect(
      artifacts
        .zipEntries('report')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['.nojekyll', '.well-known/security.txt', 'index.html']);
    const site = artifacts
      .pagesSite('github-pages')
      .filter((e) => e.type === 'file')
      .map((e) => e.name)
      .sort();
    expect(site).toEqual(['.nojekyll', '.well-known/security.txt', 'index.html']);
    expect(api.deployments()).toHaveLength(1);
    expect(run.outputs['page-url']).toMatch(/^https:\/\//);
    expect(JSON.parse(run.outputs['artifact-ids'] ?? '{}')).toEqual({ report: report?.id });
    const [check] = api.checkRuns();
    expect(check?.name).toBe('reprokit');
    expect(check?.conclusion).toBe('success');
    expect(check?.output?.summary).toContain('```mermaid');
    expect(api.comments()).toHaveLength(0);
    // the run's index (records and their metrics) is the next runs' baseline
    expect(service.entries().some((e) => e.key.includes('/index/main/'))).toBe(true);
  });

  it('on a pull request: one sticky comment, updated on the next push, with metrics against main', async () => {
    expect(
      (
        await runAction({
          workspace: checkout('0.9').root,
          env: pushEnv(),
          inputs: { 'github-token': api.token },
        })
      ).code,
    ).toBe(0);
    artifacts.clear(); // each run below is another workflow run, with its own artifacts
    const pr = (headSha: string) =>
      eventEnv('pull_request', pullRequestEvent(api, { number: 7, headSha }));
    const first = await runAction({
      workspace: checkout('0.95').root,
      env: pr('b'.repeat(40)),
      inputs: { 'github-token': api.token },
    });
    expect(first.code).toBe(0);
    expect(api.deployments()).toHaveLength(1); // no Pages deployment from a pull request
    let comments = api.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('| `metrics.json` acc | 0.9 | 0.95 | +0.05 (+5.56%) |');
    expect(comments[0]?.body).toContain('| `score` | 🔨 ran | dep acc.txt changed |');
    expect(comments[0]?.body).toContain('[report (artifact)](https://github.com/');
    artifacts.clear();
    const second = await runAction({
      workspace: checkout('0.97').root,
      env: pr('e'.repeat(40)),
      inputs: { 'github-token': api.token },
    });
    expect(second.code).toBe(0);
    comments = api.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('| `metrics.json` acc | 0.9 | 0.97 | +0.07 (+7.78%) |');
    expect(api.checkRuns().map((c) => c.head_sha)).toContain('e'.repeat(40));
  });

  it('says "no baseline" when the base branch never recorded metrics', async () => {
    const run = await runAction({
      workspace: checkout('0.5').root,
      env: eventEnv('pull_request', pullRequestEvent(api, { number: 9 })),
      inputs: { 'github-token': api.token },
    });
    expect(run.code).toBe(0);
    expect(api.comments(9)[0]?.body).toContain('No baseline');
  });

  it('from a fork: no writes, a notice, and a green build with the job summary', async () => {
    api.setFork(true);
    const run = await runAction({
      workspace: checkout('0.5').root,
      env: eventEnv('pull_request', pullRequestEvent(api, { number: 11, fork: true })),
      inputs: { 'github-token': api.token },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/::notice::This pull request comes from a fork/);
    expect(api.calls('POST', '')).toHaveLength(0);
    expect(api.calls('PATCH', '')).toHaveLength(0);
    expect(run.summary).toContain('| `score` |');
  });

  it('fails the step with a clear message when the Pages deployment fails', async () => {
    api.setDeploymentStatuses(['deployment_in_progress', 'deployment_failed']);
    const run = await runAction({
      workspace: checkout('0.9').root,
      env: pushEnv(),
      inputs: { 'github-token': api.token },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('GitHub Pages: the Pages deployment ended with deployment_failed');
  });

  it('cancels a deployment that does not finish in time', async () => {
    api.setDeploymentStatuses(['deployment_in_progress']);
    const run = await runAction({
      workspace: checkout('0.9').root,
      env: pushEnv(),
      inputs: { 'github-token': api.token, 'pages-timeout-minutes': '0.002' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /did not finish within 0 s \(last status deployment_in_progress\); it was cancelled/,
    );
    expect(api.calls('POST', '/cancel')).toHaveLength(1);
  });

  it('explains that Pages is not enabled', async () => {
    api.setPages(false);
    const run = await runAction({
      workspace: checkout('0.9').root,
      env: pushEnv(),
      inputs: { 'github-token': api.token },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/GitHub Pages is not enabled for this repository/);
  });

  it('refuses a site with a symlink leaving it', async () => {
    const p = checkout('0.9');
    p.write({
      'reprokit.yml': MANIFEST.replace('touch site/.nojekyll', 'ln -s ../acc.txt site/leak'),
    });
    const run = await runAction({
      workspace: p.root,
      env: pushEnv(),
      inputs: { 'github-token': api.token },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /the site site cannot be deployed: leak is a symlink to \S+\/acc.txt, outside the site/,
    );
  });
});
