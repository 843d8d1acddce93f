import type { Diagnostic, DocPath } from '../diagnostics.js';
import { error, hasErrors, notice } from '../diagnostics.js';
import { isGlob } from '../glob.js';
import { joinPath, parentDir } from '../paths.js';
import type { OutSpec, Pipeline, Stage } from '../pipeline.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import type { Vars } from './dvc-template.js';
import {
  TemplateError,
  isMap,
  mergeVars,
  resolveDeep,
  toStr,
  usesTemplate,
} from './dvc-template.js';
import { DocReader } from './reader.js';
import { projectPath, readDeps, readParams } from './reprokit.js';

/**
 * dvc.yaml with DVC's semantics (DVC 3.x): paths are relative to the directory of dvc.yaml and
 * the stage wdir, the default params file is `params.yaml` beside them, `${...}` templating,
 * `foreach`/`do` and `matrix` generate stages named `group@key`. Generated stages point back at
 * the template in the original text, so every diagnostic has the line and column of dvc.yaml.
 */

const TOP_KEYS = ['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'] as const;
/** Top-level keys DVC uses for its reports and model registry; they do not change what runs. */
const IGNORED_TOP_KEYS = ['params', 'metrics', 'plots', 'artifacts', 'datasets'] as const;
const STAGE_KEYS = [
  'cmd',
  'wdir',
  'deps',
  'params',
  'outs',
  'metrics',
  'plots',
  'frozen',
  'always_changed',
  'desc',
  'meta',
  'vars',
] as const;
const FOREACH_KEYS = ['foreach', 'do'] as const;
/** Output options that matter to a run; the others describe the output for DVC's tools. */
const OUT_OPTIONS = ['cache', 'persist'] as const;
const OUT_DESCRIPTIVE = ['desc', 'type', 'labels', 'meta', 'remote', 'push'] as const;
const PLOT_DESCRIPTIVE = ['template', 'x', 'y', 'x_label', 'y_label', 'title', 'header'] as const;
const UNSUPPORTED_OUT = ['checkpoint'] as const;
const JOIN = '@';
export const DVC_PARAMS_FILE = 'params.yaml';

/** Loads a vars or params file (root-relative path): parsed value, or undefined when missing. */
export type VarsFileLoader = (
  path: string,
) => Promise<{ ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] } | undefined>;

/** How a stage was written in dvc.yaml, for writing dvc.lock the way DVC does. */
export interface DvcStageInfo {
  /** `cmd` was a list (dvc.lock keeps the form). */
  readonly cmdIsList: boolean;
}

const stageInfo = new WeakMap<Stage, DvcStageInfo>();

export function dvcStageInfo(stage: Stage): DvcStageInfo | undefined {
  return stageInfo.get(stage);
}

interface Generated {
  readonly name: string;
  readonly body: unknown;
  /** Where the body (template) is in dvc.yaml. */
  readonly at: DocPath;
  readonly context: Vars;
  readonly sources: Map<string, string>;
}

