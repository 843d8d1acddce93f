export const id = 427;
export const ids = [427];
export const modules = {

/***/ 2427:
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

// EXTERNAL MODULE: ./src/adapters/hashing/file-hasher.ts + 4 modules
var file_hasher = __webpack_require__(742);
;// CONCATENATED MODULE: ./src/adapters/github/actions-cache-staging.ts




/**
 * Where the Actions cache puts outputs on their way in and out, so that a restore never touches the
 * workspace until every output of a record is downloaded and verified (a failed restore leaves the
 * user's files as they were), and so that an entry's archive does not depend on the output's path.
 *
 * The toolkit extracts an archive at the paths it was created from (relative to GITHUB_WORKSPACE,
 * a process-wide variable that stage commands inherit: we must not change it). So a large output is
 * archived from `.reprokit/actions-cache/xfer/<digest>`, a copy made of hard links, and is therefore
 * extracted there too: outside the output's own path, ready to be checked and then moved in.
 */
const XFER_DIR = '.reprokit/actions-cache/xfer';
const STAGING_DIR = '.reprokit/actions-cache';
/** The path (relative to the root) an entry holding this output is archived from. */
function xferPath(output) {
    return `${XFER_DIR}/${output.digest}`;
}
/** Where `file` of `output` lies when the output's root is at `base` instead of `output.path`. */
function placedAt(base, output, file) {
    return file.path === output.path ? base : `${base}/${file.path.slice(output.path.length + 1)}`;
}
/**
 * Puts the output's files at `to` (relative to root) as hard links (no bytes copied), or as copies
 * where linking is refused (another file system, a symbolic link: a copy follows it).
 */
function linkOutput(root, output, to) {
    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(root, to), { recursive: true, force: true });
    for (const file of output.files) {
        const from = (0,external_node_path_.join)(root, file.path);
        const at = (0,external_node_path_.join)(root, placedAt(to, output, file));
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(at), { recursive: true });
        try {
            if (!(0,external_node_fs_.lstatSync)(from).isFile())
                throw new Error('not a regular file');
            (0,external_node_fs_.linkSync)(from, at);
        }
        catch {
            (0,external_node_fs_.copyFileSync)(from, at);
        }
    }
}
/**
 * What is wrong with the output placed at `at` (relative to root), or undefined when it holds
 * exactly the recorded files with the recorded digests.
 */
function checkPlaced(root, output, at) {
    let present;
    try {
        present = output.kind === 'dir' ? listTree((0,external_node_path_.join)(root, at)) : [''];
        if (output.kind !== 'dir' && !(0,external_node_fs_.lstatSync)((0,external_node_path_.join)(root, at)).isFile())
            present = [];
    }
    catch {
        return `${output.path} is missing`;
    }
    const expected = output.files
        .map((f) => (f.path === output.path ? '' : f.path.slice(output.path.length + 1)))
        .sort();
    if (present.sort().join('\n') !== expected.join('\n'))
        return `${output.path} holds other files than recorded`;
    for (const file of output.files)
        if ((0,file_hasher/* sha256File */.Q3)((0,external_node_path_.join)(root, placedAt(at, output, file)), file.size) !== file.digest)
            return `${file.path} differs`;
    return undefined;
}
/** Files under a directory (links count as files), relative to it. */
function listTree(abs, prefix = '') {
    const found = [];
    for (const entry of (0,external_node_fs_.readdirSync)(abs, { withFileTypes: true })) {
        const rel = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
        if (entry.isDirectory())
            found.push(...listTree((0,external_node_path_.join)(abs, entry.name), rel));
        else
            found.push(rel);
    }
    return found;
}
/**
 * One restore's private directory: each output is assembled in its slot, then all of them are
 * swapped into the workspace together; whatever the workspace held there is kept aside until the
 * swap has succeeded, and put back if it fails.
 */
