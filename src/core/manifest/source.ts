import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, Type, load } from 'js-yaml';
import {
  LineCounter,
  parseDocument,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
} from 'yaml';
import type { Node as YamlNode, Pair, ScalarTag, Tags } from 'yaml';
import type { Diagnostic, SourceRef, SourceSpan } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import { PyFloat, pyFloat } from '../dvc/py-float.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import {
  YAML_LIMITS,
  checkAliases,
  needsReferenceParser,
  spanMaker,
  tooDeep,
} from './yaml-limits.js';

/** The text of every manifest and params file read, for quoting in diagnostics. */
export type SourceTexts = ReadonlyMap<string, string>;

export interface ParseOptions {
  /**
   * `python`: floats that are whole numbers (`20.0`) become PyFloat, so DVC's templating can
   * write them as DVC does. Default: plain numbers.
   */
  readonly floats?: 'number' | 'python';
}

/**
 * Parses YAML (or JSON, a subset) into plain values; problems are positioned diagnostics.
 *
 * One parser decides what a document means: the `yaml` package, with merge keys (`<<`, as DVC's
 * loader reads them) and the limits of YAML_LIMITS. js-yaml, about three times faster, reads the
 * documents that cannot use anchors, aliases or merge keys; on those the two agree (a
 * differential test over the fuzz corpus checks it), and anything js-yaml rejects is read again
 * by the `yaml` package to say where the problem is.
 */
export function parseYaml(
  file: string,
  text: string,
  options: ParseOptions = {},
): Result<unknown, Diagnostic[]> {
  if (text.length > YAML_LIMITS.maxChars) {
    return err([
      {
        ...error('yaml-syntax', `${file} is larger than ${YAML_LIMITS.maxChars} characters`, {
          hint: 'a manifest or params file this large is not read; split it or move data out',
        }),
        span: { file, line: 1, column: 1, endLine: 1, endColumn: 2 },
      },
    ]);
  }
  if (!needsReferenceParser(text)) {
    let value: unknown;
    try {
      value = load(text, { schema: jsYamlSchema(options), json: false });
    } catch {
      return parseWithPositions(file, text, options);
    }
    return checkDepth(file, text, value);
  }
  return parseWithPositions(file, text, options);
}

/** The same reading through the `yaml` package only (the reference; tests compare with it). */
export function parseWithPositions(
  file: string,
  text: string,
  options: ParseOptions = {},
): Result<unknown, Diagnostic[]> {
  const lineCounter = new LineCounter();
  const span = spanMaker(file, lineCounter);
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      merge: true,
      logLevel: 'error',
      ...(options.floats === 'python' ? { customTags: pythonFloatTags } : {}),
    });
  } catch (e) {
    if (e instanceof RangeError) return err([tooDeeplyNested(file)]);
    throw e;
  }
  if (doc.errors.some((e) => /call stack/i.test(e.message))) return err([tooDeeplyNested(file)]);
  if (doc.errors.length > 0) {
    return err(
      doc.errors.map((e) => {
        const unclosed = e.code === 'MISSING_CHAR' || /end with an? [\]}]/.test(e.message);
        const at = unclosed ? unclosedBracket(text, e.pos[0]) : undefined;
        const from = at ?? e.pos[0];
        const message = e.message.split('\n')[0] ?? e.message;
        return {
          ...error('yaml-syntax', `YAML syntax error: ${message}`, {
            hint: syntaxHint(unclosed ? 'MISSING_CHAR' : e.code),
          }),
          span: span(from, at !== undefined ? at + 1 : e.pos[1]),
        };
      }),
    );
  }
  const aliases = checkAliases(doc, span);
  if (aliases.length > 0) return err(aliases);
  textKeys(doc);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    if (e instanceof RangeError) return err([tooDeeplyNested(file)]);
    // checkAliases found every alias problem the `yaml` package knows; anything else is a bug.
    throw e;
  }
  return checkDepth(file, text, value);
}

function checkDepth(file: string, text: string, value: unknown): Result<unknown, Diagnostic[]> {
  const deep = tooDeep(value);
  if (deep === undefined) return ok(value);
  const at = new Locator(new Map([[file, text]])).locate({ file, path: deep });
  return err([{ ...tooDeeplyNested(file), ...(at ? { span: at } : {}) }]);
}

function tooDeeplyNested(file: string): Diagnostic {
  return {
    ...error('yaml-syntax', `values nest more than ${YAML_LIMITS.maxDepth} levels deep`, {
      hint: 'flatten the structure; manifests and params files are not read past this depth',
    }),
    span: { file, line: 1, column: 1, endLine: 1, endColumn: 2 },
  };
}

const schemas = new Map<string, ReturnType<typeof CORE_SCHEMA.extend>>();

function jsYamlSchema(options: ParseOptions) {
  if (options.floats !== 'python') return CORE_SCHEMA;
  let schema = schemas.get('python');
  if (!schema) {
    // js-yaml's own float rules, so both schemas read the same scalars as floats.
    const float = (jsYaml as unknown as { types: { float: Type } }).types.float;
    const python = new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string) => (float.resolve as (d: string) => boolean)(data),
      construct: (data: string) => pyFloat((float.construct as (d: string) => number)(data)),
      instanceOf: Object,
      represent: (value: object) => String(value),
    });
    schema = CORE_SCHEMA.extend({ implicit: [python] });
    schemas.set('python', schema);
  }
  return schema;
}

