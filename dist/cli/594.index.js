export const id = 594;
export const ids = [594];
export const modules = {

/***/ 70:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ lastRunRecords)
/* harmony export */ });
/**
 * What the last run recorded for each stage of the manifest, in manifest order (from the state
 * log: no cache access). `metrics diff` and `plots diff` compare with it when no REV is given.
 */
async function lastRunRecords(session) {
    const records = [];
    for (const stage of session.project.pipeline.stages) {
        const record = await session.services.state.read(stage.name);
        if (record)
            records.push(record);
    }
    return records;
}


/***/ }),

/***/ 594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/plots/bound.ts
var bound = __webpack_require__(9872);
// EXTERNAL MODULE: ./src/core/plots/capture.ts
var capture = __webpack_require__(7970);
// EXTERNAL MODULE: ./src/core/plots/parse.ts
var parse = __webpack_require__(9599);
// EXTERNAL MODULE: ./src/core/plots/types.ts
var types = __webpack_require__(1945);
;// CONCATENATED MODULE: ./src/core/plots/views.ts
/** Every plot with the data either side has, in definition order; plots with no data are left out. */
function plotViews(definitions, head, base) {
    const views = [];
    for (const definition of expandDirectories(definitions, head, base)) {
        const view = plotView(definition, head, base);
        if (view)
            views.push(view);
    }
    return views;
}
/**
 * A definition naming a directory stands for each data file under it (DVC's directory plots):
 * one plot per file, with the definition's options.
 */
