import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { formatDiagnostic } from '../../core/format-diagnostic.js';
import { closest } from '../../core/suggest.js';
import { renderDot, renderMermaid, renderText, dagJson } from '../../core/render-dag.js';
import type { RunOptions } from '../../engine/engine.js';
import { runPipeline } from '../../engine/engine.js';
import type { RunReport } from '../../engine/events.js';
import type { Project } from '../../engine/project.js';
import { loadProject, MANIFEST_CANDIDATES } from '../../engine/project.js';
import { VERSION } from '../../version.js';
import { bestEffort, localServices } from '../compose.js';
import { lockForCommand } from './lock.js';
import type { CliArgs } from './args.js';
import { HELP, parseArgs, UsageError } from './args.js';
import { CliReporter, summaryTable } from './reporter.js';
import { planJson, planTable, runJson } from './output.js';
import type { CliIo } from './io.js';
import type { SnapshotStage } from './noop-snapshot.js';
import { removeNoopSnapshot, writeNoopSnapshot } from './noop-snapshot.js';
import { init } from './init.js';
import { localDvcLockServices } from '../../adapters/dvc-hash.js';
import { checkDvcLock, writeDvcLock } from '../../engine/dvc-lock.js';
import { openPlanCache, plan } from './plan.js';

export type { CliIo } from './io.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`reprokit: ${e.message}\nRun "reprokit help" for usage.\n`);
    return EXIT.usage;
  }
  if (args.command === 'help') {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  if (args.command === 'version') {
    io.stdout.write(`reprokit ${VERSION}\n`);
    return EXIT.ok;
  }
  const root = resolve(io.cwd, args.directory ?? '.');
  if (!existsSync(root)) {
    io.stderr.write(`reprokit: directory ${root} does not exist\n`);
    return EXIT.usage;
  }
  if (args.command === 'init') return init(root, args, io);
  const cacheDir = args.cacheDir ?? io.env.REPROKIT_CACHE_DIR;
  const held = await lockForCommand(root, args, io, {
    argv,
    ...(cacheDir ? { cacheDir: resolve(io.cwd, cacheDir) } : {}),
  });
  if (typeof held === 'number') return held;
  try {
    const code = await pipelineCommand(root, args, io);
    // A signal that came after the last stage (while storing, saving state) still counts.
    return io.signal.aborted && code === EXIT.ok ? EXIT.interrupted : code;
  } finally {
    held?.release();
  }
}

/** The commands that load the project: run, status, plan, dag. */
async function pipelineCommand(root: string, args: CliArgs, io: CliIo): Promise<number> {
  const actionsCache =
    args.command === 'plan' && args.actionsCache
      ? ((await openPlanCache(root, io.env, args.cacheSalt ?? '', (m) =>
          io.stderr.write(`reprokit: warning: ${m}\n`),
        )) ?? ('none' as const))
      : undefined;
  const manifest =
    args.manifest ?? MANIFEST_CANDIDATES.find((f) => existsSync(join(root, f))) ?? 'reprokit.yml';
  const reporter = new CliReporter(io.stderr);
  const cacheDir = args.cacheDir ?? io.env.REPROKIT_CACHE_DIR;
  const journal = new Set<string>();
  const local = localServices({
    root,
    journal,
    ...(cacheDir ? { cacheDir: resolve(io.cwd, cacheDir) } : {}),
    emit: (event) => reporter.handle(event),
    env: io.env,
    ...(args.noCache ? { cache: 'none' as const } : {}),
    ...(actionsCache && !args.noCache ? { cache: actionsCache } : {}),
  });
  const loaded = await loadProject(local.workspace, manifest);
  if (!loaded.ok) {
    for (const d of loaded.error.diagnostics)
      io.stderr.write(formatDiagnostic(d, loaded.error.locator) + '\n\n');
    const errors = loaded.error.diagnostics.filter((d) => d.severity === 'error').length;
    io.stderr.write(
      `reprokit: ${manifest} has ${errors} error${errors === 1 ? '' : 's'}; nothing was run\n`,
    );
    return EXIT.usage;
  }
  const project = loaded.value;
  for (const d of project.notices) io.stderr.write(formatDiagnostic(d, project.locator) + '\n');
  const unknown = checkStageNames(project, [...args.stages, ...args.force]);
  if (unknown) {
    io.stderr.write(`reprokit: ${unknown}\n`);
    return EXIT.usage;
  }
  reporter.setStageNames(project.graph.order.map((s) => s.name));
  const outcome: { report?: RunReport } = {};
  try {
    switch (args.command) {
      case 'dag':
        io.stdout.write(renderDag(project, args) + '\n');
        return EXIT.ok;
      case 'status':
        return await status(project, args, io, local.services, outcome);
      case 'plan':
        return await plan(project, args, io, local.services);
      case 'run':
        return await run(project, args, io, local.services, reporter, outcome);
      default:
        throw new Error(`Internal error: command ${args.command} reached the pipeline switch`);
    }
  } finally {
    reporter.finish();
    const warnings = local.flush();
    if (snapshotEligible(args, project)) {
      const all = outcome.report?.stages ?? [];
      const fresh =
        !io.signal.aborted &&
        outcome.report?.ok === true &&
        all.every((s) => s.result === 'fresh' && s.status === 'fresh');
      warnings.push(
        ...bestEffort([
          [
            'the no-op snapshot',
            () =>
              fresh
                ? writeNoopSnapshot(
                    root,
                    manifest,
                    [...journal, '.reprokit/state.jsonl'],
                    all.map(snapshotStage),
                  )
                : removeNoopSnapshot(root),
          ],
        ]),
      );
    }
    // Warn once: on a read-only checkout every save fails for the same reason.
    if (warnings[0]) io.stderr.write(`reprokit: warning: ${warnings[0]}\n`);
  }
}

