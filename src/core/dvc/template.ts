/**
 * DVC's `${...}` templating for dvc.yaml (dvc/parsing: interpolate.py and context.py), pure:
 * values come from `vars` (inline mappings and files) and the default params file.
 *
 * - `${a.b[0]}` selects from the context; `\${...}` is a literal `${...}`.
 * - A string that is exactly one `${...}` keeps the value's type (number, boolean, list...).
 * - Inside a longer string, scalars are written the way Python's `str()` writes them
 *   (booleans `true`/`false`, null `None`); a mapping is only allowed in `cmd`, where it becomes
 *   `--key value` flags (DVC's "dict unpacking"); lists and mappings elsewhere are errors.
 */

import { PyFloat } from './py-float.js';

export type Vars = Record<string, unknown>;

export class TemplateError extends Error {}

const EXPRESSION = /(?<!\\)\$\{(.*?)\}/g;

export function hasTemplate(value: unknown): boolean {
  return typeof value === 'string' && new RegExp(EXPRESSION.source).test(value);
}

/** Does any string (key or value) in this value use `${...}`? */
export function usesTemplate(value: unknown): boolean {
  if (typeof value === 'string') return hasTemplate(value);
  if (Array.isArray(value)) return value.some(usesTemplate);
  if (isMap(value))
    return Object.entries(value).some(([k, v]) => hasTemplate(k) || usesTemplate(v));
  return false;
}

/** Splits `a.b[0].c` into `['a', 'b', '0', 'c']` (DVC's expression grammar). */
export function parseExpression(expression: string): string[] {
  const text = expression.trim();
  if (!/^[^.[\]]+(\.[^.[\]]+|\[[^.[\]]+\])*$/.test(text)) {
    throw new TemplateError(
      `"\${${expression}}" is not a valid expression: use names joined by "." or [index]`,
    );
  }
  return text.replace(/\[/g, '.').replace(/\]/g, '').split('.');
}

export function select(context: Vars, expression: string): unknown {
  const parts = parseExpression(expression);
  let node: unknown = context;
  const walked: string[] = [];
  for (const part of parts) {
    walked.push(part);
    if (Array.isArray(node) && /^-?\d+$/.test(part)) {
      const index = Number(part);
      const item = node[index < 0 ? node.length + index : index];
      if (item === undefined) throw notFound(walked.join('.'));
      node = item;
    } else if (isMap(node) && Object.prototype.hasOwnProperty.call(node, part)) {
      node = node[part];
    } else throw notFound(walked.join('.'));
  }
  return node;
}

function notFound(key: string): TemplateError {
  return new TemplateError(`Could not find '${key}'`);
}

/**
 * Resolves one string. `key` is the stage key it sits under (DVC allows a mapping only in `cmd`
 * and lists/mappings in `foreach`/`matrix`; undefined means anything goes).
 */
export function resolveString(source: string, context: Vars, key?: string): unknown {
  const matches = [...source.matchAll(EXPRESSION)];
  if (matches.length === 0) return source.replace(/\\\$\{/g, '${');
  const only = matches[0] as RegExpMatchArray;
  if (matches.length === 1 && only[0] === source) {
    const value = select(context, only[1] as string);
    validate(value, key);
    return value;
  }
  let out = '';
  let index = 0;
  for (const match of matches) {
    const at = match.index as number;
    const value = select(context, match[1] as string);
    validate(value, key);
    out += source.slice(index, at) + toStr(value);
    index = at + match[0].length;
  }
  out += source.slice(index);
  return out.replace(/\\\$\{/g, '${');
}

function validate(value: unknown, key: string | undefined): void {
  if (value === null || value === undefined || typeof value !== 'object') return;
  if (value instanceof PyFloat) return;
  if (key === undefined || key.includes('foreach') || key === 'matrix') return;
  if (isMap(value) && key === 'cmd') return;
  throw new TemplateError(
    `Cannot interpolate data of type '${Array.isArray(value) ? 'list' : 'dict'}'`,
  );
}

/** Python's `str()` for values read from YAML, as DVC writes them into strings. */
export function toStr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return pyNumber(value);
  if (value instanceof PyFloat) return value.toString();
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (isMap(value)) return dictToFlags(value);
  return String(value);
}

/** `{a: 1, b: {c: x}, d: true, e: [1, 2]}` → `--a 1 --b.c x --d --e 1 2` (DVC's defaults). */
function dictToFlags(map: Vars): string {
  let result = '';
  for (const [k, v] of Object.entries(flatten(map))) {
    if (typeof v === 'boolean') {
      if (v) result += `--${k} `;
    } else if (typeof v === 'string') result += `--${k} ${shellQuote(v)} `;
    else if (Array.isArray(v)) {
      v.forEach((item, n) => {
        if (typeof item === 'object' && item !== null)
          throw new TemplateError(`Cannot interpolate nested iterable in '${k}'`);
        const text = typeof item === 'string' ? shellQuote(item) : toStr(item);
        result += n > 0 ? `${text} ` : `--${k} ${text} `;
      });
    } else result += `--${k} ${toStr(v)} `;
  }
  return result.trimEnd();
}

function flatten(map: Vars, prefix = ''): Vars {
  const out: Vars = {};
  for (const [k, v] of Object.entries(map)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (isMap(v)) Object.assign(out, flatten(v, key));
    else out[key] = v;
  }
  return out;
}

/** Python's shlex.quote. */
export function shellQuote(text: string): string {
  if (text === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(text)) return text;
  return `'${text.replace(/'/g, `'"'"'`)}'`;
}

function pyRepr(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || value === undefined) return 'None';
  return toStr(value);
}

