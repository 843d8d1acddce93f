export const id = 883;
export const ids = [883];
export const modules = {

/***/ 2460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YP: () => (/* binding */ localDvcLockServices)
/* harmony export */ });
/* unused harmony exports md5File, md5Text, dirMd5, DvcHasher */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5628);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6107);
/* harmony import */ var _local_atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2771);






const CHUNK = 4 * 1024 * 1024;
/** DVC 3's file hash (`hash: md5`): the md5 of the bytes, no newline conversion. */
function md5File(abs) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5');
    const buffer = Buffer.allocUnsafe(CHUNK);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(abs, 'r');
    try {
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, CHUNK, null);
            if (read === 0)
                break;
            hash.update(read === CHUNK ? buffer : buffer.subarray(0, read));
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return hash.digest('hex');
}
function md5Text(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(text, 'utf8').digest('hex');
}
/** DVC's directory hash: md5 of the sorted `{md5, relpath}` JSON listing, plus ".dir". */
function dirMd5(entries) {
    return `${md5Text((0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_3__/* .dirListingJson */ .Yu)(entries))}.dir`;
}
/**
 * Hashes workspace paths the way DVC does, each file at most once. Directory listings skip
 * `.git` and `.dvc` (DVC's built-in ignores); `.dvcignore` files are not read.
 */
class DvcHasher {
    workspace;
    toAbsolute;
    files = new Map();
    constructor(workspace, toAbsolute) {
        this.workspace = workspace;
        this.toAbsolute = toAbsolute;
    }
    /** undefined when the path does not exist. */
    async hash(path) {
        const info = await this.workspace.info(path);
        if (info === undefined)
            return undefined;
        if (info.kind === 'file')
            return this.file(path);
        const entries = [];
        let size = 0;
        for (const file of await this.workspace.listFiles(path)) {
            const relpath = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .relativeTo */ .Mf)(file, path);
            if (relpath.split('/').some((part) => part === '.git' || part === '.dvc'))
                continue;
            const hashed = this.file(file);
            entries.push({ relpath, md5: hashed.md5 });
            size += hashed.size;
        }
        return { md5: dirMd5(entries), size, nfiles: entries.length };
    }
    /** Something rewrote these paths: forget their hashes. */
    forget() {
        this.files.clear();
    }
    file(path) {
        let known = this.files.get(path);
        if (!known) {
            const abs = this.toAbsolute(path);
            known = { md5: md5File(abs), size: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs).size };
            this.files.set(path, known);
        }
        return known;
    }
}
/** Hashing and writing for dvc.lock on the local disk (the project root is workspace.root). */
function localDvcLockServices(workspace) {
    const toAbsolute = (path) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspace.root, ...path.split('/'));
    const hasher = new DvcHasher(workspace, toAbsolute);
    return {
        workspace,
        hash: (path) => hasher.hash(path),
        writeText: async (path, text) => {
            (0,_local_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(toAbsolute(path), text);
            workspace.invalidate([path]);
        },
    };
}


/***/ }),

/***/ 5628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F0: () => (/* binding */ stringifyLock),
/* harmony export */   FI: () => (/* binding */ LOCK_FILE),
/* harmony export */   KU: () => (/* binding */ sameLockEntry),
/* harmony export */   MZ: () => (/* binding */ lockStageTexts),
/* harmony export */   PG: () => (/* binding */ parseLock),
/* harmony export */   SB: () => (/* binding */ stageLock),
/* harmony export */   Yn: () => (/* binding */ relativePosix),
/* harmony export */   Yu: () => (/* binding */ dirListingJson),
/* harmony export */   qh: () => (/* binding */ lockDifferences),
/* harmony export */   wC: () => (/* binding */ renderLock)
/* harmony export */ });
/* unused harmony exports DEFAULT_PARAMS, pyJsonString, compareCodePoints, lockOut, sameValue */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);

/**
 * dvc.lock (schema 2.0) as DVC 3 writes it (dvc/stage/serialize.py, to_single_stage_lockfile):
 * per stage the cmd as written, deps and outs sorted by path (metrics and plots are outs), each
 * with `hash: md5`, the md5 (directories: the md5 of their `.dir` listing plus ".dir"), size
 * and, for directories, nfiles; params per file (the default params.yaml first, then by path),
 * keys sorted. Pure: hashing files is the adapter's job.
 */
