import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, Type, load } from 'js-yaml';
import type { Diagnostic, SourceRef, SourceSpan } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import { pyFloat } from '../dvc/py-float.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { YAML_LIMITS, needsReferenceParser, tooDeep } from './yaml-limits.js';

/** The text of every manifest and params file read, for quoting in diagnostics. */
export type SourceTexts = ReadonlyMap<string, string>;

export interface ParseOptions {
  /**
   * `python`: floats that are whole numbers (`20.0`) become PyFloat, so DVC's templating can
   * write them as DVC does. Default: plain numbers.
   */
  readonly floats?: 'number' | 'python';
}

/** Where a diagnostic's SourceRef is in the texts read, for quoting it (see YamlLocator). */
export interface Locator {
  text(file: string): string | undefined;
  locate(ref: SourceRef): SourceSpan | undefined;
}

/**
 * The reference parser (the `yaml` package, 290 KB of bundled code) is loaded only when a
 * document needs it or a diagnostic needs a position: compiling it cost every command's
 * start-up although most manifests are read by js-yaml and have nothing to report.
 */
function referenceParser() {
  return import('./yaml-reference.js');
}

/** A Locator for the texts; loads the reference parser, which finds the positions. */
export async function openLocator(texts: SourceTexts): Promise<Locator> {
  const { YamlLocator } = await referenceParser();
  return new YamlLocator(texts);
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
export async function parseYaml(
  file: string,
  text: string,
  options: ParseOptions = {},
): Promise<Result<unknown, Diagnostic[]>> {
  const quick = readQuickly(file, text, options);
  if (quick.kind === 'read') return quick.result;
  const reference = await referenceParser();
  return quick.kind === 'too-deep'
    ? err([reference.tooDeeplyNestedAt(file, text, quick.path)])
    : reference.parseWithPositions(file, text, options);
}

/**
 * What js-yaml alone can say about a text: its reading (or that it is too large), or that the
 * reference parser has to read it (syntax it leaves to the reference, or an error to position),
 * or that its value nests too deep (the reference parser finds where).
 */
export type QuickReading =
  | { readonly kind: 'read'; readonly result: Result<unknown, Diagnostic[]> }
  | { readonly kind: 'reference' }
  | { readonly kind: 'too-deep'; readonly path: (string | number)[] };

export function readQuickly(file: string, text: string, options: ParseOptions): QuickReading {
  if (text.length > YAML_LIMITS.maxChars) {
    return {
      kind: 'read',
      result: err([
        {
          ...error('yaml-syntax', `${file} is larger than ${YAML_LIMITS.maxChars} characters`, {
            hint: 'a manifest or params file this large is not read; split it or move data out',
          }),
          span: { file, line: 1, column: 1, endLine: 1, endColumn: 2 },
        },
      ]),
    };
  }
  if (needsReferenceParser(text)) return { kind: 'reference' };
  let value: unknown;
  try {
    value = load(text, { schema: jsYamlSchema(options), json: false });
  } catch {
    return { kind: 'reference' };
  }
  const deep = tooDeep(value);
  return deep === undefined
    ? { kind: 'read', result: ok(value) }
    : { kind: 'too-deep', path: deep };
}

export function tooDeeplyNested(file: string): Diagnostic {
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
