import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RunReport } from '../engine/events.js';

/**
 * `.reprokit/runs.jsonl`: one line per run, the stage keys it used (ran, restored or fresh).
 * `reprokit gc --keep-last N` keeps the cache entries of the last N runs from it.
 */
export const RUN_LOG = '.reprokit/runs.jsonl';

export interface RunLogEntry {
  /** ISO time the run ended. */
  readonly at: string;
  readonly keys: readonly string[];
}

export function appendRunLog(root: string, report: RunReport, now: Date): void {
  const keys = report.stages
    .filter((s) => s.result !== 'failed' && s.result !== 'skipped' && s.key)
    .map((s) => s.key as string);
  if (keys.length === 0) return;
  const file = join(root, RUN_LOG);
  try {
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, JSON.stringify({ at: now.toISOString(), keys }) + '\n');
  } catch {
    // only gc --keep-last reads it: a read-only workspace must not fail the run
  }
}

/** The runs, oldest first; torn or foreign lines are skipped. */
export function readRunLog(root: string): RunLogEntry[] {
  let text: string;
  try {
    text = readFileSync(join(root, RUN_LOG), 'utf8');
  } catch {
    return [];
  }
  const entries: RunLogEntry[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const value = JSON.parse(line) as Partial<RunLogEntry>;
      if (typeof value.at === 'string' && Array.isArray(value.keys))
        entries.push({ at: value.at, keys: value.keys.filter((k) => typeof k === 'string') });
    } catch {
      // a torn line from a crash: that run is simply not kept by --keep-last
    }
  }
  return entries;
}
