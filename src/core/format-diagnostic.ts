import type { Diagnostic, SourceSpan } from './diagnostics.js';
import type { Locator } from './manifest/source.js';

/**
 * Renders a diagnostic the way compilers do:
 *
 *   reprokit.yml:7:5: error: unknown key "dep" in stage "prepare"
 *      7 |     dep: [src/prepare.js]
 *        |     ^^^
 *     = hint: did you mean "deps"?
 */
export function formatDiagnostic(diagnostic: Diagnostic, locator: Locator): string {
  const span = spanOf(diagnostic, locator);
  const where = span ? `${span.file}:${span.line}:${span.column}: ` : '';
  const lines = [`${where}${diagnostic.severity}: ${diagnostic.message}`];
  if (span) lines.push(...quote(span, locator));
  for (const related of diagnostic.related ?? []) {
    const relatedSpan = related.source ? locator.locate(related.source) : undefined;
    const at = relatedSpan ? `${relatedSpan.file}:${relatedSpan.line}:${relatedSpan.column}: ` : '';
    lines.push(`  ${at}${related.message}`);
    if (relatedSpan) lines.push(...quote(relatedSpan, locator).map((l) => '  ' + l));
  }
  if (diagnostic.hint)
    lines.push(`   = hint: ${diagnostic.hint.replace(/\n/g, '\n' + ' '.repeat(11))}`);
  return lines.join('\n');
}

export function spanOf(diagnostic: Diagnostic, locator: Locator): SourceSpan | undefined {
  if (diagnostic.span) return diagnostic.span;
  return diagnostic.source ? locator.locate(diagnostic.source) : undefined;
}

function quote(span: SourceSpan, locator: Locator): string[] {
  const text = locator.text(span.file);
  if (text === undefined) return [];
  const line = text.split('\n')[span.line - 1];
  if (line === undefined) return [];
  const gutter = String(span.line).padStart(5);
  const endColumn = span.endLine === span.line ? span.endColumn : line.length + 1;
  const width = Math.max(1, endColumn - span.column);
  return [
    `${gutter} | ${line.replace(/\r$/, '')}`,
    `${' '.repeat(gutter.length)} | ${' '.repeat(span.column - 1)}${'^'.repeat(width)}`,
  ];
}
