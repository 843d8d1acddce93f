import { existsSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import type { ActionsCache } from '../../adapters/github/actions-cache.js';
import { openActionsCache } from '../../adapters/github/actions-cache-open.js';
import { formatDiagnostic, spanOf } from '../../core/format-diagnostic.js';
import { finalStages, selectWithUpstream } from '../../core/graph.js';
import { fanoutPlan } from '../../core/fanout.js';
import type { RunOptions } from '../../engine/engine.js';
import type { EngineEvent, RunReport } from '../../engine/events.js';
import type { Project } from '../../engine/project.js';
import { jobSummary } from '../../report/summary.js';
import { findManifest } from '../../session/manifest.js';
import type { StageRequest } from '../../session/run-options.js';
import { openSession } from '../../session/session.js';
import type { ReportKind } from '../../session/stage-result.js';
import { stageResults } from '../../session/stage-result.js';
import { describeUnknownStage } from '../../session/stages.js';
import { localDvcLockServices } from '../../adapters/dvc-hash.js';
import { writeDvcLock } from '../../engine/dvc-lock.js';
import { linksSection, metricsSection } from '../../report/feedback.js';
import { readRunContext } from './context.js';
import { Outputs } from './contract.js';
import { publishAndReport, publishedSummary } from './publish.js';
import { ActionReporter } from './reporter.js';
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
  // The cache client resolves its paths against the working directory.
  process.chdir(root);
  const manifest = findManifest(root, settings.manifest);
  const inRepo = (file: string) =>
    posix.normalize(relative(workspaceRoot, join(root, file)).split('\\').join('/'));

  let handle: (event: EngineEvent) => void = () => undefined;
  const counters = { downloadedBytes: 0, uploadedBytes: 0 };
  const cache = await openCache(core, settings, environment.env, root, counters);
  const opened = await openSession({
    root,
    manifest,
    stages: [...settings.stages, ...settings.force],
    emit: (event) => handle(event),
    env: environment.env,
    cache: cache ?? 'none',
    cacheAccess: {
      read: settings.cache === 'read-write' || settings.cache === 'read-only',
      write: settings.cache === 'read-write' || settings.cache === 'write-only',
    },
  });
  if (!opened.ok) {
    const failure = opened.error;
    if (failure.kind === 'unknown-stage') return core.setFailed(describeUnknownStage(failure));
    for (const d of failure.diagnostics) {
      const span = spanOf(d, failure.locator);
      const text = formatDiagnostic(d, failure.locator);
      const place = span
        ? {
            file: inRepo(span.file),
            startLine: span.line,
            startColumn: span.column,
            title: 'Invalid manifest',
          }
        : { title: 'Invalid manifest' };
      if (d.severity === 'error') core.error(text, place);
      else core.notice(text, place);
    }
    return core.setFailed(`${manifest} is invalid; nothing was run (see the annotations)`);
  }
  const session = opened.value;
  const project = session.project;
  const reporter = new ActionReporter(core, project.graph.byName, project.locator, inRepo);
  handle = (event) => reporter.handle(event);
  let report: RunReport;
  try {
    const request = stageRequest(settings, project, environment.signal);
    report = await (settings.mode === 'plan'
      ? session.plan(request, { events: true })
      : session.run(request));
  } finally {
    for (const warning of session.close()) core.warning(warning);
  }
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
  const published = await publishAndReport({
    core,
    settings,
    env: environment.env,
    context: readRunContext(environment.env),
    project,
    report,
    root,
    ...(cache ? { cache } : {}),
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
    const extras = [linksSection(published.links), metricsSection(report, published.baseline)]
      .filter(Boolean)
      .join('\n\n');
    await core.appendSummary(publishedSummary(project.graph, report, published.failures, extras));
  }
  for (const failure of published.failures) core.error(failure);
  core.info(
    `reprokit: ${report.stages.length} stages; downloaded ${counters.downloadedBytes} B, uploaded ${counters.uploadedBytes} B of cache data`,
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

async function openCache(
  core: Toolkit,
  settings: Settings,
  env: Readonly<Record<string, string | undefined>>,
  root: string,
  counters: { downloadedBytes: number; uploadedBytes: number },
): Promise<ActionsCache | undefined> {
  if (settings.cache === 'off') return undefined;
  const opened = await openActionsCache({
    root,
    env,
    salt: settings.cacheSalt,
    warn: (m) => core.warning(m),
    counters,
  });
  if ('cache' in opened) return opened.cache;
  core.warning(
    `The GitHub Actions cache is unavailable (${opened.unavailable}); running without it. Every stale stage will run.`,
  );
  return undefined;
}

/**
 * `needed` restores what Bazel's download-toplevel would: the target stages' outputs and the
 * published ones; outputs that stale stages read are restored on demand in every mode.
 */
export function restoreSet(settings: Settings, project: Project): RunOptions['restore'] {
  if (settings.restore === 'all') return 'all';
  if (settings.restore === 'none') return [];
  const selected = selectWithUpstream(project.graph, settings.stages);
  const targets =
    settings.stages.length > 0
      ? settings.stages
      : finalStages(project.graph, selected).map((s) => s.name);
  const publish = project.pipeline.publish;
  const published = [publish.pages, ...publish.artifacts.flatMap((a) => a.paths)]
    .filter((t) => t !== undefined)
    .flatMap((t) => project.graph.producers.overlapping(t.path).map((p) => p.stage.name));
  return [...new Set([...targets, ...published])];
}

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
        : restoreSet(settings, project),
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
  const fanout = fanoutPlan(project.graph, stale, { force: settings.force });
  setOutputs(core, report, 'plan');
  core.setOutput(Outputs.stale, JSON.stringify(stale));
  core.setOutput(Outputs.waves, JSON.stringify(fanout.jobs));
  core.setOutput(Outputs.cacheHit, String(stale.length === 0));
  core.info(
    stale.length === 0
      ? 'Plan: nothing is stale.'
      : `Plan: ${stale.length} stale stage(s) in ${fanout.waves.length} wave(s): ${fanout.waves.map((w) => `[${w.stages.join(' ')}]`).join(' → ')}`,
  );
  if (settings.summary)
    await core.appendSummary(jobSummary(project.graph, report, 'reprokit plan'));
}

/** Every output is always set: empty before a run, so a failed step still has them. */
function setOutputs(core: Toolkit, report: RunReport | undefined, mode: ReportKind = 'run'): void {
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
  core.setOutput(Outputs.plan, JSON.stringify(report ? stageResults(report, mode) : []));
}
