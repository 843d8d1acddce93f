export const id = 135;
export const ids = [135];
export const modules = {

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

/***/ 2135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkDvcLock: () => (/* binding */ checkDvcLock),
/* harmony export */   writeDvcLock: () => (/* binding */ writeDvcLock)
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


/***/ })

};

//# sourceMappingURL=135.index.js.map