function expandDirectories(definitions, head, base) {
    const files = [...new Set([...head.keys(), ...(base?.keys() ?? [])])].sort();
    return definitions.flatMap((d) => {
        const only = d.y.length === 1 && !d.image ? d.y[0] : undefined;
        if (!only || files.includes(only.file))
            return [d];
        const under = files.filter((f) => f.startsWith(`${only.file}/`));
        if (under.length === 0)
            return [d];
        return under.map((file) => ({ ...d, id: file, y: [{ ...only, file }] }));
    });
}
function plotView(definition, head, base) {
    if (definition.image)
        return { kind: 'image', id: definition.id, file: definition.y[0].file };
    if (!definition.y.some((s) => head.has(s.file) || base?.has(s.file)))
        return undefined;
    if (definition.template === 'confusion' || definition.template === 'confusion_normalized')
        return confusionView(definition, head, base);
    return chartView(definition, head, base);
}
function chartView(definition, head, base) {
    const problems = [];
    const series = [];
    const several = definition.y.length > 1;
    let sampled = false;
    for (const side of ['base', 'head']) {
        const files = side === 'head' ? head : base;
        if (!files)
            continue;
        for (const source of definition.y) {
            const table = files.get(source.file);
            if (!table) {
                problems.push(`${source.file}: no data ${side === 'head' ? 'in this run' : 'in the baseline'}`);
                continue;
            }
            sampled ||= table.sampledFrom !== undefined;
            const xTable = definition.x?.file ? files.get(definition.x.file) : table;
            const fields = source.fields ?? lastField(table, definition.x?.field);
            for (const field of fields) {
                const points = pointsOf(table, field, xTable, definition.x?.field);
                if (typeof points === 'string') {
                    problems.push(`${source.file}: ${points}`);
                    continue;
                }
                series.push({ label: several ? `${source.file}: ${field}` : field, side, points });
            }
        }
    }
    const numericX = series.every((s) => s.points.every((p) => typeof p.x === 'number'));
    const sorted = definition.template === 'bar_horizontal_sorted'
        ? series.map((s) => ({ ...s, points: [...s.points].sort((a, b) => b.y - a.y) }))
        : series;
    const yFields = [...new Set(series.map((s) => s.label))];
    return {
        kind: 'chart',
        id: definition.id,
        title: definition.title ?? definition.id,
        style: definition.template.startsWith('bar')
            ? 'bar'
            : definition.template === 'scatter'
                ? 'scatter'
                : 'line',
        horizontal: definition.template.startsWith('bar_horizontal'),
        xLabel: definition.xLabel ?? definition.x?.field ?? 'step',
        yLabel: definition.yLabel ?? (yFields.length === 1 ? yFields[0] : ''),
        numericX,
        series: sorted,
        problems: [...new Set(problems)],
        sampled,
    };
}
/** DVC's default y: the last field of the file (other than x). */
function lastField(table, x) {
    const fields = table.fields.filter((f) => f !== x);
    const last = fields[fields.length - 1];
    return last === undefined ? [] : [last];
}
function pointsOf(table, field, xTable, xField) {
    const yAt = table.fields.indexOf(field);
    if (yAt < 0)
        return `no field "${field}"`;
    if (xField !== undefined && !xTable)
        return `the x file has no data`;
    const xAt = xField === undefined ? -1 : xTable.fields.indexOf(xField);
    if (xField !== undefined && xAt < 0)
        return `no field "${xField}" for x`;
    const points = [];
    table.rows.forEach((row, i) => {
        const y = row[yAt];
        const x = xAt < 0 ? i : xTable.rows[i]?.[xAt];
        if (typeof y !== 'number' || x === null || x === undefined)
            return;
        points.push({ x, y });
    });
    if (points.length === 0)
        return `field "${field}" has no numbers`;
    return points;
}
function confusionView(definition, head, base) {
    const problems = [];
    const xField = definition.x?.field ?? 'actual';
    const matrices = [];
    for (const source of definition.y) {
        const fields = source.fields ??
            ['head', 'base']
                .flatMap((side) => {
                const table = (side === 'head' ? head : base)?.get(source.file);
                return table ? lastField(table, xField) : [];
            })
                .slice(0, 1);
        for (const yField of fields) {
            const side = (files) => {
                const table = files?.get(source.file);
                if (!table)
                    return undefined;
                const matrix = matrixOf(table, xField, yField);
                if (typeof matrix === 'string')
                    problems.push(`${source.file}: ${matrix}`);
                return typeof matrix === 'string' ? undefined : matrix;
            };
            const h = side(head);
            const b = side(base);
            matrices.push({
                label: definition.y.length > 1 ? source.file : yField,
                yField,
                ...(h ? { head: h } : {}),
                ...(b ? { base: b } : {}),
            });
        }
    }
    return {
        kind: 'confusion',
        id: definition.id,
        title: definition.title ?? definition.id,
        normalized: definition.template === 'confusion_normalized',
        xField,
        matrices,
        problems: [...new Set(problems)],
    };
}
/** Counts of each (x, y) pair, honouring collapsed rows' counts. */
function matrixOf(table, xField, yField) {
    const xAt = table.fields.indexOf(xField);
    const yAt = table.fields.indexOf(yField);
    if (xAt < 0)
        return `no field "${xField}"`;
    if (yAt < 0)
        return `no field "${yField}"`;
    const labels = new Set();
    const counts = new Map();
    table.rows.forEach((row, i) => {
        const x = row[xAt];
        const y = row[yAt];
        if (x === null || x === undefined || y === null || y === undefined)
            return;
        labels.add(String(x)).add(String(y));
        const key = cellKey(String(x), String(y));
        counts.set(key, (counts.get(key) ?? 0) + (table.counts?.[i] ?? 1));
    });
    return { labels: [...labels].sort(naturalOrder), counts };
}
function cellKey(x, y) {
    return JSON.stringify([x, y]);
}
/** Numbers by value, then text: class labels 0..10 sort as a person expects. */
function naturalOrder(a, b) {
    const na = Number(a);
    const nb = Number(b);
    if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(na) && Number.isFinite(nb))
        return na - nb;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A cell of a confusion matrix: the count, or its share of the row (the actual class) when normalized. */
function matrixCell(matrix, x, y, normalized) {
    const count = matrix.counts.get(cellKey(x, y)) ?? 0;
    if (!normalized)
        return count;
    let total = 0;
    for (const label of matrix.labels)
        total += matrix.counts.get(cellKey(x, label)) ?? 0;
    return total === 0 ? 0 : count / total;
}
/** Labels of either side, in natural order. */
function matrixLabels(head, base) {
    return [...new Set([...(head?.labels ?? []), ...(base?.labels ?? [])])].sort(naturalOrder);
}

;// CONCATENATED MODULE: ./src/core/plots/grid.ts

