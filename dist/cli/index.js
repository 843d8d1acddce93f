#!/usr/bin/env node
import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   g: () => (/* binding */ FileHasher),
/* harmony export */   sha256Text: () => (/* binding */ sha256Text)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


const CHUNK = 4 * 1024 * 1024;
const SMALL_FILE = 1024 * 1024;
/** SHA-256 of a file. Synchronous reads in large chunks are the fastest way on Node (see docs/performance.md). */
function sha256File(abs, size) {
    if (size <= SMALL_FILE)
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(abs)).digest('hex');
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
function sha256Text(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex');
}
/** Hashes workspace files, skipping those the stat cache vouches for. */
class FileHasher {
    toAbsolute;
    statCache;
    constructor(toAbsolute, statCache) {
        this.toAbsolute = toAbsolute;
        this.statCache = statCache;
    }
    async hashFiles(paths) {
        const found = new Map();
        const nowNs = BigInt(Date.now()) * 1000000n;
        for (const path of paths) {
            const abs = this.toAbsolute(path);
            const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs, { bigint: true });
            const size = Number(stats.size);
            const executable = (Number(stats.mode) & 0o111) !== 0;
            const remembered = this.statCache.get(path, stats);
            if (remembered) {
                found.set(path, {
                    path,
                    digest: remembered.digest,
                    size,
                    executable: remembered.executable,
                });
                continue;
            }
            const digest = sha256File(abs, size);
            this.statCache.put(path, stats, digest, executable, nowNs);
            found.set(path, { path, digest, size, executable });
        }
        return found;
    }
}


/***/ }),

/***/ 6746:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ NodeWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6085);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6107);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6467);






/** Directories never walked when expanding globs from the project root. */
const SKIPPED_IN_GLOBS = new Set(['.git', '.reprokit']);
/** The project directory on the local disk. Symlinks are followed only while they stay inside. */
class NodeWorkspace {
    root;
    realRoot;
    listings = new Map();
    realDirs = new Map();
    constructor(root) {
        this.root = root;
        this.realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
    }
    abs(path) {
        return path === '' ? this.root : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, ...path.split('/'));
    }
    async info(path) {
        return this.infoSync(path);
    }
    infoSync(path) {
        const abs = this.abs(path);
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            return undefined;
        }
        // A symlinked directory higher up could lead anywhere: the parent must resolve inside too.
        this.checkInside((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .parentDir */ .Qp)(path), this.realDir((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .parentDir */ .Qp)(path)));
        if (stats.isSymbolicLink()) {
            let real;
            try {
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
            }
            catch {
                return undefined; // a dangling link is a missing file
            }
            this.checkInside(path, real);
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
        }
        if (stats.isDirectory())
            return { kind: 'dir', size: 0 };
        if (stats.isFile())
            return { kind: 'file', size: stats.size };
        return undefined;
    }
    realDir(dir) {
        let real = this.realDirs.get(dir);
        if (real === undefined) {
            real = dir === '' ? this.realRoot : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(this.abs(dir));
            this.realDirs.set(dir, real);
        }
        return real;
    }
    checkInside(path, real) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.realRoot, real);
        if (rel === '..' || rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_2__.sep) || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel))
            throw new _ports_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkspaceEscape */ .J(path, real);
    }
    /**
     * Throws WorkspaceEscape when the path, or the closest part of it that exists, resolves
     * outside the project (through a symlinked directory, say). Used before anything is written
     * or removed there.
     */
    assertInside(path) {
        for (let p = path;; p = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .parentDir */ .Qp)(p)) {
            let real;
            try {
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(this.abs(p));
            }
            catch {
                real = undefined;
            }
            if (real !== undefined) {
                this.checkInside(p, real);
                return;
            }
            if (p === '')
                return;
        }
    }
    /** Files and directories under these paths changed (a stage ran, outputs were restored). */
    invalidate(paths) {
        for (const dir of [...this.listings.keys()])
            if (paths.some((p) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .overlaps */ .$f)(dir, p)))
                this.listings.delete(dir);
        for (const dir of [...this.realDirs.keys()])
            if (paths.some((p) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .overlaps */ .$f)(dir, p)))
                this.realDirs.delete(dir);
    }
    /** Remembered until invalidated: loading checks a directory dep and hashing reads it again. */
    async listFiles(dir) {
        let files = this.listings.get(dir);
        if (!files) {
            const found = [];
            this.checkInside(dir, this.realDir(dir));
            this.walk(dir, found, new Set(), () => true);
            files = found.sort();
            this.listings.set(dir, files);
        }
        return [...files];
    }
    walk(dir, files, seen, enter) {
        const abs = this.abs(dir);
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
        if (seen.has(real))
            return;
        seen.add(real);
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        for (const entry of entries) {
            const path = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(dir, entry.name);
            if (entry.isFile())
                files.push(path);
            else if (entry.isDirectory()) {
                if (enter(path, entry.name))
                    this.walk(path, files, seen, enter);
            }
            else if (entry.isSymbolicLink()) {
                const info = this.infoSync(path);
                if (info?.kind === 'file')
                    files.push(path);
                else if (info?.kind === 'dir' && enter(path, entry.name))
                    this.walk(path, files, seen, enter);
            }
        }
    }
    async glob(pattern) {
        const base = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globBase */ .EI)(pattern);
        const info = this.infoSync(base);
        if (info?.kind !== 'dir')
            return [];
        const regexp = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globToRegExp */ .tL)(pattern);
        const files = [];
        this.walk(base, files, new Set(), (_path, name) => !SKIPPED_IN_GLOBS.has(name));
        return files.filter((f) => regexp.test(f)).sort();
    }
    isSymlink(path) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(this.abs(path)).isSymbolicLink();
        }
        catch {
            return false;
        }
    }
    async readText(path) {
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.abs(path), 'utf8');
        }
        catch {
            return undefined;
        }
    }
    async remove(path) {
        if (path === '')
            throw new Error('Internal error: refusing to remove the project root');
        // Never remove through a symlinked directory that leads out of the project.
        this.assertInside((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .parentDir */ .Qp)(path));
        const link = this.isSymlink(path);
        if (!link)
            this.assertInside(path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.abs(path), { recursive: true, force: true });
        this.invalidate([path]);
    }
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   nn: () => (/* binding */ globMayMatchUnder),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Globs for deps: `*` and `?` within a path segment, `[...]` classes, `**` across segments.
 * Pure: matching only. Walking the file system is the workspace adapter's job.
 */
const GLOB_CHARS = /[*?[]/;
function isGlob(path) {
    return GLOB_CHARS.test(path);
}
/** The directory before the first segment with a wildcard: where a walk has to start. */
function globBase(pattern) {
    const segments = pattern.split('/');
    const base = [];
    for (const segment of segments) {
        if (isGlob(segment))
            break;
        base.push(segment);
    }
    if (base.length === segments.length)
        base.pop();
    return base.join('/');
}
function globToRegExp(pattern) {
    let source = '';
    const segments = pattern.split('/');
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**') {
            source += last ? '.*' : '(?:[^/]+/)*';
            return;
        }
        source += segmentToRegExp(segment) + (last ? '' : '/');
    });
    return new RegExp(`^${source}$`);
}
function segmentToRegExp(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0) {
                out += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            if (body.startsWith('!'))
                body = '^/' + body.slice(1);
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = close;
        }
        else
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return out;
}
/**
 * Could `dir` itself, or something under it, match the pattern? Used to connect a glob dep to
 * another stage's output, which may be a file or a directory.
 */
function globMayMatchUnder(pattern, dir) {
    const segments = pattern.split('/');
    const parts = dir === '' ? [] : dir.split('/');
    for (let i = 0; i < parts.length; i++) {
        const segment = segments[i];
        if (segment === undefined)
            return false;
        if (segment === '**')
            return true;
        if (!new RegExp(`^${segmentToRegExp(segment)}$`).test(parts[i]))
            return false;
    }
    return true;
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   Qp: () => (/* binding */ parentDir),
/* harmony export */   Tl: () => (/* binding */ resolveInProject),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
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

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkRecord)
/* harmony export */ });
/* unused harmony export isSafePath */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6107);

const HEX64 = /^[0-9a-f]{64}$/;
/**
 * A record read from a cache or state file is untrusted input: check its shape, that it is the
 * record asked for, and that every file it names stays inside the output it belongs to.
 */
function checkRecord(value, expect) {
    if (!isObject(value))
        return undefined;
    if (value.version !== 1 ||
        value.stage !== expect.stage ||
        typeof value.key !== 'string' ||
        !HEX64.test(value.key))
        return undefined;
    if (expect.key !== undefined && value.key !== expect.key)
        return undefined;
    if (!isFingerprint(value.fingerprint) || !Array.isArray(value.outputs))
        return undefined;
    if (typeof value.durationMs !== 'number' || typeof value.createdAt !== 'string')
        return undefined;
    if (!value.outputs.every(isOutputRecord))
        return undefined;
    if (value.metrics !== undefined && !isObject(value.metrics))
        return undefined;
    return value;
}
function isFingerprint(value) {
    if (!isObject(value))
        return false;
    const stringArray = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
    const stringRecord = (v) => isObject(v) && Object.values(v).every((x) => typeof x === 'string');
    return (typeof value.keyVersion === 'number' &&
        stringArray(value.cmd) &&
        typeof value.shell === 'string' &&
        typeof value.wdir === 'string' &&
        stringRecord(value.env) &&
        isObject(value.params) &&
        Array.isArray(value.outs) &&
        stringRecord(value.deps) &&
        stringArray(value.needs) &&
        typeof value.salt === 'string');
}
function isOutputRecord(value) {
    if (!isObject(value))
        return false;
    if (!isSafePath(value.path) || (value.kind !== 'file' && value.kind !== 'dir'))
        return false;
    if (typeof value.digest !== 'string' ||
        !HEX64.test(value.digest) ||
        typeof value.cached !== 'boolean')
        return false;
    if (!Array.isArray(value.files))
        return false;
    const outPath = value.path;
    return value.files.every((f) => isFileDigest(f) && (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isWithin */ .UO)(f.path, outPath));
}
function isFileDigest(value) {
    return (isObject(value) &&
        isSafePath(value.path) &&
        typeof value.digest === 'string' &&
        HEX64.test(value.digest) &&
        typeof value.size === 'number' &&
        typeof value.executable === 'boolean');
}
/** Relative, normalized, no `..`, no empty segments. */
function isSafePath(value) {
    if (typeof value !== 'string' ||
        value === '' ||
        value.startsWith('/') ||
        value.includes('\\') ||
        value.includes('\0'))
        return false;
    return value.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ WorkspaceEscape)
/* harmony export */ });
class WorkspaceEscape extends Error {
    path;
    target;
    constructor(path, target) {
        super(`${path} is a symlink to ${target}, outside the project`);
        this.path = path;
        this.target = target;
    }
}


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

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/adapters/process-runner.ts

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
            const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
                cwd: spec.cwd,
                env: spec.env,
                stdio: ['ignore', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
            });
            const pid = child.pid;
            if (pid !== undefined)
                live.add(pid);
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
                }
                resolve(result);
            };
            if (spec.signal.aborted)
                stop();
            else
                spec.signal.addEventListener('abort', stop, { once: true });
            child.stdout.setEncoding('utf8').on('data', (chunk) => spec.onOutput(chunk, 'stdout'));
            child.stderr.setEncoding('utf8').on('data', (chunk) => spec.onOutput(chunk, 'stderr'));
            child.on('error', (e) => finish({ exitCode: null, signal: null, spawnError: e.message }));
            child.on('close', (exitCode, signal) => finish({ exitCode, signal }));
        });
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/core/format-diagnostic.ts
/**
 * Renders a diagnostic the way compilers do:
 *
 *   reprokit.yml:7:5: error: unknown key "dep" in stage "prepare"
 *      7 |     dep: [src/prepare.js]
 *        |     ^^^
 *     = hint: did you mean "deps"?
 */
function formatDiagnostic(diagnostic, locator) {
    const span = spanOf(diagnostic, locator);
    const where = span ? `${span.file}:${span.line}:${span.column}: ` : '';
    const lines = [`${where}${diagnostic.severity}: ${diagnostic.message}`];
    if (span)
        lines.push(...quote(span, locator));
    for (const related of diagnostic.related ?? []) {
        const relatedSpan = related.source ? locator.locate(related.source) : undefined;
        const at = relatedSpan ? `${relatedSpan.file}:${relatedSpan.line}:${relatedSpan.column}: ` : '';
        lines.push(`  ${at}${related.message}`);
        if (relatedSpan)
            lines.push(...quote(relatedSpan, locator).map((l) => '  ' + l));
    }
    if (diagnostic.hint)
        lines.push(`   = hint: ${diagnostic.hint.replace(/\n/g, '\n' + ' '.repeat(11))}`);
    return lines.join('\n');
}
function spanOf(diagnostic, locator) {
    if (diagnostic.span)
        return diagnostic.span;
    return diagnostic.source ? locator.locate(diagnostic.source) : undefined;
}
function quote(span, locator) {
    const text = locator.text(span.file);
    if (text === undefined)
        return [];
    const line = text.split('\n')[span.line - 1];
    if (line === undefined)
        return [];
    const gutter = String(span.line).padStart(5);
    const endColumn = span.endLine === span.line ? span.endColumn : line.length + 1;
    const width = Math.max(1, endColumn - span.column);
    return [
        `${gutter} | ${line.replace(/\r$/, '')}`,
        `${' '.repeat(gutter.length)} | ${' '.repeat(span.column - 1)}${'^'.repeat(width)}`,
    ];
}

;// CONCATENATED MODULE: ./src/core/suggest.ts
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

