import type { Diagnostic } from '../../core/diagnostics.js';
import { error } from '../../core/diagnostics.js';
import type { MissingInput } from '../../core/dvc/missing-input.js';
import { dvcFileCandidates, missingParams } from '../../core/dvc/missing-input.js';
import type { Graph } from '../../core/graph.js';
import type { ParamsFiles } from '../../core/params.js';
import type { Workspace } from '../../ports.js';

/**
 * For a DVC project: the stages whose source deps are not in the workspace (DVC-tracked data
 * before `dvc pull`, or a path nothing provides) or whose params are missing. A missing dep that
 * no `.dvc` file tracks may be a typo: it also gets a positioned warning.
 */
export async function missingInputs(
  workspace: Workspace,
  graph: Graph,
  params: ParamsFiles,
): Promise<{ byStage: Map<string, MissingInput[]>; diagnostics: Diagnostic[] }> {
  const byStage = new Map<string, MissingInput[]>();
  const diagnostics: Diagnostic[] = [];
  const warned = new Set<string>();
  const known = new Map<string, Promise<MissingInput | undefined>>();
  const check = (path: string) => {
    let pending = known.get(path);
    if (!pending) {
      pending = missingDep(workspace, path);
      known.set(path, pending);
    }
    return pending;
  };
  for (const stage of graph.order) {
    const reasons: MissingInput[] = [];
    for (const dep of stage.deps) {
      if (dep.kind === 'glob' || graph.producers.overlapping(dep.path).length > 0) continue;
      const missing = await check(dep.path);
      if (!missing) continue;
      reasons.push(missing);
      if (
        missing.kind === 'input-missing' &&
        missing.trackedBy === undefined &&
        !warned.has(dep.path)
      ) {
        warned.add(dep.path);
        diagnostics.push({
          ...error(
            'missing-dep',
            `${dep.path} does not exist, no stage produces it and no .dvc file tracks it (dep of stage "${stage.name}")`,
            {
              source: dep.source,
              hint: 'create the file, fix the path (paths are relative to the stage wdir), or track it with `dvc add`',
            },
          ),
          severity: 'warning',
        });
      }
    }
    reasons.push(...missingParams(stage.params, params));
    if (reasons.length > 0) byStage.set(stage.name, reasons);
  }
  return { byStage, diagnostics };
}

async function missingDep(workspace: Workspace, path: string): Promise<MissingInput | undefined> {
  try {
    if (await workspace.info(path)) return undefined;
  } catch {
    return undefined; // symlinks escaping the project are reported by checkWorkspace
  }
  for (const candidate of dvcFileCandidates(path)) {
    const info = await workspace.info(candidate).catch(() => undefined);
    if (info?.kind === 'file') return { kind: 'input-missing', path, trackedBy: candidate };
  }
  return { kind: 'input-missing', path };
}
