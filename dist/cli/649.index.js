export const id = 649;
export const ids = [649];
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

/***/ 9649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openPlanCache: () => (/* binding */ openPlanCache),
  planDocument: () => (/* binding */ planDocument),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/fanout.ts
const DEFAULT_MAX_WAVES = 4;
const DEFAULT_MAX_GROUPS = 4;
/** Groups the stale stages into the fewest waves; stages not in the graph are an error. */
function planWaves(graph, stale) {
    const staleSet = new Set(stale);
    for (const name of staleSet)
        if (!graph.byName.has(name))
            throw new Error(`Internal error: unknown stage "${name}"`);
    const level = new Map();
    const waves = [];
    // graph.order is topological: every upstream stage has its level before its downstream ones.
    for (const stage of graph.order) {
        if (!staleSet.has(stage.name))
            continue;
        let wave = 0;
        for (const edge of graph.upstream.get(stage.name) ?? []) {
            const up = level.get(edge.from);
            if (up !== undefined && up + 1 > wave)
                wave = up + 1;
        }
        level.set(stage.name, wave);
        (waves[wave] ??= []).push(stage.name);
    }
    return waves.map((stages, wave) => ({ wave, stages }));
}
/** Splits `items` into at most `parts` contiguous, nearly equal, non-empty chunks. */
function chunk(items, parts) {
    const n = Math.max(1, Math.min(parts, items.length));
    const out = [];
    let start = 0;
    for (let i = 0; i < n; i++) {
        const size = Math.floor(items.length / n) + (i < items.length % n ? 1 : 0);
        out.push(items.slice(start, start + size));
        start += size;
    }
    return out.filter((c) => c.length > 0);
}
/** The waves as matrices for a workflow with a fixed number of wave jobs. */
function fanoutPlan(graph, stale, options = {}) {
    const maxWaves = options.maxWaves ?? DEFAULT_MAX_WAVES;
    const maxGroups = options.maxGroups ?? DEFAULT_MAX_GROUPS;
    if (!Number.isInteger(maxWaves) || maxWaves < 1)
        throw new Error(`Internal error: maxWaves must be a whole number >= 1, not ${maxWaves}`);
    if (!Number.isInteger(maxGroups) || maxGroups < 1)
        throw new Error(`Internal error: maxGroups must be a whole number >= 1, not ${maxGroups}`);
    const waves = planWaves(graph, stale);
    const overflow = waves.length > maxWaves;
    const force = new Set(options.force ?? []);
    const jobs = [];
    const groupOf = new Map();
    for (let k = 0; k < maxWaves; k++) {
        const wave = waves[k];
        if (!wave) {
            jobs.push({ include: [] });
            continue;
        }
        const last = k === maxWaves - 1;
        const groups = last && overflow
            ? // the rest of the pipeline in one job; the engine runs it in dependency order
                [waves.slice(k).flatMap((w) => w.stages)]
            : chunk(wave.stages, maxGroups);
        const include = groups.map((stages, i) => {
            const group = `g${k}-${i + 1}`;
            const reads = readsOf(graph, stages, groupOf);
            for (const stage of stages)
                groupOf.set(stage, group);
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
function readsOf(graph, stages, groupOf) {
    const found = new Set();
    const visited = new Set();
    const todo = [...stages];
    for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
        for (const edge of graph.upstream.get(name) ?? []) {
            if (visited.has(edge.from))
                continue;
            visited.add(edge.from);
            const group = groupOf.get(edge.from);
            if (group)
                found.add(group);
            todo.push(edge.from);
        }
    }
    const order = [...groupOf.values()];
    return [...found].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

// EXTERNAL MODULE: ./src/session/stage-result.ts
var stage_result = __webpack_require__(6206);
// EXTERNAL MODULE: ./src/entry/cli/context.ts + 4 modules
var context = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/entry/cli/reporter.ts
var reporter = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/commands/plan.ts







/**
 * `reprokit plan`: the engine in plan mode (nothing runs, nothing is restored), then the stale
 * stages grouped into waves for parallel CI jobs (src/core/fanout.ts). `cached` and `fresh`
 * stages do not run: a later job restores what it reads from the cache.
 */
async function run(args, io) {
    const root = (0,context/* projectRoot */.YQ)(args, io);
    if (root === undefined)
        return context/* EXIT */.dc.usage;
    const actions = (0,spec/* flag */.Jt)(args, 'actions-cache');
    const salt = (0,spec/* text */.Qq)(args, 'cache-salt') ?? '';
    const actionsCache = actions
        ? ((await openPlanCache(root, io.env, salt, (m) => io.stderr.write(`reprokit: warning: ${m}\n`))) ?? 'none')
        : undefined;
    const noCache = (0,spec/* flag */.Jt)(args, 'no-cache');
    const session = await (0,context/* openForCli */.Ec)(args, io, {
        stages: [...args.operands, ...(0,spec/* list */.p_)(args, 'force')],
        emit: () => undefined,
        ...(noCache ? { cache: 'none' } : actionsCache ? { cache: actionsCache } : {}),
    });
    if (typeof session === 'number')
        return session;
    try {
        const report = await session.plan({
            targets: args.operands,
            force: (0,spec/* list */.p_)(args, 'force'),
            restore: [],
            // the action's salt is part of the keys in the Actions cache; the local cache has none
            salt: actions ? salt : '',
            signal: io.signal,
        });
        const document = planDocument(session.project, report, args);
        const out = (0,spec/* flag */.Jt)(args, 'json') ? JSON.stringify(document, null, 2) + '\n' : planText(document);
        const file = (0,spec/* text */.Qq)(args, 'output');
        if (file !== undefined)
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, file), out);
        else
            io.stdout.write(out);
        return context/* EXIT */.dc.ok;
    }
    finally {
        session.close();
    }
}
/** `plan --json`: stable, documented in docs/workflows.md and read by .github/workflows/pipeline.yml. */
function planDocument(project, report, args) {
    const stale = report.stages.filter((s) => s.status === 'stale').map((s) => s.name);
    const maxWaves = (0,spec/* count */.U9)(args, 'max-waves');
    const maxGroups = (0,spec/* count */.U9)(args, 'max-groups');
    const fanout = fanoutPlan(project.graph, stale, {
        ...(maxWaves !== undefined ? { maxWaves } : {}),
        ...(maxGroups !== undefined ? { maxGroups } : {}),
        force: (0,spec/* list */.p_)(args, 'force'),
    });
    return {
        stages: (0,stage_result/* stageResults */.L)(report, 'plan'),
        stale,
        waves: fanout.waves,
        matrix: fanout.matrix,
        jobs: fanout.jobs,
        overflow: fanout.overflow,
        groups: fanout.groups,
    };
}
function planText(doc) {
    if (doc.stale.length === 0)
        return 'Nothing is stale: no stage would run.\n';
    const rows = doc.jobs.flatMap((job, k) => job.include.map((e) => [`wave ${k}`, e.group, e.stages.split(' ').join(', ')]));
    const note = doc.overflow
        ? `\nThe pipeline is ${doc.waves.length} waves deep: the last wave job runs the rest in one group.\n`
        : '';
    return `${(0,reporter/* table */.tp)(['wave job', 'group', 'stages'], rows)}\n${doc.stale.length} stale stage${doc.stale.length === 1 ? '' : 's'} in ${doc.waves.length} wave${doc.waves.length === 1 ? '' : 's'}${note}\n`;
}
/**
 * The GitHub Actions cache, for `plan --actions-cache` inside a workflow run: the same entries,
 * key prefix and salt as the action, looked up only (plan mode restores nothing). The runner gives
 * the runtime token to JavaScript actions only, so the reusable workflow runs this command from
 * actions/github-script, whose environment the command inherits. Undefined (with a warning) when
 * the service is not there: then every stage without a local record plans as stale, which is
 * safe (the wave jobs find the cached ones and restore them instead of running them).
 */
async function openPlanCache(root, env, salt, warn) {
    const { openActionsCache } = await __webpack_require__.e(/* import() */ 427).then(__webpack_require__.bind(__webpack_require__, 2427));
    const opened = await openActionsCache({ root, env, salt, warn });
    if ('cache' in opened) {
        // One lookup: the newest index; the plan decides every stage from it without more requests.
        await opened.cache.load();
        return opened.cache;
    }
    warn(`the GitHub Actions cache is unavailable (${opened.unavailable}); planning without it`);
    return undefined;
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


/***/ }),

/***/ 6206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ stageResults)
/* harmony export */ });
/* unused harmony export stageResult */
/* harmony import */ var _report_failures_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7999);
/* harmony import */ var _report_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7063);


function stageResult(s, kind) {
    const decided = {
        name: s.name,
        status: s.status,
        reasons: (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .reasonTexts */ .Nx)(s.reasons),
        differences: s.reasons,
        ...(s.key ? { key: s.key } : {}),
    };
    if (kind === 'plan')
        return decided;
    return {
        ...decided,
        result: s.result,
        durationMs: s.durationMs,
        ...(s.persistRestored ? { persistRestored: s.persistRestored } : {}),
        ...(s.result === 'failed' ? { error: (0,_report_failures_js__WEBPACK_IMPORTED_MODULE_1__/* .stageErrorText */ .WL)(s) } : {}),
        ...(s.failure ? { failure: s.failure } : {}),
        ...(s.attempt ? { attempt: s.attempt } : {}),
    };
}
function stageResults(report, kind) {
    return report.stages.map((s) => stageResult(s, kind));
}


/***/ })

};

//# sourceMappingURL=649.index.js.map