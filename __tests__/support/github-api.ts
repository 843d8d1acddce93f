/**
 * A fake of the GitHub REST API (api.github.com) and of the runner's OIDC token endpoint on
 * 127.0.0.1, for tests that drive the REAL octokit from `@actions/github` 9 and `core.getIDToken`
 * from `@actions/core` 3 over HTTP. It records every request and answers like GitHub for what
 * reprokit's publishing / PR feedback uses:
 *
 * - check runs: `POST /repos/{o}/{r}/check-runs`, `PATCH|GET .../check-runs/{id}`,
 *   `GET .../check-runs/{id}/annotations`. Validation like GitHub: `name`/`head_sha` required;
 *   `output.title`/`output.summary` required when `output` is sent; summary and text at most 65535
 *   characters ("Invalid request.\n\nOnly 65535 characters are allowed; N were supplied.") AND at most
 *   65535 UTF-8 bytes ("Validation Failed", "summary exceeds a maximum bytesize of 65535": GitHub
 *   really checks bytes, github/docs#35252); at most 50 annotations per request ("Invalid
 *   request.\n\nNo more than 50 items are allowed; N were supplied."); annotations of updates are
 *   appended; a conclusion completes the run.
 * - issue comments: `GET /repos/{o}/{r}/issues/{n}/comments` (`per_page` default 30, max 100,
 *   `page`, `Link` header with next/last/first/prev so `octokit.paginate` works), `POST` (body at most
 *   65536 characters, else 422 "Body is too long (maximum is 65536 characters)"),
 *   `GET|PATCH|DELETE /repos/{o}/{r}/issues/comments/{id}`.
 * - Pages: `GET /repos/{o}/{r}/pages` (404 when Pages is off: `setPages(false)`),
 *   `POST .../pages/deployments` ({artifact_id | artifact_url, pages_build_version, oidc_token} → 200
 *   {id, status_url, page_url, preview_url}), `GET .../pages/deployments/{id}` (id or build version)
 *   walking a scripted list of statuses one step per GET (the last step repeats: a script without a
 *   final status never finishes; `{httpStatus}` steps answer an HTTP error), `POST .../cancel` → 204.
 *   The deployment checks the OIDC token was issued here and carries an `environment` claim (else
 *   400 "Missing environment. Ensure your workflow's deployment job has an environment. ..."), and
 *   refuses a second deployment while one is still in progress (400).
 * - `GET /repos/{o}/{r}` (default branch etc.).
 * - OIDC: `GET /_oidc/idtoken?api-version=2.0[&audience=...]` with `Authorization: Bearer
 *   <ACTIONS_ID_TOKEN_REQUEST_TOKEN>` → `{value: <jwt>}`, as `core.getIDToken(audience)` expects.
 *
 * Permissions: every route needs a scope (`checks`, `issues` or `pull-requests`, `pages`, `contents`)
 * at read or write level; a missing one answers 403 "Resource not accessible by integration", like
 * the GITHUB_TOKEN. `id-token` other than `write` means no OIDC variables in `env()` (as on the
 * runner). Fork mode (`fork: true` / `setFork(true)`) is a pull request from a fork: every scope read
 * only and no id-token, so every write is a 403 and `core.getIDToken` throws "Unable to get
 * ACTIONS_ID_TOKEN_REQUEST_URL env variable".
 *
 * Where GitHub's exact wording is unknown the messages are marked "(fake)".
 *
 * Pointing the clients at it (see `env()`):
 * - octokit: `getOctokit(token, { baseUrl: api.origin })` works whenever it is called, or set
 *   GITHUB_API_URL *before the first import of @actions/github*: its default baseUrl (and the
 *   proxy-aware fetch) are computed at import time. Keep GITHUB_SERVER_URL at https://github.com:
 *   the cache client uses the v2 service only for github.com, and @actions/artifact refuses GHES
 *   (any other host except *.ghe.com / *.localhost).
 * - `github.context` is built when @actions/github is first imported (per Jest test file): set
 *   GITHUB_REPOSITORY / GITHUB_EVENT_NAME / GITHUB_EVENT_PATH (see `writeEvent`) / GITHUB_SHA /
 *   GITHUB_REF before that import, or better have the product read them at call time (or take them
 *   injected) instead of using `github.context`.
 * - `core.getIDToken` reads ACTIONS_ID_TOKEN_REQUEST_URL / _TOKEN at call time.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { OidcIssuer } from './github-api-oidc.js';
import type { OidcClaims, OidcSettings } from './github-api-oidc.js';

export { decodeJwt } from './github-api-oidc.js';
export type { OidcClaims, OidcSettings } from './github-api-oidc.js';

export type Permission = 'none' | 'read' | 'write';
export type PermissionScope =
  'checks' | 'contents' | 'issues' | 'pages' | 'pull-requests' | 'id-token';
export type Permissions = Record<PermissionScope, Permission>;

export const FINAL_PAGES_STATUSES: readonly string[] = [
  'succeed',
  'deployment_failed',
  'deployment_content_failed',
  'deployment_cancelled',
  'deployment_lost',
];

/** A step of a scripted Pages deployment: a status string, or an HTTP error for that poll. */
export type PagesStep = string | { httpStatus: number; message?: string };