const LOCK_FILE = 'dvc.lock';
const DEFAULT_PARAMS = 'params.yaml';
/**
 * The bytes DVC hashes for a directory: `json.dumps(entries, sort_keys=True)` of the entries
 * sorted by relpath. Python's defaults: separators ", " and ": ", non-ASCII escaped as \uXXXX.
 */
function dirListingJson(entries) {
    const sorted = [...entries].sort((a, b) => compareCodePoints(a.relpath, b.relpath));
    return `[${sorted
        .map((e) => `{${pyJsonString('md5')}: ${pyJsonString(e.md5)}, ${pyJsonString('relpath')}: ${pyJsonString(e.relpath)}}`)
        .join(', ')}]`;
}
/** Python's json.dumps of a string with ensure_ascii=True. */
function pyJsonString(text) {
    return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Python compares strings by code point; JavaScript's `<` by UTF-16 unit. */
function compareCodePoints(a, b) {
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const d = x[i].codePointAt(0) - y[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return x.length - y.length;
}
function lockOut(path, hash) {
    return {
        path,
        hash: 'md5',
        md5: hash.md5,
        size: hash.size,
        ...(hash.nfiles !== undefined ? { nfiles: hash.nfiles } : {}),
    };
}
function stageLock(input) {
    const byPath = (a, b) => compareCodePoints(a.path, b.path);
    const deps = [...input.deps].sort(byPath).map((d) => lockOut(d.path, d.hash));
    const outs = [...input.outs].sort(byPath).map((o) => lockOut(o.path, o.hash));
    const files = [...input.params.keys()].sort((a, b) => a === DEFAULT_PARAMS ? -1 : b === DEFAULT_PARAMS ? 1 : compareCodePoints(a, b));
    const params = {};
    for (const file of files) {
        const values = input.params.get(file) ?? {};
        params[file] = Object.fromEntries(Object.keys(values)
            .sort(compareCodePoints)
            .map((k) => [k, values[k]]));
    }
    return {
        cmd: input.cmd,
        ...(deps.length > 0 ? { deps } : {}),
        ...(files.length > 0 ? { params } : {}),
        ...(outs.length > 0 ? { outs } : {}),
    };
}
/**
 * YAML the way DVC (ruamel) writes it: block style, lists not indented, single quotes, and never
 * an anchor or alias (two equal entries are written out twice, as DVC does).
 */
function stringifyLock(doc) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(doc, LOCK_YAML);
}
const LOCK_YAML = {
    indentSeq: false,
    lineWidth: 0,
    singleQuote: true,
    aliasDuplicateObjects: false,
};
/**
 * Writes a lock whose kept entries are byte-identical to the previous file, so that `git diff`
 * shows only the stages that changed.
 */
function renderLock(entries) {
    let text = "schema: '2.0'\nstages:\n";
    if (entries.length === 0)
        return stringifyLock({ schema: '2.0', stages: {} });
    for (const { name, entry, keep } of entries) {
        text += keep ?? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)({ stages: { [name]: entry } }, LOCK_YAML).replace(/^stages:\n/, '');
    }
    return text;
}
/**
 * Each stage's text in a lock file written in the usual layout (`schema: '2.0'` then a block
 * `stages:` mapping, as DVC writes it); undefined for any other layout (then nothing is kept).
 */
