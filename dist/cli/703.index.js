export const id = 703;
export const ids = [703];
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

/***/ 8703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/core/manifest/source.ts + 1 modules
var source = __webpack_require__(7595);
;// CONCATENATED MODULE: ./src/report/metrics.ts
function flattenMetrics(value, prefix = '', into = new Map()) {
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
        into.set(prefix || 'value', value);
    }
    else if (Array.isArray(value)) {
        value.forEach((item, i) => flattenMetrics(item, prefix ? `${prefix}.${i}` : String(i), into));
    }
    else if (typeof value === 'object' && value !== null) {
        for (const [key, item] of Object.entries(value))
            flattenMetrics(item, prefix ? `${prefix}.${key}` : key, into);
    }
    return into;
}
/** Every metric of either side, file by file, in a stable order. */
function diffMetrics(head, base) {
    const rows = [];
    const files = [...new Set([...head.keys(), ...(base?.keys() ?? [])])].sort();
    for (const file of files) {
        const now = flattenMetrics(head.get(file));
        const before = base?.has(file) ? flattenMetrics(base.get(file)) : new Map();
        const names = [...new Set([...now.keys(), ...before.keys()])].sort();
        for (const name of names) {
            const h = now.get(name);
            const b = before.get(name);
            rows.push({
                file,
                name,
                ...(b !== undefined ? { base: b } : {}),
                ...(h !== undefined ? { head: h } : {}),
                ...(typeof h === 'number' && typeof b === 'number' ? { change: h - b } : {}),
            });
        }
    }
    return rows;
}
/** Numbers as a person writes them: up to 4 significant decimals, thousands separated, no -0. */
function formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Object.is(value, -0) || value === 0)
        return '0';
    const abs = Math.abs(value);
    if (abs >= 1e15 || abs < 1e-4)
        return value.toExponential(3);
    if (Number.isInteger(value))
        return value.toLocaleString('en-US');
    const text = abs < 1
        ? value.toLocaleString('en-US', { maximumSignificantDigits: 4 })
        : value.toLocaleString('en-US', { maximumFractionDigits: abs >= 1000 ? 2 : 4 });
    return text === '-0' ? '0' : text;
}
function formatValue(value) {
    if (value === undefined)
        return '—';
    return typeof value === 'number' ? formatNumber(value) : String(value);
}
/** "+0.012 (+2.4%)", "−3", or "" when nothing changed or one side is missing. */
function formatChange(row) {
    if (row.change === undefined) {
        if (row.base === undefined && row.head !== undefined)
            return 'new';
        if (row.head === undefined && row.base !== undefined)
            return 'removed';
        return row.base === row.head ? '' : 'changed';
    }
    if (row.change === 0)
        return '';
    const sign = row.change > 0 ? '+' : '−';
    const magnitude = formatNumber(Math.abs(row.change));
    const base = row.base;
    const ratio = Math.abs((row.change / base) * 100);
    const digits = ratio >= 10 ? 1 : 2;
    const percent = base !== 0
        ? ` (${sign}${ratio.toLocaleString('en-US', { maximumFractionDigits: digits })}%)`
        : '';
    return `${sign}${magnitude}${percent}`;
}

// EXTERNAL MODULE: ./src/entry/cli/context.ts + 17 modules
var context = __webpack_require__(2434);
// EXTERNAL MODULE: ./src/entry/cli/commands/last-run.ts
var last_run = __webpack_require__(70);
// EXTERNAL MODULE: ./src/entry/cli/reporter.ts
var reporter = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/commands/metrics.ts







/**
 * `reprokit metrics show` and `reprokit metrics diff [REV]`: the workspace's metrics files (the
 * outputs marked `metric`), alone or beside those at a git revision or of the last run. Rows and
 * cells come from src/report/metrics.ts, as in the pull-request comment.
 */
async function run(args, io) {
    const [sub, rev, ...extra] = args.operands;
    if ((sub !== 'show' && sub !== 'diff') || extra.length > 0 || (sub === 'show' && rev)) {
        io.stderr.write(`reprokit: usage: reprokit metrics show | reprokit metrics diff [REV]` +
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
    const head = await workspaceMetrics(session, warn);
    if (sub === 'show') {
        const rows = diffMetrics(head, undefined);
        io.stdout.write((0,spec/* flag */.Jt)(args, 'json')
            ? JSON.stringify({ metrics: rows.map(({ file, name, head: value }) => ({ file, name, value })) }, null, 2) + '\n'
            : rows.length === 0
                ? 'No metrics: no output is marked `metric: true`, or none exists yet.\n'
                : (0,reporter/* table */.tp)(['file', 'metric', 'value'], rows.map((r) => [r.file, r.name, formatValue(r.head)])) + '\n');
        return context/* EXIT */.dc.ok;
    }
    const base = rev === undefined ? await lastRunMetrics(session) : gitMetrics(session, rev, warn);
    if (typeof base === 'string') {
        io.stderr.write(`reprokit: ${base}\n`);
        return context/* EXIT */.dc.usage;
    }
    const rows = diffMetrics(head, base);
    const against = rev ?? 'last run';
    io.stdout.write((0,spec/* flag */.Jt)(args, 'json')
        ? JSON.stringify({ base: against, rows }, null, 2) + '\n'
        : diffTable(rows, against));
    return context/* EXIT */.dc.ok;
}
function metricFiles(session) {
    return session.project.pipeline.stages.flatMap((s) => s.outs.filter((o) => o.metric).map((o) => o.path));
}
function parseMetrics(path, text, warn, where) {
    const parsed = (0,source/* parseYaml */.hN)(path, text);
    if (parsed.ok)
        return parsed.value;
    warn(`${where}${path} is not valid JSON or YAML; left out`);
    return undefined;
}
async function workspaceMetrics(session, warn) {
    const metrics = new Map();
    for (const path of metricFiles(session)) {
        const text = await session.workspace.readText(path);
        if (text === undefined)
            continue;
        const value = parseMetrics(path, text, warn, '');
        if (value !== undefined)
            metrics.set(path, value);
    }
    return metrics;
}
/** The metrics the last run recorded, per stage (from the state log: no cache access). */
async function lastRunMetrics(session) {
    const records = await (0,last_run/* lastRunRecords */.K)(session);
    return new Map(records.flatMap((record) => Object.entries(record.metrics ?? {})));
}
/** The metrics files as committed at REV, or why they cannot be read. */
function gitMetrics(session, rev, warn) {
    const git = (argv) => (0,external_node_child_process_.spawnSync)('git', argv, { cwd: session.root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const check = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    if (check.error)
        return `git is not available: ${check.error.message}`;
    if (check.status !== 0)
        return `"${rev}" is not a git revision of ${session.root} (git rev-parse found no commit)`;
    const metrics = new Map();
    for (const path of metricFiles(session)) {
        // `REV:./path` is relative to the working directory: the project may be a subdirectory.
        const shown = git(['show', `${rev}:./${path}`]);
        if (shown.status !== 0)
            continue; // not committed at REV: a new metric
        const value = parseMetrics(path, shown.stdout, warn, `at ${rev}, `);
        if (value !== undefined)
            metrics.set(path, value);
    }
    return metrics;
}
function diffTable(rows, against) {
    if (rows.length === 0)
        return 'No metrics on either side.\n';
    return ((0,reporter/* table */.tp)(['file', 'metric', against, 'workspace', 'change'], rows.map((r) => [r.file, r.name, formatValue(r.base), formatValue(r.head), formatChange(r)])) + '\n');
}


/***/ })

};

//# sourceMappingURL=703.index.js.map