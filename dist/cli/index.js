#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 5000:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lj: () => (/* binding */ parseStages),
  fL: () => (/* binding */ readValidSnapshot),
  vJ: () => (/* binding */ removeNoopSnapshot),
  eA: () => (/* binding */ writeNoopSnapshot)
});

// UNUSED EXPORTS: SNAPSHOT_FILE, statTarget

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/entry/cli/noop-snapshot-format.ts
/**
 * The bytes of the no-op snapshot (noop-snapshot.ts says what it is for). Binary and columnar,
 * like the stat cache, because the fast path reads it on every plain `status`/`run`: a small
 * JSON header, then the recorded numbers as one Float64Array (five per path: size, mtimeMs,
 * ctimeMs, ino, mode), the paths NUL-separated, and text sections read only when needed (the
 * stages, and the exact `status` answers the check rendered). Parsing 15,000 JSON arrays and
 * building the report anew cost more than the 15,000 lstat calls themselves.
 *
 *   "RKNOOP4\n" | u32 LE header length | header JSON | zero padding to 8 | sections…
 *
 * A reader may hold only a prefix of the file: neededBytes says how long it must be.
 *
 * Pure: encoding and decoding only. Anything that does not decode exactly gives undefined.
 */
const MAGIC = 'RKNOOP4\n';
/** The numbers recorded per path, in this order. */
const FIELDS_PER_PATH = 5;
/**
 * The sections after the header: `numbers` first, so that it is 8-byte aligned; then in the
 * order of need, so that a reader wanting `status --json` reads a prefix of the file only.
 */
const SECTIONS = ['numbers', 'paths', 'statusJson', 'statusText', 'stages'];
/** Enough for the header of any but a very long root; neededBytes says when it is not. */
const PREFIX_BYTES = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
function encodeSnapshot(content) {
    if (content.numbers.length !== content.paths.length * FIELDS_PER_PATH)
        throw new Error('encodeSnapshot: numbers do not match the paths');
    const bodies = {
        numbers: Buffer.from(content.numbers.buffer, content.numbers.byteOffset, content.numbers.byteLength),
        paths: Buffer.from(content.paths.join('\0'), 'utf8'),
        stages: Buffer.from(content.stages, 'utf8'),
        statusJson: Buffer.from(content.statusJson, 'utf8'),
        statusText: Buffer.from(content.statusText, 'utf8'),
    };
    // The header holds the offsets, whose values depend on the header's length: lay the sections
    // out after a header of a guessed length, grow the guess until the header fits.
    for (let room = 512;; room *= 2) {
        let offset = align8(MAGIC.length + 4 + room);
        const sections = {};
        for (const name of SECTIONS) {
            sections[name] = [offset, bodies[name].length];
            offset = align8(offset + bodies[name].length);
        }
        const header = {
            version: content.version,
            root: content.root,
            manifest: content.manifest,
            count: content.paths.length,
            littleEndian: LITTLE_ENDIAN,
            total: offset,
            sections,
        };
        const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
        if (headerBytes.length > room)
            continue;
        const out = Buffer.alloc(offset);
        out.write(MAGIC, 0, 'latin1');
        out.writeUInt32LE(headerBytes.length, MAGIC.length);
        headerBytes.copy(out, MAGIC.length + 4);
        for (const name of SECTIONS)
            bodies[name].copy(out, sections[name][0]);
        return out;
    }
}
/**
 * How many bytes from the start a reader needs for the paths and `section`, judged from a
 * prefix of the file of `size` bytes; undefined when the prefix does not hold the header.
 */
function neededBytes(prefix, size, section) {
    const header = decodeHeader(prefix, size);
    if (!header)
        return undefined;
    const [at, length] = header.sections[section];
    return Math.max(at + length, header.sections.paths[0] + header.sections.paths[1]);
}
function decodeHeader(bytes, size) {
    if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC)
        return undefined;
    const headerEnd = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length);
    if (headerEnd > bytes.length)
        return undefined;
    let header;
    try {
        header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, headerEnd));
    }
    catch {
        return undefined;
    }
    return validHeader(header, size, headerEnd) ? header : undefined;
}
/**
 * `bytes` is the file, or its first bytes when the file has `size` bytes; a section beyond
 * them reads as undefined.
 */
