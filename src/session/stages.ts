import { expandTargets } from '../core/dvc/targets.js';
import { closest } from '../core/suggest.js';
import type { Project } from '../engine/project.js';

/** A stage name that is not in the pipeline, with the nearest real one (if any is near). */
export interface UnknownStage {
  readonly kind: 'unknown-stage';
  readonly name: string;
  readonly guess?: string;
  readonly known: readonly string[];
}

/** The first of the names that is not a stage of the project, or undefined when all are. */
export function unknownStage(project: Project, names: readonly string[]): UnknownStage | undefined {
  const known = [...project.graph.byName.keys()];
  for (const name of names) {
    // A foreach/matrix group name selects its generated stages, as `dvc repro build` does.
    if (expandTargets([name], known).ok) continue;
    const guess = closest(name, known);
    return { kind: 'unknown-stage', name, ...(guess ? { guess } : {}), known };
  }
  return undefined;
}

/** The words both entries print for it. */
export function describeUnknownStage(u: UnknownStage): string {
  return `no stage named "${u.name}"${u.guess ? `: did you mean "${u.guess}"?` : ` (stages: ${u.known.join(', ')})`}`;
}

/** Stage names with foreach/matrix group names replaced by the stages they generated. */
export function expandStageNames(project: Project, names: readonly string[]): readonly string[] {
  const expanded = expandTargets(names, [...project.graph.byName.keys()]);
  return expanded.ok ? expanded.stages : names;
}
