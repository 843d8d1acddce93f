#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8000:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ ProcessRunner),
  W: () => (/* binding */ killAllCommands)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/adapters/local/direct-exec.ts


/** Environment variables through which bash would run code or change its options at start-up. */
function bashWouldDoMore(env) {
    if (env.BASH_ENV || env.SHELLOPTS !== undefined || env.BASHOPTS !== undefined)
        return true;
    for (const name of Object.keys(env))
        if (name.startsWith('BASH_FUNC_'))
            return true;
    return false;
}
/** The first `#!` script or binary executable named `word`, searched as the shell searches. */
function findProgram(word, cwd, path) {
    if (word.includes('/')) {
        const file = (0,external_node_path_.resolve)(cwd, word);
        return runnable(file) ? { file, underscore: word } : undefined;
    }
    // No PATH means the shell's built-in default; an empty or relative entry depends on details
    // of each shell. Both are rare enough to leave to the shell.
    if (path === undefined || path === '')
        return undefined;
    for (const dir of path.split(':')) {
        if (!(0,external_node_path_.isAbsolute)(dir))
            return undefined;
        const file = `${dir.endsWith('/') ? dir : `${dir}/`}${word}`;
        const stat = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
        if (!stat?.isFile() || !executable(file))
            continue;
        // The shell execs the first executable it finds, whatever it is: if that is not something
        // exec can start by itself, the shell's own fallback applies, so the shell must run.
        return startsItself(file) ? { file, underscore: file } : undefined;
    }
    return undefined;
}
function runnable(file) {
    const stat = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    return stat?.isFile() === true && executable(file) && startsItself(file);
}
function executable(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * An ELF binary or a `#!` script: what execve starts by itself. For anything else a shell runs
 * the file as a script of its own (and Node would hand it to /bin/sh, which is not bash).
 */
function startsItself(file) {
    const head = Buffer.alloc(4);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
        const n = (0,external_node_fs_.readSync)(fd, head, 0, 4, 0);
        if (n >= 2 && head[0] === 0x23 && head[1] === 0x21)
            return true; // #!
        return n === 4 && head.readUInt32BE(0) === 0x7f454c46; // \x7fELF
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function isDirectory(path, cwd) {
    return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, path), { throwIfNoEntry: false })?.isDirectory() === true;
}
/** Both shells keep an inherited PWD that is absolute and names the directory they start in. */
function workingDirectory(inherited, cwd) {
    if (inherited !== undefined && (0,external_node_path_.isAbsolute)(inherited)) {
        const a = (0,external_node_fs_.statSync)(inherited, { throwIfNoEntry: false });
        const b = (0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false });
        if (a && b && a.dev === b.dev && a.ino === b.ino)
            return inherited;
    }
    return external_node_fs_.realpathSync.native(cwd);
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The environment the program would get from the shell, or undefined if that is not certain. */
function shellEnvironment(direct, env, cwd, underscore) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        // dash exports only variables whose names it could have set; bash passes the rest on.
        if (direct.shell === 'bash' || IDENTIFIER.test(name))
            out[name] = value;
    out.PWD = workingDirectory(env.PWD, cwd);
    if (direct.shell === 'sh')
        return out;
    // bash adds one to SHLVL at start-up and takes it back when it execs the one command.
    const level = env.SHLVL;
    if (level === undefined || level === '')
        out.SHLVL = '0';
    else if (/^[0-9]{1,3}$/.test(level) && Number(level) <= 998)
        out.SHLVL = String(Number(level));
    else
        return undefined; // negative, not a number, or the "too high" warning: bash's business
    // bash keeps OLDPWD only when it names a directory.
    if (env.OLDPWD !== undefined && !isDirectory(env.OLDPWD, cwd))
        delete out.OLDPWD;
    out._ = underscore;
    return out;
}
/** How to start a simple command without its shell, or undefined: run the shell. */
function directStart(direct, cwd, env) {
    if (process.env.REPROKIT_DIRECT_EXEC === '0')
        return undefined;
    if (direct.shell === 'bash' && bashWouldDoMore(env))
        return undefined;
    const [word, ...args] = direct.words;
    if (word === undefined)
        return undefined;
    const found = findProgram(word, cwd, env.PATH);
    if (!found)
        return undefined;
    const childEnv = shellEnvironment(direct, env, cwd, found.underscore);
    return (childEnv && {
        file: found.file,
        argv0: word,
        args,
        env: childEnv,
        redirects: direct.redirects,
    });
}
/**
 * Performs the redirections in the shell's order (left to right, each `open` as the shell does
 * it: `>` creates or truncates, mode 0666 less the umask; `>>` appends; `<` reads), starting from
 * stdin ignored and both outputs piped to the runner. Returns the child's stdio and the fds to
 * close once it has started; undefined if an open fails or a dup would need a pipe the runner
 * cannot share: then every fd opened here is closed again and the shell runs the line, and
 * redoes these opens (for every open here, doing it twice has the effect of doing it once),
 * and fails where it fails, with its own message.
 */