function chartGrid(view, maxPoints) {
    if (view.numericX) {
        const sorted = view.series.map((s) => mergeSameX(s.points));
        const all = [...new Set(sorted.flatMap((points) => points.map((p) => p.x)))].sort((a, b) => a - b);
        const xs = (0,bound/* evenIndexes */.d)(all.length, maxPoints).map((i) => all[i]);
        return { xs, values: sorted.map((points) => xs.map((x) => interpolate(points, x))) };
    }
    const order = [];
    for (const s of view.series)
        for (const p of s.points)
            if (!order.includes(String(p.x)))
                order.push(String(p.x));
    const xs = (0,bound/* evenIndexes */.d)(order.length, maxPoints).map((i) => order[i]);
    return {
        xs,
        values: view.series.map((s) => {
            const byX = new Map(s.points.map((p) => [String(p.x), p.y]));
            return xs.map((x) => byX.get(x) ?? null);
        }),
    };
}
/** Sorted by x; points sharing an x (scatter plots) averaged into one. */
function mergeSameX(points) {
    const sums = new Map();
    for (const p of points) {
        const x = p.x;
        const entry = sums.get(x) ?? { sum: 0, n: 0 };
        entry.sum += p.y;
        entry.n += 1;
        sums.set(x, entry);
    }
    return [...sums.entries()].sort((a, b) => a[0] - b[0]).map(([x, e]) => ({ x, y: e.sum / e.n }));
}
function interpolate(points, x) {
    let lo = 0;
    let hi = points.length - 1;
    const first = points[0];
    const last = points[hi];
    if (!first || !last || x < first.x || x > last.x)
        return null;
    while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (points[mid].x <= x)
            lo = mid;
        else
            hi = mid;
    }
    const a = points[lo];
    const b = points[hi];
    if (a.x === x)
        return a.y;
    if (b.x === x)
        return b.y;
    return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
}

;// CONCATENATED MODULE: ./src/report/plots-text.ts
function sideNames(baseline) {
    if (!baseline)
        return { base: 'base', head: 'This run' };
    return baseline.kind === 'previous'
        ? { base: `Previous run (${baseline.branch})`, head: 'This run' }
        : { base: `${baseline.branch} (base)`, head: 'This PR' };
}
/** Up to 6 significant digits, no exponent for everyday magnitudes. */
function formatNumber(value) {
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return String(value);
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return value.toExponential(3);
    return String(Number(value.toPrecision(6)));
}
/** A change with its sign (`+0.12`, `−3`), or empty for no change. */
function formatDelta(value) {
    if (value === 0)
        return '';
    return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}

;// CONCATENATED MODULE: ./src/report/plots-svg.ts



