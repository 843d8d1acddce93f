import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkRecord } from '../../core/record-check.js';
import type { StageRecord } from '../../core/record.js';
import type { StateStore } from '../../ports.js';

/**
 * What this checkout last ran: an append-only log of stage records, one JSON line each, under
 * `.reprokit/state.jsonl`. Reading it is one file read however many stages there are; each
 * record is appended the moment its stage finishes, so an interrupted run keeps what it did. The
 * last line for a stage wins; a torn last line (a crash mid-write) is ignored. The log is
 * rewritten with only the live records when it has grown to twice their number.
 */
export class LogStateStore implements StateStore {
  private records: Map<string, StageRecord> | undefined;
  private lines = 0;

  constructor(private readonly file: string) {}

  private load(): Map<string, StageRecord> {
    if (this.records) return this.records;
    const records = new Map<string, StageRecord>();
    let text = '';
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      text = '';
    }
    for (const line of text.split('\n')) {
      if (line === '') continue;
      this.lines++;
      try {
        const value = JSON.parse(line) as { stage?: unknown };
        if (typeof value.stage === 'string') records.set(value.stage, value as StageRecord);
      } catch {
        // a torn line from a crash: the stage simply has no record
      }
    }
    this.records = records;
    return records;
  }

  async read(stage: string): Promise<StageRecord | undefined> {
    const raw = this.load().get(stage);
    return raw && checkRecord(raw, { stage });
  }

  async write(record: StageRecord): Promise<void> {
    const records = this.load();
    records.set(record.stage, record);
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, JSON.stringify(record) + '\n');
    this.lines++;
  }

  /** Drops superseded lines once they outnumber the live ones. */
  compact(): void {
    const records = this.records;
    if (!records || this.lines <= Math.max(16, 2 * records.size)) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, [...records.values()].map((r) => JSON.stringify(r) + '\n').join(''));
    renameSync(tmp, this.file);
    this.lines = records.size;
  }
}
