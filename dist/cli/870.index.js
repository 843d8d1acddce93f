export const id = 870;
export const ids = [870];
export const modules = {

/***/ 3870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openActionsCache: () => (/* binding */ openActionsCache)
});

// UNUSED EXPORTS: runIdentity

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/record-check.ts
var record_check = __webpack_require__(8619);
;// CONCATENATED MODULE: ./src/adapters/github/actions-cache-index.ts


/**
 * The run-level index of the Actions cache: one entry per run holding the record of every stage
 * the run ran or found fresh, and the content of small outputs. A run restores the newest index
 * (one lookup) and decides every stage's freshness from it locally. The same document, holding
 * only what one fan-out group ran, is that group's fragment.
 *
 * Everything read here is untrusted: records are checked (checkRecord), content is kept only when
 * it hashes to the digest it is filed under, and anything else is dropped (a cache miss).
 */
const INDEX_FORMAT = 'reprokit-actions-index-2';
const INDEX_LIMITS = {
    inlineOutputBytes: 256 * 1024,
    inlineTotalBytes: 8 * 1024 * 1024,
    maxStages: 20_000,
    maxAgeMs: 30 * 24 * 3600 * 1000,
};
const HEX64 = /^[0-9a-f]{64}$/;
/** undefined: not an index of this layout (an older layout, or garbage): ignored as a miss. */
function parseIndex(text, options) {
    const limits = options.limits ?? INDEX_LIMITS;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isObject(value) || value.format !== INDEX_FORMAT)
        return undefined;
    if (value.kind !== 'index' && value.kind !== 'fragment')
        return undefined;
    if (!Array.isArray(value.stages) || !isObject(value.content))
        return undefined;
    let dropped = 0;
    const content = new Map();
    for (const [digest, data] of Object.entries(value.content)) {
        const bytes = typeof data === 'string' ? Buffer.from(data, 'base64') : undefined;
        if (HEX64.test(digest) && bytes && sha256(bytes) === digest)
            content.set(digest, bytes);
        else
            dropped++;
    }
    const stages = new Map();
    for (const item of value.stages.slice(0, limits.maxStages)) {
        const entry = checkIndexed(item, content);
        if (!entry || options.now - Date.parse(entry.seenAt) > limits.maxAgeMs)
            dropped++;
        else
            stages.set(entry.record.stage, entry);
    }
    return {
        kind: value.kind,
        createdAt: typeof value.createdAt === 'string' ? value.createdAt : '',
        branch: typeof value.branch === 'string' ? value.branch : '',
        stages,
        content,
        dropped,
    };
}
function checkIndexed(item, content) {
    if (!isObject(item) || !isObject(item.record) || typeof item.seenAt !== 'string')
        return undefined;
    if (Number.isNaN(Date.parse(item.seenAt)))
        return undefined;
    if (!Array.isArray(item.inline) || !item.inline.every((p) => typeof p === 'string'))
        return undefined;
    const record = (0,record_check/* checkRecord */.E)(item.record, { stage: String(item.record.stage) });
    if (!record)
        return undefined;
    const inline = item.inline;
    // An inline output whose content is missing or did not verify cannot be restored: a miss.
    for (const output of record.outputs.filter((o) => inline.includes(o.path)))
        if (!output.files.every((f) => content.has(f.digest)))
            return undefined;
    return { record, seenAt: item.seenAt, inline };
}
/**
 * The document to save: the given stages, newest-seen first while the limits allow (what does not
 * fit is pruned: a cache miss next time, never an error), with the content their inline outputs need.
 */