/** The runs a no-op snapshot may answer next time: see fast-path.ts for the same rule on argv. */
function snapshotEligible(args: CliArgs, project: Project): boolean {
  return (
    (args.command === 'status' || args.command === 'run') &&
    project.pipeline.format === 'reprokit' &&
    args.manifest === undefined &&
    args.stages.length === 0 &&
    args.force.length === 0 &&
    !args.forceAll &&
    !args.dryRun &&
    !args.noCache &&
    args.restore &&
    !args.writeDvcLock
  );
}

function snapshotStage(s: RunReport['stages'][number]): SnapshotStage {
  return {
    name: s.name,
    reasons: s.reasons,
    ...(s.key ? { key: s.key } : {}),
    ...(s.savedMs !== undefined ? { savedMs: s.savedMs } : {}),
  };
}

function checkStageNames(project: Project, names: readonly string[]): string | undefined {
  const known = [...project.graph.byName.keys()];
  for (const name of names) {
    if (project.graph.byName.has(name)) continue;
    const guess = closest(name, known);
    return `no stage named "${name}"${guess ? `: did you mean "${guess}"?` : ` (stages: ${known.join(', ')})`}`;
  }
  return undefined;
}

function renderDag(project: Project, args: CliArgs): string {
  switch (args.dagFormat) {
    case 'mermaid':
      return renderMermaid(project.graph);
    case 'dot':
      return renderDot(project.graph);
    case 'json':
      return JSON.stringify(dagJson(project.graph), null, 2);
    case 'text':
      return renderText(project.graph);
  }
}

function options(args: CliArgs, io: CliIo, mode: RunOptions['mode']): RunOptions {
  return {
    targets: args.stages,
    force: { stages: args.force, all: args.forceAll },
    jobs: args.jobs ?? Math.max(1, cpus().length),
    keepGoing: args.keepGoing,
    mode,
    restore: args.restore ? 'all' : [],
    salt: '',
    signal: io.signal,
  };
}

async function status(
  project: Project,
  args: CliArgs,
  io: CliIo,
  services: Parameters<typeof runPipeline>[1],
  outcome: { report?: RunReport },
): Promise<number> {
  const quiet = { ...services, emit: () => undefined };
  const report = await runPipeline(project, quiet, options(args, io, 'plan'));
  outcome.report = report;
  if (project.pipeline.format === 'dvc') {
    // DVC projects: also whether the committed dvc.lock matches the workspace (no data pulled).
    const lock = await checkDvcLock(project, localDvcLockServices(services.workspace));
    const dvcLock = {
      upToDate: lock.upToDate,
      stale: lock.stale.map((s) => s.stage),
      reasons: Object.fromEntries(lock.stale.map((s) => [s.stage, s.reasons])),
    };
    io.stdout.write(
      args.json
        ? JSON.stringify({ ...planJson(report), dvcLock }, null, 2) + '\n'
        : planTable(report) +
            (lock.upToDate
              ? `${lock.file} is up to date\n`
              : `${lock.file} is not up to date:\n${lock.stale.map((s) => `  ${s.stage}: ${s.reasons.join('; ')}\n`).join('')}`),
    );
    return EXIT.ok;
  }
  io.stdout.write(args.json ? JSON.stringify(planJson(report), null, 2) + '\n' : planTable(report));
  return EXIT.ok;
}

async function run(
  project: Project,
  args: CliArgs,
  io: CliIo,
  services: Parameters<typeof runPipeline>[1],
  reporter: CliReporter,
  outcome: { report?: RunReport },
): Promise<number> {
  if (args.writeDvcLock && project.pipeline.format !== 'dvc') {
    io.stderr.write(
      `reprokit: --write-dvc-lock needs a dvc.yaml project, not ${project.pipeline.manifestFile}\n`,
    );
    return EXIT.usage;
  }
  if (args.dryRun) {
    const report = await runPipeline(
      project,
      { ...services, emit: () => undefined },
      options(args, io, 'plan'),
    );
    io.stdout.write(
      args.json
        ? JSON.stringify(planJson(report), null, 2) + '\n'
        : `Dry run: nothing was run.\n${planTable(report)}`,
    );
    return EXIT.ok;
  }
  const report = await runPipeline(project, services, options(args, io, 'run'));
  outcome.report = report;
  reporter.finish();
  if (args.writeDvcLock && !report.interrupted) {
    const lock = await writeDvcLock(project, localDvcLockServices(services.workspace), report);
    io.stderr.write(
      `reprokit: ${lock.file} ${lock.written ? 'written' : 'already up to date'}` +
        (lock.kept.length > 0 ? `; kept the previous entries of ${lock.kept.join(', ')}` : '') +
        (lock.missing.length > 0 ? `; no entry for ${lock.missing.join(', ')}` : '') +
        '\n',
    );
  }
  io.stdout.write(
    args.json ? JSON.stringify(runJson(report), null, 2) + '\n' : summaryTable(report),
  );
  if (report.interrupted || io.signal.aborted) return EXIT.interrupted;
  return report.ok ? EXIT.ok : EXIT.failed;
}
