import type { PlotDefinition, PlotTable } from '../core/plots/types.js';
import { plotViews } from '../core/plots/views.js';
import type { RunReport } from '../engine/events.js';
import { escapeMarkdown } from './markdown.js';
import { plotsMarkdown } from './plots-markdown.js';
import { sideNames } from './plots-text.js';

/** Every plots table of the run, from the records (no downloads). */
export function plotsOf(report: RunReport): Map<string, PlotTable> {
  const plots = new Map<string, PlotTable>();
  for (const stage of report.stages)
    for (const [path, table] of Object.entries(stage.plots ?? {})) plots.set(path, table);
  return plots;
}

export interface PlotsInput {
  readonly definitions: readonly PlotDefinition[];
  /** Where an image plot can be seen when it was published. */
  readonly imageLink?: (file: string) => string | undefined;
}

/**
 * `### Plots` of the job summary and the pull-request comment: this run's plots against the
 * baseline's (the base branch's or the previous run's records), '' when there is nothing to draw.
 */
export function plotsSection(
  report: RunReport,
  baseline:
    | { branch: string; kind?: 'base' | 'previous'; plots?: ReadonlyMap<string, PlotTable> }
    | undefined,
  input: PlotsInput & { readonly budget: number; readonly elsewhere?: string },
): string {
  const head = plotsOf(report);
  const views = plotViews(input.definitions, head, baseline?.plots);
  if (!views.some((v) => v.kind !== 'image')) return '';
  const hasBase = (baseline?.plots?.size ?? 0) > 0;
  const note =
    baseline && !hasBase
      ? `_No baseline: no run on \`${escapeMarkdown(baseline.branch)}\` has recorded plots in the cache yet._`
      : '';
  return plotsMarkdown(views, {
    names: sideNames(baseline),
    ...(note ? { note } : {}),
    budget: input.budget,
    ...(input.imageLink ? { imageLink: input.imageLink } : {}),
    ...(input.elsewhere ? { elsewhere: input.elsewhere } : {}),
  });
}
