#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ ProcessRunner),
  W: () => (/* binding */ killAllCommands)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/local/watchdog.ts

/**
 * Reads "+PGID" / "-PGID" lines on standard input. At end of input, which comes when reprokit
 * exits however it dies (SIGKILL, out of memory, a crash) because the kernel closes its end of
 * the pipe, it kills every process group still listed: stages never outlive reprokit.
 */
const SCRIPT = `pgs=" "
while read -r op pg; do
  case "$op$pgs" in
    +*) pgs="$pgs$pg " ;;
    -*" $pg "*) pgs="\${pgs%% $pg *} \${pgs#* $pg }" ;;
  esac
done
for pg in $pgs; do kill -s KILL -- "-$pg" 2>/dev/null; done
`;
/**
 * One watchdog process per reprokit process, started with the first stage. Not on Windows,
 * which has no process groups; there a SIGKILLed reprokit can leave a stage running
 * (docs/robustness.md).
 */
class Watchdog {
    child;
    broken = false;
    watch(pgid) {
        this.send(`+ ${pgid}\n`);
    }
    unwatch(pgid) {
        this.send(`- ${pgid}\n`);
    }
    send(line) {
        if (process.platform === 'win32' || this.broken)
            return;
        const child = this.child ?? this.start();
        if (!child?.stdin?.writable)
            return;
        child.stdin.write(line);
    }
    start() {
        try {
            const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', SCRIPT], {
                stdio: ['pipe', 'ignore', 'ignore'],
                // Its own group: a Ctrl-C in the terminal or a kill of reprokit's group does not end it.
                detached: true,
            });
            child.on('error', () => (this.broken = true));
            child.stdin?.on('error', () => (this.broken = true));
            child.on('exit', () => (this.child = undefined));
            // It must not keep reprokit alive: its pipe closes when reprokit exits.
            child.unref();
            child.stdin?.unref?.();
            this.child = child;
            return child;
        }
        catch {
            this.broken = true;
            return undefined;
        }
    }
}
const watchdog = new Watchdog();

;// CONCATENATED MODULE: ./src/adapters/local/process-runner.ts


/** How long a stopped command may take to exit on SIGTERM before it gets SIGKILL. */
const KILL_GRACE_MS = 5000;
/** Process groups of the commands running now, so a second Ctrl-C can end them all. */
const live = new Set();
function signalGroup(pid, signal) {
    try {
        if (process.platform === 'win32')
            process.kill(pid, signal);
        else
            process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}
/** Ends every running command at once: the user asked twice. */
function killAllCommands() {
    for (const pid of live)
        signalGroup(pid, 'SIGKILL');
}
/** Runs commands as child processes in their own process group, so a stop reaches the whole tree. */
class ProcessRunner {
    run(spec) {
        return new Promise((resolve) => {
            const [file, ...args] = spec.argv;
            if (file === undefined)
                throw new Error('Internal error: empty argv');
            const child = (0,external_node_child_process_.spawn)(file, args, {
                cwd: spec.cwd,
                env: spec.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
            });
            const pid = child.pid;
            if (pid !== undefined) {
                live.add(pid);
                watchdog.watch(pid);
            }
            let escalation;
            const stop = () => {
                if (pid === undefined)
                    return;
                signalGroup(pid, 'SIGTERM');
                escalation = setTimeout(() => signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS);
                escalation.unref();
            };
            const finish = (result) => {
                spec.signal.removeEventListener('abort', stop);
                if (escalation)
                    clearTimeout(escalation);
                if (pid !== undefined) {
                    // The shell may be gone while something it started in the group still runs.
                    if (spec.signal.aborted)
                        signalGroup(pid, 'SIGKILL');
                    live.delete(pid);
                    watchdog.unwatch(pid);
                }
                resolve(result);
            };
            if (spec.signal.aborted)
                stop();
            else
                spec.signal.addEventListener('abort', stop, { once: true });
            child.stdout
                .setEncoding('utf8')
                .on('data', (chunk) => spec.onOutput(chunk, 'stdout'));
            child.stderr
                .setEncoding('utf8')
                .on('data', (chunk) => spec.onOutput(chunk, 'stderr'));
            child.on('error', (e) => finish({ exitCode: null, signal: null, spawnError: e.message }));
            child.on('close', (exitCode, signal) => finish({ exitCode, signal }));
        });
    }
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   nN: () => (/* binding */ renderMissingInput),
/* harmony export */   p: () => (/* binding */ missingParams),
/* harmony export */   sT: () => (/* binding */ dvcFileCandidates)
/* harmony export */ });
/* harmony import */ var _params_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1173);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6107);


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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ stageKey),
/* harmony export */   LV: () => (/* binding */ buildFingerprint),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fZ: () => (/* binding */ treeDigest)
/* harmony export */ });
/* unused harmony exports KEY_VERSION, compareText, sortedDeep */
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
    const lines = [...files]
        .sort((a, b) => compareText(a.relpath, b.relpath))
        .map((f) => `${f.digest}  ${f.relpath}\n`);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   L6: () => (/* binding */ selectParams)
