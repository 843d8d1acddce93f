export const id = 788;
export const ids = [788];
export const modules = {

/***/ 5407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openRemote: () => (/* binding */ openRemote)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/adapters/remote/limiter.ts
/** Runs at most `limit` tasks at once (bounded parallel transfers). */
class Limiter {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise((r) => this.waiting.push(r));
        else
            this.active++;
        try {
            return await task();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}
/** Runs every task through the limiter; rejects with the first failure after all have settled. */
async function allLimited(limiter, tasks) {
    const settled = await Promise.allSettled(tasks.map((t) => limiter.run(t)));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed)
        throw failed.reason;
    return settled.map((s) => s.value);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(2358);
// EXTERNAL MODULE: ./src/adapters/hashing/hash-worker-pool.ts + 2 modules
var hash_worker_pool = __webpack_require__(7371);
// EXTERNAL MODULE: ./src/adapters/hashing/file-hasher.ts + 4 modules
var file_hasher = __webpack_require__(742);
;// CONCATENATED MODULE: ./src/adapters/remote/hashing.ts
/** The hashing this adapter shares with the hasher (one definition of a file's digest). */



// EXTERNAL MODULE: ./src/adapters/remote/retry.ts
var remote_retry = __webpack_require__(2585);
// EXTERNAL MODULE: ./src/adapters/remote/s3-errors.ts
var s3_errors = __webpack_require__(8597);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/adapters/remote/streaming-digest.ts


/**
 * The digest the hasher gives a file (plain SHA-256 up to one leaf, the chunked tree digest
 * above: docs/performance.md), computed while the bytes stream in, so a download is verified
 * without reading it back from disk.
 */
class StreamingDigest {
    leaf = (0,external_node_crypto_.createHash)('sha256');
    inLeaf = 0;
    size = 0;
    leaves = [];
    update(chunk) {
        let offset = 0;
        while (offset < chunk.length) {
            const take = Math.min(chunk.length - offset, file_hasher/* LEAF_SIZE */.RB - this.inLeaf);
            this.leaf.update(chunk.subarray(offset, offset + take));
            this.inLeaf += take;
            offset += take;
            if (this.inLeaf === file_hasher/* LEAF_SIZE */.RB)
                this.closeLeaf();
        }
        this.size += chunk.length;
    }
    closeLeaf() {
        this.leaves.push(this.leaf.digest());
        this.leaf = (0,external_node_crypto_.createHash)('sha256');
        this.inLeaf = 0;
    }
    /** Size and digest of everything seen. */
    finish() {
        if (this.size <= file_hasher/* LEAF_SIZE */.RB) {
            // One leaf (or none): its SHA-256 is the SHA-256 of the whole content.
            const digest = this.leaves[0]?.toString('hex') ?? this.leaf.digest('hex');
            return { size: this.size, digest };
        }
        if (this.inLeaf > 0)
            this.closeLeaf();
        return { size: this.size, digest: hash_worker_pool/* kernel */.UF.chunkedRoot(this.size, Buffer.concat(this.leaves)) };
    }
}

;// CONCATENATED MODULE: ./src/adapters/remote/object-store.ts









/** What is wrong with a downloaded object: the store holds bad bytes under this digest. */
class BadObject extends Error {
    problem;
    digest;
    constructor(problem, digest, message) {
        super(message);
        this.problem = problem;
        this.digest = digest;
    }
}
/**
 * Output content on S3, one object per distinct content, named by its digest:
 * `<prefix>/objects/ab/abcdef…` (the local cache's layout). Objects are immutable, so two
 * writers of the same digest write the same bytes and a reader never needs a lock.
 */
class ObjectStore {
    options;
    constructor(options) {
        this.options = options;
    }
    key(digest) {
        const { prefix } = this.options.location;
        return `${prefix ? `${prefix}/` : ''}objects/${digest.slice(0, 2)}/${digest}`;
    }
    get bucket() {
        return this.options.location.bucket;
    }
    async has(digest) {
        try {
            await (0,remote_retry/* withRetry */.b)(this.options.retry, () => this.options.client.send(new dist_cjs.HeadObjectCommand({ Bucket: this.bucket, Key: this.key(digest) })));
            return true;
        }
        catch (e) {
            if (e instanceof s3_errors/* S3Failure */.be && e.kind === 'not-found')
                return false;
            throw e;
        }
    }
    /**
     * Uploads a file under its digest. Small files are read into memory and checked before they
     * leave; large ones are checked while they stream, and removed again if they changed meanwhile
     * (readers verify every download anyway, so the bad object is never restored).
     */
    async put(digest, abs) {
        const size = (0,external_node_fs_.statSync)(abs).size;
        if (size <= file_hasher/* LEAF_SIZE */.RB) {
            const body = (0,external_node_fs_.readFileSync)(abs);
            if ((0,file_hasher/* sha256File */.Q3)(abs) !== digest || body.length !== size)
                throw new Error(`${abs} changed while it was being saved`);
            await (0,remote_retry/* withRetry */.b)(this.options.retry, () => this.options.client.send(new dist_cjs.PutObjectCommand({ Bucket: this.bucket, Key: this.key(digest), Body: body })));
            return size;
        }
        const seen = await (0,remote_retry/* withRetry */.b)(this.options.retry, () => this.putStream(digest, abs, size));
        if (seen.digest !== digest || seen.size !== size) {
            await this.delete(digest).catch(() => undefined);
            throw new Error(`${abs} changed while it was being saved`);
        }
        return size;
    }
    async putStream(digest, abs, size) {
        const hash = new StreamingDigest();
        const body = (0,external_node_fs_.createReadStream)(abs, { highWaterMark: 1024 * 1024 }).pipe(new external_node_stream_.Transform({
            transform(chunk, _enc, done) {
                hash.update(chunk);
                done(null, chunk);
            },
        }));
        const params = { Bucket: this.bucket, Key: this.key(digest), Body: body };
        if (size >= this.options.multipartThreshold) {
            const upload = new lib_storage_dist_cjs/* Upload */._({
                client: this.options.client,
                params,
                partSize: this.options.partSize,
                queueSize: 4,
                leavePartsOnError: false,
            });
            await upload.done();
        }
        else {
            await this.options.client.send(new dist_cjs.PutObjectCommand({ ...params, ContentLength: size }));
        }
        return hash.finish();
    }
    /**
     * Downloads an object into `target`, verifying size and digest as the bytes arrive. A dropped
     * connection is retried; bytes that do not match are a BadObject (the file is removed).
     */
    async get(expected, target) {
        await (0,remote_retry/* withRetry */.b)(this.options.retry, async () => {
            const answer = await this.options.client.send(new dist_cjs.GetObjectCommand({ Bucket: this.bucket, Key: this.key(expected.digest) }));
            const hash = new StreamingDigest();
            try {
                await (0,promises_.pipeline)(answer.Body, new external_node_stream_.Transform({
                    transform(chunk, _enc, done) {
                        hash.update(chunk);
                        done(null, chunk);
                    },
                }), (0,external_node_fs_.createWriteStream)(target));
            }
            catch (error) {
                (0,external_node_fs_.rmSync)(target, { force: true });
                // A connection that drops mid-body is a transport failure: classify it so it is retried.
                throw new s3_errors/* S3Failure */.be((0,s3_errors/* classifyS3Error */.RC)(error) === 'other' ? 'unreachable' : (0,s3_errors/* classifyS3Error */.RC)(error), (0,s3_errors/* describeS3Error */.ye)(error));
            }
            const seen = hash.finish();
            if (seen.size === expected.size && seen.digest === expected.digest)
                return;
            (0,external_node_fs_.rmSync)(target, { force: true });
            if (answer.ContentLength !== undefined && seen.size < answer.ContentLength)
                // Fewer bytes than the server announced: the transfer broke, not the object.
                throw new s3_errors/* S3Failure */.be('unreachable', `connection closed after ${seen.size} of ${answer.ContentLength} bytes`);
            const problem = seen.size < expected.size ? 'truncated' : 'corrupt';
            throw new BadObject(problem, expected.digest, problem === 'truncated'
                ? `object ${expected.digest.slice(0, 12)} is truncated (${seen.size} of ${expected.size} bytes)`
                : `object ${expected.digest.slice(0, 12)} is corrupt (content does not match its digest)`);
        });
    }
    async delete(digest) {
        await (0,remote_retry/* withRetry */.b)(this.options.retry, () => this.options.client.send(new dist_cjs.DeleteObjectCommand({ Bucket: this.bucket, Key: this.key(digest) })));
    }
}

// EXTERNAL MODULE: ./src/core/record-check.ts
var record_check = __webpack_require__(8619);
;// CONCATENATED MODULE: ./src/adapters/remote/record-store.ts




/** Records are small JSON documents; anything larger is not one of ours. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;
/**
 * Stage records on S3, in the local cache's layout and format, so a record written by a laptop
 * is read by CI and the other way round:
 *   <prefix>/entries/<key>.json        the record saved under that key (immutable)
 *   <prefix>/latest/s-<stage>.json     the newest record of the stage (last writer wins)
 */
class RecordStore {
    client;
    location;
    retry;
    constructor(client, location, retry) {
        this.client = client;
        this.location = location;
        this.retry = retry;
    }
    path(...parts) {
        const { prefix } = this.location;
        return `${prefix ? `${prefix}/` : ''}${parts.join('/')}`;
    }
    entryKey(key) {
        return this.path('entries', `${key}.json`);
    }
    latestKey(stage) {
        return this.path('latest', `s-${encodeURIComponent(stage)}.json`);
    }
    /** The record, or undefined when absent or not a valid record for this stage (and key). */
    async get(stage, key) {
        return (0,record_check/* checkRecord */.E)(await this.getJson(this.entryKey(key)), { stage, key });
    }
    async latest(stage) {
        return (0,record_check/* checkRecord */.E)(await this.getJson(this.latestKey(stage)), { stage });
    }
    async has(key) {
        try {
            await (0,remote_retry/* withRetry */.b)(this.retry, () => this.client.send(new dist_cjs.HeadObjectCommand({ Bucket: this.location.bucket, Key: this.entryKey(key) })));
            return true;
        }
        catch (e) {
            if (e instanceof s3_errors/* S3Failure */.be && e.kind === 'not-found')
                return false;
            throw e;
        }
    }
    /** Call only once every object of the record is stored: readers trust what records name. */
    async put(record) {
        const body = JSON.stringify(record);
        for (const key of [this.entryKey(record.key), this.latestKey(record.stage)])
            await (0,remote_retry/* withRetry */.b)(this.retry, () => this.client.send(new dist_cjs.PutObjectCommand({
                Bucket: this.location.bucket,
                Key: key,
                Body: body,
                ContentType: 'application/json',
            })));
    }
    /** A JSON document by its name under the prefix (`entries/<key>.json`), unchecked. */
    async getRaw(name) {
        return this.getJson(this.path(name));
    }
    async getJson(key) {
        try {
            const text = await (0,remote_retry/* withRetry */.b)(this.retry, async () => {
                const answer = await this.client.send(new dist_cjs.GetObjectCommand({ Bucket: this.location.bucket, Key: key }));
                if ((answer.ContentLength ?? 0) > MAX_RECORD_BYTES)
                    return undefined;
                return answer.Body?.transformToString('utf8');
            });
            return text === undefined ? undefined : JSON.parse(text);
        }
        catch (e) {
            if (e instanceof s3_errors/* S3Failure */.be && e.kind === 'not-found')
                return undefined;
            if (e instanceof SyntaxError)
                return undefined;
            throw e;
        }
    }
}

// EXTERNAL MODULE: ./src/core/remote-url.ts
var remote_url = __webpack_require__(9237);
;// CONCATENATED MODULE: ./src/adapters/remote/remote-cache.ts








const MiB = 1024 * 1024;
let staging = 0;
/**
 * A StageCache on S3-compatible object storage, shared by laptops and CI. Same records and
 * content addressing as the local cache. Never fails a build: a remote that is down, denies
 * access or keeps throttling is reported once and then left alone for the rest of the run.
 */
class RemoteCache {
    options;
    name;
    objects;
    records;
    retry;
    limiter;
    /** Why the remote is no longer used in this run (reported once). */
    down;
    /** Why writing stopped (read-only credentials), reported once; reading goes on. */
    readOnly;
    constructor(options) {
        this.options = options;
        this.name = `remote (${(0,remote_url/* remoteUrl */.g)(options.location)})`;
        const retry = options.retry ?? remote_retry/* DEFAULT_RETRY */.v;
        this.retry = retry;
        this.objects = new ObjectStore({
            client: options.client,
            location: options.location,
            retry,
            multipartThreshold: options.multipartThreshold ?? 64 * MiB,
            partSize: options.partSize ?? 16 * MiB,
        });
        this.records = new RecordStore(options.client, options.location, retry);
        this.limiter = new Limiter(options.transfers ?? 16);
        if (!options.write)
            this.readOnly = 'writing is off';
    }
    get client() {
        return this.options.client;
    }
    get location() {
        return this.options.location;
    }
    get writable() {
        return this.down === undefined && this.readOnly === undefined;
    }
    async lookup(stage, key) {
        if (this.down)
            return undefined;
        try {
            return await this.records.get(stage, key);
        }
        catch (e) {
            this.fail(e, 'read');
            return undefined;
        }
    }
    async latest(stage) {
        if (this.down)
            return undefined;
        try {
            return await this.records.latest(stage);
        }
        catch (e) {
            this.fail(e, 'read');
            return undefined;
        }
    }
    async save(record) {
        if (this.down)
            return { ok: false, reason: this.down, reported: true };
        if (this.readOnly)
            return { ok: false, reason: this.readOnly, reported: true };
        try {
            // Entries are immutable: a second writer of a key keeps the first writer's record.
            if (await this.records.has(record.key))
                return { ok: true, bytes: 0 };
            const files = uniqueByDigest(cachedFiles(record));
            const sent = await allLimited(this.limiter, files.map((file) => async () => {
                if (await this.objects.has(file.digest))
                    return 0;
                const bytes = await this.objects.put(file.digest, this.options.toAbsolute(file.path));
                this.options.onTransfer?.({ direction: 'up', objects: 1, bytes });
                return bytes;
            }));
            // Only now that every object is there: readers never see a record with missing content.
            await this.records.put(record);
            return { ok: true, bytes: sent.reduce((a, b) => a + b, 0) };
        }
        catch (e) {
            if (!(e instanceof s3_errors/* S3Failure */.be))
                return { ok: false, reason: e.message };
            this.fail(e, 'write');
            return { ok: false, reason: e.detail, reported: true };
        }
    }
    async restore(record) {
        if (this.down)
            return { ok: false, reason: this.down };
        const files = cachedFiles(record);
        const dir = (0,external_node_path_.join)(this.options.stagingDir, `remote-${process.pid}-${staging++}`);
        try {
            // Everything is downloaded and verified before the workspace is touched.
            (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
            const byDigest = uniqueByDigest(files);
            await allLimited(this.limiter, byDigest.map((file) => async () => {
                await this.objects.get(file, (0,external_node_path_.join)(dir, file.digest));
                this.options.onTransfer?.({ direction: 'down', objects: 1, bytes: file.size });
            }));
            return { ok: true, bytes: this.install(record, files, dir) };
        }
        catch (e) {
            return { ok: false, reason: await this.restoreFailure(e) };
        }
        finally {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    /** Replaces the record's cached outputs by the staged, verified files. */
    install(record, files, dir) {
        for (const output of record.outputs.filter((o) => o.cached))
            (0,external_node_fs_.rmSync)(this.options.toAbsolute(output.path), { recursive: true, force: true });
        const uses = new Map();
        for (const file of files)
            uses.set(file.digest, (uses.get(file.digest) ?? 0) + 1);
        let bytes = 0;
        for (const file of files) {
            const target = this.options.toAbsolute(file.path);
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(target), { recursive: true });
            const staged = (0,external_node_path_.join)(dir, file.digest);
            const left = (uses.get(file.digest) ?? 1) - 1;
            uses.set(file.digest, left);
            // The last user of a staged object takes it; others (same content twice) take copies.
            if (left === 0)
                moveFile(staged, target);
            else
                (0,external_node_fs_.copyFileSync)(staged, target);
            (0,external_node_fs_.chmodSync)(target, file.executable ? 0o755 : 0o644);
            bytes += file.size;
        }
        return bytes;
    }
    async restoreFailure(e) {
        if (e instanceof BadObject) {
            // Discard it, so the next save uploads good content again (when allowed to write).
            if (this.writable)
                await this.objects.delete(e.digest).catch(() => undefined);
            const reason = `${e.message}${this.writable ? '; removed it from the remote' : ''}`;
            this.options.warn(`remote cache ${(0,remote_url/* remoteUrl */.g)(this.options.location)}: ${reason}`);
            return reason;
        }
        if (e instanceof s3_errors/* S3Failure */.be) {
            if (e.kind === 'not-found')
                return 'an object of this entry is missing from the remote';
            this.fail(e, 'read');
            return e.detail;
        }
        return e.message;
    }
    /** Reacts to a failure that retries did not cure: stop writing, or stop using the remote. */
    fail(error, during) {
        const url = (0,remote_url/* remoteUrl */.g)(this.options.location);
        const kind = error instanceof s3_errors/* S3Failure */.be ? error.kind : 'other';
        const detail = error instanceof s3_errors/* S3Failure */.be ? error.detail : (0,s3_errors/* describeS3Error */.ye)(error);
        if (kind === 'not-found')
            return;
        if (kind === 'denied' && during === 'write' && this.down === undefined) {
            this.readOnly = `the credentials cannot write to ${url}`;
            this.options.warn(`remote cache ${url}: access denied while writing (${detail}); going on read-only for this run`);
            return;
        }
        if (this.down !== undefined)
            return;
        this.down = `remote cache ${url} is not usable (${detail})`;
        this.options.warn(`${this.down}; going on without it for this run${hint(kind)}`);
    }
}
function hint(kind) {
    switch (kind) {
        case 'no-bucket':
            return ': check the bucket name';
        case 'no-credentials':
            return ': no AWS credentials found (env, profile or OIDC role; docs/remote-cache.md)';
        case 'denied':
            return ': the credentials cannot read it';
        default:
            return '';
    }
}
function cachedFiles(record) {
    return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}
function uniqueByDigest(files) {
    const seen = new Map();
    for (const file of files)
        if (!seen.has(file.digest))
            seen.set(file.digest, file);
    return [...seen.values()];
}
/** Rename, or copy when the staging directory is on another file system. */
function moveFile(from, to) {
    try {
        (0,external_node_fs_.renameSync)(from, to);
    }
    catch (e) {
        if (e.code !== 'EXDEV')
            throw e;
        (0,external_node_fs_.copyFileSync)(from, to);
        (0,external_node_fs_.rmSync)(from, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/adapters/remote/s3-client.ts

/** The endpoint in force: the option, else the standard AWS variables, else AWS itself. */
function resolveEndpoint(options) {
    const candidates = [
        options.endpoint,
        options.env['AWS_ENDPOINT_URL_S3'],
        options.env['AWS_ENDPOINT_URL'],
    ];
    return candidates.find((c) => c !== undefined && c.trim() !== '')?.trim();
}
/**
 * One client per remote. Retries are ours (retry.ts), so the SDK makes one attempt: its own
 * retries would multiply ours and hide what happened from the warning.
 */
function createS3Client(options) {
    const endpoint = resolveEndpoint(options);
    const region = options.region ??
        nonEmpty(options.env['AWS_REGION']) ??
        nonEmpty(options.env['AWS_DEFAULT_REGION']) ??
        // S3-compatible stores ignore the region; AWS redirects to the bucket's (followRegionRedirects).
        'us-east-1';
    const credentials = options.credentials ?? envCredentials(options.env);
    return new dist_cjs.S3Client({
        region,
        // Third-party stores (s3rver, older MinIO, R2) reject the SDK's default trailing checksums;
        // every download is verified against the record's digests instead.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 1,
        followRegionRedirects: true,
        ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
        ...(credentials ? { credentials } : {}),
    });
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? undefined : value.trim();
}
/**
 * Keys from the environment the CLI was given (the same as the process's outside tests); without
 * them, the SDK's default chain (profile, SSO, web identity for OIDC, instance roles) decides.
 */
function envCredentials(env) {
    const accessKeyId = nonEmpty(env['AWS_ACCESS_KEY_ID']);
    const secretAccessKey = nonEmpty(env['AWS_SECRET_ACCESS_KEY']);
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = nonEmpty(env['AWS_SESSION_TOKEN']);
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

;// CONCATENATED MODULE: ./src/adapters/remote/open-remote.ts



/** The remote cache for a project directory (staging downloads under .reprokit/tmp). */
function openRemote(options) {
    const { settings } = options;
    if (settings.readOnlyBecause)
        options.warn(`remote cache is read-only: ${settings.readOnlyBecause}`);
    return new RemoteCache({
        client: createS3Client({
            env: options.env,
            ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
            ...(settings.region ? { region: settings.region } : {}),
            ...(options.credentials ? { credentials: options.credentials } : {}),
        }),
        location: settings.location,
        toAbsolute: (path) => (0,external_node_path_.join)(options.root, path),
        stagingDir: (0,external_node_path_.join)(options.root, '.reprokit', 'tmp'),
        write: settings.write,
        warn: options.warn,
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.onTransfer ? { onTransfer: options.onTransfer } : {}),
    });
}


/***/ }),

/***/ 2585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ withRetry),
/* harmony export */   v: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* harmony import */ var _s3_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8597);

const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 200, maxDelayMs: 10_000 };
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs one S3 operation, retrying throttling (503 SlowDown, 429), 5xx and dropped connections
 * with exponential backoff and full jitter (spreads a herd of CI jobs hitting one bucket).
 * Throws an S3Failure saying what kind of failure ended it.
 */
async function withRetry(policy, operation) {
    const sleep = policy.sleep ?? realSleep;
    for (let attempt = 0;; attempt++) {
        try {
            return await operation();
        }
        catch (error) {
            const kind = error instanceof _s3_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .S3Failure */ .be ? error.kind : (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyS3Error */ .RC)(error);
            const detail = error instanceof _s3_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .S3Failure */ .be ? error.detail : (0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeS3Error */ .ye)(error);
            // Errors that are not about the service (a bad object, a local file) pass through as they are.
            if (kind === 'other' && !isServiceError(error))
                throw error;
            if (!(0,_s3_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isTransient */ .dg)(kind) || attempt + 1 >= policy.attempts)
                throw new _s3_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .S3Failure */ .be(kind, detail);
            const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
            await sleep(Math.random() * cap);
        }
    }
}
function isServiceError(error) {
    return typeof error === 'object' && error !== null && '$metadata' in error;
}


/***/ }),