function buildIndex(options) {
    const limits = options.limits ?? INDEX_LIMITS;
    const sorted = [...options.stages].sort((a, b) => b.seenAt.localeCompare(a.seenAt));
    const kept = [];
    const content = {};
    let inlineBytes = 0;
    let pruned = 0;
    for (const entry of sorted) {
        if (kept.length >= limits.maxStages ||
            options.now - Date.parse(entry.seenAt) > limits.maxAgeMs) {
            pruned++;
            continue;
        }
        const files = entry.record.outputs
            .filter((o) => entry.inline.includes(o.path))
            .flatMap((o) => o.files)
            .filter((f) => content[f.digest] === undefined);
        const bytes = files.reduce((sum, f) => sum + f.size, 0);
        const available = files.every((f) => options.content.has(f.digest));
        if (!available || inlineBytes + bytes > limits.inlineTotalBytes) {
            pruned++;
            continue;
        }
        for (const f of files)
            content[f.digest] = options.content.get(f.digest).toString('base64');
        inlineBytes += bytes;
        kept.push(entry);
    }
    // Stable order for readers and diffs: by stage name.
    kept.sort((a, b) => a.record.stage < b.record.stage ? -1 : a.record.stage > b.record.stage ? 1 : 0);
    return {
        document: {
            format: INDEX_FORMAT,
            kind: options.kind,
            createdAt: new Date(options.now).toISOString(),
            branch: options.branch,
            stages: kept,
            content,
        },
        pruned,
    };
}
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/adapters/hashing/file-hasher.ts + 2 modules
var file_hasher = __webpack_require__(9096);
// EXTERNAL MODULE: ./src/adapters/local/node-workspace.ts
var node_workspace = __webpack_require__(5390);
;// CONCATENATED MODULE: ./src/adapters/github/actions-cache.ts






function emptyCacheStats() {
    return { requests: 0, entriesCreated: 0, downloadedBytes: 0, uploadedBytes: 0, ms: 0 };
}
/** Tool prefix with the layout version, runner OS and architecture, and the salt (hashed: it may hold any text). */
function entryKeyPrefix(os, arch, salt, sha) {
    const saltTag = salt === '' ? 'nosalt' : sha(salt).slice(0, 16);
    // v2: the run-level index. Entries of the v1 layout (one per stage) never match these keys.
    return `reprokit/v2/${os}-${arch}/${saltTag}`;
}
/** Files the toolkit archives: fixed paths, because the path list is part of an entry's version. */
const INDEX_FILE = '.reprokit/actions-cache/index.json';
const FRAGMENT_FILE = '.reprokit/actions-cache/fragment.json';
/**
 * The engine's cache on the GitHub Actions cache service, at pipeline scale. The composition
 * root calls `load()` once before the engine runs (one lookup: the newest index of the branch,
 * or of the base/default branch; plus the fan-out fragments it is told to read, by exact key) and
 * `persist()` once after (one entry: the run's index, or a fan-out group's fragment). In between,
 * the engine's `lookup`/`latest` are answered from memory; `restore` writes inline content or
 * downloads a content-addressed entry (one per large output, by digest); `save` keeps small outputs
 * for the index and uploads large ones. Every byte is verified against its record before use.
 */