function openRedirects(redirects, cwd) {
    const stdio = ['ignore', 'pipe', 'pipe'];
    const opened = [];
    const flags = { read: 'r', write: 'w', append: 'a' };
    try {
        for (const r of redirects) {
            if (r.op === 'dup') {
                const source = stdio[Number(r.target)];
                if (typeof source !== 'number')
                    throw new Error('a dup of a pipe');
                stdio[r.fd] = source;
                continue;
            }
            const fd = (0,external_node_fs_.openSync)((0,external_node_path_.resolve)(cwd, r.target), flags[r.op], 0o666);
            opened.push(fd);
            stdio[r.fd] = fd;
        }
        return { stdio, opened };
    }
    catch {
        for (const fd of opened)
            (0,external_node_fs_.closeSync)(fd);
        return undefined;
    }
}

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
/**
 * Runs commands as child processes in their own process group, so a stop reaches the whole tree.
 * A simple command (spec.direct) is started without its shell when direct-exec.ts can tell how
 * the shell would have started it; if that start fails all the same, the shell runs the line.
 */
class ProcessRunner {
    async run(spec) {
        const direct = spec.direct && directStart(spec.direct, spec.cwd, spec.env);
        const redirected = direct && openRedirects(direct.redirects, spec.cwd);
        if (direct && redirected) {
            const outcome = await runChild(spec, { ...direct, ...redirected });
            // Only a program that never started may be tried again, through the shell.
            if (outcome.started || outcome.result.spawnError === undefined)
                return outcome.result;
        }
        const [file, ...args] = spec.argv;
        if (file === undefined)
            throw new Error('Internal error: empty argv');
        return (await runChild(spec, { file, args, env: spec.env })).result;
    }
}
function runChild(spec, start) {
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(start.file, start.args, {
                cwd: spec.cwd,
                env: start.env,
                ...(start.argv0 !== undefined ? { argv0: start.argv0 } : {}),
                stdio: start.stdio ?? ['ignore', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
            });
        }
        finally {
            // The child has its copies of the redirected files (or never started).
            for (const fd of start.opened ?? [])
                (0,external_node_fs_.closeSync)(fd);
        }
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
            resolve({ result, started: pid !== undefined });
        };
        if (spec.signal.aborted)
            stop();
        else
            spec.signal.addEventListener('abort', stop, { once: true });
        // A stream redirected to a file has no pipe here.
        child.stdout?.setEncoding('utf8').on('data', (chunk) => spec.onOutput(chunk, 'stdout'));
        child.stderr?.setEncoding('utf8').on('data', (chunk) => spec.onOutput(chunk, 'stderr'));
        child.on('error', (e) => finish({ exitCode: null, signal: null, spawnError: e.message }));
        child.on('close', (exitCode, signal) => finish({ exitCode, signal }));
    });
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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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

