export const id = 248;
export const ids = [248];
export const modules = {

/***/ 8248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/core/render-dag.ts
const MERMAID_STYLE = {
    fresh: 'fill:#e8f5e9,stroke:#43a047,color:#1b5e20',
    restored: 'fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1',
    cached: 'fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1',
    ran: 'fill:#fff8e1,stroke:#f9a825,color:#6d4c00',
    stale: 'fill:#fff8e1,stroke:#f9a825,color:#6d4c00',
    failed: 'fill:#ffebee,stroke:#e53935,color:#b71c1c',
    skipped: 'fill:#f5f5f5,stroke:#9e9e9e,color:#616161,stroke-dasharray:4 3',
};
function nodeId(index) {
    return `s${index}`;
}
/**
 * Mermaid ids must be simple; labels are escaped so stage names cannot break the diagram: `#`
 * first (it starts Mermaid's entity codes), quotes, angle brackets, backticks (which start
 * Markdown strings) and line breaks.
 */
function mermaidLabel(text) {
    return text
        .replace(/#/g, '#35;')
        .replace(/"/g, '#quot;')
        .replace(/</g, '#lt;')
        .replace(/>/g, '#gt;')
        .replace(/`/g, '#96;')
        .replace(/\r?\n|\r/g, ' ');
}
function renderMermaid(graph, marks, stages = graph.order) {
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
        for (const mark of used)
            lines.push(`  classDef ${mark} ${MERMAID_STYLE[mark]}`);
        for (const stage of stages) {
            const mark = marks.get(stage.name);
            if (mark)
                lines.push(`  class ${ids.get(stage.name)} ${mark}`);
        }
    }
    return lines.join('\n');
}
function renderDot(graph) {
    const quote = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const lines = ['digraph pipeline {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
    for (const stage of graph.order)
        lines.push(`  ${quote(stage.name)};`);
    for (const stage of graph.order) {
        for (const edge of graph.downstream.get(stage.name) ?? []) {
            lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)}${edge.kind === 'needs' ? ' [style=dashed]' : ''};`);
        }
    }
    lines.push('}');
    return lines.join('\n');
}
/** Each stage in order with what it waits for and what it writes. */
function renderText(graph) {
    const lines = [];
    for (const stage of graph.order) {
        const after = (graph.upstream.get(stage.name) ?? []).map((e) => e.from);
        lines.push(`${stage.name}${after.length ? `  ← ${after.join(', ')}` : ''}`);
        if (stage.desc)
            lines.push(`    ${stage.desc}`);
        for (const out of stage.outs)
            lines.push(`    → ${out.path}${out.metric ? ' (metrics)' : ''}${out.cache ? '' : ' (not cached)'}`);
    }
    return lines.join('\n');
}
function dagJson(graph) {
    return {
        stages: graph.order.map((s) => ({
            name: s.name,
            ...(s.desc ? { desc: s.desc } : {}),
            deps: s.deps.map((d) => d.path),
            outs: s.outs.map((o) => o.path),
            after: (graph.upstream.get(s.name) ?? []).map((e) => e.from),
        })),
        edges: graph.order.flatMap((s) => (graph.downstream.get(s.name) ?? []).map((e) => ({
            from: e.from,
            to: e.to,
            ...(e.kind === 'dep' ? { path: e.dep.path } : { needs: true }),
        }))),
    };
}

// EXTERNAL MODULE: ./src/entry/cli/context.ts + 4 modules
var context = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/commands/dag.ts



/** `reprokit dag`: the pipeline graph as text, Mermaid, dot or JSON. */
async function run(args, io) {
    const formats = ['mermaid', 'dot', 'json'].filter((f) => (0,spec/* flag */.Jt)(args, f));
    if (formats.length > 1) {
        io.stderr.write(`reprokit: pick one of ${formats.map((f) => `--${f}`).join(', ')}\n`);
        return context/* EXIT */.dc.usage;
    }
    const session = await (0,context/* openForCli */.Ec)(args, io, { emit: () => undefined });
    if (typeof session === 'number')
        return session;
    session.close();
    io.stdout.write(render(session.project.graph, formats[0]) + '\n');
    return context/* EXIT */.dc.ok;
}
function render(graph, format) {
    switch (format) {
        case 'mermaid':
            return renderMermaid(graph);
        case 'dot':
            return renderDot(graph);
        case 'json':
            return JSON.stringify(dagJson(graph), null, 2);
        default:
            return renderText(graph);
    }
}


/***/ })

};

//# sourceMappingURL=248.index.js.map