class ActionsCache {
    options;
    name = 'GitHub Actions';
    stats;
    /** Records known to this run: the loaded index, fragments, and what the run saved. */
    known = new Map();
    content = new Map();
    /** Stages the run found fresh or saved: carried forward with a new `seenAt`. */
    seen = new Set();
    /** Stages this run saved: a fan-out group's fragment holds these. */
    savedHere = new Set();
    /** The index the run started from (the previous run of the branch, or of its base). */
    loadedStages = new Map();
    /** `path\0digest` of outputs stored as entries (no need to upload them again). */
    entries = new Set();
    workspace;
    limits;
    changed = false;
    loadedBranch;
    disabled;
    savingDisabled;
    backedOff = false;
    inFlight = 0;
    flightStart = 0;
    waiting = [];
    constructor(options) {
        this.options = options;
        this.workspace = new node_workspace/* NodeWorkspace */.O(options.root);
        this.stats = options.stats ?? emptyCacheStats();
        this.limits = options.limits ?? INDEX_LIMITS;
    }
    now() {
        return this.options.now?.() ?? Date.now();
    }
    get run() {
        return this.options.run ?? { branch: 'local', runId: 'local', attempt: '1' };
    }
    /** Turns the cache off for the rest of the run after a service failure, warning once. */
    disable(reason) {
        if (this.disabled)
            return;
        this.disabled = reason;
        this.options.warn(`The GitHub Actions cache is unavailable (${reason}); continuing without it for the rest of this run.`);
    }
    get isDisabled() {
        return this.disabled !== undefined;
    }
    indexPrefix() {
        return `${this.options.keyPrefix}/index/`;
    }
    indexKeyPrefix(branch) {
        return `${this.indexPrefix()}${keySegment(branch)}/`;
    }
    fragmentPrefix(group) {
        return `${this.options.keyPrefix}/frag/${keySegment(this.run.runId)}/${keySegment(group)}-a`;
    }
    entryKey(output) {
        return `${this.options.keyPrefix}/out/${output.digest}`;
    }
    // ---------------------------------------------------------------- lifecycle
    /**
     * Before the run: the newest index (the branch's own; on a pull request's first run, the base
     * branch's; else the default branch's), then each named fan-out fragment of this run, newer
     * records winning. Returns what was found; a miss or a broken entry is an empty cache.
     */
    async load(options = {}) {
        const index = await this.fetchDocument(INDEX_FILE, this.indexPrefix());
        if (index && index.kind === 'index') {
            this.merge(index.stages, index.content);
            this.loadedBranch = index.branch;
        }
        let fragments = 0;
        for (const group of options.fragments ?? []) {
            const fragment = await this.fetchDocument(FRAGMENT_FILE, this.fragmentPrefix(group));
            if (!fragment || fragment.kind !== 'fragment')
                continue;
            this.merge(fragment.stages, fragment.content);
            for (const stage of fragment.stages.keys())
                this.seen.add(stage);
            fragments++;
            this.changed = true;
        }
        return { index: index !== undefined, fragments };
    }
    merge(stages, content) {
        for (const [digest, bytes] of content)
            this.content.set(digest, bytes);
        for (const [stage, entry] of stages) {
            this.known.set(stage, entry);
            for (const output of entry.record.outputs)
                if (output.cached && !entry.inline.includes(output.path))
                    this.entries.add(`${output.path}\0${output.digest}`);
        }
    }
    /**
     * After the run: a fan-out group saves its fragment (what it ran), any other run the merged
     * index, unless nothing changed since the index it loaded (then the next run finds that one).
     */
    async persist(options = {}) {
        if (this.disabled || this.savingDisabled)
            return { saved: undefined };
        const now = this.now();
        const seenAt = new Date(now).toISOString();
        const stamp = (stage, entry) => this.seen.has(stage) ? { ...entry, seenAt } : entry;
        if (options.group !== undefined) {
            const mine = [...this.known].filter(([stage]) => this.savedHere.has(stage));
            if (mine.length === 0)
                return { saved: undefined };
            const key = `${this.fragmentPrefix(options.group)}${keySegment(this.run.attempt)}`;
            const { document } = buildIndex({
                kind: 'fragment',
                branch: this.run.branch,
                now,
                stages: mine.map(([stage, entry]) => stamp(stage, entry)),
                content: this.content,
                limits: this.limits,
            });
            return { saved: (await this.saveDocument(FRAGMENT_FILE, key, document)) ? key : undefined };
        }
        if (this.known.size === 0)
            return { saved: undefined };
        if (!this.changed && this.loadedBranch === this.run.branch)
            return { saved: undefined };
        const { document } = buildIndex({
            kind: 'index',
            branch: this.run.branch,
            now,
            stages: [...this.known].map(([stage, entry]) => stamp(stage, entry)),
            content: this.content,
            limits: this.limits,
        });
        const key = this.indexKeyPrefix(this.run.branch) +
            `${keySegment(this.run.runId)}-${keySegment(this.run.attempt)}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        return { saved: (await this.saveDocument(INDEX_FILE, key, document)) ? key : undefined };
    }
    /**
     * The metrics of the newest run of another branch (a pull request's base), from that branch's
     * index: no output is downloaded. Undefined when that branch has no index in reach.
     */
    async branchMetrics(branch) {
        const document = await this.fetchDocument(INDEX_FILE, this.indexKeyPrefix(branch), {
            keep: false,
        });
        if (!document || document.branch !== branch)
            return undefined;
        return metricsOfStages(document.stages.values());
    }
    /** Metrics recorded in the index this run started from (the previous run of the branch). */
    previousMetrics() {
        if (this.loadedBranch === undefined)
            return undefined;
        return { branch: this.loadedBranch, metrics: metricsOfStages(this.loadedStages.values()) };
    }
    async fetchDocument(file, prefix, options = {}) {
        if (this.disabled)
            return undefined;
        const abs = (0,external_node_path_.join)(this.options.root, file);
        (0,external_node_fs_.rmSync)(abs, { force: true });
        try {
            const matched = await this.call(() => this.options.client.restore([file], prefix, {}), (m) => (m === undefined ? 1 : 2));
            if (matched === undefined || !matched.startsWith(prefix))
                return undefined;
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
            }
            catch {
                return undefined;
            }
            this.stats.downloadedBytes += Buffer.byteLength(text);
            const parsed = parseIndex(text, { now: this.now(), limits: this.limits });
            if (!parsed) {
                this.options.warn(`Ignoring the cache entry ${matched}: it is not a reprokit index of this version.`);
                return undefined;
            }
            if (parsed.dropped > 0)
                this.options.warn(`The cache entry ${matched} had ${parsed.dropped} record(s) or content that did not verify; they count as cache misses.`);
            if (options.keep !== false && parsed.kind === 'index')
                for (const [stage, entry] of parsed.stages)
                    this.loadedStages.set(stage, entry);
            return parsed;
        }
        finally {
            (0,external_node_fs_.rmSync)(abs, { force: true });
        }
    }
    async saveDocument(file, key, document) {
        const abs = (0,external_node_path_.join)(this.options.root, file);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
        const text = JSON.stringify(document);
        (0,external_node_fs_.writeFileSync)(abs, text);
        try {
            const ok = await this.saveEntry([file], key, { unique: true });
            if (ok)
                this.stats.uploadedBytes += Buffer.byteLength(text);
            return ok;
        }
        finally {
            (0,external_node_fs_.rmSync)(abs, { force: true });
        }
    }
    // ---------------------------------------------------------------- StageCache
    async lookup(stage, key) {
        const entry = this.known.get(stage);
        if (!entry || entry.record.key !== key)
            return undefined;
        this.seen.add(stage);
        return entry.record;
    }
    async latest(stage) {
        return this.known.get(stage)?.record;
    }
    async restore(record) {
        const entry = this.known.get(record.stage);
        if (!entry || entry.record.key !== record.key)
            return { ok: false, reason: 'the record was not looked up first' };
        const outputs = record.outputs.filter((o) => o.cached);
        let bytes = 0;
        for (const output of outputs) {
            const outcome = entry.inline.includes(output.path)
                ? this.restoreInline(output)
                : await this.restoreEntry(output);
            if (!outcome.ok) {
                this.removeOutputs(outputs.map((o) => o.path));
                return outcome;
            }
            bytes += outcome.bytes;
        }
        return { ok: true, bytes };
    }
    restoreInline(output) {
        const contents = new Map();
        for (const file of output.files) {
            const content = this.content.get(file.digest);
            if (!content || sha256(content) !== file.digest)
                return { ok: false, reason: `the cached content of ${file.path} is missing or damaged` };
            contents.set(file.path, content);
        }
        this.removeOutputs([output.path]);
        for (const file of output.files) {
            this.workspace.assertInside(file.path);
            const abs = (0,external_node_path_.join)(this.options.root, file.path);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
            (0,external_node_fs_.writeFileSync)(`${abs}.tmp`, contents.get(file.path));
            (0,external_node_fs_.chmodSync)(`${abs}.tmp`, file.executable ? 0o755 : 0o644);
            (0,external_node_fs_.renameSync)(`${abs}.tmp`, abs);
        }
        return { ok: true, bytes: sizeOf(output.files) };
    }
    async restoreEntry(output) {
        if (this.disabled)
            return { ok: false, reason: 'the cache is unavailable' };
        this.workspace.assertInside(output.path);
        this.removeOutputs([output.path]);
        const key = this.entryKey(output);
        const matched = await this.call(() => this.options.client.restore([output.path], key, {}), (m) => (m === undefined ? 1 : 2));
        if (matched !== key) {
            this.removeOutputs([output.path]);
            // evicted: when the stage runs again, its save uploads the entry again
            this.entries.delete(`${output.path}\0${output.digest}`);
            return {
                ok: false,
                reason: `the entry holding ${output.path} could not be downloaded (evicted or unreachable)`,
            };
        }
        const problem = await this.verifyOutput(output);
        if (problem) {
            this.removeOutputs([output.path]);
            return {
                ok: false,
                reason: `the downloaded ${output.path} does not match its recorded hashes (${problem}); discarded it`,
            };
        }
        const bytes = sizeOf(output.files);
        this.stats.downloadedBytes += bytes;
        return { ok: true, bytes };
    }
    /** Every recorded file present with its recorded digest, and no extra files in a directory output. */
    async verifyOutput(output) {
        const info = await this.workspace.info(output.path);
        if (!info)
            return `${output.path} is missing`;
        const present = info.kind === 'dir' ? await this.workspace.listFiles(output.path) : [output.path];
        const expected = output.files.map((f) => f.path).sort();
        if (present.join('\n') !== expected.join('\n'))
            return `${output.path} holds other files than recorded`;
        for (const file of output.files)
            if ((0,file_hasher/* sha256File */.Q3)((0,external_node_path_.join)(this.options.root, file.path), file.size) !== file.digest)
                return `${file.path} differs`;
        return undefined;
    }
    removeOutputs(paths) {
        for (const path of paths)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.options.root, path), { recursive: true, force: true });
    }
    async save(record) {
        if (this.disabled)
            return { ok: false, reason: `the cache is unavailable (${this.disabled})`, reported: true };
        const existing = this.known.get(record.stage);
        // Entries are immutable: the first result saved under a key stays.
        if (existing?.record.key === record.key) {
            this.seen.add(record.stage);
            return { ok: true, bytes: 0 };
        }
        if (this.savingDisabled)
            return { ok: false, reason: this.savingDisabled, reported: true };
        const inline = [];
        const read = new Map();
        let bytes = 0;
        let budget = this.limits.inlineTotalBytes - this.inlineBytes();
        for (const output of record.outputs.filter((o) => o.cached)) {
            const size = sizeOf(output.files);
            if (size <= this.limits.inlineOutputBytes && size <= budget) {
                const problem = this.readOutput(output, read);
                if (problem)
                    return { ok: false, reason: problem };
                inline.push(output.path);
                budget -= size;
                bytes += size;
                continue;
            }
            if (this.entries.has(`${output.path}\0${output.digest}`))
                continue; // stored before
            const saved = await this.saveEntry([output.path], this.entryKey(output), { unique: false });
            if (!saved)
                return { ok: false, reason: this.savingDisabled ?? 'saving failed', reported: true };
            this.entries.add(`${output.path}\0${output.digest}`);
            this.stats.uploadedBytes += size;
            bytes += size;
        }
        for (const [digest, content] of read)
            this.content.set(digest, content);
        this.known.set(record.stage, { record, seenAt: new Date(this.now()).toISOString(), inline });
        this.seen.add(record.stage);
        this.savedHere.add(record.stage);
        this.changed = true;
        return { ok: true, bytes };
    }
    inlineBytes() {
        let total = 0;
        for (const content of this.content.values())
            total += content.length;
        return total;
    }
    /** Reads a small output for the index, checking it still holds what was recorded. */
    readOutput(output, into) {
        for (const file of output.files) {
            let content;
            try {
                content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.options.root, file.path));
            }
            catch {
                return `${file.path} disappeared while it was being saved`;
            }
            if (sha256(content) !== file.digest)
                return `${file.path} changed while it was being saved`;
            into.set(file.digest, content);
        }
        return undefined;
    }
    /**
     * One entry. A failure is either an entry that exists already (fine for content-addressed
     * entries: another run stored the same bytes) or a problem with the service, which one probe
     * tells apart: on HTTP 429 we wait once and retry, and if that fails too we stop saving for the
     * rest of the run with one warning.
     */
    async saveEntry(paths, key, options) {
        for (;;) {
            const saved = await this.call(() => this.options.client.save(paths, key), (s) => ('error' in s ? 1 : 3));
            if (!('error' in saved)) {
                this.stats.entriesCreated++;
                return true;
            }
            const health = this.options.diagnose
                ? await this.call(this.options.diagnose, () => 1)
                : undefined;
            if (health && !health.available && health.throttledMs !== undefined && !this.backedOff) {
                this.backedOff = true;
                await (this.options.sleep ?? delay)(health.throttledMs);
                continue;
            }
            if (health && !health.available) {
                this.stopSaving(health.reason);
                return false;
            }
            if (!options.unique)
                return true; // it exists: entries by digest are shared by runs
            this.stopSaving(saved.error);
            return false;
        }
    }
    stopSaving(reason) {
        if (this.savingDisabled)
            return;
        this.savingDisabled = `saving to the cache failed: ${reason}`;
        this.options.warn(`Not saving to the GitHub Actions cache for the rest of this run: ${reason}. The stages' results are fine; the next run may redo some work.`);
    }
    /** A toolkit call, at most `parallel` at once; counts requests and time in flight. */
    async call(run, requests) {
        const limit = this.options.parallel ?? 4;
        while (this.inFlight >= limit)
            await new Promise((go) => this.waiting.push(go));
        if (this.inFlight++ === 0)
            this.flightStart = Date.now();
        try {
            const result = await run();
            this.stats.requests += requests(result);
            return result;
        }
        finally {
            if (--this.inFlight === 0)
                this.stats.ms += Date.now() - this.flightStart;
            this.waiting.shift()?.();
        }
    }
}
function metricsOfStages(stages) {
    const metrics = new Map();
    for (const { record } of stages)
        for (const [path, value] of Object.entries(record.metrics ?? {}))
            metrics.set(path, value);
    return metrics;
}
/**
 * A name as it appears in entry keys: readable when short; long ones (DVC foreach stages, odd
 * branch names) hashed so that every key stays within the service's 512 characters.
 */