/**
 * Mapping keys become text the way js-yaml makes them, so both parsers give one result: a float
 * key as Python writes it (`20.0`), a null key as `null`.
 */
function textKeys(doc: ReturnType<typeof parseDocument>): void {
  visit(doc, {
    Pair: (_key, pair) => {
      // A collection used as a key is turned into text by the parser: plain numbers there.
      if (isCollection(pair.key))
        visit(pair.key, {
          Scalar: (_k, scalar) => {
            if (scalar.value instanceof PyFloat) scalar.value = scalar.value.value;
          },
        });
      if (!isScalar(pair.key)) return;
      if (pair.key.value instanceof PyFloat) pair.key.value = pair.key.value.toString();
      else if (pair.key.value === null) pair.key.value = 'null';
    },
  });
}

/** The core schema with whole-number floats kept as PyFloat. */
function pythonFloatTags(tags: Tags): Tags {
  return tags.map((tag) => {
    const scalar = tag as ScalarTag;
    if (scalar.tag !== 'tag:yaml.org,2002:float' || !scalar.resolve) return tag;
    const resolve = scalar.resolve.bind(scalar);
    return {
      ...scalar,
      resolve: (source: string, onError: (message: string) => void, options: never) => {
        const value = resolve(source, onError, options);
        // The plain float tag answers a Scalar node (to remember `20.0`'s digits), the others a number.
        if (isScalar(value) && typeof value.value === 'number') value.value = pyFloat(value.value);
        return typeof value === 'number' ? pyFloat(value) : value;
      },
    } as ScalarTag;
  });
}

/**
 * The parser reports a missing `]` or `}` where it gave up, often past the end of the file;
 * the opening bracket that was never closed is what the user has to look at.
 */
function unclosedBracket(text: string, before: number): number | undefined {
  const open: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < Math.min(before, text.length); i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] as string)))
      i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length > 0) open.pop();
  }
  return open.pop();
}

function syntaxHint(code: string): string {
  switch (code) {
    case 'MISSING_CHAR':
      return 'close the `[` with `]` (or the `{` with `}`), or quote a value that starts with one';
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping: merge the two entries or rename one';
    case 'BAD_INDENT':
      return 'check the indentation: nested keys need more spaces than their parent, and the same amount as their siblings';
    case 'TAB_AS_INDENT':
      return 'YAML indentation must use spaces, not tabs';
    default:
      return 'fix the YAML syntax at the marked position (quote values that contain ": " or start with special characters)';
  }
}

/**
 * Maps a SourceRef to a line and column. Built lazily: positions are only needed when
 * something has to be reported, so the fast path never pays for them.
 */
export class Locator {
  private readonly parsed = new Map<
    string,
    { doc: ReturnType<typeof parseDocument>; lines: LineCounter }
  >();

  constructor(private readonly texts: SourceTexts) {}

  text(file: string): string | undefined {
    return this.texts.get(file);
  }

  locate(ref: SourceRef): SourceSpan | undefined {
    const parsed = this.document(ref.file);
    if (parsed === undefined) return undefined;
    // An empty document has no node to point at: the start of the file is where to look.
    const range = findRange(
      parsed.doc.contents as YamlNode | null,
      ref.path,
      ref.at ?? 'value',
    ) ?? [0, 0];
    const start = parsed.lines.linePos(range[0]);
    const end = parsed.lines.linePos(Math.max(range[1], range[0] + 1));
    return {
      file: ref.file,
      line: start.line,
      column: start.col,
      endLine: end.line,
      endColumn: end.col,
    };
  }

  private document(file: string) {
    let parsed = this.parsed.get(file);
    if (parsed === undefined) {
      const text = this.texts.get(file);
      if (text === undefined) return undefined;
      const lines = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: false }), lines };
      this.parsed.set(file, parsed);
    }
    return parsed;
  }
}

type Range = readonly [number, number];

function findRange(
  root: YamlNode | null,
  path: readonly (string | number)[],
  at: 'key' | 'value',
): Range | undefined {
  let node: unknown = root;
  let keyRange: Range | undefined;
  let best: Range | undefined = nodeRange(root);
  for (const segment of path) {
    const pair = childPair(node, segment);
    if (pair === undefined) return best;
    keyRange = pair.keyRange;
    node = pair.value;
    best = nodeRange(node) ?? keyRange ?? best;
  }
  if (at === 'key' && keyRange !== undefined) return keyRange;
  return nodeRange(node) ?? keyRange ?? best;
}

function childPair(
  node: unknown,
  segment: string | number,
): { keyRange?: Range; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p: Pair) => keyText(p.key) === String(segment));
    if (pair === undefined) return undefined;
    return { keyRange: nodeRange(pair.key), value: pair.value };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (isPair(key)) return undefined;
  return typeof key === 'string' ? key : undefined;
}

function nodeRange(node: unknown): Range | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (range === undefined) return undefined;
  return [range[0], range[1]];
}
