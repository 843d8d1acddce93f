export const id = 634;
export const ids = [634];
export const modules = {

/***/ 1142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PathJournal)
/* harmony export */ });
/**
 * The paths a run looked at, in the order it looked, repeats included (the CLI's no-op snapshot
 * removes them when, and only if, it writes itself). A batch of paths is kept as the array it
 * came in: noting 100,000 hashed paths one by one in a Set cost 5 % of hashing them, and most
 * runs never write a snapshot.
 */
class PathJournal {
    parts = [];
    trees = [];
    add(path) {
        this.parts.push(path);
    }
    /** Notes every path of a batch; the caller must not change the array afterwards. */
    addAll(paths) {
        this.parts.push(paths);
    }
    /**
     * A directory whose files were vouched for without being looked at one by one (a tracked
     * directory git finds clean): `list` names them, and is only called by `listTrees`.
     */
    addTree(list) {
        this.trees.push(list);
    }
    /** Notes the files of every tree added so far (before the journal is read in full). */
    listTrees() {
        for (const list of this.trees.splice(0))
            this.addAll(list());
    }
    *[Symbol.iterator]() {
        for (const part of this.parts) {
            if (typeof part === 'string')
                yield part;
            else
                yield* part;
        }
    }
}


/***/ }),

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

/***/ 5060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ snapshotAnswers),
/* harmony export */   noopReport: () => (/* binding */ noopReport),
/* harmony export */   printNoopAnswer: () => (/* binding */ printNoopAnswer)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8546);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(368);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6360);



/**
 * What a no-op snapshot answers, rendered. The writer renders the two `status` answers once,
 * into the snapshot, so the fast path prints them without loading this module; the other
 * answers (`run`, coloured `status`) are rendered here from the recorded stages.
 */
function noopReport(stages, durationMs) {
    return {
        ok: true,
        interrupted: false,
        durationMs,
        stages: stages.map((s) => ({
            name: s.name,
            result: 'fresh',
            status: 'fresh',
            reasons: s.reasons,
            durationMs: 0,
            ...(s.key ? { key: s.key } : {}),
            ...(s.savedMs !== undefined ? { savedMs: s.savedMs } : {}),
        })),
    };
}
/** The `status --json` and uncoloured `status` output; neither depends on the time taken. */
function snapshotAnswers(stages) {
    const report = noopReport(stages, 0);
    return {
        statusJson: JSON.stringify((0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .planJson */ .iY)(report), null, 2) + '\n',
        statusText: (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .planTable */ .k0)(report, (0,_color_js__WEBPACK_IMPORTED_MODULE_0__/* .painter */ .C)(false)),
    };
}
/** Prints the answer of `status` or `run` for an all-fresh project, as the full check would. */
function printNoopAnswer(command, json, report, io) {
    if (command === 'status') {
        const paint = (0,_color_js__WEBPACK_IMPORTED_MODULE_0__/* .painter */ .C)(!json && (0,_color_js__WEBPACK_IMPORTED_MODULE_0__/* .colorEnabled */ .X)(io.stdout, io.env));
        io.stdout.write(json ? JSON.stringify((0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .planJson */ .iY)(report), null, 2) + '\n' : (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .planTable */ .k0)(report, paint));
        return;
    }
    const reporter = new _reporter_js__WEBPACK_IMPORTED_MODULE_2__/* .CliReporter */ .G2(io.stderr, {
        paint: (0,_color_js__WEBPACK_IMPORTED_MODULE_0__/* .painter */ .C)((0,_color_js__WEBPACK_IMPORTED_MODULE_0__/* .colorEnabled */ .X)(io.stderr, io.env)),
        live: io.stderr.isTTY === true && !json,
    });
    reporter.setStageNames(report.stages.map((s) => s.name));
    for (const stage of report.stages)
        reporter.handle({ type: 'stage-end', report: stage });
    reporter.finish();
    io.stdout.write(json ? JSON.stringify((0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .runJson */ .MP)(report), null, 2) + '\n' : (0,_reporter_js__WEBPACK_IMPORTED_MODULE_2__/* .summaryTable */ .jb)(report));
}


/***/ }),

/***/ 368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ runJson),
/* harmony export */   iY: () => (/* binding */ planJson),
/* harmony export */   k0: () => (/* binding */ planTable)
/* harmony export */ });
/* harmony import */ var _report_reasons_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7063);
/* harmony import */ var _session_stage_result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6206);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8546);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6360);