/***/ 8546:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ painter),
/* harmony export */   X: () => (/* binding */ colorEnabled)
/* harmony export */ });
/** Colour on a terminal, unless NO_COLOR is set; FORCE_COLOR turns it on anywhere (no-color.org). */
function colorEnabled(stream, env) {
    const force = env.FORCE_COLOR;
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    return stream.isTTY === true;
}
const CODES = {
    green: [32, 39],
    red: [31, 39],
    yellow: [33, 39],
    cyan: [36, 39],
    dim: [2, 22],
    bold: [1, 22],
};
function painter(enabled) {
    if (!enabled)
        return (_style, text) => text;
    return (style, text) => `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m`;
}


/***/ }),

/***/ 5093:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** The CLI's exit codes (docs/cli.md): 3 is a bug, never the answer to any input. */
const EXIT = {
    ok: 0,
    failed: 1,
    usage: 2,
    internal: 3,
    busy: 75,
    interrupted: 130,
};


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
/* harmony import */ var _report_reasons_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7063);
/* harmony import */ var _session_stage_result_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6206);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8546);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6360);




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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G2: () => (/* binding */ CliReporter),
/* harmony export */   jb: () => (/* binding */ summaryTable),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2184);
/* harmony import */ var _report_failures_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7999);
/* harmony import */ var _report_reasons_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7063);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8546);




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
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ snapshotArgs),
/* harmony export */   W: () => (/* binding */ updateSnapshot)
/* harmony export */ });
/* harmony import */ var _session_best_effort_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5991);
/* harmony import */ var _noop_snapshot_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3402);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8462);



/**
 * The `status`/`run` invocations a no-op snapshot may answer: nothing but -C, --json, --jobs and
 * (status) --exit-code, whose answer for an all-fresh project does not depend on anything else.
 * The fast path (fast-path.ts) and the writer below use this one rule.
 */
function snapshotArgs(args) {
    if (args.command !== 'status' && args.command !== 'run')
        return false;
    if (args.operands.length > 0)
        return false;
    const allowed = [
        'directory',
        'json',
        'jobs',
        ...(args.command === 'status' ? ['exit-code'] : []),
    ];
    return Object.entries(args.values).every(([name, value]) => allowed.includes(name) || value === false);
}
/**
 * After a full check: writes the snapshot when every stage was fresh, else removes it. Best
 * effort (it only saves time next run): returns a warning instead of failing.
 */
function updateSnapshot(args, session, journal, report, signal) {
    if (!snapshotArgs(args) || session.project.pipeline.format !== 'reprokit')
        return [];
    if ((0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(args, 'manifest') !== undefined || (0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .list */ .p_)(args, 'force').length > 0)
        return [];
    if ((0,_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .flag */ .Jt)(args, 'dry-run'))
        return [];
    const all = report?.stages ?? [];
    // An image's digest lives in docker, not in any file the snapshot watches: always ask.
    const images = session.project.pipeline.stages.some((s) => s.image !== undefined);
    const fresh = !images &&
        !signal.aborted &&
        report?.ok === true &&
        all.every((s) => s.result === 'fresh' && s.status === 'fresh');
    return (0,_session_best_effort_js__WEBPACK_IMPORTED_MODULE_2__/* .bestEffort */ .z)([
        [
            'the no-op snapshot',
            () => fresh
                ? (0,_noop_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .writeNoopSnapshot */ .eA)(session.root, session.manifest, [...journal, '.reprokit/state.jsonl'], all.map(snapshotStage))
                : (0,_noop_snapshot_js__WEBPACK_IMPORTED_MODULE_0__/* .removeNoopSnapshot */ .vJ)(session.root),
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

/***/ 8462:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   p_: () => (/* binding */ list)
/* harmony export */ });
function flag(args, name) {
    return args.values[name] === true;
}
function text(args, name) {
    const value = args.values[name];
    return typeof value === 'string' ? value : undefined;
}
function list(args, name) {
    const value = args.values[name];
    return Array.isArray(value) ? value : [];
}
function count(args, name) {
    const value = args.values[name];
    return typeof value === 'number' ? value : undefined;
}


/***/ }),

/***/ 2457:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   PA: () => (/* binding */ GLOBAL_OPTIONS),
/* harmony export */   v: () => (/* binding */ commandNamed)
/* harmony export */ });
/**
 * Every command and option of the CLI. To add a command: write `commands/<name>.ts` exporting
 * `run(args, io): Promise<number>`, and add one entry to COMMANDS below (its options as data).
 * Help, docs/cli.md's reference (`npm run docs:cli`) and the parser follow from this table.
 * This module is on the no-op fast path: it may import nothing but types.
 */