function decodeSnapshot(bytes, size = bytes.length) {
    const header = decodeHeader(bytes, size);
    if (!header)
        return undefined;
    const within = ([at, length]) => at + length <= bytes.length;
    if (!within(header.sections.numbers) || !within(header.sections.paths))
        return undefined;
    const [numbersAt, numbersLength] = header.sections.numbers;
    if (numbersLength !== header.count * FIELDS_PER_PATH * 8)
        return undefined;
    const numbers = float64s(bytes, numbersAt, header.count * FIELDS_PER_PATH);
    const [pathsAt, pathsLength] = header.sections.paths;
    const paths = header.count === 0 ? [] : bytes.toString('utf8', pathsAt, pathsAt + pathsLength).split('\0');
    if (paths.length !== header.count)
        return undefined;
    return {
        version: header.version,
        root: header.root,
        manifest: header.manifest,
        paths,
        numbers,
        text: (section) => {
            const [at, length] = header.sections[section];
            return within([at, length]) ? bytes.toString('utf8', at, at + length) : undefined;
        },
        bytes: (section) => {
            const [at, length] = header.sections[section];
            return within([at, length]) ? bytes.subarray(at, at + length) : undefined;
        },
    };
}
function validHeader(header, size, headerEnd) {
    if (typeof header !== 'object' || header === null)
        return false;
    if (typeof header.version !== 'string' ||
        typeof header.root !== 'string' ||
        typeof header.manifest !== 'string' ||
        !Number.isSafeInteger(header.count) ||
        header.count < 0 ||
        header.littleEndian !== LITTLE_ENDIAN ||
        header.total !== size ||
        typeof header.sections !== 'object' ||
        header.sections === null)
        return false;
    return SECTIONS.every((name) => {
        const range = header.sections[name];
        if (!Array.isArray(range) || range.length !== 2)
            return false;
        const [at, length] = range;
        return (Number.isSafeInteger(at) &&
            Number.isSafeInteger(length) &&
            at >= headerEnd &&
            length >= 0 &&
            at + length <= size);
    });
}
/** A view when the bytes are aligned (readFileSync's usually are), else a copy. */
function float64s(bytes, at, count) {
    const start = bytes.byteOffset + at;
    if (start % 8 === 0)
        return new Float64Array(bytes.buffer, start, count);
    return new Float64Array(bytes.buffer.slice(start, start + count * 8));
}
function align8(n) {
    return (n + 7) & ~7;
}

;// CONCATENATED MODULE: ./src/entry/cli/noop-snapshot.ts




/**
 * The no-op fast path. After a check that found every stage fresh, the CLI writes down the
 * stat signature (size, mtime, ctime, inode, mode) of every path that check looked at: the
 * manifest, params files, every dep and output file, every directory it listed, the state log.
 * The next `status` or `run` compares those signatures first; if none changed, nothing the
 * decision depends on changed either, and the same answer is given without parsing the manifest
 * or hashing anything, the way make answers from timestamps, but from all five facts at once.
 * Any difference, or anything unusual (a symlink, a file modified in the last two seconds, a
 * different reprokit version), falls back to the full check. The bytes: noop-snapshot-format.ts.
 */
const SNAPSHOT_FILE = '.reprokit/noop-snapshot.bin';
/** Where reprokit 0.1 kept a JSON snapshot; removed when the binary one is written. */
const JSON_SNAPSHOT_FILE = '.reprokit/noop-snapshot.json';
/** Signatures of files changed this recently are not trusted: a same-tick rewrite keeps them. */
const RACY_MS = 2000;
/** One options object for every call: no allocation per path. */
const NO_THROW = { throwIfNoEntry: false };
/**
 * Plain (not bigint) stats: building BigIntStats costs more than the syscall here. Writes the
 * five numbers at `numbers[at…]`; false for a missing path or a symlink.
 */
