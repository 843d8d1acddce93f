/**
 * The fake GitHub REST API and OIDC endpoint driven by the REAL clients: octokit from
 * @actions/github (getOctokit), core.getIDToken from @actions/core, and, for the Pages flow,
 * @actions/artifact against the fake artifact service.
 * Client output is captured; set ACTIONS_SERVICE_TEST_VERBOSE=1 to see it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEnv, startActionsService } from './actions-service.js';
import type { ActionsService } from './actions-service.js';
import { registerArtifactService, tarTextFiles } from './artifact-service.js';
import type { ArtifactServiceFake } from './artifact-service.js';
import {
  FINAL_PAGES_STATUSES,
  decodeJwt,
  pullRequestEvent,
  startGitHubApi,
  writeEvent,
} from './github-api.js';
import type { GitHubApi } from './github-api.js';
import type * as GitHubModule from '@actions/github';
import type * as CoreModule from '@actions/core';
import type * as ArtifactModule from '@actions/artifact';

type Octokit = ReturnType<typeof GitHubModule.getOctokit>;

let api: GitHubApi;
let svc: ActionsService;
let store: ArtifactServiceFake;
let github: typeof GitHubModule;
let core: typeof CoreModule;
let artifact: typeof ArtifactModule;
let octokit: Octokit;
let restoreEnv: () => void;
let root: string;
let lines: string[] = [];
const realWrite = process.stdout.write;

function captureStdout(): void {
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    if (process.env['ACTIONS_SERVICE_TEST_VERBOSE']) return realWrite.call(process.stdout, chunk);
    const cb = rest.find((x): x is () => void => typeof x === 'function');
    cb?.();
    return true;
  }) as typeof process.stdout.write;
}

/** The status and JSON body of an octokit RequestError. */
async function failure(p: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await p;
  } catch (e) {
    const x = e as { status?: number; response?: { data?: unknown } };
    return { status: x.status ?? 0, data: x.response?.data };
  }
  throw new Error('expected the request to fail');
}

const MARKER = '<!-- reprokit:sticky -->';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'reprokit-github-api-'));
  svc = await startActionsService();
  store = registerArtifactService(svc);
  api = await startGitHubApi({
    owner: 'octo-org',
    repo: 'pipeline',
    artifactExists: (id) => store.artifact(id) !== undefined,
  });
  // Everything @actions/github reads at import time must be in place before the import.
  restoreEnv = applyEnv({
    ...svc.env,
    ...api.env(),
    ...writeEvent(join(root, 'event'), 'pull_request', pullRequestEvent(api, { number: 12 })),
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: join(root, 'tmp'),
  });
  captureStdout();
  github = await import('@actions/github');
  core = await import('@actions/core');
  artifact = await import('@actions/artifact');
  octokit = github.getOctokit(api.token);
});

afterAll(async () => {
  process.stdout.write = realWrite;
  restoreEnv();
  await api.close();
  await svc.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  api.reset();
  api.setFork(false);
  api.clearFaults();
  lines = [];
});

describe('pointing the clients at the fake', () => {
  it('GITHUB_API_URL set before importing @actions/github is the default baseUrl; context reads the event', async () => {
    expect(github.context.repo).toEqual({ owner: 'octo-org', repo: 'pipeline' });
    expect(github.context.eventName).toBe('pull_request');
    expect(github.context.issue.number).toBe(12);
    expect(github.context.apiUrl).toBe(api.origin);
    const { data } = await octokit.rest.repos.get(github.context.repo);
    expect(data.default_branch).toBe('main');
    expect(api.requests[0]).toMatchObject({
      method: 'GET',
      path: '/repos/octo-org/pipeline',
      route: 'GET /repos/{owner}/{repo}',
      auth: `token ${api.token}`,
      status: 200,
    });
  });

  it('the baseUrl option works too, and a wrong token is a 401', async () => {
    const other = github.getOctokit('wrong', { baseUrl: api.origin });
    expect(await failure(other.rest.repos.get({ owner: 'octo-org', repo: 'pipeline' }))).toEqual({
      status: 401,
      data: expect.objectContaining({ message: 'Bad credentials' }),
    });
    const { status } = await github
      .getOctokit(api.token, { baseUrl: api.origin })
      .rest.repos.get({ owner: 'octo-org', repo: 'pipeline' });
    expect(status).toBe(200);
    expect(
      await failure(octokit.rest.repos.get({ owner: 'octo-org', repo: 'other' })),
    ).toMatchObject({
      status: 404,
    });
  });
});