const W = 720;
const H = 340;
const M = { left: 64, right: 16, top: 16, bottom: 48 };
const COLOURS = [
    { base: '#9ecbff', head: '#0969da' },
    { base: '#ffaba8', head: '#cf222e' },
    { base: '#8ddb8c', head: '#1a7f37' },
    { base: '#f5d67b', head: '#9a6700' },
    { base: '#d8b9ff', head: '#8250df' },
    { base: '#a5e7ef', head: '#0a7ea4' },
];
/** Rows of the values table under a chart. */
const TABLE_POINTS = 100;
function plotsPage(views, options) {
    const body = views.length
        ? views.map((v) => section(v, options)).join('\n')
        : '<p>No plots: declare them in <code>plots:</code> (see docs/manifest.md), then run the pipeline.</p>';
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(options.title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:780px;color:#1f2328;padding:0 1rem}
h2{font-size:1.1rem;margin-top:2.5rem}
svg{max-width:100%;height:auto;background:#fff}
.legend span{display:inline-block;margin-right:1rem}
.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em}
.note{color:#59636e;font-size:.9rem}
table{border-collapse:collapse;font-size:.85rem}
td,th{border:1px solid #d1d9e0;padding:.2rem .5rem;text-align:right}
</style>
</head>
<body>
<h1>${esc(options.title)}</h1>
<p class="note">${esc(options.names.base)} vs ${esc(options.names.head)}</p>
${body}
</body>
</html>
`;
}
function section(view, options) {
    if (view.kind === 'image') {
        const src = options.imageSrc?.(view.file);
        return `<section><h2>${esc(view.file)}</h2>${src ? `<img alt="${esc(view.file)}" src="${esc(src)}" style="max-width:100%">` : '<p class="note">Image not found in the workspace.</p>'}</section>`;
    }
    if (view.kind === 'confusion')
        return confusionSection(view, options);
    return chartSection(view, options);
}
function colour(series, s) {
    const labels = [...new Set(series.map((x) => x.label))];
    const entry = COLOURS[labels.indexOf(s.label) % COLOURS.length] ?? COLOURS[0];
    return s.side === 'base' ? entry.base : entry.head;
}
function chartSection(view, options) {
    const legend = view.series
        .map((s) => `<span><i style="background:${colour(view.series, s)}"></i>${esc(s.label)}: ${esc(s.side === 'base' ? options.names.base : options.names.head)}</span>`)
        .join('');
    const problems = view.problems.length
        ? `<p class="note">${view.problems.map(esc).join('; ')}</p>`
        : '';
    const svg = view.series.length
        ? view.style === 'bar'
            ? barChart(view)
            : lineChart(view)
        : '<p class="note">No numeric values to draw.</p>';
    return `<section><h2>${esc(view.title)}</h2>
<div class="legend">${legend}</div>
${svg}
${problems}${view.sampled ? '<p class="note">Long files were thinned evenly when recorded.</p>' : ''}
${valuesTable(view, options)}</section>`;
}
/** Lines (or points for scatter) at their true x positions; categories evenly spaced. */
function lineChart(view) {
    const categories = view.numericX
        ? []
        : [...new Set(view.series.flatMap((s) => s.points.map((p) => String(p.x))))];
    const xOf = (x) => view.numericX ? x : categories.indexOf(String(x));
    const xs = view.series.flatMap((s) => s.points.map((p) => xOf(p.x)));
    const ys = view.series.flatMap((s) => s.points.map((p) => p.y));
    const [x0, x1] = extent(xs);
    const [y0, y1] = padded(extent(ys));
    const sx = (x) => M.left + ((x - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
    const sy = (y) => H - M.bottom - ((y - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
    const marks = view.series
        .map((s) => {
        const c = colour(view.series, s);
        const pts = s.points.map((p) => [sx(xOf(p.x)), sy(p.y)]);
        if (view.style === 'scatter')
            return pts
                .map(([x, y]) => `<circle cx="${r(x)}" cy="${r(y)}" r="3" fill="${c}" fill-opacity="0.8"/>`)
                .join('');
        const sorted = view.numericX ? [...pts].sort((a, b) => a[0] - b[0]) : pts;
        return `<polyline fill="none" stroke="${c}" stroke-width="2" points="${sorted.map(([x, y]) => `${r(x)},${r(y)}`).join(' ')}"/>`;
    })
        .join('\n');
    const xTicks = view.numericX
        ? ticks(x0, x1).map((t) => ({ at: sx(t), label: formatNumber(t) }))
        : thinLabels(categories).map(([i, label]) => ({ at: sx(i), label }));
    return plots_svg_frame(marks, xTicks, ticks(y0, y1).map((t) => ({ at: sy(t), label: formatNumber(t) })), view);
}
/** Horizontal bars, one row per category: the base bar light above this run's. */
function barChart(view) {
    const categories = [
        ...new Set(view.series.flatMap((s) => s.points.map((p) => String(p.x)))),
    ].slice(0, 60);
    const values = view.series.flatMap((s) => s.points.map((p) => p.y));
    const [lo, hi] = extent([0, ...values]);
    const rowH = 22;
    const height = M.top + M.bottom + categories.length * rowH;
    const left = 160;
    const sx = (v) => left + ((v - lo) / (hi - lo || 1)) * (W - left - M.right);
    const band = rowH / Math.max(1, view.series.length + 1);
    const bars = categories
        .map((cat, i) => view.series
        .map((s, j) => {
        const p = s.points.find((q) => String(q.x) === cat);
        if (!p)
            return '';
        const x = Math.min(sx(0), sx(p.y));
        return `<rect x="${r(x)}" y="${r(M.top + i * rowH + j * band + band / 2)}" width="${r(Math.abs(sx(p.y) - sx(0)))}" height="${r(band)}" fill="${colour(view.series, s)}"><title>${esc(cat)}: ${esc(formatNumber(p.y))}</title></rect>`;
    })
        .join('') +
        `<text x="${left - 6}" y="${r(M.top + i * rowH + rowH / 2 + 4)}" text-anchor="end" font-size="11">${esc(cat.slice(0, 24))}</text>`)
        .join('\n');
    const axis = ticks(lo, hi)
        .map((t) => `<line x1="${r(sx(t))}" x2="${r(sx(t))}" y1="${M.top}" y2="${height - M.bottom}" stroke="#eaeef2"/><text x="${r(sx(t))}" y="${height - M.bottom + 16}" text-anchor="middle" font-size="11">${esc(formatNumber(t))}</text>`)
        .join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${height}" role="img" aria-label="${esc(view.title)}">${axis}${bars}<text x="${r((left + W) / 2)}" y="${height - 8}" text-anchor="middle" font-size="12">${esc(view.yLabel)}</text></svg>`;
}
function plots_svg_frame(marks, xTicks, yTicks, view) {
    const grid = yTicks
        .map((t) => `<line x1="${M.left}" x2="${W - M.right}" y1="${r(t.at)}" y2="${r(t.at)}" stroke="#eaeef2"/><text x="${M.left - 6}" y="${r(t.at + 4)}" text-anchor="end" font-size="11">${esc(t.label)}</text>`)
        .join('');
    const xAxis = xTicks
        .map((t) => `<text x="${r(t.at)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11">${esc(t.label)}</text>`)
        .join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(view.title)}">
${grid}<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#8c959f"/>${xAxis}
${marks}
<text x="${r((M.left + W - M.right) / 2)}" y="${H - 8}" text-anchor="middle" font-size="12">${esc(view.xLabel)}</text>
<text transform="translate(14 ${r((M.top + H - M.bottom) / 2)}) rotate(-90)" text-anchor="middle" font-size="12">${esc(view.yLabel)}</text>
</svg>`;
}
function valuesTable(view, options) {
    if (view.series.length === 0)
        return '';
    const grid = chartGrid(view, TABLE_POINTS);
    const head = `<tr><th>${esc(view.xLabel)}</th>${view.series.map((s) => `<th>${esc(s.label)}: ${esc(s.side === 'base' ? options.names.base : options.names.head)}</th>`).join('')}</tr>`;
    const rows = grid.xs
        .map((x, i) => `<tr><td>${esc(typeof x === 'number' ? formatNumber(x) : x)}</td>${grid.values.map((v) => `<td>${v[i] === null || v[i] === undefined ? '—' : esc(formatNumber(v[i]))}</td>`).join('')}</tr>`)
        .join('');
    return `<details><summary>Values</summary><table>${head}${rows}</table></details>`;
}
function confusionSection(view, options) {
    const tables = view.matrices.map((m) => {
        const labels = matrixLabels(m.head, m.base).slice(0, 60);
        const cells = labels.flatMap((x) => labels.map((y) => (m.head ? matrixCell(m.head, x, y, view.normalized) : 0)));
        const max = Math.max(1e-9, ...cells);
        const format = (v) => (view.normalized ? v.toFixed(2) : formatNumber(v));
        const rows = labels
            .map((x) => {
            const tds = labels
                .map((y) => {
                const h = m.head ? matrixCell(m.head, x, y, view.normalized) : undefined;
                const b = m.base ? matrixCell(m.base, x, y, view.normalized) : undefined;
                const delta = h !== undefined && b !== undefined ? formatDelta(Number(format(h - b))) : '';
                const alpha = h === undefined ? 0 : (h / max) * 0.6;
                return `<td style="background:rgba(9,105,218,${alpha.toFixed(2)})">${h === undefined ? '—' : esc(format(h))}${delta ? ` <small>(${esc(delta)})</small>` : ''}</td>`;
            })
                .join('');
            return `<tr><th>${esc(x)}</th>${tds}</tr>`;
        })
            .join('');
        const caption = `${esc(view.xField)} (rows) × ${esc(m.yField)} (columns)${view.matrices.length > 1 ? `, ${esc(m.label)}` : ''}${m.base ? `; changes against ${esc(options.names.base)} in brackets` : ''}`;
        return `<p class="note">${caption}</p><table><tr><th></th>${labels.map((l) => `<th>${esc(l)}</th>`).join('')}</tr>${rows}</table>`;
    });
    const problems = view.problems.length
        ? `<p class="note">${view.problems.map(esc).join('; ')}</p>`
        : '';
    return `<section><h2>${esc(view.title)}</h2>${tables.join('\n')}${problems}</section>`;
}
function extent(values) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
    }
    return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}
function padded([lo, hi]) {
    const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
    return [lo - pad, hi + pad];
}
/** About five round tick values over [lo, hi]. */
function ticks(lo, hi) {
    const span = hi - lo || 1;
    const step0 = Math.pow(10, Math.floor(Math.log10(span / 5)));
    const step = [1, 2, 5, 10].map((m) => m * step0).find((s) => span / s <= 6) ?? step0 * 10;
    const out = [];
    for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9 && out.length < 12; t += step)
        out.push(Number(t.toPrecision(12)));
    return out;
}
function thinLabels(categories) {
    const every = Math.max(1, Math.ceil(categories.length / 10));
    return categories.flatMap((c, i) => i % every === 0 ? [[i, c.slice(0, 16)]] : []);
}
function r(n) {
    return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : '0';
}
function esc(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}

// EXTERNAL MODULE: ./src/entry/cli/context.ts + 4 modules
var context = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/entry/cli/commands/last-run.ts
var last_run = __webpack_require__(70);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/commands/plots.ts












/** Where the page goes without --out, inside the project. */
const DEFAULT_OUT = '.reprokit/plots';
/**
 * `reprokit plots show` and `reprokit plots diff [REV]`: the declared plots as one offline HTML
 * page (src/report/plots-svg.ts). The head side is the workspace's files; the base side the same
 * files as committed at REV (git show), or without REV what the last run recorded.
 */
async function run(args, io) {
    const [sub, rev, ...extra] = args.operands;
    if ((sub !== 'show' && sub !== 'diff') || extra.length > 0 || (sub === 'show' && rev)) {
        io.stderr.write(`reprokit: usage: reprokit plots show [--out DIR] | reprokit plots diff [REV] [--out DIR]` +
            `${sub && sub !== 'show' && sub !== 'diff' ? ` (not "${sub}")` : ''}\n`);
        return context/* EXIT */.dc.usage;
    }
    if (rev?.startsWith('-')) {
        io.stderr.write(`reprokit: "${rev}" is not a git revision\n`);
        return context/* EXIT */.dc.usage;
    }
    const session = await (0,context/* openForCli */.Ec)(args, io, { emit: () => undefined });
    if (typeof session === 'number')
        return session;
    session.close();
    const warn = (message) => io.stderr.write(`reprokit: warning: ${message}\n`);
    const definitions = (0,capture/* pipelinePlots */.P9)(session.project.pipeline);
    const head = await workspacePlots(session.root, definitions, warn);
    let base;
    if (sub === 'diff') {
        const read = rev === undefined
            ? await lastRunPlots(session)
            : await gitPlots(session.root, rev, definitions, warn);
        if (typeof read === 'string') {
            io.stderr.write(`reprokit: ${read}\n`);
            return context/* EXIT */.dc.usage;
        }
        base = read;
    }
    const out = (0,external_node_path_.resolve)(io.cwd, (0,spec/* text */.Qq)(args, 'out') ?? (0,external_node_path_.join)(session.root, DEFAULT_OUT));
    (0,external_node_fs_.mkdirSync)(out, { recursive: true });
    const images = copyImages(session.root, definitions, out);
    const page = plotsPage(plotViews(definitions, head, base), {
        title: `Plots of ${session.manifest}`,
        names: { base: rev ?? 'last run', head: 'workspace' },
        imageSrc: (file) => images.get(file),
    });
    const index = (0,external_node_path_.join)(out, 'index.html');
    (0,external_node_fs_.writeFileSync)(index, page);
    io.stdout.write(`${index}\n`);
    return context/* EXIT */.dc.ok;
}
/** The data files the definitions name (a directory: the data files under it), by root-relative path. */
function definedFiles(definitions) {
    return [...new Set(definitions.filter((d) => !d.image).flatMap(capture/* definitionFiles */.pL))];
}
/** A data file bounded as a run records it (confusion matrices collapsed, other tables thinned). */
async function readTable(path, text, definitions, warn, where = '') {
    const parsed = await (0,parse/* parsePlotFile */.x)(path, text);
    if (!parsed.ok) {
        warn(`${where}${parsed.error}`);
        return undefined;
    }
    const recorded = (0,bound/* recordedTable */.l)(path, parsed.value, {
        collapse: (0,capture/* collapsesFile */.jR)(definitions, path),
    });
    if (!recorded.ok)
        warn(`${where}${recorded.notice}`);
    return recorded.ok ? recorded.table : undefined;
}
async function workspacePlots(root, definitions, warn) {
    const tables = new Map();
    for (const path of definedFiles(definitions).flatMap((p) => filesUnder(root, p))) {
        const format = (0,parse/* plotFormat */.L9)(path);
        if (!format || format === 'image')
            continue;
        const table = await readTable(path, readFileSyncText((0,external_node_path_.join)(root, path)), definitions, warn);
        if (table)
            tables.set(path, table);
    }
    return tables;
}
/** The path itself when it is a file; the files under it when a directory; nothing when missing. */
function filesUnder(root, path) {
    const full = (0,external_node_path_.join)(root, path);
    if (!(0,external_node_fs_.existsSync)(full))
        return [];
    if (!(0,external_node_fs_.statSync)(full).isDirectory())
        return [path];
    return (0,external_node_fs_.readdirSync)(full, { recursive: true })
        .map((f) => `${path}/${f.split('\\').join('/')}`)
        .filter((f) => (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, f)).isFile())
        .sort()
        .slice(0, 200);
}
/** A data file's text; over the parse limit it is not read at all. */
function readFileSyncText(path) {
    try {
        return (0,external_node_fs_.statSync)(path).size > types/* PLOT_LIMITS */.dz.fileBytes ? '' : (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}
/** The plot rows the last run recorded, by data file. */
async function lastRunPlots(session) {
    const records = await (0,last_run/* lastRunRecords */.K)(session);
    return new Map(records.flatMap((record) => Object.entries(record.plots ?? {})));
}
/** The data files as committed at REV, or why they cannot be read. */
async function gitPlots(root, rev, definitions, warn) {
    const git = (argv) => (0,external_node_child_process_.spawnSync)('git', argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const check = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    if (check.error)
        return `git is not available: ${check.error.message}`;
    if (check.status !== 0)
        return `"${rev}" is not a git revision of ${root} (git rev-parse found no commit)`;
    const tables = new Map();
    for (const path of definedFiles(definitions)) {
        // `./path` is relative to the working directory: the project may be a subdirectory.
        const listed = git(['ls-tree', '-r', '--name-only', rev, '--', `./${path}`]);
        const files = listed.status === 0 ? listed.stdout.split('\n').filter(Boolean).slice(0, 200) : [];
        for (const file of files) {
            const format = (0,parse/* plotFormat */.L9)(file);
            if (!format || format === 'image')
                continue;
            const shown = git(['show', `${rev}:./${file}`]);
            if (shown.status !== 0)
                continue;
            const table = await readTable(file, shown.stdout, definitions, warn, `at ${rev}, `);
            if (table)
                tables.set(file, table);
        }
    }
    return tables;
}
/** Image plots copied beside the page (so it opens offline, anywhere): file → relative src. */
function copyImages(root, definitions, out) {
    const sources = new Map();
    for (const d of definitions.filter((x) => x.image)) {
        const file = d.id;
        const from = (0,external_node_path_.join)(root, file);
        if (!(0,external_node_fs_.existsSync)(from) || !(0,external_node_fs_.statSync)(from).isFile())
            continue;
        const to = (0,external_node_path_.join)(out, 'images', file);
        if ((0,external_node_path_.relative)((0,external_node_path_.join)(out, 'images'), to).startsWith('..'))
            continue;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(to), { recursive: true });
        (0,external_node_fs_.copyFileSync)(from, to);
        sources.set(file, `images/${file.split('/').map(encodeURIComponent).join('/')}`);
    }
    return sources;
}


/***/ })

};

//# sourceMappingURL=594.index.js.map