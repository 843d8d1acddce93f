export const id = 60;
export const ids = [60];
export const modules = {

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
function error(code, message, details = {}) {
    return { code, severity: 'error', message, ...details };
}
function notice(code, message, details = {}) {
    return { code, severity: 'notice', message, ...details };
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}


/***/ }),

/***/ 3926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nN: () => (/* binding */ renderMissingInput),
/* harmony export */   p: () => (/* binding */ missingParams),
/* harmony export */   sT: () => (/* binding */ dvcFileCandidates)
/* harmony export */ });
/* harmony import */ var _params_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1173);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);


function renderMissingInput(reason) {
    if (reason.kind === 'param-missing') {
        return reason.key === undefined
            ? `params file missing: ${reason.file}`
            : `param missing: ${reason.key} (not in ${reason.file})`;
    }
    return reason.trackedBy !== undefined
        ? `input missing: ${reason.path} (tracked by ${reason.trackedBy}; run \`dvc pull\`)`
        : `input missing: ${reason.path} (no stage produces it and no .dvc file tracks it)`;
}
/** The `.dvc` files that would track a path: its own, then each enclosing directory's. */
function dvcFileCandidates(path) {
    const out = [];
    for (let p = path; p !== ''; p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .parentDir */ .Qp)(p))
        out.push(`${p}.dvc`);
    return out;
}
/** The params a stage declares that its files do not hold. */
function missingParams(refs, files) {
    const missing = [];
    for (const ref of refs) {
        const doc = files.get(ref.file);
        if (doc === undefined) {
            missing.push({ kind: 'param-missing', file: ref.file });
            continue;
        }
        if (ref.keys === 'all')
            continue;
        for (const key of ref.keys)
            if (!(0,_params_js__WEBPACK_IMPORTED_MODULE_1__/* .lookup */ .$I)(doc, key).found)
                missing.push({ kind: 'param-missing', file: ref.file, key });
    }
    return missing;
}


/***/ }),

/***/ 5527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ stageKey),
/* harmony export */   LV: () => (/* binding */ buildFingerprint),
/* harmony export */   M: () => (/* binding */ treeDigestWithin),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fZ: () => (/* binding */ treeDigest),
/* harmony export */   pF: () => (/* binding */ KEY_VERSION)
/* harmony export */ });
/* unused harmony exports compareText, sortedDeep */
/** Bump when the meaning of any fingerprint field changes. */
const KEY_VERSION = 1;
/**
 * Every object in the fingerprint is built with its keys in code-unit order, so plain
 * JSON.stringify already gives the canonical text (see canonicalJson) without sorting again:
 * keys are computed thousands of times per run.
 */
function buildFingerprint(stage, inputs) {
    return {
        cmd: stage.cmd,
        deps: sortedRecord(inputs.deps),
        env: sortedRecord(stage.env),
        ...(inputs.image !== undefined ? { image: inputs.image } : {}),
        keyVersion: KEY_VERSION,
        needs: stage.needs.map((n) => n.stage).sort(compareText),
        outs: stage.outs
            .map((o) => ({ cache: o.cache, path: o.path, persist: o.persist }))
            .sort((a, b) => compareText(a.path, b.path)),
        params: sortedDeep(inputs.params),
        salt: inputs.salt,
        shell: stage.shell,
        wdir: stage.wdir,
    };
}
/** sha256 of the canonical JSON of a fingerprint made by buildFingerprint. */
function stageKey(fingerprint, sha256) {
    return sha256(JSON.stringify(fingerprint));
}
/**
 * The digest of a set of files: SHA-256 over `sha256sum`-style lines (`<digest>  <relpath>\n`)
 * sorted by relative path, so anyone can recompute it with coreutils.
 */
function treeDigest(files, sha256) {
    // Directory listings come sorted: check (one pass) before sorting a copy.
    let sorted = true;
    for (let i = 1; i < files.length && sorted; i++)
        sorted = compareText(files[i - 1].relpath, files[i].relpath) <= 0;
    const inOrder = sorted ? files : [...files].sort((a, b) => compareText(a.relpath, b.relpath));
    const lines = new Array(inOrder.length);
    for (let i = 0; i < inOrder.length; i++) {
        const f = inOrder[i];
        lines[i] = `${f.digest}  ${f.relpath}\n`;
    }
    return sha256(lines.join(''));
}
/**
 * `treeDigest` of files inside `dir`, each line's relpath cut from its path as it is written:
 * no object and no relpath string per file (a directory dep can hold 100,000 files).
 */
