import type { SourceRef } from '../diagnostics.js';

/**
 * DVC's plot templates. reprokit draws each with the closest chart it has: a line chart for
 * linear/simple/smooth/scatter, bars for the bar templates, a table for the confusion ones.
 */
export const PLOT_TEMPLATES = [
  'linear',
  'simple',
  'smooth',
  'scatter',
  'bar_horizontal',
  'bar_horizontal_sorted',
  'confusion',
  'confusion_normalized',
] as const;
export type PlotTemplate = (typeof PLOT_TEMPLATES)[number];

/** Image files a stage writes that are shown (linked or named), never parsed. */
export const IMAGE_EXTENSIONS = ['png', 'svg', 'jpg', 'jpeg', 'gif'] as const;

/** Where the y values of a plot come from: one data file and its fields (none: the last field). */
export interface PlotSource {
  readonly file: string;
  readonly fields?: readonly string[];
}

/**
 * One plot to draw, from a `plots:` entry (top level or a stage's output). Files are relative to
 * the project root. Without `x`, the row index (`step`, as in DVC) is the x axis.
 */
export interface PlotDefinition {
  /** The file path, or the name of a named definition (unique per pipeline). */
  readonly id: string;
  readonly template: PlotTemplate;
  readonly title?: string;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** The x field, and the file it is read from when it differs from the y file. */
  readonly x?: { readonly field: string; readonly file?: string };
  readonly y: readonly PlotSource[];
  /** An image output (PNG, SVG, …): shown as a link, never parsed. */
  readonly image?: boolean;
  readonly source?: SourceRef;
}

/** A cell of a data file, as read: numbers are numbers, the rest text (or null when empty). */
export type PlotCell = string | number | null;

/**
 * A data file's rows as recorded (StageRecord.plots): field names and one array of cells per
 * row. Bounded: long files are thinned (`sampledFrom` says how many rows there were) or, for
 * confusion matrices, collapsed into distinct rows with a `counts` column (exact counts).
 */
export interface PlotTable {
  readonly fields: readonly string[];
  readonly rows: readonly (readonly PlotCell[])[];
  /** Number of rows in the file when only some of them are kept. */
  readonly sampledFrom?: number;
  /** Parallel to rows: how many times each row occurred (collapsed for confusion matrices). */
  readonly counts?: readonly number[];
}

/** Limits on what is parsed and recorded: records ride in the cache index of every run. */
export const PLOT_LIMITS = {
  /** Larger data files are not parsed at all. */
  fileBytes: 8 * 1024 * 1024,
  /** Rows recorded per file (line charts are thinned evenly to this many). */
  recordedRows: 1000,
  /** Fields kept per row. */
  fields: 32,
  /** Longest text cell kept (longer ones are cut). */
  cellChars: 200,
  /** The serialised table of one file; over it, the file is not recorded. */
  recordedBytes: 96 * 1024,
  /** Data files recorded per stage. */
  filesPerStage: 32,
} as const;
