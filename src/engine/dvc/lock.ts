import type {
  CurrentStage,
  DvcHash,
  LockDocument,
  LockEntryText,
  LockStage,
} from '../../core/dvc/lock.js';
import {
  LOCK_FILE,
  lockDifferences,
  parseLock,
  lockStageTexts,
  relativePosix,
  renderLock,
  sameLockEntry,
  stageLock,
  stringifyLock,
} from '../../core/dvc/lock.js';
import { joinPath, parentDir } from '../../core/paths.js';
import type { Stage } from '../../core/pipeline.js';
import type { Workspace } from '../../ports.js';
import type { RunReport } from '../events.js';
import type { Project } from '../project.js';

/** What writing and checking dvc.lock need from the outside world. */
export interface DvcLockServices {
  readonly workspace: Workspace;
  /** DVC's hash of a workspace path; undefined when it does not exist. */
  readonly hash: (path: string) => Promise<DvcHash | undefined>;
  readonly writeText: (path: string, text: string) => Promise<void>;
}

export function lockFileOf(project: Project): string {
  return joinPath(parentDir(project.pipeline.manifestFile), LOCK_FILE);
}

export interface LockWriteResult {
  readonly file: string;
  /** False when the file already had this content. */
  readonly written: boolean;
  /** Stages whose entry was computed from the workspace. */
  readonly updated: readonly string[];
  /** Stages that kept their previous entry (not run, failed, or outputs not in the workspace). */
  readonly kept: readonly string[];
  /** Stages left out: no previous entry and nothing to compute one from. */
  readonly missing: readonly string[];
}

/**
 * Writes dvc.lock after a run: stages that succeeded (ran, restored or fresh) get an entry
 * computed from the workspace; the others keep what the lock had. Stage order is dvc.yaml's.
 */
export async function writeDvcLock(
  project: Project,
  services: DvcLockServices,
  report?: RunReport,
): Promise<LockWriteResult> {
  const file = lockFileOf(project);
  const previousText = await services.workspace.readText(file);
  const previous = previousText === undefined ? undefined : parseLock(previousText);
  const results = new Map(report?.stages.map((s) => [s.name, s.result]) ?? []);
  const texts = previousText === undefined ? undefined : lockStageTexts(previousText);
  const entries: LockEntryText[] = [];
  const updated: string[] = [];
  const kept: string[] = [];
  const missing: string[] = [];
  for (const stage of project.pipeline.stages) {
    const result = results.get(stage.name);
    const succeeded =
      report === undefined || result === 'ran' || result === 'restored' || result === 'fresh';
    const entry = succeeded ? await computeStageLock(project, stage, services) : undefined;
    const old = previous?.stages[stage.name];
    // An entry that did not change keeps its bytes (DVC 2 form, number format, line breaks).
    const keep = old && (!entry || sameLockEntry(entry, old)) ? texts?.get(stage.name) : undefined;
    if (entry) {
      entries.push({ name: stage.name, entry, ...(keep !== undefined ? { keep } : {}) });
      updated.push(stage.name);
    } else if (old) {
      entries.push({ name: stage.name, entry: old, ...(keep !== undefined ? { keep } : {}) });
      kept.push(stage.name);
    } else missing.push(stage.name);
  }
  const text =
    texts === undefined && entries.every((e) => e.keep === undefined)
      ? stringifyLock({
          schema: '2.0',
          stages: Object.fromEntries(entries.map((e) => [e.name, e.entry])),
        })
      : renderLock(entries);
  const written = text !== previousText;
  if (written) await services.writeText(file, text);
  return { file, written, updated, kept, missing };
}

/** The lock entry of a stage from the workspace; undefined when a dep or out is missing. */
export async function computeStageLock(
  project: Project,
  stage: Stage,
  services: DvcLockServices,
): Promise<LockStage | undefined> {
  const hashAll = async (paths: readonly string[]) => {
    const out: { path: string; hash: DvcHash }[] = [];
    for (const path of paths) {
      const hash = await services.hash(path);
      if (hash === undefined) return undefined;
      out.push({ path: asWritten(stage, path), hash });
    }
    return out;
  };
  const deps = await hashAll(stage.deps.map((d) => d.path));
  const outs = await hashAll(stage.outs.map((o) => o.path));
  if (!deps || !outs) return undefined;
  return stageLock({
    cmd: lockCmd(stage),
    deps,
    outs,
    params: new Map(Object.entries(paramsOf(project, stage))),
  });
}