/** Turns a parsed dvc.yaml into a Pipeline, or every problem found. */
export async function readDvcManifest(
  file: string,
  doc: unknown,
  load: VarsFileLoader,
): Promise<Result<Pipeline, Diagnostic[]>> {
  const reader = new DocReader(file);
  const base = parentDir(file);
  const top = reader.map(doc ?? {}, [], 'dvc.yaml', 'stages: {prepare: {cmd: ...}}');
  if (!top) return err(reader.diagnostics);
  reader.checkKeys(top, [], TOP_KEYS, `at the top level of ${file}`);
  const ignored = IGNORED_TOP_KEYS.filter((k) => top[k] !== undefined);
  if (ignored.length > 0) {
    reader.report(
      notice(
        'unsupported',
        `${file}: top-level ${ignored.map((k) => `"${k}"`).join(', ')} ignored (used by DVC's reports, not by runs)`,
      ),
    );
  }
  const loader = new VarsLoader(reader, load);
  const context: Vars = {};
  const sources = new Map<string, string>();
  await loader.loadDefault(joinPath(base, DVC_PARAMS_FILE), context, sources);
  if (top.vars !== undefined) await loader.loadList(top.vars, ['vars'], base, context, sources, '');

  const stages: Stage[] = [];
  const seen = new Map<string, DocPath>();
  if (top.stages === undefined || top.stages === null) {
    reader.report(
      error('invalid-value', `${file} declares no stages`, {
        source: reader.ref([]),
        hint: 'add a `stages:` mapping, e.g.\nstages:\n  prepare:\n    cmd: python prepare.py\n    outs: [data/clean.csv]',
      }),
    );
  }
  const map =
    top.stages === undefined || top.stages === null
      ? {}
      : (reader.map(top.stages, ['stages'], 'stages', 'stages: {prepare: {cmd: ...}}') ?? {});
  for (const [name, definition] of Object.entries(map)) {
    if (!/^[^:@/\\\s]+$/.test(name)) {
      reader.report(
        error(
          'invalid-name',
          `stage name "${name}" may not contain ":", "@", "/", "\\" or spaces`,
          {
            source: reader.ref(['stages', name], 'key'),
            hint: '"@" is reserved for the names DVC generates from foreach and matrix',
          },
        ),
      );
      continue;
    }
    for (const generated of expand(reader, name, definition, context, sources)) {
      const previous = seen.get(generated.name);
      if (previous) {
        reader.report(
          error('invalid-name', `stage "${generated.name}" is generated twice`, {
            source: reader.ref(['stages', name], 'key'),
            hint: 'foreach values (or matrix combinations) must give distinct names',
          }),
        );
        continue;
      }
      seen.set(generated.name, generated.at);
      const stage = await readStage(reader, loader, base, generated);
      if (stage) stages.push(stage);
    }
  }
  // A template generates many stages: report each of its problems once.
  const diagnostics = dedupe(reader.diagnostics);
  const notices = diagnostics.filter((d) => d.severity !== 'error');
  if (hasErrors(diagnostics)) return err(diagnostics);
  return ok({
    manifestFile: file,
    format: 'dvc',
    stages,
    publish: { artifacts: [] },
    ...(notices.length > 0 ? { notices } : {}),
  });
}

/** One stage, or the stages a foreach/matrix group generates. */
function expand(
  reader: DocReader,
  name: string,
  definition: unknown,
  context: Vars,
  sources: Map<string, string>,
): Generated[] {
  const at: DocPath = ['stages', name];
  const body = reader.map(
    definition,
    at,
    `stage "${name}"`,
    '{cmd: ..., deps: [...], outs: [...]}',
  );
  if (!body) return [];
  const fail = (path: DocPath, message: string, hint?: string) =>
    reader.report(
      error('invalid-value', `failed to parse 'stages.${name}.${path.join('.')}': ${message}`, {
        source: reader.ref([...at, ...path]),
        ...(hint ? { hint } : {}),
      }),
    );
  if (body.matrix !== undefined) {
    for (const key of ['foreach', 'do'] as const)
      if (body[key] !== undefined)
        reader.report(
          error('unknown-key', `"${key}" cannot be used together with "matrix"`, {
            source: reader.ref([...at, key], 'key'),
            hint: 'a matrix stage is written like a plain stage plus `matrix:`',
          }),
        );
    const matrix = resolveDeep(body.matrix, context, 'matrix', (p, m) => fail(['matrix', ...p], m));
    if (!isMap(matrix)) {
      reader.wrongType(
        [...at, 'matrix'],
        'matrix',
        'a mapping of lists',
        matrix,
        '{model: [a, b]}',
      );
      return [];
    }
    const axes: [string, unknown[]][] = [];
    for (const [axis, values] of Object.entries(matrix)) {
      if (!Array.isArray(values)) {
        reader.wrongType([...at, 'matrix', axis], `matrix.${axis}`, 'a list', values, '[a, b]');
        return [];
      }
      axes.push([axis, values]);
    }
    const template = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'matrix'));
    return product(axes).map((combination) => {
      const item: Vars = {};
      const fragments: string[] = [];
      for (const [axis, index, value] of combination) {
        item[axis] = value;
        fragments.push(
          typeof value === 'object' && value !== null ? `${axis}${index}` : toStr(value),
        );
      }
      const key = fragments.join('-');
      return {
        name: `${name}${JOIN}${key}`,
        body: template,
        at,
        context: { ...context, key, item },
        sources,
      };
    });
  }
  if (body.foreach !== undefined || body.do !== undefined) {
    reader.checkKeys(body, at, FOREACH_KEYS, `in foreach stage "${name}"`);
    if (body.do === undefined) {
      reader.report(
        error('invalid-value', `foreach stage "${name}" has no "do"`, {
          source: reader.ref(at, 'key'),
          hint: 'put the stage template under `do:`, using ${item} (and ${key} for a mapping)',
        }),
      );
      return [];
    }
    if (body.foreach === undefined) {
      reader.report(
        error('unknown-key', `"do" needs "foreach" in stage "${name}"`, {
          source: reader.ref([...at, 'do'], 'key'),
          hint: 'add `foreach:` with a list or mapping to generate stages from',
        }),
      );
      return [];
    }
    const iterable = resolveDeep(body.foreach, context, 'foreach', (p, m) =>
      fail(['foreach', ...p], m),
    );
    let entries: { key: string; item: unknown; withKey: boolean }[];
    if (isMap(iterable)) {
      entries = Object.entries(iterable).map(([k, v]) => ({ key: k, item: v, withKey: true }));
    } else if (Array.isArray(iterable)) {
      const composite = iterable.some((v) => typeof v === 'object' && v !== null);
      entries = iterable.map((v, index) => ({
        key: composite ? String(index) : toStr(v),
        item: v,
        withKey: false,
      }));
    } else {
      reader.wrongType([...at, 'foreach'], 'foreach', 'a list or a mapping', iterable, '[us, eu]');
      return [];
    }
    return entries.map(({ key, item, withKey }) => ({
      name: `${name}${JOIN}${key}`,
      body: body.do,
      at: [...at, 'do'],
      context: withKey ? { ...context, item, key } : { ...context, item },
      sources,
    }));
  }
  return [{ name, body, at, context, sources }];
}

