import { parseYaml } from '../manifest/source.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import type { PlotCell, PlotTable } from './types.js';
import { IMAGE_EXTENSIONS, PLOT_LIMITS } from './types.js';

export type PlotFileFormat = 'csv' | 'tsv' | 'json' | 'yaml' | 'image';

/** The format a plots file is read as, by its extension; undefined: not a plots file we read. */
export function plotFormat(path: string): PlotFileFormat | undefined {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'csv' || ext === 'tsv' || ext === 'json') return ext;
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(ext)) return 'image';
  return undefined;
}

/**
 * A data file's rows. Expected problems (unknown format, malformed text, no rows) are a sentence
 * naming the file, for a warning: a hostile file never throws.
 */
export async function parsePlotFile(
  path: string,
  text: string,
): Promise<Result<PlotTable, string>> {
  if (text.length > PLOT_LIMITS.fileBytes)
    return err(`plots file ${path} is over ${PLOT_LIMITS.fileBytes} bytes; it is not read`);
  const format = plotFormat(path);
  if (format === undefined || format === 'image')
    return err(`plots file ${path} is not CSV, TSV, JSON or YAML; it is not read`);
  if (format === 'csv' || format === 'tsv')
    return delimited(path, text, format === 'csv' ? ',' : '\t');
  const parsed = await parseYaml(path, text);
  if (!parsed.ok)
    return err(`plots file ${path} is not valid ${format.toUpperCase()}; it is not read`);
  return fromObjects(path, rowsOf(parsed.value));
}

/** A list of objects, or an object holding such a list (DVC reads the first list it finds). */
function rowsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return undefined;
  for (const item of Object.values(value as Record<string, unknown>))
    if (Array.isArray(item) && item.some(isObject)) return item;
  return undefined;
}

function fromObjects(path: string, rows: unknown[] | undefined): Result<PlotTable, string> {
  if (!rows || !rows.every(isObject))
    return err(`plots file ${path} holds no list of objects (rows); it is not read`);
  const fields: string[] = [];
  for (const row of rows)
    for (const [key, value] of Object.entries(row))
      if (isScalar(value) && !fields.includes(key) && fields.length < PLOT_LIMITS.fields)
        fields.push(key);
  if (fields.length === 0 || rows.length === 0)
    return err(`plots file ${path} has no rows with values; it is not read`);
  return ok({
    fields,
    rows: rows.map((row) => fields.map((f) => cell((row as Record<string, unknown>)[f]))),
  });
}

function delimited(path: string, text: string, separator: string): Result<PlotTable, string> {
  const lines = splitRecords(text, separator);
  const header = lines[0];
  if (!header || header.every((h) => h.trim() === ''))
    return err(`plots file ${path} has no header row; it is not read`);
  const fields = header.slice(0, PLOT_LIMITS.fields).map((h, i) => h.trim() || `column${i + 1}`);
  const rows = lines
    .slice(1)
    .filter((r) => r.some((c) => c.trim() !== ''))
    .map((r) => fields.map((_, i) => cell(parseNumberish(r[i]))));
  if (rows.length === 0) return err(`plots file ${path} has a header but no rows; it is not read`);
  return ok({ fields, rows });
}

/** RFC 4180 records: quoted cells may hold separators, quotes ("") and line breaks. */
function splitRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let current = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        current += '"';
        i++;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"' && current === '') quoted = true;
    else if (c === separator) {
      record.push(current);
      current = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(current);
      records.push(record);
      record = [];
      current = '';
    } else current += c;
  }
  if (current !== '' || record.length > 0) {
    record.push(current);
    records.push(record);
  }
  return records;
}

function parseNumberish(text: string | undefined): unknown {
  if (text === undefined) return null;
  const trimmed = text.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number(trimmed);
  return trimmed;
}

/** Numbers stay numbers (finite only), booleans and text become bounded text. */
function cell(value: unknown): PlotCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') {
    if (value === '') return null;
    return value.length > PLOT_LIMITS.cellChars ? value.slice(0, PLOT_LIMITS.cellChars) : value;
  }
  if (typeof value === 'boolean') return String(value);
  return null;
}

function isScalar(value: unknown): boolean {
  return ['string', 'number', 'boolean'].includes(typeof value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A recorded table read back from an untrusted record or index: its shape is checked. */
export function isPlotTable(value: unknown): value is PlotTable {
  if (!isObject(value)) return false;
  const { fields, rows, counts, sampledFrom } = value;
  if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string')) return false;
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && r.length === fields.length))
    return false;
  if (counts !== undefined && !(Array.isArray(counts) && counts.length === rows.length))
    return false;
  return sampledFrom === undefined || typeof sampledFrom === 'number';
}
