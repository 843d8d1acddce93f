import { existsSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { emptyCacheStats } from '../../adapters/github/actions-cache.js';
import { GitHubFeedback } from '../../adapters/github/feedback.js';
import { localDvcLockServices } from '../../adapters/dvc/md5.js';
import { fanoutPlan } from '../../core/fanout.js';
import { openLocator } from '../../core/manifest/source.js';
import { finalStages, selectWithUpstream } from '../../core/graph.js';
import { writeDvcLock } from '../../engine/dvc/lock.js';
import type { EngineEvent, RunReport } from '../../engine/events.js';
import type { Project } from '../../engine/project.js';
import { linksSection, metricsSection, notProducedMetrics } from '../../report/feedback.js';
import { jobSummary } from '../../report/summary.js';
import type { StageRequest } from '../../session/run-options.js';
import { stageResults } from '../../session/stage-result.js';
import { expandStageNames } from '../../session/stages.js';
import { plotsSection } from '../../report/plots-section.js';
import { cacheLine, openCache, persistCache } from './cache.js';
import { readRunContext } from './context.js';
import { Outputs } from './contract.js';
import { plotsInput, publishAndReport, publishedSummary } from './publish.js';
import { ActionReporter } from './reporter.js';
import { openForAction } from './session.js';
import type { Settings } from './settings.js';
import { readSettings, SettingsError } from './settings.js';
import type { Toolkit } from './toolkit.js';

export interface ActionEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly signal: AbortSignal;
}

/** The whole action: every failure ends as a failed step with a message, never a stack trace. */
export async function run(core: Toolkit, environment: ActionEnvironment): Promise<void> {
  setOutputs(core, undefined);
  let settings: Settings;
  try {
    settings = readSettings((name) => core.getInput(name));
  } catch (e) {
    if (e instanceof SettingsError) return core.setFailed(e.message);
    throw e;
  }
  if (settings.githubToken) core.setSecret(settings.githubToken);
  const workspaceRoot = environment.env.GITHUB_WORKSPACE ?? process.cwd();
  const root = resolve(workspaceRoot, settings.workingDirectory);
  if (!existsSync(root))
    return core.setFailed(`working-directory ${settings.workingDirectory} does not exist`);
  const inRepo = (file: string) =>
    posix.normalize(relative(workspaceRoot, join(root, file)).split('\\').join('/'));

  let handle: (event: EngineEvent) => void = () => undefined;
  const cacheStats = emptyCacheStats();
  const cache = await openCache(core, settings, environment.env, root, cacheStats);
  const env = environment.env;
  const emit = (event: EngineEvent) => handle(event);
  const session = await openForAction({ core, settings, env, root, cache, emit, inRepo });
  if (!session) return;
  const { project, manifest } = session;
  const locator = await openLocator(project.texts);
  const reporter = new ActionReporter(core, project.graph.byName, locator, inRepo);
  handle = (event) => reporter.handle(event);
  let report: RunReport;
  try {
    const request = stageRequest(settings, project, environment.signal);
    report =
      settings.mode === 'plan'
        ? await session.plan(request, { events: true })
        : await session.run(request);
  } finally {
    for (const warning of session.close()) core.warning(warning);
  }
  await persistCache(core, settings, cache);
  if (settings.mode === 'plan') return reportPlan(core, settings, project, report);
  if (settings.writeDvcLock && project.pipeline.format === 'dvc' && !report.interrupted) {
    const lock = await writeDvcLock(project, localDvcLockServices(session.workspace), report);
    core.info(
      `reprokit: ${lock.file} ${lock.written ? 'written' : 'already up to date'}` +
        (lock.missing.length > 0 ? `; no entry for ${lock.missing.join(', ')}` : ''),
    );
  } else if (settings.writeDvcLock && project.pipeline.format !== 'dvc') {
    core.warning(`write-dvc-lock applies to dvc.yaml projects; ${manifest} is not one`);
  }
  setOutputs(core, report);
  const context = readRunContext(environment.env);
  const published = await publishAndReport({
    core,
    settings,
    env: environment.env,
    context,
    project,
    report,
    root,
    feedback: new GitHubFeedback(settings.githubToken, {
      owner: context.owner,
      repo: context.repo,
    }),
    ...(cache ? { baseline: cache } : {}),
    placeOf: (stage) => reporter.place(stage),
    pipelineId: inRepo(manifest),
  });
  core.setOutput(
    Outputs.artifactIds,
    JSON.stringify(Object.fromEntries(published.artifacts.map((a) => [a.name, a.id]))),
  );
  core.setOutput(
    Outputs.artifactUrls,
    JSON.stringify(Object.fromEntries(published.artifacts.map((a) => [a.name, a.url]))),
  );
  core.setOutput(Outputs.pageUrl, published.pageUrl);
  if (settings.summary) {
    const extras = [
      linksSection(published.links),
      metricsSection(report, published.baseline, {
        notProduced: notProducedMetrics(project.graph, report),
      }),
      plotsSection(report, published.baseline, {
        ...plotsInput(project, published),
        budget: 256 * 1024,
      }),
    ]
      .filter(Boolean)
      .join('\n\n');
    await core.appendSummary(
      publishedSummary(project.graph, report, published.failures, extras, {
        cacheLine: cacheLine(cache ? cacheStats : undefined),
        ...(published.runUrl ? { runUrl: published.runUrl } : {}),
      }),
    );
  }
  for (const failure of published.failures) core.error(failure);
  core.info(
    `reprokit: ${report.stages.length} stages. ${cacheLine(cache ? cacheStats : undefined)}`,
  );
  if (published.failures.length > 0 && report.ok)
    core.setFailed(`publishing failed: ${published.failures.join('; ')}`);
  if (!report.ok) {
    const failed = report.stages.filter((s) => s.result === 'failed').map((s) => s.name);
    core.setFailed(
      report.interrupted
        ? 'interrupted'
        : `stage${failed.length === 1 ? '' : 's'} failed: ${failed.join(', ')}`,
    );
  }
}

