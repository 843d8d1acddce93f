export const id = 460;
export const ids = [460];
export const modules = {

/***/ 2460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   localDvcLockServices: () => (/* binding */ localDvcLockServices)
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


/***/ })

};

//# sourceMappingURL=460.index.js.map