import type { Diagnostic, RelatedInfo } from './diagnostics.js';
import { error } from './diagnostics.js';
import { globMayMatchUnder } from './glob.js';
import { parentDir } from './paths.js';
import type { DepSpec, NeedRef, OutSpec, Pipeline, Stage } from './pipeline.js';
import type { Result } from './result.js';
import { err, ok } from './result.js';
import { closest } from './suggest.js';

/** Why one stage must wait for another. */
export type Edge =
  | {
      readonly kind: 'dep';
      readonly from: string;
      readonly to: string;
      readonly dep: DepSpec;
      readonly out: OutSpec;
    }
  | { readonly kind: 'needs'; readonly from: string; readonly to: string; readonly need: NeedRef };

export interface Graph {
  /** Topological order; manifest order among stages that do not depend on each other. */
  readonly order: readonly Stage[];
  readonly byName: ReadonlyMap<string, Stage>;
  readonly upstream: ReadonlyMap<string, readonly Edge[]>;
  readonly downstream: ReadonlyMap<string, readonly Edge[]>;
  /** Which stage declares each output path. */
  readonly producers: OutputIndex;
}

/** Finds the outputs that overlap a path, without scanning every output. */
export class OutputIndex {
  private readonly byPath = new Map<string, { stage: Stage; out: OutSpec }>();
  private readonly sorted: string[];

  constructor(stages: readonly Stage[]) {
    for (const stage of stages)
      for (const out of stage.outs)
        if (!this.byPath.has(out.path)) this.byPath.set(out.path, { stage, out });
    this.sorted = [...this.byPath.keys()].sort();
  }

  get(path: string): { stage: Stage; out: OutSpec } | undefined {
    return this.byPath.get(path);
  }

  /** The output equal to `path` or a directory output containing it. */
  containing(path: string): { stage: Stage; out: OutSpec } | undefined {
    for (let p = path; p !== ''; p = parentDir(p)) {
      const hit = this.byPath.get(p);
      if (hit) return hit;
    }
    return undefined;
  }

  /** Outputs strictly inside directory `dir`. */
  inside(dir: string): { stage: Stage; out: OutSpec }[] {
    const prefix = dir + '/';
    const found: { stage: Stage; out: OutSpec }[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
      const path = this.sorted[i] as string;
      if (!path.startsWith(prefix)) break;
      found.push(this.byPath.get(path) as { stage: Stage; out: OutSpec });
    }
    return found;
  }

  /** Every output overlapping `path` (containing it, equal, or inside it). */
  overlapping(path: string): { stage: Stage; out: OutSpec }[] {
    const container = this.containing(path);
    return container ? [container, ...this.inside(path)] : this.inside(path);
  }