function lockStageTexts(text) {
    if (!text.startsWith("schema: '2.0'\nstages:\n"))
        return undefined;
    let doc;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text);
    }
    catch {
        return undefined;
    }
    if (doc.errors.length > 0)
        return undefined;
    const stages = doc.get('stages', true);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(stages) || stages.flow)
        return undefined;
    const starts = [];
    for (const pair of stages.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) || !pair.key.range)
            return undefined;
        const at = text.lastIndexOf('\n', pair.key.range[0]) + 1;
        starts.push({ name: String(pair.key.value), at });
    }
    const out = new Map();
    starts.forEach(({ name, at }, i) => {
        const end = i + 1 < starts.length ? starts[i + 1].at : text.length;
        out.set(name, text.slice(at, end));
    });
    return out;
}
/** Equal as DVC reads them; an entry written by DVC 2 (no `hash: md5`) equals its DVC 3 form. */
function sameLockEntry(a, b) {
    const strip = (s) => ({
        ...s,
        ...(s.deps ? { deps: s.deps.map(withoutHashName) } : {}),
        ...(s.outs ? { outs: s.outs.map(withoutHashName) } : {}),
    });
    return sameValue(strip(a), strip(b));
}
function withoutHashName(entry) {
    const { hash: _hash, ...rest } = entry;
    return rest;
}
/** The stages of a dvc.lock text; undefined when it is not a schema 2.0 lock. */
function parseLock(text) {
    let value;
    try {
        value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const doc = value;
    if (String(doc.schema) !== '2.0')
        return undefined;
    const stages = typeof doc.stages === 'object' && doc.stages !== null ? doc.stages : {};
    return { schema: '2.0', stages: stages };
}
/** Why the recorded lock entry does not describe the current stage (empty: it does). */
function lockDifferences(current, recorded) {
    if (recorded === undefined)
        return ['not in dvc.lock'];
    const reasons = [];
    if (!sameValue(normalizeCmd(current.cmd), normalizeCmd(recorded.cmd)))
        reasons.push('cmd changed');
    for (const [what, now, then] of [
        ['dep', current.deps, recorded.deps ?? []],
        ['out', current.outs, recorded.outs ?? []],
    ]) {
        const before = new Map(then.map((e) => [e.path, e.md5]));
        const after = new Set(now.map((e) => e.path));
        for (const entry of now) {
            if (!before.has(entry.path))
                reasons.push(`${what} ${entry.path} is not in dvc.lock`);
            else if (entry.md5 !== undefined && entry.md5 !== before.get(entry.path))
                reasons.push(`${what} ${entry.path} changed`);
        }
        for (const path of before.keys())
            if (!after.has(path))
                reasons.push(`${what} ${path} is no longer declared`);
    }
    const recordedParams = recorded.params ?? {};
    for (const file of new Set([...Object.keys(current.params), ...Object.keys(recordedParams)])) {
        const now = current.params[file] ?? {};
        const then = recordedParams[file] ?? {};
        for (const key of new Set([...Object.keys(now), ...Object.keys(then)])) {
            if (!(key in then))
                reasons.push(`param ${file}:${key} is not in dvc.lock`);
            else if (!(key in now))
                reasons.push(`param ${file}:${key} is no longer declared`);
            else if (!sameValue(now[key], then[key]))
                reasons.push(`param ${file}:${key} changed`);
        }
    }
    return reasons;
}
function normalizeCmd(cmd) {
    if (cmd === undefined)
        return [];
    return typeof cmd === 'string' ? [cmd] : [...cmd];
}
/** Deep equality of YAML values (mapping key order does not matter). */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        return (Array.isArray(a) &&
            Array.isArray(b) &&
            a.length === b.length &&
            a.every((item, i) => sameValue(item, b[i])));
    }
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
        const x = a;
        const y = b;
        const keys = Object.keys(x);
        return (keys.length === Object.keys(y).length && keys.every((k) => k in y && sameValue(x[k], y[k])));
    }
    return false;
}
/** Posix path of `path` relative to `dir` (both root-relative), as DVC writes def_path. */
function relativePosix(dir, path) {
    const from = dir === '' ? [] : dir.split('/');
    const to = path === '' ? [] : path.split('/');
    let common = 0;
    while (common < from.length && common < to.length && from[common] === to[common])
        common++;
    const up = from.slice(common).map(() => '..');
    return [...up, ...to.slice(common)].join('/') || '.';
}


/***/ }),

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

/***/ 2135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LN: () => (/* binding */ checkDvcLock),
/* harmony export */   gz: () => (/* binding */ writeDvcLock)
/* harmony export */ });
/* unused harmony exports lockFileOf, computeStageLock */
/* harmony import */ var _core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5628);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6107);