function signature(root, path, numbers, at) {
    const stats = (0,external_node_fs_.lstatSync)(path === '' ? root : `${root}${external_node_path_.sep}${path}`, NO_THROW);
    if (!stats || stats.isSymbolicLink())
        return false;
    numbers[at] = stats.size;
    numbers[at + 1] = stats.mtimeMs;
    numbers[at + 2] = stats.ctimeMs;
    numbers[at + 3] = stats.ino;
    numbers[at + 4] = stats.mode;
    return true;
}
/** Writes the snapshot, or removes a stale one when some path cannot be vouched for. */
function writeNoopSnapshot(root, manifest, paths, stages, answers) {
    const file = (0,external_node_path_.join)(root, SNAPSHOT_FILE);
    const now = Date.now();
    const unique = [...new Set(paths)];
    const numbers = new Float64Array(unique.length * FIELDS_PER_PATH);
    for (let i = 0; i < unique.length; i++) {
        const at = i * FIELDS_PER_PATH;
        if (!signature(root, unique[i], numbers, at) ||
            now - numbers[at + 1] < RACY_MS ||
            now - numbers[at + 2] < RACY_MS) {
            removeNoopSnapshot(root);
            return false;
        }
    }
    const bytes = encodeSnapshot({
        version: version/* VERSION */.x,
        root,
        manifest,
        paths: unique,
        numbers,
        stages: JSON.stringify(stages),
        ...answers,
    });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    (0,external_node_fs_.writeFileSync)(`${file}.tmp`, bytes);
    (0,external_node_fs_.renameSync)(`${file}.tmp`, file);
    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, JSON_SNAPSHOT_FILE), { force: true });
    return true;
}
function removeNoopSnapshot(root) {
    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, SNAPSHOT_FILE), { force: true });
    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, JSON_SNAPSHOT_FILE), { force: true });
}
/**
 * From a snapshot whose every signature still matches: the bytes of one section, an answer
 * ready to print (decoding 1 MB only to encode it again costs) or the stages (parseStages).
 * Undefined when the full check has to run. Reads only as much of the file as that needs.
 */
function readValidSnapshot(root, manifest, want) {
    const bytes = readSnapshotFile((0,external_node_path_.join)(root, SNAPSHOT_FILE), want);
    const snapshot = bytes && decodeSnapshot(bytes.data, bytes.size);
    if (!snapshot ||
        snapshot.version !== version/* VERSION */.x ||
        snapshot.root !== root ||
        snapshot.manifest !== manifest ||
        snapshot.paths.length === 0)
        return undefined;
    return signaturesMatch(root, snapshot.paths, snapshot.numbers) ? snapshot.bytes(want) : undefined;
}
/**
 * Compares every recorded signature from inside the root, where most paths can be stat'ed as
 * recorded (statTarget): the kernel then no longer walks the root's components again for each
 * of them, most of what an lstat of a short path costs. Anything unexpected (a failing lstat, a
 * root it cannot enter) is a mismatch, never an error; the working directory is the caller's
 * again on return.
 */
function signaturesMatch(root, paths, numbers) {
    const cwd = process.cwd();
    try {
        process.chdir(root);
    }
    catch {
        return false;
    }
    try {
        return lstatsMatch(root, paths, numbers);
    }
    catch {
        return false;
    }
    finally {
        try {
            process.chdir(cwd);
        }
        catch {
            // The caller's directory is gone: the answer is printed from here all the same.
        }
    }
}
/**
 * The loop the whole fast path is about: one lstat per path, five numbers compared, no
 * allocation of our own. A recorded mode is never a symlink's, so equal modes rule one out.
 * Kept apart from signaturesMatch's try/finally: V8 then optimizes a smaller loop (callgrind:
 * about 10 M fewer instructions over 10,002 paths).
 */
