import type { EngineEvent, RunReport, StageReport } from '../../engine/events.js';
import { formatDuration, formatBytes } from '../../core/units.js';
import { persistRestoredText, renderReasons } from '../../report/reasons.js';

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

/**
 * Prints a run as it happens: each stage's output behind a `name │` prefix, one line per
 * finished stage, and (on a terminal) a progress line that shows what is running.
 */
export class CliReporter {
  private progressShown = false;
  private readonly partial = new Map<string, string>();
  private width = 0;

  constructor(private readonly log: TextSink) {}

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
        this.line(describeEnd(event.report));
        break;
      case 'persist-restored':
        this.line(`↺ ${event.stage}: ${persistRestoredText(event)}`);
        break;
      case 'warning':
        this.line(`warning: ${event.message}`);
        break;
      case 'progress':
        this.progress(event.done, event.total, event.running);
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

  private progress(done: number, total: number, running: readonly string[]): void {
    if (!this.log.isTTY) return;
    this.clearProgress();
    const names = running.length
      ? `  running: ${running.slice(0, 4).join(', ')}${running.length > 4 ? ', …' : ''}`
      : '';
    this.log.write(`[${done}/${total}]${names}`.slice(0, 120));
    this.progressShown = true;
  }

  private clearProgress(): void {
    if (!this.progressShown) return;
    this.log.write('\r\x1b[2K');
    this.progressShown = false;
  }

  finish(): void {
    this.clearProgress();
  }
}

function describeEnd(report: StageReport): string {
  const symbol = SYMBOL[report.result];
  switch (report.result) {
    case 'ran':
      return `${symbol} ${report.name} ran in ${formatDuration(report.durationMs)}`;
    case 'restored':
      return `${symbol} ${report.name} restored from cache (${formatBytes(report.restoredBytes ?? 0)})`;
    case 'fresh':
      return `${symbol} ${report.name} ${report.status === 'cached' ? 'fresh in cache (not restored: nothing needs it)' : 'fresh'}`;
    case 'failed':
      return `${symbol} ${report.name} failed: ${report.error ?? 'unknown error'}`;
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
  if (s.result === 'failed') return s.error ?? '';
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