;// CONCATENATED MODULE: ./src/core/render-dag.ts
const MERMAID_STYLE = {
    fresh: 'fill:#e8f5e9,stroke:#43a047,color:#1b5e20',
    restored: 'fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1',
    cached: 'fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1',
    ran: 'fill:#fff8e1,stroke:#f9a825,color:#6d4c00',
    stale: 'fill:#fff8e1,stroke:#f9a825,color:#6d4c00',
    failed: 'fill:#ffebee,stroke:#e53935,color:#b71c1c',
    skipped: 'fill:#f5f5f5,stroke:#9e9e9e,color:#616161,stroke-dasharray:4 3',
};
function nodeId(index) {
    return `s${index}`;
}
/** Mermaid ids must be simple; labels are escaped so stage names cannot break the diagram. */
function mermaidLabel(text) {
    return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
function renderMermaid(graph, marks, stages = graph.order) {
    const ids = new Map(stages.map((s, i) => [s.name, nodeId(i)]));
    const lines = ['flowchart LR'];
    for (const stage of stages) {
        const mark = marks?.get(stage.name);
        const label = mermaidLabel(stage.name) + (mark ? `<br/><small>${mark}</small>` : '');
        lines.push(`  ${ids.get(stage.name)}["${label}"]`);
    }
    for (const stage of stages) {
        for (const edge of graph.downstream.get(stage.name) ?? []) {
            const to = ids.get(edge.to);
            if (to)
                lines.push(`  ${ids.get(stage.name)} ${edge.kind === 'needs' ? '-.->' : '-->'} ${to}`);
        }
    }
    if (marks) {
        const used = new Set([...marks.values()]);
        for (const mark of used)
            lines.push(`  classDef ${mark} ${MERMAID_STYLE[mark]}`);
        for (const stage of stages) {
            const mark = marks.get(stage.name);
            if (mark)
                lines.push(`  class ${ids.get(stage.name)} ${mark}`);
        }
    }
    return lines.join('\n');
}
function renderDot(graph) {
    const quote = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const lines = ['digraph pipeline {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
    for (const stage of graph.order)
        lines.push(`  ${quote(stage.name)};`);
    for (const stage of graph.order) {
        for (const edge of graph.downstream.get(stage.name) ?? []) {
            lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)}${edge.kind === 'needs' ? ' [style=dashed]' : ''};`);
        }
    }
    lines.push('}');
    return lines.join('\n');
}
/** Each stage in order with what it waits for and what it writes. */
function renderText(graph) {
    const lines = [];
    for (const stage of graph.order) {
        const after = (graph.upstream.get(stage.name) ?? []).map((e) => e.from);
        lines.push(`${stage.name}${after.length ? `  ← ${after.join(', ')}` : ''}`);
        if (stage.desc)
            lines.push(`    ${stage.desc}`);
        for (const out of stage.outs)
            lines.push(`    → ${out.path}${out.metric ? ' (metrics)' : ''}${out.cache ? '' : ' (not cached)'}`);
    }
    return lines.join('\n');
}
function dagJson(graph) {
    return {
        stages: graph.order.map((s) => ({
            name: s.name,
            ...(s.desc ? { desc: s.desc } : {}),
            deps: s.deps.map((d) => d.path),
            outs: s.outs.map((o) => o.path),
            after: (graph.upstream.get(s.name) ?? []).map((e) => e.from),
        })),
        edges: graph.order.flatMap((s) => (graph.downstream.get(s.name) ?? []).map((e) => ({
            from: e.from,
            to: e.to,
            ...(e.kind === 'dep' ? { path: e.dep.path } : { needs: true }),
        }))),
    };
}

;// CONCATENATED MODULE: ./src/core/fingerprint.ts
/** Bump when the meaning of any fingerprint field changes. */
const KEY_VERSION = 1;
function buildFingerprint(stage, inputs) {
    return {
        keyVersion: KEY_VERSION,
        cmd: stage.cmd,
        shell: stage.shell,
        wdir: stage.wdir,
        env: sortedRecord(stage.env),
        params: sortedRecord(inputs.params),
        outs: stage.outs
            .map((o) => ({ path: o.path, cache: o.cache, persist: o.persist }))
            .sort((a, b) => compareText(a.path, b.path)),
        deps: sortedRecord(inputs.deps),
        needs: stage.needs.map((n) => n.stage).sort(compareText),
        salt: inputs.salt,
    };
}
function stageKey(fingerprint, sha256) {
    return sha256(canonicalJson(fingerprint));
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
function sortedRecord(record) {
    const out = {};
    for (const key of Object.keys(record).sort(compareText))
        out[key] = record[key];
    return out;
}

;// CONCATENATED MODULE: ./src/core/diagnostics.ts
function error(code, message, details = {}) {
    return { code, severity: 'error', message, ...details };
}
function notice(code, message, details = {}) {
    return { code, severity: 'notice', message, ...details };
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __nccwpck_require__(6085);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __nccwpck_require__(6107);
;// CONCATENATED MODULE: ./src/core/result.ts
function ok(value) {
    return { ok: true, value };
}
function err(error) {
    return { ok: false, error };
}
function unreachable(value) {
    throw new Error(`Internal error: unexpected value ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/core/graph.ts





/** Finds the outputs that overlap a path, without scanning every output. */
class OutputIndex {
    byPath = new Map();
    sorted;
    constructor(stages) {
        for (const stage of stages)
            for (const out of stage.outs)
                if (!this.byPath.has(out.path))
                    this.byPath.set(out.path, { stage, out });
        this.sorted = [...this.byPath.keys()].sort();
    }
    get(path) {
        return this.byPath.get(path);
    }
    /** The output equal to `path` or a directory output containing it. */
    containing(path) {
        for (let p = path; p !== ''; p = (0,paths/* parentDir */.Qp)(p)) {
            const hit = this.byPath.get(p);
            if (hit)
                return hit;
        }
        return undefined;
    }
    /** Outputs strictly inside directory `dir`. */
    inside(dir) {
        const prefix = dir + '/';
        const found = [];
        for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
            const path = this.sorted[i];
            if (!path.startsWith(prefix))
                break;
            found.push(this.byPath.get(path));
        }
        return found;
    }
    /** Every output overlapping `path` (containing it, equal, or inside it). */
    overlapping(path) {
        const container = this.containing(path);
        return container ? [container, ...this.inside(path)] : this.inside(path);
    }
    all() {
        return [...this.byPath.values()];
    }
}
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Connects stages through their files and `needs`; reports clashes, unknown stages and cycles. */
function buildGraph(pipeline) {
    const diagnostics = [];
    const byName = new Map(pipeline.stages.map((s) => [s.name, s]));
    diagnostics.push(...checkOutputs(pipeline.stages));
    const producers = new OutputIndex(pipeline.stages);
    const upstream = new Map(pipeline.stages.map((s) => [s.name, []]));
    const downstream = new Map(pipeline.stages.map((s) => [s.name, []]));
    const addEdge = (edge) => {
        const list = upstream.get(edge.to);
        if (list.some((e) => e.from === edge.from))
            return;
        list.push(edge);
        downstream.get(edge.from).push(edge);
    };
    for (const stage of pipeline.stages) {
        for (const dep of stage.deps) {
            for (const hit of producersOf(dep, producers)) {
                // A glob may sweep over the stage's own outputs: they are simply not part of the dep.
                if (hit.stage.name === stage.name && dep.kind === 'glob')
                    continue;
                if (hit.stage.name === stage.name) {
                    diagnostics.push(error('cycle', `stage "${stage.name}" reads its own output "${hit.out.path}"`, {
                        source: dep.source,
                        related: [{ message: 'declared as an output here', source: hit.out.source }],
                        hint: 'a stage cannot depend on what it writes: remove the dep, or split the stage in two',
                    }));
                    continue;
                }
                addEdge({ kind: 'dep', from: hit.stage.name, to: stage.name, dep, out: hit.out });
            }
        }
        for (const need of stage.needs) {
            if (!byName.has(need.stage)) {
                const guess = closest(need.stage, [...byName.keys()]);
                diagnostics.push(error('unknown-stage', `stage "${stage.name}" needs "${need.stage}", which is not a stage`, {
                    source: need.source,
                    hint: guess
                        ? `did you mean "${guess}"?`
                        : 'list the name of a stage declared under `stages:`',
                }));
            }
            else if (need.stage === stage.name) {
                diagnostics.push(error('cycle', `stage "${stage.name}" needs itself`, {
                    source: need.source,
                    hint: 'remove it from needs: list only the stages that must finish before this one',
                }));
            }
            else
                addEdge({ kind: 'needs', from: need.stage, to: stage.name, need });
        }
    }
    if (diagnostics.length > 0)
        return err(diagnostics);
    const sorted = topologicalOrder(pipeline.stages, upstream, downstream);
    if (!sorted.ok)
        return err([sorted.error]);
    return ok({ order: sorted.value, byName, upstream, downstream, producers });
}
function producersOf(dep, producers) {
    if (dep.kind !== 'glob')
        return producers.overlapping(dep.path);
    return producers.all().filter(({ out }) => (0,glob/* globMayMatchUnder */.nn)(dep.path, out.path));
}
/** Two stages writing the same path, or one writing inside another's output directory. */
function checkOutputs(stages) {
    const diagnostics = [];
    const seen = new Map();
    for (const stage of stages) {
        for (const out of stage.outs) {
            const previous = seen.get(out.path);
            if (previous) {
                diagnostics.push(error('duplicate-output', `output "${out.path}" of stage "${stage.name}" is also an output of stage "${previous.stage.name}"`, {
                    source: out.source,
                    related: [
                        {
                            message: `first declared by stage "${previous.stage.name}" here`,
                            source: previous.out.source,
                        },
                    ],
                    hint: 'each file is written by exactly one stage: rename one output or merge the stages',
                }));
                continue;
            }
            seen.set(out.path, { stage, out });
        }
    }
    for (const [path, entry] of seen) {
        for (let p = (0,paths/* parentDir */.Qp)(path); p !== ''; p = (0,paths/* parentDir */.Qp)(p)) {
            const outer = seen.get(p);
            if (!outer)
                continue;
            diagnostics.push(error('overlapping-output', `output "${path}" of stage "${entry.stage.name}" lies inside output "${p}" of stage "${outer.stage.name}"`, {
                source: entry.out.source,
                related: [{ message: `"${p}" is declared here`, source: outer.out.source }],
                hint: 'outputs may not nest: write to a sibling directory, or declare only the outer directory',
            }));
            break;
        }
    }
    return diagnostics;
}
/** Kahn's algorithm, taking the earliest-declared ready stage first so the order is stable. */
function topologicalOrder(stages, upstream, downstream) {
    const index = new Map(stages.map((s, i) => [s.name, i]));
    const waiting = new Map(stages.map((s) => [s.name, (upstream.get(s.name) ?? []).length]));
    const ready = new MinHeap();
    for (const s of stages)
        if (waiting.get(s.name) === 0)
            ready.push(index.get(s.name));
    const order = [];
    while (ready.size > 0) {
        const stage = stages[ready.pop()];
        order.push(stage);
        for (const edge of downstream.get(stage.name) ?? []) {
            const left = waiting.get(edge.to) - 1;
            waiting.set(edge.to, left);
            if (left === 0)
                ready.push(index.get(edge.to));
        }
    }
    if (order.length === stages.length)
        return ok(order);
    return err(cycleDiagnostic(findCycle(stages, upstream, waiting)));
}
/** Walks upstream edges among the stages left over until a stage repeats. */
function findCycle(stages, upstream, waiting) {
    const stuck = stages.find((s) => waiting.get(s.name) > 0);
    const trail = [];
    const visitedAt = new Map();
    let current = stuck.name;
    while (!visitedAt.has(current)) {
        visitedAt.set(current, trail.length);
        const edge = (upstream.get(current) ?? []).find((e) => waiting.get(e.from) > 0);
        trail.push(edge);
        current = edge.from;
    }
    return trail.slice(visitedAt.get(current)).reverse();
}
function cycleDiagnostic(cycle) {
    const names = [...cycle.map((e) => e.from), cycle[0]?.from ?? ''];
    const related = cycle.map((edge) => edge.kind === 'dep'
        ? {
            message: `"${edge.to}" reads "${edge.dep.path}", written by "${edge.from}"`,
            source: edge.dep.source,
        }
        : { message: `"${edge.to}" needs "${edge.from}"`, source: edge.need.source });
    return error('cycle', `the stages form a cycle: ${names.join(' → ')}`, {
        ...(cycle[0] ? { source: edgeSource(cycle[0]) } : {}),
        related,
        hint: 'a stage cannot depend, directly or through others, on its own result: remove one of these edges',
    });
}
function edgeSource(edge) {
    return edge.kind === 'dep' ? edge.dep.source : edge.need.source;
}
class MinHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(value) {
        const items = this.items;
        items.push(value);
        let i = items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (items[parent] <= value)
                break;
            items[i] = items[parent];
            i = parent;
        }
        items[i] = value;
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0) {
            let i = 0;
            for (;;) {
                const left = 2 * i + 1;
                if (left >= items.length)
                    break;
                const right = left + 1;
                const child = right < items.length && items[right] < items[left] ? right : left;
                if (items[child] >= last)
                    break;
                items[i] = items[child];
                i = child;
            }
            items[i] = last;
        }
        return top;
    }
}
/** The named stages and everything they need, in topological order. */
function selectWithUpstream(graph, targets) {
    if (targets.length === 0)
        return [...graph.order];
    const wanted = new Set();
    const stack = [...targets];
    while (stack.length > 0) {
        const name = stack.pop();
        if (wanted.has(name))
            continue;
        wanted.add(name);
        for (const edge of graph.upstream.get(name) ?? [])
            stack.push(edge.from);
    }
    return graph.order.filter((s) => wanted.has(s.name));
}
/** Stages nothing depends on (the results a user looks at). */
function finalStages(graph, among) {
    const names = new Set(among.map((s) => s.name));
    return among.filter((s) => !(graph.downstream.get(s.name) ?? []).some((e) => names.has(e.to)));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/core/manifest/source.ts



/** Parses YAML (or JSON, a subset) into plain values; syntax errors are positioned diagnostics. */
function parseYaml(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return err(doc.errors.map((e) => {
            const unclosed = e.code === 'MISSING_CHAR' || /end with an? [\]}]/.test(e.message);
            const at = unclosed ? unclosedBracket(text, e.pos[0]) : undefined;
            const from = at ?? e.pos[0];
            const start = lineCounter.linePos(from);
            const end = lineCounter.linePos(at !== undefined ? at + 1 : Math.max(e.pos[1], e.pos[0] + 1));
            const message = e.message.split('\n')[0] ?? e.message;
            return {
                ...error('yaml-syntax', `YAML syntax error: ${message}`, {
                    hint: syntaxHint(unclosed ? 'MISSING_CHAR' : e.code),
                }),
                span: {
                    file,
                    line: start.line,
                    column: start.col,
                    endLine: end.line,
                    endColumn: end.col,
                },
            };
        }));
    }
    return ok(doc.toJS({ maxAliasCount: 1000 }));
}
/**
 * The parser reports a missing `]` or `}` where it gave up, often past the end of the file;
 * the opening bracket that was never closed is what the user has to look at.
 */
function unclosedBracket(text, before) {
    const open = [];
    let quote;
    for (let i = 0; i < Math.min(before, text.length); i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1])))
            i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
        else if (c === '[' || c === '{')
            open.push(i);
        else if ((c === ']' || c === '}') && open.length > 0)
            open.pop();
    }
    return open.pop();
}
function syntaxHint(code) {
    switch (code) {
        case 'MISSING_CHAR':
            return 'close the `[` with `]` (or the `{` with `}`), or quote a value that starts with one';
        case 'DUPLICATE_KEY':
            return 'each key may appear once in a mapping: merge the two entries or rename one';
        case 'BAD_INDENT':
            return 'check the indentation: nested keys need more spaces than their parent, and the same amount as their siblings';
        case 'TAB_AS_INDENT':
            return 'YAML indentation must use spaces, not tabs';
        default:
            return 'fix the YAML syntax at the marked position (quote values that contain ": " or start with special characters)';
    }
}
/**
 * Maps a SourceRef to a line and column. Built lazily: positions are only needed when
 * something has to be reported, so the fast path never pays for them.
 */
class Locator {
    texts;
    parsed = new Map();
    constructor(texts) {
        this.texts = texts;
    }
    text(file) {
        return this.texts.get(file);
    }
    locate(ref) {
        const parsed = this.document(ref.file);
        if (parsed === undefined)
            return undefined;
        const range = findRange(parsed.doc.contents, ref.path, ref.at ?? 'value');
        if (range === undefined)
            return undefined;
        const start = parsed.lines.linePos(range[0]);
        const end = parsed.lines.linePos(Math.max(range[1], range[0] + 1));
        return {
            file: ref.file,
            line: start.line,
            column: start.col,
            endLine: end.line,
            endColumn: end.col,
        };
    }
    document(file) {
        let parsed = this.parsed.get(file);
        if (parsed === undefined) {
            const text = this.texts.get(file);
            if (text === undefined)
                return undefined;
            const lines = new dist/* LineCounter */.HN();
            parsed = { doc: (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false }), lines };
            this.parsed.set(file, parsed);
        }
        return parsed;
    }
}
function findRange(root, path, at) {
    let node = root;
    let keyRange;
    let best = nodeRange(root);
    for (const segment of path) {
        const pair = childPair(node, segment);
        if (pair === undefined)
            return best;
        keyRange = pair.keyRange;
        node = pair.value;
        best = nodeRange(node) ?? keyRange ?? best;
    }
    if (at === 'key' && keyRange !== undefined)
        return keyRange;
    return nodeRange(node) ?? keyRange ?? best;
}
function childPair(node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(segment));
        if (pair === undefined)
            return undefined;
        return { keyRange: nodeRange(pair.key), value: pair.value };
    }
    if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
        const item = node.items[segment];
        return item === undefined ? undefined : { value: item };
    }
    return undefined;
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    if ((0,dist/* isPair */.tO)(key))
        return undefined;
    return typeof key === 'string' ? key : undefined;
}
function nodeRange(node) {
    const range = node?.range;
    if (range === undefined)
        return undefined;
    return [range[0], range[1]];
}

;// CONCATENATED MODULE: ./src/core/reasons.ts

/** Why a stage has to run, in words a person reads in a log or a PR comment. */
function explainChange(current, previous) {
    if (previous === undefined)
        return ['never run'];
    if (previous.keyVersion !== current.keyVersion)
        return ['recorded by an older reprokit (key format changed)'];
    const reasons = [];
    if (canonicalJson(previous.cmd) !== canonicalJson(current.cmd))
        reasons.push('command changed');
    if (previous.shell !== current.shell)
        reasons.push(`shell changed: ${previous.shell} → ${current.shell}`);
    if (previous.wdir !== current.wdir)
        reasons.push(`wdir changed: ${show(previous.wdir || '.')} → ${show(current.wdir || '.')}`);
    for (const name of changedKeys(previous.env, current.env))
        reasons.push(`env ${name} changed`);
    for (const key of changedKeys(previous.params, current.params)) {
        reasons.push(`param ${key} changed: ${show(previous.params[key])} → ${show(current.params[key])}`);
    }
    for (const path of changedKeys(previous.deps, current.deps)) {
        if (!(path in previous.deps))
            reasons.push(`dep ${path} added`);
        else if (!(path in current.deps))
            reasons.push(`dep ${path} removed`);
        else
            reasons.push(`dep ${path} changed`);
    }
    if (canonicalJson(previous.outs) !== canonicalJson(current.outs))
        reasons.push('declared outputs changed');
    if (canonicalJson(previous.needs) !== canonicalJson(current.needs))
        reasons.push('needs changed');
    if (previous.salt !== current.salt)
        reasons.push('cache salt changed');
    return reasons.length > 0 ? reasons : ['no record for this key'];
}
function changedKeys(before, after) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k])).sort();
}
function show(value) {
    if (value === undefined)
        return '(unset)';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

// EXTERNAL MODULE: ./src/ports.ts
var ports = __nccwpck_require__(6467);
;// CONCATENATED MODULE: ./src/engine/digests.ts



/** Hashes each file at most once per run, however many stages read it. */
class FileDigests {
    hasher;
    memo = new Map();
    constructor(hasher) {
        this.hasher = hasher;
    }
    async get(paths) {
        const missing = paths.filter((p) => !this.memo.has(p));
        if (missing.length > 0) {
            const batch = this.hasher.hashFiles(missing);
            for (const path of missing) {
                this.memo.set(path, batch.then((found) => {
                    const digest = found.get(path);
                    if (!digest)
                        throw new Error(`Internal error: ${path} was not hashed`);
                    return digest;
                }));
            }
        }
        return Promise.all(paths.map((p) => this.memo.get(p)));
    }
    /** A stage is about to rewrite these paths: earlier digests no longer hold. */
    forget(prefixes) {
        for (const path of [...this.memo.keys()])
            if (prefixes.some((p) => (0,paths/* isWithin */.UO)(path, p)))
                this.memo.delete(path);
    }
}
class DepProblem extends Error {
}
/**
 * Content digest of one dep. Files produced by another stage are taken from that stage's record
 * (early cutoff without downloads); everything else is hashed in the workspace.
 */
async function depDigest(dep, known, context) {
    if (dep.kind === 'glob')
        return globDigest(dep, known, context);
    const container = context.graph.producers.containing(dep.path);
    if (container)
        return digestInsideOutput(dep, container.out, known, context);
    const inner = context.graph.producers.inside(dep.path).map((p) => recordOf(p.out, known));
    const info = await context.workspace.info(dep.path);
    // A directory that only holds other stages' outputs may not exist yet: they are not restored.
    if (!info && inner.length === 0)
        throw new DepProblem(`dep ${dep.path} does not exist`);
    if (info?.kind === 'file') {
        const [file] = await context.files.get([dep.path]);
        return file.digest;
    }
    const listed = info ? await context.workspace.listFiles(dep.path) : [];
    const onDisk = listed.filter((f) => !inner.some((o) => (0,paths/* isWithin */.UO)(f, o.path)));
    const digests = await context.files.get(onDisk);
    const all = [...digests, ...inner.flatMap((o) => o.files)];
    return treeDigest(all.map((f) => ({ relpath: (0,paths/* relativeTo */.Mf)(f.path, dep.path), digest: f.digest })), context.sha256);
}
function recordOf(out, known) {
    const record = known.get(out.path);
    if (!record)
        throw new Error(`Internal error: output ${out.path} used before its stage finished`);
    return record;
}
function digestInsideOutput(dep, out, known, context) {
    const record = recordOf(out, known);
    if (dep.path === record.path)
        return record.digest;
    const files = record.files.filter((f) => (0,paths/* isWithin */.UO)(f.path, dep.path));
    if (files.length === 0)
        throw new DepProblem(`dep ${dep.path} is not among the files its producer wrote to ${out.path}`);
    if (files.length === 1 && files[0].path === dep.path)
        return files[0].digest;
    return treeDigest(files.map((f) => ({ relpath: (0,paths/* relativeTo */.Mf)(f.path, dep.path), digest: f.digest })), context.sha256);
}
async function globDigest(dep, known, context) {
    const pattern = (0,glob/* globToRegExp */.tL)(dep.path);
    const produced = [...known.values()];
    const onDisk = (await context.workspace.glob(dep.path)).filter((f) => !context.graph.producers.containing(f));
    const fromRecords = produced.flatMap((o) => o.files).filter((f) => pattern.test(f.path));
    const digests = [...(await context.files.get(onDisk)), ...fromRecords];
    return treeDigest(digests.map((f) => ({ relpath: f.path, digest: f.digest })), context.sha256);
}
/** Hashes a stage's outputs in the workspace; lists the declared outputs that are missing. */
async function recordOutputs(stage, context) {
    const outputs = [];
    const missing = [];
    for (const out of stage.outs) {
        const record = await outputInWorkspace(out, context);
        if (record)
            outputs.push(record);
        else
            missing.push(out.path);
    }
    return { outputs, missing };
}
async function outputInWorkspace(out, context) {
    const info = await context.workspace.info(out.path);
    if (!info)
        return undefined;
    if (info.kind === 'file') {
        const files = await context.files.get([out.path]);
        return {
            path: out.path,
            kind: 'file',
            digest: files[0].digest,
            files,
            cached: out.cache,
        };
    }
    const files = await context.files.get(await context.workspace.listFiles(out.path));
    const digest = treeDigest(files.map((f) => ({ relpath: (0,paths/* relativeTo */.Mf)(f.path, out.path), digest: f.digest })), context.sha256);
    return { path: out.path, kind: 'dir', digest, files, cached: out.cache };
}
/** Compares the workspace with recorded outputs; returns what differs (empty: all match). */
async function outputDifferences(stage, recorded, context) {
    const differences = [];
    for (const out of stage.outs) {
        const expected = recorded.find((r) => r.path === out.path);
        const actual = await outputInWorkspace(out, context);
        if (!actual)
            differences.push(`output ${out.path} missing`);
        else if (!expected || expected.digest !== actual.digest)
            differences.push(`output ${out.path} modified`);
    }
    return differences;
}

;// CONCATENATED MODULE: ./src/engine/semaphore.ts
/** Limits how many stage commands run at once. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active < this.limit) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.active--;
    }
}

;// CONCATENATED MODULE: ./src/engine/shell.ts

/** The argv that runs one command line; the text is passed as one argument, never re-split. */
function shellArgv(shell, command) {
    switch (shell) {
        case 'bash':
            return ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command];
        case 'sh':
            return ['sh', '-e', '-c', command];
        case 'pwsh':
            return ['pwsh', '-NoProfile', '-NonInteractive', '-Command', command];
        default:
            return unreachable(shell);
    }
}

