import {
  LineCounter,
  parseDocument,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
} from 'yaml';
import type { Document, Node as YamlNode, Pair, ScalarTag, Tags } from 'yaml';
import type { Diagnostic, SourceRef, SourceSpan } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import { PyFloat, pyFloat } from '../dvc/py-float.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import type { Locator, ParseOptions, SourceTexts } from './source.js';
import { readQuickly, tooDeeplyNested } from './source.js';
import { YAML_LIMITS, tooDeep } from './yaml-limits.js';

/**
 * The reference YAML reading, on the `yaml` package: loaded through source.ts's parseYaml and
 * openLocator only when a document or a diagnostic needs it (see there). Nothing on a command's
 * usual path may import this module statically.
 */

/** parseYaml's reading, synchronous: for callers that have loaded this module anyway. */
export function parseYamlNow(
  file: string,
  text: string,
  options: ParseOptions = {},
): Result<unknown, Diagnostic[]> {
  const quick = readQuickly(file, text, options);
  if (quick.kind === 'read') return quick.result;
  return quick.kind === 'too-deep'
    ? err([tooDeeplyNestedAt(file, text, quick.path)])
    : parseWithPositions(file, text, options);
}

/** The too-deep diagnostic, placed at the first value past the limit. */
export function tooDeeplyNestedAt(
  file: string,
  text: string,
  path: readonly (string | number)[],
): Diagnostic {
  const at = new YamlLocator(new Map([[file, text]])).locate({ file, path });
  return { ...tooDeeplyNested(file), ...(at ? { span: at } : {}) };
}

function checkDepth(file: string, text: string, value: unknown): Result<unknown, Diagnostic[]> {
  const deep = tooDeep(value);
  return deep === undefined ? ok(value) : err([tooDeeplyNestedAt(file, text, deep)]);
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
 * Maps a SourceRef to a line and column. Each text is parsed (with positions) on its first
 * lookup: positions are only needed when something has to be reported.
 */
export class YamlLocator implements Locator {
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

type Span = (from: number, to: number) => SourceSpan;

export function spanMaker(file: string, lines: LineCounter): Span {
  return (from, to) => {
    const start = lines.linePos(from);
    const end = lines.linePos(Math.max(to, from + 1));
    return { file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  };
}

/**
 * Checks the aliases of a parsed document before its value is built: every alias must name an
 * earlier anchor that does not contain the alias itself, there may be at most `maxAliases`, and
 * together they may expand to at most `maxAliasExpansion` nodes.
 */
export function checkAliases(doc: Document, span: Span): Diagnostic[] {
  const anchors = new Map<string, YamlNode>();
  const sizes = new Map<YamlNode, number>();
  const problems: Diagnostic[] = [];
  let aliases = 0;
  let expansion = 0;
  visit(doc, {
    Node: (_key, node, path) => {
      if (isAlias(node)) {
        aliases++;
        const range = node.range ?? [0, 0, 0];
        const at = span(range[0], range[1]);
        const source = anchors.get(node.source);
        if (source === undefined) {
          problems.push(unresolvedAlias(node.source, at));
          return visit.BREAK;
        }
        if (path.includes(source)) {
          problems.push(
            error('yaml-syntax', `YAML alias *${node.source} refers to the node that contains it`, {
              hint: 'an anchor cannot be used inside itself: copy the values instead',
            }),
          );
          (problems[problems.length - 1] as { span?: SourceSpan }).span = at;
          return visit.BREAK;
        }
        expansion += sizeOf(source, sizes, anchors);
        if (aliases > YAML_LIMITS.maxAliases || expansion > YAML_LIMITS.maxAliasExpansion) {
          problems.push({
            ...error(
              'yaml-syntax',
              aliases > YAML_LIMITS.maxAliases
                ? `more than ${YAML_LIMITS.maxAliases} YAML aliases in one file`
                : `YAML aliases expand to more than ${YAML_LIMITS.maxAliasExpansion} values`,
              {
                hint: 'aliases that repeat other aliases grow exponentially: write the values out',
              },
            ),
            span: at,
          });
          return visit.BREAK;
        }
        return undefined;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
    Pair: (_key, pair) => {
      if (!isMergeKey(pair.key)) return undefined;
      const value = pair.value as YamlNode | null;
      const mapLike = (node: unknown): boolean =>
        isMap(node) || (isAlias(node) && isMap(anchors.get(node.source)));
      const mergeable = (node: unknown): boolean => {
        if (mapLike(node)) return true;
        const target = isAlias(node) ? anchors.get(node.source) : node;
        return isSeq(target) && target.items.every(mapLike);
      };
      if (mergeable(value)) return undefined;
      // An alias that resolves nowhere is reported by the Node visitor with a better message.
      if (isAlias(value) && !anchors.has(value.source)) return undefined;
      const range = (value as { range?: [number, number] } | null)?.range ??
        (pair.key as { range?: [number, number] }).range ?? [0, 0];
      problems.push({
        ...error(
          'yaml-syntax',
          'a YAML merge key (<<) must be followed by a mapping, an alias of one, or a list of them',
          {
            hint: 'write `<<: *name` where `&name` marks a mapping, or quote "<<" if it is a plain key',
          },
        ),
        span: span(range[0], range[1]),
      });
      return visit.BREAK;
    },
  });
  return problems;
}

function unresolvedAlias(name: string, at: SourceSpan): Diagnostic {
  const glob = /[.*?/[\]]/.test(name) || name === '';
  return {
    ...error(
      'yaml-syntax',
      `\`*${name}\` is a YAML alias, and no anchor \`&${name}\` is set before it`,
      {
        hint: glob
          ? `quote globs: "*${name}" (an unquoted * starts a YAML alias)`
          : `set the anchor first (\`key: &${name} value\`), or quote the text: "*${name}"`,
      },
    ),
    span: at,
  };
}

/** Nodes a value expands to, aliases included (memoised: shared anchors are counted once each). */
function sizeOf(node: YamlNode, sizes: Map<YamlNode, number>, anchors: Map<string, YamlNode>) {
  const known = sizes.get(node);
  if (known !== undefined) return known;
  sizes.set(node, 1); // a cycle counts once; checkAliases reports it
  let size = 1;
  if (isAlias(node)) {
    const source = anchors.get(node.source);
    size = source ? sizeOf(source, sizes, anchors) : 1;
  } else if (isCollection(node)) {
    for (const item of node.items as unknown[]) {
      if (item && typeof item === 'object' && 'key' in item) {
        const pair = item as { key: unknown; value: unknown };
        for (const part of [pair.key, pair.value])
          if (part && typeof part === 'object') size += sizeOf(part as YamlNode, sizes, anchors);
      } else if (item && typeof item === 'object') size += sizeOf(item as YamlNode, sizes, anchors);
    }
  }
  size = Math.min(size, Number.MAX_SAFE_INTEGER);
  sizes.set(node, size);
  return size;
}

/** The `yaml` package reads a plain `<<` key as a Symbol when merge keys are on. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value: unknown = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
