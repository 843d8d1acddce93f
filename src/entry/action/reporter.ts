import type { Locator } from '../../core/manifest/source.js';
import type { Stage } from '../../core/pipeline.js';
import { formatBytes, formatDuration } from '../../core/units.js';
import type { EngineEvent, StageReport } from '../../engine/events.js';
import { passedOnText, retryText, stageErrorText } from '../../report/failures.js';
import { persistRestoredText, renderReasons } from '../../report/reasons.js';
import type { AnnotationPlace, Toolkit } from './toolkit.js';

export type { AnnotationPlace } from './toolkit.js';

/**
 * Logs a run on the runner: a line when a stage starts, then its output in a collapsed group
 * titled with the outcome (stages run in parallel, so output is held until the stage ends),
 * and an error annotation at the stage's place in the manifest when it fails.
 */
export class ActionReporter {
  private readonly output = new Map<string, string>();

  constructor(
    private readonly core: Toolkit,
    private readonly stages: ReadonlyMap<string, Stage>,
    private readonly locator: Locator,
    private readonly manifestPath: (file: string) => string,
  ) {}

  handle(event: EngineEvent): void {
    switch (event.type) {
      case 'stage-start':
        this.core.info(
          `▶ ${event.stage} started${event.reasons.length ? ` (${renderReasons(event.reasons)})` : ''}`,
        );
        break;
      case 'stage-output':
        this.output.set(event.stage, (this.output.get(event.stage) ?? '') + event.chunk);
        break;
      case 'stage-end':
        this.end(event.report);
        break;
      case 'persist-restored':
        this.core.info(`↺ ${event.stage}: ${persistRestoredText(event)}`);
        break;
      case 'stage-retry':
        this.core.warning(`↻ ${retryText(event)}`);
        break;
      case 'warning':
        this.core.warning(event.message);
        break;
      case 'progress':
        break;
    }
  }

  private end(report: StageReport): void {
    const text = this.output.get(report.name);
    this.output.delete(report.name);
    const line = describe(report);
    if (text === undefined) this.core.info(line);
    else {
      this.core.startGroup(line);
      this.core.info(text.replace(/\n$/, ''));
      this.core.endGroup();
    }
    if (report.result === 'failed') {
      const tail = report.outputTail ? `\n\nLast output:\n${report.outputTail}` : '';
      this.core.error(`${stageErrorText(report)}${tail}`, {
        title: `Stage ${report.name} failed`,
        ...this.place(report.name),
      });
    }
  }

  place(stageName: string): AnnotationPlace {
    const stage = this.stages.get(stageName);
    const span = stage ? this.locator.locate(stage.source) : undefined;
    if (!span) return {};
    return { file: this.manifestPath(span.file), startLine: span.line, startColumn: span.column };
  }
}

export function describe(report: StageReport): string {
  const why = report.reasons.length ? ` (${renderReasons(report.reasons)})` : '';
  switch (report.result) {
    case 'ran':
      return `✔ ${report.name}: ran in ${formatDuration(report.durationMs)}${passedOnText(report) ? `, ${passedOnText(report)}` : ''}${why}`;
    case 'restored':
      return `↺ ${report.name}: restored from cache, ${formatBytes(report.restoredBytes ?? 0)}`;
    case 'fresh':
      return report.status === 'cached'
        ? `· ${report.name}: fresh (in cache, not downloaded)`
        : `· ${report.name}: fresh`;
    case 'failed':
      return `✖ ${report.name}: failed after ${formatDuration(report.durationMs)}: ${stageErrorText(report)}`;
    case 'skipped':
      return `- ${report.name}: skipped${why}`;
  }
}
