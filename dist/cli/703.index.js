export const id = 703;
export const ids = [703];
export const modules = {

/***/ 2184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ formatDuration),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Human-friendly figures shared by the CLI and the action's summaries. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}


/***/ }),

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
// EXTERNAL MODULE: ./src/core/manifest/source.ts
var source = __webpack_require__(7796);
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

// EXTERNAL MODULE: ./src/entry/cli/context.ts + 4 modules
var context = __webpack_require__(9415);
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
    const base = rev === undefined ? await lastRunMetrics(session) : await gitMetrics(session, rev, warn);
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
async function parseMetrics(path, text, warn, where) {
    const parsed = await (0,source/* parseYaml */.hN)(path, text);
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
        const value = await parseMetrics(path, text, warn, '');
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
async function gitMetrics(session, rev, warn) {
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
        const value = await parseMetrics(path, shown.stdout, warn, `at ${rev}, `);
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


/***/ }),

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ CliReporter),
/* harmony export */   jb: () => (/* binding */ summaryTable),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2184);
/* harmony import */ var _report_failures_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7999);
/* harmony import */ var _report_reasons_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7063);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8546);




const SYMBOL = {
    ran: '✔',
    restored: '↺',
    fresh: '·',
    failed: '✖',
    skipped: '-',
};
const STYLE = {
    ran: 'green',
    restored: 'cyan',
    fresh: 'dim',
    failed: 'red',
    skipped: 'yellow',
};
/** Work shorter than this shows no progress at all. */
const PROGRESS_AFTER_MS = 1000;
/**
 * Prints a run as it happens: each stage's output behind a `name │` prefix, one line per
 * finished stage, and (on a terminal) a progress line that shows what is running.
 */
