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
