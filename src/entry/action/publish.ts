import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionsCache } from '../../adapters/github/actions-cache.js';
import type { UploadedArtifact } from '../../adapters/github/artifacts.js';
import { uploadArtifact } from '../../adapters/github/artifacts.js';
import { GitHubClient } from '../../adapters/github/client.js';
import { publishCheckRun, upsertStickyComment } from '../../adapters/github/feedback.js';
import { deployPages } from '../../adapters/github/pages.js';
import { SiteProblem, writeSiteTar } from '../../adapters/github/site-tar.js';
import type { RunReport } from '../../engine/events.js';
import type { Graph } from '../../core/graph.js';
import { escapeMarkdown } from '../../report/markdown.js';
import type { SummaryOptions } from '../../report/summary.js';
import { jobSummary } from '../../report/summary.js';
import type { Project } from '../../engine/project.js';
import type { Baseline, CheckAnnotation, PublishedLink } from '../../report/feedback.js';
import {
  checkRun,
  commentMarker,
  metricsOf,
  notProducedMetrics,
  pullRequestComment,
} from '../../report/feedback.js';
import { isWithin } from '../../core/paths.js';
import { pipelinePlots } from '../../core/plots/capture.js';
import type { PlotsInput } from '../../report/plots-section.js';
import { plotsOf } from '../../report/plots-section.js';
import type { RunContext } from './context.js';
import { writePlotsPage } from './plots-page.js';
import { shouldDeployPages } from './context.js';
import type { AnnotationPlace } from './reporter.js';
import type { Settings } from './settings.js';
import type { Toolkit } from './toolkit.js';
import { stageErrorText } from '../../report/failures.js';

export interface PublishResult {
  readonly artifacts: readonly UploadedArtifact[];
  readonly pageUrl: string;
  readonly links: readonly PublishedLink[];
  readonly baseline?: Baseline;
  /** The workflow run's page (summary, logs), when the runner says which run this is. */
  readonly runUrl?: string;
  /** Publishing the user asked for that did not happen: these fail the step. */
  readonly failures: readonly string[];
}

export interface PublishInputs {
  readonly core: Toolkit;
  readonly settings: Settings;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly context: RunContext;
  readonly project: Project;
  readonly report: RunReport;
  readonly root: string;
  readonly cache?: ActionsCache;
  /** Where in the repository a stage is declared, for annotations. */
  readonly placeOf: (stage: string) => AnnotationPlace;
  /** Stable per pipeline: finds the sticky comment again. */
  readonly pipelineId: string;
}

/** After the run: artifacts, Pages, the metrics baseline, the check run and the PR comment. */
export async function publishAndReport(inputs: PublishInputs): Promise<PublishResult> {
  const { core, settings, context, report } = inputs;
  const fromFork = context.pullRequest?.fromFork === true;
  if (fromFork) {
    core.notice(
      'This pull request comes from a fork: its token is read-only and it has no id-token, so there is no check run, comment or Pages deployment. The job summary has the full report.',
    );
  }
  const failures: string[] = [];
  const artifacts: UploadedArtifact[] = [];
  const links: PublishedLink[] = [];
  let pageUrl = '';
  const baseline = await recordedBaseline(inputs);
  if (settings.publish && report.ok) {
    for (const artifact of inputs.project.pipeline.publish.artifacts) {
      const uploaded = await upload(
        inputs,
        artifact.name,
        artifact.paths.map((p) => p.path),
        failures,
      );
      if (uploaded) {
        artifacts.push(uploaded);
        links.push({ name: `${artifact.name} (artifact)`, url: uploaded.url });
      }
    }
    const pages = inputs.project.pipeline.publish.pages;
    if (pages && shouldDeployPages(settings.deployPages, context) && !fromFork) {
      pageUrl = await deploySite(inputs, pages.path, failures);
      if (pageUrl) links.push({ name: 'Site (GitHub Pages)', url: pageUrl });
    } else if (pages && context.pullRequest) {
      const covered = inputs.project.pipeline.publish.artifacts.some((a) =>
        a.paths.some((p) => p.path === pages.path),
      );
      if (!covered) {
        const preview = await upload(inputs, 'site-preview', [pages.path], failures);
        if (preview) {
          artifacts.push(preview);
          links.push({ name: 'Site preview (artifact)', url: preview.url });
        }
      }
    }
    const plots = await uploadPlotsPage(inputs, baseline);
    if (plots) {
      artifacts.push(plots);
      links.push({ name: 'Plots (artifact)', url: plots.url });
    }
  } else if (settings.publish && !report.ok) {
    core.info('Not publishing: the pipeline did not succeed.');
  }
  if (settings.checkRun && settings.githubToken && !fromFork) await createCheck(inputs);
  if (settings.comment && settings.githubToken && context.pullRequest && !fromFork)
    await comment(inputs, links, baseline, { artifacts, pageUrl });
  const url = runUrl(context);
  return {
    artifacts,
    pageUrl,
    links,
    ...(baseline ? { baseline } : {}),
    ...(url ? { runUrl: url } : {}),
    failures,
  };
}

