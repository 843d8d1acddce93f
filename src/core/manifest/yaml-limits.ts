import { visit, isAlias, isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import type { Diagnostic, SourceSpan } from '../diagnostics.js';
import { error } from '../diagnostics.js';

/**
 * Limits every YAML file the tool reads is held to, whichever parser read it. They keep a
 * hostile or mistaken file from taking long (signals are only seen between tasks) or from
 * exhausting memory: a parse ends quickly with a positioned error naming the limit.
 */
export const YAML_LIMITS = {
  /** Aliases in one document (the `yaml` package's maxAliasCount has the same role). */
  maxAliases: 1000,
  /** Nodes an alias may expand to, counted over the whole document (billion laughs). */
  maxAliasExpansion: 100_000,
  /** Nesting of mappings and lists. */
  maxDepth: 100,
  /** Characters in one file. */
  maxChars: 32 * 1024 * 1024,
} as const;

/**
 * Does the text use YAML that only the reference parser reads the way we want: anchors, aliases,
 * merge keys, tags, directives, complex keys, or flow collections spread over lines (js-yaml is
 * more lenient than the YAML spec about their indentation)? Conservative: a plain scalar such as
 * `a && b` may match, which only sends the file through the slower parser.
 */
export function needsReferenceParser(text: string): boolean {
  return (
    /(?:^|[\s[{,])[&*!][^\s]/m.test(text) ||
    text.includes('<<') ||
    /^%/m.test(text) ||
    // out-of-range floats: js-yaml leaves `1e999` a string, the spec (and Python) read infinity
    /\d[eE][-+]?\d{3}/.test(text) ||
    /(?:^|[\s[{,])\?(?:\s|$)/m.test(text) ||
    hasOpenFlowLine(text)
  );
}

/** A line that opens `[` or `{` without closing it (quotes are not parsed: it only over-matches). */
function hasOpenFlowLine(text: string): boolean {
  if (!/[[{]/.test(text)) return false;
  for (const line of text.split('\n')) {
    let depth = 0;
    for (const c of line) {
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') depth--;
      else if (c === '#') break;
    }
    if (depth !== 0) return true;
  }
  return false;
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

/** The path of the first value nested deeper than `maxDepth`, or undefined. */
export function tooDeep(value: unknown): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof node !== 'object' || node === null) continue;
    if (path.length >= YAML_LIMITS.maxDepth) return path;
    if (Array.isArray(node)) node.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
    else
      for (const [k, v] of Object.entries(node as Record<string, unknown>))
        if (typeof v === 'object' && v !== null) stack.push({ value: v, path: [...path, k] });
  }
  return undefined;
}

/** The `yaml` package reads a plain `<<` key as a Symbol when merge keys are on. */
function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const value: unknown = key.value;
  return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