describe('check runs', () => {
  const annotations = (n: number, from = 0): Array<Record<string, unknown>> =>
    Array.from({ length: n }, (_, i) => ({
      path: `stages/s${from + i}.py`,
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      message: `stage ${from + i} failed`,
    }));

  it('creates and updates a check run, appending annotations in batches of 50', async () => {
    const { data: created } = await octokit.rest.checks.create({
      ...github.context.repo,
      name: 'reprokit',
      head_sha: 'b'.repeat(40),
      status: 'in_progress',
      output: { title: 'Running', summary: 'started', annotations: annotations(50) as never },
    });
    expect(created).toMatchObject({ name: 'reprokit', status: 'in_progress', conclusion: null });
    expect(created.output.annotations_count).toBe(50);

    const { data: updated } = await octokit.rest.checks.update({
      ...github.context.repo,
      check_run_id: created.id,
      conclusion: 'failure',
      output: {
        title: '2 failed',
        summary: '## Summary',
        annotations: annotations(30, 50) as never,
      },
    });
    expect(updated).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(updated.completed_at).toEqual(expect.any(String));
    const [run] = api.checkRuns();
    expect(run?.annotations).toHaveLength(80);
    expect(run?.output).toEqual({ title: '2 failed', summary: '## Summary', text: null });
    expect(run?.updates).toBe(1);
    expect(api.calls('PATCH', 'check-runs/{id}')[0]?.body).toMatchObject({ conclusion: 'failure' });
  });

  it('rejects more than 50 annotations, and summaries over 65535 characters or bytes, changing nothing', async () => {
    const base = { ...github.context.repo, name: 'reprokit', head_sha: 'b'.repeat(40) };
    expect(
      await failure(
        octokit.rest.checks.create({
          ...base,
          output: { title: 't', summary: 's', annotations: annotations(51) as never },
        }),
      ),
    ).toEqual({
      status: 422,
      data: expect.objectContaining({
        message: 'Invalid request.\n\nNo more than 50 items are allowed; 51 were supplied.',
      }),
    });
    expect(
      await failure(
        octokit.rest.checks.create({ ...base, output: { title: 't', summary: 'x'.repeat(65536) } }),
      ),
    ).toEqual({
      status: 422,
      data: expect.objectContaining({
        message: 'Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.',
      }),
    });
    // 40,000 characters but 80,000 UTF-8 bytes: GitHub counts bytes here.
    const { data: run } = await octokit.rest.checks.create({ ...base, status: 'in_progress' });
    const bytes = await failure(
      octokit.rest.checks.update({
        ...github.context.repo,
        check_run_id: run.id,
        conclusion: 'success',
        output: { title: 't', summary: 'é'.repeat(40000) },
      }),
    );
    expect(bytes).toEqual({
      status: 422,
      data: expect.objectContaining({
        message: 'Validation Failed',
        errors: [
          expect.objectContaining({ message: 'summary exceeds a maximum bytesize of 65535' }),
        ],
      }),
    });
    expect(api.checkRuns().find((c) => c.id === run.id)).toMatchObject({
      status: 'in_progress',
      conclusion: null,
      updates: 0,
    });
    // Exactly at the limit is fine.
    await octokit.rest.checks.update({
      ...github.context.repo,
      check_run_id: run.id,
      output: { title: 't', summary: 'x'.repeat(65535), text: 'y'.repeat(65535) },
    });
  });
});

