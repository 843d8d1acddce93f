import type { Diagnostic, DocPath, SourceRef } from '../diagnostics.js';
import { error } from '../diagnostics.js';
import { isGlobDep, isOutputPattern, resolveGlob } from '../glob.js';
import { resolveInProject } from '../paths.js';
import type {
  ArtifactTarget,
  DepExclude,
  DepSpec,
  NeedRef,
  OutSpec,
  ParamRef,
  Pipeline,
  Publish,
  PublishTarget,
  ShellName,
  Stage,
} from '../pipeline.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import { fileDefinition, readDefinition, readPlotList } from '../plots/definitions.js';
import { readCacheSettings } from './cache-settings.js';
import type { RuntimeDefaults } from './runtime.js';
import { readImage, readRuntimeDefaults, readStageRuntime } from './runtime.js';
import type { PlainMap } from './reader.js';
import { DocReader, isPlainMap } from './reader.js';
import {
  ARTIFACT_NAME_PATTERN,
  DEP_KEYS,
  OUT_KEYS,
  PLOT_OUT_KEYS,
  PUBLISH_KEYS,
  SHELLS,
  STAGE_KEYS,
  STAGE_NAME_PATTERN,
  TOP_KEYS,
} from './schema.js';

/** Keys, enums and name patterns come from schema.ts, which also generates the JSON schema. */
export const STAGE_NAME = new RegExp(STAGE_NAME_PATTERN);
const ARTIFACT_NAME = new RegExp(ARTIFACT_NAME_PATTERN);
export const DEFAULT_PARAMS_FILE = 'params.yaml';

/** Turns a parsed reprokit.yml into a Pipeline, or every problem found (not just the first). */
export function readReprokitManifest(file: string, doc: unknown): Result<Pipeline, Diagnostic[]> {
  const reader = new DocReader(file);
  const top = reader.map(doc ?? {}, [], 'the manifest', 'stages: {prepare: {cmd: ...}}');
  if (!top) return err(reader.diagnostics);
  reader.checkKeys(top, [], TOP_KEYS, 'at the top level of the manifest');
  const defaultParams = readDefaultParamsFile(reader, top.params);
  const env = top.env === undefined ? {} : reader.env(top.env, ['env'], 'env');
  const runtime = readRuntimeDefaults(reader, top.defaults);
  const stages = readStages(reader, top.stages, { env, defaultParams, runtime });
  const publish = readPublish(reader, top.publish);
  const cache = readCacheSettings(reader, top.cache);
  const plots = readPlotList(reader, top.plots, {
    at: ['plots'],
    resolve: (text, at) => projectPath(reader, '', text, at),
  });
  if (reader.diagnostics.length > 0) return err(reader.diagnostics);
  return ok({
    manifestFile: file,
    format: 'reprokit',
    stages,
    publish,
    cache,
    ...(plots.length > 0 ? { plots } : {}),
  });
}

function readDefaultParamsFile(reader: DocReader, value: unknown): string {
  if (value === undefined) return DEFAULT_PARAMS_FILE;
  const text = reader.string(value, ['params'], 'params', 'params: params.yaml');
  if (text === undefined) return DEFAULT_PARAMS_FILE;
  return projectPath(reader, '', text, ['params']) ?? DEFAULT_PARAMS_FILE;
}

interface StageDefaults {
  readonly env: Record<string, string>;
  readonly defaultParams: string;
  readonly runtime: RuntimeDefaults;
}

function readStages(reader: DocReader, value: unknown, defaults: StageDefaults): Stage[] {
  if (value === undefined || value === null) {
    reader.report(
      error('invalid-value', 'the manifest declares no stages', {
        source: reader.ref([]),
        hint: 'add a `stages:` mapping, e.g.\nstages:\n  prepare:\n    cmd: node prepare.js\n    outs: [data/clean.csv]',
      }),
    );
    return [];
  }
  const map = reader.map(value, ['stages'], 'stages', 'stages: {prepare: {cmd: ...}}');
  if (!map) return [];
  const stages: Stage[] = [];
  for (const [name, body] of Object.entries(map)) {
    if (!STAGE_NAME.test(name)) {
      reader.report(
        error(
          'invalid-name',
          `stage name "${name}" has characters other than letters, digits, "_", "." and "-"`,
          {
            source: reader.ref(['stages', name], 'key'),
            hint: `rename it, e.g. "${name.replace(/[^A-Za-z0-9_.-]+/g, '_')}"`,
          },
        ),
      );
      continue;
    }
    const stage = readStage(reader, name, body, defaults);
    if (stage) stages.push(stage);
  }
  return stages;
}