export interface PagesSettings {
  enabled: boolean;
  /** `workflow` (GitHub Actions) or `legacy` (deploy from a branch). */
  buildType: 'workflow' | 'legacy';
  htmlUrl: string;
}

export interface GitHubApiOptions {
  owner?: string;
  repo?: string;
  /** Token the API accepts (`Authorization: token X` or `Bearer X`). */
  token?: string;
  defaultBranch?: string;
  fork?: boolean;
  /** Overrides of the default (everything `write`). */
  permissions?: Partial<Permissions>;
  /** `false` = Pages not enabled. */
  pages?: boolean | Partial<PagesSettings>;
  /** Script for new Pages deployments. Default `['deployment_in_progress','syncing_files','succeed']`. */
  deploymentStatuses?: PagesStep[];
  /** Claims of issued OIDC tokens. */
  oidc?: Partial<OidcSettings>;
  /**
   * Whether an `artifact_id` exists (e.g. `(id) => store.artifact(id) !== undefined` with the fake
   * artifact service). Unset: every id is accepted.
   */
  artifactExists?: (id: number) => boolean;
  /** Login of the token's identity (author of comments made through the API). */
  botLogin?: string;
}

export interface ApiRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Parsed JSON body (undefined when there is none). */
  readonly body: unknown;
  /** The Authorization header as sent. */
  readonly auth: string | undefined;
  /** Route template, e.g. `POST /repos/{owner}/{repo}/check-runs`; undefined if none matched. */
  route: string | undefined;
  status: number;
  /** The JSON answer (undefined for 204). */
  response: unknown;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
  start_column?: number;
  end_column?: number;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  external_id: string | null;
  started_at: string;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** All annotations, accumulated over create and updates. */
  annotations: Annotation[];
  /** Number of PATCH requests applied. */
  updates: number;
}

export interface IssueComment {
  id: number;
  issue_number: number;
  body: string;
  user: { login: string; id: number; type: string };
  created_at: string;
  updated_at: string;
}

export interface PagesDeployment {
  id: number;
  artifact_id: number | undefined;
  artifact_url: string | undefined;
  pages_build_version: string;
  environment: string | undefined;
  oidc: OidcClaims;
  script: PagesStep[];
  /** Status GETs served so far. */
  polls: number;
  /** The status last reported (or `deployment_queued` before the first poll). */
  status: string;
  cancelled: boolean;
  created_at: string;
}

export interface IssuedIdToken {
  readonly audience: string | undefined;
  readonly claims: OidcClaims;
  readonly token: string;
}

export interface Fault {
  method?: string;
  /** Exact path or a pattern tested against the path. */
  path?: string | RegExp;
  status: number;
  message?: string;
  /** How many matching requests fail (default: all). */
  times?: number;
}

export interface GitHubApi {
  /** `http://127.0.0.1:PORT`: the baseUrl for octokit. */
  readonly origin: string;
  readonly owner: string;
  readonly repo: string;
  readonly token: string;
  /** Bearer token the OIDC endpoint accepts. */
  readonly idTokenRequestToken: string;
  /**
   * Environment pointing @actions/github, octokit and core.getIDToken here. `undefined` values mean
   * "must be unset" (use `applyEnv` from actions-service.ts).
   */
  env(): Record<string, string | undefined>;
  readonly requests: readonly ApiRequest[];
  /** Requests whose route matches, e.g. `calls('POST', '/check-runs')` (substring of the route). */
  calls(method: string, routePart: string): ApiRequest[];
  /** Clears the request log (state is kept). */
  reset(): void;
  checkRuns(): CheckRun[];
  comments(issueNumber?: number): IssueComment[];
  /** Seeds a comment, e.g. someone else's, or an old sticky comment. */
  addComment(issueNumber: number, body: string, user?: string): IssueComment;
  deployments(): PagesDeployment[];
  idTokens(): IssuedIdToken[];
  setFork(fork: boolean): void;
  setPermissions(permissions: Partial<Permissions>): void;
  readonly permissions: Readonly<Permissions>;
  setPages(pages: boolean | Partial<PagesSettings>): void;
  setDeploymentStatuses(steps: PagesStep[]): void;
  setOidc(settings: Partial<OidcSettings>): void;
  /** Makes matching requests fail with `status` (GitHub-style JSON error body). */
  injectFault(fault: Fault): void;
  clearFaults(): void;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body['message'] ?? status));
  }
}

