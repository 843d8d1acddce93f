import { isWithin } from './paths.js';
import { isPlotTable } from './plots/parse.js';
import type { FileDigest, Fingerprint, OutputRecord, StageRecord } from './record.js';

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * A record read from a cache or state file is untrusted input: check its shape, that it is the
 * record asked for, and that every file it names stays inside the output it belongs to.
 */
export function checkRecord(
  value: unknown,
  expect: { stage: string; key?: string },
): StageRecord | undefined {
  if (!isObject(value)) return undefined;
  if (
    value.version !== 1 ||
    value.stage !== expect.stage ||
    typeof value.key !== 'string' ||
    !HEX64.test(value.key)
  )
    return undefined;
  if (expect.key !== undefined && value.key !== expect.key) return undefined;
  if (!isFingerprint(value.fingerprint) || !Array.isArray(value.outputs)) return undefined;
  if (typeof value.durationMs !== 'number' || typeof value.createdAt !== 'string') return undefined;
  if (!value.outputs.every(isOutputRecord)) return undefined;
  if (value.metrics !== undefined && !isObject(value.metrics)) return undefined;
  // Plots are for display only: a malformed table is dropped, the record stays usable.
  if (value.plots !== undefined && !checkPlots(value.plots)) {
    const { plots: _dropped, ...rest } = value;
    return rest as unknown as StageRecord;
  }
  return value as unknown as StageRecord;
}

function isFingerprint(value: unknown): value is Fingerprint {
  if (!isObject(value)) return false;
  const stringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const stringRecord = (v: unknown) =>
    isObject(v) && Object.values(v).every((x) => typeof x === 'string');
  return (
    typeof value.keyVersion === 'number' &&
    stringArray(value.cmd) &&
    typeof value.shell === 'string' &&
    typeof value.wdir === 'string' &&
    stringRecord(value.env) &&
    isObject(value.params) &&
    Array.isArray(value.outs) &&
    stringRecord(value.deps) &&
    stringArray(value.needs) &&
    typeof value.salt === 'string' &&
    (value.image === undefined || typeof value.image === 'string')
  );
}

function isOutputRecord(value: unknown): value is OutputRecord {
  if (!isObject(value)) return false;
  if (!isSafePath(value.path) || (value.kind !== 'file' && value.kind !== 'dir')) return false;
  if (
    typeof value.digest !== 'string' ||
    !HEX64.test(value.digest) ||
    typeof value.cached !== 'boolean'
  )
    return false;
  if (!Array.isArray(value.files)) return false;
  const outPath = value.path as string;
  return value.files.every((f) => isFileDigest(f) && isWithin(f.path, outPath));
}

function isFileDigest(value: unknown): value is FileDigest {
  return (
    isObject(value) &&
    isSafePath(value.path) &&
    typeof value.digest === 'string' &&
    HEX64.test(value.digest) &&
    typeof value.size === 'number' &&
    typeof value.executable === 'boolean'
  );
}

/** Relative, normalized, no `..`, no empty segments. */
export function isSafePath(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    value === '' ||
    value.startsWith('/') ||
    value.includes('\\') ||
    value.includes('\0')
  )
    return false;
  return value.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkPlots(value: unknown): boolean {
  return isObject(value) && Object.values(value).every(isPlotTable);
}
