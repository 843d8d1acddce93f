import type { Graph } from './graph.js';
import type { Stage } from './pipeline.js';
import type { StageMark } from './render-dag.js';
import { mermaidLabel, MERMAID_STYLE } from './render-dag.js';

/**
 * A Mermaid DAG that GitHub will draw. Mermaid refuses diagrams over 500 edges or 50,000
 * characters (the reader gets an error box), so past those limits we draw less, in this order,
 * and say what was left out:
 * 1. every stage;
 * 2. `foreach`/`matrix` stages (`name@...`) folded into one node per group;
 * 3. only what changed (ran, failed, restored, skipped) and its neighbours, groups folded;
 * 4. one node per layer of the DAG (stages at the same depth), bands of layers if very deep.
 * Pure: graph and marks in, text out.
 */
export interface MermaidLimits {
  readonly maxEdges: number;
  readonly maxText: number;
}

/** Mermaid's defaults, with room for the fence and what GitHub adds. */
export const GITHUB_MERMAID_LIMITS: MermaidLimits = { maxEdges: 500, maxText: 45_000 };

export interface FittedDiagram {
  readonly text: string;
  readonly edges: number;
  readonly view: 'stages' | 'groups' | 'changed' | 'layers';
  /** What the diagram leaves out, for a line under it; empty when it shows everything. */
  readonly note: string;
}

interface Node {
  readonly id: string;
  readonly label: string;
  readonly mark?: StageMark;
}
interface Diagram {
  readonly nodes: readonly Node[];
  readonly edges: readonly { from: string; to: string; dashed: boolean }[];
}

const SEVERITY: readonly StageMark[] = [
  'failed',
  'ran',
  'stale',
  'skipped',
  'restored',
  'cached',
  'fresh',
];
const CHANGED = new Set<StageMark>(['failed', 'ran', 'stale', 'skipped', 'restored']);

export function fitMermaid(
  graph: Graph,
  marks: ReadonlyMap<string, StageMark>,
  options: { stages?: readonly Stage[]; limits?: MermaidLimits } = {},
): FittedDiagram {
  const limits = options.limits ?? GITHUB_MERMAID_LIMITS;
  const stages = options.stages ?? graph.order;
  const fits = (d: Diagram, text: string) =>
    d.edges.length <= limits.maxEdges && text.length <= limits.maxText;
  const total = stages.length;
  const full = collapse(
    graph,
    stages,
    marks,
    (s) => s.name,
    () => undefined,
  );
  let text = render(full, marks.size > 0);
  if (fits(full, text)) return { text, edges: full.edges.length, view: 'stages', note: '' };

  const groupOf = (s: Stage) =>
    s.name.includes('@') ? s.name.slice(0, s.name.indexOf('@')) : s.name;
  const groupLabel = (key: string, members: readonly Stage[]) =>
    members.length === 1 && members[0]?.name === key
      ? undefined
      : `${key}@… (${members.length} stages)`;
  const grouped = collapse(graph, stages, marks, groupOf, groupLabel);
  text = render(grouped, true);
  if (grouped.nodes.length < full.nodes.length && fits(grouped, text))
    return {
      text,
      edges: grouped.edges.length,
      view: 'groups',
      note: `${total} stages; each foreach/matrix group is drawn as one node.`,
    };

  const changed = changedView(grouped);
  if (changed) {
    text = render(changed.diagram, true);
    if (fits(changed.diagram, text))
      return {
        text,
        edges: changed.diagram.edges.length,
        view: 'changed',
        note: `${total} stages, too many to draw: showing what changed (${changed.count} node${changed.count === 1 ? '' : 's'}) and its direct neighbours; foreach/matrix groups as one node each.`,
      };
  }

  const depth = layers(graph, stages);
  const deepest = Math.max(0, ...depth.values());
  for (let band = 1; ; band *= 2) {
    const bandOf = (s: Stage) => `layer ${Math.floor((depth.get(s.name) ?? 0) / band)}`;
    const layerLabel = (key: string, members: readonly Stage[]) => {
      const k = Number(key.slice('layer '.length));
      const span =
        band === 1
          ? `layer ${k + 1}`
          : `layers ${k * band + 1}–${Math.min((k + 1) * band, deepest + 1)}`;
      return `${span}: ${members.length} stage${members.length === 1 ? '' : 's'}${counts(members, marks)}`;
    };
    const layered = collapse(graph, stages, marks, bandOf, layerLabel);
    text = render(layered, true);
    if (fits(layered, text) || layered.nodes.length <= 1)
      return {
        text,
        edges: layered.edges.length,
        view: 'layers',
        note: `${total} stages, too many to draw one by one: each node is ${band === 1 ? 'a layer' : `a band of ${band} layers`} of the DAG (stages at the same depth), coloured by the most notable result in it.`,
      };
  }
}