/**
 * Python's `str()` of an int or a float that is not a whole number (whole-number floats such as
 * `2.0` arrive as PyFloat and keep their `.0`).
 */
export function pyNumber(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value);
  const [mantissa, exponentText] = value.toExponential().split('e') as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const digits = mantissa.includes('.') ? mantissa : `${mantissa}`;
    const sign = exponent < 0 ? '-' : '+';
    return `${digits}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return String(value);
}

/**
 * Resolves every string (and mapping key) in a value. `onError` receives the path (relative to
 * `value`) of the string that failed, so the caller can point at it in the original text.
 */
export function resolveDeep(
  value: unknown,
  context: Vars,
  key: string | undefined,
  onError: (path: readonly (string | number)[], message: string) => void,
  path: readonly (string | number)[] = [],
): unknown {
  if (typeof value === 'string') {
    try {
      return resolveString(value, context, key);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      onError(path, e.message);
      return value;
    }
  }
  if (Array.isArray(value))
    return value.map((item, index) => resolveDeep(item, context, key, onError, [...path, index]));
  if (isMap(value)) {
    const out: Vars = {};
    for (const [k, v] of Object.entries(value)) {
      let resolvedKey = k;
      if (hasTemplate(k)) {
        try {
          resolvedKey = toStr(resolveString(k, context, key));
        } catch (e) {
          if (!(e instanceof TemplateError)) throw e;
          onError([...path, k], e.message);
        }
      }
      out[resolvedKey] = resolveDeep(v, context, key, onError, [...path, k]);
    }
    return out;
  }
  return value;
}

/**
 * Merges `from` into `into` the way DVC merges vars: mappings merge recursively, anything else
 * defined twice is an error (`cannot redefine 'a.b' from 'vars.yaml' as it already exists in
 * 'params.yaml'`). `sources` remembers where each top-level value came from.
 */
export function mergeVars(
  into: Vars,
  from: Vars,
  source: string,
  sources: Map<string, string>,
  prefix = '',
): void {
  for (const [k, v] of Object.entries(from)) {
    const dotted = prefix ? `${prefix}.${k}` : k;
    const existing = into[k];
    if (!Object.prototype.hasOwnProperty.call(into, k)) {
      into[k] = clone(v);
      sources.set(dotted, source);
      continue;
    }
    if (isMap(existing) && isMap(v)) {
      mergeVars(existing, v, source, sources, dotted);
      continue;
    }
    const first = sourceOf(sources, dotted) ?? 'an earlier source';
    throw new TemplateError(
      `cannot redefine '${dotted}' from '${source}' as it already exists in '${first}'`,
    );
  }
}

function sourceOf(sources: Map<string, string>, dotted: string): string | undefined {
  for (
    let key = dotted;
    key !== '';
    key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : ''
  ) {
    const found = sources.get(key);
    if (found) return found;
  }
  return undefined;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isMap(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
  return value;
}

export function isMap(value: unknown): value is Vars {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof PyFloat)
  );
}
