import {
  appendFileSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { checkRecord } from '../../core/record-check.js';
import type { StageRecord } from '../../core/record.js';
import type { StateStore } from '../../ports.js';
import { RecordWriteFailure } from '../../ports.js';
import { tempName } from './atomic.js';

/**
 * The file operations the state log uses: the boundary where a test puts a failing disk (ENOSPC,
 * read-only) without filling a real one.
 */
export interface StateFs {
  readFileSync(file: string, encoding: 'utf8'): string;
  appendFileSync(file: string, data: string): void;
  writeFileSync(file: string, data: string): void;
  renameSync(from: string, to: string): void;
  mkdirSync(dir: string, options: { recursive: true }): unknown;
  /** Size of a file, undefined when missing. */
  size(file: string): number | undefined;
  truncateSync(file: string, length: number): void;
  rmSync(file: string, options: { force: true }): void;
}

export const nodeStateFs: StateFs = {
  readFileSync: (file, encoding) => readFileSync(file, encoding),
  appendFileSync: (file, data) => appendFileSync(file, data),
  writeFileSync: (file, data) => writeFileSync(file, data),
  renameSync: (from, to) => renameSync(from, to),
  mkdirSync: (dir, options) => mkdirSync(dir, options),
  size: (file) => statSync(file, { throwIfNoEntry: false })?.size,
  truncateSync: (file, length) => truncateSync(file, length),
  rmSync: (file, options) => rmSync(file, options),
};

/**
 * What this checkout last ran: an append-only log of stage records, one JSON line each, under
 * `.reprokit/state.jsonl`. Reading it is one file read however many stages there are; each
 * record is appended the moment its stage finishes, so an interrupted run keeps what it did. The
 * last line for a stage wins; a torn last line (a crash mid-write) is ignored. The log is
 * rewritten with only the live records when it has grown to twice their number.
 *
 * A failed append (disk full, read-only) is a RecordWriteFailure naming the file and the cause,
 * and what it wrote is cut off again, so the next record does not join a torn line.
 */
export class LogStateStore implements StateStore {
  private records: Map<string, StageRecord> | undefined;
  private lines = 0;
  /** The log ends in a torn line: the next record starts on a new line. */
  private torn = false;

  constructor(
    private readonly file: string,
    private readonly fs: StateFs = nodeStateFs,
  ) {}

  private load(): Map<string, StageRecord> {
    if (this.records) return this.records;
    const records = new Map<string, StageRecord>();
    let text = '';
    try {
      text = this.fs.readFileSync(this.file, 'utf8');
    } catch {
      text = '';
    }
    this.torn = text.length > 0 && !text.endsWith('\n');
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
    const line = (this.torn ? '\n' : '') + JSON.stringify(record) + '\n';
    let before: number | undefined;
    try {
      before = this.fs.size(this.file);
      // The directory is made only when the log is missing: once per project, not per stage
      // (and again if `.reprokit` was removed during the run).
      if (before === undefined) this.fs.mkdirSync(dirname(this.file), { recursive: true });
      this.fs.appendFileSync(this.file, line);
    } catch (e) {
      this.cutBack(before);
      throw new RecordWriteFailure(this.file, (e as Error).message);
    }
    this.torn = false;
    records.set(record.stage, record);
    this.lines++;
  }

  /** Removes what a failed append may have written; if that fails too, mark the line torn. */
  private cutBack(size: number | undefined): void {
    if (size === undefined) return;
    try {
      if (this.fs.size(this.file) !== size) this.fs.truncateSync(this.file, size);
    } catch {
      this.torn = true;
    }
  }

  /** Drops superseded lines once they outnumber the live ones. Best-effort: throws on failure. */
  compact(): void {
    const records = this.records;
    if (!records || this.lines <= Math.max(16, 2 * records.size)) return;
    const tmp = tempName(this.file);
    try {
      this.fs.writeFileSync(
        tmp,
        [...records.values()].map((r) => JSON.stringify(r) + '\n').join(''),
      );
      this.fs.renameSync(tmp, this.file);
    } catch (e) {
      this.fs.rmSync(tmp, { force: true });
      throw e;
    }
    this.lines = records.size;
  }
}