function treeDigestWithin(files, dir, sha256) {
    // Inside one directory, the order of paths is the order of relpaths.
    const cut = dir === '' ? 0 : dir.length + 1;
    const lines = new Array(files.length);
    for (let i = 0; i < files.length; i++) {
        const f = files[i];
        if (i > 0 && compareText(files[i - 1].path, f.path) > 0)
            return treeDigest(files.map((g) => ({ relpath: g.path.slice(cut), digest: g.digest })), sha256);
        lines[i] = `${f.digest}  ${f.path.slice(cut)}\n`;
    }
    return sha256(lines.join(''));
}
/** JSON with object keys sorted at every level: equal values always give equal text. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** Code-unit order, independent of locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A copy with every object's keys in code-unit order (arrays keep their order). */
function sortedDeep(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(sortedDeep);
    const out = {};
    for (const key of Object.keys(value).sort(compareText)) {
        const item = value[key];
        if (item !== undefined)
            out[key] = sortedDeep(item);
    }
    return out;
}
function sortedRecord(record) {
    const out = {};
    for (const key of Object.keys(record).sort(compareText))
        out[key] = record[key];
    return out;
}


/***/ }),

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   L6: () => (/* binding */ selectParams)
/* harmony export */ });
/* unused harmony export flattenKeys */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2085);


/** The values a stage's params select, as `file:key` → value (`file` → whole file). */
function selectParams(refs, files) {
    const values = {};
    const diagnostics = [];
    for (const ref of refs) {
        const doc = files.get(ref.file);
        if (doc === undefined) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('missing-params-file', `params file "${ref.file}" does not exist`, {
                source: ref.source,
                hint: `create ${ref.file}, or point \`params:\` at the file that holds these values`,
            }));
            continue;
        }
        if (ref.keys === 'all') {
            values[ref.file] = doc;
            continue;
        }
        for (const [index, key] of ref.keys.entries()) {
            const found = lookup(doc, key);
            if (found.found) {
                values[`${ref.file}:${key}`] = found.value;
                continue;
            }
            const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(key, flattenKeys(doc));
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('missing-param', `param "${key}" is not in ${ref.file}`, {
                source: ref.keySources?.[index] ?? ref.source,
                hint: guess
                    ? `did you mean "${guess}"?`
                    : `add it to ${ref.file}, or remove it from the stage's params`,
            }));
        }
    }
    return { values, diagnostics };
}
/** Dotted lookup; a key that itself contains dots is tried whole first. */
function lookup(doc, key) {
    if (typeof doc !== 'object' || doc === null)
        return { found: false };
    const record = doc;
    if (Object.prototype.hasOwnProperty.call(record, key))
        return { found: true, value: record[key] };
    const dot = key.indexOf('.');
    if (dot < 0)
        return { found: false };
    for (let at = dot; at >= 0; at = key.indexOf('.', at + 1)) {
        const head = key.slice(0, at);
        if (Object.prototype.hasOwnProperty.call(record, head)) {
            const found = lookup(record[head], key.slice(at + 1));
            if (found.found)
                return found;
        }
    }
    return { found: false };
}
/** Every leaf as a dotted path (metrics tables and suggestions use it). */
function flattenKeys(doc, prefix = '') {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return prefix ? [prefix] : [];
    const keys = [];
    for (const [k, v] of Object.entries(doc)) {
        const path = prefix ? `${prefix}.${k}` : k;
        keys.push(path);
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
            keys.push(...flattenKeys(v, path));
    }
    return keys;
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   Qp: () => (/* binding */ parentDir),
/* harmony export */   Tl: () => (/* binding */ resolveInProject),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export overlaps */
/**
 * Pure posix path handling for project-relative paths. The project root is ''.
 */
/** Joins a base (root-relative) with a user path and normalizes; rejects escapes. */
function resolveInProject(base, userPath) {
    if (userPath.length === 0)
        return { ok: false, reason: 'is empty' };
    if (userPath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(userPath) || userPath.startsWith('\\')) {
        return { ok: false, reason: 'is an absolute path' };
    }
    if (userPath.includes('\0'))
        return { ok: false, reason: 'contains a NUL byte' };
    const parts = base === '' ? [] : base.split('/');
    for (const part of userPath.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return { ok: false, reason: 'leaves the project directory' };
            parts.pop();
            continue;
        }
        parts.push(part);
    }
    return { ok: true, path: parts.join('/') };
}
/** True when `inner` is `outer` or lies inside it. The root ('') contains everything. */
function isWithin(inner, outer) {
    if (outer === '')
        return true;
    return inner === outer || inner.startsWith(outer + '/');
}
/** True when one path is the other or inside it. */
function overlaps(a, b) {
    return isWithin(a, b) || isWithin(b, a);
}
/** `path` relative to `dir`, for a path inside it. */
function relativeTo(path, dir) {
    if (dir === '')
        return path;
    if (path === dir)
        return '';
    return path.slice(dir.length + 1);
}
function joinPath(dir, name) {
    if (dir === '')
        return name;
    if (name === '')
        return dir;
    return `${dir}/${name}`;
}
function parentDir(path) {
    const at = path.lastIndexOf('/');
    return at < 0 ? '' : path.slice(0, at);
}