const DOCS = 'https://docs.github.com/rest';
const NOT_ACCESSIBLE = 'Resource not accessible by integration';
const MISSING_ENVIRONMENT =
  "Missing environment. Ensure your workflow's deployment job has an environment. Example:\njobs:\n  deploy:\n    environment:\n      name: github-pages";

const err = (status: number, message: string, extra: Record<string, unknown> = {}): HttpError =>
  new HttpError(status, { message, documentation_url: DOCS, status: String(status), ...extra });
const invalid = (detail: string): HttpError => err(422, `Invalid request.\n\n${detail}`);
const validationFailed = (
  resource: string,
  code: string,
  field: string,
  message: string,
): HttpError => err(422, 'Validation Failed', { errors: [{ resource, code, field, message }] });

/** Characters as GitHub (Ruby) counts them: code points. */
const chars = (s: string): number => [...s].length;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(body: Record<string, unknown>, key: string, required = false): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) {
    if (required) throw invalid(`"${key}" wasn't supplied.`);
    return undefined;
  }
  if (typeof v !== 'string') throw invalid(`For '${key}', ${JSON.stringify(v)} is not a string.`);
  return v;
}

const CHECK_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
const CHECK_CONCLUSIONS = [
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
];
const TEXT_LIMIT = 65535;
const COMMENT_LIMIT = 65536;
const ANNOTATIONS_PER_REQUEST = 50;

function checkText(field: 'summary' | 'text', value: string | undefined): void {
  if (value === undefined) return;
  const n = chars(value);
  if (n > TEXT_LIMIT)
    throw invalid(`Only ${TEXT_LIMIT} characters are allowed; ${n} were supplied.`);
  if (Buffer.byteLength(value, 'utf8') > TEXT_LIMIT) {
    throw validationFailed(
      'CheckRun',
      'custom',
      field,
      `${field} exceeds a maximum bytesize of ${TEXT_LIMIT}`,
    );
  }
}

function parseAnnotations(v: unknown): Annotation[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw invalid(`For 'annotations', ${JSON.stringify(v)} is not an array.`);
  if (v.length > ANNOTATIONS_PER_REQUEST) {
    throw invalid(
      `No more than ${ANNOTATIONS_PER_REQUEST} items are allowed; ${v.length} were supplied.`,
    );
  }
  return v.map((a: unknown): Annotation => {
    if (!isRecord(a)) throw invalid(`For 'items', ${JSON.stringify(a)} is not an object.`);
    for (const k of ['path', 'start_line', 'end_line', 'annotation_level', 'message']) {
      if (a[k] === undefined || a[k] === null) throw invalid(`"${k}" wasn't supplied.`);
    }
    const level = a['annotation_level'];
    if (level !== 'notice' && level !== 'warning' && level !== 'failure') {
      throw invalid(
        `For 'properties/annotation_level', ${JSON.stringify(level)} is not a member of ["notice", "warning", "failure"].`,
      );
    }
    if (typeof a['start_line'] !== 'number' || typeof a['end_line'] !== 'number') {
      throw invalid(`For 'properties/start_line', lines must be integers.`);
    }
    return a as unknown as Annotation;
  });
}

const ALL_WRITE: Permissions = {
  checks: 'write',
  contents: 'write',
  issues: 'write',
  pages: 'write',
  'pull-requests': 'write',
  'id-token': 'write',
};
const FORK: Permissions = {
  checks: 'read',
  contents: 'read',
  issues: 'read',
  pages: 'read',
  'pull-requests': 'read',
  'id-token': 'none',
};

const rank = (p: Permission): number => (p === 'write' ? 2 : p === 'read' ? 1 : 0);