function lstatsMatch(root, paths, numbers) {
    for (let i = 0, at = 0; i < paths.length; i++, at += FIELDS_PER_PATH) {
        const path = paths[i];
        const stats = (0,external_node_fs_.lstatSync)(statTarget(root, path), NO_THROW);
        if (!stats ||
            stats.mode !== numbers[at + 4] ||
            stats.size !== numbers[at] ||
            stats.mtimeMs !== numbers[at + 1] ||
            stats.ctimeMs !== numbers[at + 2] ||
            stats.ino !== numbers[at + 3])
            return false;
    }
    return true;
}
const SLASH = 0x2f;
/**
 * What to lstat for `path` from inside `root`: the path itself when it names, from there, the
 * file the writer's `${root}${sep}${path}` named (`..` included: both walk up from the same
 * directory); that join otherwise (the root itself, absolute paths, and on Windows, where a
 * drive letter would complicate the rule, every path). Cheap: it runs once per path.
 */
function statTarget(root, path) {
    return external_node_path_.sep === '/' && path !== '' && path.charCodeAt(0) !== SLASH
        ? path
        : path === ''
            ? root
            : `${root}${external_node_path_.sep}${path}`;
}
/** The file's first bytes, as many as the paths and `want` need; undefined if unreadable. */
function readSnapshotFile(file, want) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
    }
    catch {
        return undefined;
    }
    try {
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        const prefix = readAt(fd, Math.min(PREFIX_BYTES, size));
        const needed = Math.min(size, neededBytes(prefix, size, want) ?? size);
        return { data: needed <= prefix.length ? prefix : readAt(fd, needed), size };
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function readAt(fd, length) {
    const data = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
        const n = (0,external_node_fs_.readSync)(fd, data, done, length - done, done);
        if (n === 0)
            break;
        done += n;
    }
    return done === length ? data : data.subarray(0, done);
}
/** The stages section as the check that wrote it reported them; undefined if it does not decode. */
function parseStages(bytes) {
    try {
        const stages = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
        return Array.isArray(stages) ? stages : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 9035:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ snapshotArgs)
/* harmony export */ });
/**
 * The `status`/`run` invocations a no-op snapshot may answer: nothing but -C, --json, --jobs and
 * (status) --exit-code, whose answer for an all-fresh project does not depend on anything else.
 * The fast path (fast-path.ts) and the writer (snapshot.ts) use this one rule. Its own small
 * module because the CLI entry loads it on every start.
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(415), __nccwpck_require__.e(634), __nccwpck_require__.e(883)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2883)),
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(415), __nccwpck_require__.e(634), __nccwpck_require__.e(16)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5635)),
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(415), __nccwpck_require__.e(649)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9649)),
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(415), __nccwpck_require__.e(248)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8248)),
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(415), __nccwpck_require__.e(703)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8703)),
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(415), __nccwpck_require__.e(594)]).then(__nccwpck_require__.bind(__nccwpck_require__, 594)),
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(711), __nccwpck_require__.e(415), __nccwpck_require__.e(218)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8218)),
    },
    {
        name: 'push',
        operands: '[STAGE...]',
        takesOperands: true,
        summary: 'upload what the stages need from the local cache to the remote cache',
        options: [...remoteOptions],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(711), __nccwpck_require__.e(415), __nccwpck_require__.e(994)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3994)),
    },
    {
        name: 'pull',
        operands: '[STAGE...]',
        takesOperands: true,
        summary: 'download what the stages need from the remote cache into the local one',
        options: [...remoteOptions],
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(711), __nccwpck_require__.e(415), __nccwpck_require__.e(994)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3994)),
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
        load: () => Promise.all(/* import() */[__nccwpck_require__.e(706), __nccwpck_require__.e(415), __nccwpck_require__.e(114)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3114)),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/entry/cli/color.ts
var color = __nccwpck_require__(8546);
// EXTERNAL MODULE: ./src/entry/cli/noop-snapshot.ts + 1 modules
var noop_snapshot = __nccwpck_require__(5000);
// EXTERNAL MODULE: ./src/entry/cli/snapshot-args.ts
var snapshot_args = __nccwpck_require__(9035);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __nccwpck_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/fast-path.ts