function keySegment(text) {
    const encoded = encodeURIComponent(text);
    return encoded.length <= 120
        ? encoded
        : `h-${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 40)}`;
}
/** Kept for callers of the v1 name. */
const stageSegment = (/* unused pure expression or super */ null && (keySegment));
function sizeOf(files) {
    return files.reduce((sum, f) => sum + f.size, 0);
}
function delay(ms) {
    return new Promise((done) => setTimeout(done, ms));
}

;// CONCATENATED MODULE: ./src/adapters/github/actions-cache-client.ts
/** Loaded lazily: the toolkit is large and only the action (and `plan --actions-cache`) need it. */
async function toolkitCacheClient(root) {
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    return {
        restore: (paths, key, options) => inRoot(root, () => cache.restoreCache(paths, key, options.restoreKeys ?? [], {
            lookupOnly: options.lookupOnly ?? false,
        })),
        save: (paths, key) => inRoot(root, async () => {
            try {
                const id = await cache.saveCache(paths, key);
                return id === -1 ? { error: 'the cache service did not accept the entry' } : { id };
            }
            catch (e) {
                // saveCache throws on validation errors and, with the v2 service, on a missing runtime token
                return { error: e.message };
            }
        }),
    };
}
let pinned;
/**
 * Runs a toolkit call with the working directory at `root`. Calls may overlap (bounded parallel
 * transfers): the first one in moves the directory, the last one out restores it. One process has
 * one project root; two at once would be a bug.
 */