/** `status --json` and `run --dry-run --json`: stable, documented in docs/cli.md. */
function planJson(report) {
    return { stages: (0,_session_stage_result_js__WEBPACK_IMPORTED_MODULE_2__/* .stageResults */ .L)(report, 'plan') };
}
/** `run --json`: stable, documented in docs/cli.md. */
function runJson(report) {
    return { ok: report.ok, stages: (0,_session_stage_result_js__WEBPACK_IMPORTED_MODULE_2__/* .stageResults */ .L)(report, 'run') };
}
const STATUS_STYLE = { fresh: 'green', cached: 'cyan', stale: 'yellow' };
/** Why, then what is done about it: "param …: 2 → 1 (result available in the cache)". */
function planWhy(s) {
    const why = (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_3__/* .renderReasons */ .e1)(s.reasons);
    if (s.status === 'stale')
        return why;
    if (why === '')
        return (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_3__/* .statusAction */ .f3)(s.status);
    return s.status === 'cached' ? `${why} (${(0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_3__/* .statusAction */ .f3)(s.status)})` : why;
}
function planTable(report, paint = (0,_color_js__WEBPACK_IMPORTED_MODULE_0__/* .painter */ .C)(false)) {
    const rows = report.stages.map((s) => [s.name, s.status, planWhy(s)]);
    const counts = ['fresh', 'cached', 'stale'].map((st) => paint(STATUS_STYLE[st], `${report.stages.filter((s) => s.status === st).length} ${st}`));
    return `${(0,_reporter_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['stage', 'status', 'why'], rows)}\n${counts.join(', ')}\n`;
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

/***/ 2481:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ updateSnapshot)
/* harmony export */ });
/* harmony import */ var _session_best_effort_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5991);
/* harmony import */ var _noop_snapshot_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5000);
/* harmony import */ var _noop_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5060);
/* harmony import */ var _snapshot_args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9035);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8462);





/**
 * After a full check: writes the snapshot when every stage was fresh, else removes it. Best
 * effort (it only saves time next run): returns a warning instead of failing.
 */
function updateSnapshot(args, session, journal, report, signal) {
    if (!(0,_snapshot_args_js__WEBPACK_IMPORTED_MODULE_2__/* .snapshotArgs */ .K)(args) || session.project.pipeline.format !== 'reprokit')
        return [];
    if ((0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Qq)(args, 'manifest') !== undefined || (0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .list */ .p_)(args, 'force').length > 0)
        return [];
    if ((0,_spec_js__WEBPACK_IMPORTED_MODULE_3__/* .flag */ .Jt)(args, 'dry-run'))
        return [];
    const all = report?.stages ?? [];
    // An image's digest lives in docker, not in any file the snapshot watches: always ask.
    const images = session.project.pipeline.stages.some((s) => s.image !== undefined);
    const fresh = !images &&
        !signal.aborted &&
        report?.ok === true &&
        all.every((s) => s.result === 'fresh' && s.status === 'fresh');
    return (0,_session_best_effort_js__WEBPACK_IMPORTED_MODULE_4__/* .bestEffort */ .z)([
        [
            'the no-op snapshot',
            () => {
                if (!fresh)
                    return (0,_noop_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .removeNoopSnapshot */ .vJ)(session.root);
                const stages = all.map(snapshotStage);
                journal.listTrees();
                return (0,_noop_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .writeNoopSnapshot */ .eA)(session.root, session.manifest, [...journal, '.reprokit/state.jsonl'], stages, (0,_noop_report_js__WEBPACK_IMPORTED_MODULE_1__/* .snapshotAnswers */ .K)(stages));
            },
        ],
    ]);
}
function snapshotStage(s) {
    return {
        name: s.name,
        reasons: s.reasons,
        ...(s.key ? { key: s.key } : {}),
        ...(s.savedMs !== undefined ? { savedMs: s.savedMs } : {}),
    };
}


/***/ }),

/***/ 1475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ stageRequest)
/* harmony export */ });
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8462);

/** The stages `run` and `status` ask for, from the command line. */
function stageRequest(args, io) {
    const jobs = (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(args, 'jobs');
    return {
        targets: args.operands,
        force: (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .list */ .p_)(args, 'force'),
        forceAll: (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)(args, 'force-all'),
        ...(jobs !== undefined ? { jobs } : {}),
        keepGoing: (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)(args, 'keep-going'),
        restore: (0,_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .flag */ .Jt)(args, 'no-restore') ? [] : 'all',
        signal: io.signal,
    };
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

//# sourceMappingURL=634.index.js.map