interface Ctx {
  method: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  url: URL;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  keys: string[];
  /** Scopes of which at least one must have `level`. */
  scopes: PermissionScope[];
  level: Permission;
  handle: (ctx: Ctx) => Answer;
}

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'octo-repo';
  const token = options.token ?? `ghs_fake${randomUUID().replace(/-/g, '')}`;
  const idTokenRequestToken = `idreq-${randomUUID()}`;
  const defaultBranch = options.defaultBranch ?? 'main';
  const botLogin = options.botLogin ?? 'github-actions[bot]';
  let fork = options.fork ?? false;
  let permissions: Permissions = { ...ALL_WRITE, ...options.permissions };
  const pagesFrom = (p: boolean | Partial<PagesSettings>, base?: PagesSettings): PagesSettings => {
    const b = base ?? {
      enabled: true,
      buildType: 'workflow' as const,
      htmlUrl: `https://${owner.toLowerCase()}.github.io/${repo}/`,
    };
    return typeof p === 'boolean' ? { ...b, enabled: p } : { ...b, enabled: true, ...p };
  };
  let pages = pagesFrom(options.pages ?? true);
  let deploymentScript: PagesStep[] = options.deploymentStatuses ?? [
    'deployment_in_progress',
    'syncing_files',
    'succeed',
  ];
  let oidc: OidcSettings = {
    environment: 'github-pages',
    ref: `refs/heads/${defaultBranch}`,
    sha: 'a'.repeat(40),
    eventName: 'push',
    actor: 'octocat',
    runId: '1',
    workflow: 'CI',
    ...options.oidc,
  };
  const issuer = new OidcIssuer(owner, repo);

  let log: ApiRequest[] = [];
  const checkRuns: CheckRun[] = [];
  const comments: IssueComment[] = [];
  const deployments: PagesDeployment[] = [];
  const idTokens: IssuedIdToken[] = [];
  let faults: Array<Fault & { left: number }> = [];
  let nextCheckId = 4000;
  let nextCommentId = 9000;
  let nextDeploymentId = 700;
  const sockets = new Set<Socket>();

  const effective = (): Permissions => (fork ? FORK : permissions);
  const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  let origin = '';
  const repoUrl = (): string => `${origin}/repos/${owner}/${repo}`;
  const htmlRepo = `https://github.com/${owner}/${repo}`;
  const bot = { login: botLogin, id: 41898282, type: 'Bot' };

  const checkRunJson = (c: CheckRun): Record<string, unknown> => ({
    id: c.id,
    node_id: `CR_fake${c.id}`,
    head_sha: c.head_sha,
    external_id: c.external_id ?? '',
    url: `${repoUrl()}/check-runs/${c.id}`,
    html_url: `${htmlRepo}/runs/${c.id}`,
    details_url: c.details_url ?? `${htmlRepo}/runs/${c.id}`,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.started_at,
    completed_at: c.completed_at,
    output: {
      ...c.output,
      annotations_count: c.annotations.length,
      annotations_url: `${repoUrl()}/check-runs/${c.id}/annotations`,
    },
    name: c.name,
    check_suite: { id: 1 },
    app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
    pull_requests: [],
  });
  const commentJson = (c: IssueComment): Record<string, unknown> => ({
    id: c.id,
    node_id: `IC_fake${c.id}`,
    url: `${repoUrl()}/issues/comments/${c.id}`,
    html_url: `${htmlRepo}/pull/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${repoUrl()}/issues/${c.issue_number}`,
    body: c.body,
    user: c.user,
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
  });

  const findCheck = (id: string | undefined): CheckRun => {
    const c = checkRuns.find((x) => String(x.id) === id);
    if (!c) throw err(404, 'Not Found');
    return c;
  };
  const findComment = (id: string | undefined): IssueComment => {
    const c = comments.find((x) => String(x.id) === id);
    if (!c) throw err(404, 'Not Found');
    return c;
  };
  const findDeployment = (id: string | undefined): PagesDeployment => {
    const d =
      deployments.find((x) => String(x.id) === id) ??
      [...deployments].reverse().find((x) => x.pages_build_version === id);
    if (!d) throw err(404, 'Not Found');
    return d;
  };
  const requirePages = (): void => {
    if (!pages.enabled) throw err(404, 'Not Found');
  };
  const commentBody = (body: Record<string, unknown>): string => {
    const b = str(body, 'body', true) ?? '';
    if (chars(b) > COMMENT_LIMIT) {
      throw validationFailed(
        'IssueComment',
        'unprocessable',
        'data',
        `Body is too long (maximum is ${COMMENT_LIMIT} characters)`,
      );
    }
    return b;
  };
  const applyOutput = (c: CheckRun, output: unknown): void => {
    if (output === undefined || output === null) return;
    if (!isRecord(output))
      throw invalid(`For 'output', ${JSON.stringify(output)} is not an object.`);
    const title = str(output, 'title', true);
    const summary = str(output, 'summary', true);
    const text = str(output, 'text');
    checkText('summary', summary);
    checkText('text', text);
    const images = output['images'];
    if (Array.isArray(images) && images.length > ANNOTATIONS_PER_REQUEST) {
      throw invalid(
        `No more than ${ANNOTATIONS_PER_REQUEST} items are allowed; ${images.length} were supplied.`,
      );
    }
    const annotations = parseAnnotations(output['annotations']);
    c.output = { title: title ?? null, summary: summary ?? null, text: text ?? c.output.text };
    c.annotations.push(...annotations);
  };
  const applyStatus = (c: CheckRun, body: Record<string, unknown>): void => {
    const status = str(body, 'status');
    const conclusion = str(body, 'conclusion');
    if (status !== undefined && !CHECK_STATUSES.includes(status)) {
      throw invalid(
        `For 'properties/status', "${status}" is not a member of ${JSON.stringify(CHECK_STATUSES)}.`,
      );
    }
    if (conclusion !== undefined && !CHECK_CONCLUSIONS.includes(conclusion)) {
      throw invalid(
        `For 'properties/conclusion', "${conclusion}" is not a member of ${JSON.stringify(CHECK_CONCLUSIONS)}.`,
      );
    }
    if (status === 'completed' && conclusion === undefined && c.conclusion === null) {
      throw validationFailed(
        'CheckRun',
        'missing_field',
        'conclusion',
        'conclusion is required when status is completed (fake)',
      );
    }
    if (status !== undefined) c.status = status;
    if (conclusion !== undefined) {
      c.conclusion = conclusion;
      c.status = 'completed';
    }
    if (c.status === 'completed')
      c.completed_at = str(body, 'completed_at') ?? c.completed_at ?? now();
  };

  const routes: Route[] = [];
  const route = (
    method: string,
    template: string,
    scopes: PermissionScope[],
    level: Permission,
    handle: (ctx: Ctx) => Answer,
  ): void => {
    const keys: string[] = [];
    const regex = new RegExp(
      `^${template.replace(/\{(\w+)\}/g, (_m, k: string) => {
        keys.push(k);
        return '([^/]+)';
      })}$`,
    );
    routes.push({ method, template: `${method} ${template}`, regex, keys, scopes, level, handle });
  };
  const R = '/repos/{owner}/{repo}';

  route('GET', R, ['contents'], 'read', () => ({
    status: 200,
    body: {
      id: 1296269,
      name: repo,
      full_name: `${owner}/${repo}`,
      owner: { login: owner, type: 'Organization' },
      private: false,
      fork: false,
      html_url: htmlRepo,
      default_branch: defaultBranch,
      has_pages: pages.enabled,
    },
  }));

  // ---- check runs
  route('POST', `${R}/check-runs`, ['checks'], 'write', ({ body }) => {
    const name = str(body, 'name', true) ?? '';
    const headSha = str(body, 'head_sha', true) ?? '';
    const c: CheckRun = {
      id: nextCheckId++,
      name,
      head_sha: headSha,
      status: 'queued',
      conclusion: null,
      details_url: str(body, 'details_url') ?? null,
      external_id: str(body, 'external_id') ?? null,
      started_at: str(body, 'started_at') ?? now(),
      completed_at: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      updates: 0,
    };
    applyStatus(c, body);
    applyOutput(c, body['output']);
    checkRuns.push(c);
    return { status: 201, body: checkRunJson(c) };
  });
  route('PATCH', `${R}/check-runs/{id}`, ['checks'], 'write', ({ params, body }) => {
    const found = findCheck(params['id']);
    // Validate everything on a copy first: a rejected request changes nothing.
    const c: CheckRun = {
      ...found,
      output: { ...found.output },
      annotations: [...found.annotations],
    };
    const name = str(body, 'name');
    if (name !== undefined) c.name = name;
    const details = str(body, 'details_url');
    if (details !== undefined) c.details_url = details;
    const ext = str(body, 'external_id');
    if (ext !== undefined) c.external_id = ext;
    const started = str(body, 'started_at');
    if (started !== undefined) c.started_at = started;
    applyStatus(c, body);
    applyOutput(c, body['output']);
    c.updates++;
    Object.assign(found, c);
    return { status: 200, body: checkRunJson(found) };
  });
  route('GET', `${R}/check-runs/{id}`, ['checks'], 'read', ({ params }) => ({
    status: 200,
    body: checkRunJson(findCheck(params['id'])),
  }));
  route('GET', `${R}/check-runs/{id}/annotations`, ['checks'], 'read', (ctx) =>
    paginate(
      ctx,
      findCheck(ctx.params['id']).annotations.map((a) => ({ ...a, blob_href: '' })),
    ),
  );

  // ---- issue comments
  route('GET', `${R}/issues/{number}/comments`, ['issues', 'pull-requests'], 'read', (ctx) =>
    paginate(
      ctx,
      comments.filter((c) => String(c.issue_number) === ctx.params['number']).map(commentJson),
    ),
  );
  route(
    'POST',
    `${R}/issues/{number}/comments`,
    ['issues', 'pull-requests'],
    'write',
    ({ params, body }) => {
      const issue = Number(params['number']);
      if (!Number.isSafeInteger(issue) || issue <= 0) throw err(404, 'Not Found');
      const c: IssueComment = {
        id: nextCommentId++,
        issue_number: issue,
        body: commentBody(body),
        user: bot,
        created_at: now(),
        updated_at: now(),
      };
      comments.push(c);
      return { status: 201, body: commentJson(c) };
    },
  );
  route('GET', `${R}/issues/comments/{id}`, ['issues', 'pull-requests'], 'read', ({ params }) => ({
    status: 200,
    body: commentJson(findComment(params['id'])),
  }));
  route(
    'PATCH',
    `${R}/issues/comments/{id}`,
    ['issues', 'pull-requests'],
    'write',
    ({ params, body }) => {
      const c = findComment(params['id']);
      c.body = commentBody(body);
      c.updated_at = now();
      return { status: 200, body: commentJson(c) };
    },
  );
  route(
    'DELETE',
    `${R}/issues/comments/{id}`,
    ['issues', 'pull-requests'],
    'write',
    ({ params }) => {
      const c = findComment(params['id']);
      comments.splice(comments.indexOf(c), 1);
      return { status: 204 };
    },
  );

  // ---- Pages
  route('GET', `${R}/pages`, ['pages'], 'read', () => {
    requirePages();
    return {
      status: 200,
      body: {
        url: `${repoUrl()}/pages`,
        status: 'built',
        cname: null,
        custom_404: false,
        html_url: pages.htmlUrl,
        build_type: pages.buildType,
        source: { branch: defaultBranch, path: '/' },
        public: true,
        https_enforced: true,
      },
    };
  });
  route('POST', `${R}/pages/deployments`, ['pages'], 'write', ({ body }) => {
    requirePages();
    const artifactId = body['artifact_id'];
    const artifactUrl = str(body, 'artifact_url');
    if (artifactId === undefined && artifactUrl === undefined)
      throw invalid(`"artifact_id" wasn't supplied.`);
    if (
      artifactId !== undefined &&
      (typeof artifactId !== 'number' || !Number.isSafeInteger(artifactId))
    )
      throw invalid(`For 'artifact_id', ${JSON.stringify(artifactId)} is not an integer.`);
    const version = str(body, 'pages_build_version', true) ?? '';
    const oidcToken = str(body, 'oidc_token', true) ?? '';
    const claims = issuer.verify(oidcToken);
    if (!claims) throw err(400, 'The OIDC token could not be verified (fake)');
    const environment = claims['environment'];
    if (typeof environment !== 'string') throw err(400, MISSING_ENVIRONMENT);
    if (artifactId !== undefined && options.artifactExists && !options.artifactExists(artifactId))
      throw err(400, `Artifact ${artifactId} not found for this repository (fake)`);
    if (deployments.some((d) => !FINAL_PAGES_STATUSES.includes(d.status))) {
      throw err(400, 'Deployment request failed: another deployment is in progress (fake)');
    }
    const d: PagesDeployment = {
      id: nextDeploymentId++,
      artifact_id: typeof artifactId === 'number' ? artifactId : undefined,
      artifact_url: artifactUrl,
      pages_build_version: version,
      environment,
      oidc: claims,
      script: [...deploymentScript],
      polls: 0,
      status: 'deployment_queued',
      cancelled: false,
      created_at: now(),
    };
    deployments.push(d);
    return {
      status: 200,
      body: {
        id: d.id,
        status_url: `${repoUrl()}/pages/deployments/${d.id}`,
        page_url: pages.htmlUrl,
        preview_url: '',
      },
    };
  });
  route('GET', `${R}/pages/deployments/{id}`, ['pages'], 'read', ({ params }) => {
    const d = findDeployment(params['id']);
    d.polls++;
    if (!d.cancelled) {
      const step = d.script[Math.min(d.polls, d.script.length) - 1] ?? d.status;
      if (typeof step !== 'string') throw err(step.httpStatus, step.message ?? 'Server Error');
      d.status = step;
    }
    return { status: 200, body: { status: d.status } };
  });
  route('POST', `${R}/pages/deployments/{id}/cancel`, ['pages'], 'write', ({ params }) => {
    const d = findDeployment(params['id']);
    if (!FINAL_PAGES_STATUSES.includes(d.status)) d.status = 'deployment_cancelled';
    d.cancelled = true;
    return { status: 204 };
  });

  function paginate(ctx: Ctx, items: unknown[]): Answer {
    const perPage = Math.min(100, Math.max(1, Number(ctx.query.get('per_page') ?? 30) || 30));
    const page = Math.max(1, Number(ctx.query.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number): string => {
      const u = new URL(ctx.url.href);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.href;
    };
    const rels: string[] = [];
    if (page > 1) rels.push(`<${link(page - 1)}>; rel="prev"`);
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`);
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: rels.length > 0 ? { link: rels.join(', ') } : {},
    };
  }

  // ---- OIDC token endpoint (the runner's, not api.github.com's)
  const OIDC_PATH = '/_oidc/idtoken';
  const oidcAvailable = (): boolean => effective()['id-token'] === 'write';
  const handleOidc = (req: IncomingMessage, url: URL): Answer => {
    if (req.method !== 'GET') throw err(405, 'Method Not Allowed');
    if (!oidcAvailable()) throw err(404, 'Not Found');
    if (req.headers.authorization !== `Bearer ${idTokenRequestToken}`)
      throw err(401, 'Unauthorized');
    const audience = url.searchParams.get('audience') ?? undefined;
    const claims = issuer.claims(oidc, audience);
    const jwt = issuer.sign(claims);
    idTokens.push({ audience, claims, token: jwt });
    return { status: 200, body: { count: 1, value: jwt } };
  };

  const authorized = (auth: string | undefined): void => {
    if (!auth) throw err(401, 'Requires authentication');
    const m = /^(?:token|bearer)\s+(.+)$/i.exec(auth);
    if (!m || m[1] !== token) throw err(401, 'Bad credentials');
  };

  /**
   * Who the token is: GraphQL `query { viewer { login } }` answers the token's login (for the
   * GITHUB_TOKEN `github-actions[bot]`); REST `GET /user` is refused to an installation token
   * (403 "Resource not accessible by integration"), as GitHub does. Other GraphQL: 400 (fake).
   */
  const identity = (url: URL, rec: ApiRequest): Answer => {
    authorized(rec.auth);
    if (url.pathname === '/user') {
      rec.route = 'GET /user';
      throw err(403, NOT_ACCESSIBLE);
    }
    rec.route = 'POST /graphql';
    const query = isRecord(rec.body) ? rec.body['query'] : undefined;
    if (typeof query !== 'string' || !/viewer\s*\{\s*login\s*\}/.test(query))
      throw err(400, 'Only `query { viewer { login } }` is served here (fake)');
    return { status: 200, body: { data: { viewer: { login: botLogin } } } };
  };

  const dispatch = (req: IncomingMessage, url: URL, rec: ApiRequest): Answer => {
    const method = req.method ?? 'GET';
    if (url.pathname === OIDC_PATH) {
      rec.route = `GET ${OIDC_PATH}`;
      return handleOidc(req, url);
    }
    if (url.pathname === '/graphql' || url.pathname === '/user') return identity(url, rec);
    for (const f of faults) {
      const pathOk =
        f.path === undefined ||
        (typeof f.path === 'string' ? f.path === url.pathname : f.path.test(url.pathname));
      if ((f.method === undefined || f.method === method) && pathOk && f.left > 0) {
        f.left--;
        throw err(f.status, f.message ?? (f.status >= 500 ? 'Server Error' : 'Injected fault'));
      }
    }
    for (const r of routes) {
      const m = r.regex.exec(url.pathname);
      if (!m) continue;
      if (r.method !== method) continue;
      rec.route = r.template;
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => (params[k] = decodeURIComponent(m[i + 1] ?? '')));
      authorized(rec.auth);
      if (
        params['owner']?.toLowerCase() !== owner.toLowerCase() ||
        params['repo']?.toLowerCase() !== repo.toLowerCase()
      )
        throw err(404, 'Not Found');
      const perms = effective();
      if (!r.scopes.some((s) => rank(perms[s]) >= rank(r.level))) throw err(403, NOT_ACCESSIBLE);
      if (rec.body !== undefined && !isRecord(rec.body)) throw err(400, 'Problems parsing JSON');
      return r.handle({
        method,
        params,
        query: url.searchParams,
        body: isRecord(rec.body) ? rec.body : {},
        url,
      });
    }
    throw err(404, 'Not Found');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', origin);
    let body: unknown;
    let parseError = false;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        parseError = true;
        body = raw;
      }
    }
    const rec: ApiRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      auth: req.headers.authorization,
      route: undefined,
      status: 0,
      response: undefined,
    };
    log.push(rec);
    let answer: Answer;
    try {
      if (parseError) throw err(400, 'Problems parsing JSON');
      answer = dispatch(req, url, rec);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      answer = { status: e.status, body: e.body };
    }
    rec.status = answer.status;
    rec.response = answer.body;
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${log.length}`,
      'x-github-api-version-selected': '2022-11-28',
      ...answer.headers,
    };
    if (answer.status === 204 || answer.body === undefined) {
      res.writeHead(answer.status, headers);
      res.end();
      return;
    }
    const payload = Buffer.from(JSON.stringify(answer.body));
    res.writeHead(answer.status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(payload.length),
    });
    res.end(payload);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: e instanceof Error ? e.message : String(e) }));
      } else res.destroy();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    owner,
    repo,
    token,
    idTokenRequestToken,
    env: () => ({
      GITHUB_API_URL: origin,
      GITHUB_GRAPHQL_URL: `${origin}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${owner}/${repo}`,
      GITHUB_REPOSITORY_OWNER: owner,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidcAvailable()
        ? `${origin}${OIDC_PATH}?api-version=2.0`
        : undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidcAvailable() ? idTokenRequestToken : undefined,
    }),
    get requests() {
      return log;
    },
    calls: (method, routePart) =>
      log.filter((r) => r.method === method && (r.route ?? r.path).includes(routePart)),
    reset() {
      log = [];
    },
    checkRuns: () =>
      checkRuns.map((c) => ({ ...c, output: { ...c.output }, annotations: [...c.annotations] })),
    comments: (issueNumber) =>
      comments
        .filter((c) => issueNumber === undefined || c.issue_number === issueNumber)
        .map((c) => ({ ...c })),
    addComment(issueNumber, body, user) {
      const c: IssueComment = {
        id: nextCommentId++,
        issue_number: issueNumber,
        body,
        user: user === undefined ? bot : { login: user, id: 583231, type: 'User' },
        created_at: now(),
        updated_at: now(),
      };
      comments.push(c);
      return { ...c };
    },
    deployments: () => deployments.map((d) => ({ ...d, script: [...d.script] })),
    idTokens: () => [...idTokens],
    setFork(next) {
      fork = next;
    },
    setPermissions(next) {
      permissions = { ...permissions, ...next };
    },
    get permissions() {
      return effective();
    },
    setPages(next) {
      pages = pagesFrom(next, pages);
    },
    setDeploymentStatuses(steps) {
      deploymentScript = [...steps];
    },
    setOidc(next) {
      oidc = { ...oidc, ...next };
    },
    injectFault(fault) {
      faults.push({ ...fault, left: fault.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults() {
      faults = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      }),
  };
}