describe('issue comments', () => {
  it('paginates with per_page/page and a Link header, so octokit.paginate gets them all', async () => {
    for (let i = 0; i < 45; i++) api.addComment(3, `comment ${i}`, i % 2 ? 'alice' : undefined);
    api.addComment(4, 'elsewhere');
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...github.context.repo,
      issue_number: 3,
      per_page: 20,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 45 }, (_, i) => `comment ${i}`));
    expect(all[1]?.user?.login).toBe('alice');
    const pages = api.calls('GET', '/issues/{number}/comments');
    expect(pages.map((r) => r.query)).toEqual([
      { per_page: '20' },
      { per_page: '20', page: '2' },
      { per_page: '20', page: '3' },
    ]);
    const first = await octokit.rest.issues.listComments({
      ...github.context.repo,
      issue_number: 3,
      per_page: 20,
      page: 2,
    });
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('rel="prev"');
  });

  it('creates then updates one sticky comment (found by its marker), never duplicating it', async () => {
    const issue = { ...github.context.repo, issue_number: github.context.issue.number };
    const upsert = async (text: string): Promise<void> => {
      const existing = (await octokit.paginate(octokit.rest.issues.listComments, issue)).find(
        (c) => c.body?.includes(MARKER) && c.user?.type === 'Bot',
      );
      const body = `${MARKER}\n${text}`;
      if (existing)
        await octokit.rest.issues.updateComment({ ...issue, comment_id: existing.id, body });
      else await octokit.rest.issues.createComment({ ...issue, body });
    };
    api.addComment(12, `${MARKER} quoted by a human`, 'bob');
    await upsert('run 1');
    await upsert('run 2');
    const mine = api.comments(12).filter((c) => c.user.login === 'github-actions[bot]');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toBe(`${MARKER}\nrun 2`);
    expect(api.calls('POST', 'comments')).toHaveLength(1);
    expect(api.calls('PATCH', 'comments/{id}')).toHaveLength(1);
  });

  it('rejects a body over 65536 characters with GitHub’s validation error', async () => {
    const issue = { ...github.context.repo, issue_number: 12 };
    expect(
      await failure(octokit.rest.issues.createComment({ ...issue, body: 'x'.repeat(65537) })),
    ).toEqual({
      status: 422,
      data: expect.objectContaining({
        message: 'Validation Failed',
        errors: [
          {
            resource: 'IssueComment',
            code: 'unprocessable',
            field: 'data',
            message: 'Body is too long (maximum is 65536 characters)',
          },
        ],
      }),
    });
    const { data } = await octokit.rest.issues.createComment({ ...issue, body: 'x'.repeat(65536) });
    expect(
      await failure(
        octokit.rest.issues.updateComment({
          ...issue,
          comment_id: data.id,
          body: 'y'.repeat(70000),
        }),
      ),
    ).toMatchObject({ status: 422 });
    expect(
      await failure(octokit.rest.issues.updateComment({ ...issue, comment_id: 1, body: 'z' })),
    ).toMatchObject({ status: 404 });
  });
});

describe('OIDC token endpoint', () => {
  it('core.getIDToken gets a JWT with the requested audience and the job environment', async () => {
    const jwt = await core.getIDToken('https://example.test');
    const claims = decodeJwt(jwt);
    expect(claims).toMatchObject({
      aud: 'https://example.test',
      repository: 'octo-org/pipeline',
      environment: 'github-pages',
      sub: 'repo:octo-org/pipeline:environment:github-pages',
      iss: 'https://token.actions.githubusercontent.com',
    });
    expect(decodeJwt(await core.getIDToken())['aud']).toBe('https://github.com/octo-org');
    expect(api.requests.map((r) => [r.path, r.query, r.auth])).toEqual([
      [
        '/_oidc/idtoken',
        { 'api-version': '2.0', audience: 'https://example.test' },
        `Bearer ${api.idTokenRequestToken}`,
      ],
      ['/_oidc/idtoken', { 'api-version': '2.0' }, `Bearer ${api.idTokenRequestToken}`],
    ]);
    expect(lines.join('')).toContain(`::add-mask::${jwt}`);
  });
});