/* harmony export */ });
/* unused harmony export flattenKeys */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7135);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2085);


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
        for (const key of ref.keys) {
            const found = lookup(doc, key);
            if (found.found) {
                values[`${ref.file}:${key}`] = found.value;
                continue;
            }
            const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(key, flattenKeys(doc));
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('missing-param', `param "${key}" is not in ${ref.file}`, {
                source: ref.source,
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ unreachable),
/* harmony export */   U: () => (/* binding */ explainChange)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5527);

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

/***/ 2085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/** "Did you mean" for misspelt keys and stage names: the closest candidate within a small edit distance. */
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Optimal string alignment distance: a swap of two neighbouring letters counts as one edit. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    const at = (i, j) => d[i * cols + j];
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i * cols + j] = best;
        }
    }
    return at(a.length, b.length);
}


/***/ }),

/***/ 2184:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 3402:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eA: () => (/* binding */ writeNoopSnapshot),
/* harmony export */   fL: () => (/* binding */ readValidSnapshot),
/* harmony export */   vJ: () => (/* binding */ removeNoopSnapshot)
/* harmony export */ });
/* unused harmony export SNAPSHOT_FILE */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(311);



/**
 * The no-op fast path. After a check that found every stage fresh, the CLI writes down the
 * stat signature (size, mtime, ctime, inode, mode) of every path that check looked at: the
 * manifest, params files, every dep and output file, every directory it listed, the state log.
 * The next `status` or `run` compares those signatures first; if none changed, nothing the
 * decision depends on changed either, and the same answer is given without parsing the manifest
 * or hashing anything, the way make answers from timestamps, but from all five facts at once.
 * Any difference, or anything unusual (a symlink, a file modified in the last two seconds, a
 * different reprokit version), falls back to the full check.
 */
