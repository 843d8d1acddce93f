import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { emptyCacheStats } from '../../adapters/github/actions-cache.js';
import { formatDiagnostic, spanOf } from '../../core/format-diagnostic.js';
import { finalStages, selectWithUpstream } from '../../core/graph.js';
import { fanoutPlan } from '../../core/fanout.js';
import { closest } from '../../core/suggest.js';
import type { RunOptions } from '../../engine/engine.js';
import { runPipeline } from '../../engine/engine.js';
import type { EngineEvent, RunReport } from '../../engine/events.js';
import { reasonTexts } from '../../report/reasons.js';
import type { Project } from '../../engine/project.js';
import { loadProject, MANIFEST_CANDIDATES } from '../../engine/project.js';
import { jobSummary } from '../../report/summary.js';
import { localServices } from '../../session/compose.js';
import { localDvcLockServices } from '../../adapters/dvc/md5.js';
import { writeDvcLock } from '../../engine/dvc/lock.js';
import { chooseRemote, layerRemote } from '../../session/remote-compose.js';
import { linksSection, metricsSection, notProducedMetrics } from '../../report/feedback.js';
import { plotsSection } from '../../report/plots-section.js';
import { cacheLine, openCache, persistCache } from './cache.js';
import { readRunContext } from './context.js';
import { Outputs } from './contract.js';
import { plotsInput, publishAndReport, publishedSummary } from './publish.js';
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
  const manifest =
    settings.manifest ??
    MANIFEST_CANDIDATES.find((f) => existsSync(join(root, f))) ??
    'reprokit.yml';
  const inRepo = (file: string) =>
    posix.normalize(relative(workspaceRoot, join(root, file)).split('\\').join('/'));

  let handle: (event: EngineEvent) => void = () => undefined;
  const cacheStats = emptyCacheStats();
  const cache = await openCache(core, settings, environment.env, root, cacheStats);
  const local = localServices({
    root,
    emit: (event) => handle(event),
    env: environment.env,
    cache: cache ?? 'none',
    cacheAccess: {
      read: settings.cache === 'read-write' || settings.cache === 'read-only',
      write: settings.cache === 'read-write' || settings.cache === 'write-only',
    },
  });
  const loaded = await loadProject(local.workspace, manifest);
  if (!loaded.ok) {
    for (const d of loaded.error.diagnostics) {
      const span = spanOf(d, loaded.error.locator);
      const text = formatDiagnostic(d, loaded.error.locator);
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
  const project = loaded.value;
  const unknown = [...settings.stages, ...settings.force].find((s) => !project.graph.byName.has(s));
  if (unknown !== undefined) {
    const guess = closest(unknown, [...project.graph.byName.keys()]);
    return core.setFailed(
      `no stage named "${unknown}"${guess ? `; did you mean "${guess}"?` : ''}`,
    );
  }
  const opened =
    settings.cache === 'off'
      ? ({ ok: true, remote: undefined } as const)
      : chooseRemote({
          ...(settings.remote !== undefined ? { url: settings.remote } : {}),
          ...(settings.remoteWrite !== undefined ? { write: settings.remoteWrite } : {}),
          project,
          root,
          env: environment.env,
          warn: (message) => core.warning(message),
        });
  if (!opened.ok) return core.setFailed(opened.error);
  const services = layerRemote(local.services, opened.remote, (m) => core.warning(m));
  const reporter = new ActionReporter(core, project.graph.byName, project.locator, inRepo);
  handle = (event) => reporter.handle(event);
  let report: RunReport;
  try {
    report = await runPipeline(
      project,
      services,
      runOptions(settings, project, environment.signal),
    );
  } finally {
    for (const warning of local.flush()) core.warning(warning);
  }
  await persistCache(core, settings, cache);
  if (settings.mode === 'plan') return reportPlan(core, settings, project, report);
  if (settings.writeDvcLock && project.pipeline.format === 'dvc' && !report.interrupted) {
    const lock = await writeDvcLock(project, localDvcLockServices(local.workspace), report);
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

function runOptions(settings: Settings, project: Project, signal: AbortSignal): RunOptions {
  return {
    targets: settings.stages,
    force: { stages: settings.force, all: false },
    jobs: settings.jobs ?? Math.max(1, cpus().length),
    keepGoing: settings.keepGoing,
    mode: settings.mode,
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
  core.setOutput(
    Outputs.plan,
    JSON.stringify(
      report?.stages.map((s) => ({
        name: s.name,
        status: s.status,
        result: s.result,
        reasons: reasonTexts(s.reasons),
        differences: s.reasons,
        ...(s.key ? { key: s.key } : {}),
      })) ?? [],
    ),
  );
}