async function inRoot(root, call) {
    if (pinned && pinned.root !== root)
        throw new Error(`Internal error: Actions cache calls for ${pinned.root} and ${root} overlap`);
    if (!pinned) {
        pinned = { root, previous: process.cwd(), depth: 0 };
        process.chdir(root);
    }
    pinned.depth++;
    try {
        return await call();
    }
    finally {
        pinned.depth--;
        if (pinned.depth === 0) {
            process.chdir(pinned.previous);
            pinned = undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/actions-cache-probe.ts
/** Waited once after a 429 without Retry-After; a longer Retry-After is capped to this too. */
const THROTTLE_BACKOFF_MS = 10_000;
async function probeCacheService(env, timeoutMs = 10_000) {
    const token = env.ACTIONS_RUNTIME_TOKEN;
    if (!token) {
        return {
            available: false,
            reason: 'ACTIONS_RUNTIME_TOKEN is not set (the runner gives it to JavaScript actions only)',
        };
    }
    if (!env.ACTIONS_CACHE_SERVICE_V2) {
        return env.ACTIONS_CACHE_URL
            ? { available: true }
            : { available: false, reason: 'no cache service URL is set' };
    }
    const base = env.ACTIONS_RESULTS_URL;
    if (!base)
        return { available: false, reason: 'ACTIONS_RESULTS_URL is not set' };
    const url = new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', base.endsWith('/') ? base : `${base}/`);
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify({ key: 'reprokit-probe', restore_keys: [], version: '0'.repeat(64) }),
            signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer();
        if (response.status === 429) {
            const seconds = Number(response.headers.get('retry-after'));
            return {
                available: false,
                reason: 'the service is throttling requests (429 Too Many Requests)',
                throttledMs: Number.isFinite(seconds) && seconds > 0
                    ? Math.min(seconds * 1000, THROTTLE_BACKOFF_MS)
                    : THROTTLE_BACKOFF_MS,
            };
        }
        if (response.status >= 500)
            return { available: false, reason: `the service answered ${response.status}` };
        if (response.status === 401 || response.status === 403) {
            return {
                available: false,
                reason: `the service refused the runtime token (${response.status})`,
            };
        }
        return { available: true };
    }
    catch (e) {
        const cause = e.cause?.code;
        return { available: false, reason: cause ? `cannot connect (${cause})` : e.message };
    }
}

;// CONCATENATED MODULE: ./src/adapters/github/actions-cache-open.ts




/**
 * The one way to open the Actions cache: the action and `reprokit plan --actions-cache` must use
 * the same key prefix, or a plan would not see what the action saved. `unavailable` when the probe
 * finds no service (the caller warns in its own words). A throttled service (HTTP 429) gets one
 * backoff and a second probe; then the run goes on without the cache.
 */
async function openActionsCache(options) {
    const stats = options.stats ?? emptyCacheStats();
    const sleep = options.sleep ?? ((ms) => new Promise((go) => setTimeout(go, ms)));
    const probe = () => {
        stats.requests++;
        return probeCacheService(options.env);
    };
    const started = Date.now();
    let health = await probe();
    if (!health.available && health.throttledMs !== undefined) {
        await sleep(health.throttledMs);
        health = await probe();
    }
    stats.ms += Date.now() - started;
    if (!health.available)
        return { unavailable: health.reason };
    const { env } = options;
    return {
        cache: new ActionsCache({
            root: options.root,
            client: await toolkitCacheClient(options.root),
            keyPrefix: entryKeyPrefix(env.RUNNER_OS ?? process.platform, env.RUNNER_ARCH ?? process.arch, options.salt, file_hasher/* sha256Text */.f1),
            warn: options.warn,
            run: options.run ?? runIdentity(env),
            stats,
            diagnose: () => probeCacheService(options.env),
            sleep,
        }),
    };
}
/** The run's identity from the runner's variables (GITHUB_REF_NAME, GITHUB_RUN_ID, ...). */
function runIdentity(env) {
    const pr = /^refs\/pull\/(\d+)\//.exec(env.GITHUB_REF ?? '');
    return {
        branch: pr ? `pr-${pr[1]}` : env.GITHUB_REF_NAME || env.GITHUB_HEAD_REF || 'local',
        runId: env.GITHUB_RUN_ID || 'local',
        attempt: env.GITHUB_RUN_ATTEMPT || '1',
    };
}


/***/ })

};

//# sourceMappingURL=870.index.js.map