const SNAPSHOT_FILE = '.reprokit/noop-snapshot.json';
/** Signatures of files changed this recently are not trusted: a same-tick rewrite keeps them. */
const RACY_MS = 2000;
/** Plain (not bigint) stats: building BigIntStats costs more than the syscall here. */
function signature(root, path) {
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path === '' ? root : `${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${path}`, { throwIfNoEntry: false });
    if (!stats || stats.isSymbolicLink())
        return undefined;
    return [path, stats.size, stats.mtimeMs, stats.ctimeMs, stats.ino, stats.mode];
}
/** Writes the snapshot, or removes a stale one when some path cannot be vouched for. */
function writeNoopSnapshot(root, manifest, paths, stages) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, SNAPSHOT_FILE);
    const now = Date.now();
    const signatures = [];
    for (const path of new Set(paths)) {
        const sig = signature(root, path);
        if (!sig || now - sig[2] < RACY_MS || now - sig[3] < RACY_MS) {
            removeNoopSnapshot(root);
            return false;
        }
        signatures.push(sig);
    }
    const snapshot = {
        format: 3,
        version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x,
        root,
        manifest,
        paths: signatures,
        stages,
    };
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(`${file}.tmp`, JSON.stringify(snapshot));
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(`${file}.tmp`, file);
    return true;
}
function removeNoopSnapshot(root) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, SNAPSHOT_FILE), { force: true });
}
/** The stages of a still-valid snapshot, or undefined when the full check has to run. */
function readValidSnapshot(root, manifest) {
    let snapshot;
    try {
        snapshot = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, SNAPSHOT_FILE), 'utf8'));
    }
    catch {
        return undefined;
    }
    if (snapshot.format !== 3 ||
        snapshot.version !== _version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x ||
        snapshot.root !== root ||
        snapshot.manifest !== manifest)
        return undefined;
    if (!Array.isArray(snapshot.paths) ||
        !Array.isArray(snapshot.stages) ||
        snapshot.paths.length === 0)
        return undefined;
    for (const recorded of snapshot.paths) {
        const now = signature(root, recorded[0]);
        if (!now)
            return undefined;
        for (let i = 1; i < 6; i++)
            if (now[i] !== recorded[i])
                return undefined;
    }
    return snapshot.stages;
}


/***/ }),

/***/ 368:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ runJson),
/* harmony export */   iY: () => (/* binding */ planJson),
/* harmony export */   k0: () => (/* binding */ planTable)
/* harmony export */ });
/* harmony import */ var _report_reasons_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7063);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6360);


/** `status --json`: stable, documented in docs/cli.md. */
function planJson(report) {
    return {
        stages: report.stages.map((s) => ({
            name: s.name,
            status: s.status,
            reasons: (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonTexts */ .Nx)(s.reasons),
            differences: s.reasons,
            ...(s.key ? { key: s.key } : {}),
        })),
    };
}
/** `run --json`: stable, documented in docs/cli.md. */
function runJson(report) {
    return {
        ok: report.ok,
        stages: report.stages.map((s) => ({
            name: s.name,
            result: s.result,
            durationMs: s.durationMs,
            reasons: (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonTexts */ .Nx)(s.reasons),
            differences: s.reasons,
            ...(s.persistRestored ? { persistRestored: s.persistRestored } : {}),
            ...(s.error ? { error: s.error } : {}),
        })),
    };
}
/** Why, then what is done about it: "param …: 2 → 1 (result available in the cache)". */
function planWhy(s) {
    const why = (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReasons */ .e1)(s.reasons);
    if (s.status === 'stale')
        return why;
    if (why === '')
        return (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .statusAction */ .f3)(s.status);
    return s.status === 'cached' ? `${why} (${(0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .statusAction */ .f3)(s.status)})` : why;
}
function planTable(report) {
    const rows = report.stages.map((s) => [s.name, s.status, planWhy(s)]);
    const counts = ['fresh', 'cached', 'stale'].map((st) => `${report.stages.filter((s) => s.status === st).length} ${st}`);
    return `${(0,_reporter_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['stage', 'status', 'why'], rows)}\n${counts.join(', ')}\n`;
}


/***/ }),

/***/ 6360:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ CliReporter),
/* harmony export */   jb: () => (/* binding */ summaryTable),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2184);
/* harmony import */ var _report_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7063);


const SYMBOL = {
    ran: '✔',
    restored: '↺',
    fresh: '·',
    failed: '✖',
    skipped: '-',
};
/**
 * Prints a run as it happens: each stage's output behind a `name │` prefix, one line per
 * finished stage, and (on a terminal) a progress line that shows what is running.
 */
