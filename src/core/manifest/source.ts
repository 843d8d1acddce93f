import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { Diagnostic, SourceRef, SourceSpan } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';

/** The text of every manifest and params file read, for quoting in diagnostics. */
export type SourceTexts = ReadonlyMap<string, string>;

/** Parses YAML (or JSON, a subset) into plain values; syntax errors are positioned diagnostics. */
export function parseYaml(file: string, text: string): Result<unknown, Diagnostic[]> {
  // js-yaml is about ten times faster; the `yaml` package, which knows where every node is,
  // parses again only when something is wrong, to say where.
  try {
    return ok(load(text, { schema: CORE_SCHEMA, json: false }) as unknown);
  } catch {
    return parseWithPositions(file, text);
  }
}

function parseWithPositions(file: string, text: string): Result<unknown, Diagnostic[]> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return err(
      doc.errors.map((e) => {
        const unclosed = e.code === 'MISSING_CHAR' || /end with an? [\]}]/.test(e.message);
        const at = unclosed ? unclosedBracket(text, e.pos[0]) : undefined;
        const from = at ?? e.pos[0];
        const start = lineCounter.linePos(from);
        const end = lineCounter.linePos(
          at !== undefined ? at + 1 : Math.max(e.pos[1], e.pos[0] + 1),
        );
        const message = e.message.split('\n')[0] ?? e.message;
        return {
          ...error('yaml-syntax', `YAML syntax error: ${message}`, {
            hint: syntaxHint(unclosed ? 'MISSING_CHAR' : e.code),
          }),
          span: {
            file,
            line: start.line,
            column: start.col,
            endLine: end.line,
            endColumn: end.col,
          },
        };
      }),
    );
  }
  return ok(doc.toJS({ maxAliasCount: 1000 }) as unknown);
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
    const range = findRange(parsed.doc.contents as YamlNode | null, ref.path, ref.at ?? 'value');
    if (range === undefined) return undefined;
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
