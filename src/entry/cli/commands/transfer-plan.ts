import type { EngineServices } from '../../../engine/engine.js';
import { runPipeline } from '../../../engine/engine.js';
import type { StageReport } from '../../../engine/events.js';
import type { Project } from '../../../engine/project.js';
import { runOptions } from '../../../session/run-options.js';
import { expandStageNames } from '../../../session/stages.js';

/**
 * The stages push and pull move: the selected stages (and what they need) whose key is known
 * without running anything, with that key. Computed the way `status` does.
 */
export async function stagesWithKeys(
  project: Project,
  services: EngineServices,
  targets: readonly string[],
  signal: AbortSignal,
): Promise<{ wanted: StageReport[]; unknown: StageReport[] }> {
  const report = await runPipeline(
    project,
    { ...services, emit: () => undefined },
    // Group names (`push train`) stand for the stages they generated, as in `run`.
    runOptions({ targets: expandStageNames(project, targets), keepGoing: true, signal }, 'plan'),
  );
  return {
    wanted: report.stages.filter((s) => s.key !== undefined && s.status !== 'stale'),
    unknown: report.stages.filter((s) => s.key === undefined || s.status === 'stale'),
  };
}

/** Objects and bytes moved so far: the progress push and pull print. */
export class TransferTally {
  objects = 0;
  bytes = 0;
  add(progress: { objects: number; bytes: number }): void {
    this.objects += progress.objects;
    this.bytes += progress.bytes;
  }
}