class CliReporter {
    log;
    progressShown = false;
    partial = new Map();
    width = 0;
    constructor(log) {
        this.log = log;
    }
    setStageNames(names) {
        this.width = Math.min(24, Math.max(0, ...names.map((n) => n.length)));
    }
    handle(event) {
        switch (event.type) {
            case 'stage-start':
                this.line(`▶ ${event.stage}${event.reasons.length ? `  (${(0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReasons */ .e1)(event.reasons)})` : ''}`);
                break;
            case 'stage-output':
                this.output(event.stage, event.chunk);
                break;
            case 'stage-end':
                this.flushPartial(event.report.name);
                this.line(describeEnd(event.report));
                break;
            case 'persist-restored':
                this.line(`↺ ${event.stage}: ${(0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .persistRestoredText */ .AW)(event)}`);
                break;
            case 'warning':
                this.line(`warning: ${event.message}`);
                break;
            case 'progress':
                this.progress(event.done, event.total, event.running);
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
    progress(done, total, running) {
        if (!this.log.isTTY)
            return;
        this.clearProgress();
        const names = running.length
            ? `  running: ${running.slice(0, 4).join(', ')}${running.length > 4 ? ', …' : ''}`
            : '';
        this.log.write(`[${done}/${total}]${names}`.slice(0, 120));
        this.progressShown = true;
    }
    clearProgress() {
        if (!this.progressShown)
            return;
        this.log.write('\r\x1b[2K');
        this.progressShown = false;
    }
    finish() {
        this.clearProgress();
    }
}
function describeEnd(report) {
    const symbol = SYMBOL[report.result];
    switch (report.result) {
        case 'ran':
            return `${symbol} ${report.name} ran in ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(report.durationMs)}`;
        case 'restored':
            return `${symbol} ${report.name} restored from cache (${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z)(report.restoredBytes ?? 0)})`;
        case 'fresh':
            return `${symbol} ${report.name} ${report.status === 'cached' ? 'fresh in cache (not restored: nothing needs it)' : 'fresh'}`;
        case 'failed':
            return `${symbol} ${report.name} failed: ${report.error ?? 'unknown error'}`;
        case 'skipped':
            return `${symbol} ${report.name} skipped: ${(0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReasons */ .e1)(report.reasons)}`;
    }
}
/** The end-of-run table. */
function summaryTable(report) {
    const rows = report.stages.map((s) => [
        s.name,
        s.result,
        s.result === 'ran' || s.result === 'failed' ? (0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(s.durationMs) : '',
        why(s),
    ]);
    const counts = new Map();
    for (const s of report.stages)
        counts.set(s.result, (counts.get(s.result) ?? 0) + 1);
    const saved = report.stages.reduce((sum, s) => sum + (s.result === 'fresh' || s.result === 'restored' ? (s.savedMs ?? 0) : 0), 0);
    const totals = [...counts].map(([result, n]) => `${n} ${result}`).join(', ');
    return `${table(['stage', 'result', 'time', 'why'], rows)}\n${totals} in ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(report.durationMs)}${saved > 0 ? `; reuse saved about ${(0,_core_units_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a)(saved)}` : ''}\n`;
}
function why(s) {
    if (s.result === 'failed')
        return s.error ?? '';
    if (s.result === 'fresh' && s.status === 'fresh')
        return s.reasons.length ? (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReasons */ .e1)(s.reasons) : 'up to date';
    if (s.result === 'fresh')
        return 'in cache, not needed here';
    return (0,_report_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReasons */ .e1)(s.reasons);
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

/***/ 7063:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AW: () => (/* binding */ persistRestoredText),
/* harmony export */   Nx: () => (/* binding */ reasonTexts),
/* harmony export */   e1: () => (/* binding */ renderReasons),
/* harmony export */   f3: () => (/* binding */ statusAction)
/* harmony export */ });
/* unused harmony exports renderReason, renderStopCause */
/* harmony import */ var _core_dvc_missing_input_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3926);
/* harmony import */ var _core_reasons_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9186);


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

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version (a test checks it). */
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/adapters/local/process-runner.ts + 1 modules
var process_runner = __nccwpck_require__(4932);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/entry/cli/noop-snapshot.ts
var noop_snapshot = __nccwpck_require__(3402);
// EXTERNAL MODULE: ./src/entry/cli/output.ts
var output = __nccwpck_require__(368);
// EXTERNAL MODULE: ./src/entry/cli/reporter.ts
var cli_reporter = __nccwpck_require__(6360);
;// CONCATENATED MODULE: ./src/entry/cli/fast-path.ts