describe('Pages deployment', () => {
  const repoArgs = (): { owner: string; repo: string } => github.context.repo;

  /** Builds a site, uploads it as github-pages (one artifact.tar), returns the artifact id. */
  async function uploadSite(): Promise<number> {
    store.clear();
    const site = mkdtempSync(join(root, 'site-'));
    mkdirSync(join(site, '.well-known'));
    writeFileSync(join(site, 'index.html'), '<h1>metrics</h1>');
    writeFileSync(join(site, '.nojekyll'), '');
    writeFileSync(join(site, '.well-known', 'security.txt'), 'Contact: x');
    const tarDir = mkdtempSync(join(root, 'tar-'));
    execFileSync('tar', ['-cf', join(tarDir, 'artifact.tar'), '-C', site, '.']);
    const { id } = await new artifact.DefaultArtifactClient().uploadArtifact(
      'github-pages',
      [join(tarDir, 'artifact.tar')],
      tarDir,
      { retentionDays: 1 },
    );
    return id ?? 0;
  }

  async function deploy(artifactId: number): Promise<{ id: number; page_url: string }> {
    const oidc = await core.getIDToken();
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/pages/deployments', {
      ...repoArgs(),
      artifact_id: artifactId,
      pages_build_version: 'e'.repeat(40),
      oidc_token: oidc,
    });
    return { id: Number(data.id), page_url: data.page_url ?? '' };
  }

  async function poll(id: number, max = 10): Promise<string[]> {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      const { data } = await octokit.rest.repos.getPagesDeployment({
        ...repoArgs(),
        pages_deployment_id: id,
      });
      const status = data.status ?? '';
      seen.push(status);
      if (FINAL_PAGES_STATUSES.includes(status)) break;
    }
    return seen;
  }

  it('deploys an uploaded site to success: artifact, OIDC token, create, poll', async () => {
    api.setPages(true);
    api.setDeploymentStatuses(['deployment_queued', 'syncing_files', 'succeed']);
    const { data: site } = await octokit.rest.repos.getPages(repoArgs());
    expect(site.html_url).toBe('https://octo-org.github.io/pipeline/');

    const artifactId = await uploadSite();
    expect(tarTextFiles(store.pagesSite())).toEqual({
      'index.html': '<h1>metrics</h1>',
      '.nojekyll': '',
      '.well-known/security.txt': 'Contact: x',
    });
    const d = await deploy(artifactId);
    expect(d.page_url).toBe('https://octo-org.github.io/pipeline/');
    expect(await poll(d.id)).toEqual(['deployment_queued', 'syncing_files', 'succeed']);
    expect(api.deployments().at(-1)).toMatchObject({
      artifact_id: artifactId,
      pages_build_version: 'e'.repeat(40),
      environment: 'github-pages',
      status: 'succeed',
      polls: 3,
    });
    expect(api.calls('POST', '/pages/deployments')[0]?.body).toEqual({
      artifact_id: artifactId,
      pages_build_version: 'e'.repeat(40),
      oidc_token: expect.any(String),
    });
  });

  it('reports a failed deployment, and a never-finishing one can be cancelled (204)', async () => {
    const artifactId = await uploadSite();
    api.setDeploymentStatuses(['deployment_in_progress', 'deployment_failed']);
    const failed = await deploy(artifactId);
    expect(await poll(failed.id)).toEqual(['deployment_in_progress', 'deployment_failed']);

    api.setDeploymentStatuses(['deployment_in_progress']);
    const stuck = await deploy(artifactId);
    expect(await poll(stuck.id, 4)).toEqual(Array(4).fill('deployment_in_progress'));
    // While it is in progress another deployment is refused.
    expect(await failure(deploy(artifactId))).toMatchObject({ status: 400 });
    const cancel = await octokit.rest.repos.cancelPagesDeployment({
      ...repoArgs(),
      pages_deployment_id: stuck.id,
    });
    expect(cancel.status).toBe(204);
    expect(await poll(stuck.id)).toEqual(['deployment_cancelled']);
    expect(api.deployments().find((x) => x.id === stuck.id)?.cancelled).toBe(true);
  });

  it('scripted HTTP errors while polling; usual mistakes give GitHub’s errors', async () => {
    const artifactId = await uploadSite();
    api.setDeploymentStatuses([{ httpStatus: 502 }, 'succeed']);
    const d = await deploy(artifactId);
    expect(
      await failure(
        octokit.rest.repos.getPagesDeployment({ ...repoArgs(), pages_deployment_id: d.id }),
      ),
    ).toMatchObject({ status: 502 });
    expect(await poll(d.id)).toEqual(['succeed']);

    // No environment on the job: the OIDC token has no environment claim.
    api.setOidc({ environment: null });
    const noEnv = await failure(deploy(artifactId));
    expect(noEnv.status).toBe(400);
    expect(noEnv.data).toMatchObject({ message: expect.stringMatching(/^Missing environment\./) });
    api.setOidc({ environment: 'github-pages' });

    // Unknown artifact.
    expect(await failure(deploy(999999))).toMatchObject({ status: 400 });

    // Missing pages: write.
    api.setPermissions({ pages: 'read' });
    expect(await failure(deploy(artifactId))).toMatchObject({
      status: 403,
      data: { message: 'Resource not accessible by integration' },
    });
    api.setPermissions({ pages: 'write' });

    // Pages not enabled.
    api.setPages(false);
    expect(await failure(octokit.rest.repos.getPages(repoArgs()))).toMatchObject({ status: 404 });
    expect(await failure(deploy(artifactId))).toMatchObject({ status: 404 });
    api.setPages(true);
  });
});