class RestoreStaging {
    root;
    /** Relative to root. */
    dir;
    constructor(root) {
        this.root = root;
        this.dir = `${STAGING_DIR}/restore-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(root, this.dir), { recursive: true });
    }
    slot(index) {
        return `${this.dir}/${index}`;
    }
    /** Writes verified content into a slot (inline outputs). */
    write(slot, output, contents) {
        for (const file of output.files) {
            const at = (0,external_node_path_.join)(this.root, placedAt(slot, output, file));
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(at), { recursive: true });
            (0,external_node_fs_.writeFileSync)(at, contents.get(file.digest));
            (0,external_node_fs_.chmodSync)(at, file.executable ? 0o755 : 0o644);
        }
    }
    /** Moves a checked tree (relative to root) into a slot. */
    adopt(from, slot) {
        (0,external_node_fs_.renameSync)((0,external_node_path_.join)(this.root, from), (0,external_node_path_.join)(this.root, slot));
    }
    /**
     * Moves every slot to its output path. On a failure (an output path on another file system, a
     * parent that is a file) everything moved so far is undone and the workspace is as before.
     */
    swapIn(items) {
        const done = [];
        try {
            items.forEach((item, index) => {
                const dest = (0,external_node_path_.join)(this.root, item.path);
                let kept = (0,external_node_path_.join)(this.root, this.dir, `kept-${index}`);
                try {
                    (0,external_node_fs_.renameSync)(dest, kept);
                }
                catch (e) {
                    if (e.code !== 'ENOENT')
                        throw e;
                    kept = undefined;
                }
                done.push({ dest, kept });
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(dest), { recursive: true });
                (0,external_node_fs_.renameSync)((0,external_node_path_.join)(this.root, item.slot), dest);
            });
            return undefined;
        }
        catch (e) {
            for (const { dest, kept } of done.reverse()) {
                (0,external_node_fs_.rmSync)(dest, { recursive: true, force: true });
                if (kept !== undefined)
                    (0,external_node_fs_.renameSync)(kept, dest);
            }
            return `could not move the restored outputs into place (${e.message})`;
        }
    }
    /** Removes the staging directory and what the workspace held before a successful swap. */
    dispose() {
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.root, this.dir), { recursive: true, force: true });
    }
}

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
 * The index is also the run's MetricsBaseline: the records of earlier runs, without downloads.
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
    /** Digests of outputs stored as entries (no need to upload them again). */
    entries = new Set();
    /** Per digest, the transfer using its xfer path (see withXfer). */
    xferLocks = new Map();
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
    /** See loadInBackground. */
    pending = Promise.resolve();
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
    /**
     * Starts `load` without waiting for it, so that the index lookup overlaps loading the manifest
     * and hashing the workspace; every method of the cache waits for it to finish first.
     */
    loadInBackground(options = {}) {
        const loading = this.load(options).catch((e) => {
            this.disable(`its index could not be read: ${e.message}`);
            return { index: false, fragments: 0 };
        });
        this.pending = loading;
        return loading;
    }
    /** Resolves when the load started by loadInBackground (if any) is over. */
    async loaded() {
        await this.pending;
    }
    merge(stages, content) {
        for (const [digest, bytes] of content)
            this.content.set(digest, bytes);
        for (const [stage, entry] of stages) {
            this.known.set(stage, entry);
            for (const output of entry.record.outputs)
                if (output.cached && !entry.inline.includes(output.path))
                    this.entries.add(output.digest);
        }
    }
    /**
     * After the run: a fan-out group saves its fragment (what it ran), any other run the merged
     * index, unless nothing changed since the index it loaded (then the next run finds that one).
     */
    async persist(options = {}) {
        await this.pending;
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
     * The records of the newest run of a branch (a pull request's base), from that branch's index:
     * no output is downloaded. Undefined when that branch has no index in reach.
     */
    async base(branch) {
        await this.pending;
        const document = await this.fetchDocument(INDEX_FILE, this.indexKeyPrefix(branch), {
            keep: false,
        });
        if (!document || document.branch !== branch)
            return undefined;
        return { branch, stages: recordsOf(document.stages) };
    }
    /** The records of the index this run started from (the previous run of the branch, or its base's). */
    async previous() {
        await this.pending;
        if (this.loadedBranch === undefined)
            return undefined;
        return { branch: this.loadedBranch, stages: recordsOf(this.loadedStages) };
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
        await this.pending;
        const entry = this.known.get(stage);
        if (!entry || entry.record.key !== key)
            return undefined;
        this.seen.add(stage);
        return entry.record;
    }
    async latest(stage) {
        await this.pending;
        return this.known.get(stage)?.record;
    }
    /**
     * Every cached output of the record is fetched and verified in a private directory first, then
     * all are swapped into the workspace together: a restore that fails (an entry evicted, a
     * download cut short, content that does not verify) leaves the workspace as it was.
     */
    async restore(record) {
        await this.pending;
        const entry = this.known.get(record.stage);
        if (!entry || entry.record.key !== record.key)
            return { ok: false, reason: 'the record was not looked up first' };
        const outputs = record.outputs.filter((o) => o.cached);
        for (const output of outputs)
            this.workspace.assertInside(output.path);
        const staging = new RestoreStaging(this.options.root);
        try {
            const staged = await Promise.all(outputs.map((output, i) => entry.inline.includes(output.path)
                ? this.stageInline(output, staging, staging.slot(i))
                : this.stageEntry(output, staging, staging.slot(i))));
            const failed = staged.find((outcome) => !outcome.ok);
            if (failed)
                return failed;
            const problem = staging.swapIn(outputs.map((o, i) => ({ path: o.path, slot: staging.slot(i) })));
            if (problem)
                return { ok: false, reason: problem };
            return { ok: true, bytes: staged.reduce((sum, o) => sum + (o.ok ? o.bytes : 0), 0) };
        }
        finally {
            staging.dispose();
        }
    }
    async stageInline(output, staging, slot) {
        const contents = new Map();
        for (const file of output.files) {
            const content = this.content.get(file.digest);
            if (!content || sha256(content) !== file.digest)
                return { ok: false, reason: `the cached content of ${file.path} is missing or damaged` };
            contents.set(file.digest, content);
        }
        staging.write(slot, output, contents);
        return { ok: true, bytes: sizeOf(output.files) };
    }
    /** Downloads the entry of a large output (extracted at its xfer path), checks it, moves it to `slot`. */
    async stageEntry(output, staging, slot) {
        if (this.disabled)
            return { ok: false, reason: 'the cache is unavailable' };
        const xfer = xferPath(output);
        return this.withXfer(output.digest, async () => {
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.options.root, xfer), { recursive: true, force: true });
            const key = this.entryKey(output);
            const matched = await this.call(() => this.options.client.restore([xfer], key, {}), (m) => (m === undefined ? 1 : 2));
            if (matched !== key) {
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.options.root, xfer), { recursive: true, force: true });
                // evicted: when the stage runs again, its save uploads the entry again
                this.entries.delete(output.digest);
                return {
                    ok: false,
                    reason: `the entry holding ${output.path} could not be downloaded (evicted or unreachable)`,
                };
            }
            const problem = checkPlaced(this.options.root, output, xfer);
            if (problem) {
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.options.root, xfer), { recursive: true, force: true });
                return {
                    ok: false,
                    reason: `the downloaded ${output.path} does not match its recorded hashes (${problem}); discarded it`,
                };
            }
            staging.adopt(xfer, slot);
            const bytes = sizeOf(output.files);
            this.stats.downloadedBytes += bytes;
            return { ok: true, bytes };
        });
    }
    /**
     * Runs `work` alone for this digest: an entry is archived from and extracted to one place per
     * digest, which two stages with identical outputs could otherwise use at the same time.
     */
    async withXfer(digest, work) {
        const before = this.xferLocks.get(digest) ?? Promise.resolve();
        const mine = before.then(work, work);
        const settled = mine.then(() => undefined, () => undefined);
        this.xferLocks.set(digest, settled);
        try {
            return await mine;
        }
        finally {
            if (this.xferLocks.get(digest) === settled)
                this.xferLocks.delete(digest);
        }
    }
    async save(record) {
        await this.pending;
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
            const uploaded = await this.uploadOutput(output);
            if (!uploaded.ok)
                return uploaded;
            bytes += uploaded.bytes;
        }
        for (const [digest, content] of read)
            this.content.set(digest, content);
        this.known.set(record.stage, { record, seenAt: new Date(this.now()).toISOString(), inline });
        this.seen.add(record.stage);
        this.savedHere.add(record.stage);
        this.changed = true;
        return { ok: true, bytes };
    }
    /**
     * One content-addressed entry per digest, archived from a linked copy at its xfer path. The bytes
     * uploaded (0: stored before).
     */
    async uploadOutput(output) {
        return this.withXfer(output.digest, async () => {
            if (this.entries.has(output.digest))
                return { ok: true, bytes: 0 }; // stored before
            const xfer = xferPath(output);
            try {
                linkOutput(this.options.root, output, xfer);
            }
            catch (e) {
                return {
                    ok: false,
                    reason: `${output.path} could not be read for upload (${e.message})`,
                };
            }
            try {
                const saved = await this.saveEntry([xfer], this.entryKey(output), { unique: false });
                if (!saved)
                    return { ok: false, reason: this.savingDisabled ?? 'saving failed', reported: true };
            }
            finally {
                (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.options.root, xfer), { recursive: true, force: true });
            }
            this.entries.add(output.digest);
            const bytes = sizeOf(output.files);
            this.stats.uploadedBytes += bytes;
            return { ok: true, bytes };
        });
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
function recordsOf(stages) {
    return new Map([...stages].map(([stage, { record }]) => [stage, record]));
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

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
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
    let response;
    try {
        response = await post(url, token, timeoutMs);
    }
    catch (e) {
        const code = e.code;
        return { available: false, reason: code ? `cannot connect (${code})` : e.message };
    }
    if (response.status === 429) {
        const seconds = Number(response.retryAfter);
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
/**
 * One POST on a connection of its own (node:http, no keep-alive): nothing is left open to time out
 * later in the run, and the process does not load a second HTTP stack (fetch) for one request.
 */
function post(url, token, timeoutMs) {
    const body = JSON.stringify({
        key: 'reprokit-probe',
        restore_keys: [],
        version: '0'.repeat(64),
    });
    return new Promise((resolve, reject) => {
        const request = (url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request)(url, {
            method: 'POST',
            agent: false,
            headers: {
                'Content-Type': 'application/json',
                'Content-Length': Buffer.byteLength(body),
                Authorization: `Bearer ${token}`,
            },
            timeout: timeoutMs,
        });
        request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        request.on('error', reject);
        request.on('response', (response) => {
            response.resume(); // the body does not matter, only the status
            response.on('end', () => resolve({
                status: response.statusCode ?? 0,
                retryAfter: response.headers['retry-after'],
            }));
            response.on('error', reject);
        });
        request.end(body);
    });
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
    const checking = probe();
    // Compiling the toolkit (and the Azure SDK it imports) takes a while: do it while the probe's
    // request is on the wire, not after (without a token there is no service to wait for).
    const early = options.env.ACTIONS_RUNTIME_TOKEN ? toolkitCacheClient(options.root) : undefined;
    early?.catch(() => undefined); // awaited below when the service answers; unused otherwise
    let health = await checking;
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
            client: await (early ?? toolkitCacheClient(options.root)),
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

//# sourceMappingURL=427.index.js.map