function lockFileOf(project) {
    return (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .joinPath */ .uJ)((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .parentDir */ .Qp)(project.pipeline.manifestFile), _core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCK_FILE */ .FI);
}
/**
 * Writes dvc.lock after a run: stages that succeeded (ran, restored or fresh) get an entry
 * computed from the workspace; the others keep what the lock had. Stage order is dvc.yaml's.
 */
async function writeDvcLock(project, services, report) {
    const file = lockFileOf(project);
    const previousText = await services.workspace.readText(file);
    const previous = previousText === undefined ? undefined : (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLock */ .PG)(previousText);
    const results = new Map(report?.stages.map((s) => [s.name, s.result]) ?? []);
    const texts = previousText === undefined ? undefined : (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .lockStageTexts */ .MZ)(previousText);
    const entries = [];
    const updated = [];
    const kept = [];
    const missing = [];
    for (const stage of project.pipeline.stages) {
        const result = results.get(stage.name);
        const succeeded = report === undefined || result === 'ran' || result === 'restored' || result === 'fresh';
        const entry = succeeded ? await computeStageLock(project, stage, services) : undefined;
        const old = previous?.stages[stage.name];
        // An entry that did not change keeps its bytes (DVC 2 form, number format, line breaks).
        const keep = old && (!entry || (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .sameLockEntry */ .KU)(entry, old)) ? texts?.get(stage.name) : undefined;
        if (entry) {
            entries.push({ name: stage.name, entry, ...(keep !== undefined ? { keep } : {}) });
            updated.push(stage.name);
        }
        else if (old) {
            entries.push({ name: stage.name, entry: old, ...(keep !== undefined ? { keep } : {}) });
            kept.push(stage.name);
        }
        else
            missing.push(stage.name);
    }
    const text = texts === undefined && entries.every((e) => e.keep === undefined)
        ? (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .stringifyLock */ .F0)({
            schema: '2.0',
            stages: Object.fromEntries(entries.map((e) => [e.name, e.entry])),
        })
        : (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .renderLock */ .wC)(entries);
    const written = text !== previousText;
    if (written)
        await services.writeText(file, text);
    return { file, written, updated, kept, missing };
}
/** The lock entry of a stage from the workspace; undefined when a dep or out is missing. */
async function computeStageLock(project, stage, services) {
    const hashAll = async (paths) => {
        const out = [];
        for (const path of paths) {
            const hash = await services.hash(path);
            if (hash === undefined)
                return undefined;
            out.push({ path: asWritten(stage, path), hash });
        }
        return out;
    };
    const deps = await hashAll(stage.deps.map((d) => d.path));
    const outs = await hashAll(stage.outs.map((o) => o.path));
    if (!deps || !outs)
        return undefined;
    return (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .stageLock */ .SB)({
        cmd: lockCmd(stage),
        deps,
        outs,
        params: new Map(Object.entries(paramsOf(project, stage))),
    });
}
/** A dep or out path the way dvc.yaml wrote it (DVC's lock repeats it verbatim). */
function asWritten(stage, path) {
    return stage.dvc?.paths[path] ?? (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .relativePosix */ .Yn)(stage.wdir, path);
}
function lockCmd(stage) {
    const asList = stage.dvc?.cmdIsList ?? stage.cmd.length !== 1;
    return asList ? stage.cmd : (stage.cmd[0] ?? '');
}
/** Declared param values, by params file as written (relative to the wdir) and key. */
function paramsOf(project, stage) {
    const values = project.params.get(stage.name) ?? {};
    const out = {};
    for (const ref of stage.params) {
        const file = (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .relativePosix */ .Yn)(stage.wdir, ref.file);
        const into = (out[file] ??= {});
        if (ref.keys === 'all') {
            const doc = values[ref.file];
            if (typeof doc === 'object' && doc !== null)
                Object.assign(into, doc);
            continue;
        }
        for (const key of ref.keys) {
            const id = `${ref.file}:${key}`;
            if (id in values)
                into[key] = values[id];
        }
    }
    return out;
}
/**
 * Is the committed dvc.lock current? Without pulling data: commands, params and source deps are
 * compared with the workspace; a dep that another stage produces is compared with that stage's
 * recorded out; outputs are compared only when they are in the workspace. Frozen stages are not
 * checked (DVC does not check them either).
 */