/** Manifests the fast path knows; dvc.yaml projects always take the full path (dvc.lock check). */
const OWN_MANIFESTS = ['reprokit.yml', 'reprokit.yaml'];
/**
 * `reprokit status` and `reprokit run` with nothing but -C, --json and --jobs: the cases a
 * snapshot can answer. Anything else returns undefined and goes to the full CLI.
 */
function fastPathArgs(argv) {
    let command;
    let directory = '.';
    let json = false;
    for (let i = 0; i < argv.length; i++) {
        const token = argv[i];
        if ((token === 'status' || token === 'run') && command === undefined)
            command = token;
        else if (token === '--json')
            json = true;
        else if ((token === '-C' || token === '--directory') && argv[i + 1] !== undefined)
            directory = argv[++i];
        else if ((token === '-j' || token === '--jobs') && /^[1-9][0-9]*$/.test(argv[i + 1] ?? ''))
            i++;
        else
            return undefined;
    }
    return command ? { command, directory, json } : undefined;
}
/** Answers from a valid no-op snapshot, or returns undefined for the full check. */
function tryFastPath(argv, io) {
    if (io.env.REPROKIT_NO_FASTPATH)
        return undefined;
    const args = fastPathArgs(argv);
    if (!args)
        return undefined;
    const started = Date.now();
    const root = (0,external_node_path_.resolve)(io.cwd, args.directory);
    const manifest = OWN_MANIFESTS.find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f)));
    if (!manifest)
        return undefined;
    const stages = (0,noop_snapshot/* readValidSnapshot */.fL)(root, manifest);
    if (!stages)
        return undefined;
    if (io.env.REPROKIT_DEBUG)
        io.stderr.write('reprokit: answered from the no-op snapshot (nothing changed)\n');
    const report = {
        ok: true,
        interrupted: false,
        durationMs: Date.now() - started,
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
    if (args.command === 'status') {
        io.stdout.write(args.json ? JSON.stringify((0,output/* planJson */.iY)(report), null, 2) + '\n' : (0,output/* planTable */.k0)(report));
        return 0;
    }
    const reporter = new cli_reporter/* CliReporter */.G2(io.stderr);
    reporter.setStageNames(report.stages.map((s) => s.name));
    for (const stage of report.stages)
        reporter.handle({ type: 'stage-end', report: stage });
    reporter.finish();
    io.stdout.write(args.json ? JSON.stringify((0,output/* runJson */.MP)(report), null, 2) + '\n' : (0,cli_reporter/* summaryTable */.jb)(report));
    return 0;
}

;// CONCATENATED MODULE: ./src/entry/cli/index.ts


const controller = new AbortController();
let interrupts = 0;
const onSignal = (signal) => {
    interrupts++;
    if (interrupts > 1) {
        (0,process_runner/* killAllCommands */.W)();
        process.exit(130);
    }
    process.stderr.write(`\nreprokit: ${signal}: stopping running stages; nothing of theirs is recorded\n`);
    controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
const argv = process.argv.slice(2);
const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    signal: controller.signal,
};
/** A still-valid no-op snapshot answers before the rest of reprokit is even loaded. */
async function start() {
    const fast = tryFastPath(argv, io);
    if (fast !== undefined)
        return fast;
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(141)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8141));
    return main(argv, io);
}
start().then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`reprokit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
});


//# sourceMappingURL=index.js.map