import type { Graph } from './graph.js';

/**
 * Fan-out: spreading the stale stages of a pipeline over parallel CI jobs.
 *
 * A wave is a set of stale stages none of which depends on another; wave k may start once waves
 * 0..k-1 are done, because each of its stages reads only outputs of stages in earlier waves or of
 * stages that are not stale (fresh or cached: their outputs are in the cache already). A stage's
 * wave is the length of the longest chain of stale stages that ends in it, so the number of waves
 * is the length of the longest chain of stale stages: no grouping can use fewer.
 *
 * Pure: graph and names in, plain JSON-able values out.
 */

export interface Wave {
  readonly wave: number;
  /** In topological (manifest-stable) order. */
  readonly stages: readonly string[];
}

/** One job of a `strategy.matrix`: `stages` is space-separated, as the action's `stages` input reads it. */
export interface MatrixEntry {
  readonly wave: number;
  /** `g<wave>-<n>`, n from 1: unique in the plan, stable for the same input. */
  readonly group: string;
  readonly stages: string;
  /** The stages of this group to run even when fresh (space-separated, often empty). */
  readonly force: string;
  /**
   * Space-separated groups of earlier waves that ran a stage upstream of this group (directly or
   * not): their fragments of the run's cache index hold the records this group needs.
   */
  readonly reads: string;
}

export interface Matrix {
  readonly include: readonly MatrixEntry[];
}

export interface FanoutOptions {
  /**
   * How many wave jobs the workflow has (default 4). Waves at or beyond the last one are merged
   * into that last job as a single group, which runs them in dependency order in one job: no stage
   * is ever dropped, the tail of a deep pipeline just runs without fan-out.
   */
  readonly maxWaves?: number;
  /** At most this many parallel groups (jobs) per wave (default 4). */
  readonly maxGroups?: number;
  /** Forced stages: each group forces only its own, so no job re-runs another job's stage. */
  readonly force?: Iterable<string>;
}

export interface FanoutPlan {
  /** Every stale stage exactly once, by wave (the unbounded grouping). */
  readonly waves: readonly Wave[];
  /** Every job of every wave job, with its `wave` (after merging the overflow into the last one). */
  readonly matrix: Matrix;
  /**
   * One matrix per wave job, exactly `maxWaves` of them; an empty `include` means the wave job
   * has nothing to do (GitHub rejects an empty matrix: skip that job).
   */
  readonly jobs: readonly Matrix[];
  /** True when the pipeline is deeper than `maxWaves`: the last wave job runs several waves. */
  readonly overflow: boolean;
  /** Every group, space-separated: the final job reads all their fragments and merges them. */
  readonly groups: string;
}

export const DEFAULT_MAX_WAVES = 4;
export const DEFAULT_MAX_GROUPS = 4;

/** Groups the stale stages into the fewest waves; stages not in the graph are an error. */
export function planWaves(graph: Graph, stale: Iterable<string>): Wave[] {
  const staleSet = new Set(stale);
  for (const name of staleSet)
    if (!graph.byName.has(name)) throw new Error(`Internal error: unknown stage "${name}"`);
  const level = new Map<string, number>();
  const waves: string[][] = [];
  // graph.order is topological: every upstream stage has its level before its downstream ones.
  for (const stage of graph.order) {
    if (!staleSet.has(stage.name)) continue;
    let wave = 0;
    for (const edge of graph.upstream.get(stage.name) ?? []) {
      const up = level.get(edge.from);
      if (up !== undefined && up + 1 > wave) wave = up + 1;
    }
    level.set(stage.name, wave);
    (waves[wave] ??= []).push(stage.name);
  }
  return waves.map((stages, wave) => ({ wave, stages }));
}

/** Splits `items` into at most `parts` contiguous, nearly equal, non-empty chunks. */
function chunk<T>(items: readonly T[], parts: number): T[][] {
  const n = Math.max(1, Math.min(parts, items.length));
  const out: T[][] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const size = Math.floor(items.length / n) + (i < items.length % n ? 1 : 0);
    out.push(items.slice(start, start + size));
    start += size;
  }
  return out.filter((c) => c.length > 0);
}

/** The waves as matrices for a workflow with a fixed number of wave jobs. */
export function fanoutPlan(
  graph: Graph,
  stale: Iterable<string>,
  options: FanoutOptions = {},
): FanoutPlan {
  const maxWaves = options.maxWaves ?? DEFAULT_MAX_WAVES;
  const maxGroups = options.maxGroups ?? DEFAULT_MAX_GROUPS;
  if (!Number.isInteger(maxWaves) || maxWaves < 1)
    throw new Error(`Internal error: maxWaves must be a whole number >= 1, not ${maxWaves}`);
  if (!Number.isInteger(maxGroups) || maxGroups < 1)
    throw new Error(`Internal error: maxGroups must be a whole number >= 1, not ${maxGroups}`);
  const waves = planWaves(graph, stale);
  const overflow = waves.length > maxWaves;
  const force = new Set(options.force ?? []);
  const jobs: Matrix[] = [];
  const groupOf = new Map<string, string>();
  for (let k = 0; k < maxWaves; k++) {
    const wave = waves[k];
    if (!wave) {
      jobs.push({ include: [] });
      continue;
    }
    const last = k === maxWaves - 1;
    const groups =
      last && overflow
        ? // the rest of the pipeline in one job; the engine runs it in dependency order
          [waves.slice(k).flatMap((w) => w.stages)]
        : chunk(wave.stages, maxGroups);
    const include = groups.map((stages, i) => {
      const group = `g${k}-${i + 1}`;
      const reads = readsOf(graph, stages, groupOf);
      for (const stage of stages) groupOf.set(stage, group);
      return {
        wave: k,
        group,
        stages: stages.join(' '),
        force: stages.filter((s) => force.has(s)).join(' '),
        reads: reads.join(' '),
      };
    });
    jobs.push({ include });
  }
  const matrix = { include: jobs.flatMap((j) => j.include) };
  return { waves, matrix, jobs, overflow, groups: matrix.include.map((e) => e.group).join(' ') };
}

/** Groups (already placed) of every stage upstream of `stages`, transitively, in plan order. */
function readsOf(
  graph: Graph,
  stages: readonly string[],
  groupOf: ReadonlyMap<string, string>,
): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  const todo = [...stages];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    for (const edge of graph.upstream.get(name) ?? []) {
      if (visited.has(edge.from)) continue;
      visited.add(edge.from);
      const group = groupOf.get(edge.from);
      if (group) found.add(group);
      todo.push(edge.from);
    }
  }
  const order = [...groupOf.values()];
  return [...found].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
