import type { Diagnostic } from './diagnostics.js';
import { error } from './diagnostics.js';
import type { ParamRef } from './pipeline.js';
import { closest } from './suggest.js';

/** Params files by path, already parsed; undefined when the file is missing. */
export type ParamsFiles = ReadonlyMap<string, unknown>;

/** The values a stage's params select, as `file:key` → value (`file` → whole file). */
export function selectParams(
  refs: readonly ParamRef[],
  files: ParamsFiles,
): { values: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const values: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  for (const ref of refs) {
    const doc = files.get(ref.file);
    if (doc === undefined) {
      diagnostics.push(
        error('missing-params-file', `params file "${ref.file}" does not exist`, {
          source: ref.source,
          hint: `create ${ref.file}, or point \`params:\` at the file that holds these values`,
        }),
      );
      continue;
    }
    if (ref.keys === 'all') {
      values[ref.file] = doc;
      continue;
    }
    for (const [index, key] of ref.keys.entries()) {
      const found = lookup(doc, key);
      if (found.found) {
        values[`${ref.file}:${key}`] = found.value;
        continue;
      }
      const guess = closest(key, flattenKeys(doc));
      diagnostics.push(
        error('missing-param', `param "${key}" is not in ${ref.file}`, {
          source: ref.keySources?.[index] ?? ref.source,
          hint: guess
            ? `did you mean "${guess}"?`
            : `add it to ${ref.file}, or remove it from the stage's params`,
        }),
      );
    }
  }
  return { values, diagnostics };
}

/** Dotted lookup; a key that itself contains dots is tried whole first. */
export function lookup(
  doc: unknown,
  key: string,
): { found: true; value: unknown } | { found: false } {
  if (typeof doc !== 'object' || doc === null) return { found: false };
  const record = doc as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(record, key)) return { found: true, value: record[key] };
  const dot = key.indexOf('.');
  if (dot < 0) return { found: false };
  for (let at = dot; at >= 0; at = key.indexOf('.', at + 1)) {
    const head = key.slice(0, at);
    if (Object.prototype.hasOwnProperty.call(record, head)) {
      const found = lookup(record[head], key.slice(at + 1));
      if (found.found) return found;
    }
  }
  return { found: false };
}

/** Every leaf as a dotted path (metrics tables and suggestions use it). */
export function flattenKeys(doc: unknown, prefix = ''): string[] {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return prefix ? [prefix] : [];
  const keys: string[] = [];
  for (const [k, v] of Object.entries(doc as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${k}` : k;
    keys.push(path);
    if (typeof v === 'object' && v !== null && !Array.isArray(v))
      keys.push(...flattenKeys(v, path));
  }
  return keys;
}
