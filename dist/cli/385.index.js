export const id = 385;
export const ids = [385];
export const modules = {

/***/ 766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openActionsCache: () => (/* binding */ openActionsCache)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/record-check.ts
var record_check = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/adapters/hashing/file-hasher.ts + 4 modules
var file_hasher = __webpack_require__(6220);
// EXTERNAL MODULE: ./src/adapters/local/node-workspace.ts
var node_workspace = __webpack_require__(5390);
;// CONCATENATED MODULE: ./src/adapters/github/actions-cache.ts






/**
 * Outputs up to this size travel inside the record entry: one upload per stage instead of two,
 * which keeps pipelines of many small stages under the service's ~200 uploads per minute.
 */
const INLINE_LIMIT = 256 * 1024;
/** Tool prefix, runner OS and architecture, and the salt (hashed: it may hold any text). */
function entryKeyPrefix(os, arch, salt, sha256) {
    const saltTag = salt === '' ? 'nosalt' : sha256(salt).slice(0, 16);
    return `reprokit/v1/${os}-${arch}/${saltTag}`;
}
/**
 * The engine's cache on the GitHub Actions cache service. Per stage key there is a small record
 * entry (the StageRecord, with small outputs inline) and, for larger outputs, one outputs entry.
 * Deciding freshness downloads record entries only; outputs are fetched when restored.
 * Entries are immutable: an existing key is never written again.
 */
class ActionsCache {
    options;
    name = 'GitHub Actions';
    payloads = new Map();
    workspace;
    disabled;
    constructor(options) {
        this.options = options;
        this.workspace = new node_workspace/* NodeWorkspace */.O(options.root);
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
    recordKey(stage, key) {
        return `${this.options.keyPrefix}/rec/${stageSegment(stage)}/${key}`;
    }
    outputsKey(stage, key) {
        return `${this.options.keyPrefix}/out/${stageSegment(stage)}/${key}`;
    }
    /** The cache path list is part of the entry's version, so it must not depend on the run. */
    recordFile(stage) {
        return `.reprokit/actions-cache/${stageSegment(stage)}.json`;
    }
    /** Paths as the toolkit wants them: relative to the working directory, which the action sets to the root. */
    cachePath(path) {
        return (0,external_node_path_.relative)(process.cwd(), (0,external_node_path_.join)(this.options.root, path)) || '.';
    }
    async lookup(stage, key) {
        const payload = await this.fetchPayload(stage, this.recordKey(stage, key), { exact: true });
        return payload && (0,record_check/* checkRecord */.E)(payload.record, { stage, key });
    }
    async latest(stage) {
        const payload = await this.fetchPayload(stage, `${this.options.keyPrefix}/rec/${stageSegment(stage)}/`, { exact: false });
        return payload && (0,record_check/* checkRecord */.E)(payload.record, { stage });
    }
    async fetchPayload(stage, key, match) {
        if (this.disabled)
            return undefined;
        const file = this.recordFile(stage);
        const abs = (0,external_node_path_.join)(this.options.root, file);
        (0,external_node_fs_.rmSync)(abs, { force: true });
        const matched = await this.options.client.restore([this.cachePath(file)], key, {});
        if (matched === undefined || (match.exact && matched !== key))
            return undefined;
        try {
            const text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
            this.count('downloadedBytes', Buffer.byteLength(text));
            const payload = parsePayload(text);
            if (!payload) {
                this.options.warn(`Ignoring the cache entry ${matched}: it is not a reprokit record.`);
                return undefined;
            }
            this.payloads.set(payload.record.key, payload);
            return payload;
        }
        catch {
            return undefined;
        }
        finally {
            (0,external_node_fs_.rmSync)(abs, { force: true });
        }
    }
    async restore(record) {
        const payload = this.payloads.get(record.key);
        if (!payload)
            return { ok: false, reason: 'the record was not looked up first' };
        const files = cachedFiles(record);
        if (payload.inline)
            return this.restoreInline(record, files, payload.inline);
        if (!payload.outputsKey)
            return { ok: false, reason: 'the entry has no outputs' };
        if (this.disabled)
            return { ok: false, reason: 'the cache is unavailable' };
        const paths = cachedOutputs(record);
        for (const path of paths)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.options.root, path), { recursive: true, force: true });
        const matched = await this.options.client.restore(paths.map((p) => this.cachePath(p)), payload.outputsKey, {});
        if (matched !== payload.outputsKey) {
            this.removeOutputs(paths);
            return {
                ok: false,
                reason: matched === undefined
                    ? 'the outputs entry could not be downloaded'
                    : 'the outputs entry has another key',
            };
        }
        const problem = await this.verifyWorkspace(record, files);
        if (problem) {
            this.removeOutputs(paths);
            return {
                ok: false,
                reason: `the downloaded outputs do not match their recorded hashes (${problem}); discarded them`,
            };
        }
        const bytes = files.reduce((sum, f) => sum + f.size, 0);
        this.count('downloadedBytes', bytes);
        return { ok: true, bytes };
    }
    restoreInline(record, files, inline) {
        const contents = new Map();
        for (const file of files) {
            const data = inline[file.digest];
            const content = data === undefined ? undefined : Buffer.from(data, 'base64');
            if (!content || (0,external_node_crypto_.createHash)('sha256').update(content).digest('hex') !== file.digest) {
                return {
                    ok: false,
                    reason: `the inline content of ${file.path} does not match its recorded hash`,
                };
            }
            contents.set(file.path, content);
        }
        this.removeOutputs(cachedOutputs(record));
        for (const file of files) {
            const abs = (0,external_node_path_.join)(this.options.root, file.path);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(abs, '..'), { recursive: true });
            (0,external_node_fs_.writeFileSync)(`${abs}.tmp`, contents.get(file.path));
            (0,external_node_fs_.chmodSync)(`${abs}.tmp`, file.executable ? 0o755 : 0o644);
            (0,external_node_fs_.renameSync)(`${abs}.tmp`, abs);
        }
        return { ok: true, bytes: files.reduce((sum, f) => sum + f.size, 0) };
    }
    /** Every recorded file present with its recorded digest, and no extra files in directory outputs. */
    async verifyWorkspace(record, files) {
        for (const output of record.outputs.filter((o) => o.cached)) {
            const info = await this.workspace.info(output.path);
            if (!info)
                return `${output.path} is missing`;
            const present = info.kind === 'dir' ? await this.workspace.listFiles(output.path) : [output.path];
            const expected = output.files.map((f) => f.path).sort();
            if (present.join('\n') !== expected.join('\n'))
                return `${output.path} holds other files than recorded`;
        }
        for (const file of files) {
            const abs = (0,external_node_path_.join)(this.options.root, file.path);
            if ((0,file_hasher/* sha256File */.Q3)(abs, file.size) !== file.digest)
                return `${file.path} differs`;
        }
        return undefined;
    }
    removeOutputs(paths) {
        for (const path of paths)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.options.root, path), { recursive: true, force: true });
    }
    async save(record) {
        if (this.disabled)
            return { ok: false, reason: `the cache is unavailable (${this.disabled})`, reported: true };
        const recordKey = this.recordKey(record.stage, record.key);
        if ((await this.options.client.restore([this.cachePath(this.recordFile(record.stage))], recordKey, { lookupOnly: true })) === recordKey) {
            return { ok: true, bytes: 0 }; // saved before (another job, or an earlier attempt): entries are immutable
        }
        const files = cachedFiles(record);
        const size = files.reduce((sum, f) => sum + f.size, 0);
        let payload;
        if (size <= INLINE_LIMIT) {
            const inline = this.readInline(files);
            if (typeof inline === 'string')
                return { ok: false, reason: inline };
            payload = { format: 'reprokit-actions-cache-1', record, inline };
        }
        else {
            const outputsKey = this.outputsKey(record.stage, record.key);
            const saved = await this.options.client.save(cachedOutputs(record).map((p) => this.cachePath(p)), outputsKey);
            if ('error' in saved)
                return this.saveFailed(saved.error);
            payload = { format: 'reprokit-actions-cache-1', record, outputsKey };
        }
        const file = this.recordFile(record.stage);
        const abs = (0,external_node_path_.join)(this.options.root, file);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(abs, '..'), { recursive: true });
        const text = JSON.stringify(payload);
        (0,external_node_fs_.writeFileSync)(abs, text);
        try {
            const saved = await this.options.client.save([this.cachePath(file)], recordKey);
            if ('error' in saved)
                return this.saveFailed(saved.error);
        }
        finally {
            (0,external_node_fs_.rmSync)(abs, { force: true });
        }
        this.payloads.set(record.key, payload);
        const bytes = size + Buffer.byteLength(text);
        this.count('uploadedBytes', bytes);
        return { ok: true, bytes };
    }
    saveFailed(error) {
        this.disable(`saving failed: ${error}`);
        return { ok: false, reason: error, reported: true };
    }
    /** Reads small outputs for inlining, checking they still hold what was recorded. */
    readInline(files) {
        const inline = {};
        for (const file of files) {
            const content = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.options.root, file.path));
            if ((0,external_node_crypto_.createHash)('sha256').update(content).digest('hex') !== file.digest)
                return `${file.path} changed while it was being saved`;
            inline[file.digest] = content.toString('base64');
        }
        return inline;
    }
    /**
     * The metrics of a run, kept per branch so a pull request can compare with its base branch's
     * latest run without downloading any of that run's outputs.
     */
    async saveMetrics(branch, sha, metrics) {
        if (this.disabled)
            return;
        const key = `${this.options.keyPrefix}/metrics/${encodeURIComponent(branch)}/${sha}`;
        const file = '.reprokit/actions-cache/metrics-baseline.json';
        if ((await this.options.client.restore([this.cachePath(file)], key, { lookupOnly: true })) === key)
            return;
        const abs = (0,external_node_path_.join)(this.options.root, file);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(abs, '..'), { recursive: true });
        (0,external_node_fs_.writeFileSync)(abs, JSON.stringify({ format: 'reprokit-metrics-1', branch, sha, metrics }));
        try {
            const saved = await this.options.client.save([this.cachePath(file)], key);
            if ('error' in saved)
                this.disable(`saving failed: ${saved.error}`);
        }
        finally {
            (0,external_node_fs_.rmSync)(abs, { force: true });
        }
    }
    /** The newest metrics recorded for a branch, or undefined. */
    async loadMetrics(branch) {
        if (this.disabled)
            return undefined;
        const prefix = `${this.options.keyPrefix}/metrics/${encodeURIComponent(branch)}/`;
        const file = '.reprokit/actions-cache/metrics-baseline.json';
        const abs = (0,external_node_path_.join)(this.options.root, file);
        (0,external_node_fs_.rmSync)(abs, { force: true });
        const matched = await this.options.client.restore([this.cachePath(file)], prefix, {});
        if (matched === undefined || !matched.startsWith(prefix))
            return undefined;
        try {
            const data = JSON.parse((0,external_node_fs_.readFileSync)(abs, 'utf8'));
            if (data.format !== 'reprokit-metrics-1' ||
                typeof data.metrics !== 'object' ||
                data.metrics === null)
                return undefined;
            return new Map(Object.entries(data.metrics));
        }
        catch {
            return undefined;
        }
        finally {
            (0,external_node_fs_.rmSync)(abs, { force: true });
        }
    }
    count(counter, bytes) {
        if (this.options.counters)
            this.options.counters[counter] += bytes;
    }
}
/**
 * A stage name as it appears in entry keys: readable when short; long generated names (DVC
 * foreach) are hashed so that every key stays within the service's 512 characters.
 */
