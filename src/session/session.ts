import type { Diagnostic } from '../core/diagnostics.js';
import type { Locator } from '../core/manifest/source.js';
import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';
import type { EngineServices } from '../engine/engine.js';
import { runPipeline } from '../engine/engine.js';
import type { RunReport } from '../engine/events.js';
import type { Project } from '../engine/project.js';
import { loadProject } from '../engine/project.js';
import type { LocalSetup } from './compose.js';
import { localServices } from './compose.js';
import type { NodeWorkspace } from '../adapters/local/node-workspace.js';
import { findManifest } from './manifest.js';
import { appendRunLog } from './run-log.js';
import type { StageRequest } from './run-options.js';
import { runOptions } from './run-options.js';
import type { UnknownStage } from './stages.js';
import { expandStageNames, unknownStage } from './stages.js';

/**
 * What the CLI and the action share: open the project (find and load the manifest, wire the
 * adapters), check the stage names asked for, plan or run, and hand the events to the caller's
 * reporter. Each entry renders the outcome its own way (terminal, job summary, outputs).
 */
export interface Session {
  readonly root: string;
  /** The manifest file, relative to the root. */
  readonly manifest: string;
  readonly project: Project;
  readonly services: EngineServices;
  readonly workspace: NodeWorkspace;
  /** The local cache's directory. */
  readonly cacheDir: string;
  /** Decides only: runs and restores nothing; reports no events unless asked to. */
  plan(request: StageRequest, options?: { readonly events?: boolean }): Promise<RunReport>;
  /** Brings the selection up to date; events go to the `emit` given to openSession. */
  run(request: StageRequest): Promise<RunReport>;
  /** Saves what the adapters keep between runs (stat cache, compacted state log); returns
   * warnings for what could not be saved (never throws: it only costs speed next time). */
  close(): string[];
}

export interface SessionSetup extends LocalSetup {
  /** The manifest named by the user; default: found in the root. */
  readonly manifest?: string;
  /** Stage names the user gave (targets, forced): an unknown one stops the session. */
  readonly stages?: readonly string[];
  /** Lays more caches over the local services once the project is known (the remote cache). */
  readonly decorate?: (
    services: EngineServices,
    project: Project,
  ) => EngineServices | Promise<EngineServices>;
  /**
   * Whether a run is noted in `.reprokit/runs.jsonl` for `gc --keep-last` (default: yes). The
   * action says no: its workspace is thrown away and it has no local cache to collect.
   */
  readonly runLog?: 'append' | 'off';
}

export type OpenFailure =
  | {
      readonly kind: 'invalid-manifest';
      readonly manifest: string;
      readonly diagnostics: readonly Diagnostic[];
      readonly locator: Locator;
    }
  | UnknownStage;

export async function openSession(setup: SessionSetup): Promise<Result<Session, OpenFailure>> {
  const manifest = findManifest(setup.root, setup.manifest);
  const local = localServices(setup);
  const loaded = await loadProject(local.workspace, manifest);
  if (!loaded.ok) {
    local.flush();
    return err({ kind: 'invalid-manifest', manifest, ...loaded.error });
  }
  const project = loaded.value;
  const unknown = unknownStage(project, setup.stages ?? []);
  if (unknown) {
    local.flush();
    return err(unknown);
  }
  const services = setup.decorate ? await setup.decorate(local.services, project) : local.services;
  const quiet = { ...services, emit: () => undefined };
  const expand = (request: StageRequest): StageRequest => ({
    ...request,
    targets: expandStageNames(project, request.targets ?? []),
    force: expandStageNames(project, request.force ?? []),
  });
  return ok({
    root: setup.root,
    manifest,
    project,
    services,
    workspace: local.workspace,
    cacheDir: local.cacheDir,
    plan: (request, options) =>
      runPipeline(project, options?.events ? services : quiet, runOptions(expand(request), 'plan')),
    run: async (request) => {
      const report = await runPipeline(project, services, runOptions(expand(request), 'run'));
      if (setup.runLog !== 'off') appendRunLog(setup.root, report, new Date(local.services.now()));
      return report;
    },
    close: () => local.flush(),
  });
}

/** Errors among the diagnostics of an invalid manifest (the rest are notices). */
export function errorCount(failure: { diagnostics: readonly Diagnostic[] }): number {
  return failure.diagnostics.filter((d) => d.severity === 'error').length;
}
