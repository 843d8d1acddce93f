import type { Diagnostic, DocPath } from '../diagnostics.js';
import { error, hasErrors, notice } from '../diagnostics.js';
import { joinPath, parentDir } from '../paths.js';
import type { Pipeline, Stage } from '../pipeline.js';
import type { Result } from '../result.js';
import { err, ok } from '../result.js';
import type { Vars } from './template.js';
import { DocReader } from '../manifest/reader.js';
import { projectPath } from '../manifest/reprokit.js';
import { readPlotList } from '../plots/definitions.js';
import type { Budget } from './stages.js';
import { DVC_PARAMS_FILE, expand, readStage } from './stages.js';
import type { VarsFileLoader } from './vars.js';
import { VarsLoader } from './vars.js';
export { DVC_PARAMS_FILE } from './stages.js';
export type { VarsFileLoader } from './vars.js';

/**
 * dvc.yaml with DVC's semantics (DVC 3.x). The DVC support is one pipeline, one module a step:
 *
 *   read (this file: top level, vars) → template.ts (`${...}`, vars.ts loads the files)
 *     → stages.ts (foreach/matrix counted, expanded, each stage read) → lock.ts (dvc.lock)
 *
 * Paths are relative to the directory of dvc.yaml and the stage wdir, the default params file is
 * `params.yaml` beside them; generated stages are named `group@key` and point back at the
 * template in the original text, so every diagnostic has the line and column of dvc.yaml.
 * Outside the core: engine/dvc (missing inputs, dvc.lock check/write), adapters/dvc (md5).
 */
const TOP_KEYS = ['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'] as const;
/** Top-level keys DVC uses for its reports and model registry; they do not change what runs. */
const IGNORED_TOP_KEYS = ['params', 'metrics', 'artifacts', 'datasets'] as const;

/** Turns a parsed dvc.yaml into a Pipeline, or every problem found. */
export async function readDvcManifest(
  file: string,
  doc: unknown,
  load: VarsFileLoader,
): Promise<Result<Pipeline, Diagnostic[]>> {
  const reader = new DocReader(file);
  const base = parentDir(file);
  const top = reader.map(plainTop(doc), [], 'dvc.yaml', 'stages: {prepare: {cmd: ...}}');
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
  if (top.vars !== undefined)
    await loader.loadList(top.vars, ['vars'], base, { context, sources, prefix: '' });

  const stages: Stage[] = [];
  const seen = new Map<string, DocPath>();
  // DVC reads a dvc.yaml without stages (DVCLive writes one with only metrics and plots).
  if (doc === null || doc === undefined || top.stages === null) {
    reader.report(
      notice('invalid-value', `${file} declares no stages`, {
        source: reader.ref(top.stages === null ? ['stages'] : [], 'key'),
        hint: 'add a `stages:` mapping, e.g.\nstages:\n  prepare:\n    cmd: python prepare.py\n    outs: [data/clean.csv]',
      }),
    );
  }
  const budget: Budget = { generated: 0 };
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
    for (const generated of expand(reader, { name, definition, context, sources, budget })) {
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
  // Top-level plots: paths relative to the directory of dvc.yaml, as DVC reads them.
  const plots = readPlotList(reader, top.plots, {
    at: ['plots'],
    resolve: (text, at) => projectPath(reader, base, text, at),
  });
  // A template generates many stages: report each of its problems once.
  const diagnostics = dedupe(reader.diagnostics);
  const notices = diagnostics.filter((d) => d.severity !== 'error');
  if (hasErrors(diagnostics)) return err(diagnostics);
  return ok({
    manifestFile: file,
    format: 'dvc',
    stages,
    publish: { artifacts: [] },
    ...(plots.length > 0 ? { plots } : {}),
    ...(notices.length > 0 ? { notices } : {}),
  });
}

/** A top-level document as the reader expects it (empty file: no stages). */
function plainTop(doc: unknown): unknown {
  return doc === null || doc === undefined ? {} : doc;
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