function product(axes: [string, unknown[]][]): [string, number, unknown][][] {
  let combinations: [string, number, unknown][][] = [[]];
  for (const [axis, values] of axes) {
    const next: [string, number, unknown][][] = [];
    for (const combination of combinations)
      values.forEach((value, index) => next.push([...combination, [axis, index, value]]));
    combinations = next;
  }
  return combinations;
}

async function readStage(
  reader: DocReader,
  loader: VarsLoader,
  base: string,
  generated: Generated,
): Promise<Stage | undefined> {
  const { name, at } = generated;
  const body = reader.map(generated.body, at, `stage "${name}"`, '{cmd: ..., outs: [...]}');
  if (!body) return undefined;
  reader.checkKeys(body, at, STAGE_KEYS, `in stage "${name}"`);
  const before = reader.diagnostics.length;
  const fail = (path: DocPath, message: string) =>
    reader.report(
      error('invalid-value', `failed to parse 'stages.${name}.${path.join('.')}': ${message}`, {
        source: reader.ref([...at, ...path]),
        hint: 'every ${...} must name a value from vars, params.yaml, or foreach/matrix (item, key)',
      }),
    );
  let context = generated.context;
  // wdir first: stage-level vars files are relative to it.
  let wdirText = '.';
  if (body.wdir !== undefined) {
    const resolved = resolveDeep(body.wdir, context, 'wdir', (p, m) => fail(['wdir', ...p], m));
    wdirText = reader.scalarString(resolved, [...at, 'wdir'], 'wdir') ?? '.';
  }
  const wdir = projectPath(reader, base, wdirText, [...at, 'wdir']) ?? base;
  if (body.vars !== undefined) {
    const local: Vars = structuredClone(context);
    const sources = new Map(generated.sources);
    await loader.loadList(body.vars, [...at, 'vars'], wdir, local, sources, `${name}.`);
    context = local;
  }
  const resolved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'vars' || key === 'wdir') continue;
    resolved[key] = resolveDeep(value, context, key, (p, m) => fail([key, ...p], m));
  }
  if (resolved.cmd === undefined) {
    reader.report(
      error('invalid-value', `stage "${name}" has no cmd`, {
        source: reader.ref(at, 'key'),
        hint: 'add the command that produces its outputs, e.g. `cmd: python src/prepare.py`',
      }),
    );
  }
  const cmd =
    resolved.cmd === undefined
      ? []
      : reader
          .stringList(resolved.cmd, [...at, 'cmd'], 'cmd', 'cmd: python train.py')
          .filter((c) => c.trim() !== '');
  const flag = (key: 'frozen' | 'always_changed') =>
    resolved[key] === undefined
      ? false
      : (reader.boolean(resolved[key], [...at, key], key) ?? false);
  const outs = [
    ...readOuts(reader, resolved.outs, { wdir, kind: 'outs', at: [...at, 'outs'] }),
    ...readOuts(reader, resolved.metrics, { wdir, kind: 'metrics', at: [...at, 'metrics'] }),
    ...readOuts(reader, resolved.plots, { wdir, kind: 'plots', at: [...at, 'plots'] }),
  ];
  const stage: Stage = {
    name,
    ...(resolved.desc !== undefined
      ? { desc: reader.scalarString(resolved.desc, [...at, 'desc'], 'desc') ?? '' }
      : {}),
    cmd,
    wdir,
    env: {},
    shell: 'bash',
    deps: readDeps(reader, resolved.deps, wdir, [...at, 'deps']),
    params: readParams(reader, resolved.params, {
      wdir,
      defaultFile: joinPath(wdir, DVC_PARAMS_FILE),
      at: [...at, 'params'],
    }),
    outs,
    needs: [],
    alwaysRun: flag('always_changed'),
    frozen: flag('frozen'),
    source: reader.ref(['stages', name.split(JOIN)[0] as string], 'key'),
  };
  if (hasErrors(reader.diagnostics.slice(before))) return undefined;
  stageInfo.set(stage, { cmdIsList: Array.isArray(resolved.cmd) });
  return stage;
}

