import type { Diagnostic } from '../core/diagnostics.js';
import { error } from '../core/diagnostics.js';
import type { Graph } from '../core/graph.js';
import { buildGraph, producersOf } from '../core/graph.js';
import type { MissingInput } from '../core/dvc/missing-input.js';
import type { missingInputs } from './dvc/missing-inputs.js';
import type { Locator, ParseOptions, SourceTexts } from '../core/manifest/source.js';
import { readReprokitManifest } from '../core/manifest/reprokit.js';
import { openLocator, parseYaml } from '../core/manifest/source.js';
import { selectParams } from '../core/params.js';
import type { DepSpec, Stage } from '../core/pipeline.js';
import type { Pipeline, SourceRefHolder } from './project-types.js';
import type { Workspace } from '../ports.js';
import { SpecialFile, WorkspaceEscape } from '../ports.js';
import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';

export interface Project {
  readonly pipeline: Pipeline;
  readonly graph: Graph;
  /** The manifest and params files read; openLocator(texts) positions the notices in them. */
  readonly texts: SourceTexts;
  /** Declared param values per stage, `file:key` → value. */
  readonly params: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Notices that did not stop loading (e.g. ignored dvc.yaml keys). */
  readonly notices: readonly Diagnostic[];
  /**
   * DVC projects: stages that cannot run until data is pulled (or a param is added), with why.
   * They are stale in `status` and fail in `run`; the rest of the pipeline is unaffected.
   */
  readonly missingInputs?: ReadonlyMap<string, readonly MissingInput[]>;
}

export interface LoadFailure {
  readonly diagnostics: readonly Diagnostic[];
  /** Opened for the diagnostics: a failure is always reported. */
  readonly locator: Locator;
}

/** Reads other project files a manifest refers to (dvc.yaml vars files); texts are kept for diagnostics. */
export type ManifestFiles = (
  path: string,
) => Promise<{ ok: true; value: unknown } | { ok: false; diagnostics: Diagnostic[] } | undefined>;

export type ManifestReader = (
  file: string,
  doc: unknown,
  files: ManifestFiles,
) => Result<Pipeline, Diagnostic[]> | Promise<Result<Pipeline, Diagnostic[]>>;

export const MANIFEST_CANDIDATES = ['reprokit.yml', 'reprokit.yaml', 'dvc.yaml'] as const;

function isDvcManifest(file: string): boolean {
  return file === 'dvc.yaml' || file.endsWith('/dvc.yaml');
}

/** dvc.yaml and its vars files keep `20.0` apart from `20`, as DVC's templating does. */
function parseOptionsFor(file: string): ParseOptions {
  return isDvcManifest(file) ? { floats: 'python' } : {};
}

/** Picks the manifest reader by file name: dvc.yaml gets DVC's semantics, anything else ours. */
export function readerFor(file: string): ManifestReader {
  if (isDvcManifest(file)) return readDvc;
  return readReprokitManifest;
}

/**
 * DVC's reader (templating, foreach and matrix, vars files: 50 KB of bundled code) is loaded
 * only for a dvc.yaml: every command on a reprokit.yml project compiled it for nothing.
 */
const readDvc: ManifestReader = async (file, doc, files) => {
  const { readDvcManifest } = await import('../core/dvc/read.js');
  return readDvcManifest(file, doc, files);
};

type MissingInputs = typeof missingInputs;

/** Loaded, like the reader, only for a dvc.yaml. */
async function dvcMissingInputs(...args: Parameters<MissingInputs>): ReturnType<MissingInputs> {
  const loaded = await import('./dvc/missing-inputs.js');
  return loaded.missingInputs(...args);
}

/** Reads, validates and connects the pipeline; checks it against the workspace. */
export async function loadProject(
  workspace: Workspace,
  manifestFile: string,
): Promise<Result<Project, LoadFailure>> {
  const texts = new Map<string, string>();
  const fail = async (diagnostics: Diagnostic[]) =>
    err({ diagnostics, locator: await openLocator(texts) });
  const text = await workspace.readText(manifestFile);
  if (text === undefined) {
    return fail([
      error('no-manifest', `${manifestFile} not found in ${workspace.root}`, {
        hint: 'run reprokit in the project directory (or pass -C DIR / -f FILE), or create reprokit.yml: see docs/manifest.md',
      }),
    ]);
  }
  texts.set(manifestFile, text);
  const parsed = await parseYaml(manifestFile, text, parseOptionsFor(manifestFile));
  if (!parsed.ok) return fail(parsed.error);
  const files: ManifestFiles = async (path) => {
    const found = await workspace.readText(path);
    if (found === undefined) return undefined;
    texts.set(path, found);
    const value = await parseYaml(path, found, parseOptionsFor(manifestFile));
    return value.ok ? { ok: true, value: value.value } : { ok: false, diagnostics: value.error };
  };
  const pipeline = await readerFor(manifestFile)(manifestFile, parsed.value, files);
  if (!pipeline.ok) return fail(pipeline.error);
  const graph = buildGraph(pipeline.value);
  if (!graph.ok) return fail(graph.error);
  const params = await readStageParams(workspace, pipeline.value, texts);
  const dvc = pipeline.value.format === 'dvc';
  // DVC projects: missing data and params make stages wait, they do not make the pipeline invalid.
  const missing = dvc
    ? await dvcMissingInputs(workspace, graph.value, params.files)
    : { byStage: new Map(), diagnostics: [] };
  const workspaceProblems = await checkWorkspace(workspace, graph.value, pipeline.value);
  const problems = [
    ...(pipeline.value.notices ?? []),
    ...params.diagnostics.map((d) => (dvc ? asWarning(d) : d)),
    // In a DVC project a missing dep is a reason on its stage (missingInputs), not an error.
    ...workspaceProblems.filter((d) => !(dvc && d.code === 'missing-dep')),
    ...missing.diagnostics,
  ];
  if (problems.some((d) => d.severity === 'error')) return fail(problems);
  return ok({
    pipeline: pipeline.value,
    graph: graph.value,
    texts,
    params: params.values,
    notices: problems,
    ...(dvc ? { missingInputs: missing.byStage } : {}),
  });
}