const GLOBAL_OPTIONS = [
    {
        name: 'directory',
        short: 'C',
        type: 'string',
        value: 'DIR',
        help: 'project directory (default: the current one)',
    },
    {
        name: 'manifest',
        short: 'f',
        type: 'string',
        value: 'FILE',
        help: 'manifest inside the project (default: reprokit.yml, reprokit.yaml, else dvc.yaml)',
    },
    {
        name: 'cache-dir',
        type: 'string',
        value: 'DIR',
        help: 'local cache store (default: .reprokit/cache; env REPROKIT_CACHE_DIR)',
    },
    { name: 'help', short: 'h', type: 'switch', help: 'print help (for a command: its options)' },
    { name: 'version', type: 'switch', help: 'print the version' },
];
const json = (what) => ({ name: 'json', type: 'switch', help: what });
const noCache = {
    name: 'no-cache',
    type: 'switch',
    help: 'neither read nor write the cache',
};
/** The team cache on S3-compatible storage (docs/remote-cache.md). */
const remoteOptions = [
    {
        name: 'remote',
        type: 'string',
        value: 'URL',
        help: 'team cache, s3://bucket/prefix (env REPROKIT_REMOTE; manifest cache.remote; none: off)',
    },
    {
        name: 'remote-write',
        type: 'switch',
        help: 'save to the remote (default, except pull requests from forks)',
    },
    { name: 'no-remote-write', type: 'switch', help: 'only read from the remote' },
    {
        name: 'remote-endpoint',
        type: 'string',
        value: 'URL',
        help: 'S3-compatible endpoint (MinIO, R2); default AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL',
    },
];
const COMMANDS = [
    {
        name: 'run',
        operands: '[STAGE...]',
        takesOperands: true,
        summary: 'bring the stages (default: all) and what they need up to date',
        description: 'Stale stages run in topological order, independent ones in parallel; stages whose\n' +
            'result is in the cache are restored instead of run.',
        options: [
            {
                name: 'force',
                type: 'list',
                value: 'STAGE',
                help: 'run STAGE even if it is fresh (repeat, or comma-separated)',
            },
            { name: 'force-all', type: 'switch', help: 'run every selected stage' },
            { name: 'dry-run', short: 'n', type: 'switch', help: 'show what would run, run nothing' },
            {
                name: 'jobs',
                short: 'j',
                type: 'count',
                value: 'N',
                help: 'run up to N stages at once (default: number of CPUs)',
            },
            {
                name: 'keep-going',
                short: 'k',
                type: 'switch',
                help: 'after a failure, go on with stages that do not depend on it',
            },
            {
                name: 'no-restore',
                type: 'switch',
                help: 'restore only the cached outputs that stages that run read',
            },
            noCache,
            ...remoteOptions,
            json('print the result as JSON on stdout (logs go to stderr)'),
            {
                name: 'write-dvc-lock',
                type: 'switch',
                help: 'dvc.yaml projects: write dvc.lock (DVC md5 hashes) after the run',
            },
            {
                name: 'no-wait',
                type: 'switch',
                help: 'if another run holds the project (.reprokit/lock), exit 75 at once',
            },
        ],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(883)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2883)),
    },
    {
        name: 'status',
        operands: '[STAGE...]',
        takesOperands: true,
        summary: 'say per stage: fresh, cached (would be restored) or stale (would run), and why',
        description: 'Runs and restores nothing.',
        options: [
            json('print the statuses as JSON on stdout'),
            noCache,
            ...remoteOptions,
            {
                name: 'exit-code',
                type: 'switch',
                help: 'exit 1 when a stage is stale or cached (a CI gate, like git diff --exit-code)',
            },
        ],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(16)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5635)),
    },
    {
        name: 'plan',
        operands: '[STAGE...]',
        takesOperands: true,
        summary: 'status, plus the stale stages grouped into waves for parallel CI jobs',
        options: [
            json('print the plan as JSON (read by the reusable workflow)'),
            noCache,
            { name: 'force', type: 'list', value: 'STAGE', help: 'plan STAGE as stale' },
            {
                name: 'max-waves',
                type: 'count',
                value: 'N',
                help: 'wave jobs in the workflow (default 4); deeper waves merge into the last',
            },
            {
                name: 'max-groups',
                type: 'count',
                value: 'N',
                help: 'parallel jobs per wave (default 4)',
            },
            {
                name: 'actions-cache',
                type: 'switch',
                help: 'read the GitHub Actions cache (in a workflow, with the runtime token)',
            },
            {
                name: 'cache-salt',
                type: 'string',
                value: 'S',
                help: "the action's cache-salt, with --actions-cache",
            },
            {
                name: 'output',
                short: 'o',
                type: 'string',
                value: 'FILE',
                help: 'write the result to FILE instead of standard output',
            },
        ],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(649)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9649)),
    },
    {
        name: 'dag',
        operands: '',
        takesOperands: false,
        summary: 'print the pipeline graph',
        options: [
            { name: 'mermaid', type: 'switch', help: 'as a Mermaid flowchart' },
            { name: 'dot', type: 'switch', help: 'as Graphviz dot' },
            json('as JSON'),
        ],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8248)),
    },
    {
        name: 'metrics',
        operands: 'show | diff [REV]',
        takesOperands: true,
        summary: "show the workspace's metrics, or compare them with a git revision or the last run",
        description: 'show: every metrics file the manifest declares, flattened to dotted names.\n' +
            'diff REV: the same files as committed at the git revision REV (git show REV:path);\n' +
            'diff without REV: the values recorded by the last run. The table is the one the pull\n' +
            'request comment shows.',
        options: [json('print the rows as JSON')],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(703)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8703)),
    },
    {
        name: 'plots',
        operands: 'show | diff [REV]',
        takesOperands: true,
        summary: 'draw the declared plots as an HTML page, alone or against a git revision or the last run',
        description: 'show: every plot the manifest declares (top-level plots: and stage plots outputs), drawn\n' +
            'from the workspace files. diff REV: the same files as committed at the git revision REV\n' +
            'drawn in the same charts; diff without REV: against the rows the last run recorded.\n' +
            'Writes one self-contained page (SVG, no scripts; opens offline) and prints its path.',
        options: [
            {
                name: 'out',
                short: 'o',
                type: 'string',
                value: 'DIR',
                help: 'directory for index.html (default: .reprokit/plots in the project)',
            },
        ],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(594)]).then(__nccwpck_require__.bind(__nccwpck_require__, 594)),
    },
    {
        name: 'gc',
        operands: '',
        takesOperands: false,
        summary: 'delete what the local cache holds that nothing needs any more',
        description: "Keeps the entries the current manifest's stages are recorded with, plus those of the\n" +
            'last N runs. Safe while another run is going: nothing newer than the start of gc is\n' +
            'deleted.',
        options: [
            {
                name: 'keep-last',
                type: 'count',
                value: 'N',
                help: 'also keep the entries of the last N runs (default 1)',
            },
            { name: 'dry-run', short: 'n', type: 'switch', help: 'say what would be deleted' },
            json('print what was deleted as JSON'),
            ...remoteOptions,
            {
                name: 'delete',
                type: 'switch',
                help: 'with --remote: really delete (a remote gc is a dry run by default)',
            },
            {
                name: 'keep-days',
                type: 'count',
                min: 0,
                value: 'N',
                help: 'with --remote: keep entries younger than N days (default 30)',
            },
        ],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(218)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8218)),
    },
    {
        name: 'push',
        operands: '[STAGE...]',
        takesOperands: true,
        summary: 'upload what the stages need from the local cache to the remote cache',
        options: [...remoteOptions],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(994)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3994)),
    },
    {
        name: 'pull',
        operands: '[STAGE...]',
        takesOperands: true,
        summary: 'download what the stages need from the remote cache into the local one',
        options: [...remoteOptions],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(994)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3994)),
    },
    {
        name: 'init',
        operands: '',
        takesOperands: false,
        summary: 'write a starter manifest and workflow into the project (see templates/)',
        description: 'Writes the files that do not exist yet and lists the ones it skipped.',
        options: [
            {
                name: 'template',
                short: 't',
                type: 'string',
                value: 'NAME',
                help: 'python (default), r, snakemake, make, quarto, scheduled, container',
            },
            json('print what was written as JSON'),
            { name: 'force', type: 'switch', help: 'overwrite files that exist' },
        ],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(69), __nccwpck_require__.e(434), __nccwpck_require__.e(114)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3114)),
    },
    {
        name: 'help',
        operands: '[COMMAND]',
        takesOperands: true,
        summary: 'print help (for a command: its options)',
        options: [],
        load: () => __nccwpck_require__.e(/* import() */ 865).then(__nccwpck_require__.bind(__nccwpck_require__, 5865)),
    },
    {
        name: 'version',
        operands: '',
        takesOperands: false,
        summary: 'print the version',
        options: [],
        load: () => __nccwpck_require__.e(/* import() */ 40).then(__nccwpck_require__.bind(__nccwpck_require__, 40)),
    },
];
function commandNamed(name) {
    return COMMANDS.find((c) => c.name === name);
}


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WL: () => (/* binding */ stageErrorText),
/* harmony export */   dr: () => (/* binding */ passedOnText),
/* harmony export */   qL: () => (/* binding */ retryText)
/* harmony export */ });
/* unused harmony exports failureText, attemptText */
/* harmony import */ var _core_units_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2184);
/* harmony import */ var _core_result_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9294);


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