function stageSegment(stage) {
    const encoded = encodeURIComponent(stage);
    return encoded.length <= 160
        ? encoded
        : `h-${(0,external_node_crypto_.createHash)('sha256').update(stage).digest('hex').slice(0, 40)}`;
}
function parsePayload(text) {
    try {
        const value = JSON.parse(text);
        if (value.format !== 'reprokit-actions-cache-1' || typeof value.record !== 'object')
            return undefined;
        if (value.inline !== undefined && (typeof value.inline !== 'object' || value.inline === null))
            return undefined;
        if (value.outputsKey !== undefined && typeof value.outputsKey !== 'string')
            return undefined;
        return value;
    }
    catch {
        return undefined;
    }
}
function cachedFiles(record) {
    return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}
function cachedOutputs(record) {
    return record.outputs
        .filter((o) => o.cached)
        .map((o) => o.path)
        .sort();
}

;// CONCATENATED MODULE: ./src/adapters/github/actions-cache-client.ts
/** Loaded lazily: the toolkit is large and only the action needs it. */
async function toolkitCacheClient() {
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    return {
        restore: (paths, key, options) => cache.restoreCache(paths, key, options.restoreKeys ?? [], {
            lookupOnly: options.lookupOnly ?? false,
        }),
        save: async (paths, key) => {
            try {
                const id = await cache.saveCache(paths, key);
                return id === -1 ? { error: 'the cache service did not accept the entry' } : { id };
            }
            catch (e) {
                // saveCache throws on validation errors and, with the v2 service, on a missing runtime token
                return { error: e.message };
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/adapters/github/actions-cache-probe.ts
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
 * the same key prefix, or a plan would not see what the action saved. Undefined when the probe
 * finds no service (the caller warns in its own words).
 */
async function openActionsCache(options) {
    const probe = await probeCacheService(options.env);
    if (!probe.available)
        return { unavailable: probe.reason };
    const { env } = options;
    return {
        cache: new ActionsCache({
            root: options.root,
            client: await toolkitCacheClient(),
            keyPrefix: entryKeyPrefix(env.RUNNER_OS ?? process.platform, env.RUNNER_ARCH ?? process.arch, options.salt, file_hasher/* sha256Text */.f1),
            warn: options.warn,
            ...(options.counters ? { counters: options.counters } : {}),
        }),
    };
}


/***/ })

};

//# sourceMappingURL=385.index.js.map