async function readStageParams(
  workspace: Workspace,
  pipeline: Pipeline,
  texts: Map<string, string>,
) {
  const files = new Map<string, unknown>();
  const diagnostics: Diagnostic[] = [];
  const wanted = new Set(pipeline.stages.flatMap((s) => s.params.map((p) => p.file)));
  for (const file of wanted) {
    const text = await workspace.readText(file);
    if (text === undefined) continue;
    texts.set(file, text);
    const parsed = await parseYaml(file, text);
    if (parsed.ok) files.set(file, parsed.value ?? {});
    else diagnostics.push(...parsed.error);
  }
  const values = new Map<string, Record<string, unknown>>();
  for (const stage of pipeline.stages) {
    const selected = selectParams(
      stage.params.filter((p) => files.has(p.file) || !texts.has(p.file)),
      files,
    );
    values.set(stage.name, selected.values);
    diagnostics.push(...selected.diagnostics);
  }
  return { values, files, diagnostics: dedupe(diagnostics) };
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const id = `${d.message}@${JSON.stringify(d.source ?? d.span)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Source deps must exist; nothing may reach outside the project through a symlink. */
async function checkWorkspace(
  workspace: Workspace,
  graph: Graph,
  pipeline: Pipeline,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const checked = new Map<string, Promise<Diagnostic | undefined>>();
  const check = (path: string, holder: SourceRefHolder, what: string) => {
    let pending = checked.get(path);
    if (!pending) {
      pending = existsInside(workspace, path, holder, what);
      checked.set(path, pending);
    }
    return pending;
  };
  const pendings: Promise<Diagnostic | undefined>[] = [];
  for (const stage of graph.order) {
    for (const dep of stage.deps) {
      if (dep.kind === 'glob') {
        pendings.push(checkSourceGlob(workspace, graph, stage, dep));
        continue;
      }
      if (graph.producers.overlapping(dep.path).length > 0) continue;
      pendings.push(check(dep.path, dep, `dep of stage "${stage.name}"`));
    }
  }
  for (const stage of graph.order) {
    for (const out of stage.outs) {
      try {
        workspace.assertInside(out.path);
      } catch (e) {
        if (!(e instanceof WorkspaceEscape)) throw e;
        diagnostics.push(
          error(
            'outside-root',
            `output ${out.path} of stage "${stage.name}" would be written through ${e.path}, a symlink to ${e.target} outside the project`,
            {
              source: out.source,
              hint: 'outputs must be written inside the project: replace the symlink with a directory',
            },
          ),
        );
      }
    }
  }
  const targets = [pipeline.publish.pages, ...pipeline.publish.artifacts.flatMap((a) => a.paths)];
  for (const target of targets) {
    if (!target || graph.producers.overlapping(target.path).length > 0) continue;
    pendings.push(check(target.path, target, 'published path'));
  }
  for (const d of await Promise.all(pendings)) if (d) diagnostics.push(d);
  return diagnostics;
}

/**
 * A glob that no stage can feed must match a file now, unless it is marked optional: a pattern
 * that silently matches nothing would leave the stage "fresh" whatever the user edits.
 */
async function checkSourceGlob(
  workspace: Workspace,
  graph: Graph,
  stage: Stage,
  dep: DepSpec,
): Promise<Diagnostic | undefined> {
  if (dep.optional || producersOf(dep, graph.producers).length > 0) return undefined;
  try {
    if ((await workspace.glob(dep.path)).length > 0) return undefined;
  } catch (e) {
    if (e instanceof WorkspaceEscape) return undefined; // reported when the stage hashes it
    throw e;
  }
  return error('missing-dep', `glob "${dep.path}" of stage "${stage.name}" matches no files`, {
    source: dep.source,
    hint: `fix the pattern (relative to the stage wdir; see docs/manifest.md#globs), or write {path: '${dep.path}', optional: true} if matching nothing is expected`,
  });
}

async function existsInside(
  workspace: Workspace,
  path: string,
  holder: SourceRefHolder,
  what: string,
) {
  try {
    const info = await workspace.info(path);
    // Walking a directory now finds escaping symlinks before anything runs (the count is kept).
    if (info?.kind === 'dir') await workspace.countFiles(path);
    if (info) return undefined;
    return error('missing-dep', `${path} does not exist and no stage produces it (${what})`, {
      source: holder.source,
      hint: 'create the file, fix the path (paths are relative to the stage wdir), or add the stage that writes it with this path in its outs',
    });
  } catch (e) {
    if (e instanceof SpecialFile) {
      return error('not-a-file', `${e.message} (${what})`, {
        source: holder.source,
        hint: 'reprokit hashes what it reads: declare a regular file or a directory',
      });
    }
    if (e instanceof WorkspaceEscape) {
      return error(
        'outside-root',
        `${path} is a symlink to ${e.target}, outside the project (${what})`,
        {
          source: holder.source,
          hint: 'copy the data into the project, or declare the files inside it; reprokit never reads or writes outside the project',
        },
      );
    }
    throw e;
  }
}

function asWarning(d: Diagnostic): Diagnostic {
  return d.severity === 'error' ? { ...d, severity: 'warning' } : d;
}
