import { recordedTable } from '../core/plots/bound.js';
import { filesToCapture } from '../core/plots/capture.js';
import { parsePlotFile } from '../core/plots/parse.js';
import type { PlotDefinition, PlotTable } from '../core/plots/types.js';
import type { Stage } from '../core/pipeline.js';
import type { OutputRecord } from '../core/record.js';
import type { Workspace } from '../ports.js';
import type { EngineEvent } from './events.js';

/**
 * The rows of a stage's plots data files, to ride in its record like metrics do: the pull-request
 * comment then draws the base branch's curves from the base's records, never by running or
 * downloading it. A file that cannot be read or is too large is left out with a warning.
 */
export async function readPlots(
  stage: Stage,
  outputs: readonly OutputRecord[],
  context: {
    readonly definitions: readonly PlotDefinition[];
    readonly workspace: Workspace;
    readonly emit: (event: EngineEvent) => void;
  },
): Promise<{ plots?: Record<string, PlotTable> }> {
  const files = filesToCapture(stage, outputs, context.definitions);
  if (files.length === 0) return {};
  const plots: Record<string, PlotTable> = {};
  for (const file of files) {
    const text = await context.workspace.readText(file.path);
    if (text === undefined) continue;
    const parsed = await parsePlotFile(file.path, text);
    if (!parsed.ok) {
      context.emit({ type: 'warning', message: `${parsed.error} (stage ${stage.name})` });
      continue;
    }
    const recorded = recordedTable(file.path, parsed.value, { collapse: file.collapse });
    if (recorded.notice) context.emit({ type: 'warning', message: recorded.notice });
    if (recorded.ok) plots[file.path] = recorded.table;
  }
  return Object.keys(plots).length > 0 ? { plots } : {};
}