;// CONCATENATED MODULE: ./src/engine/engine.ts









/** Larger files are not metrics a person reads in a table. */
const METRICS_LIMIT = 64 * 1024;
async function runPipeline(project, services, options) {
    return new PipelineRun(project, services, options).execute();
}
class PipelineRun {
    project;
    services;
    options;
    selected;
    selectedNames;
    resolutions = new Map();
    settled = new Map();
    restoring = new Map();
    slots;
    digests;
    running = new Set();
    stopReason;
    done = 0;
    constructor(project, services, options) {
        this.project = project;
        this.services = services;
        this.options = options;
        this.selected = selectWithUpstream(project.graph, options.targets);
        this.selectedNames = new Set(this.selected.map((s) => s.name));
        this.slots = new Semaphore(Math.max(1, options.jobs));
        this.digests = {
            workspace: services.workspace,
            files: new FileDigests(services.hasher),
            graph: project.graph,
            sha256: services.sha256,
        };
        options.signal.addEventListener('abort', () => this.stop('interrupted'), { once: true });
    }
    async execute() {
        const started = this.services.now();
        for (const stage of this.selected)
            this.resolutions.set(stage.name, this.resolveSafely(stage));
        const resolutions = await Promise.all(this.selected.map((s) => this.resolutions.get(s.name)));
        const stages = resolutions.map((r) => r.report);
        return {
            ok: stages.every((s) => s.result !== 'failed' && s.result !== 'skipped'),
            interrupted: this.options.signal.aborted,
            stages,
            durationMs: this.services.now() - started,
        };
    }
    stop(reason) {
        this.stopReason ??= reason;
    }
    async resolveSafely(stage) {
        const started = this.services.now();
        let resolution;
        try {
            resolution = await this.resolve(stage);
        }
        catch (e) {
            const message = e instanceof DepProblem || e instanceof ports/* WorkspaceEscape */.J ? e.message : internal(e);
            resolution = this.failed(stage, { status: 'stale', reasons: [], error: message, started });
            if (!this.options.keepGoing)
                this.stop(`stage ${stage.name} failed`);
        }
        this.settled.set(stage.name, resolution);
        this.done++;
        this.services.emit({ type: 'stage-end', report: resolution.report });
        this.services.emit({
            type: 'progress',
            done: this.done,
            total: this.selected.length,
            running: [...this.running],
        });
        return resolution;
    }
    upstreamEdges(stage) {
        return (this.project.graph.upstream.get(stage.name) ?? []).filter((e) => this.selectedNames.has(e.from));
    }
    async resolve(stage) {
        const started = this.services.now();
        const edges = this.upstreamEdges(stage);
        const upstream = await Promise.all(edges.map((e) => this.resolutions.get(e.from)));
        const broken = upstream.find((u) => !u.usable && !u.wouldRun);
        if (broken)
            return this.skipped(stage, `upstream stage ${broken.report.name} ${broken.report.result}`);
        const pending = upstream.filter((u) => u.wouldRun).map((u) => u.report.name);
        if (pending.length > 0) {
            return this.planned(stage, {
                status: 'stale',
                reasons: pending.map((n) => `upstream stage ${n} will run`),
            });
        }
        if (this.stopReason)
            return this.skipped(stage, `not started: ${this.stopReason}`);
        for (let attempt = 0;; attempt++) {
            const fingerprint = await this.fingerprint(stage);
            const key = stageKey(fingerprint, this.services.sha256);
            const decision = await this.decide(stage, fingerprint, key);
            if (decision.kind === 'fresh') {
                return this.usable(stage, {
                    result: 'fresh',
                    status: 'fresh',
                    key,
                    reasons: decision.reasons,
                    outputs: decision.outputs,
                    started,
                    ...(decision.savedMs !== undefined ? { savedMs: decision.savedMs } : {}),
                    ...(decision.metrics ? { metrics: decision.metrics } : {}),
                });
            }
            if (decision.kind === 'cached')
                return this.fromCache(stage, decision, started);
            if (this.options.mode === 'plan') {
                return {
                    ...this.planned(stage, { status: 'stale', reasons: decision.reasons, key }),
                    wouldRun: true,
                };
            }
            const inputsChanged = await this.bringInputs(stage, edges);
            if (inputsChanged && attempt < 2)
                continue;
            return this.runStage(stage, { fingerprint, key, reasons: decision.reasons, started });
        }
    }
    async fingerprint(stage) {
        const known = new Map();
        for (const edge of this.upstreamEdges(stage)) {
            for (const output of this.settled.get(edge.from)?.outputs ?? [])
                known.set(output.path, output);
        }
        const deps = {};
        for (const dep of stage.deps)
            deps[dep.path] = await depDigest(dep, known, this.digests);
        return buildFingerprint(stage, {
            deps,
            params: this.project.params.get(stage.name) ?? {},
            salt: this.options.salt,
        });
    }
    async decide(stage, fingerprint, key) {
        const previous = await this.services.state.read(stage.name);
        if (stage.frozen)
            return this.decideFrozen(stage, previous);
        const forced = this.options.force.all || this.options.force.stages.includes(stage.name);
        if (forced)
            return { kind: 'run', reasons: ['forced'] };
        if (stage.alwaysRun)
            return { kind: 'run', reasons: ['always_run'] };
        let differences;
        if (previous?.key === key) {
            differences = await outputDifferences(stage, previous.outputs, this.digests);
            if (differences.length === 0)
                return { kind: 'fresh', outputs: previous.outputs, reasons: [], metrics: previous.metrics };
        }
        const record = await this.lookup(stage.name, key);
        if (record) {
            const inWorkspace = differences ?? (await outputDifferences(stage, record.outputs, this.digests));
            if (inWorkspace.length === 0) {
                await this.services.state.write(record);
                return {
                    kind: 'fresh',
                    outputs: record.outputs,
                    reasons: [],
                    savedMs: record.durationMs,
                    metrics: record.metrics,
                };
            }
            const restorable = stage.outs.every((o) => o.cache || !inWorkspace.some((d) => d.startsWith(`output ${o.path} `)));
            if (restorable)
                return { kind: 'cached', record, reasons: inWorkspace };
            // Recorded, but an output that is never cached is missing here: only running brings it back.
            return { kind: 'run', reasons: inWorkspace };
        }
        if (differences)
            return { kind: 'run', reasons: differences };
        const baseline = previous ?? (await this.latest(stage.name));
        return { kind: 'run', reasons: explainChange(fingerprint, baseline?.fingerprint) };
    }
    async decideFrozen(stage, previous) {
        const { outputs, missing } = await recordOutputs(stage, this.digests);
        if (missing.length === 0)
            return { kind: 'fresh', outputs, reasons: ['frozen'] };
        const record = previous ? await this.lookup(stage.name, previous.key) : undefined;
        if (record)
            return {
                kind: 'cached',
                record,
                reasons: ['frozen', ...missing.map((m) => `output ${m} missing`)],
            };
        throw new DepProblem(`stage ${stage.name} is frozen but its outputs (${missing.join(', ')}) are neither in the workspace nor in the cache; set frozen: false to run it`);
    }
    async lookup(stage, key) {
        const cache = this.services.cache;
        if (!cache || !this.services.cacheAccess.read)
            return undefined;
        return cache.lookup(stage, key);
    }
    async latest(stage) {
        const cache = this.services.cache;
        if (!cache || !this.services.cacheAccess.read)
            return undefined;
        return cache.latest(stage);
    }
    /** Files under these paths were rewritten: drop remembered digests and listings. */
    forget(paths) {
        this.digests.files.forget(paths);
        this.services.workspace.invalidate(paths);
    }
    wantsRestore(stage) {
        return this.options.restore === 'all' || this.options.restore.includes(stage.name);
    }
    async fromCache(stage, decision, started) {
        const record = decision.record;
        const base = {
            status: 'cached',
            key: record.key,
            reasons: decision.reasons,
            outputs: record.outputs,
            started,
            savedMs: record.durationMs,
            ...(record.metrics ? { metrics: record.metrics } : {}),
        };
        if (this.options.mode === 'plan' || !this.wantsRestore(stage)) {
            const resolution = this.usable(stage, { ...base, result: 'fresh' });
            return { ...resolution, pendingRestore: record };
        }
        const restored = await this.restore(stage.name, record);
        if (restored.ok)
            return this.usable(stage, { ...base, result: 'restored', restoredBytes: restored.bytes });
        return this.runStage(stage, {
            fingerprint: record.fingerprint,
            key: record.key,
            reasons: [`cache entry unusable (${restored.reason})`],
            started,
        });
    }
    async restore(stageName, record) {
        const cache = this.services.cache;
        if (!cache)
            return { ok: false, reason: 'no cache' };
        const outcome = await cache.restore(record);
        this.forget(record.outputs.map((o) => o.path));
        if (!outcome.ok) {
            this.services.emit({
                type: 'warning',
                message: `could not restore ${stageName} from the ${cache.name} cache: ${outcome.reason}; it will run instead`,
            });
            return outcome;
        }
        await this.services.state.write(record);
        return outcome;
    }
    /**
     * Restores the cached upstream outputs this stage reads. When a restore fails the upstream
     * stage runs instead; returns true if that changed outputs this stage's key was built from.
     */
    async bringInputs(stage, edges) {
        let changed = false;
        for (const edge of edges) {
            if (edge.kind !== 'dep')
                continue;
            const upstream = this.settled.get(edge.from);
            if (!upstream?.pendingRestore)
                continue;
            let pending = this.restoring.get(edge.from);
            if (!pending) {
                pending = this.restoreUpstream(edge.from, upstream);
                this.restoring.set(edge.from, pending);
            }
            if (await pending)
                changed = true;
        }
        return changed;
    }
    async restoreUpstream(name, upstream) {
        const record = upstream.pendingRestore;
        delete upstream.pendingRestore;
        const restored = await this.restore(name, record);
        if (restored.ok) {
            upstream.report = { ...upstream.report, result: 'restored', restoredBytes: restored.bytes };
            return false;
        }
        const stage = this.project.graph.byName.get(name);
        const rerun = await this.runStage(stage, {
            fingerprint: record.fingerprint,
            key: record.key,
            reasons: [`cache entry unusable (${restored.reason})`],
            started: this.services.now(),
        });
        upstream.report = rerun.report;
        upstream.usable = rerun.usable;
        const before = JSON.stringify(record.outputs.map((o) => o.digest));
        upstream.outputs = rerun.outputs;
        return JSON.stringify((rerun.outputs ?? []).map((o) => o.digest)) !== before;
    }
    async runStage(stage, run) {
        await this.slots.acquire();
        try {
            if (this.stopReason)
                return this.skipped(stage, `not started: ${this.stopReason}`);
            return await this.runCommands(stage, run);
        }
        finally {
            this.running.delete(stage.name);
            this.slots.release();
        }
    }
    async runCommands(stage, run) {
        const { workspace, runner, emit } = this.services;
        const started = this.services.now();
        this.running.add(stage.name);
        emit({ type: 'stage-start', stage: stage.name, reasons: run.reasons });
        emit({
            type: 'progress',
            done: this.done,
            total: this.selected.length,
            running: [...this.running],
        });
        for (const out of stage.outs)
            if (!out.persist)
                await workspace.remove(out.path);
        this.forget(stage.outs.map((o) => o.path));
        const tail = new OutputTail();
        for (const command of stage.cmd) {
            const result = await runner.run({
                argv: shellArgv(stage.shell, command),
                cwd: (0,paths/* joinPath */.uJ)(workspace.root, stage.wdir),
                env: { ...this.services.baseEnv, ...stage.env },
                signal: this.options.signal,
                onOutput: (chunk, stream) => {
                    tail.add(chunk);
                    emit({ type: 'stage-output', stage: stage.name, chunk, stream });
                },
            });
            const failure = describeFailure(result, this.options.signal.aborted);
            if (failure) {
                if (!this.options.keepGoing)
                    this.stop(`stage ${stage.name} failed`);
                return this.failed(stage, {
                    status: 'stale',
                    reasons: run.reasons,
                    key: run.key,
                    error: failure,
                    outputTail: tail.text(),
                    started,
                });
            }
        }
        const { outputs, missing } = await recordOutputs(stage, this.digests);
        if (missing.length > 0) {
            if (!this.options.keepGoing)
                this.stop(`stage ${stage.name} failed`);
            const error = `the command succeeded but did not write ${missing.map((m) => `"${m}"`).join(', ')}, declared in outs`;
            return this.failed(stage, {
                status: 'stale',
                reasons: run.reasons,
                key: run.key,
                error,
                outputTail: tail.text(),
                started,
            });
        }
        const durationMs = this.services.now() - started;
        const record = {
            version: 1,
            stage: stage.name,
            key: run.key,
            fingerprint: run.fingerprint,
            outputs,
            durationMs,
            createdAt: new Date(this.services.now()).toISOString(),
            ...(await this.readMetrics(stage)),
        };
        await this.services.state.write(record);
        const savedBytes = await this.save(record);
        return this.usable(stage, {
            result: 'ran',
            status: 'stale',
            key: run.key,
            reasons: run.reasons,
            outputs,
            started,
            ...(savedBytes !== undefined ? { savedBytes } : {}),
            ...(record.metrics ? { metrics: record.metrics } : {}),
        });
    }
    /** Metrics files are small: their parsed content rides along in the record. */
    async readMetrics(stage) {
        const files = stage.outs.filter((o) => o.metric);
        if (files.length === 0)
            return {};
        const metrics = {};
        for (const out of files) {
            const text = await this.services.workspace.readText(out.path);
            if (text === undefined)
                continue;
            if (text.length > METRICS_LIMIT) {
                this.services.emit({
                    type: 'warning',
                    message: `metrics file ${out.path} is over ${METRICS_LIMIT} bytes; it is not recorded`,
                });
                continue;
            }
            const parsed = parseYaml(out.path, text);
            if (parsed.ok)
                metrics[out.path] = parsed.value;
            else
                this.services.emit({
                    type: 'warning',
                    message: `metrics file ${out.path} is not valid JSON or YAML; it is not recorded`,
                });
        }
        return { metrics };
    }
    async save(record) {
        const cache = this.services.cache;
        if (!cache || !this.services.cacheAccess.write)
            return undefined;
        const outcome = await cache.save(record);
        if (outcome.ok)
            return outcome.bytes;
        if (outcome.reported)
            return undefined;
        this.services.emit({
            type: 'warning',
            message: `could not save ${record.stage} to the ${cache.name} cache: ${outcome.reason}`,
        });
        return undefined;
    }
    usable(stage, facts) {
        const { outputs, started, ...report } = facts;
        return {
            report: { name: stage.name, ...report, durationMs: this.services.now() - started },
            outputs,
            usable: true,
        };
    }
    planned(stage, facts) {
        return {
            report: { name: stage.name, result: 'skipped', ...facts, durationMs: 0 },
            usable: false,
            wouldRun: true,
        };
    }
    skipped(stage, reason) {
        return {
            report: {
                name: stage.name,
                result: 'skipped',
                status: 'stale',
                reasons: [reason],
                durationMs: 0,
            },
            usable: false,
        };
    }
    failed(stage, facts) {
        const { started, ...report } = facts;
        return {
            report: {
                name: stage.name,
                result: 'failed',
                ...report,
                durationMs: this.services.now() - started,
            },
            usable: false,
        };
    }
}
function describeFailure(result, aborted) {
    if (aborted)
        return 'interrupted';
    if (result.spawnError)
        return `the command could not start: ${result.spawnError}`;
    if (result.signal)
        return `the command was killed by ${result.signal}`;
    if (result.exitCode !== 0)
        return `the command exited with code ${result.exitCode}`;
    return undefined;
}
/** Keeps the last lines a command printed, for failure messages and annotations. */
class OutputTail {
    buffer = '';
    add(chunk) {
        this.buffer = (this.buffer + chunk).slice(-8192);
    }
    text(lines = 20) {
        return this.buffer
            .split('\n')
            .slice(-lines - 1)
            .join('\n')
            .trimEnd();
    }
}
function internal(e) {
    return `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
}

;// CONCATENATED MODULE: ./src/core/manifest/dvc-template.ts
/**
 * DVC's `${...}` templating for dvc.yaml (dvc/parsing: interpolate.py and context.py), pure:
 * values come from `vars` (inline mappings and files) and the default params file.
 *
 * - `${a.b[0]}` selects from the context; `\${...}` is a literal `${...}`.
 * - A string that is exactly one `${...}` keeps the value's type (number, boolean, list...).
 * - Inside a longer string, scalars are written the way Python's `str()` writes them
 *   (booleans `true`/`false`, null `None`); a mapping is only allowed in `cmd`, where it becomes
 *   `--key value` flags (DVC's "dict unpacking"); lists and mappings elsewhere are errors.
 */
class TemplateError extends Error {
}
const EXPRESSION = /(?<!\\)\$\{(.*?)\}/g;
function hasTemplate(value) {
    return typeof value === 'string' && new RegExp(EXPRESSION.source).test(value);
}
/** Does any string (key or value) in this value use `${...}`? */
function usesTemplate(value) {
    if (typeof value === 'string')
        return hasTemplate(value);
    if (Array.isArray(value))
        return value.some(usesTemplate);
    if (isMap(value))
        return Object.entries(value).some(([k, v]) => hasTemplate(k) || usesTemplate(v));
    return false;
}
/** Splits `a.b[0].c` into `['a', 'b', '0', 'c']` (DVC's expression grammar). */
function parseExpression(expression) {
    const text = expression.trim();
    if (!/^[^.[\]]+(\.[^.[\]]+|\[[^.[\]]+\])*$/.test(text)) {
        throw new TemplateError(`"\${${expression}}" is not a valid expression: use names joined by "." or [index]`);
    }
    return text.replace(/\[/g, '.').replace(/\]/g, '').split('.');
}
function dvc_template_select(context, expression) {
    const parts = parseExpression(expression);
    let node = context;
    const walked = [];
    for (const part of parts) {
        walked.push(part);
        if (Array.isArray(node) && /^-?\d+$/.test(part)) {
            const index = Number(part);
            const item = node[index < 0 ? node.length + index : index];
            if (item === undefined)
                throw notFound(walked.join('.'));
            node = item;
        }
        else if (isMap(node) && Object.prototype.hasOwnProperty.call(node, part)) {
            node = node[part];
        }
        else
            throw notFound(walked.join('.'));
    }
    return node;
}
function notFound(key) {
    return new TemplateError(`Could not find '${key}'`);
}
/**
 * Resolves one string. `key` is the stage key it sits under (DVC allows a mapping only in `cmd`
 * and lists/mappings in `foreach`/`matrix`; undefined means anything goes).
 */
function resolveString(source, context, key) {
    const matches = [...source.matchAll(EXPRESSION)];
    if (matches.length === 0)
        return source.replace(/\\\$\{/g, '${');
    const only = matches[0];
    if (matches.length === 1 && only[0] === source) {
        const value = dvc_template_select(context, only[1]);
        validate(value, key);
        return value;
    }
    let out = '';
    let index = 0;
    for (const match of matches) {
        const at = match.index;
        const value = dvc_template_select(context, match[1]);
        validate(value, key);
        out += source.slice(index, at) + toStr(value);
        index = at + match[0].length;
    }
    out += source.slice(index);
    return out.replace(/\\\$\{/g, '${');
}
function validate(value, key) {
    if (value === null || value === undefined || typeof value !== 'object')
        return;
    if (key === undefined || key.includes('foreach') || key === 'matrix')
        return;
    if (isMap(value) && key === 'cmd')
        return;
    throw new TemplateError(`Cannot interpolate data of type '${Array.isArray(value) ? 'list' : 'dict'}'`);
}
/** Python's `str()` for values read from YAML, as DVC writes them into strings. */
function toStr(value) {
    if (value === null || value === undefined)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return pyNumber(value);
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return `[${value.map(pyRepr).join(', ')}]`;
    if (isMap(value))
        return dictToFlags(value);
    return String(value);
}
/** `{a: 1, b: {c: x}, d: true, e: [1, 2]}` → `--a 1 --b.c x --d --e 1 2` (DVC's defaults). */
function dictToFlags(map) {
    let result = '';
    for (const [k, v] of Object.entries(flatten(map))) {
        if (typeof v === 'boolean') {
            if (v)
                result += `--${k} `;
        }
        else if (typeof v === 'string')
            result += `--${k} ${shellQuote(v)} `;
        else if (Array.isArray(v)) {
            v.forEach((item, n) => {
                if (typeof item === 'object' && item !== null)
                    throw new TemplateError(`Cannot interpolate nested iterable in '${k}'`);
                const text = typeof item === 'string' ? shellQuote(item) : toStr(item);
                result += n > 0 ? `${text} ` : `--${k} ${text} `;
            });
        }
        else
            result += `--${k} ${toStr(v)} `;
    }
    return result.trimEnd();
}
function flatten(map, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(map)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (isMap(v))
            Object.assign(out, flatten(v, key));
        else
            out[key] = v;
    }
    return out;
}
/** Python's shlex.quote. */
function shellQuote(text) {
    if (text === '')
        return "''";
    if (/^[\w@%+=:,./-]+$/.test(text))
        return text;
    return `'${text.replace(/'/g, `'"'"'`)}'`;
}
function pyRepr(value) {
    if (typeof value === 'string')
        return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (value === null || value === undefined)
        return 'None';
    return toStr(value);
}
/**
 * Python's repr of a float (YAML gives integers and floats as one JS number, so a float that
 * equals an integer, like `2.0`, is written `2`: the one known difference from DVC).
 */