/***/ 5991:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ bestEffort)
/* harmony export */ });
/**
 * Runs steps whose only purpose is speed next time. A full disk or a read-only `.reprokit/`
 * must not fail a run that succeeded: each failure becomes one warning, and the rest go on.
 * (Its own module: the CLI's no-op fast path uses it and must not load the adapters.)
 */
function bestEffort(steps) {
    const warnings = [];
    for (const [what, step] of steps) {
        try {
            step();
        }
        catch (e) {
            warnings.push(`could not save ${what}: ${e.message}; reprokit goes on (the next run may do more work)`);
        }
    }
    return warnings;
}


/***/ }),

/***/ 6206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ stageResults)
/* harmony export */ });
/* unused harmony export stageResult */
/* harmony import */ var _report_failures_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7999);
/* harmony import */ var _report_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7063);


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

// EXTERNAL MODULE: ./src/adapters/local/process-runner.ts + 2 modules
var process_runner = __nccwpck_require__(8000);
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
// EXTERNAL MODULE: ./src/entry/cli/snapshot.ts
var snapshot = __nccwpck_require__(2481);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __nccwpck_require__(8462);
// EXTERNAL MODULE: ./src/entry/cli/color.ts
var color = __nccwpck_require__(8546);
;// CONCATENATED MODULE: ./src/entry/cli/fast-path.ts








