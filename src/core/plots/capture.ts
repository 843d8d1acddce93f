import { isWithin } from '../paths.js';
import type { Pipeline, Stage } from '../pipeline.js';
import type { OutputRecord } from '../record.js';
import { plotFormat } from './parse.js';
import type { PlotDefinition } from './types.js';
import { PLOT_LIMITS } from './types.js';

/**
 * Every plot of the pipeline: the top-level `plots:` definitions, then each stage's plots
 * outputs not already defined at the top level (a top-level entry with the same id wins, as in DVC).
 */
export function pipelinePlots(pipeline: Pipeline): PlotDefinition[] {
  const top = pipeline.plots ?? [];
  const ids = new Set(top.map((d) => d.id));
  const fromStages = pipeline.stages.flatMap((s) =>
    s.outs.flatMap((o) => (o.plot && !ids.has(o.plot.id) ? [o.plot] : [])),
  );
  return [...top, ...fromStages];
}

/** The data files a definition reads, as written (a directory stands for the files under it). */
export function definitionFiles(definition: PlotDefinition): string[] {
  return [...definition.y.map((s) => s.file), ...(definition.x?.file ? [definition.x.file] : [])];
}

/** Whether a confusion matrix reads this file: its rows are then collapsed to counts, not thinned. */
export function collapsesFile(definitions: readonly PlotDefinition[], path: string): boolean {
  return definitions.some(
    (d) =>
      !d.image &&
      d.template.startsWith('confusion') &&
      definitionFiles(d).some((f) => isWithin(path, f)),
  );
}

export interface CaptureFile {
  readonly path: string;
  /** Drawn as a confusion matrix: collapse rows rather than thin them. */
  readonly collapse: boolean;
}

/**
 * The data files of a stage's outputs that some plot reads: named by a definition, or under a
 * directory a definition names. Images are never captured (they are linked, not parsed).
 */
export function filesToCapture(
  stage: Stage,
  outputs: readonly OutputRecord[],
  definitions: readonly PlotDefinition[],
): CaptureFile[] {
  if (definitions.length === 0) return [];
  const wanted = definitions.filter((d) => !d.image);
  const chosen = new Map<string, boolean>();
  for (const output of outputs) {
    if (!stage.outs.some((o) => o.path === output.path)) continue;
    for (const file of output.files) {
      const format = plotFormat(file.path);
      if (!format || format === 'image') continue;
      if (!wanted.some((d) => definitionFiles(d).some((f) => isWithin(file.path, f)))) continue;
      chosen.set(file.path, collapsesFile(wanted, file.path));
    }
  }
  return [...chosen]
    .slice(0, PLOT_LIMITS.filesPerStage)
    .map(([path, collapse]) => ({ path, collapse }));
}