async function upload(
  inputs: PublishInputs,
  name: string,
  paths: string[],
  failures: string[],
): Promise<UploadedArtifact | undefined> {
  try {
    const uploaded = await uploadArtifact(
      {
        name,
        root: inputs.root,
        paths,
        includeHidden: inputs.settings.includeHiddenFiles,
        ...(inputs.settings.retentionDays !== undefined
          ? { retentionDays: inputs.settings.retentionDays }
          : {}),
      },
      inputs.env,
    );
    inputs.core.info(`Uploaded artifact ${name} (${uploaded.size} bytes): ${uploaded.url}`);
    return uploaded;
  } catch (e) {
    failures.push(`uploading artifact ${name} failed: ${(e as Error).message}`);
    return undefined;
  }
}

async function deploySite(
  inputs: PublishInputs,
  sitePath: string,
  failures: string[],
): Promise<string> {
  const { core, settings, context } = inputs;
  const dir = mkdtempSync(join(inputs.env.RUNNER_TEMP ?? tmpdir(), 'reprokit-pages-'));
  mkdirSync(dir, { recursive: true });
  try {
    const tar = writeSiteTar(join(inputs.root, sitePath), join(dir, 'artifact.tar'));
    for (const warning of tar.warnings) core.warning(warning);
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const uploaded = await new DefaultArtifactClient().uploadArtifact(
      'github-pages',
      [join(dir, 'artifact.tar')],
      dir,
      { retentionDays: 1 },
    );
    if (uploaded.id === undefined) throw new Error('the github-pages artifact was not created');
    let idToken: string;
    try {
      idToken = await core.getIDToken();
    } catch (e) {
      failures.push(
        `deploying Pages needs an OIDC token: give the job \`permissions: {id-token: write, pages: write}\` (${(e as Error).message})`,
      );
      return '';
    }
    const client = await GitHubClient.create(settings.githubToken);
    const outcome = await deployPages({
      client,
      repo: { owner: context.owner, repo: context.repo },
      artifactId: uploaded.id,
      sha: context.sha,
      idToken,
      timeoutMs: settings.pagesTimeoutMs,
      pollMs: Number(inputs.env.REPROKIT_PAGES_POLL_MS ?? 5000),
      log: (message) => core.info(message),
    });
    if (!outcome.ok) {
      failures.push(`GitHub Pages: ${outcome.reason}`);
      return '';
    }
    core.info(`Deployed ${sitePath} (${tar.files} files) to ${outcome.pageUrl}`);
    return outcome.pageUrl;
  } catch (e) {
    failures.push(
      e instanceof SiteProblem
        ? `the site ${sitePath} cannot be deployed: ${e.message}`
        : `GitHub Pages: ${(e as Error).message}`,
    );
    return '';
  }
}

/**
 * What the metrics and plots are compared with, from the cache index (no downloads): on a pull
 * request the base branch's newest run (the index this run started from when it is the base's,
 * else one lookup of the base's index); on other events the previous run of this branch.
 */
async function recordedBaseline(inputs: PublishInputs): Promise<Baseline | undefined> {
  const { cache, context, report } = inputs;
  if (!cache || (metricsOf(report).size === 0 && plotsOf(report).size === 0)) return undefined;
  const previous = cache.previousRecorded();
  if (context.pullRequest) {
    const base = context.pullRequest.baseBranch;
    const values = previous?.branch === base ? previous : await cache.branchRecorded(base);
    return values
      ? { branch: base, kind: 'base', metrics: values.metrics, plots: values.plots }
      : { branch: base, kind: 'base' };
  }
  if (!previous) return undefined;
  return {
    branch: previous.branch,
    kind: 'previous',
    metrics: previous.metrics,
    plots: previous.plots,
  };
}

/** The pipeline's plots, with links to published copies of image plots. */
export function plotsInput(
  project: Project,
  published: { readonly artifacts: readonly UploadedArtifact[]; readonly pageUrl: string },
): PlotsInput {
  const { artifacts, pages } = project.pipeline.publish;
  return {
    definitions: pipelinePlots(project.pipeline),
    imageLink: (file) => {
      if (pages && published.pageUrl && isWithin(file, pages.path))
        return `${published.pageUrl.replace(/\/$/, '')}/${file.slice(pages.path.length).replace(/^\//, '')}`;
      const artifact = artifacts.find((a) => a.paths.some((p) => isWithin(file, p.path)));
      return published.artifacts.find((u) => u.name === artifact?.name)?.url;
    },
  };
}