async function checkDvcLock(project, services) {
    const file = lockFileOf(project);
    const text = await services.workspace.readText(file);
    const lock = text === undefined ? undefined : (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .parseLock */ .PG)(text);
    if (!lock) {
        return {
            file,
            found: false,
            upToDate: false,
            stale: project.pipeline.stages.map((s) => ({
                stage: s.name,
                reasons: [
                    text === undefined ? `${file} does not exist` : `${file} is not a schema 2.0 lock`,
                ],
            })),
        };
    }
    const stale = [];
    for (const stage of project.pipeline.stages) {
        if (stage.frozen)
            continue;
        const recorded = lock.stages[stage.name];
        const current = {
            cmd: lockCmd(stage),
            deps: await Promise.all(stage.deps.map(async (d) => ({
                path: asWritten(stage, d.path),
                md5: await depMd5(project, lock, d.path, services),
            }))),
            outs: await Promise.all(stage.outs.map(async (o) => ({
                path: asWritten(stage, o.path),
                md5: (await services.hash(o.path))?.md5,
            }))),
            params: paramsOf(project, stage),
        };
        const reasons = (0,_core_dvc_lock_js__WEBPACK_IMPORTED_MODULE_0__/* .lockDifferences */ .qh)(current, recorded);
        // A source dep missing from the workspace cannot be current.
        for (const dep of stage.deps) {
            if (project.graph.producers.overlapping(dep.path).length > 0)
                continue;
            if ((await services.hash(dep.path)) === undefined)
                reasons.push(`dep ${dep.path} does not exist`);
        }
        if (reasons.length > 0)
            stale.push({ stage: stage.name, reasons });
    }
    return { file, found: true, upToDate: stale.length === 0, stale };
}
/** A produced dep is taken from its producer's lock entry (no download); sources are hashed. */
async function depMd5(project, lock, path, services) {
    const producers = project.graph.producers.overlapping(path);
    const exact = producers.find((p) => p.out.path === path);
    if (exact) {
        const entry = lock.stages[exact.stage.name];
        const def = asWritten(exact.stage, path);
        return entry?.outs?.find((o) => o.path === def)?.md5 ?? `missing from ${exact.stage.name}`;
    }
    if (producers.length > 0)
        return (await services.hash(path))?.md5;
    return (await services.hash(path))?.md5;
}


/***/ }),

/***/ 2883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run),
  stageRequest: () => (/* binding */ stageRequest)
});

// EXTERNAL MODULE: ./src/core/path-journal.ts
var path_journal = __webpack_require__(1142);
// EXTERNAL MODULE: ./src/adapters/dvc/md5.ts
var md5 = __webpack_require__(2460);
// EXTERNAL MODULE: ./src/engine/dvc/lock.ts
var dvc_lock = __webpack_require__(2135);
// EXTERNAL MODULE: ./src/entry/cli/color.ts
var color = __webpack_require__(8546);
// EXTERNAL MODULE: ./src/entry/cli/context.ts + 17 modules
var context = __webpack_require__(2434);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/adapters/local/atomic.ts
var atomic = __webpack_require__(2771);
// EXTERNAL MODULE: ./src/adapters/local/processes.ts
var processes = __webpack_require__(4809);
;// CONCATENATED MODULE: ./src/adapters/local/project-lock.ts





const LOCK = 'lock';
/** Held for a few system calls while a stale lock is replaced, so two waiters cannot both take it. */
const BREAKER = 'lock.break';
/**
 * The advisory project lock: one `reprokit run` at a time per project. A file created with
 * link(2), which fails if the name exists, so taking it is atomic (also on NFS); its content is
 * complete from the first moment (written to a temporary name first). A lock whose holder is
 * a dead process of this host is stale and taken over. A holder on another host cannot be
 * checked: the waiter keeps waiting and says so.
 */