interface OutContext {
  readonly wdir: string;
  readonly kind: 'outs' | 'metrics' | 'plots';
  readonly at: DocPath;
}

/** `- path` or `- path: {cache: false, persist: true, ...}` (DVC's form: the path is the key). */
function readOuts(reader: DocReader, value: unknown, context: OutContext): OutSpec[] {
  if (value === undefined || value === null) return [];
  const outs: OutSpec[] = [];
  const example = `${context.kind}: [data/clean.csv, {model.pkl: {cache: false}}]`;
  reader.list(value, context.at, context.kind, example).forEach((item, index) => {
    const at = [...context.at, index];
    let text: string | undefined;
    let pathAt: DocPath = at;
    const options = { cache: true, persist: false };
    if (typeof item === 'string') text = item;
    else if (isMap(item) && Object.keys(item).length === 1) {
      const [path, raw] = Object.entries(item)[0] as [string, unknown];
      text = path;
      pathAt = [...at, path];
      const opts =
        raw === null || raw === undefined ? {} : reader.map(raw, pathAt, `options of ${path}`);
      for (const [key, v] of Object.entries(opts ?? {})) {
        if ((OUT_OPTIONS as readonly string[]).includes(key)) {
          const b = reader.boolean(v, [...pathAt, key], key);
          if (b !== undefined) options[key as 'cache' | 'persist'] = b;
        } else if ((UNSUPPORTED_OUT as readonly string[]).includes(key)) {
          reader.report(
            error('unsupported', `"${key}" outputs are not supported (DVC 3 removed them too)`, {
              source: reader.ref([...pathAt, key], 'key'),
              hint: 'remove the option; the output is then a plain output',
            }),
          );
        } else if (
          !(OUT_DESCRIPTIVE as readonly string[]).includes(key) &&
          !(context.kind === 'plots' && (PLOT_DESCRIPTIVE as readonly string[]).includes(key))
        ) {
          const allowed = [
            ...OUT_OPTIONS,
            ...OUT_DESCRIPTIVE,
            ...(context.kind === 'plots' ? PLOT_DESCRIPTIVE : []),
          ];
          reader.checkKeys({ [key]: v }, pathAt, allowed, `in an output of ${context.kind}`);
        }
      }
    } else {
      reader.wrongType(
        at,
        `an entry of ${context.kind}`,
        'a path or {path: {cache: false}}',
        item,
        example,
      );
      return;
    }
    if (isGlob(text)) {
      reader.report(
        error('invalid-value', `output "${text}" is a glob; outputs must be exact paths`, {
          source: reader.ref(pathAt, pathAt === at ? 'value' : 'key'),
          hint: 'declare the file, or the directory that holds the files',
        }),
      );
      return;
    }
    const path = projectPath(reader, context.wdir, text, pathAt);
    if (path === undefined) return;
    if (path === '') {
      reader.report(
        error('invalid-value', 'an output cannot be the whole project directory', {
          source: reader.ref(pathAt),
        }),
      );
      return;
    }
    outs.push({
      path,
      ...options,
      metric: context.kind === 'metrics',
      source: reader.ref(pathAt, pathAt === at ? 'value' : 'key'),
    });
  });
  return outs;
}