/**
 * `needed` restores what Bazel's download-toplevel would: the target stages' outputs and the
 * published ones; outputs that stale stages read are restored on demand in every mode.
 * `targets`: the stages asked for, group names already expanded.
 */
export function restoreSet(
  restore: Settings['restore'],
  project: Project,
  targets: readonly string[],
): StageRequest['restore'] {
  if (restore === 'all') return 'all';
  if (restore === 'none') return [];
  const selected = selectWithUpstream(project.graph, targets);
  const wanted =
    targets.length > 0 ? targets : finalStages(project.graph, selected).map((s) => s.name);
  const publish = project.pipeline.publish;
  const published = [publish.pages, ...publish.artifacts.flatMap((a) => a.paths)]
    .filter((t) => t !== undefined)
    .flatMap((t) => project.graph.producers.overlapping(t.path).map((p) => p.stage.name));
  return [...new Set([...wanted, ...published])];
}

/** What the inputs ask the session for; the defaults are the session's (run-options.ts). */
function stageRequest(settings: Settings, project: Project, signal: AbortSignal): StageRequest {
  return {
    targets: settings.stages,
    force: settings.force,
    ...(settings.jobs !== undefined ? { jobs: settings.jobs } : {}),
    keepGoing: settings.keepGoing,
    // dvc.lock needs every output in the workspace to hash it.
    restore:
      settings.writeDvcLock && project.pipeline.format === 'dvc'
        ? 'all'
        : restoreSet(settings.restore, project, expandStageNames(project, settings.stages)),
    salt: settings.cacheSalt,
    signal,
  };
}

/** Plan mode: the stale stages in waves for the reusable workflow's parallel jobs. */
async function reportPlan(
  core: Toolkit,
  settings: Settings,
  project: Project,
  report: RunReport,
): Promise<void> {
  const stale = report.stages.filter((s) => s.status === 'stale').map((s) => s.name);
  const force = expandStageNames(project, settings.force);
  const fanout = fanoutPlan(project.graph, stale, { force });
  setOutputs(core, report);
  core.setOutput(Outputs.stale, JSON.stringify(stale));
  core.setOutput(Outputs.waves, JSON.stringify(fanout.jobs));
  core.setOutput(Outputs.cacheHit, String(stale.length === 0));
  core.info(
    stale.length === 0
      ? 'Plan: nothing is stale.'
      : `Plan: ${stale.length} stale stage(s) in ${fanout.waves.length} wave(s): ${fanout.waves.map((w) => `[${w.stages.join(' ')}]`).join(' → ')}`,
  );
  if (settings.summary)
    await core.appendSummary(jobSummary(project.graph, report, { title: 'reprokit plan' }));
}

/** Every output is always set: empty before a run, so a failed step still has them. */
function setOutputs(core: Toolkit, report: RunReport | undefined): void {
  if (!report) {
    core.setOutput(Outputs.artifactIds, '{}');
    core.setOutput(Outputs.artifactUrls, '{}');
    core.setOutput(Outputs.pageUrl, '');
  }
  const names = (result: string) =>
    JSON.stringify(report?.stages.filter((s) => s.result === result).map((s) => s.name) ?? []);
  core.setOutput(Outputs.ran, names('ran'));
  core.setOutput(Outputs.restored, names('restored'));
  core.setOutput(Outputs.fresh, names('fresh'));
  core.setOutput(Outputs.failed, names('failed'));
  const cacheHit =
    report !== undefined &&
    report.stages.every((s) => s.result === 'fresh' || s.result === 'restored');
  core.setOutput(Outputs.cacheHit, String(cacheHit));
  core.setOutput(Outputs.stale, names('ran'));
  if (!report) core.setOutput(Outputs.waves, '[]');
  // The run shape in both modes: `result` is a documented field of this output (action.yml).
  core.setOutput(Outputs.plan, JSON.stringify(report ? stageResults(report, 'run') : []));
}