class ProjectLock {
    file;
    holder;
    released = false;
    constructor(file, holder) {
        this.file = file;
        this.holder = holder;
    }
    static async acquire(request) {
        const file = (0,external_node_path_.join)(request.dir, LOCK);
        const me = {
            pid: process.pid,
            host: (0,external_node_os_.hostname)(),
            command: request.command,
            startedAt: new Date().toISOString(),
        };
        let announced = false;
        for (;;) {
            if (request.signal.aborted)
                return { ok: false, reason: 'interrupted' };
            let created;
            try {
                created = createLockFile(request.dir, file, me);
            }
            catch (e) {
                return unwritable(file, e);
            }
            if (created)
                return { ok: true, lock: new ProjectLock(file, me) };
            const holder = readHolder(file) ?? unreadable(file);
            if (holder && isStale(holder)) {
                let replaced;
                try {
                    replaced = replaceStale(request.dir, file, holder, me);
                }
                catch (e) {
                    return unwritable(file, e);
                }
                if (replaced)
                    return { ok: true, lock: new ProjectLock(file, me), tookOverFrom: holder };
                continue;
            }
            // No holder: the file vanished or is being replaced right now; look again at once.
            if (!holder)
                continue;
            if (!request.wait)
                return { ok: false, reason: 'busy', holder };
            if (!announced)
                request.onWait?.(holder);
            announced = true;
            await pause(request.pollMs ?? 100, request.signal);
        }
    }
    /** Removes the lock if it is still ours (never someone else's that replaced a stale copy). */
    release() {
        if (this.released)
            return;
        this.released = true;
        const current = readHolder(this.file);
        if (current && sameHolder(current, this.holder))
            (0,external_node_fs_.rmSync)(this.file, { force: true });
    }
}
function createLockFile(dir, file, me) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const tmp = (0,atomic/* tempName */.u8)(file);
    (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(me) + '\n');
    try {
        (0,external_node_fs_.linkSync)(tmp, file);
        return true;
    }
    catch (e) {
        if (e.code === 'EEXIST')
            return false;
        throw e;
    }
    finally {
        (0,external_node_fs_.rmSync)(tmp, { force: true });
    }
}
function readHolder(file) {
    try {
        const value = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (typeof value.pid !== 'number' || typeof value.host !== 'string')
            return undefined;
        return {
            pid: value.pid,
            host: value.host,
            command: typeof value.command === 'string' ? value.command : '',
            startedAt: typeof value.startedAt === 'string' ? value.startedAt : '',
        };
    }
    catch {
        return undefined;
    }
}
/** A lock file nobody could have written (not JSON, no pid): treated as a dead holder's. */
function unreadable(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    return { pid: 0, host: (0,external_node_os_.hostname)(), command: '(unreadable lock file)', startedAt: '' };
}
function isStale(holder) {
    return holder.host === (0,external_node_os_.hostname)() && !(0,processes/* processAlive */.F)(holder.pid);
}
function sameHolder(a, b) {
    return a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt;
}
/**
 * Replaces a stale lock under the breaker, re-reading it there: of two waiters that both saw the
 * dead holder, the second finds the first one's live lock and goes back to waiting.
 */
function replaceStale(dir, file, stale, me) {
    const breaker = (0,external_node_path_.join)(dir, BREAKER);
    const breakerHolder = { ...me, command: 'replacing a stale lock' };
    if (!createLockFile(dir, breaker, breakerHolder)) {
        // Only a process that died within these few calls leaves the breaker behind.
        const other = readHolder(breaker);
        if (other && isStale(other))
            (0,external_node_fs_.rmSync)(breaker, { force: true });
        return false;
    }
    try {
        const current = readHolder(file);
        if (current && !sameHolder(current, stale))
            return false;
        try {
            (0,external_node_fs_.unlinkSync)(file);
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
        }
        return createLockFile(dir, file, me);
    }
    finally {
        (0,external_node_fs_.rmSync)(breaker, { force: true });
    }
}
function unwritable(file, e) {
    const error = e;
    return { ok: false, reason: 'unwritable', path: error.path ?? file, cause: error.message };
}
function pause(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}

// EXTERNAL MODULE: ./src/adapters/local/sweep.ts
var sweep = __webpack_require__(3328);
// EXTERNAL MODULE: ./src/session/compose.ts + 3 modules
var compose = __webpack_require__(7505);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/lock.ts





