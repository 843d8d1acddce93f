// Minimal RFC 4180 CSV reading and writing (quoted fields, doubled quotes, CRLF or LF).
import { readFileSync } from 'node:fs';
import { writeText } from './io.mjs';

/** Parses CSV text into records: arrays of strings, each with its 1-based line number. */
export function parseCsv(text) {
  const records = [];
  let field = '';
  let record = [];
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push({ line: recordLine, fields: record });
      record = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      field += c;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push({ line: recordLine, fields: record });
  }
  return records;
}

/** Reads a CSV file with a header line into objects keyed by column name. */
export function readCsv(path) {
  const [head, ...rest] = parseCsv(readFileSync(path, 'utf8'));
  const columns = head.fields.map((c) => c.trim());
  return rest.map((r) => Object.fromEntries(columns.map((c, i) => [c, r.fields[i] ?? ''])));
}

function quote(value) {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Writes objects as CSV with the given columns, LF line endings and a final newline. */
export function writeCsv(path, columns, rows) {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => quote(r[c])).join(','))];
  writeText(path, lines.join('\n') + '\n');
}