  all(): { stage: Stage; out: OutSpec }[] {
    return [...this.byPath.values()];
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Connects stages through their files and `needs`; reports clashes, unknown stages and cycles. */
export function buildGraph(pipeline: Pipeline): Result<Graph, Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map(pipeline.stages.map((s) => [s.name, s]));
  diagnostics.push(...checkOutputs(pipeline.stages));
  const producers = new OutputIndex(pipeline.stages);
  const upstream = new Map<string, Edge[]>(pipeline.stages.map((s) => [s.name, []]));
  const downstream = new Map<string, Edge[]>(pipeline.stages.map((s) => [s.name, []]));
  const addEdge = (edge: Edge) => {
    const list = upstream.get(edge.to) as Edge[];
    if (list.some((e) => e.from === edge.from)) return;
    list.push(edge);
    (downstream.get(edge.from) as Edge[]).push(edge);
  };
  for (const stage of pipeline.stages) {
    for (const dep of stage.deps) {
      for (const hit of producersOf(dep, producers)) {
        // A glob may sweep over the stage's own outputs: they are simply not part of the dep.
        if (hit.stage.name === stage.name && dep.kind === 'glob') continue;
        if (hit.stage.name === stage.name) {
          diagnostics.push(
            error('cycle', `stage "${stage.name}" reads its own output "${hit.out.path}"`, {
              source: dep.source,
              related: [{ message: 'declared as an output here', source: hit.out.source }],
              hint: 'a stage cannot depend on what it writes: remove the dep, or split the stage in two',
            }),
          );
          continue;
        }
        addEdge({ kind: 'dep', from: hit.stage.name, to: stage.name, dep, out: hit.out });
      }
    }
    for (const need of stage.needs) {
      if (!byName.has(need.stage)) {
        const guess = closest(need.stage, [...byName.keys()]);
        diagnostics.push(
          error(
            'unknown-stage',
            `stage "${stage.name}" needs "${need.stage}", which is not a stage`,
            {
              source: need.source,
              hint: guess
                ? `did you mean "${guess}"?`
                : 'list the name of a stage declared under `stages:`',
            },
          ),
        );
      } else if (need.stage === stage.name) {
        diagnostics.push(
          error('cycle', `stage "${stage.name}" needs itself`, {
            source: need.source,
            hint: 'remove it from needs: list only the stages that must finish before this one',
          }),
        );
      } else addEdge({ kind: 'needs', from: need.stage, to: stage.name, need });
    }
  }
  if (diagnostics.length > 0) return err(diagnostics);
  const sorted = topologicalOrder(pipeline.stages, upstream, downstream);
  if (!sorted.ok) return err([sorted.error]);
  return ok({ order: sorted.value, byName, upstream, downstream, producers });
}

/** The outputs a dep reads: the path overlapping them, or a glob that may match under them. */
export function producersOf(
  dep: DepSpec,
  producers: OutputIndex,
): { stage: Stage; out: OutSpec }[] {
  if (dep.kind !== 'glob') return producers.overlapping(dep.path);
  return producers.all().filter(({ out }) => globMayMatchUnder(dep.path, out.path));
}

/** Two stages writing the same path, or one writing inside another's output directory. */
function checkOutputs(stages: readonly Stage[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, { stage: Stage; out: OutSpec }>();
  for (const stage of stages) {
    for (const out of stage.outs) {
      const previous = seen.get(out.path);
      if (previous) {
        diagnostics.push(
          error(
            'duplicate-output',
            `output "${out.path}" of stage "${stage.name}" is also an output of stage "${previous.stage.name}"`,
            {
              source: out.source,
              related: [
                {
                  message: `first declared by stage "${previous.stage.name}" here`,
                  source: previous.out.source,
                },
              ],
              hint: 'each file is written by exactly one stage: rename one output or merge the stages',
            },
          ),
        );
        continue;
      }
      seen.set(out.path, { stage, out });
    }
  }
  for (const [path, entry] of seen) {
    for (let p = parentDir(path); p !== ''; p = parentDir(p)) {
      const outer = seen.get(p);
      if (!outer) continue;
      diagnostics.push(
        error(
          'overlapping-output',
          `output "${path}" of stage "${entry.stage.name}" lies inside output "${p}" of stage "${outer.stage.name}"`,
          {
            source: entry.out.source,
            related: [{ message: `"${p}" is declared here`, source: outer.out.source }],
            hint: 'outputs may not nest: write to a sibling directory, or declare only the outer directory',
          },
        ),
      );
      break;
    }
  }
  return diagnostics;
}

/** Kahn's algorithm, taking the earliest-declared ready stage first so the order is stable. */
function topologicalOrder(
  stages: readonly Stage[],
  upstream: ReadonlyMap<string, readonly Edge[]>,
  downstream: ReadonlyMap<string, readonly Edge[]>,
): Result<Stage[], Diagnostic> {
  const index = new Map(stages.map((s, i) => [s.name, i]));
  const waiting = new Map(stages.map((s) => [s.name, (upstream.get(s.name) ?? []).length]));
  const ready = new MinHeap();
  for (const s of stages) if (waiting.get(s.name) === 0) ready.push(index.get(s.name) as number);
  const order: Stage[] = [];
  while (ready.size > 0) {
    const stage = stages[ready.pop()] as Stage;
    order.push(stage);
    for (const edge of downstream.get(stage.name) ?? []) {
      const left = (waiting.get(edge.to) as number) - 1;
      waiting.set(edge.to, left);
      if (left === 0) ready.push(index.get(edge.to) as number);
    }
  }
  if (order.length === stages.length) return ok(order);
  return err(cycleDiagnostic(findCycle(stages, upstream, waiting)));
}

/** Walks upstream edges among the stages left over until a stage repeats. */
function findCycle(
  stages: readonly Stage[],
  upstream: ReadonlyMap<string, readonly Edge[]>,
  waiting: ReadonlyMap<string, number>,
): Edge[] {
  const stuck = stages.find((s) => (waiting.get(s.name) as number) > 0) as Stage;
  const trail: Edge[] = [];
  const visitedAt = new Map<string, number>();
  let current = stuck.name;
  while (!visitedAt.has(current)) {
    visitedAt.set(current, trail.length);
    const edge = (upstream.get(current) ?? []).find(
      (e) => (waiting.get(e.from) as number) > 0,
    ) as Edge;
    trail.push(edge);
    current = edge.from;
  }
  return trail.slice(visitedAt.get(current)).reverse();
}

function cycleDiagnostic(cycle: Edge[]): Diagnostic {
  const names = [...cycle.map((e) => e.from), cycle[0]?.from ?? ''];
  const related: RelatedInfo[] = cycle.map((edge) =>
    edge.kind === 'dep'
      ? {
          message: `"${edge.to}" reads "${edge.dep.path}", written by "${edge.from}"`,
          source: edge.dep.source,
        }
      : { message: `"${edge.to}" needs "${edge.from}"`, source: edge.need.source },
  );
  return error('cycle', `the stages form a cycle: ${names.join(' → ')}`, {
    ...(cycle[0] ? { source: edgeSource(cycle[0]) } : {}),
    related,
    hint: 'a stage cannot depend, directly or through others, on its own result: remove one of these edges',
  });
}

function edgeSource(edge: Edge) {
  return edge.kind === 'dep' ? edge.dep.source : edge.need.source;
}

class MinHeap {
  private readonly items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((items[parent] as number) <= value) break;
      items[i] = items[parent] as number;
      i = parent;
    }
    items[i] = value;
  }
  pop(): number {
    const items = this.items;
    const top = items[0] as number;
    const last = items.pop() as number;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child =
          right < items.length && (items[right] as number) < (items[left] as number) ? right : left;
        if ((items[child] as number) >= last) break;
        items[i] = items[child] as number;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/** The named stages and everything they need, in topological order. */
export function selectWithUpstream(graph: Graph, targets: readonly string[]): Stage[] {
  if (targets.length === 0) return [...graph.order];
  const wanted = new Set<string>();
  const stack = [...targets];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (wanted.has(name)) continue;
    wanted.add(name);
    for (const edge of graph.upstream.get(name) ?? []) stack.push(edge.from);
  }
  return graph.order.filter((s) => wanted.has(s.name));
}

/** Stages nothing depends on (the results a user looks at). */
export function finalStages(graph: Graph, among: readonly Stage[]): Stage[] {
  const names = new Set(among.map((s) => s.name));
  return among.filter((s) => !(graph.downstream.get(s.name) ?? []).some((e) => names.has(e.to)));
}