/** `run --no-wait` while another run holds the project: "try again later" (sysexits EX_TEMPFAIL). */
const EXIT_BUSY = 75;
/**
 * Takes the project lock for the commands that write (`run`, not `--dry-run`); read-only ones
 * (`status`, `plan`, `dag`) never wait. Then sweeps temporary files that killed runs left behind.
 * Returns the lock to release, undefined when none is needed, or the exit code to end with.
 */
async function lockForCommand(root, args, io, options) {
    if (args.command !== 'run' || (0,spec/* flag */.Jt)(args, 'dry-run'))
        return undefined;
    const dir = (0,external_node_path_.join)(root, compose/* STATE_DIR */.e);
    const attempt = await ProjectLock.acquire({
        dir,
        command: `reprokit ${options.argv.join(' ')}`.slice(0, 200),
        wait: !(0,spec/* flag */.Jt)(args, 'no-wait'),
        signal: io.signal,
        onWait: (holder) => io.stderr.write(`reprokit: waiting for ${describe(holder)}; Ctrl-C to stop\n`),
    });
    if (!attempt.ok) {
        switch (attempt.reason) {
            case 'busy':
                io.stderr.write(`reprokit: not started: ${describe(attempt.holder)} (--no-wait; exit ${EXIT_BUSY})\n`);
                return EXIT_BUSY;
            case 'interrupted':
                io.stderr.write('reprokit: stopped while waiting for the project lock; nothing was run\n');
                return 130;
            case 'unwritable':
                io.stderr.write(`reprokit: cannot lock the project: ${attempt.cause}\n` +
                    `  (run needs to write ${dir}; status, plan and dag work on a read-only checkout)\n`);
                return 1;
        }
    }
    if (attempt.tookOverFrom) {
        io.stderr.write(`reprokit: notice: took over the project lock of pid ${attempt.tookOverFrom.pid} ("${attempt.tookOverFrom.command}"), which is no longer running\n`);
    }
    lock_sweep(dir, options.cacheDir, io);
    return attempt.lock;
}
/** "the run started 12 s ago by pid 4242 ("reprokit run") on host" */
function describe(holder) {
    const started = Date.parse(holder.startedAt);
    const ago = Number.isNaN(started)
        ? ''
        : ` started ${Math.max(0, Math.round((Date.now() - started) / 1000))} s ago`;
    return `the run${ago} by pid ${holder.pid} ("${holder.command}") on ${holder.host}`;
}
function lock_sweep(stateDir, cacheDir, io) {
    const now = Date.now();
    // The default store (.reprokit/cache/objects/ab/…) lies three levels down.
    const removed = (0,sweep/* sweepTempFiles */.g)(stateDir, { depth: 3, now });
    if (cacheDir)
        removed.push(...(0,sweep/* sweepTempFiles */.g)(cacheDir, { depth: 2, now }));
    if (removed.length > 0)
        io.stderr.write(`reprokit: removed ${removed.length} temporary file${removed.length === 1 ? '' : 's'} left by an interrupted run\n`);
}

// EXTERNAL MODULE: ./src/entry/cli/output.ts
var output = __webpack_require__(368);
// EXTERNAL MODULE: ./src/entry/cli/reporter.ts
var cli_reporter = __webpack_require__(6360);
// EXTERNAL MODULE: ./src/entry/cli/snapshot.ts
var snapshot = __webpack_require__(2481);
;// CONCATENATED MODULE: ./src/entry/cli/commands/run.ts










/**
 * `reprokit run`: brings the selected stages up to date, holding the project lock (a second run
 * waits, or with --no-wait exits 75).
 */