/** A dep or out path the way dvc.yaml wrote it (DVC's lock repeats it verbatim). */
function asWritten(stage: Stage, path: string): string {
  return stage.dvc?.paths[path] ?? relativePosix(stage.wdir, path);
}

function lockCmd(stage: Stage): string | readonly string[] {
  const asList = stage.dvc?.cmdIsList ?? stage.cmd.length !== 1;
  return asList ? stage.cmd : (stage.cmd[0] ?? '');
}

/** Declared param values, by params file as written (relative to the wdir) and key. */
function paramsOf(project: Project, stage: Stage): Record<string, Record<string, unknown>> {
  const values = project.params.get(stage.name) ?? {};
  const out: Record<string, Record<string, unknown>> = {};
  for (const ref of stage.params) {
    const file = relativePosix(stage.wdir, ref.file);
    const into = (out[file] ??= {});
    if (ref.keys === 'all') {
      const doc = values[ref.file];
      if (typeof doc === 'object' && doc !== null) Object.assign(into, doc);
      continue;
    }
    for (const key of ref.keys) {
      const id = `${ref.file}:${key}`;
      if (id in values) into[key] = values[id];
    }
  }
  return out;
}

export interface LockCheck {
  readonly file: string;
  /** dvc.lock is there and is a schema 2.0 lock. */
  readonly found: boolean;
  readonly upToDate: boolean;
  /** Stages whose entry does not match dvc.yaml, params or the workspace, with why. */
  readonly stale: readonly { readonly stage: string; readonly reasons: readonly string[] }[];
}

/**
 * Is the committed dvc.lock current? Without pulling data: commands, params and source deps are
 * compared with the workspace; a dep that another stage produces is compared with that stage's
 * recorded out; outputs are compared only when they are in the workspace. Frozen stages are not
 * checked (DVC does not check them either).
 */
export async function checkDvcLock(
  project: Project,
  services: DvcLockServices,
): Promise<LockCheck> {
  const file = lockFileOf(project);
  const text = await services.workspace.readText(file);
  const lock: LockDocument | undefined = text === undefined ? undefined : parseLock(text);
  if (!lock) {
    return {
      file,
      found: false,
      upToDate: false,
      stale: project.pipeline.stages.map((s) => ({
        stage: s.name,
        reasons: [
          text === undefined ? `${file} does not exist` : `${file} is not a schema 2.0 lock`,
        ],
      })),
    };
  }
  const stale: { stage: string; reasons: string[] }[] = [];
  for (const stage of project.pipeline.stages) {
    if (stage.frozen) continue;
    const recorded = lock.stages[stage.name];
    const current: CurrentStage = {
      cmd: lockCmd(stage),
      deps: await Promise.all(
        stage.deps.map(async (d) => ({
          path: asWritten(stage, d.path),
          md5: await depMd5(project, lock, d.path, services),
        })),
      ),
      outs: await Promise.all(
        stage.outs.map(async (o) => ({
          path: asWritten(stage, o.path),
          md5: (await services.hash(o.path))?.md5,
        })),
      ),
      params: paramsOf(project, stage),
    };
    const reasons = lockDifferences(current, recorded);
    // A source dep missing from the workspace cannot be current.
    for (const dep of stage.deps) {
      if (project.graph.producers.overlapping(dep.path).length > 0) continue;
      if ((await services.hash(dep.path)) === undefined)
        reasons.push(`dep ${dep.path} does not exist`);
    }
    if (reasons.length > 0) stale.push({ stage: stage.name, reasons });
  }
  return { file, found: true, upToDate: stale.length === 0, stale };
}

/** A produced dep is taken from its producer's lock entry (no download); sources are hashed. */
async function depMd5(
  project: Project,
  lock: LockDocument,
  path: string,
  services: DvcLockServices,
): Promise<string | undefined> {
  const producers = project.graph.producers.overlapping(path);
  const exact = producers.find((p) => p.out.path === path);
  if (exact) {
    const entry = lock.stages[exact.stage.name];
    const def = asWritten(exact.stage, path);
    return entry?.outs?.find((o) => o.path === def)?.md5 ?? `missing from ${exact.stage.name}`;
  }
  if (producers.length > 0) return (await services.hash(path))?.md5;
  return (await services.hash(path))?.md5;
}