function pyNumber(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    if (Number.isInteger(value) && Math.abs(value) < 1e16)
        return String(value);
    const [mantissa, exponentText] = value.toExponential().split('e');
    const exponent = Number(exponentText);
    if (exponent < -4 || exponent >= 16) {
        const digits = mantissa.includes('.') ? mantissa : `${mantissa}`;
        const sign = exponent < 0 ? '-' : '+';
        return `${digits}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    return String(value);
}
/**
 * Resolves every string (and mapping key) in a value. `onError` receives the path (relative to
 * `value`) of the string that failed, so the caller can point at it in the original text.
 */
function resolveDeep(value, context, key, onError, path = []) {
    if (typeof value === 'string') {
        try {
            return resolveString(value, context, key);
        }
        catch (e) {
            if (!(e instanceof TemplateError))
                throw e;
            onError(path, e.message);
            return value;
        }
    }
    if (Array.isArray(value))
        return value.map((item, index) => resolveDeep(item, context, key, onError, [...path, index]));
    if (isMap(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            let resolvedKey = k;
            if (hasTemplate(k)) {
                try {
                    resolvedKey = toStr(resolveString(k, context, key));
                }
                catch (e) {
                    if (!(e instanceof TemplateError))
                        throw e;
                    onError([...path, k], e.message);
                }
            }
            out[resolvedKey] = resolveDeep(v, context, key, onError, [...path, k]);
        }
        return out;
    }
    return value;
}
/**
 * Merges `from` into `into` the way DVC merges vars: mappings merge recursively, anything else
 * defined twice is an error (`cannot redefine 'a.b' from 'vars.yaml' as it already exists in
 * 'params.yaml'`). `sources` remembers where each top-level value came from.
 */
function mergeVars(into, from, source, sources, prefix = '') {
    for (const [k, v] of Object.entries(from)) {
        const dotted = prefix ? `${prefix}.${k}` : k;
        const existing = into[k];
        if (!Object.prototype.hasOwnProperty.call(into, k)) {
            into[k] = clone(v);
            sources.set(dotted, source);
            continue;
        }
        if (isMap(existing) && isMap(v)) {
            mergeVars(existing, v, source, sources, dotted);
            continue;
        }
        const first = sourceOf(sources, dotted) ?? 'an earlier source';
        throw new TemplateError(`cannot redefine '${dotted}' from '${source}' as it already exists in '${first}'`);
    }
}
function sourceOf(sources, dotted) {
    for (let key = dotted; key !== ''; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
        const found = sources.get(key);
        if (found)
            return found;
    }
    return undefined;
}
function clone(value) {
    if (Array.isArray(value))
        return value.map(clone);
    if (isMap(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
    return value;
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/core/manifest/reader.ts


/** Typed access to a parsed document that records positioned diagnostics instead of throwing. */
class DocReader {
    file;
    diagnostics = [];
    constructor(file) {
        this.file = file;
    }
    ref(path, at = 'value') {
        return { file: this.file, path, at };
    }
    report(diagnostic) {
        this.diagnostics.push(diagnostic);
    }
    wrongType(path, what, expected, value, example) {
        this.report(error('wrong-type', `${what} must be ${expected}, not ${describe(value)}`, {
            source: this.ref(path),
            hint: example ? `write it like: ${example}` : typeHint(expected),
        }));
    }
    map(value, path, what, example) {
        if (isPlainMap(value))
            return value;
        this.wrongType(path, what, 'a mapping (key: value)', value, example);
        return undefined;
    }
    /** Reports keys outside `allowed`, suggesting the closest allowed one. */
    checkKeys(map, path, allowed, context) {
        for (const key of Object.keys(map)) {
            if (allowed.includes(key))
                continue;
            const guess = closest(key, allowed);
            this.report(error('unknown-key', `unknown key "${key}" ${context}`, {
                source: this.ref([...path, key], 'key'),
                hint: guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(', ')}`,
            }));
        }
    }
    string(value, path, what, example) {
        if (typeof value === 'string')
            return value;
        this.wrongType(path, what, 'a string', value, example);
        return undefined;
    }
    /** Strings, numbers and booleans all become strings (env values, keys written as numbers). */
    scalarString(value, path, what) {
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        this.wrongType(path, what, 'a string, number or boolean', value);
        return undefined;
    }
    boolean(value, path, what) {
        if (typeof value === 'boolean')
            return value;
        this.wrongType(path, what, 'true or false', value);
        return undefined;
    }
    /** A string or a list of strings. */
    stringList(value, path, what, example) {
        if (typeof value === 'string')
            return [value];
        if (!Array.isArray(value)) {
            this.wrongType(path, what, 'a string or a list of strings', value, example);
            return [];
        }
        const out = [];
        value.forEach((item, index) => {
            const text = this.string(item, [...path, index], `each entry of ${what}`, example);
            if (text !== undefined)
                out.push(text);
        });
        return out;
    }
    list(value, path, what, example) {
        if (Array.isArray(value))
            return value;
        if (typeof value === 'string')
            return [value];
        this.wrongType(path, what, 'a list', value, example);
        return [];
    }
    env(value, path, what) {
        const map = this.map(value, path, what, '{LC_ALL: C}');
        const env = {};
        if (!map)
            return env;
        for (const [name, raw] of Object.entries(map)) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
                this.report(error('invalid-name', `"${name}" is not a valid environment variable name`, {
                    source: this.ref([...path, name], 'key'),
                    hint: 'use letters, digits and underscores, not starting with a digit',
                }));
                continue;
            }
            const text = this.scalarString(raw, [...path, name], `env ${name}`);
            if (text !== undefined)
                env[name] = text;
        }
        return env;
    }
}
function isPlainMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the string "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
    return `${typeof value} ${String(value)}`;
}
function typeHint(expected) {
    if (expected === 'true or false')
        return 'write true or false without quotes';
    if (expected === 'a string')
        return 'quote the value: "..."';
    if (expected.startsWith('a string or a list'))
        return 'write one string, or a list like [a, b]';
    if (expected.startsWith('a mapping'))
        return 'write key: value pairs indented under it';
    if (expected === 'a list')
        return 'write a list like [a, b] or one item per line starting with "- "';
    return `change it to ${expected}`;
}

;// CONCATENATED MODULE: ./src/core/manifest/reprokit.ts





const TOP_KEYS = ['params', 'env', 'stages', 'publish'];
const STAGE_KEYS = [
    'cmd',
    'desc',
    'wdir',
    'env',
    'shell',
    'deps',
    'params',
    'outs',
    'metrics',
    'needs',
    'always_run',
    'frozen',
];
const OUT_KEYS = ['path', 'cache', 'persist'];
const PUBLISH_KEYS = ['pages', 'artifacts'];
const SHELLS = ['bash', 'sh', 'pwsh'];
const STAGE_NAME = /^[A-Za-z0-9_.-]+$/;
const DEFAULT_PARAMS_FILE = 'params.yaml';
/** Turns a parsed reprokit.yml into a Pipeline, or every problem found (not just the first). */
function readReprokitManifest(file, doc) {
    const reader = new DocReader(file);
    const top = reader.map(doc ?? {}, [], 'the manifest', 'stages: {prepare: {cmd: ...}}');
    if (!top)
        return err(reader.diagnostics);
    reader.checkKeys(top, [], TOP_KEYS, 'at the top level of the manifest');
    const defaultParams = readDefaultParamsFile(reader, top.params);
    const env = top.env === undefined ? {} : reader.env(top.env, ['env'], 'env');
    const stages = readStages(reader, top.stages, { env, defaultParams });
    const publish = readPublish(reader, top.publish);
    if (reader.diagnostics.length > 0)
        return err(reader.diagnostics);
    return ok({ manifestFile: file, format: 'reprokit', stages, publish });
}
function readDefaultParamsFile(reader, value) {
    if (value === undefined)
        return DEFAULT_PARAMS_FILE;
    const text = reader.string(value, ['params'], 'params', 'params: params.yaml');
    if (text === undefined)
        return DEFAULT_PARAMS_FILE;
    return projectPath(reader, '', text, ['params']) ?? DEFAULT_PARAMS_FILE;
}
function readStages(reader, value, defaults) {
    if (value === undefined || value === null) {
        reader.report(error('invalid-value', 'the manifest declares no stages', {
            source: reader.ref([]),
            hint: 'add a `stages:` mapping, e.g.\nstages:\n  prepare:\n    cmd: node prepare.js\n    outs: [data/clean.csv]',
        }));
        return [];
    }
    const map = reader.map(value, ['stages'], 'stages', 'stages: {prepare: {cmd: ...}}');
    if (!map)
        return [];
    const stages = [];
    for (const [name, body] of Object.entries(map)) {
        if (!STAGE_NAME.test(name)) {
            reader.report(error('invalid-name', `stage name "${name}" has characters other than letters, digits, "_", "." and "-"`, {
                source: reader.ref(['stages', name], 'key'),
                hint: `rename it, e.g. "${name.replace(/[^A-Za-z0-9_.-]+/g, '_')}"`,
            }));
            continue;
        }
        const stage = readStage(reader, name, body, defaults);
        if (stage)
            stages.push(stage);
    }
    return stages;
}
function readStage(reader, name, value, defaults) {
    const at = ['stages', name];
    const body = reader.map(value, at, `stage "${name}"`, '{cmd: ..., deps: [...], outs: [...]}');
    if (!body)
        return undefined;
    reader.checkKeys(body, at, STAGE_KEYS, `in stage "${name}"`);
    if (body.cmd === undefined) {
        reader.report(error('invalid-value', `stage "${name}" has no cmd`, {
            source: reader.ref(at, 'key'),
            hint: 'add the command that produces its outputs, e.g. `cmd: node src/prepare.js`',
        }));
    }
    const cmd = body.cmd === undefined ? [] : reader.stringList(body.cmd, [...at, 'cmd'], 'cmd');
    const wdirText = body.wdir === undefined ? '.' : reader.string(body.wdir, [...at, 'wdir'], 'wdir');
    const wdir = projectPath(reader, '', wdirText ?? '.', [...at, 'wdir']) ?? '';
    const env = {
        ...defaults.env,
        ...(body.env === undefined ? {} : reader.env(body.env, [...at, 'env'], 'env')),
    };
    return {
        name,
        ...(body.desc !== undefined
            ? { desc: reader.scalarString(body.desc, [...at, 'desc'], 'desc') ?? '' }
            : {}),
        cmd,
        wdir,
        env,
        shell: readShell(reader, body.shell, [...at, 'shell']),
        deps: readDeps(reader, body.deps, wdir, [...at, 'deps']),
        params: readParams(reader, body.params, {
            wdir,
            defaultFile: defaults.defaultParams,
            at: [...at, 'params'],
        }),
        outs: [
            ...readOuts(reader, body.outs, { wdir, metric: false, at: [...at, 'outs'] }),
            ...readOuts(reader, body.metrics, { wdir, metric: true, at: [...at, 'metrics'] }),
        ],
        needs: readNeeds(reader, body.needs, [...at, 'needs']),
        alwaysRun: body.always_run === undefined
            ? false
            : (reader.boolean(body.always_run, [...at, 'always_run'], 'always_run') ?? false),
        frozen: body.frozen === undefined
            ? false
            : (reader.boolean(body.frozen, [...at, 'frozen'], 'frozen') ?? false),
        source: reader.ref(at, 'key'),
    };
}
function readShell(reader, value, at) {
    if (value === undefined)
        return 'bash';
    const text = reader.string(value, at, 'shell');
    if (text === undefined)
        return 'bash';
    if (SHELLS.includes(text))
        return text;
    reader.report(error('invalid-value', `unsupported shell "${text}"`, {
        source: reader.ref(at),
        hint: `use one of: ${SHELLS.join(', ')}`,
    }));
    return 'bash';
}
/** Resolves a user path against a base directory, reporting absolute paths and escapes. */
function projectPath(reader, base, text, at) {
    const resolved = (0,paths/* resolveInProject */.Tl)(base, text);
    if (resolved.ok)
        return resolved.path;
    reader.report(error('outside-root', `path "${text}" ${resolved.reason}`, {
        source: reader.ref(at),
        hint: 'paths are relative to the project directory (or the stage wdir) and must stay inside it',
    }));
    return undefined;
}
function readDeps(reader, value, wdir, at) {
    if (value === undefined)
        return [];
    const deps = [];
    reader.list(value, at, 'deps', 'deps: [src/prepare.js, data/raw.csv]').forEach((item, index) => {
        const text = reader.string(item, [...at, index], 'each dep', 'deps: [src/prepare.js, data/raw/]');
        if (text === undefined)
            return;
        const path = projectPath(reader, wdir, text, [...at, index]);
        if (path === undefined)
            return;
        if (path === '') {
            reader.report(error('invalid-value', 'a dep cannot be the whole project directory', {
                source: reader.ref([...at, index]),
                hint: 'name the files or directories the stage reads',
            }));
            return;
        }
        const kind = (0,glob/* isGlob */.fg)(text) ? 'glob' : text.endsWith('/') ? 'dir' : 'file-or-dir';
        deps.push({ path, kind, source: reader.ref([...at, index]) });
    });
    return deps;
}
function readOuts(reader, value, context) {
    if (value === undefined)
        return [];
    const outs = [];
    const what = context.metric ? 'metrics' : 'outs';
    reader.list(value, context.at, what, `${what}: [data/clean.csv]`).forEach((item, index) => {
        const out = readOut(reader, item, { ...context, at: [...context.at, index] });
        if (out)
            outs.push(out);
    });
    return outs;
}
function readOut(reader, item, context) {
    const options = { cache: true, persist: false };
    let text;
    let pathAt = context.at;
    if (typeof item === 'string')
        text = item;
    else if (isPlainMap(item)) {
        reader.checkKeys(item, context.at, OUT_KEYS, 'in an output');
        pathAt = [...context.at, 'path'];
        text = item.path === undefined ? undefined : reader.string(item.path, pathAt, 'path');
        if (item.path === undefined) {
            reader.report(error('invalid-value', 'an output written as a mapping needs a path', {
                source: reader.ref(context.at),
                hint: 'write it like: {path: data/tmp/, cache: false}',
            }));
        }
        if (item.cache !== undefined)
            options.cache = reader.boolean(item.cache, [...context.at, 'cache'], 'cache') ?? true;
        if (item.persist !== undefined)
            options.persist =
                reader.boolean(item.persist, [...context.at, 'persist'], 'persist') ?? false;
    }
    else {
        reader.wrongType(context.at, 'an output', 'a path or {path, cache, persist}', item, 'data/clean.csv');
    }
    if (text === undefined)
        return undefined;
    if ((0,glob/* isGlob */.fg)(text)) {
        reader.report(error('invalid-value', `output "${text}" is a glob; outputs must be exact paths`, {
            source: reader.ref(pathAt),
            hint: 'declare the file, or the directory that holds the files (e.g. plots/)',
        }));
        return undefined;
    }
    const path = projectPath(reader, context.wdir, text, pathAt);
    if (path === undefined)
        return undefined;
    if (path === '') {
        reader.report(error('invalid-value', 'an output cannot be the whole project directory', {
            source: reader.ref(pathAt),
        }));
        return undefined;
    }
    return { path, ...options, metric: context.metric, source: reader.ref(pathAt) };
}
function readParams(reader, value, context) {
    if (value === undefined)
        return [];
    const refs = [];
    const example = 'params: [prepare.threshold, {other.yaml: [key]}]';
    const defaultKeys = [];
    const addFileEntry = (file, keys, at) => {
        const path = projectPath(reader, context.wdir, file, at);
        if (path === undefined)
            return;
        if (keys === null || (Array.isArray(keys) && keys.length === 0)) {
            refs.push({ file: path, keys: 'all', source: reader.ref(at, 'key') });
            return;
        }
        refs.push({
            file: path,
            keys: reader.stringList(keys, at, `params of ${file}`, example),
            source: reader.ref(at),
        });
    };
    if (isPlainMap(value)) {
        for (const [file, keys] of Object.entries(value))
            addFileEntry(file, keys, [...context.at, file]);
        return refs;
    }
    reader.list(value, context.at, 'params', example).forEach((item, index) => {
        if (typeof item === 'string' || typeof item === 'number')
            defaultKeys.push(String(item));
        else if (isPlainMap(item)) {
            for (const [file, keys] of Object.entries(item))
                addFileEntry(file, keys, [...context.at, index, file]);
        }
        else
            reader.wrongType([...context.at, index], 'a params entry', 'a dotted key or {file: [keys]}', item, example);
    });
    if (defaultKeys.length > 0) {
        refs.unshift({ file: context.defaultFile, keys: defaultKeys, source: reader.ref(context.at) });
    }
    return refs;
}
function readNeeds(reader, value, at) {
    if (value === undefined)
        return [];
    return reader
        .list(value, at, 'needs', 'needs: [download]')
        .map((item, index) => ({ item, index }))
        .filter(({ item, index }) => reader.string(item, [...at, index], 'each entry of needs') !== undefined)
        .map(({ item, index }) => ({ stage: item, source: reader.ref([...at, index]) }));
}
function readPublish(reader, value) {
    if (value === undefined || value === null)
        return { artifacts: [] };
    const map = reader.map(value, ['publish'], 'publish', '{pages: site/, artifacts: {report: site/}}');
    if (!map)
        return { artifacts: [] };
    reader.checkKeys(map, ['publish'], PUBLISH_KEYS, 'in publish');
    const pages = map.pages === undefined ? undefined : readTarget(reader, map.pages, ['publish', 'pages']);
    const artifacts = [];
    if (map.artifacts !== undefined) {
        const entries = reader.map(map.artifacts, ['publish', 'artifacts'], 'publish.artifacts', '{report: site/}');
        for (const [name, paths] of Object.entries(entries ?? {})) {
            const at = ['publish', 'artifacts', name];
            if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
                reader.report(error('invalid-name', `artifact name "${name}" may only use letters, digits, "_", "." and "-"`, {
                    source: reader.ref(at, 'key'),
                }));
                continue;
            }
            const targets = reader
                .stringList(paths, at, `artifact "${name}"`, 'report: site/')
                .map((_, index) => readTarget(reader, Array.isArray(paths) ? paths[index] : paths, Array.isArray(paths) ? [...at, index] : at))
                .filter((t) => t !== undefined);
            artifacts.push({ name, paths: targets, source: reader.ref(at, 'key') });
        }
    }
    return { ...(pages ? { pages } : {}), artifacts };
}
function readTarget(reader, value, at) {
    const text = reader.string(value, at, 'a published path', 'site/');
    if (text === undefined)
        return undefined;
    const path = projectPath(reader, '', text, at);
    return path === undefined ? undefined : { path, source: reader.ref(at) };
}

