import { compileGlob } from '../core/glob.js';
import type { Graph } from '../core/graph.js';
import { treeDigest, treeDigestWithin } from '../core/fingerprint.js';
import type { Sha256 } from '../core/fingerprint.js';
import { PathBatches } from '../core/path-batches.js';
import { PathMap } from '../core/path-map.js';
import { isWithin, relativeTo } from '../core/paths.js';
import type { DepExclude, DepSpec, OutSpec, Stage } from '../core/pipeline.js';
import type { Reason } from '../core/reasons.js';
import type { FileDigest, OutputRecord } from '../core/record.js';
import type { Hasher, VouchedTree, Workspace } from '../ports.js';

/** Hashes each file at most once per run, however many stages read it. */
export class FileDigests {
  /**
   * Per path, the batch that hashes it: one promise per batch, not one per file (a directory
   * dep of 100,000 files made 100,000 promises and closures, a tenth of the command's time),
   * and a large batch filed per directory, not per path (PathBatches).
   */
  private readonly memo = new PathBatches<Promise<Map<string, FileDigest>>>();

  /** Directories the hasher vouched for (or not: undefined), by directory. */
  private readonly trees = new PathMap<Promise<VouchedTree | undefined>>();

  constructor(private readonly hasher: Hasher) {}

  /** The digest of a whole directory when the hasher can vouch for it (see Hasher.vouchTree). */
  async tree(dir: string, files: number): Promise<string | undefined> {
    let tree = this.trees.get(dir);
    if (!tree) {
      tree = this.hasher.vouchTree(dir, files);
      this.trees.set(dir, tree);
    }
    return (await tree)?.digest;
  }

  async get(paths: readonly string[]): Promise<FileDigest[]> {
    const batches = this.memo.findAll(paths);
    let unknown = 0;
    for (const batch of batches) if (batch === undefined) unknown++;
    // All unknown (a directory dep's first look): the list itself is the batch, no copy.
    const missing =
      unknown === paths.length ? paths : paths.filter((_, i) => batches[i] === undefined);
    if (unknown > 0) {
      const batch = this.hasher.hashFiles(missing);
      // Whoever asks for these paths sees the failure; a failure nobody waits for is not "unhandled".
      batch.catch(() => undefined);
      this.memo.add(missing, batch);
      for (let i = 0; i < paths.length; i++) batches[i] ??= batch;
    }
    const settled = new Map<Promise<Map<string, FileDigest>>, Map<string, FileDigest>>();
    let previous: Promise<Map<string, FileDigest>> | undefined;
    for (const batch of batches) {
      if (batch !== previous && batch && !settled.has(batch)) settled.set(batch, await batch);
      previous = batch;
    }
    const digests = new Array<FileDigest>(paths.length);
    let last: Promise<Map<string, FileDigest>> | undefined;
    let found: Map<string, FileDigest> | undefined;
    for (let i = 0; i < paths.length; i++) {
      const path = paths[i] as string;
      const batch = batches[i];
      // Consecutive paths of one batch (a listing): one lookup of the batch, not one per path.
      if (batch !== last) found = settled.get((last = batch) as Promise<Map<string, FileDigest>>);
      const digest = found?.get(path);
      if (!digest) throw new Error(`Internal error: ${path} was not hashed`);
      digests[i] = digest;
    }
    return digests;
  }

  /** A stage is about to rewrite these paths: earlier digests no longer hold. */
  forget(prefixes: readonly string[]): void {
    for (const prefix of prefixes) {
      this.memo.deleteWithin(prefix); // no scan of the memo
      this.trees.deleteOverlapping(prefix);
    }
  }
}

export class DepProblem extends Error {}

/** The outputs of upstream stages as recorded, by output path. */
export type KnownOutputs = ReadonlyMap<string, OutputRecord>;

export interface DigestContext {
  readonly workspace: Workspace;
  readonly files: FileDigests;
  readonly graph: Graph;
  readonly sha256: Sha256;
}

/**
 * Content digest of one dep. Files produced by another stage are taken from that stage's record
 * (early cutoff without downloads); everything else is hashed in the workspace.
 */
export async function depDigest(
  dep: DepSpec,
  known: KnownOutputs,
  context: DigestContext,
  excludes: readonly DepExclude[] = [],
): Promise<string> {
  const kept = keeper(excludes);
  if (dep.kind === 'glob') return globDigest(dep, known, context, kept);
  const container = context.graph.producers.containing(dep.path);
  if (container) return digestInsideOutput(dep, container.out, known, context);
  const inner = context.graph.producers.inside(dep.path).map((p) => recordOf(p.out, known));
  const info = await context.workspace.info(dep.path);
  // A directory that only holds other stages' outputs may not exist yet: they are not restored.
  if (!info && inner.length === 0) throw new DepProblem(`dep ${dep.path} does not exist`);
  if (info?.kind === 'file') {
    const [file] = await context.files.get([dep.path]);
    return (file as FileDigest).digest;
  }
  // The common case: a plain directory of many files, perhaps one git vouches for as a whole.
  const plain = inner.length === 0 && excludes.length === 0;
  if (plain && info) {
    const count = await context.workspace.countFiles(dep.path);
    const vouched = count.plain ? await context.files.tree(dep.path, count.files) : undefined;
    if (vouched !== undefined) return vouched;
  }
  const listed = info ? await context.workspace.listFiles(dep.path) : [];
  const onDisk = plain
    ? listed
    : listed.filter((f) => !inner.some((o) => isWithin(f, o.path)) && kept(f));
  const digests = await context.files.get(onDisk);
  const all = plain
    ? digests
    : [...digests, ...inner.flatMap((o) => o.files).filter((f) => kept(f.path))];
  return treeDigestWithin(all, dep.path, context.sha256);
}