/**
 * When the manifest publishes something and the run drew plots, the offline plots page goes up
 * as the artifact `plots`. It was not asked for by name: a failure is a warning, not a failure.
 */
async function uploadPlotsPage(
  inputs: PublishInputs,
  baseline: Baseline | undefined,
): Promise<UploadedArtifact | undefined> {
  const { publish } = inputs.project.pipeline;
  if (publish.artifacts.length === 0 && !publish.pages) return undefined;
  const head = plotsOf(inputs.report);
  if (head.size === 0) return undefined;
  const page = writePlotsPage({
    root: inputs.root,
    ...(inputs.env.RUNNER_TEMP ? { tempDir: inputs.env.RUNNER_TEMP } : {}),
    definitions: pipelinePlots(inputs.project.pipeline),
    head,
    ...(baseline ? { baseline } : {}),
    title: `Plots of ${inputs.project.pipeline.manifestFile}`,
  });
  if (!page) return undefined;
  const problems: string[] = [];
  const uploaded = await upload({ ...inputs, root: page.dir }, 'plots', page.paths, problems);
  for (const problem of problems) inputs.core.warning(problem);
  return uploaded;
}

/** The link to the workflow run, when the runner says which run this is. */
export function runUrl(context: RunContext): string | undefined {
  if (!context.runId || !context.owner) return undefined;
  return `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`;
}

async function createCheck(inputs: PublishInputs): Promise<void> {
  const { core, settings, context, report, project } = inputs;
  const annotations: CheckAnnotation[] = report.stages
    .filter((s) => s.result === 'failed')
    .map((s) => {
      const place = inputs.placeOf(s.name);
      return {
        path: place.file ?? project.pipeline.manifestFile,
        start_line: place.startLine ?? 1,
        end_line: place.startLine ?? 1,
        annotation_level: 'failure' as const,
        title: `Stage ${s.name} failed`,
        message: `${stageErrorText(s)}${s.outputTail ? `\n\n${s.outputTail}` : ''}`.slice(
          0,
          60_000,
        ),
      };
    });
  const client = await GitHubClient.create(settings.githubToken);
  const created = await publishCheckRun(
    client,
    { owner: context.owner, repo: context.repo },
    {
      name: settings.checkName,
      headSha: context.pullRequest?.headSha ?? context.sha,
      content: checkRun(project.graph, report, annotations),
      ...(runUrl(context) ? { detailsUrl: runUrl(context) as string } : {}),
    },
  );
  if (!created.ok) {
    const hint =
      created.status === 403
        ? ' (give the job `permissions: {checks: write}`, or set check-run: false)'
        : '';
    core.warning(`Could not create the check run: ${created.status} ${created.message}${hint}`);
  }
}

async function comment(
  inputs: PublishInputs,
  links: readonly PublishedLink[],
  baseline: Baseline | undefined,
  published: { readonly artifacts: readonly UploadedArtifact[]; readonly pageUrl: string },
): Promise<void> {
  const { core, settings, context, report } = inputs;
  const pr = context.pullRequest;
  if (!pr) return;
  const marker = commentMarker(inputs.pipelineId);
  const body = pullRequestComment({
    marker,
    report,
    links,
    sha: pr.headSha,
    ...(baseline ? { baseline } : {}),
    ...(runUrl(context) ? { runUrl: runUrl(context) as string } : {}),
    notProduced: notProducedMetrics(inputs.project.graph, report),
    plots: plotsInput(inputs.project, published),
  });
  const client = await GitHubClient.create(settings.githubToken);
  const result = await upsertStickyComment(
    client,
    { owner: context.owner, repo: context.repo },
    { issueNumber: pr.number, marker, body },
  );
  if (!result.ok) {
    const hint =
      result.status === 403
        ? ' (give the job `permissions: {pull-requests: write}`, or set comment: false)'
        : '';
    core.warning(
      `Could not update the pull request comment: ${result.status} ${result.message}${hint}`,
    );
  } else
    core.info(
      `Pull request comment ${result.value.action}: ${result.value.html_url ?? result.value.id}`,
    );
}

/**
 * The job summary after publishing. Publishing the user asked for (Pages, artifacts) that failed
 * fails the step, so the headline must not show ✅ and the reasons are listed under it.
 */
export function publishedSummary(
  graph: Graph,
  report: RunReport,
  failures: readonly string[],
  extras: string,
  options: SummaryOptions = {},
): string {
  const failed =
    failures.length > 0
      ? `### ❌ Publishing failed\n\n${failures.map((f) => `- ${escapeMarkdown(f)}`).join('\n')}`
      : '';
  const sections = [failed, extras].filter(Boolean).join('\n\n');
  const shown = { ...report, ok: report.ok && failures.length === 0 };
  return jobSummary(graph, shown, options) + (sections ? `\n${sections}\n` : '');
}