class CliReporter {
    log;
    progressShown = false;
    partial = new Map();
    width = 0;
    paint;
    live;
    now;
    started;
    stages = { done: 0, total: 0, running: [] };
    checked = { files: 0, bytes: 0 };
    finished = false;
    constructor(log, options = {}) {
        this.log = log;
        this.paint = options.paint ?? (0,_color_js__WEBPACK_IMPORTED_MODULE_0__/* .painter */ .C)(false);
        this.live = options.live ?? log.isTTY === true;
        this.now = options.now ?? Date.now;
        this.started = this.now();
    }
    /** Files whose digests the run needed (hashed, or vouched for by the stat cache). */
    filesChecked(files, bytes) {
        this.checked.files += files;
        this.checked.bytes += bytes;
        this.drawProgress();
    }
    setStageNames(names) {
        this.width = Math.min(24, Math.max(0, ...names.map((n) => n.length)));
    }
    handle(event) {
        switch (event.type) {
            case 'stage-start':
                this.line(`▶ ${event.stage}${event.reasons.length ? `  (${(0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReasons */ .e1)(event.reasons)})` : ''}`);
                break;
            case 'stage-output':
                this.output(event.stage, event.chunk);
                break;
            case 'stage-end':
                this.flushPartial(event.report.name);
                this.line(this.paint(STYLE[event.report.result], describeEnd(event.report)));
                break;
            case 'persist-restored':
                this.line(`↺ ${event.stage}: ${(0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .persistRestoredText */ .AW)(event)}`);
                break;
            case 'stage-retry':
                this.line(this.paint('yellow', `↻ ${(0,_report_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .retryText */ .qL)(event)}`));
                break;
            case 'warning':
                this.line(`warning: ${event.message}`);
                break;
            case 'progress':
                this.stages = { done: event.done, total: event.total, running: event.running };
                this.drawProgress();
                break;
        }
    }
    output(stage, chunk) {
        const text = (this.partial.get(stage) ?? '') + chunk;
        const lines = text.split('\n');
        this.partial.set(stage, lines.pop() ?? '');
        for (const line of lines)
            this.line(`${stage.padEnd(this.width)} │ ${line}`);
    }
    flushPartial(stage) {
        const rest = this.partial.get(stage);
        if (rest)
            this.line(`${stage.padEnd(this.width)} │ ${rest}`);
        this.partial.delete(stage);
    }
    line(text) {
        this.clearProgress();
        this.log.write(text + '\n');
    }
    /** The live line, on a terminal, once the work has lasted over a second. */
    drawProgress() {
        if (!this.live || this.finished || this.now() - this.started < PROGRESS_AFTER_MS)
            return;
        this.clearProgress();
        const { running } = this.stages;
        const names = running.length
            ? `  running: ${running.slice(0, 4).join(', ')}${running.length > 4 ? ', …' : ''}`
            : '';
        this.log.write(`${this.progressText()}${names}`.slice(0, 120));
        this.progressShown = true;
    }
    progressText() {
        const { done, total } = this.stages;
        const files = this.checked.files
            ? `  ${this.checked.files} files (${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(this.checked.bytes)}) checked`
            : '';
        return `[${done}/${total}]${files}`;
    }
    clearProgress() {
        if (!this.progressShown)
            return;
        this.log.write('\r\x1b[2K');
        this.progressShown = false;
    }
    /**
     * Clears the live line. Without one (not a terminal, or --json), work that lasted over a
     * second gets one final line instead, so CI logs are not flooded but still say what was done.
     */
    finish() {
        this.clearProgress();
        if (this.finished)
            return;
        this.finished = true;
        const elapsed = this.now() - this.started;
        if (this.live || elapsed < PROGRESS_AFTER_MS)
            return;
        if (this.stages.total === 0 && this.checked.files === 0)
            return;
        const { done, total } = this.stages;
        const files = this.checked.files
            ? `, ${this.checked.files} files (${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(this.checked.bytes)}) checked`
            : '';
        this.log.write(`reprokit: ${done}/${total} stages done${files} in ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(elapsed)}\n`);
    }
}
function describeEnd(report) {
    const symbol = SYMBOL[report.result];
    switch (report.result) {
        case 'ran':
            return `${symbol} ${report.name} ran in ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(report.durationMs)}${(0,_report_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .passedOnText */ .dr)(report) ? ` (${(0,_report_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .passedOnText */ .dr)(report)})` : ''}`;
        case 'restored':
            return `${symbol} ${report.name} restored from cache (${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(report.restoredBytes ?? 0)})`;
        case 'fresh':
            return `${symbol} ${report.name} ${report.status === 'cached' ? 'fresh in cache (not restored: nothing needs it)' : 'fresh'}`;
        case 'failed':
            return `${symbol} ${report.name} failed: ${(0,_report_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .stageErrorText */ .WL)(report)}`;
        case 'skipped':
            return `${symbol} ${report.name} skipped: ${(0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReasons */ .e1)(report.reasons)}`;
    }
}
/** The end-of-run table. */
function summaryTable(report) {
    const rows = report.stages.map((s) => [
        s.name,
        s.result,
        s.result === 'ran' || s.result === 'failed' ? (0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(s.durationMs) : '',
        why(s),
    ]);
    const counts = new Map();
    for (const s of report.stages)
        counts.set(s.result, (counts.get(s.result) ?? 0) + 1);
    const saved = report.stages.reduce((sum, s) => sum + (s.result === 'fresh' || s.result === 'restored' ? (s.savedMs ?? 0) : 0), 0);
    const totals = [...counts].map(([result, n]) => `${n} ${result}`).join(', ');
    return `${table(['stage', 'result', 'time', 'why'], rows)}\n${totals} in ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(report.durationMs)}${saved > 0 ? `; reuse saved about ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a)(saved)}` : ''}\n`;
}
function why(s) {
    if (s.result === 'failed')
        return (0,_report_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .stageErrorText */ .WL)(s);
    if ((0,_report_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .passedOnText */ .dr)(s))
        return [(0,_report_failures_js__WEBPACK_IMPORTED_MODULE_2__/* .passedOnText */ .dr)(s), (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReasons */ .e1)(s.reasons)].filter(Boolean).join('; ');
    if (s.result === 'fresh' && s.status === 'fresh')
        return s.reasons.length ? (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReasons */ .e1)(s.reasons) : 'up to date';
    if (s.result === 'fresh')
        return 'in cache, not needed here';
    return (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReasons */ .e1)(s.reasons);
}
function table(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.min(60, (r[i] ?? '').length))));
    const format = (cells) => cells
        .map((c, i) => {
        const w = widths[i];
        const text = c.length > 60 && i === cells.length - 1 ? c : c.length > w ? c.slice(0, w - 1) + '…' : c;
        return i === cells.length - 1 ? text : text.padEnd(w);
    })
        .join('  ')
        .trimEnd();
    return [format(header), format(widths.map((w) => '─'.repeat(w))), ...rows.map(format)].join('\n');
}


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WL: () => (/* binding */ stageErrorText),
/* harmony export */   dr: () => (/* binding */ passedOnText),
/* harmony export */   qL: () => (/* binding */ retryText)
/* harmony export */ });
/* unused harmony exports failureText, attemptText */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2184);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9294);


/** The one place a failed run of commands becomes words (CLI, action log, summary, JSON). */
function failureText(failure) {
    switch (failure.kind) {
        case 'exited':
            return `the command exited with code ${failure.code}`;
        case 'killed':
            return `the command was killed by ${failure.signal}`;
        case 'could-not-start':
            return `the command could not start: ${failure.detail}`;
        case 'timed-out':
            return `timed out after ${failure.after.text}`;
        case 'interrupted':
            return 'interrupted';
        case 'outputs-missing':
            return `the command succeeded but did not write ${failure.paths.map((m) => `"${m}"`).join(', ')}, declared in outs`;
        case 'container-unavailable':
            return `it runs in image ${failure.image}, but ${failure.runtime} could not be used: ${failure.detail}; install ${failure.runtime}, or run the whole job in a container (docs/manifest.md#containers)`;
        default:
            return (0,_core_result_js__WEBPACK_IMPORTED_MODULE_0__/* .unreachable */ .H)(failure);
    }
}
/** Why a stage failed, with the attempt when it had retries: "timed out after 10m (attempt 3 of 3)". */
function stageErrorText(report) {
    const base = report.failure ? failureText(report.failure) : (report.error ?? 'failed');
    return report.attempt ? `${base} (attempt ${attemptText(report.attempt)})` : base;
}
function attemptText(attempt) {
    return `${attempt.number} of ${attempt.of}`;
}
/** "passed on attempt 2" for a stage that needed more than one; '' otherwise. */
function passedOnText(report) {
    return report.result === 'ran' && report.attempt && report.attempt.number > 1
        ? `passed on attempt ${report.attempt.number}`
        : '';
}
/** A log line for a failed attempt that is followed by another. */
function retryText(event) {
    const next = `attempt ${attemptText({ number: event.attempt + 1, of: event.of })}`;
    return `${event.stage}: attempt ${attemptText({ number: event.attempt, of: event.of })} failed: ${failureText(event.failure)}; ${next} ${event.delayMs > 0 ? `in ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(event.delayMs)}` : 'now'}`;
}