/** Nodes by `keyOf`, an edge wherever a stage edge crosses two nodes, each mark the most notable. */
function collapse(
  graph: Graph,
  stages: readonly Stage[],
  marks: ReadonlyMap<string, StageMark>,
  keyOf: (s: Stage) => string,
  labelOf: (key: string, members: readonly Stage[]) => string | undefined,
): Diagram {
  const members = new Map<string, Stage[]>();
  for (const s of stages) {
    const key = keyOf(s);
    const list = members.get(key);
    if (list) list.push(s);
    else members.set(key, [s]);
  }
  const ids = new Map<string, string>();
  const nodes: Node[] = [];
  for (const [key, list] of members) {
    const id = `s${ids.size}`;
    ids.set(key, id);
    const mark = worst(list.map((s) => marks.get(s.name)));
    const label = labelOf(key, list) ?? key;
    nodes.push({ id, label, ...(mark ? { mark } : {}) });
  }
  const inView = new Set(stages.map((s) => s.name));
  const seen = new Set<string>();
  const edges: { from: string; to: string; dashed: boolean }[] = [];
  for (const s of stages) {
    const from = ids.get(keyOf(s)) as string;
    for (const edge of graph.downstream.get(s.name) ?? []) {
      if (!inView.has(edge.to)) continue;
      const target = graph.byName.get(edge.to);
      if (!target) continue;
      const to = ids.get(keyOf(target)) as string;
      if (to === from || seen.has(`${from} ${to}`)) continue;
      seen.add(`${from} ${to}`);
      edges.push({ from, to, dashed: edge.kind === 'needs' });
    }
  }
  return { nodes, edges };
}

function changedView(d: Diagram): { diagram: Diagram; count: number } | undefined {
  const changed = new Set(d.nodes.filter((n) => n.mark && CHANGED.has(n.mark)).map((n) => n.id));
  if (changed.size === 0) return undefined;
  const keep = new Set(changed);
  for (const e of d.edges) {
    if (changed.has(e.from)) keep.add(e.to);
    if (changed.has(e.to)) keep.add(e.from);
  }
  return {
    diagram: {
      nodes: d.nodes.filter((n) => keep.has(n.id)),
      edges: d.edges.filter((e) => keep.has(e.from) && keep.has(e.to)),
    },
    count: changed.size,
  };
}

/** Depth of each stage: 0 for sources, else one more than its deepest upstream stage. */
function layers(graph: Graph, stages: readonly Stage[]): Map<string, number> {
  const inView = new Set(stages.map((s) => s.name));
  const depth = new Map<string, number>();
  for (const s of graph.order) {
    if (!inView.has(s.name)) continue;
    let d = 0;
    for (const e of graph.upstream.get(s.name) ?? []) {
      const up = depth.get(e.from);
      if (up !== undefined && up + 1 > d) d = up + 1;
    }
    depth.set(s.name, d);
  }
  return depth;
}

function worst(list: readonly (StageMark | undefined)[]): StageMark | undefined {
  let best: StageMark | undefined;
  for (const mark of list)
    if (mark && (best === undefined || SEVERITY.indexOf(mark) < SEVERITY.indexOf(best)))
      best = mark;
  return best;
}

function counts(members: readonly Stage[], marks: ReadonlyMap<string, StageMark>): string {
  const tally = new Map<StageMark, number>();
  for (const s of members) {
    const mark = marks.get(s.name);
    if (mark) tally.set(mark, (tally.get(mark) ?? 0) + 1);
  }
  if (tally.size === 0) return '';
  const parts = SEVERITY.filter((m) => tally.has(m)).map((m) => `${tally.get(m)} ${m}`);
  return `<br/><small>${parts.join(' · ')}</small>`;
}

function render(d: Diagram, withMarks: boolean): string {
  const lines = ['flowchart LR'];
  for (const n of d.nodes) {
    const small = n.label.includes('<br/>') || !n.mark ? '' : `<br/><small>${n.mark}</small>`;
    lines.push(`  ${n.id}["${escapeLabel(n.label)}${small}"]`);
  }
  for (const e of d.edges) lines.push(`  ${e.from} ${e.dashed ? '-.->' : '-->'} ${e.to}`);
  if (withMarks) {
    const used = SEVERITY.filter((m) => d.nodes.some((n) => n.mark === m));
    for (const mark of used) lines.push(`  classDef ${mark} ${MERMAID_STYLE[mark]}`);
    for (const mark of used) {
      const ids = d.nodes.filter((n) => n.mark === mark).map((n) => n.id);
      // one `class` line per mark: a few lines instead of one per node
      lines.push(`  class ${ids.join(',')} ${mark}`);
    }
  }
  return lines.join('\n');
}

/** Our own `<br/><small>` markup passes; everything the user wrote is escaped. */
function escapeLabel(label: string): string {
  const at = label.indexOf('<br/>');
  return at < 0 ? mermaidLabel(label) : mermaidLabel(label.slice(0, at)) + label.slice(at);
}