async function run(args, io) {
    const root = (0,context/* projectRoot */.YQ)(args, io);
    if (root === undefined)
        return context/* EXIT */.dc.usage;
    const held = await lockForCommand(root, args, io, {
        argv: process.argv.slice(2),
        ...(0,context/* cacheDir */.e8)(args, io),
    });
    if (typeof held === 'number')
        return held;
    try {
        const code = await runLocked(args, io);
        // A signal that came after the last stage (while storing, saving state) still counts.
        return io.signal.aborted && code === context/* EXIT */.dc.ok ? context/* EXIT */.dc.interrupted : code;
    }
    finally {
        held?.release();
    }
}
async function runLocked(args, io) {
    const json = (0,spec/* flag */.Jt)(args, 'json');
    const paint = (0,color/* painter */.C)((0,color/* colorEnabled */.X)(io.stderr, io.env));
    const reporter = new cli_reporter/* CliReporter */.G2(io.stderr, { paint, live: io.stderr.isTTY === true && !json });
    const journal = new path_journal/* PathJournal */.p();
    const session = await (0,context/* openForCli */.Ec)(args, io, {
        stages: [...args.operands, ...(0,spec/* list */.p_)(args, 'force')],
        journal,
        emit: (event) => reporter.handle(event),
        onFilesChecked: (files, bytes) => reporter.filesChecked(files, bytes),
        ...((0,spec/* flag */.Jt)(args, 'no-cache') ? { cache: 'none' } : {}),
    });
    if (typeof session === 'number')
        return session;
    reporter.setStageNames(session.project.graph.order.map((s) => s.name));
    const outcome = {};
    try {
        return await bringUpToDate(session, args, io, reporter, outcome);
    }
    finally {
        reporter.finish();
        const warnings = [
            ...session.close(),
            ...(0,snapshot/* updateSnapshot */.W)(args, session, journal, outcome.report, io.signal),
        ];
        // Warn once: on a read-only checkout every save fails for the same reason.
        if (warnings[0])
            io.stderr.write(`reprokit: warning: ${warnings[0]}\n`);
    }
}
function stageRequest(args, io) {
    const jobs = (0,spec/* count */.U9)(args, 'jobs');
    return {
        targets: args.operands,
        force: (0,spec/* list */.p_)(args, 'force'),
        forceAll: (0,spec/* flag */.Jt)(args, 'force-all'),
        ...(jobs !== undefined ? { jobs } : {}),
        keepGoing: (0,spec/* flag */.Jt)(args, 'keep-going'),
        restore: (0,spec/* flag */.Jt)(args, 'no-restore') ? [] : 'all',
        signal: io.signal,
    };
}
async function bringUpToDate(session, args, io, reporter, outcome) {
    const json = (0,spec/* flag */.Jt)(args, 'json');
    const { project } = session;
    const dvcLock = (0,spec/* flag */.Jt)(args, 'write-dvc-lock');
    if (dvcLock && project.pipeline.format !== 'dvc') {
        io.stderr.write(`reprokit: --write-dvc-lock needs a dvc.yaml project, not ${project.pipeline.manifestFile}\n`);
        return context/* EXIT */.dc.usage;
    }
    if ((0,spec/* flag */.Jt)(args, 'dry-run')) {
        const report = await session.plan(stageRequest(args, io));
        io.stdout.write(json
            ? JSON.stringify((0,output/* planJson */.iY)(report), null, 2) + '\n'
            : `Dry run: nothing was run.\n${(0,output/* planTable */.k0)(report)}`);
        return context/* EXIT */.dc.ok;
    }
    const report = await session.run(stageRequest(args, io));
    outcome.report = report;
    reporter.finish();
    if (dvcLock && !report.interrupted) {
        const lock = await (0,dvc_lock/* writeDvcLock */.gz)(project, (0,md5/* localDvcLockServices */.YP)(session.workspace), report);
        io.stderr.write(`reprokit: ${lock.file} ${lock.written ? 'written' : 'already up to date'}` +
            (lock.kept.length > 0 ? `; kept the previous entries of ${lock.kept.join(', ')}` : '') +
            (lock.missing.length > 0 ? `; no entry for ${lock.missing.join(', ')}` : '') +
            '\n');
    }
    io.stdout.write(json ? JSON.stringify((0,output/* runJson */.MP)(report), null, 2) + '\n' : (0,cli_reporter/* summaryTable */.jb)(report));
    if (report.interrupted || io.signal.aborted)
        return context/* EXIT */.dc.interrupted;
    // A stage with `image:` and no docker here: the setup is wrong, not the stage (exit 2).
    if (report.stages.some((s) => s.failure?.kind === 'container-unavailable'))
        return context/* EXIT */.dc.usage;
    return report.ok ? context/* EXIT */.dc.ok : context/* EXIT */.dc.failed;
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

//# sourceMappingURL=883.index.js.map