/** Manifests the fast path knows; dvc.yaml projects always take the full path (dvc.lock check). */
const OWN_MANIFESTS = ['reprokit.yml', 'reprokit.yaml'];
/**
 * Answers `status`/`run` from a valid no-op snapshot, or returns undefined for the full check.
 * It gets the arguments from the one parser; snapshotArgs is the rule for which it may answer.
 * Plain `status` answers are printed as the snapshot recorded them; anything else is rendered
 * by noop-report.ts, loaded only then (the CLI entry loads this module on every start).
 * writeStdout prints bytes as they are; the CLI entry writes them to descriptor 1 at once.
 */
async function tryFastPath(args, io, writeStdout) {
    if (io.env.REPROKIT_NO_FASTPATH || !(0,snapshot_args/* snapshotArgs */.K)(args))
        return undefined;
    const started = Date.now();
    const root = (0,external_node_path_.resolve)(io.cwd, (0,spec/* text */.Qq)(args, 'directory') ?? '.');
    const manifest = OWN_MANIFESTS.find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f)));
    if (!manifest)
        return undefined;
    const json = (0,spec/* flag */.Jt)(args, 'json');
    const command = args.command === 'status' ? 'status' : 'run';
    const printed = command === 'status' && (json || !(0,color/* colorEnabled */.X)(io.stdout, io.env));
    const want = printed ? (json ? 'statusJson' : 'statusText') : 'stages';
    const section = (0,noop_snapshot/* readValidSnapshot */.fL)(root, manifest, want);
    if (!section)
        return undefined;
    if (printed) {
        debug(io);
        writeStdout(section);
        return 0;
    }
    const stages = (0,noop_snapshot/* parseStages */.lj)(section);
    if (!stages)
        return undefined;
    const { noopReport, printNoopAnswer } = await __nccwpck_require__.e(/* import() */ 60).then(__nccwpck_require__.bind(__nccwpck_require__, 5060));
    debug(io);
    printNoopAnswer(command, json, noopReport(stages, Date.now() - started), io);
    return 0;
}
function debug(io) {
    if (io.env.REPROKIT_DEBUG)
        io.stderr.write('reprokit: answered from the no-op snapshot (nothing changed)\n');
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

;// CONCATENATED MODULE: ./src/entry/cli/write-sync.ts

/**
 * Writes `bytes` to `fd` at once, without a stream: making `process.stdout` for a pipe loads
 * net and the stream modules, about 2 % of a no-op `status` that prints one answer and exits.
 * Whatever the descriptor does not take (EAGAIN on a non-blocking pipe, EPIPE, a closed
 * descriptor) goes to `rest`, the stream's write, which behaves as it always did.
 */
function writeAllSync(fd, bytes, rest) {
    let done = 0;
    try {
        while (done < bytes.length) {
            const n = (0,external_node_fs_.writeSync)(fd, bytes, done, bytes.length - done);
            if (n <= 0)
                break;
            done += n;
        }
    }
    catch {
        // the stream reports it, or waits for the descriptor, as it did before this shortcut
    }
    if (done < bytes.length)
        rest(bytes.subarray(done));
}

;// CONCATENATED MODULE: ./src/entry/cli/index.ts



const controller = new AbortController();
let interrupts = 0;
const onSignal = (signal) => {
    interrupts++;
    if (interrupts > 1) {
        // Loaded by then if any command runs; a static import would load child_process (and with it
        // net, streams, dgram) on every start, the no-op fast path's too.
        void __nccwpck_require__.e(/* import() */ 0).then(__nccwpck_require__.bind(__nccwpck_require__, 8000)).then(({ killAllCommands }) => {
            killAllCommands();
            process.exit(130);
        }, () => process.exit(130));
        return;
    }
    process.stderr.write(`\nreprokit: ${signal}: stopping running stages; nothing of theirs is recorded\n`);
    controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
/** The standard streams are made on first use: a fast-path answer may never touch stderr. */
const io = {
    get stdout() {
        return process.stdout;
    },
    get stderr() {
        return process.stderr;
    },
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
    const writeStdout = (bytes) => writeAllSync(1, bytes, (rest) => process.stdout.write(rest));
    return (await tryFastPath(args, io, writeStdout)) ?? dispatch(args, io);
}
start().then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`reprokit: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
});


//# sourceMappingURL=index.js.map