/***/ }),

/***/ 9186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ unreachable),
/* harmony export */   U: () => (/* binding */ explainChange)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5527);

/** What changed between the previous run's fingerprint and the current one. */
function explainChange(current, previous) {
    if (previous === undefined)
        return [{ kind: 'never-run' }];
    if (previous.keyVersion !== current.keyVersion)
        return [{ kind: 'key-format-changed' }];
    const reasons = [];
    if ((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(previous.cmd) !== (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current.cmd))
        reasons.push({ kind: 'cmd-changed' });
    if (previous.shell !== current.shell)
        reasons.push({ kind: 'shell-changed', from: previous.shell, to: current.shell });
    if (previous.wdir !== current.wdir)
        reasons.push({ kind: 'wdir-changed', from: previous.wdir, to: current.wdir });
    for (const name of changedKeys(previous.env, current.env))
        reasons.push({ kind: 'env-changed', name });
    if (previous.image !== current.image)
        reasons.push({
            kind: 'image-changed',
            ...defined('from', previous.image),
            ...defined('to', current.image),
        });
    for (const key of changedKeys(previous.params, current.params))
        reasons.push({
            kind: 'param-changed',
            key,
            ...defined('from', previous.params[key]),
            ...defined('to', current.params[key]),
        });
    for (const path of changedKeys(previous.deps, current.deps)) {
        if (!(path in previous.deps))
            reasons.push({ kind: 'dep-added', path });
        else if (!(path in current.deps))
            reasons.push({ kind: 'dep-removed', path });
        else
            reasons.push({ kind: 'dep-changed', path });
    }
    if ((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(previous.outs) !== (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current.outs))
        reasons.push({ kind: 'outs-changed' });
    if ((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(previous.needs) !== (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current.needs))
        reasons.push({ kind: 'needs-changed' });
    if (previous.salt !== current.salt)
        reasons.push({ kind: 'salt-changed' });
    return reasons.length > 0 ? reasons : [{ kind: 'no-record' }];
}
function defined(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function changedKeys(before, after) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter((k) => (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(before[k]) !== (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(after[k])).sort();
}
/** For the exhaustive switches over reason kinds: a new kind is a compile error there. */
function unreachable(value) {
    throw new Error(`Internal error: unhandled case ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 9294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ unreachable),
/* harmony export */   _: () => (/* binding */ err),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
function ok(value) {
    return { ok: true, value };
}
function err(error) {
    return { ok: false, error };
}
function unreachable(value) {
    throw new Error(`Internal error: unexpected value ${JSON.stringify(value)}`);
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

//# sourceMappingURL=60.index.js.map