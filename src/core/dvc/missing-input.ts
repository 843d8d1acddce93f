import { lookup } from '../params.js';
import type { ParamsFiles } from '../params.js';
import { parentDir } from '../paths.js';
import type { ParamRef } from '../pipeline.js';

/**
 * Why a stage of a DVC project cannot run yet although the pipeline is valid: data that
 * `dvc pull` brings (or a param its file does not hold). `dag` and `plan` never need data, so
 * these are typed reasons on the stage, not load errors.
 */
export type MissingInput =
  | {
      readonly kind: 'input-missing';
      readonly path: string;
      /** The `.dvc` file that tracks the path (or a directory holding it). */
      readonly trackedBy?: string;
    }
  | { readonly kind: 'param-missing'; readonly file: string; readonly key?: string };

export function renderMissingInput(reason: MissingInput): string {
  if (reason.kind === 'param-missing') {
    return reason.key === undefined
      ? `params file missing: ${reason.file}`
      : `param missing: ${reason.key} (not in ${reason.file})`;
  }
  return reason.trackedBy !== undefined
    ? `input missing: ${reason.path} (tracked by ${reason.trackedBy}; run \`dvc pull\`)`
    : `input missing: ${reason.path} (no stage produces it and no .dvc file tracks it)`;
}

/** The `.dvc` files that would track a path: its own, then each enclosing directory's. */
export function dvcFileCandidates(path: string): string[] {
  const out: string[] = [];
  for (let p = path; p !== ''; p = parentDir(p)) out.push(`${p}.dvc`);
  return out;
}

/** The params a stage declares that its files do not hold. */
export function missingParams(refs: readonly ParamRef[], files: ParamsFiles): MissingInput[] {
  const missing: MissingInput[] = [];
  for (const ref of refs) {
    const doc = files.get(ref.file);
    if (doc === undefined) {
      missing.push({ kind: 'param-missing', file: ref.file });
      continue;
    }
    if (ref.keys === 'all') continue;
    for (const key of ref.keys)
      if (!lookup(doc, key).found) missing.push({ kind: 'param-missing', file: ref.file, key });
  }
  return missing;
}
