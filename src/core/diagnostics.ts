/** A path into a parsed YAML/JSON document: mapping keys and sequence indexes. */
export type DocPath = readonly (string | number)[];

/** Where a value came from, before it is resolved to a line and column. */
export interface SourceRef {
  /** Manifest file, relative to the project root (posix separators). */
  readonly file: string;
  readonly path: DocPath;
  /** Point at the mapping key rather than its value (e.g. an unknown key). */
  readonly at?: 'key' | 'value';
}

/** 1-based line and column span in a source file. */
export interface SourceSpan {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export type DiagnosticCode =
  | 'yaml-syntax'
  | 'unknown-key'
  | 'wrong-type'
  | 'invalid-value'
  | 'invalid-name'
  | 'duplicate-output'
  | 'overlapping-output'
  | 'outside-root'
  | 'missing-dep'
  | 'not-a-file'
  | 'missing-params-file'
  | 'missing-param'
  | 'unknown-stage'
  | 'cycle'
  | 'unsupported'
  | 'no-manifest';

export type Severity = 'error' | 'warning' | 'notice';

export interface RelatedInfo {
  readonly message: string;
  readonly source?: SourceRef;
}

/** An expected problem with the user's input, with where it is and how to fix it. */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly hint?: string;
  readonly source?: SourceRef;
  /** Already-resolved position (YAML syntax errors come with one). */
  readonly span?: SourceSpan;
  readonly related?: readonly RelatedInfo[];
}

export function error(
  code: DiagnosticCode,
  message: string,
  details: { hint?: string; source?: SourceRef; related?: RelatedInfo[] } = {},
): Diagnostic {
  return { code, severity: 'error', message, ...details };
}

export function notice(
  code: DiagnosticCode,
  message: string,
  details: { hint?: string; source?: SourceRef } = {},
): Diagnostic {
  return { code, severity: 'notice', message, ...details };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
