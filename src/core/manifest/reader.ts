import type { Diagnostic, DocPath, SourceRef } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import { closest } from '../suggest.js';

export type PlainMap = Record<string, unknown>;

/** Typed access to a parsed document that records positioned diagnostics instead of throwing. */
export class DocReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly file: string) {}

  ref(path: DocPath, at: 'key' | 'value' = 'value'): SourceRef {
    return { file: this.file, path, at };
  }

  report(diagnostic: Diagnostic): void {
    this.diagnostics.push(diagnostic);
  }

  wrongType(path: DocPath, what: string, expected: string, value: unknown, example?: string): void {
    this.report(
      error('wrong-type', `${what} must be ${expected}, not ${describe(value)}`, {
        source: this.ref(path),
        hint: example ? `write it like: ${example}` : typeHint(expected),
      }),
    );
  }

  map(value: unknown, path: DocPath, what: string, example?: string): PlainMap | undefined {
    if (isPlainMap(value)) return value;
    this.wrongType(path, what, 'a mapping (key: value)', value, example);
    return undefined;
  }

  /** Reports keys outside `allowed`, suggesting the closest allowed one. */
  checkKeys(map: PlainMap, path: DocPath, allowed: readonly string[], context: string): void {
    for (const key of Object.keys(map)) {
      if (allowed.includes(key)) continue;
      const guess = closest(key, allowed);
      this.report(
        error('unknown-key', `unknown key "${key}" ${context}`, {
          source: this.ref([...path, key], 'key'),
          hint: guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(', ')}`,
        }),
      );
    }
  }

  string(value: unknown, path: DocPath, what: string, example?: string): string | undefined {
    if (typeof value === 'string') return value;
    this.wrongType(path, what, 'a string', value, example);
    return undefined;
  }

  /** Strings, numbers and booleans all become strings (env values, keys written as numbers). */
  scalarString(value: unknown, path: DocPath, what: string): string | undefined {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    this.wrongType(path, what, 'a string, number or boolean', value);
    return undefined;
  }

  boolean(value: unknown, path: DocPath, what: string): boolean | undefined {
    if (typeof value === 'boolean') return value;
    this.wrongType(path, what, 'true or false', value);
    return undefined;
  }

  /** A string or a list of strings. */
  stringList(value: unknown, path: DocPath, what: string, example?: string): string[] {
    if (typeof value === 'string') return [value];
    if (!Array.isArray(value)) {
      this.wrongType(path, what, 'a string or a list of strings', value, example);
      return [];
    }
    const out: string[] = [];
    value.forEach((item, index) => {
      const text = this.string(item, [...path, index], `each entry of ${what}`, example);
      if (text !== undefined) out.push(text);
    });
    return out;
  }

  list(value: unknown, path: DocPath, what: string, example?: string): unknown[] {
    if (Array.isArray(value)) return value;
    if (typeof value === 'string') return [value];
    this.wrongType(path, what, 'a list', value, example);
    return [];
  }

  env(value: unknown, path: DocPath, what: string): Record<string, string> {
    const map = this.map(value, path, what, '{LC_ALL: C}');
    const env: Record<string, string> = {};
    if (!map) return env;
    for (const [name, raw] of Object.entries(map)) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        this.report(
          error('invalid-name', `"${name}" is not a valid environment variable name`, {
            source: this.ref([...path, name], 'key'),
            hint: 'use letters, digits and underscores, not starting with a digit',
          }),
        );
        continue;
      }
      const text = this.scalarString(raw, [...path, name], `env ${name}`);
      if (text !== undefined) env[name] = text;
    }
    return env;
  }
}

export function isPlainMap(value: unknown): value is PlainMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the string "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `${typeof value} ${String(value)}`;
}

function typeHint(expected: string): string {
  if (expected === 'true or false') return 'write true or false without quotes';
  if (expected === 'a string') return 'quote the value: "..."';
  if (expected.startsWith('a string or a list')) return 'write one string, or a list like [a, b]';
  if (expected.startsWith('a mapping')) return 'write key: value pairs indented under it';
  if (expected === 'a list')
    return 'write a list like [a, b] or one item per line starting with "- "';
  return `change it to ${expected}`;
}