describe('fork mode', () => {
  it('answers writes with 403, keeps reads, and has no OIDC endpoint in env', async () => {
    api.setFork(true);
    const env = api.env();
    expect(env['ACTIONS_ID_TOKEN_REQUEST_URL']).toBeUndefined();
    const restore = applyEnv(env);
    try {
      await expect(core.getIDToken()).rejects.toThrow(
        /Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable/,
      );
    } finally {
      restore();
    }
    const forbidden = {
      status: 403,
      data: expect.objectContaining({ message: 'Resource not accessible by integration' }),
    };
    expect(
      await failure(
        octokit.rest.checks.create({
          ...github.context.repo,
          name: 'reprokit',
          head_sha: 'b'.repeat(40),
        }),
      ),
    ).toEqual(forbidden);
    expect(
      await failure(
        octokit.rest.issues.createComment({ ...github.context.repo, issue_number: 12, body: 'hi' }),
      ),
    ).toEqual(forbidden);
    const { status } = await octokit.rest.issues.listComments({
      ...github.context.repo,
      issue_number: 12,
    });
    expect(status).toBe(200);
    // The endpoint itself refuses too, should anybody call it.
    const res = await fetch(`${api.origin}/_oidc/idtoken?api-version=2.0`, {
      headers: { Authorization: `Bearer ${api.idTokenRequestToken}` },
    });
    expect(res.status).toBe(404);
  });

  it('injected faults answer GitHub-style errors', async () => {
    api.injectFault({ method: 'POST', path: /check-runs$/, status: 500, times: 1 });
    const first = await failure(
      octokit.rest.checks.create({ ...github.context.repo, name: 'r', head_sha: 'b'.repeat(40) }),
    );
    expect(first.status).toBe(500);
    const { status } = await octokit.rest.checks.create({
      ...github.context.repo,
      name: 'r',
      head_sha: 'b'.repeat(40),
    });
    expect(status).toBe(201);
  });
});
