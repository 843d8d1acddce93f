import type { Graph } from './graph.js';
import type { Stage } from './pipeline.js';

/** A stage's state to colour it by (plan status or run result). */
export type StageMark = 'fresh' | 'cached' | 'stale' | 'ran' | 'restored' | 'failed' | 'skipped';

export const MERMAID_STYLE: Record<StageMark, string> = {
  fresh: 'fill:#e8f5e9,stroke:#43a047,color:#1b5e20',
  restored: 'fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1',
  cached: 'fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1',
  ran: 'fill:#fff8e1,stroke:#f9a825,color:#6d4c00',
  stale: 'fill:#fff8e1,stroke:#f9a825,color:#6d4c00',
  failed: 'fill:#ffebee,stroke:#e53935,color:#b71c1c',
  skipped: 'fill:#f5f5f5,stroke:#9e9e9e,color:#616161,stroke-dasharray:4 3',
};

function nodeId(index: number): string {
  return `s${index}`;
}

/**
 * Mermaid ids must be simple; labels are escaped so stage names cannot break the diagram: `#`
 * first (it starts Mermaid's entity codes), quotes, angle brackets, backticks (which start
 * Markdown strings) and line breaks.
 */
export function mermaidLabel(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/\r?\n|\r/g, ' ');
}

export function renderMermaid(
  graph: Graph,
  marks?: ReadonlyMap<string, StageMark>,
  stages: readonly Stage[] = graph.order,
): string {
  const ids = new Map(stages.map((s, i) => [s.name, nodeId(i)]));
  const lines = ['flowchart LR'];
  for (const stage of stages) {
    const mark = marks?.get(stage.name);
    const label = mermaidLabel(stage.name) + (mark ? `<br/><small>${mark}</small>` : '');
    lines.push(`  ${ids.get(stage.name)}["${label}"]`);
  }
  for (const stage of stages) {
    for (const edge of graph.downstream.get(stage.name) ?? []) {
      const to = ids.get(edge.to);
      if (to)
        lines.push(`  ${ids.get(stage.name)} ${edge.kind === 'needs' ? '-.->' : '-->'} ${to}`);
    }
  }
  if (marks) {
    const used = new Set([...marks.values()]);
    for (const mark of used) lines.push(`  classDef ${mark} ${MERMAID_STYLE[mark]}`);
    for (const stage of stages) {
      const mark = marks.get(stage.name);
      if (mark) lines.push(`  class ${ids.get(stage.name)} ${mark}`);
    }
  }
  return lines.join('\n');
}

export function renderDot(graph: Graph): string {
  const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = ['digraph pipeline {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
  for (const stage of graph.order) lines.push(`  ${quote(stage.name)};`);
  for (const stage of graph.order) {
    for (const edge of graph.downstream.get(stage.name) ?? []) {
      lines.push(
        `  ${quote(edge.from)} -> ${quote(edge.to)}${edge.kind === 'needs' ? ' [style=dashed]' : ''};`,
      );
    }
  }
  lines.push('}');
  return lines.join('\n');
}

/** Each stage in order with what it waits for and what it writes. */
export function renderText(graph: Graph): string {
  const lines: string[] = [];
  for (const stage of graph.order) {
    const after = (graph.upstream.get(stage.name) ?? []).map((e) => e.from);
    lines.push(`${stage.name}${after.length ? `  ← ${after.join(', ')}` : ''}`);
    if (stage.desc) lines.push(`    ${stage.desc}`);
    for (const out of stage.outs)
      lines.push(
        `    → ${out.path}${out.metric ? ' (metrics)' : ''}${out.cache ? '' : ' (not cached)'}`,
      );
  }
  return lines.join('\n');
}

export function dagJson(graph: Graph): unknown {
  return {
    stages: graph.order.map((s) => ({
      name: s.name,
      ...(s.desc ? { desc: s.desc } : {}),
      deps: s.deps.map((d) => d.path),
      outs: s.outs.map((o) => o.path),
      after: (graph.upstream.get(s.name) ?? []).map((e) => e.from),
    })),
    edges: graph.order.flatMap((s) =>
      (graph.downstream.get(s.name) ?? []).map((e) => ({
        from: e.from,
        to: e.to,
        ...(e.kind === 'dep' ? { path: e.dep.path } : { needs: true }),
      })),
    ),
  };
}