export interface PullRequestEventOptions {
  number?: number;
  /** Head repository is a fork (another owner). */
  fork?: boolean;
  headRef?: string;
  headSha?: string;
  baseRef?: string;
  baseSha?: string;
  title?: string;
  action?: string;
}

/** A `pull_request` event payload shaped like GitHub's (the fields actions usually read). */
export function pullRequestEvent(
  api: Pick<GitHubApi, 'owner' | 'repo'>,
  o: PullRequestEventOptions = {},
): Record<string, unknown> {
  const full = `${api.owner}/${api.repo}`;
  const headOwner = o.fork ? 'forker' : api.owner;
  const repository = {
    name: api.repo,
    full_name: full,
    owner: { login: api.owner },
    default_branch: o.baseRef ?? 'main',
    fork: false,
  };
  const number = o.number ?? 7;
  return {
    action: o.action ?? 'synchronize',
    number,
    pull_request: {
      number,
      title: o.title ?? 'Update the pipeline',
      html_url: `https://github.com/${full}/pull/${number}`,
      head: {
        ref: o.headRef ?? 'feature',
        sha: o.headSha ?? 'b'.repeat(40),
        label: `${headOwner}:${o.headRef ?? 'feature'}`,
        repo: {
          name: api.repo,
          full_name: `${headOwner}/${api.repo}`,
          owner: { login: headOwner },
          fork: o.fork ?? false,
        },
      },
      base: {
        ref: o.baseRef ?? 'main',
        sha: o.baseSha ?? 'c'.repeat(40),
        label: `${api.owner}:${o.baseRef ?? 'main'}`,
        repo: repository,
      },
    },
    repository,
    sender: { login: o.fork ? 'forker' : 'octocat', type: 'User' },
  };
}

/**
 * Writes an event payload to `dir/event.json` and returns the variables @actions/github's context
 * reads for it (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, and GITHUB_REF / GITHUB_SHA / GITHUB_HEAD_REF /
 * GITHUB_BASE_REF for pull requests, as the runner sets them).
 */
export function writeEvent(
  dir: string,
  eventName: string,
  payload: Record<string, unknown>,
): Record<string, string | undefined> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload, null, 2));
  const env: Record<string, string | undefined> = {
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
  };
  const pr = payload['pull_request'];
  if (isRecord(pr)) {
    const head = isRecord(pr['head']) ? pr['head'] : {};
    const base = isRecord(pr['base']) ? pr['base'] : {};
    env['GITHUB_REF'] = `refs/pull/${String(pr['number'])}/merge`;
    env['GITHUB_SHA'] = 'd'.repeat(40); // the merge commit, not the head sha
    env['GITHUB_HEAD_REF'] = String(head['ref'] ?? '');
    env['GITHUB_BASE_REF'] = String(base['ref'] ?? '');
  } else {
    env['GITHUB_HEAD_REF'] = undefined;
    env['GITHUB_BASE_REF'] = undefined;
  }
  return env;
}