/***/ 8597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RC: () => (/* binding */ classifyS3Error),
/* harmony export */   be: () => (/* binding */ S3Failure),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   ye: () => (/* binding */ describeS3Error)
/* harmony export */ });
const THROTTLE_NAMES = new Set([
    'SlowDown',
    'Throttling',
    'ThrottlingException',
    'RequestLimitExceeded',
    'TooManyRequestsException',
    'RequestThrottled',
]);
const NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'EPIPE',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ECONNABORTED',
    'ERR_STREAM_PREMATURE_CLOSE',
]);
function classifyS3Error(error) {
    const e = (error ?? {});
    const name = e.name ?? e.Code ?? '';
    const status = e.$metadata?.httpStatusCode;
    if (name === 'NoSuchKey' || name === 'NotFound' || status === 404)
        return name === 'NoSuchBucket' ? 'no-bucket' : 'not-found';
    if (name === 'CredentialsProviderError')
        return 'no-credentials';
    if (name === 'AccessDenied' || status === 403)
        return 'denied';
    if (THROTTLE_NAMES.has(name) || status === 429 || e.$retryable?.throttling)
        return 'throttled';
    if (status !== undefined && status >= 500)
        return 'server';
    if (NETWORK_CODES.has(e.code ?? '') ||
        name === 'TimeoutError' ||
        name === 'AbortError' ||
        /socket hang up|ECONNREFUSED|ECONNRESET|premature close|aborted/i.test(e.message ?? ''))
        return 'unreachable';
    return 'other';
}
function isTransient(kind) {
    return kind === 'throttled' || kind === 'server' || kind === 'unreachable';
}
/** A short description for a warning: never the request, its headers or any credential. */
function describeS3Error(error) {
    const e = (error ?? {});
    const status = e.$metadata?.httpStatusCode;
    const name = e.name ?? e.code ?? 'Error';
    const message = (e.message ?? '').split('\n')[0]?.slice(0, 200) ?? '';
    return `${name}${status ? ` (HTTP ${status})` : ''}${message && message !== name ? `: ${message}` : ''}`;
}
/** A failure that was already classified (and retried when transient). */
class S3Failure extends Error {
    kind;
    detail;
    constructor(kind, detail) {
        super(detail);
        this.kind = kind;
        this.detail = detail;
    }
}


/***/ })

};

//# sourceMappingURL=788.index.js.map