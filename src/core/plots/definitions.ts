import type { DocPath } from '../diagnostics.js';
import { error, notice } from '../diagnostics.js';
import { closest } from '../suggest.js';
import type { DocReader, PlainMap } from '../manifest/reader.js';
import { isPlainMap } from '../manifest/reader.js';
import { plotFormat } from './parse.js';
import type { PlotDefinition, PlotSource, PlotTemplate } from './types.js';
import { PLOT_TEMPLATES } from './types.js';

/** The options a plot takes, in reprokit.yml and dvc.yaml alike (DVC's names). */
export const PLOT_OPTION_KEYS = [
  'x',
  'y',
  'template',
  'title',
  'x_label',
  'y_label',
  'header',
] as const;

/** Turns a path as written (relative to a directory) into a root-relative path, or reports it. */
export type ResolvePath = (text: string, at: DocPath) => string | undefined;

const EXAMPLE =
  'plots: [logs/loss.csv, {logs/acc.csv: {x: epoch, y: acc}}, {ROC: {x: fpr, y: {roc.json: tpr}}}]';

/**
 * A top-level `plots:` list, DVC's forms: `- path`, `- path: {options}` and named definitions
 * `- Name: {x: field or {file: field}, y: {file: field or [fields]}, ...}` (y naming the files).
 */
export function readPlotList(
  reader: DocReader,
  value: unknown,
  context: { readonly at: DocPath; readonly resolve: ResolvePath },
): PlotDefinition[] {
  if (value === undefined || value === null) return [];
  const definitions: PlotDefinition[] = [];
  const seen = new Set<string>();
  reader.list(value, context.at, 'plots', EXAMPLE).forEach((item, index) => {
    const at = [...context.at, index];
    let definition: PlotDefinition | undefined;
    if (typeof item === 'string') {
      const file = context.resolve(item, at);
      if (file !== undefined) definition = fileDefinition(file, {}, reader.ref(at));
    } else if (isPlainMap(item) && Object.keys(item).length === 1) {
      const [id, raw] = Object.entries(item)[0] as [string, unknown];
      const options =
        raw === null || raw === undefined ? {} : reader.map(raw, [...at, id], `plot "${id}"`);
      if (options)
        definition = readDefinition(reader, id, options, { ...context, at: [...at, id] });
    } else
      reader.wrongType(
        at,
        'an entry of plots',
        'a path or {path-or-name: {options}}',
        item,
        EXAMPLE,
      );
    if (!definition) return;
    if (seen.has(definition.id)) {
      reader.report(
        error('invalid-value', `plot "${definition.id}" is defined twice`, {
          source: reader.ref(at),
          hint: 'give each plot its own name or file',
        }),
      );
      return;
    }
    seen.add(definition.id);
    definitions.push(definition);
  });
  return definitions;
}

/** The options of one plot: a stage's plots output (`id` is its path) or a top-level entry. */
export function readDefinition(
  reader: DocReader,
  id: string,
  options: PlainMap,
  context: { readonly at: DocPath; readonly resolve: ResolvePath; readonly file?: string },
): PlotDefinition | undefined {
  const { at } = context;
  const known = [...PLOT_OPTION_KEYS, ...(context.file ? ['cache', 'persist', 'path'] : [])];
  for (const key of Object.keys(options))
    if (
      !known.includes(key) &&
      !(context.file && ['desc', 'type', 'labels', 'meta', 'remote', 'push'].includes(key))
    )
      reader.checkKeys({ [key]: options[key] }, at, known, `in plot "${id}"`);
  const template = readTemplate(reader, options.template, [...at, 'template']);
  const text = (key: string) =>
    options[key] === undefined ? undefined : reader.scalarString(options[key], [...at, key], key);
  if (options.header === false)
    reader.report(
      notice(
        'unsupported',
        `plot "${id}": header: false is not supported; the first row is read as field names`,
        {
          source: reader.ref([...at, 'header'], 'key'),
        },
      ),
    );
  const x = readX(reader, options.x, { ...context, at: [...at, 'x'] });
  const named = isPlainMap(options.y);
  let y: PlotSource[];
  if (named) y = readNamedY(reader, options.y as PlainMap, { ...context, at: [...at, 'y'] });
  else {
    const file = context.file ?? context.resolve(id, at);
    if (file === undefined) return undefined;
    const fields = readFields(reader, options.y, [...at, 'y']);
    y = [{ file, ...(fields ? { fields } : {}) }];
  }
  if (y.length === 0) return undefined;
  const title = text('title');
  const xLabel = text('x_label');
  const yLabel = text('y_label');
  const fileId = named ? id : (y[0] as PlotSource).file;
  return {
    id: fileId,
    template,
    ...(title !== undefined ? { title } : {}),
    ...(xLabel !== undefined ? { xLabel } : {}),
    ...(yLabel !== undefined ? { yLabel } : {}),
    ...(x ? { x } : {}),
    y,
    ...(!named && plotFormat(fileId) === 'image' ? { image: true } : {}),
    source: reader.ref(at, 'key'),
  };
}