/***/ }),

/***/ 7063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ persistRestoredText),
/* harmony export */   Nx: () => (/* binding */ reasonTexts),
/* harmony export */   e1: () => (/* binding */ renderReasons),
/* harmony export */   f3: () => (/* binding */ statusAction)
/* harmony export */ });
/* unused harmony exports renderReason, renderStopCause */
/* harmony import */ var _core_dvc_missing_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3926);
/* harmony import */ var _core_reasons_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9186);


/**
 * The one place reasons become words: the CLI, the action's log, the job summary and the PR
 * comment all call these. Wording can change here without changing any behaviour.
 */
function renderReason(reason) {
    switch (reason.kind) {
        case 'never-run':
            return 'never run';
        case 'key-format-changed':
            return 'recorded by an older reprokit (key format changed)';
        case 'cmd-changed':
            return 'command changed';
        case 'shell-changed':
            return `shell changed: ${reason.from} → ${reason.to}`;
        case 'wdir-changed':
            return `wdir changed: ${show(reason.from || '.')} → ${show(reason.to || '.')}`;
        case 'env-changed':
            return `env ${reason.name} changed`;
        case 'image-changed':
            return `image changed: ${reason.from ?? '(none)'} → ${reason.to ?? '(none)'}`;
        case 'param-changed':
            return `param ${reason.key} changed: ${show(reason.from)} → ${show(reason.to)}`;
        case 'dep-added':
            return `dep ${reason.path} added`;
        case 'dep-removed':
            return `dep ${reason.path} removed`;
        case 'dep-changed':
            return `dep ${reason.path} changed`;
        case 'outs-changed':
            return 'declared outputs changed';
        case 'needs-changed':
            return 'needs changed';
        case 'salt-changed':
            return 'cache salt changed';
        case 'no-record':
            return 'no record for this key';
        case 'output-missing':
            return `output ${reason.path} missing`;
        case 'output-modified':
            return `output ${reason.path} modified`;
        case 'forced':
            return 'forced';
        case 'always-run':
            return 'always_run';
        case 'frozen':
            return 'frozen';
        case 'upstream-will-run':
            return `upstream stage ${reason.stage} will run`;
        case 'upstream-unusable':
            return `upstream stage ${reason.stage} ${reason.result}`;
        case 'not-started':
            return `not started: ${renderStopCause(reason.cause)}`;
        case 'cache-entry-unusable':
            return `cache entry unusable (${reason.detail})`;
        case 'input-missing':
        case 'param-missing':
            return (0,_core_dvc_missing_input_js__WEBPACK_IMPORTED_MODULE_0__/* .renderMissingInput */ .nN)(reason);
        default:
            return (0,_core_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachable */ .H)(reason);
    }
}
function renderStopCause(cause) {
    switch (cause.kind) {
        case 'interrupted':
            return 'interrupted';
        case 'stage-failed':
            return `stage ${cause.stage} failed`;
        default:
            return (0,_core_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachable */ .H)(cause);
    }
}
/** Each reason in words, in order (the `reasons` field of the JSON outputs). */
function reasonTexts(reasons) {
    return reasons.map(renderReason);
}
/** Reasons on one line, `; `-separated. */
function renderReasons(reasons) {
    return reasons.map(renderReason).join('; ');
}
/**
 * What will be done about a stage's status, said apart from why: "fresh" and "stale" speak for
 * themselves, a cached stage's result is available without running it.
 */
function statusAction(status) {
    switch (status) {
        case 'fresh':
            return 'up to date';
        case 'cached':
            return 'result available in the cache';
        case 'stale':
            return 'will run';
        default:
            return (0,_core_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachable */ .H)(status);
    }
}
function show(value) {
    if (value === undefined)
        return '(unset)';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 60 ? text.slice(0, 57) + '...' : text;
}
/** "persisted _targets restored from the run of 2026-12-01T10:00:00.000Z (key 1a2b3c4d…)". */
function persistRestoredText(restored) {
    return `persisted ${restored.paths.join(', ')} restored from the run of ${restored.createdAt} (key ${restored.fromKey.slice(0, 12)}…)`;
}


/***/ })

};

//# sourceMappingURL=703.index.js.map