function readStage(
  reader: DocReader,
  name: string,
  value: unknown,
  defaults: StageDefaults,
): Stage | undefined {
  const at: DocPath = ['stages', name];
  const body = reader.map(value, at, `stage "${name}"`, '{cmd: ..., deps: [...], outs: [...]}');
  if (!body) return undefined;
  reader.checkKeys(body, at, STAGE_KEYS, `in stage "${name}"`);
  if (body.cmd === undefined) {
    reader.report(
      error('invalid-value', `stage "${name}" has no cmd`, {
        source: reader.ref(at, 'key'),
        hint: 'add the command that produces its outputs, e.g. `cmd: node src/prepare.js`',
      }),
    );
  }
  const cmd = body.cmd === undefined ? [] : readCmd(reader, body.cmd, [...at, 'cmd']);
  const wdirText =
    body.wdir === undefined ? '.' : reader.string(body.wdir, [...at, 'wdir'], 'wdir');
  const wdir = projectPath(reader, '', wdirText ?? '.', [...at, 'wdir']) ?? '';
  const deps = readDepList(reader, body.deps, wdir, [...at, 'deps']);
  const env = {
    ...defaults.env,
    ...(body.env === undefined ? {} : reader.env(body.env, [...at, 'env'], 'env')),
  };
  return {
    name,
    ...(body.desc !== undefined
      ? {
          desc:
            reader.string(body.desc, [...at, 'desc'], 'desc', 'desc: "Clean the raw data"') ?? '',
        }
      : {}),
    cmd,
    wdir,
    env,
    shell: readShell(reader, body.shell, [...at, 'shell']),
    deps: deps.deps,
    ...(deps.excludes.length > 0 ? { excludes: deps.excludes } : {}),
    params: readParams(reader, body.params, {
      wdir,
      defaultFile: defaults.defaultParams,
      at: [...at, 'params'],
    }),
    outs: [
      ...readOuts(reader, body.outs, { wdir, metric: false, at: [...at, 'outs'] }),
      ...readOuts(reader, body.metrics, { wdir, metric: true, at: [...at, 'metrics'] }),
      ...readOuts(reader, body.plots, { wdir, metric: false, plot: true, at: [...at, 'plots'] }),
    ],
    needs: readNeeds(reader, body.needs, [...at, 'needs']),
    alwaysRun:
      body.always_run === undefined
        ? false
        : (reader.boolean(body.always_run, [...at, 'always_run'], 'always_run') ?? false),
    frozen:
      body.frozen === undefined
        ? false
        : (reader.boolean(body.frozen, [...at, 'frozen'], 'frozen') ?? false),
    runtime: readStageRuntime(reader, body, at, defaults.runtime),
    ...optional('image', readImage(reader, body.image, [...at, 'image'])),
    source: reader.ref(at, 'key'),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** One command line or a list of them; an empty one would "run" and succeed doing nothing. */
function readCmd(reader: DocReader, value: unknown, at: DocPath): string[] {
  const cmd = reader.stringList(value, at, 'cmd', 'cmd: python src/prepare.py');
  const blank = (Array.isArray(value) ? value : [value]).findIndex(
    (c) => typeof c === 'string' && c.trim() === '',
  );
  if (Array.isArray(value) && value.length === 0) {
    reader.report(
      error('invalid-value', 'cmd is an empty list', {
        source: reader.ref(at),
        hint: 'give the command that produces the outputs, e.g. `cmd: python src/prepare.py`',
      }),
    );
  } else if (blank >= 0) {
    reader.report(
      error('invalid-value', 'cmd is empty', {
        source: reader.ref(Array.isArray(value) ? [...at, blank] : at),
        hint: 'give the command that produces the outputs, e.g. `cmd: python src/prepare.py`',
      }),
    );
  }
  return cmd;
}

function readShell(reader: DocReader, value: unknown, at: DocPath): ShellName {
  if (value === undefined) return 'bash';
  const text = reader.string(value, at, 'shell');
  if (text === undefined) return 'bash';
  if ((SHELLS as readonly string[]).includes(text)) return text as ShellName;
  reader.report(
    error('invalid-value', `unsupported shell "${text}"`, {
      source: reader.ref(at),
      hint: `use one of: ${SHELLS.join(', ')}`,
    }),
  );
  return 'bash';
}

/** Resolves a user path against a base directory, reporting absolute paths and escapes. */
export function projectPath(
  reader: DocReader,
  base: string,
  text: string,
  at: DocPath,
): string | undefined {
  const resolved = resolveInProject(base, text);
  if (resolved.ok) return resolved.path;
  reader.report(
    error('outside-root', `path "${text}" ${resolved.reason}`, {
      source: reader.ref(at),
      hint: 'paths are relative to the project directory (or the stage wdir) and must stay inside it',
    }),
  );
  return undefined;
}

/** Deps as reprokit.yml writes them: paths, globs, `{path, optional}`, and `!pattern` exclusions. */
export interface DepList {
  readonly deps: DepSpec[];
  readonly excludes: DepExclude[];
}

export function readDepList(reader: DocReader, value: unknown, wdir: string, at: DocPath): DepList {
  const list: DepList = { deps: [], excludes: [] };
  if (value === undefined) return list;
  reader.list(value, at, 'deps', 'deps: [src/prepare.js, data/raw.csv]').forEach((item, index) => {
    const itemAt: DocPath = [...at, index];
    const entry = readDepEntry(reader, item, itemAt);
    if (!entry) return;
    if (entry.text.startsWith('!')) {
      const exclude = readExclude(reader, entry.text.slice(1), wdir, entry.at);
      if (exclude) list.excludes.push(exclude);
      return;
    }
    const dep = readDep(reader, entry.text, wdir, entry.at);
    if (!dep) return;
    if (entry.optional && dep.kind !== 'glob') {
      reader.report(
        error('invalid-value', `optional applies to globs; "${entry.text}" is a path`, {
          source: reader.ref([...itemAt, 'optional']),
          hint: 'a file or directory dep must exist; remove `optional`, or write a glob',
        }),
      );
      return;
    }
    list.deps.push(entry.optional ? { ...dep, optional: true } : dep);
  });
  return list;
}

/** Deps of a format without exclusions (dvc.yaml). */
export function readDeps(reader: DocReader, value: unknown, wdir: string, at: DocPath): DepSpec[] {
  if (value === undefined) return [];
  const deps: DepSpec[] = [];
  reader.list(value, at, 'deps', 'deps: [src/prepare.js, data/raw.csv]').forEach((item, index) => {
    const text = reader.string(
      item,
      [...at, index],
      'each dep',
      'deps: [src/prepare.js, data/raw/]',
    );
    const dep = text === undefined ? undefined : readDep(reader, text, wdir, [...at, index]);
    if (dep) deps.push(dep);
  });
  return deps;
}

function readDepEntry(
  reader: DocReader,
  item: unknown,
  at: DocPath,
): { text: string; optional: boolean; at: DocPath } | undefined {
  if (!isPlainMap(item)) {
    const text = reader.string(item, at, 'each dep', "deps: [src/prepare.js, 'data/*.csv']");
    return text === undefined ? undefined : { text, optional: false, at };
  }
  reader.checkKeys(item, at, DEP_KEYS, 'in a dep');
  if (item.path === undefined) {
    reader.report(
      error('invalid-value', 'a dep written as a mapping needs a path', {
        source: reader.ref(at),
        hint: "write it like: {path: 'data/*.parquet', optional: true}",
      }),
    );
    return undefined;
  }
  const text = reader.string(item.path, [...at, 'path'], 'path');
  const optional =
    item.optional === undefined
      ? false
      : (reader.boolean(item.optional, [...at, 'optional'], 'optional') ?? false);
  if (text?.startsWith('!')) {
    reader.report(
      error('invalid-value', 'an exclusion (!pattern) is written as a plain string', {
        source: reader.ref([...at, 'path']),
        hint: `write it like: '${text}'`,
      }),
    );
    return undefined;
  }
  return text === undefined ? undefined : { text, optional, at: [...at, 'path'] };
}

function readDep(reader: DocReader, text: string, wdir: string, at: DocPath): DepSpec | undefined {
  if (isGlobDep(text)) {
    const pattern = globPath(reader, wdir, text, at);
    return pattern === undefined
      ? undefined
      : { path: pattern, kind: 'glob', source: reader.ref(at) };
  }
  const path = projectPath(reader, wdir, text, at);
  if (path === undefined) return undefined;
  if (path === '') {
    reader.report(
      error('invalid-value', 'a dep cannot be the whole project directory', {
        source: reader.ref(at),
        hint: 'name the files or directories the stage reads',
      }),
    );
    return undefined;
  }
  const kind = text.endsWith('/') ? 'dir' : 'file-or-dir';
  return { path, kind, source: reader.ref(at) };
}

function readExclude(
  reader: DocReader,
  text: string,
  wdir: string,
  at: DocPath,
): DepExclude | undefined {
  if (isGlobDep(text)) {
    const pattern = globPath(reader, wdir, text, at);
    return pattern === undefined ? undefined : { pattern, kind: 'glob', source: reader.ref(at) };
  }
  const path = projectPath(reader, wdir, text, at);
  if (path === undefined || path === '') {
    if (path === '')
      reader.report(
        error('invalid-value', 'an exclusion cannot be the whole project directory', {
          source: reader.ref(at),
        }),
      );
    return undefined;
  }
  return { pattern: path, kind: 'path', source: reader.ref(at) };
}

/** A glob made root-relative, escapes kept (core/glob.ts resolveGlob). */
function globPath(reader: DocReader, wdir: string, text: string, at: DocPath): string | undefined {
  const resolved = resolveGlob(wdir, text);
  if (resolved.ok) return resolved.pattern;
  reader.report(
    error('outside-root', `pattern "${text}" ${resolved.reason}`, {
      source: reader.ref(at),
      hint: 'patterns are relative to the project directory (or the stage wdir) and must stay inside it',
    }),
  );
  return undefined;
}

interface OutContext {
  readonly wdir: string;
  readonly metric: boolean;
  /** A stage's `plots:` entry: takes the plot options too. */
  readonly plot?: boolean;
  readonly at: DocPath;
}

function readOuts(reader: DocReader, value: unknown, context: OutContext): OutSpec[] {
  if (value === undefined) return [];
  const outs: OutSpec[] = [];
  const what = context.metric ? 'metrics' : context.plot ? 'plots' : 'outs';
  reader.list(value, context.at, what, `${what}: [data/clean.csv]`).forEach((item, index) => {
    const out = readOut(reader, item, { ...context, at: [...context.at, index] });
    if (out) outs.push(out);
  });
  return outs;
}

function readOut(reader: DocReader, item: unknown, context: OutContext): OutSpec | undefined {
  const options = { cache: true, persist: false };
  let text: string | undefined;
  let pathAt = context.at;
  if (typeof item === 'string') text = item;
  else if (isPlainMap(item)) {
    reader.checkKeys(item, context.at, context.plot ? PLOT_OUT_KEYS : OUT_KEYS, 'in an output');
    pathAt = [...context.at, 'path'];
    text = item.path === undefined ? undefined : reader.string(item.path, pathAt, 'path');
    if (item.path === undefined) {
      reader.report(
        error('invalid-value', 'an output written as a mapping needs a path', {
          source: reader.ref(context.at),
          hint: 'write it like: {path: data/tmp/, cache: false}',
        }),
      );
    }
    if (item.cache !== undefined)
      options.cache = reader.boolean(item.cache, [...context.at, 'cache'], 'cache') ?? true;
    if (item.persist !== undefined)
      options.persist =
        reader.boolean(item.persist, [...context.at, 'persist'], 'persist') ?? false;
  } else {
    reader.wrongType(
      context.at,
      'an output',
      'a path or {path, cache, persist}',
      item,
      'data/clean.csv',
    );
  }
  if (text === undefined) return undefined;
  if (isOutputPattern(text)) {
    reader.report(
      error('invalid-value', `output "${text}" is a glob; outputs must be exact paths`, {
        source: reader.ref(pathAt),
        hint: 'declare the file, or the directory that holds the files (e.g. plots/)',
      }),
    );
    return undefined;
  }
  const path = projectPath(reader, context.wdir, text, pathAt);
  if (path === undefined) return undefined;
  if (path === '') {
    reader.report(
      error('invalid-value', 'an output cannot be the whole project directory', {
        source: reader.ref(pathAt),
      }),
    );
    return undefined;
  }
  const source = reader.ref(pathAt);
  if (!context.plot) return { path, ...options, metric: context.metric, source };
  const plot = isPlainMap(item)
    ? readDefinition(reader, path, plotOptionsOf(item), {
        at: context.at,
        resolve: (file, at) => projectPath(reader, context.wdir, file, at),
        file: path,
      })
    : fileDefinition(path, {}, source);
  return { path, ...options, metric: false, ...(plot ? { plot } : {}), source };
}

/** The drawing options of a stage's plots entry (the output options are read above). */
function plotOptionsOf(item: PlainMap): PlainMap {
  const { path: _path, cache: _cache, persist: _persist, ...rest } = item;
  return rest;
}

interface ParamsContext {
  readonly wdir: string;
  readonly defaultFile: string;
  readonly at: DocPath;
}

export function readParams(reader: DocReader, value: unknown, context: ParamsContext): ParamRef[] {
  if (value === undefined) return [];
  const refs: ParamRef[] = [];
  const example = 'params: [prepare.threshold, {other.yaml: [key]}]';
  const defaultKeys: string[] = [];
  const defaultSources: SourceRef[] = [];
  const addFileEntry = (file: string, keys: unknown, at: DocPath) => {
    const path = projectPath(reader, context.wdir, file, at);
    if (path === undefined) return;
    if (keys === null || (Array.isArray(keys) && keys.length === 0)) {
      refs.push({ file: path, keys: 'all', source: reader.ref(at, 'key') });
      return;
    }
    const list = reader.stringList(keys, at, `params of ${file}`, example);
    const exact = Array.isArray(keys) && keys.length === list.length;
    refs.push({
      file: path,
      keys: list,
      source: reader.ref(at),
      ...(exact ? { keySources: list.map((_, i) => reader.ref([...at, i])) } : {}),
    });
  };
  const addFileMap = (map: PlainMap, at: DocPath) => {
    if (Object.keys(map).length === 0) {
      reader.report(
        error('invalid-value', 'an empty mapping names no params file', {
          source: reader.ref(at),
          hint: `write it like: ${example}`,
        }),
      );
    }
    for (const [file, keys] of Object.entries(map)) addFileEntry(file, keys, [...at, file]);
  };
  if (isPlainMap(value)) {
    addFileMap(value, context.at);
    return refs;
  }
  reader.list(value, context.at, 'params', example).forEach((item, index) => {
    if (typeof item === 'string' && item.trim() !== '' && !/\s/.test(item)) {
      defaultKeys.push(item);
      defaultSources.push(reader.ref([...context.at, index]));
    } else if (isPlainMap(item)) addFileMap(item as PlainMap, [...context.at, index]);
    else
      reader.wrongType(
        [...context.at, index],
        'a params entry',
        'a dotted key or {file: [keys]}',
        item,
        example,
      );
  });
  if (defaultKeys.length > 0) {
    refs.unshift({
      file: context.defaultFile,
      keys: defaultKeys,
      source: reader.ref(context.at),
      keySources: defaultSources,
    });
  }
  return refs;
}

function readNeeds(reader: DocReader, value: unknown, at: DocPath): NeedRef[] {
  if (value === undefined) return [];
  return reader
    .list(value, at, 'needs', 'needs: [download]')
    .map((item, index) => ({ item, index }))
    .filter(
      ({ item, index }) => reader.string(item, [...at, index], 'each entry of needs') !== undefined,
    )
    .map(({ item, index }) => ({ stage: item as string, source: reader.ref([...at, index]) }));
}

function readPublish(reader: DocReader, value: unknown): Publish {
  if (value === undefined || value === null) return { artifacts: [] };
  const map = reader.map(
    value,
    ['publish'],
    'publish',
    '{pages: site/, artifacts: {report: site/}}',
  );
  if (!map) return { artifacts: [] };
  reader.checkKeys(map, ['publish'], PUBLISH_KEYS, 'in publish');
  const pages =
    map.pages === undefined ? undefined : readTarget(reader, map.pages, ['publish', 'pages']);
  const artifacts: ArtifactTarget[] = [];
  if (map.artifacts !== undefined) {
    const entries = reader.map(
      map.artifacts,
      ['publish', 'artifacts'],
      'publish.artifacts',
      '{report: site/}',
    );
    for (const [name, paths] of Object.entries(entries ?? {})) {
      const at: DocPath = ['publish', 'artifacts', name];
      if (!ARTIFACT_NAME.test(name)) {
        reader.report(
          error(
            'invalid-name',
            `artifact name "${name}" may only use letters, digits, "_", "." and "-"`,
            {
              source: reader.ref(at, 'key'),
            },
          ),
        );
        continue;
      }
      const targets = reader
        .stringList(paths, at, `artifact "${name}"`, 'report: site/')
        .map((_, index) =>
          readTarget(
            reader,
            Array.isArray(paths) ? paths[index] : paths,
            Array.isArray(paths) ? [...at, index] : at,
          ),
        )
        .filter((t): t is PublishTarget => t !== undefined);
      artifacts.push({ name, paths: targets, source: reader.ref(at, 'key') });
    }
  }
  return { ...(pages ? { pages } : {}), artifacts };
}

function readTarget(reader: DocReader, value: unknown, at: DocPath): PublishTarget | undefined {
  const text = reader.string(value, at, 'a published path', 'site/');
  if (text === undefined) return undefined;
  const path = projectPath(reader, '', text, at);
  return path === undefined ? undefined : { path, source: reader.ref(at) };
}
