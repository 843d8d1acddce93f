import type { EngineEvent, RunReport, StageReport } from '../../engine/events.js';
import { formatDuration, formatBytes } from '../../core/units.js';
import { passedOnText, retryText, stageErrorText } from '../../report/failures.js';
import { persistRestoredText, renderReasons } from '../../report/reasons.js';
import type { Paint, Style } from './color.js';
import { painter } from './color.js';

export interface TextSink {
  write(text: string): void;
  readonly isTTY?: boolean;
}

const SYMBOL: Record<StageReport['result'], string> = {
  ran: '✔',
  restored: '↺',
  fresh: '·',
  failed: '✖',
  skipped: '-',
};

const STYLE: Record<StageReport['result'], Style> = {
  ran: 'green',
  restored: 'cyan',
  fresh: 'dim',
  failed: 'red',
  skipped: 'yellow',
};

export interface ReporterOptions {
  readonly paint?: Paint;
  /** Whether a live progress line may be drawn (a terminal, and not --json). */
  readonly live?: boolean;
  readonly now?: () => number;
}

/** Work shorter than this shows no progress at all. */
const PROGRESS_AFTER_MS = 1000;

/**
 * Prints a run as it happens: each stage's output behind a `name │` prefix, one line per
 * finished stage, and (on a terminal) a progress line that shows what is running.
 */
export class CliReporter {
  private progressShown = false;
  private readonly partial = new Map<string, string>();
  private width = 0;
  private readonly paint: Paint;
  private readonly live: boolean;
  private readonly now: () => number;
  private readonly started: number;
  private stages = { done: 0, total: 0, running: [] as readonly string[] };
  private readonly checked = { files: 0, bytes: 0 };
  private finished = false;

