/** Text that GitHub renders as Markdown/HTML is escaped: names and reasons come from users. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** A name shown as code in a table cell: a backtick would end the span, a pipe the cell. */
export function codeCell(text: string): string {
  const clean = text
    .replace(/`/g, "'")
    .replace(/\r?\n|\r/g, ' ')
    .replace(/\|/g, '\\|');
  return `\`${clean}\``;
}

/**
 * A table with as many rows as fit in `budget` characters; the rest are counted in a last row
 * instead of being cut mid-table by a size limit.
 */
export function fittedTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  budget: number,
  more: (left: number) => string = (left) => `… and ${left} more`,
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const out = [line(header), line(header.map(() => '---'))];
  let size = out.join('\n').length;
  let i = 0;
  for (; i < rows.length; i++) {
    const next = line(rows[i] as readonly string[]);
    if (size + next.length + 1 > budget - 200) break;
    out.push(next);
    size += next.length + 1;
  }
  if (i < rows.length) out.push(line([more(rows.length - i), ...header.slice(1).map(() => '')]));
  return out.join('\n');
}

export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Cuts a document to a size limit at a line boundary and says so, instead of letting the
 * service reject it. `limit` counts UTF-16 code units, as GitHub's limits do.
 */
export function truncateMarkdown(
  text: string,
  limit: number,
  note = 'Truncated: the full report is in the job log.',
): string {
  // GitHub counts characters and, for check runs, UTF-8 bytes as well: bytes are never fewer.
  if (utf8Length(text) <= limit) return text;
  const footer = `\n\n> [!NOTE]\n> ${note}\n`;
  const room = Math.max(0, limit - utf8Length(footer) - '\n```'.length);
  const fitting = Buffer.from(text, 'utf8')
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  const cut = fitting.lastIndexOf('\n');
  const body = cut > 0 ? fitting.slice(0, cut) : fitting;
  // An unclosed code fence would swallow the note.
  const fences = (body.match(/^```/gm) ?? []).length;
  return body + (fences % 2 === 1 ? '\n```' : '') + footer;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