function recordOf(out: OutSpec, known: KnownOutputs): OutputRecord {
  const record = known.get(out.path);
  if (!record) throw new Error(`Internal error: output ${out.path} used before its stage finished`);
  return record;
}

function digestInsideOutput(
  dep: DepSpec,
  out: OutSpec,
  known: KnownOutputs,
  context: DigestContext,
): string {
  const record = recordOf(out, known);
  if (dep.path === record.path) return record.digest;
  const files = record.files.filter((f) => isWithin(f.path, dep.path));
  if (files.length === 0)
    throw new DepProblem(
      `dep ${dep.path} is not among the files its producer wrote to ${out.path}`,
    );
  if (files.length === 1 && (files[0] as FileDigest).path === dep.path)
    return (files[0] as FileDigest).digest;
  return treeDigest(
    files.map((f) => ({ relpath: relativeTo(f.path, dep.path), digest: f.digest })),
    context.sha256,
  );
}

/** `!pattern` deps of a stage: files they match are left out of its glob and directory deps. */
function keeper(excludes: readonly DepExclude[]): (path: string) => boolean {
  if (excludes.length === 0) return () => true;
  const tests = excludes.map((e) =>
    e.kind === 'glob' ? compileGlob(e.pattern) : (path: string) => isWithin(path, e.pattern),
  );
  return (path) => !tests.some((excluded) => excluded(path));
}

async function globDigest(
  dep: DepSpec,
  known: KnownOutputs,
  context: DigestContext,
  kept: (path: string) => boolean,
): Promise<string> {
  const matches = compileGlob(dep.path);
  const produced = [...known.values()];
  const onDisk = (await context.workspace.glob(dep.path)).filter(
    (f) => !context.graph.producers.containing(f) && kept(f),
  );
  const fromRecords = produced
    .flatMap((o) => o.files)
    .filter((f) => matches(f.path) && kept(f.path));
  const digests = [...(await context.files.get(onDisk)), ...fromRecords];
  if (digests.length === 0 && !dep.optional)
    throw new DepProblem(
      `glob "${dep.path}" matches no files; mark it {path: '${dep.path}', optional: true} if that is expected`,
    );
  return treeDigestWithin(digests, '', context.sha256);
}

/** Hashes a stage's outputs in the workspace; lists the declared outputs that are missing. */
export async function recordOutputs(
  stage: Stage,
  context: DigestContext,
): Promise<{ outputs: OutputRecord[]; missing: string[] }> {
  const outputs: OutputRecord[] = [];
  const missing: string[] = [];
  for (const out of stage.outs) {
    const record = await outputInWorkspace(out, context);
    if (record) outputs.push(record);
    else missing.push(out.path);
  }
  return { outputs, missing };
}

export async function outputInWorkspace(
  out: OutSpec,
  context: DigestContext,
): Promise<OutputRecord | undefined> {
  const info = await context.workspace.info(out.path);
  if (!info) return undefined;
  if (info.kind === 'file') {
    const files = await context.files.get([out.path]);
    return {
      path: out.path,
      kind: 'file',
      digest: (files[0] as FileDigest).digest,
      files,
      cached: out.cache,
    };
  }
  const files = await context.files.get(await context.workspace.listFiles(out.path));
  const digest = treeDigestWithin(files, out.path, context.sha256);
  return { path: out.path, kind: 'dir', digest, files, cached: out.cache };
}

/** How a declared output in the workspace differs from its record. */
export type OutputDifference = Extract<Reason, { kind: 'output-missing' | 'output-modified' }>;

/** Compares the workspace with recorded outputs; returns what differs (empty: all match). */
export async function outputDifferences(
  stage: Stage,
  recorded: readonly OutputRecord[],
  context: DigestContext,
): Promise<OutputDifference[]> {
  const differences: OutputDifference[] = [];
  for (const out of stage.outs) {
    const expected = recorded.find((r) => r.path === out.path);
    const actual = await outputInWorkspace(out, context);
    if (!actual) differences.push({ kind: 'output-missing', path: out.path });
    else if (!expected || expected.digest !== actual.digest)
      differences.push({ kind: 'output-modified', path: out.path });
  }
  return differences;
}