;// CONCATENATED MODULE: ./src/core/manifest/dvc.ts







/**
 * dvc.yaml with DVC's semantics (DVC 3.x): paths are relative to the directory of dvc.yaml and
 * the stage wdir, the default params file is `params.yaml` beside them, `${...}` templating,
 * `foreach`/`do` and `matrix` generate stages named `group@key`. Generated stages point back at
 * the template in the original text, so every diagnostic has the line and column of dvc.yaml.
 */
const dvc_TOP_KEYS = ['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'];
/** Top-level keys DVC uses for its reports and model registry; they do not change what runs. */
const IGNORED_TOP_KEYS = ['params', 'metrics', 'plots', 'artifacts', 'datasets'];
const dvc_STAGE_KEYS = [
    'cmd',
    'wdir',
    'deps',
    'params',
    'outs',
    'metrics',
    'plots',
    'frozen',
    'always_changed',
    'desc',
    'meta',
    'vars',
];
const FOREACH_KEYS = ['foreach', 'do'];
/** Output options that matter to a run; the others describe the output for DVC's tools. */
const OUT_OPTIONS = ['cache', 'persist'];
const OUT_DESCRIPTIVE = ['desc', 'type', 'labels', 'meta', 'remote', 'push'];
const PLOT_DESCRIPTIVE = ['template', 'x', 'y', 'x_label', 'y_label', 'title', 'header'];
const UNSUPPORTED_OUT = ['checkpoint'];
const JOIN = '@';
const DVC_PARAMS_FILE = 'params.yaml';
const stageInfo = new WeakMap();
function dvcStageInfo(stage) {
    return stageInfo.get(stage);
}
/** Turns a parsed dvc.yaml into a Pipeline, or every problem found. */
async function readDvcManifest(file, doc, load) {
    const reader = new DocReader(file);
    const base = (0,paths/* parentDir */.Qp)(file);
    const top = reader.map(doc ?? {}, [], 'dvc.yaml', 'stages: {prepare: {cmd: ...}}');
    if (!top)
        return err(reader.diagnostics);
    reader.checkKeys(top, [], dvc_TOP_KEYS, `at the top level of ${file}`);
    const ignored = IGNORED_TOP_KEYS.filter((k) => top[k] !== undefined);
    if (ignored.length > 0) {
        reader.report(notice('unsupported', `${file}: top-level ${ignored.map((k) => `"${k}"`).join(', ')} ignored (used by DVC's reports, not by runs)`));
    }
    const loader = new VarsLoader(reader, load);
    const context = {};
    const sources = new Map();
    await loader.loadDefault((0,paths/* joinPath */.uJ)(base, DVC_PARAMS_FILE), context, sources);
    if (top.vars !== undefined)
        await loader.loadList(top.vars, ['vars'], base, context, sources, '');
    const stages = [];
    const seen = new Map();
    if (top.stages === undefined || top.stages === null) {
        reader.report(error('invalid-value', `${file} declares no stages`, {
            source: reader.ref([]),
            hint: 'add a `stages:` mapping, e.g.\nstages:\n  prepare:\n    cmd: python prepare.py\n    outs: [data/clean.csv]',
        }));
    }
    const map = top.stages === undefined || top.stages === null
        ? {}
        : (reader.map(top.stages, ['stages'], 'stages', 'stages: {prepare: {cmd: ...}}') ?? {});
    for (const [name, definition] of Object.entries(map)) {
        if (!/^[^:@/\\\s]+$/.test(name)) {
            reader.report(error('invalid-name', `stage name "${name}" may not contain ":", "@", "/", "\\" or spaces`, {
                source: reader.ref(['stages', name], 'key'),
                hint: '"@" is reserved for the names DVC generates from foreach and matrix',
            }));
            continue;
        }
        for (const generated of expand(reader, name, definition, context, sources)) {
            const previous = seen.get(generated.name);
            if (previous) {
                reader.report(error('invalid-name', `stage "${generated.name}" is generated twice`, {
                    source: reader.ref(['stages', name], 'key'),
                    hint: 'foreach values (or matrix combinations) must give distinct names',
                }));
                continue;
            }
            seen.set(generated.name, generated.at);
            const stage = await dvc_readStage(reader, loader, base, generated);
            if (stage)
                stages.push(stage);
        }
    }
    // A template generates many stages: report each of its problems once.
    const diagnostics = dedupe(reader.diagnostics);
    const notices = diagnostics.filter((d) => d.severity !== 'error');
    if (hasErrors(diagnostics))
        return err(diagnostics);
    return ok({
        manifestFile: file,
        format: 'dvc',
        stages,
        publish: { artifacts: [] },
        ...(notices.length > 0 ? { notices } : {}),
    });
}
/** One stage, or the stages a foreach/matrix group generates. */
function expand(reader, name, definition, context, sources) {
    const at = ['stages', name];
    const body = reader.map(definition, at, `stage "${name}"`, '{cmd: ..., deps: [...], outs: [...]}');
    if (!body)
        return [];
    const fail = (path, message, hint) => reader.report(error('invalid-value', `failed to parse 'stages.${name}.${path.join('.')}': ${message}`, {
        source: reader.ref([...at, ...path]),
        ...(hint ? { hint } : {}),
    }));
    if (body.matrix !== undefined) {
        for (const key of ['foreach', 'do'])
            if (body[key] !== undefined)
                reader.report(error('unknown-key', `"${key}" cannot be used together with "matrix"`, {
                    source: reader.ref([...at, key], 'key'),
                    hint: 'a matrix stage is written like a plain stage plus `matrix:`',
                }));
        const matrix = resolveDeep(body.matrix, context, 'matrix', (p, m) => fail(['matrix', ...p], m));
        if (!isMap(matrix)) {
            reader.wrongType([...at, 'matrix'], 'matrix', 'a mapping of lists', matrix, '{model: [a, b]}');
            return [];
        }
        const axes = [];
        for (const [axis, values] of Object.entries(matrix)) {
            if (!Array.isArray(values)) {
                reader.wrongType([...at, 'matrix', axis], `matrix.${axis}`, 'a list', values, '[a, b]');
                return [];
            }
            axes.push([axis, values]);
        }
        const template = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'matrix'));
        return product(axes).map((combination) => {
            const item = {};
            const fragments = [];
            for (const [axis, index, value] of combination) {
                item[axis] = value;
                fragments.push(typeof value === 'object' && value !== null ? `${axis}${index}` : toStr(value));
            }
            const key = fragments.join('-');
            return {
                name: `${name}${JOIN}${key}`,
                body: template,
                at,
                context: { ...context, key, item },
                sources,
            };
        });
    }
    if (body.foreach !== undefined || body.do !== undefined) {
        reader.checkKeys(body, at, FOREACH_KEYS, `in foreach stage "${name}"`);
        if (body.do === undefined) {
            reader.report(error('invalid-value', `foreach stage "${name}" has no "do"`, {
                source: reader.ref(at, 'key'),
                hint: 'put the stage template under `do:`, using ${item} (and ${key} for a mapping)',
            }));
            return [];
        }
        if (body.foreach === undefined) {
            reader.report(error('unknown-key', `"do" needs "foreach" in stage "${name}"`, {
                source: reader.ref([...at, 'do'], 'key'),
                hint: 'add `foreach:` with a list or mapping to generate stages from',
            }));
            return [];
        }
        const iterable = resolveDeep(body.foreach, context, 'foreach', (p, m) => fail(['foreach', ...p], m));
        let entries;
        if (isMap(iterable)) {
            entries = Object.entries(iterable).map(([k, v]) => ({ key: k, item: v, withKey: true }));
        }
        else if (Array.isArray(iterable)) {
            const composite = iterable.some((v) => typeof v === 'object' && v !== null);
            entries = iterable.map((v, index) => ({
                key: composite ? String(index) : toStr(v),
                item: v,
                withKey: false,
            }));
        }
        else {
            reader.wrongType([...at, 'foreach'], 'foreach', 'a list or a mapping', iterable, '[us, eu]');
            return [];
        }
        return entries.map(({ key, item, withKey }) => ({
            name: `${name}${JOIN}${key}`,
            body: body.do,
            at: [...at, 'do'],
            context: withKey ? { ...context, item, key } : { ...context, item },
            sources,
        }));
    }
    return [{ name, body, at, context, sources }];
}
function product(axes) {
    let combinations = [[]];
    for (const [axis, values] of axes) {
        const next = [];
        for (const combination of combinations)
            values.forEach((value, index) => next.push([...combination, [axis, index, value]]));
        combinations = next;
    }
    return combinations;
}
async function dvc_readStage(reader, loader, base, generated) {
    const { name, at } = generated;
    const body = reader.map(generated.body, at, `stage "${name}"`, '{cmd: ..., outs: [...]}');
    if (!body)
        return undefined;
    reader.checkKeys(body, at, dvc_STAGE_KEYS, `in stage "${name}"`);
    const before = reader.diagnostics.length;
    const fail = (path, message) => reader.report(error('invalid-value', `failed to parse 'stages.${name}.${path.join('.')}': ${message}`, {
        source: reader.ref([...at, ...path]),
        hint: 'every ${...} must name a value from vars, params.yaml, or foreach/matrix (item, key)',
    }));
    let context = generated.context;
    // wdir first: stage-level vars files are relative to it.
    let wdirText = '.';
    if (body.wdir !== undefined) {
        const resolved = resolveDeep(body.wdir, context, 'wdir', (p, m) => fail(['wdir', ...p], m));
        wdirText = reader.scalarString(resolved, [...at, 'wdir'], 'wdir') ?? '.';
    }
    const wdir = projectPath(reader, base, wdirText, [...at, 'wdir']) ?? base;
    if (body.vars !== undefined) {
        const local = structuredClone(context);
        const sources = new Map(generated.sources);
        await loader.loadList(body.vars, [...at, 'vars'], wdir, local, sources, `${name}.`);
        context = local;
    }
    const resolved = {};
    for (const [key, value] of Object.entries(body)) {
        if (key === 'vars' || key === 'wdir')
            continue;
        resolved[key] = resolveDeep(value, context, key, (p, m) => fail([key, ...p], m));
    }
    if (resolved.cmd === undefined) {
        reader.report(error('invalid-value', `stage "${name}" has no cmd`, {
            source: reader.ref(at, 'key'),
            hint: 'add the command that produces its outputs, e.g. `cmd: python src/prepare.py`',
        }));
    }
    const cmd = resolved.cmd === undefined
        ? []
        : reader
            .stringList(resolved.cmd, [...at, 'cmd'], 'cmd', 'cmd: python train.py')
            .filter((c) => c.trim() !== '');
    const flag = (key) => resolved[key] === undefined
        ? false
        : (reader.boolean(resolved[key], [...at, key], key) ?? false);
    const outs = [
        ...dvc_readOuts(reader, resolved.outs, { wdir, kind: 'outs', at: [...at, 'outs'] }),
        ...dvc_readOuts(reader, resolved.metrics, { wdir, kind: 'metrics', at: [...at, 'metrics'] }),
        ...dvc_readOuts(reader, resolved.plots, { wdir, kind: 'plots', at: [...at, 'plots'] }),
    ];
    const stage = {
        name,
        ...(resolved.desc !== undefined
            ? { desc: reader.scalarString(resolved.desc, [...at, 'desc'], 'desc') ?? '' }
            : {}),
        cmd,
        wdir,
        env: {},
        shell: 'bash',
        deps: readDeps(reader, resolved.deps, wdir, [...at, 'deps']),
        params: readParams(reader, resolved.params, {
            wdir,
            defaultFile: (0,paths/* joinPath */.uJ)(wdir, DVC_PARAMS_FILE),
            at: [...at, 'params'],
        }),
        outs,
        needs: [],
        alwaysRun: flag('always_changed'),
        frozen: flag('frozen'),
        source: reader.ref(['stages', name.split(JOIN)[0]], 'key'),
    };
    if (hasErrors(reader.diagnostics.slice(before)))
        return undefined;
    stageInfo.set(stage, { cmdIsList: Array.isArray(resolved.cmd) });
    return stage;
}
/** `- path` or `- path: {cache: false, persist: true, ...}` (DVC's form: the path is the key). */
function dvc_readOuts(reader, value, context) {
    if (value === undefined || value === null)
        return [];
    const outs = [];
    const example = `${context.kind}: [data/clean.csv, {model.pkl: {cache: false}}]`;
    reader.list(value, context.at, context.kind, example).forEach((item, index) => {
        const at = [...context.at, index];
        let text;
        let pathAt = at;
        const options = { cache: true, persist: false };
        if (typeof item === 'string')
            text = item;
        else if (isMap(item) && Object.keys(item).length === 1) {
            const [path, raw] = Object.entries(item)[0];
            text = path;
            pathAt = [...at, path];
            const opts = raw === null || raw === undefined ? {} : reader.map(raw, pathAt, `options of ${path}`);
            for (const [key, v] of Object.entries(opts ?? {})) {
                if (OUT_OPTIONS.includes(key)) {
                    const b = reader.boolean(v, [...pathAt, key], key);
                    if (b !== undefined)
                        options[key] = b;
                }
                else if (UNSUPPORTED_OUT.includes(key)) {
                    reader.report(error('unsupported', `"${key}" outputs are not supported (DVC 3 removed them too)`, {
                        source: reader.ref([...pathAt, key], 'key'),
                        hint: 'remove the option; the output is then a plain output',
                    }));
                }
                else if (!OUT_DESCRIPTIVE.includes(key) &&
                    !(context.kind === 'plots' && PLOT_DESCRIPTIVE.includes(key))) {
                    const allowed = [
                        ...OUT_OPTIONS,
                        ...OUT_DESCRIPTIVE,
                        ...(context.kind === 'plots' ? PLOT_DESCRIPTIVE : []),
                    ];
                    reader.checkKeys({ [key]: v }, pathAt, allowed, `in an output of ${context.kind}`);
                }
            }
        }
        else {
            reader.wrongType(at, `an entry of ${context.kind}`, 'a path or {path: {cache: false}}', item, example);
            return;
        }
        if ((0,glob/* isGlob */.fg)(text)) {
            reader.report(error('invalid-value', `output "${text}" is a glob; outputs must be exact paths`, {
                source: reader.ref(pathAt, pathAt === at ? 'value' : 'key'),
                hint: 'declare the file, or the directory that holds the files',
            }));
            return;
        }
        const path = projectPath(reader, context.wdir, text, pathAt);
        if (path === undefined)
            return;
        if (path === '') {
            reader.report(error('invalid-value', 'an output cannot be the whole project directory', {
                source: reader.ref(pathAt),
            }));
            return;
        }
        outs.push({
            path,
            ...options,
            metric: context.kind === 'metrics',
            source: reader.ref(pathAt, pathAt === at ? 'value' : 'key'),
        });
    });
    return outs;
}
/** Loads `vars` entries (files, `file:key1,key2`, inline mappings) into a context, DVC's way. */
class VarsLoader {
    reader;
    load;
    files = new Map();
    constructor(reader, load) {
        this.reader = reader;
        this.load = load;
    }
    async loadDefault(path, context, sources) {
        const value = await this.file(path, undefined);
        if (value === undefined)
            return;
        this.merge(context, value, path, sources, []);
    }
    async loadList(value, at, dir, context, sources, prefix) {
        if (usesTemplate(value)) {
            this.reader.report(error('invalid-value', `failed to parse '${at.join('.')}': interpolating is not allowed`, {
                source: this.reader.ref(at),
                hint: 'vars entries are file names or plain values; ${...} cannot be used in them',
            }));
            return;
        }
        const items = Array.isArray(value) ? value : [value];
        for (const [index, item] of items.entries()) {
            const itemAt = Array.isArray(value) ? [...at, index] : at;
            if (typeof item === 'string') {
                const [name, keys] = splitOnce(item, ':');
                const path = projectPath(this.reader, dir, name, itemAt);
                if (path === undefined)
                    continue;
                const loaded = await this.file(path, itemAt);
                if (loaded === undefined)
                    continue;
                let selected = isMap(loaded) ? loaded : {};
                if (keys) {
                    selected = {};
                    for (const key of keys.split(',').filter(Boolean)) {
                        if (!isMap(loaded) || !(key in loaded)) {
                            this.reader.report(error('invalid-value', `could not find '${key}' in ${path}`, {
                                source: this.reader.ref(itemAt),
                            }));
                            continue;
                        }
                        selected[key] = loaded[key];
                    }
                }
                this.merge(context, selected, path, sources, itemAt);
            }
            else if (isMap(item)) {
                this.merge(context, item, `${prefix}vars[${index}]`, sources, itemAt);
            }
            else {
                this.reader.wrongType(itemAt, 'a vars entry', 'a file name or a mapping', item, 'vars: [config.yaml, {seed: 1}]');
            }
        }
    }
    merge(context, value, source, sources, at) {
        if (!isMap(value))
            return;
        try {
            mergeVars(context, value, source, sources);
        }
        catch (e) {
            if (!(e instanceof TemplateError))
                throw e;
            this.reader.report(error('invalid-value', e.message, {
                source: this.reader.ref(at),
                hint: 'each name may be defined once across params.yaml and vars (mappings merge)',
            }));
        }
    }
    /** The parsed file; undefined when missing (reported when `at` is given) or invalid. */
    async file(path, at) {
        if (/\.(toml|py)$/i.test(path)) {
            this.reader.report(error('unsupported', `vars and params files in ${path.slice(path.lastIndexOf('.'))} format are not supported`, {
                ...(at ? { source: this.reader.ref(at) } : {}),
                hint: 'use a YAML or JSON file',
            }));
            return undefined;
        }
        let pending = this.files.get(path);
        if (!pending) {
            pending = this.load(path).then((loaded) => {
                if (loaded === undefined)
                    return { state: 'missing' };
                if (!loaded.ok) {
                    for (const d of loaded.diagnostics)
                        this.reader.report(d);
                    return { state: 'invalid' };
                }
                return { state: 'ok', value: loaded.value ?? {} };
            });
            this.files.set(path, pending);
        }
        const loaded = await pending;
        if (loaded.state === 'missing' && at !== undefined) {
            this.reader.report(error('missing-params-file', `vars file "${path}" does not exist`, {
                source: this.reader.ref(at),
                hint: 'vars file paths are relative to dvc.yaml (or the stage wdir for stage-level vars)',
            }));
        }
        return loaded.state === 'ok' ? loaded.value : undefined;
    }
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
function dedupe(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const id = d.source ? `${d.code}@${JSON.stringify(d.source)}` : `${d.code}:${d.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/core/params.ts


/** The values a stage's params select, as `file:key` → value (`file` → whole file). */
function selectParams(refs, files) {
    const values = {};
    const diagnostics = [];
    for (const ref of refs) {
        const doc = files.get(ref.file);
        if (doc === undefined) {
            diagnostics.push(error('missing-params-file', `params file "${ref.file}" does not exist`, {
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
            const guess = closest(key, flattenKeys(doc));
            diagnostics.push(error('missing-param', `param "${key}" is not in ${ref.file}`, {
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

;// CONCATENATED MODULE: ./src/engine/project.ts








const MANIFEST_CANDIDATES = ['reprokit.yml', 'reprokit.yaml', 'dvc.yaml'];
/** Picks the manifest reader by file name: dvc.yaml gets DVC's semantics, anything else ours. */
function readerFor(file) {
    if (file === 'dvc.yaml' || file.endsWith('/dvc.yaml'))
        return readDvcManifest;
    return readReprokitManifest;
}
/** Reads, validates and connects the pipeline; checks it against the workspace. */
async function loadProject(workspace, manifestFile) {
    const texts = new Map();
    const locator = new Locator(texts);
    const fail = (diagnostics) => err({ diagnostics, locator });
    const text = await workspace.readText(manifestFile);
    if (text === undefined) {
        return fail([
            error('no-manifest', `${manifestFile} not found in ${workspace.root}`, {
                hint: 'run reprokit in the project directory (or pass -C DIR / -f FILE), or create reprokit.yml: see docs/manifest.md',
            }),
        ]);
    }
    texts.set(manifestFile, text);
    const parsed = parseYaml(manifestFile, text);
    if (!parsed.ok)
        return fail(parsed.error);
    const files = async (path) => {
        const found = await workspace.readText(path);
        if (found === undefined)
            return undefined;
        texts.set(path, found);
        const value = parseYaml(path, found);
        return value.ok ? { ok: true, value: value.value } : { ok: false, diagnostics: value.error };
    };
    const pipeline = await readerFor(manifestFile)(manifestFile, parsed.value, files);
    if (!pipeline.ok)
        return fail(pipeline.error);
    const graph = buildGraph(pipeline.value);
    if (!graph.ok)
        return fail(graph.error);
    const params = await readStageParams(workspace, pipeline.value, texts);
    const problems = [
        ...(pipeline.value.notices ?? []),
        ...params.diagnostics,
        ...(await checkWorkspace(workspace, graph.value, pipeline.value)),
    ];
    if (problems.some((d) => d.severity === 'error'))
        return fail(problems);
    return ok({
        pipeline: pipeline.value,
        graph: graph.value,
        locator,
        params: params.values,
        notices: problems,
    });
}
async function readStageParams(workspace, pipeline, texts) {
    const files = new Map();
    const diagnostics = [];
    const wanted = new Set(pipeline.stages.flatMap((s) => s.params.map((p) => p.file)));
    for (const file of wanted) {
        const text = await workspace.readText(file);
        if (text === undefined)
            continue;
        texts.set(file, text);
        const parsed = parseYaml(file, text);
        if (parsed.ok)
            files.set(file, parsed.value ?? {});
        else
            diagnostics.push(...parsed.error);
    }
    const values = new Map();
    for (const stage of pipeline.stages) {
        const selected = selectParams(stage.params.filter((p) => files.has(p.file) || !texts.has(p.file)), files);
        values.set(stage.name, selected.values);
        diagnostics.push(...selected.diagnostics);
    }
    return { values, diagnostics: project_dedupe(diagnostics) };
}
function project_dedupe(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const id = `${d.message}@${JSON.stringify(d.source ?? d.span)}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
/** Source deps must exist; nothing may reach outside the project through a symlink. */
async function checkWorkspace(workspace, graph, pipeline) {
    const diagnostics = [];
    const checked = new Map();
    const check = (path, holder, what) => {
        let pending = checked.get(path);
        if (!pending) {
            pending = existsInside(workspace, path, holder, what);
            checked.set(path, pending);
        }
        return pending;
    };
    const pendings = [];
    for (const stage of graph.order) {
        for (const dep of stage.deps) {
            if (dep.kind === 'glob' || graph.producers.overlapping(dep.path).length > 0)
                continue;
            pendings.push(check(dep.path, dep, `dep of stage "${stage.name}"`));
        }
    }
    for (const stage of graph.order) {
        for (const out of stage.outs) {
            try {
                workspace.assertInside(out.path);
            }
            catch (e) {
                if (!(e instanceof ports/* WorkspaceEscape */.J))
                    throw e;
                diagnostics.push(error('outside-root', `output ${out.path} of stage "${stage.name}" would be written through ${e.path}, a symlink to ${e.target} outside the project`, {
                    source: out.source,
                    hint: 'outputs must be written inside the project: replace the symlink with a directory',
                }));
            }
        }
    }
    const targets = [pipeline.publish.pages, ...pipeline.publish.artifacts.flatMap((a) => a.paths)];
    for (const target of targets) {
        if (!target || graph.producers.overlapping(target.path).length > 0)
            continue;
        pendings.push(check(target.path, target, 'published path'));
    }
    for (const d of await Promise.all(pendings))
        if (d)
            diagnostics.push(d);
    return diagnostics;
}
async function existsInside(workspace, path, holder, what) {
    try {
        const info = await workspace.info(path);
        // Walking a directory now finds escaping symlinks before anything runs (the listing is kept).
        if (info?.kind === 'dir')
            await workspace.listFiles(path);
        if (info)
            return undefined;
        return error('missing-dep', `${path} does not exist and no stage produces it (${what})`, {
            source: holder.source,
            hint: 'create the file, fix the path (paths are relative to the stage wdir), or add the stage that writes it with this path in its outs',
        });
    }
    catch (e) {
        if (e instanceof ports/* WorkspaceEscape */.J) {
            return error('outside-root', `${path} is a symlink to ${e.target}, outside the project (${what})`, {
                source: holder.source,
                hint: 'copy the data into the project, or declare the files inside it; reprokit never reads or writes outside the project',
            });
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version (a test checks it). */
const VERSION = '0.1.0';

// EXTERNAL MODULE: ./src/adapters/file-hasher.ts
var file_hasher = __nccwpck_require__(2342);
// EXTERNAL MODULE: ./src/core/record-check.ts
var record_check = __nccwpck_require__(8619);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./src/adapters/atomic.ts



let counter = 0;
/** Writes via a temporary file and rename, so readers never see half a file. */
function writeFileAtomic(file, data) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${counter++}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, data);
    (0,external_node_fs_.renameSync)(tmp, file);
}
async function readJson(file) {
    try {
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Stage names become file names: keep them unambiguous and free of dots-only names. */
function stageFileName(stage) {
    return `s-${encodeURIComponent(stage)}.json`;
}

;// CONCATENATED MODULE: ./src/adapters/local-cache.ts





let local_cache_counter = 0;
/**
 * The embedded default cache: a directory of content-addressed objects (a file produced by two
 * stages or two runs is stored once) and one small JSON record per stage key.
 *
 *   objects/ab/abcdef…   file content, named by its SHA-256
 *   entries/<key>.json   the StageRecord saved under that key
 *   latest/s-<stage>.json the newest record of each stage (to explain what changed)
 */
class LocalCache {
    dir;
    toAbsolute;
    name = 'local';
    constructor(dir, toAbsolute) {
        this.dir = dir;
        this.toAbsolute = toAbsolute;
    }
    objectPath(digest) {
        return (0,external_node_path_.join)(this.dir, 'objects', digest.slice(0, 2), digest);
    }
    async lookup(stage, key) {
        return (0,record_check/* checkRecord */.E)(await readJson((0,external_node_path_.join)(this.dir, 'entries', `${key}.json`)), { stage, key });
    }
    async latest(stage) {
        return (0,record_check/* checkRecord */.E)(await readJson((0,external_node_path_.join)(this.dir, 'latest', stageFileName(stage))), { stage });
    }
    async save(record) {
        try {
            const entry = (0,external_node_path_.join)(this.dir, 'entries', `${record.key}.json`);
            if ((0,external_node_fs_.existsSync)(entry))
                return { ok: true, bytes: 0 }; // entries are immutable, like the Actions cache
            let bytes = 0;
            for (const file of cachedFiles(record))
                bytes += this.store(file);
            const json = JSON.stringify(record);
            writeFileAtomic(entry, json);
            writeFileAtomic((0,external_node_path_.join)(this.dir, 'latest', stageFileName(record.stage)), json);
            return { ok: true, bytes };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
    }
    /** Copies a workspace file into the store unless its content is already there. */
    store(file) {
        const target = this.objectPath(file.digest);
        if ((0,external_node_fs_.existsSync)(target))
            return 0;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(target, '..'), { recursive: true });
        const tmp = `${target}.${process.pid}.${local_cache_counter++}.tmp`;
        (0,external_node_fs_.copyFileSync)(this.toAbsolute(file.path), tmp);
        const actual = (0,file_hasher/* sha256File */.Q)(tmp, (0,external_node_fs_.statSync)(tmp).size);
        if (actual !== file.digest) {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            throw new Error(`${file.path} changed while it was being saved`);
        }
        (0,external_node_fs_.renameSync)(tmp, target);
        return file.size;
    }
    async restore(record) {
        const files = cachedFiles(record);
        // Verify every object before touching the workspace: a bad entry must not leave half an output.
        for (const file of files) {
            const object = this.objectPath(file.digest);
            if (!(0,external_node_fs_.existsSync)(object))
                return { ok: false, reason: `object for ${file.path} is missing` };
            if ((0,file_hasher/* sha256File */.Q)(object, (0,external_node_fs_.statSync)(object).size) !== file.digest) {
                (0,external_node_fs_.rmSync)(object, { force: true });
                return {
                    ok: false,
                    reason: `object for ${file.path} is corrupt (content does not match its hash); removed it`,
                };
            }
        }
        try {
            let bytes = 0;
            for (const output of record.outputs.filter((o) => o.cached))
                (0,external_node_fs_.rmSync)(this.toAbsolute(output.path), { recursive: true, force: true });
            for (const file of files) {
                const target = this.toAbsolute(file.path);
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(target, '..'), { recursive: true });
                const tmp = `${target}.${process.pid}.${local_cache_counter++}.tmp`;
                (0,external_node_fs_.copyFileSync)(this.objectPath(file.digest), tmp);
                (0,external_node_fs_.chmodSync)(tmp, file.executable ? 0o755 : 0o644);
                (0,external_node_fs_.renameSync)(tmp, target);
                bytes += file.size;
            }
            return { ok: true, bytes };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
    }
}
function cachedFiles(record) {
    return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}

// EXTERNAL MODULE: ./src/adapters/node-workspace.ts
var node_workspace = __nccwpck_require__(6746);
;// CONCATENATED MODULE: ./src/adapters/stat-cache.ts


/** Files modified this recently are not remembered: a same-tick rewrite would keep size and mtime. */
const RACY_WINDOW_NS = 1000000000n;
/**
 * Remembers the digest of a file while its size, mtime, ctime and inode stay the same, so an
 * unchanged file is not read again. It only saves work: mtime never decides freshness, since
 * any change to these facts means the file is hashed again (and `touch` then finds it unchanged).
 */
class StatCache {
    file;
    entries;
    dirty = false;
    constructor(file, entries) {
        this.file = file;
        this.entries = entries;
    }
    static load(file) {
        try {
            const data = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
            if (data.version === 1)
                return new StatCache(file, new Map(Object.entries(data.entries)));
        }
        catch {
            // missing or unreadable: start empty, it is only an optimisation
        }
        return new StatCache(file, new Map());
    }
    static inMemory() {
        return new StatCache(undefined, new Map());
    }
    get(path, stats) {
        const entry = this.entries.get(path);
        if (!entry)
            return undefined;
        if (entry[0] !== String(stats.size) ||
            entry[1] !== String(stats.mtimeNs) ||
            entry[2] !== String(stats.ctimeNs) ||
            entry[3] !== String(stats.ino)) {
            return undefined;
        }
        return { digest: entry[4], executable: entry[5] };
    }
    put(path, stats, digest, executable, nowNs) {
        if (nowNs - stats.mtimeNs < RACY_WINDOW_NS || nowNs - stats.ctimeNs < RACY_WINDOW_NS) {
            if (this.entries.delete(path))
                this.dirty = true;
            return;
        }
        this.entries.set(path, [
            String(stats.size),
            String(stats.mtimeNs),
            String(stats.ctimeNs),
            String(stats.ino),
            digest,
            executable,
        ]);
        this.dirty = true;
    }
    save() {
        if (!this.file || !this.dirty)
            return;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.file), { recursive: true });
        const tmp = `${this.file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify({ version: 1, entries: Object.fromEntries(this.entries) }));
        (0,external_node_fs_.renameSync)(tmp, this.file);
        this.dirty = false;
    }
}

;// CONCATENATED MODULE: ./src/adapters/state-store.ts



/** What this checkout last ran, one small JSON file per stage under `.reprokit/state/`. */
class FileStateStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    async read(stage) {
        return (0,record_check/* checkRecord */.E)(await readJson((0,external_node_path_.join)(this.dir, stageFileName(stage))), { stage });
    }
    async write(record) {
        writeFileAtomic((0,external_node_path_.join)(this.dir, stageFileName(record.stage)), JSON.stringify(record));
    }
}

;// CONCATENATED MODULE: ./src/entry/compose.ts







const STATE_DIR = '.reprokit';
/** Wires the engine to the local disk. The one place that picks adapters for a laptop run. */
function localServices(setup) {
    const workspace = new node_workspace/* NodeWorkspace */.O(setup.root);
    const stateDir = (0,external_node_path_.join)(setup.root, STATE_DIR);
    const statCache = StatCache.load((0,external_node_path_.join)(stateDir, 'stat-cache.json'));
    const toAbsolute = (path) => workspace.abs(path);
    const cacheDir = setup.cacheDir
        ? (0,external_node_path_.isAbsolute)(setup.cacheDir)
            ? setup.cacheDir
            : (0,external_node_path_.resolve)(setup.cacheDir)
        : (0,external_node_path_.join)(stateDir, 'cache');
    const cache = setup.cache === 'none' ? undefined : (setup.cache ?? new LocalCache(cacheDir, toAbsolute));
    const baseEnv = {};
    for (const [name, value] of Object.entries(setup.env))
        if (value !== undefined)
            baseEnv[name] = value;
    const services = {
        workspace,
        hasher: new file_hasher/* FileHasher */.g(toAbsolute, statCache),
        ...(cache ? { cache } : {}),
        cacheAccess: setup.cacheAccess ?? { read: true, write: true },
        state: new FileStateStore((0,external_node_path_.join)(stateDir, 'state')),
        runner: new ProcessRunner(),
        sha256: file_hasher.sha256Text,
        emit: setup.emit,
        now: () => Date.now(),
        baseEnv,
    };
    return { services, workspace, flush: () => statCache.save() };
}

;// CONCATENATED MODULE: ./src/entry/cli/args.ts

const COMMANDS = [
    'run',
    'status',
    'plan',
    'dag',
    'init',
    'help',
    'version',
];
class UsageError extends Error {
}
const FLAGS = {
    '-C': { takesValue: true, commands: 'all', apply: (a, v) => (a.directory = v) },
    '--directory': { takesValue: true, commands: 'all', apply: (a, v) => (a.directory = v) },
    '-f': { takesValue: true, commands: 'all', apply: (a, v) => (a.manifest = v) },
    '--manifest': { takesValue: true, commands: 'all', apply: (a, v) => (a.manifest = v) },
    '--cache-dir': { takesValue: true, commands: 'all', apply: (a, v) => (a.cacheDir = v) },
    '--json': {
        takesValue: false,
        commands: ['run', 'status', 'plan', 'dag', 'init'],
        apply: (a) => ((a.json = true), (a.dagFormat = 'json')),
    },
    '--force': {
        takesValue: true,
        // init --force (overwrite) takes no value
        noValueFor: ['init'],
        commands: ['run', 'plan', 'init'],
        apply: (a, v) => a.command === 'init'
            ? (a.overwrite = true)
            : (a.force = [...a.force, ...v.split(',').filter(Boolean)]),
    },
    '--template': { takesValue: true, commands: ['init'], apply: (a, v) => (a.template = v) },
    '-t': { takesValue: true, commands: ['init'], apply: (a, v) => (a.template = v) },
    '--max-waves': {
        takesValue: true,
        commands: ['plan'],
        apply: (a, v) => (a.maxWaves = positiveInt('--max-waves', v)),
    },
    '--max-groups': {
        takesValue: true,
        commands: ['plan'],
        apply: (a, v) => (a.maxGroups = positiveInt('--max-groups', v)),
    },
    '--actions-cache': {
        takesValue: false,
        commands: ['plan'],
        apply: (a) => (a.actionsCache = true),
    },
    '--cache-salt': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.cacheSalt = v) },
    '--output': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.output = v) },
    '-o': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.output = v) },
    '--force-all': { takesValue: false, commands: ['run'], apply: (a) => (a.forceAll = true) },
    '--write-dvc-lock': {
        takesValue: false,
        commands: ['run'],
        apply: (a) => (a.writeDvcLock = true),
    },
    '--dry-run': { takesValue: false, commands: ['run'], apply: (a) => (a.dryRun = true) },
    '-n': { takesValue: false, commands: ['run'], apply: (a) => (a.dryRun = true) },
    '--jobs': {
        takesValue: true,
        commands: ['run'],
        apply: (a, v) => (a.jobs = positiveInt('--jobs', v)),
    },
    '-j': { takesValue: true, commands: ['run'], apply: (a, v) => (a.jobs = positiveInt('-j', v)) },
    '--keep-going': { takesValue: false, commands: ['run'], apply: (a) => (a.keepGoing = true) },
    '-k': { takesValue: false, commands: ['run'], apply: (a) => (a.keepGoing = true) },
    '--no-restore': { takesValue: false, commands: ['run'], apply: (a) => (a.restore = false) },
    '--no-cache': {
        takesValue: false,
        commands: ['run', 'status', 'plan'],
        apply: (a) => (a.noCache = true),
    },
    '--mermaid': { takesValue: false, commands: ['dag'], apply: (a) => (a.dagFormat = 'mermaid') },
    '--dot': { takesValue: false, commands: ['dag'], apply: (a) => (a.dagFormat = 'dot') },
    '--help': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'help') },
    '-h': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'help') },
    '--version': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'version') },
};
function positiveInt(flag, value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`${flag} needs a whole number of at least 1, not "${value}"`);
    return n;
}
/** The first word that is neither an option nor an option's value (`reprokit -C dir run`). */
function commandIndex(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === '--')
            return -1;
        if (!token.startsWith('-') || token === '-')
            return i;
        if (FLAGS[token]?.takesValue)
            i++;
    }
    return -1;
}
function parseArgs(argv) {
    const args = {
        command: 'help',
        stages: [],
        json: false,
        force: [],
        forceAll: false,
        dryRun: false,
        keepGoing: false,
        restore: true,
        noCache: false,
        dagFormat: 'text',
    };
    const rest = [...argv];
    const at = commandIndex(rest);
    if (at >= 0) {
        const [word] = rest.splice(at, 1);
        if (!COMMANDS.includes(word)) {
            const guess = closest(word, COMMANDS);
            throw new UsageError(`unknown command "${word}"${guess ? `: did you mean "${guess}"?` : ''}`);
        }
        args.command = word;
    }
    const command = args.command;
    const stages = [];
    while (rest.length > 0) {
        const token = rest.shift();
        if (token === '--') {
            stages.push(...rest.splice(0));
            break;
        }
        if (!token.startsWith('-') || token === '-') {
            stages.push(token);
            continue;
        }
        const [name, inline] = token.startsWith('--') && token.includes('=')
            ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)]
            : [token, undefined];
        const spec = FLAGS[name];
        if (!spec) {
            const guess = closest(name, Object.keys(FLAGS));
            throw new UsageError(`unknown option ${name}${guess ? `: did you mean ${guess}?` : ''}`);
        }
        if (spec.commands !== 'all' && !spec.commands.includes(command)) {
            throw new UsageError(`${name} does not apply to "reprokit ${command}"`);
        }
        let value = inline ?? '';
        if (spec.takesValue && !spec.noValueFor?.includes(command) && inline === undefined) {
            const next = rest.shift();
            if (next === undefined)
                throw new UsageError(`${name} needs a value`);
            value = next;
        }
        spec.apply(args, value);
    }
    args.stages = stages;
    return args;
}
const HELP = `reprokit: incremental, cached data pipelines

Usage: reprokit <command> [options] [STAGE...]

Commands:
  run [STAGE...]     bring the stages (default: all) and what they need up to date
  status [STAGE...]  say per stage: fresh, cached (would be restored) or stale (would run), and why
  plan [STAGE...]    status, plus the stale stages grouped into waves for parallel CI jobs
  dag                print the pipeline graph
  init               write a starter manifest and workflow into the project (see templates/)
  help, version

Options for every command:
  -C, --directory DIR   project directory (default: the current one)
  -f, --manifest FILE   manifest inside the project (default: reprokit.yml, else dvc.yaml)
      --cache-dir DIR   local cache store (default: .reprokit/cache; env REPROKIT_CACHE_DIR)

run:
      --force STAGE     run STAGE even if it is fresh (repeat, or comma-separated)
      --force-all       run every selected stage
  -n, --dry-run         show what would run, run nothing
  -j, --jobs N          run up to N stages at once (default: number of CPUs)
  -k, --keep-going      after a failure, go on with stages that do not depend on it
      --no-restore      restore only the cached outputs that stages that run read
      --no-cache        neither read nor write the cache
      --json            print the result as JSON on stdout (logs go to stderr)
      --write-dvc-lock  dvc.yaml projects: write dvc.lock (DVC's md5 hashes) after the run
status:   --json, --no-cache
plan:     --json, --no-cache, --force STAGE
      --max-waves N     wave jobs in the workflow (default 4); deeper waves merge into the last
      --max-groups N    parallel jobs per wave (default 4)
      --actions-cache   read the GitHub Actions cache (in a workflow, with the runtime token)
      --cache-salt S    the action's cache-salt, with --actions-cache
  -o, --output FILE     write the JSON to FILE (the cache client logs to standard output)
init:
  -t, --template NAME   python (default), r, snakemake, make, quarto, scheduled
      --json            print what was written as JSON
      --force           overwrite files that exist
dag:      --mermaid | --dot | --json

Exit codes: 0 ok, 1 a stage failed, 2 invalid manifest or usage, 130 interrupted.
`;

;// CONCATENATED MODULE: ./src/core/units.ts
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

;// CONCATENATED MODULE: ./src/entry/cli/reporter.ts

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
                this.line(`▶ ${event.stage}${event.reasons.length ? `  (${event.reasons.join('; ')})` : ''}`);
                break;
            case 'stage-output':
                this.output(event.stage, event.chunk);
                break;
            case 'stage-end':
                this.flushPartial(event.report.name);
                this.line(describeEnd(event.report));
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
            return `${symbol} ${report.name} ran in ${formatDuration(report.durationMs)}`;
        case 'restored':
            return `${symbol} ${report.name} restored from cache (${formatBytes(report.restoredBytes ?? 0)})`;
        case 'fresh':
            return `${symbol} ${report.name} ${report.status === 'cached' ? 'fresh in cache (not restored: nothing needs it)' : 'fresh'}`;
        case 'failed':
            return `${symbol} ${report.name} failed: ${report.error ?? 'unknown error'}`;
        case 'skipped':
            return `${symbol} ${report.name} skipped: ${report.reasons.join('; ')}`;
    }
}
/** The end-of-run table. */
function summaryTable(report) {
    const rows = report.stages.map((s) => [
        s.name,
        s.result,
        s.result === 'ran' || s.result === 'failed' ? formatDuration(s.durationMs) : '',
        why(s),
    ]);
    const counts = new Map();
    for (const s of report.stages)
        counts.set(s.result, (counts.get(s.result) ?? 0) + 1);
    const saved = report.stages.reduce((sum, s) => sum + (s.result === 'fresh' || s.result === 'restored' ? (s.savedMs ?? 0) : 0), 0);
    const totals = [...counts].map(([result, n]) => `${n} ${result}`).join(', ');
    return `${table(['stage', 'result', 'time', 'why'], rows)}\n${totals} in ${formatDuration(report.durationMs)}${saved > 0 ? `; reuse saved about ${formatDuration(saved)}` : ''}\n`;
}
function why(s) {
    if (s.result === 'failed')
        return s.error ?? '';
    if (s.result === 'fresh' && s.status === 'fresh')
        return s.reasons.length ? s.reasons.join('; ') : 'up to date';
    if (s.result === 'fresh')
        return 'in cache, not needed here';
    return s.reasons.join('; ');
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

;// CONCATENATED MODULE: ./src/entry/cli/templates.generated.ts
// Generated from templates/ by scripts/gen-templates.mjs: do not edit.
// Run `npm run templates` after changing templates/; a test checks that this file is current.
const TEMPLATES = [
    {
        name: 'make',
        title: 'wrapping a Makefile (manual runs)',
        files: {
            '.github/workflows/reprokit.yml': "# A manual run: Actions → reprokit → Run workflow, choosing the stages and what to force.\nname: reprokit\non:\n  workflow_dispatch:\n    inputs:\n      stages:\n        description: Stages to bring up to date, space-separated (empty = all)\n        type: string\n        default: ''\n      force:\n        description: Stages to run even if fresh, space-separated\n        type: string\n        default: ''\n      fan-out:\n        description: Spread the stale stages over parallel jobs\n        type: boolean\n        default: false\njobs:\n  pipeline:\n    permissions:\n      contents: read\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      stages: ${{ inputs.stages }}\n      force: ${{ inputs.force }}\n      fan-out: ${{ inputs.fan-out }}\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# Wraps an existing Makefile: one stage per target worth caching. reprokit decides what is stale by\n# content; `-o` (--old-file) tells make to take the upstream results as up to date (they were\n# restored by reprokit, so their modification times mean nothing) and build just the target.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  data:\n    cmd: make data/clean.csv\n    deps: [Makefile, scripts/clean.sh, data/raw.csv]\n    outs: [data/clean.csv]\n\n  stats:\n    cmd: make -o data/clean.csv out/stats.txt\n    deps: [Makefile, scripts/stats.sh, data/clean.csv]\n    outs: [out/stats.txt]\n\n  report:\n    cmd: make -o data/clean.csv -o out/stats.txt out/report.html\n    deps: [Makefile, scripts/report.sh, out/stats.txt]\n    outs: [out/report.html]\n\npublish:\n  artifacts:\n    report: out/report.html\n',
        },
    },
    {
        name: 'python',
        title: 'Python project',
        files: {
            '.github/workflows/reprokit.yml': "# The pipeline on every push to main and every pull request, with a report on the pull request.\n# Stages whose inputs did not change are reused from the Actions cache; see docs/workflows.md.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  # Safe: every stage that finished is already saved in the cache.\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  pipeline:\n    permissions:\n      contents: read # check out the code\n      pull-requests: write # the sticky pull-request comment\n      checks: write # the check run\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      pr-comment: true\n      check-run: true\n",
            'params.yaml': '# Read by the stages that declare them in reprokit.yml (prepare: the `prepare` mapping, ...).\nprepare:\n  drop_missing: true\ntrain:\n  seed: 42\n  test_size: 0.2\n',
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A Python project: prepare → train → report. requirements.txt is a dep of every stage, so\n# upgrading a package re-runs everything that could be affected (and nothing when it is unchanged).\n# Adapt the commands and paths to your project; see docs/manifest.md for every key.\nparams: params.yaml\nenv:\n  LC_ALL: C\n  TZ: UTC\n  PYTHONHASHSEED: '0'\n\nstages:\n  prepare:\n    desc: Clean the raw data\n    cmd: python src/prepare.py data/raw.csv data/clean.csv\n    deps: [requirements.txt, src/prepare.py, data/raw.csv]\n    params: [prepare]\n    outs: [data/clean.csv]\n\n  train:\n    desc: Fit the model and score it\n    cmd: python src/train.py data/clean.csv models/model.pkl metrics.json\n    deps: [requirements.txt, src/train.py, data/clean.csv]\n    params: [train]\n    outs: [models/model.pkl]\n    metrics: [metrics.json]\n\n  report:\n    desc: Write the report\n    cmd: python src/report.py models/model.pkl metrics.json site\n    deps: [requirements.txt, src/report.py, models/model.pkl, metrics.json]\n    outs: [site/]\n\npublish:\n  artifacts:\n    report: site/\n",
        },
    },
    {
        name: 'quarto',
        title: 'Quarto (or R Markdown) report site on GitHub Pages',
        files: {
            '.github/workflows/reprokit.yml': "# Builds the site on pushes and pull requests; deploys it to GitHub Pages from main only (pull\n# requests get the site as an artifact). Enable Pages with \"Source: GitHub Actions\" first.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\n  workflow_dispatch:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  site:\n    permissions:\n      contents: read # check out the code\n      pages: write # deploy to GitHub Pages\n      id-token: write # prove to Pages that the deployment comes from this workflow\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      quarto-version: release\n      deploy-pages: true\n",
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A Quarto website (or R Markdown site) built from prepared data and deployed to GitHub Pages.\n# For R Markdown use: cmd: Rscript -e 'rmarkdown::render_site()' (output in _site/ as well).\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  data:\n    desc: Prepare the tables the pages show\n    cmd: python scripts/prepare.py data/raw.csv data/tables/\n    deps: [requirements.txt, scripts/prepare.py, data/raw.csv]\n    outs: [data/tables/]\n\n  site:\n    desc: Render the website\n    cmd: quarto render\n    deps: [requirements.txt, _quarto.yml, '*.qmd', styles.css, data/tables/]\n    outs: [_site/]\n\npublish:\n  pages: _site/\n  artifacts:\n    site: _site/\n",
        },
    },
    {
        name: 'r',
        title: 'R project (renv, targets, Quarto)',
        files: {
            '.github/workflows/reprokit.yml': "# The R pipeline on every push to main and every pull request, with a report on the pull request.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  pipeline:\n    permissions:\n      contents: read # check out the code\n      pull-requests: write # the sticky pull-request comment\n      checks: write # the check run\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      r-version: '4.4'\n      renv: true\n      quarto-version: release\n      pr-comment: true\n      check-run: true\n",
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# An R project managed with renv and targets, with a Quarto report. renv.lock is a dep of every\n# stage: changing a package version re-runs what could be affected. targets keeps its own store\n# in _targets/ (persist: true, so reprokit does not delete it before tar_make() runs).\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  targets:\n    desc: Run the targets pipeline (_targets.R)\n    cmd: Rscript -e 'targets::tar_make()'\n    deps: [renv.lock, _targets.R, R/, data/raw.csv]\n    outs:\n      - { path: _targets/, persist: true }\n\n  report:\n    desc: Render the Quarto report from the targets store\n    cmd: quarto render report.qmd --to html\n    deps: [renv.lock, report.qmd, _targets/]\n    outs: [report.html]\n\npublish:\n  artifacts:\n    report: report.html\n",
        },
    },
    {
        name: 'scheduled',
        title: 'scheduled refresh',
        files: {
            '.github/workflows/reprokit.yml': "# Refreshes the data every day at 06:17 UTC (and on demand), and redeploys the dashboard when it\n# changed. GitHub disables schedules in repositories without activity for 60 days.\nname: reprokit\non:\n  schedule:\n    - cron: '17 6 * * *'\n  workflow_dispatch:\nconcurrency:\n  group: reprokit-refresh\n  cancel-in-progress: false\njobs:\n  refresh:\n    permissions:\n      contents: read # check out the code\n      pages: write # deploy to GitHub Pages\n      id-token: write # prove to Pages that the deployment comes from this workflow\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      deploy-pages: true\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A scheduled refresh: `fetch` downloads the latest data on every run (always_run); the stages\n# after it re-run only when the downloaded bytes changed (early cutoff), so a quiet day costs one\n# download.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  fetch:\n    desc: Download the latest data (runs every time)\n    cmd: curl -fsSL --retry 3 "$DATA_URL" -o data/latest.csv\n    env:\n      DATA_URL: https://example.com/data/latest.csv\n    outs: [data/latest.csv]\n    always_run: true\n\n  summarise:\n    desc: Summarise the latest data\n    cmd: python src/summarise.py data/latest.csv data/summary.json\n    deps: [requirements.txt, src/summarise.py, data/latest.csv]\n    metrics: [data/summary.json]\n\n  site:\n    desc: Build the dashboard\n    cmd: python src/site.py data/latest.csv data/summary.json site\n    deps: [requirements.txt, src/site.py, data/latest.csv, data/summary.json]\n    outs: [site/]\n\npublish:\n  pages: site/\n',
        },
    },
    {
        name: 'snakemake',
        title: 'wrapping a Snakemake workflow',
        files: {
            '.github/workflows/reprokit.yml': "# The wrapped Snakemake workflow on pushes to main and pull requests, with the action used\n# directly (one job): set up Python and Snakemake, then let reprokit run what is stale.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\njobs:\n  pipeline:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install snakemake\n      - uses: reprokit/reprokit@v1\n        id: pipeline\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# Wraps an existing Snakemake workflow: one reprokit stage per rule (or group of rules) whose\n# results you want cached between CI runs. reprokit decides what is stale by content; each stage\n# lets Snakemake run just its rule (--allowed-rules), with the upstream results already restored.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  clean:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules clean -- results/clean.csv\n    deps: [Snakefile, envs/, scripts/clean.py, data/raw.csv]\n    outs: [results/clean.csv]\n\n  fit:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules fit -- results/model.json\n    deps: [Snakefile, envs/, scripts/fit.py, results/clean.csv, config.yaml]\n    outs: [results/model.json]\n\n  plots:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules plots -- results/plots\n    deps: [Snakefile, envs/, scripts/plots.py, results/clean.csv, results/model.json]\n    outs: [results/plots/]\n',
        },
    },
];

;// CONCATENATED MODULE: ./src/entry/cli/init.ts




const DEFAULT_TEMPLATE = 'python';
const IGNORE_LINE = '.reprokit/';
/**
 * `reprokit init`: writes a template's files (manifest, workflow, ...) into the project and adds
 * `.reprokit/` to `.gitignore`. Never overwrites a file without `--force`: when any exists,
 * nothing is written and the exit code is 2, naming every file in the way.
 */
function init(root, args, io) {
    const name = args.template ?? DEFAULT_TEMPLATE;
    const template = TEMPLATES.find((t) => t.name === name);
    if (!template) {
        const names = TEMPLATES.map((t) => t.name);
        const guess = closest(name, names);
        io.stderr.write(`reprokit: no template named "${name}"${guess ? `: did you mean "${guess}"?` : ''}\n${templateList()}`);
        return 2;
    }
    const files = Object.keys(template.files);
    const existing = files.filter((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file)));
    if (existing.length > 0 && !args.overwrite) {
        io.stderr.write(`reprokit: not overwriting ${existing.join(', ')}; nothing was written (use --force to overwrite)\n`);
        return 2;
    }
    const result = writeTemplate(root, template);
    if (args.json) {
        io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    }
    else {
        const lines = result.written.map((f) => `  ${existing.includes(f) ? 'overwrote' : 'wrote    '} ${f}`);
        if (result.gitignore !== 'unchanged')
            lines.push(`  ${result.gitignore === 'created' ? 'wrote    ' : 'updated  '} .gitignore`);
        io.stdout.write(`Template "${template.name}" (${template.title}):\n${lines.join('\n')}\n` +
            `Next: adapt the stages in reprokit.yml, then run "reprokit status".\n`);
    }
    return 0;
}
function writeTemplate(root, template) {
    const written = [];
    for (const [file, content] of Object.entries(template.files)) {
        const path = (0,external_node_path_.join)(root, file);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, content);
        written.push(file);
    }
    return { template: template.name, written, gitignore: ignoreStateDir(root) };
}
/** Adds `.reprokit/` to `.gitignore` once: creates the file, or appends unless already ignored. */
function ignoreStateDir(root) {
    const path = (0,external_node_path_.join)(root, '.gitignore');
    if (!(0,external_node_fs_.existsSync)(path)) {
        (0,external_node_fs_.writeFileSync)(path, `# reprokit: local state and cache\n${IGNORE_LINE}\n`);
        return 'created';
    }
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    const ignored = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .some((line) => ['.reprokit', '.reprokit/', '/.reprokit', '/.reprokit/'].includes(line));
    if (ignored)
        return 'unchanged';
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const separator = text === '' || text.endsWith('\n') ? '' : newline;
    (0,external_node_fs_.writeFileSync)(path, `${text}${separator}${IGNORE_LINE}${newline}`);
    return 'appended';
}
function templateList() {
    const width = Math.max(...TEMPLATES.map((t) => t.name.length));
    return `Templates:\n${TEMPLATES.map((t) => `  ${t.name.padEnd(width)}  ${t.title}`).join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/core/dvc-lock.ts

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
/** YAML the way DVC (ruamel) writes it: block style, lists not indented, single quotes. */
function stringifyLock(doc) {
    return (0,dist/* stringify */.As)(doc, { indentSeq: false, lineWidth: 0, singleQuote: true });
}
/** The stages of a dvc.lock text; undefined when it is not a schema 2.0 lock. */
function parseLock(text) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
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

;// CONCATENATED MODULE: ./src/adapters/dvc-hash.ts






const CHUNK = 4 * 1024 * 1024;
/** DVC 3's file hash (`hash: md5`): the md5 of the bytes, no newline conversion. */
function md5File(abs) {
    const hash = (0,external_node_crypto_.createHash)('md5');
    const buffer = Buffer.allocUnsafe(CHUNK);
    const fd = (0,external_node_fs_.openSync)(abs, 'r');
    try {
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK, null);
            if (read === 0)
                break;
            hash.update(read === CHUNK ? buffer : buffer.subarray(0, read));
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return hash.digest('hex');
}
function md5Text(text) {
    return (0,external_node_crypto_.createHash)('md5').update(text, 'utf8').digest('hex');
}
/** DVC's directory hash: md5 of the sorted `{md5, relpath}` JSON listing, plus ".dir". */
function dirMd5(entries) {
    return `${md5Text(dirListingJson(entries))}.dir`;
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
            const relpath = (0,paths/* relativeTo */.Mf)(file, path);
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
            known = { md5: md5File(abs), size: (0,external_node_fs_.statSync)(abs).size };
            this.files.set(path, known);
        }
        return known;
    }
}
/** Hashing and writing for dvc.lock on the local disk (the project root is workspace.root). */
function localDvcLockServices(workspace) {
    const toAbsolute = (path) => (0,external_node_path_.join)(workspace.root, ...path.split('/'));
    const hasher = new DvcHasher(workspace, toAbsolute);
    return {
        workspace,
        hash: (path) => hasher.hash(path),
        writeText: async (path, text) => {
            writeFileAtomic(toAbsolute(path), text);
            workspace.invalidate([path]);
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/dvc-lock.ts



function lockFileOf(project) {
    return (0,paths/* joinPath */.uJ)((0,paths/* parentDir */.Qp)(project.pipeline.manifestFile), LOCK_FILE);
}
/**
 * Writes dvc.lock after a run: stages that succeeded (ran, restored or fresh) get an entry
 * computed from the workspace; the others keep what the lock had. Stage order is dvc.yaml's.
 */
async function writeDvcLock(project, services, report) {
    const file = lockFileOf(project);
    const previousText = await services.workspace.readText(file);
    const previous = previousText === undefined ? undefined : parseLock(previousText);
    const results = new Map(report?.stages.map((s) => [s.name, s.result]) ?? []);
    const stages = {};
    const updated = [];
    const kept = [];
    const missing = [];
    for (const stage of project.pipeline.stages) {
        const result = results.get(stage.name);
        const succeeded = report === undefined || result === 'ran' || result === 'restored' || result === 'fresh';
        const entry = succeeded ? await computeStageLock(project, stage, services) : undefined;
        const old = previous?.stages[stage.name];
        if (entry) {
            stages[stage.name] = entry;
            updated.push(stage.name);
        }
        else if (old) {
            stages[stage.name] = old;
            kept.push(stage.name);
        }
        else
            missing.push(stage.name);
    }
    const text = stringifyLock({ schema: '2.0', stages });
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
            out.push({ path: relativePosix(stage.wdir, path), hash });
        }
        return out;
    };
    const deps = await hashAll(stage.deps.map((d) => d.path));
    const outs = await hashAll(stage.outs.map((o) => o.path));
    if (!deps || !outs)
        return undefined;
    return stageLock({
        cmd: lockCmd(stage),
        deps,
        outs,
        params: new Map(Object.entries(paramsOf(project, stage))),
    });
}
function lockCmd(stage) {
    const asList = dvcStageInfo(stage)?.cmdIsList ?? stage.cmd.length !== 1;
    return asList ? stage.cmd : (stage.cmd[0] ?? '');
}
/** Declared param values, by params file as written (relative to the wdir) and key. */
function paramsOf(project, stage) {
    const values = project.params.get(stage.name) ?? {};
    const out = {};
    for (const ref of stage.params) {
        const file = relativePosix(stage.wdir, ref.file);
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
    const lock = text === undefined ? undefined : parseLock(text);
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
                path: relativePosix(stage.wdir, d.path),
                md5: await depMd5(project, lock, d.path, services),
            }))),
            outs: await Promise.all(stage.outs.map(async (o) => ({
                path: relativePosix(stage.wdir, o.path),
                md5: (await services.hash(o.path))?.md5,
            }))),
            params: paramsOf(project, stage),
        };
        const reasons = lockDifferences(current, recorded);
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
        const def = relativePosix(exact.stage.wdir, path);
        return entry?.outs?.find((o) => o.path === def)?.md5 ?? `missing from ${exact.stage.name}`;
    }
    if (producers.length > 0)
        return (await services.hash(path))?.md5;
    return (await services.hash(path))?.md5;
}

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
        jobs.push({
            include: groups.map((stages, i) => ({
                wave: k,
                group: `g${k}-${i + 1}`,
                stages: stages.join(' '),
                force: stages.filter((s) => force.has(s)).join(' '),
            })),
        });
    }
    return { waves, matrix: { include: jobs.flatMap((j) => j.include) }, jobs, overflow };
}

;// CONCATENATED MODULE: ./src/entry/cli/plan.ts






/**
 * `reprokit plan`: the engine in plan mode (nothing runs, nothing is restored), then the stale
 * stages grouped into waves for parallel CI jobs (src/core/fanout.ts). `cached` and `fresh`
 * stages do not run: a later job restores what it reads from the cache.
 */
async function plan(project, args, io, services) {
    const report = await runPipeline(project, { ...services, emit: () => undefined }, {
        targets: args.stages,
        force: { stages: args.force, all: false },
        jobs: Math.max(1, (0,external_node_os_.cpus)().length),
        keepGoing: false,
        mode: 'plan',
        restore: [],
        // the action's salt is part of the keys in the Actions cache; the local cache has none
        salt: args.actionsCache ? (args.cacheSalt ?? '') : '',
        signal: io.signal,
    });
    const document = planDocument(project, report, args);
    const text = args.json ? JSON.stringify(document, null, 2) + '\n' : planText(document);
    if (args.output !== undefined)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, args.output), text);
    else
        io.stdout.write(text);
    return 0;
}
/** `plan --json`: stable, documented in docs/workflows.md and read by .github/workflows/pipeline.yml. */
function planDocument(project, report, args) {
    const stale = report.stages.filter((s) => s.status === 'stale').map((s) => s.name);
    const fanout = fanoutPlan(project.graph, stale, {
        ...(args.maxWaves !== undefined ? { maxWaves: args.maxWaves } : {}),
        ...(args.maxGroups !== undefined ? { maxGroups: args.maxGroups } : {}),
        force: args.force,
    });
    return {
        stages: report.stages.map((s) => ({
            name: s.name,
            status: s.status,
            reasons: s.reasons,
            ...(s.key ? { key: s.key } : {}),
        })),
        stale,
        waves: fanout.waves,
        matrix: fanout.matrix,
        jobs: fanout.jobs,
        overflow: fanout.overflow,
    };
}
function planText(doc) {
    if (doc.stale.length === 0)
        return 'Nothing is stale: no stage would run.\n';
    const rows = doc.jobs.flatMap((job, k) => job.include.map((e) => [`wave ${k}`, e.group, e.stages.split(' ').join(', ')]));
    const note = doc.overflow
        ? `\nThe pipeline is ${doc.waves.length} waves deep: the last wave job runs the rest in one group.\n`
        : '';
    return `${table(['wave job', 'group', 'stages'], rows)}\n${doc.stale.length} stale stage${doc.stale.length === 1 ? '' : 's'} in ${doc.waves.length} wave${doc.waves.length === 1 ? '' : 's'}${note}\n`;
}
/**
 * The GitHub Actions cache, for `plan --actions-cache` inside a workflow run: the same entries,
 * key prefix and salt as the action, looked up only (plan mode restores nothing). The runner gives
 * the runtime token to JavaScript actions only, so the reusable workflow runs this command from
 * actions/github-script, whose environment the command inherits. Undefined (with a warning) when
 * the service is not there: then every stage without a local record plans as stale, which is
 * safe (the wave jobs find the cached ones and restore them instead of running them).
 */
async function openActionsCache(root, env, salt, warn) {
    const { probeCacheService } = await __nccwpck_require__.e(/* import() */ 159).then(__nccwpck_require__.bind(__nccwpck_require__, 7159));
    const probe = await probeCacheService(env);
    if (!probe.available) {
        warn(`the GitHub Actions cache is unavailable (${probe.reason}); planning without it`);
        return undefined;
    }
    // The toolkit's paths are relative to the working directory and part of each entry's version:
    // they must be the ones the action uses, which runs in the project directory.
    process.chdir(root);
    const { ActionsCache, entryKeyPrefix } = await __nccwpck_require__.e(/* import() */ 336).then(__nccwpck_require__.bind(__nccwpck_require__, 6336));
    const { toolkitCacheClient } = await __nccwpck_require__.e(/* import() */ 690).then(__nccwpck_require__.bind(__nccwpck_require__, 4690));
    const { sha256Text } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 2342));
    return new ActionsCache({
        root,
        client: await toolkitCacheClient(),
        keyPrefix: entryKeyPrefix(env.RUNNER_OS ?? process.platform, env.RUNNER_ARCH ?? process.arch, salt, sha256Text),
        warn,
    });
}

;// CONCATENATED MODULE: ./src/entry/cli/main.ts
















const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 };
async function main(argv, io) {
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.stderr.write(`reprokit: ${e.message}\nRun "reprokit help" for usage.\n`);
        return EXIT.usage;
    }
    if (args.command === 'help') {
        io.stdout.write(HELP);
        return EXIT.ok;
    }
    if (args.command === 'version') {
        io.stdout.write(`reprokit ${VERSION}\n`);
        return EXIT.ok;
    }
    const root = (0,external_node_path_.resolve)(io.cwd, args.directory ?? '.');
    if (!(0,external_node_fs_.existsSync)(root)) {
        io.stderr.write(`reprokit: directory ${root} does not exist\n`);
        return EXIT.usage;
    }
    if (args.command === 'init')
        return init(root, args, io);
    const actionsCache = args.command === 'plan' && args.actionsCache
        ? ((await openActionsCache(root, io.env, args.cacheSalt ?? '', (m) => io.stderr.write(`reprokit: warning: ${m}\n`))) ?? 'none')
        : undefined;
    const manifest = args.manifest ?? MANIFEST_CANDIDATES.find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f))) ?? 'reprokit.yml';
    const reporter = new CliReporter(io.stderr);
    const cacheDir = args.cacheDir ?? io.env.REPROKIT_CACHE_DIR;
    const local = localServices({
        root,
        ...(cacheDir ? { cacheDir: (0,external_node_path_.resolve)(io.cwd, cacheDir) } : {}),
        emit: (event) => reporter.handle(event),
        env: io.env,
        ...(args.noCache ? { cache: 'none' } : {}),
        ...(actionsCache && !args.noCache ? { cache: actionsCache } : {}),
    });
    const loaded = await loadProject(local.workspace, manifest);
    if (!loaded.ok) {
        for (const d of loaded.error.diagnostics)
            io.stderr.write(formatDiagnostic(d, loaded.error.locator) + '\n\n');
        const errors = loaded.error.diagnostics.filter((d) => d.severity === 'error').length;
        io.stderr.write(`reprokit: ${manifest} has ${errors} error${errors === 1 ? '' : 's'}; nothing was run\n`);
        return EXIT.usage;
    }
    const project = loaded.value;
    for (const d of project.notices)
        io.stderr.write(formatDiagnostic(d, project.locator) + '\n');
    const unknown = checkStageNames(project, [...args.stages, ...args.force]);
    if (unknown) {
        io.stderr.write(`reprokit: ${unknown}\n`);
        return EXIT.usage;
    }
    reporter.setStageNames(project.graph.order.map((s) => s.name));
    try {
        switch (args.command) {
            case 'dag':
                io.stdout.write(renderDag(project, args) + '\n');
                return EXIT.ok;
            case 'status':
                return await main_status(project, args, io, local.services);
            case 'plan':
                return await plan(project, args, io, local.services);
            case 'run':
                return await run(project, args, io, local.services, reporter);
        }
    }
    finally {
        reporter.finish();
        local.flush();
    }
}
function checkStageNames(project, names) {
    const known = [...project.graph.byName.keys()];
    for (const name of names) {
        if (project.graph.byName.has(name))
            continue;
        const guess = closest(name, known);
        return `no stage named "${name}"${guess ? `: did you mean "${guess}"?` : ` (stages: ${known.join(', ')})`}`;
    }
    return undefined;
}
function renderDag(project, args) {
    switch (args.dagFormat) {
        case 'mermaid':
            return renderMermaid(project.graph);
        case 'dot':
            return renderDot(project.graph);
        case 'json':
            return JSON.stringify(dagJson(project.graph), null, 2);
        case 'text':
            return renderText(project.graph);
    }
}
function options(args, io, mode) {
    return {
        targets: args.stages,
        force: { stages: args.force, all: args.forceAll },
        jobs: args.jobs ?? Math.max(1, (0,external_node_os_.cpus)().length),
        keepGoing: args.keepGoing,
        mode,
        restore: args.restore ? 'all' : [],
        salt: '',
        signal: io.signal,
    };
}
async function main_status(project, args, io, services) {
    const quiet = { ...services, emit: () => undefined };
    const report = await runPipeline(project, quiet, options(args, io, 'plan'));
    if (project.pipeline.format === 'dvc') {
        // DVC projects: also whether the committed dvc.lock matches the workspace (no data pulled).
        const lock = await checkDvcLock(project, localDvcLockServices(services.workspace));
        const dvcLock = {
            upToDate: lock.upToDate,
            stale: lock.stale.map((s) => s.stage),
            reasons: Object.fromEntries(lock.stale.map((s) => [s.stage, s.reasons])),
        };
        io.stdout.write(args.json
            ? JSON.stringify({ ...planJson(report), dvcLock }, null, 2) + '\n'
            : planTable(report) +
                (lock.upToDate
                    ? `${lock.file} is up to date\n`
                    : `${lock.file} is not up to date:\n${lock.stale.map((s) => `  ${s.stage}: ${s.reasons.join('; ')}\n`).join('')}`));
        return EXIT.ok;
    }
    io.stdout.write(args.json ? JSON.stringify(planJson(report), null, 2) + '\n' : planTable(report));
    return EXIT.ok;
}
async function run(project, args, io, services, reporter) {
    if (args.writeDvcLock && project.pipeline.format !== 'dvc') {
        io.stderr.write(`reprokit: --write-dvc-lock needs a dvc.yaml project, not ${project.pipeline.manifestFile}\n`);
        return EXIT.usage;
    }
    if (args.dryRun) {
        const report = await runPipeline(project, { ...services, emit: () => undefined }, options(args, io, 'plan'));
        io.stdout.write(args.json
            ? JSON.stringify(planJson(report), null, 2) + '\n'
            : `Dry run: nothing was run.\n${planTable(report)}`);
        return EXIT.ok;
    }
    const report = await runPipeline(project, services, options(args, io, 'run'));
    reporter.finish();
    if (args.writeDvcLock && !report.interrupted) {
        const lock = await writeDvcLock(project, localDvcLockServices(services.workspace), report);
        io.stderr.write(`reprokit: ${lock.file} ${lock.written ? 'written' : 'already up to date'}` +
            (lock.kept.length > 0 ? `; kept the previous entries of ${lock.kept.join(', ')}` : '') +
            (lock.missing.length > 0 ? `; no entry for ${lock.missing.join(', ')}` : '') +
            '\n');
    }
    io.stdout.write(args.json ? JSON.stringify(runJson(report), null, 2) + '\n' : summaryTable(report));
    if (report.interrupted)
        return EXIT.interrupted;
    return report.ok ? EXIT.ok : EXIT.failed;
}
/** `status --json`: stable, documented in docs/cli.md. */
function planJson(report) {
    return {
        stages: report.stages.map((s) => ({
            name: s.name,
            status: s.status,
            reasons: s.reasons,
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
            reasons: s.reasons,
            ...(s.error ? { error: s.error } : {}),
        })),
    };
}
function planTable(report) {
    const rows = report.stages.map((s) => [
        s.name,
        s.status,
        s.reasons.join('; ') || (s.status === 'fresh' ? 'up to date' : ''),
    ]);
    const counts = ['fresh', 'cached', 'stale'].map((st) => `${report.stages.filter((s) => s.status === st).length} ${st}`);
    return `${table(['stage', 'status', 'why'], rows)}\n${counts.join(', ')}\n`;
}

;// CONCATENATED MODULE: ./src/entry/cli/index.ts


const controller = new AbortController();
let interrupts = 0;
const onSignal = (signal) => {
    interrupts++;
    if (interrupts > 1) {
        killAllCommands();
        process.exit(130);
    }
    process.stderr.write(`\nreprokit: ${signal}: stopping running stages; nothing of theirs is recorded\n`);
    controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    signal: controller.signal,
}).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`reprokit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
});


//# sourceMappingURL=index.js.map