/** Manifests the fast path knows; dvc.yaml projects always take the full path (dvc.lock check). */
const OWN_MANIFESTS = ['reprokit.yml', 'reprokit.yaml'];
/**
 * Answers `status`/`run` from a valid no-op snapshot, or returns undefined for the full check.
 * It gets the arguments from the one parser; snapshotArgs is the rule for which it may answer.
 */
function tryFastPath(args, io) {
    if (io.env.REPROKIT_NO_FASTPATH || !(0,snapshot/* snapshotArgs */.K)(args))
        return undefined;
    const started = Date.now();
    const root = (0,external_node_path_.resolve)(io.cwd, (0,spec/* text */.Qq)(args, 'directory') ?? '.');
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
    const json = (0,spec/* flag */.Jt)(args, 'json');
    if (args.command === 'status') {
        const paint = (0,color/* painter */.C)(!json && (0,color/* colorEnabled */.X)(io.stdout, io.env));
        io.stdout.write(json ? JSON.stringify((0,output/* planJson */.iY)(report), null, 2) + '\n' : (0,output/* planTable */.k0)(report, paint));
        return 0;
    }
    const reporter = new cli_reporter/* CliReporter */.G2(io.stderr, {
        paint: (0,color/* painter */.C)((0,color/* colorEnabled */.X)(io.stderr, io.env)),
        live: io.stderr.isTTY === true && !json,
    });
    reporter.setStageNames(report.stages.map((s) => s.name));
    for (const stage of report.stages)
        reporter.handle({ type: 'stage-end', report: stage });
    reporter.finish();
    io.stdout.write(json ? JSON.stringify((0,output/* runJson */.MP)(report), null, 2) + '\n' : (0,cli_reporter/* summaryTable */.jb)(report));
    return 0;
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __nccwpck_require__(2085);
// EXTERNAL MODULE: ./src/entry/cli/table.ts
var table = __nccwpck_require__(2457);
;// CONCATENATED MODULE: ./src/entry/cli/args.ts



/**
 * The one argument parser of the CLI (the no-op fast path uses it too). Node's `parseArgs`
 * splits the words (combined short flags `-nk`, `-j4`, `--name=value`, `--` ending options);
 * this module checks them against the command table: unknown options get "did you mean", an
 * option of another command says so, values are checked by type.
 */
class UsageError extends Error {
}
function parseArgs(argv) {
    const located = locateCommand(argv);
    const spec = located ? resolveCommand(located.word) : (0,table/* commandNamed */.v)('help');
    if (!spec)
        throw new Error('Internal error: the command table has no help command');
    const rest = located ? [...argv.slice(0, located.index), ...argv.slice(located.index + 1)] : argv;
    const options = [...table/* GLOBAL_OPTIONS */.PA, ...spec.options];
    const values = {};
    const operands = [];
    for (const token of split(rest, options)) {
        if (token.kind === 'positional')
            operands.push(token.value);
        else if (token.kind === 'option')
            readOption(token, options, spec, values);
    }
    if (values.version === true)
        return { command: 'version', operands: [], values };
    if (values.help === true)
        return { command: 'help', operands: located ? [spec.name] : operands, values };
    if (!spec.takesOperands && operands.length > 0)
        throw new UsageError(`"reprokit ${spec.name}" takes no ${operands.length === 1 ? 'operand' : 'operands'}, got ${operands.map((o) => `"${o}"`).join(', ')}`);
    return { command: spec.name, operands, values };
}
/** The first word that is neither an option nor a global option's value (`reprokit -C dir run`). */
function locateCommand(argv) {
    for (const token of split(argv, table/* GLOBAL_OPTIONS */.PA)) {
        if (token.kind === 'option-terminator')
            return undefined;
        if (token.kind === 'positional')
            return { word: token.value, index: token.index };
    }
    return undefined;
}
function resolveCommand(word) {
    const spec = (0,table/* commandNamed */.v)(word);
    if (spec)
        return spec;
    const guess = (0,suggest/* closest */.k)(word, table/* COMMANDS */.Lo.map((c) => c.name));
    throw new UsageError(`unknown command "${word}"${guess ? `: did you mean "${guess}"?` : ''}`);
}
function split(argv, options) {
    const config = {};
    for (const o of options)
        config[o.name] = { type: o.type === 'switch' ? 'boolean' : 'string', ...shortOf(o) };
    const { tokens } = (0,external_node_util_.parseArgs)({
        args: [...argv],
        options: config,
        strict: false,
        allowPositionals: true,
        tokens: true,
    });
    return tokens ?? [];
}
function shortOf(o) {
    return o.short ? { short: o.short } : {};
}
function readOption(token, options, command, values) {
    const spec = options.find((o) => matches(o, token.rawName));
    if (!spec)
        throw unknownOption(token.rawName, options, command);
    const raw = token.rawName;
    if (spec.type === 'switch') {
        values[spec.name] = token.value === undefined ? true : switchValue(raw, token.value);
        return;
    }
    const value = token.value;
    if (value === undefined)
        throw new UsageError(`${raw} needs a value`);
    if (!token.inlineValue && value.startsWith('-') && value !== '-')
        throw new UsageError(`${raw} needs a value (${spec.value ?? 'VALUE'}) before ${value}; a value that starts with "-" is written ${raw.startsWith('--') ? raw : `--${spec.name}`}=${value}`);
    switch (spec.type) {
        case 'string':
            values[spec.name] = value;
            return;
        case 'list': {
            const before = values[spec.name];
            values[spec.name] = [
                ...(Array.isArray(before) ? before : []),
                ...value.split(',').filter(Boolean),
            ];
            return;
        }
        case 'count':
            values[spec.name] = wholeNumber(raw, value, spec.min ?? 1);
            return;
    }
}
const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];
/** `--dry-run=false` means what it says; anything but a yes/no word is a mistake worth naming. */
function switchValue(raw, value) {
    const word = value.toLowerCase();
    if (TRUE_WORDS.includes(word))
        return true;
    if (FALSE_WORDS.includes(word))
        return false;
    throw new UsageError(`${raw} is a switch: write ${raw} or ${raw}=false, not ${raw}=${value}`);
}
function unknownOption(raw, options, command) {
    const elsewhere = table/* COMMANDS */.Lo.filter((c) => c !== command && c.options.some((o) => matches(o, raw))).map((c) => c.name);
    if (elsewhere.length > 0)
        return new UsageError(`${raw} does not apply to "reprokit ${command.name}" (it is an option of ${elsewhere.map((c) => `"reprokit ${c}"`).join(', ')})`);
    const names = options.flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])]);
    const guess = raw.startsWith('--')
        ? (0,suggest/* closest */.k)(raw, names.filter((n) => n.startsWith('--')))
        : undefined;
    return new UsageError(`unknown option ${raw}${guess ? `: did you mean ${guess}?` : ''}`);
}
function matches(o, raw) {
    return raw === `--${o.name}` || (o.short !== undefined && raw === `-${o.short}`);
}
function wholeNumber(raw, value, min) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min)
        throw new UsageError(`${raw} needs a whole number of at least ${min}, not "${value}"`);
    return n;
}

