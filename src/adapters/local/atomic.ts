import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

let counter = 0;

/** Writes via a temporary file and rename, so readers never see half a file. */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${counter++}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Synchronous on purpose: thousands of small reads are several times faster without promises. */
export async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Stage names become file names: keep them unambiguous and free of dots-only names. */
export function stageFileName(stage: string): string {
  return `s-${encodeURIComponent(stage)}.json`;
}