  constructor(
    private readonly log: TextSink,
    options: ReporterOptions = {},
  ) {
    this.paint = options.paint ?? painter(false);
    this.live = options.live ?? log.isTTY === true;
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** Files whose digests the run needed (hashed, or vouched for by the stat cache). */
  filesChecked(files: number, bytes: number): void {
    this.checked.files += files;
    this.checked.bytes += bytes;
    this.drawProgress();
  }

  setStageNames(names: readonly string[]): void {
    this.width = Math.min(24, Math.max(0, ...names.map((n) => n.length)));
  }

  handle(event: EngineEvent): void {
    switch (event.type) {
      case 'stage-start':
        this.line(
          `▶ ${event.stage}${event.reasons.length ? `  (${renderReasons(event.reasons)})` : ''}`,
        );
        break;
      case 'stage-output':
        this.output(event.stage, event.chunk);
        break;
      case 'stage-end':
        this.flushPartial(event.report.name);
        this.line(this.paint(STYLE[event.report.result], describeEnd(event.report)));
        break;
      case 'persist-restored':
        this.line(`↺ ${event.stage}: ${persistRestoredText(event)}`);
        break;
      case 'stage-retry':
        this.line(this.paint('yellow', `↻ ${retryText(event)}`));
        break;
      case 'warning':
        this.line(`warning: ${event.message}`);
        break;
      case 'progress':
        this.stages = { done: event.done, total: event.total, running: event.running };
        this.drawProgress();
        break;
    }
  }

  private output(stage: string, chunk: string): void {
    const text = (this.partial.get(stage) ?? '') + chunk;
    const lines = text.split('\n');
    this.partial.set(stage, lines.pop() ?? '');
    for (const line of lines) this.line(`${stage.padEnd(this.width)} │ ${line}`);
  }

  private flushPartial(stage: string): void {
    const rest = this.partial.get(stage);
    if (rest) this.line(`${stage.padEnd(this.width)} │ ${rest}`);
    this.partial.delete(stage);
  }

  private line(text: string): void {
    this.clearProgress();
    this.log.write(text + '\n');
  }

  /** The live line, on a terminal, once the work has lasted over a second. */
  private drawProgress(): void {
    if (!this.live || this.finished || this.now() - this.started < PROGRESS_AFTER_MS) return;
    this.clearProgress();
    const { running } = this.stages;
    const names = running.length
      ? `  running: ${running.slice(0, 4).join(', ')}${running.length > 4 ? ', …' : ''}`
      : '';
    this.log.write(`${this.progressText()}${names}`.slice(0, 120));
    this.progressShown = true;
  }

  private progressText(): string {
    const { done, total } = this.stages;
    const files = this.checked.files
      ? `  ${this.checked.files} files (${formatBytes(this.checked.bytes)}) checked`
      : '';
    return `[${done}/${total}]${files}`;
  }

  private clearProgress(): void {
    if (!this.progressShown) return;
    this.log.write('\r\x1b[2K');
    this.progressShown = false;
  }

  /**
   * Clears the live line. Without one (not a terminal, or --json), work that lasted over a
   * second gets one final line instead, so CI logs are not flooded but still say what was done.
   */
  finish(): void {
    this.clearProgress();
    if (this.finished) return;
    this.finished = true;
    const elapsed = this.now() - this.started;
    if (this.live || elapsed < PROGRESS_AFTER_MS) return;
    if (this.stages.total === 0 && this.checked.files === 0) return;
    const { done, total } = this.stages;
    const files = this.checked.files
      ? `, ${this.checked.files} files (${formatBytes(this.checked.bytes)}) checked`
      : '';
    this.log.write(
      `reprokit: ${done}/${total} stages done${files} in ${formatDuration(elapsed)}\n`,
    );
  }
}

function describeEnd(report: StageReport): string {
  const symbol = SYMBOL[report.result];
  switch (report.result) {
    case 'ran':
      return `${symbol} ${report.name} ran in ${formatDuration(report.durationMs)}${passedOnText(report) ? ` (${passedOnText(report)})` : ''}`;
    case 'restored':
      return `${symbol} ${report.name} restored from cache (${formatBytes(report.restoredBytes ?? 0)})`;
    case 'fresh':
      return `${symbol} ${report.name} ${report.status === 'cached' ? 'fresh in cache (not restored: nothing needs it)' : 'fresh'}`;
    case 'failed':
      return `${symbol} ${report.name} failed: ${stageErrorText(report)}`;
    case 'skipped':
      return `${symbol} ${report.name} skipped: ${renderReasons(report.reasons)}`;
  }
}

/** The end-of-run table. */
export function summaryTable(report: RunReport): string {
  const rows = report.stages.map((s) => [
    s.name,
    s.result,
    s.result === 'ran' || s.result === 'failed' ? formatDuration(s.durationMs) : '',
    why(s),
  ]);
  const counts = new Map<string, number>();
  for (const s of report.stages) counts.set(s.result, (counts.get(s.result) ?? 0) + 1);
  const saved = report.stages.reduce(
    (sum, s) => sum + (s.result === 'fresh' || s.result === 'restored' ? (s.savedMs ?? 0) : 0),
    0,
  );
  const totals = [...counts].map(([result, n]) => `${n} ${result}`).join(', ');
  return `${table(['stage', 'result', 'time', 'why'], rows)}\n${totals} in ${formatDuration(report.durationMs)}${saved > 0 ? `; reuse saved about ${formatDuration(saved)}` : ''}\n`;
}

function why(s: StageReport): string {
  if (s.result === 'failed') return stageErrorText(s);
  if (passedOnText(s))
    return [passedOnText(s), renderReasons(s.reasons)].filter(Boolean).join('; ');
  if (s.result === 'fresh' && s.status === 'fresh')
    return s.reasons.length ? renderReasons(s.reasons) : 'up to date';
  if (s.result === 'fresh') return 'in cache, not needed here';
  return renderReasons(s.reasons);
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => Math.min(60, (r[i] ?? '').length))),
  );
  const format = (cells: readonly string[]) =>
    cells
      .map((c, i) => {
        const w = widths[i] as number;
        const text =
          c.length > 60 && i === cells.length - 1 ? c : c.length > w ? c.slice(0, w - 1) + '…' : c;
        return i === cells.length - 1 ? text : text.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((w) => '─'.repeat(w))), ...rows.map(format)].join('\n');
}