/** A plot of one file with default options (`- path`, or a stage's plots output). */
export function fileDefinition(
  file: string,
  options: { template?: PlotTemplate },
  source: PlotDefinition['source'],
): PlotDefinition {
  return {
    id: file,
    template: options.template ?? 'linear',
    y: [{ file }],
    ...(plotFormat(file) === 'image' ? { image: true } : {}),
    ...(source ? { source } : {}),
  };
}

function readTemplate(reader: DocReader, value: unknown, at: DocPath): PlotTemplate {
  if (value === undefined) return 'linear';
  const text = reader.string(value, at, 'template');
  if (text === undefined) return 'linear';
  if ((PLOT_TEMPLATES as readonly string[]).includes(text)) return text as PlotTemplate;
  const guess = closest(text, PLOT_TEMPLATES);
  reader.report(
    error('invalid-value', `unknown plot template "${text}"`, {
      source: reader.ref(at),
      hint: guess
        ? `did you mean "${guess}"? (one of: ${PLOT_TEMPLATES.join(', ')})`
        : `use one of: ${PLOT_TEMPLATES.join(', ')}`,
    }),
  );
  return 'linear';
}

function readX(
  reader: DocReader,
  value: unknown,
  context: { readonly at: DocPath; readonly resolve: ResolvePath },
): PlotDefinition['x'] | undefined {
  if (value === undefined || value === null) return undefined;
  if (isPlainMap(value)) {
    const entries = Object.entries(value);
    if (entries.length !== 1) {
      reader.report(
        error('invalid-value', 'x names one field of one file', {
          source: reader.ref(context.at),
          hint: 'write it like: x: {train.json: epoch}',
        }),
      );
      return undefined;
    }
    const [file, field] = entries[0] as [string, unknown];
    const path = context.resolve(file, [...context.at, file]);
    const name = reader.scalarString(field, [...context.at, file], 'x');
    return path !== undefined && name !== undefined ? { field: name, file: path } : undefined;
  }
  const field = reader.scalarString(value, context.at, 'x');
  return field === undefined ? undefined : { field };
}

function readNamedY(
  reader: DocReader,
  y: PlainMap,
  context: { readonly at: DocPath; readonly resolve: ResolvePath },
): PlotSource[] {
  const sources: PlotSource[] = [];
  for (const [file, raw] of Object.entries(y)) {
    const at = [...context.at, file];
    const path = context.resolve(file, at);
    if (path === undefined) continue;
    const fields = readFields(reader, raw, at);
    sources.push({ file: path, ...(fields ? { fields } : {}) });
  }
  return sources;
}

/** A field or a list of them; none given: the file's last field (DVC's default). */
function readFields(reader: DocReader, value: unknown, at: DocPath): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const fields = Array.isArray(value)
    ? value
        .map((v, i) => reader.scalarString(v, [...at, i], 'y'))
        .filter((v): v is string => v !== undefined)
    : [reader.scalarString(value, at, 'y')].filter((v): v is string => v !== undefined);
  return fields.length > 0 ? fields : undefined;
}