/** Loads `vars` entries (files, `file:key1,key2`, inline mappings) into a context, DVC's way. */
class VarsLoader {
  private readonly files = new Map<
    string,
    Promise<{ state: 'missing' | 'invalid' } | { state: 'ok'; value: unknown }>
  >();

  constructor(
    private readonly reader: DocReader,
    private readonly load: VarsFileLoader,
  ) {}

  async loadDefault(path: string, context: Vars, sources: Map<string, string>): Promise<void> {
    const value = await this.file(path, undefined);
    if (value === undefined) return;
    this.merge(context, value, path, sources, []);
  }

  async loadList(
    value: unknown,
    at: DocPath,
    dir: string,
    context: Vars,
    sources: Map<string, string>,
    prefix: string,
  ): Promise<void> {
    if (usesTemplate(value)) {
      this.reader.report(
        error('invalid-value', `failed to parse '${at.join('.')}': interpolating is not allowed`, {
          source: this.reader.ref(at),
          hint: 'vars entries are file names or plain values; ${...} cannot be used in them',
        }),
      );
      return;
    }
    const items = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries()) {
      const itemAt = Array.isArray(value) ? [...at, index] : at;
      if (typeof item === 'string') {
        const [name, keys] = splitOnce(item, ':');
        const path = projectPath(this.reader, dir, name, itemAt);
        if (path === undefined) continue;
        const loaded = await this.file(path, itemAt);
        if (loaded === undefined) continue;
        let selected: Vars = isMap(loaded) ? loaded : {};
        if (keys) {
          selected = {};
          for (const key of keys.split(',').filter(Boolean)) {
            if (!isMap(loaded) || !(key in loaded)) {
              this.reader.report(
                error('invalid-value', `could not find '${key}' in ${path}`, {
                  source: this.reader.ref(itemAt),
                }),
              );
              continue;
            }
            selected[key] = loaded[key];
          }
        }
        this.merge(context, selected, path, sources, itemAt);
      } else if (isMap(item)) {
        this.merge(context, item, `${prefix}vars[${index}]`, sources, itemAt);
      } else {
        this.reader.wrongType(
          itemAt,
          'a vars entry',
          'a file name or a mapping',
          item,
          'vars: [config.yaml, {seed: 1}]',
        );
      }
    }
  }

  private merge(
    context: Vars,
    value: unknown,
    source: string,
    sources: Map<string, string>,
    at: DocPath,
  ): void {
    if (!isMap(value)) return;
    try {
      mergeVars(context, value, source, sources);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      this.reader.report(
        error('invalid-value', e.message, {
          source: this.reader.ref(at),
          hint: 'each name may be defined once across params.yaml and vars (mappings merge)',
        }),
      );
    }
  }

  /** The parsed file; undefined when missing (reported when `at` is given) or invalid. */
  private async file(path: string, at: DocPath | undefined): Promise<unknown> {
    if (/\.(toml|py)$/i.test(path)) {
      this.reader.report(
        error(
          'unsupported',
          `vars and params files in ${path.slice(path.lastIndexOf('.'))} format are not supported`,
          {
            ...(at ? { source: this.reader.ref(at) } : {}),
            hint: 'use a YAML or JSON file',
          },
        ),
      );
      return undefined;
    }
    let pending = this.files.get(path);
    if (!pending) {
      pending = this.load(path).then((loaded) => {
        if (loaded === undefined) return { state: 'missing' as const };
        if (!loaded.ok) {
          for (const d of loaded.diagnostics) this.reader.report(d);
          return { state: 'invalid' as const };
        }
        return { state: 'ok' as const, value: loaded.value ?? {} };
      });
      this.files.set(path, pending);
    }
    const loaded = await pending;
    if (loaded.state === 'missing' && at !== undefined) {
      this.reader.report(
        error('missing-params-file', `vars file "${path}" does not exist`, {
          source: this.reader.ref(at),
          hint: 'vars file paths are relative to dvc.yaml (or the stage wdir for stage-level vars)',
        }),
      );
    }
    return loaded.state === 'ok' ? loaded.value : undefined;
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const id = d.source ? `${d.code}@${JSON.stringify(d.source)}` : `${d.code}:${d.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