// EXTERNAL MODULE: ./src/entry/cli/exit.ts
var exit = __nccwpck_require__(5093);
;// CONCATENATED MODULE: ./src/entry/cli/main.ts




/** The whole CLI: parse, then run the command (loaded only now). */
async function main(argv, io) {
    const parsed = parseOrExplain(argv, io);
    return typeof parsed === 'number' ? parsed : dispatch(parsed, io);
}
/** Parsed arguments, or the usage exit code after saying what is wrong. */
function parseOrExplain(argv, io) {
    try {
        return parseArgs(argv);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.stderr.write(`reprokit: ${e.message}\nRun "reprokit help" for usage.\n`);
        return exit/* EXIT */.d.usage;
    }
}
async function dispatch(args, io) {
    const spec = (0,table/* commandNamed */.v)(args.command);
    if (!spec)
        throw new Error(`Internal error: the parser returned the unknown command ${args.command}`);
    const { run } = await spec.load();
    return run(args, io);
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
const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    signal: controller.signal,
};
/**
 * One parse; a still-valid no-op snapshot answers before the command's code (engine, adapters)
 * is even loaded.
 */
async function start() {
    const args = parseOrExplain(process.argv.slice(2), io);
    if (typeof args === 'number')
        return args;
    return tryFastPath(args, io) ?? dispatch(args, io);
}
start().then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`reprokit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
});


//# sourceMappingURL=index.js.map