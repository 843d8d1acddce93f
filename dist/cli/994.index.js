export const id = 994;
export const ids = [994];
export const modules = {

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

/***/ 3994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/entry/cli/context.ts + 4 modules
var context = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/entry/cli/remote.ts + 3 modules
var cli_remote = __webpack_require__(7359);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/adapters/local/local-cache.ts
var local_cache = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/core/record-check.ts
var record_check = __webpack_require__(8619);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/adapters/remote/retry.ts
var remote_retry = __webpack_require__(2585);
;// CONCATENATED MODULE: ./src/adapters/remote/listing.ts


/** Every object under `<prefix>/<folder>/`, page by page (for gc). */
async function listFolder(client, location, folder, retry) {
    const base = `${location.prefix ? `${location.prefix}/` : ''}`;
    const found = [];
    let token;
    do {
        const page = await (0,remote_retry/* withRetry */.b)(retry, () => client.send(new dist_cjs.ListObjectsV2Command({
            Bucket: location.bucket,
            Prefix: `${base}${folder}/`,
            ...(token ? { ContinuationToken: token } : {}),
        })));
        for (const object of page.Contents ?? [])
            if (object.Key)
                found.push({
                    name: object.Key.slice(base.length),
                    size: object.Size ?? 0,
                    modified: object.LastModified ?? new Date(0),
                });
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found;
}
/** Deletes names (relative to the prefix) in batches of 1,000, the API's limit. */
async function deleteNames(client, location, names, retry) {
    const base = `${location.prefix ? `${location.prefix}/` : ''}`;
    for (let i = 0; i < names.length; i += 1000) {
        const batch = names.slice(i, i + 1000).map((name) => ({ Key: `${base}${name}` }));
        await (0,remote_retry/* withRetry */.b)(retry, () => client.send(new dist_cjs.DeleteObjectsCommand({
            Bucket: location.bucket,
            Delete: { Objects: batch, Quiet: true },
        })));
    }
}

;// CONCATENATED MODULE: ./src/adapters/remote/remote-gc.ts


const ENTRY = /^entries\/([0-9a-f]{64})\.json$/;
/** Removes records nobody needs and the objects no kept record names. */
async function remoteGc(options) {
    const { remote } = options;
    const list = (folder) => listFolder(remote.client, remote.location, folder, remote.retry);
    const entries = await list('entries');
    const keep = new Set();
    const drop = [];
    for (const entry of entries) {
        const key = ENTRY.exec(entry.name)?.[1];
        const recent = options.now - entry.modified.getTime() < options.keepNewerThanMs;
        if (key && (options.keepKeys.has(key) || recent))
            keep.add(key);
        else
            drop.push(entry.name);
    }
    const referenced = await referencedDigests(remote, keep);
    const objects = await list('objects');
    const orphans = objects.filter((o) => !referenced.has(o.name.slice(o.name.lastIndexOf('/') + 1)) &&
        options.now - o.modified.getTime() >= options.graceMs);
    const latest = await list('latest');
    const staleLatest = await latestPointingAt(remote, latest.map((l) => l.name), keep);
    if (!options.dryRun) {
        // Records first: a record must never name an object that is already gone.
        await deleteNames(remote.client, remote.location, [...drop, ...staleLatest], remote.retry);
        await deleteNames(remote.client, remote.location, orphans.map((o) => o.name), remote.retry);
    }
    return {
        entries: { kept: keep.size, removed: drop.length },
        objects: {
            kept: objects.length - orphans.length,
            removed: orphans.length,
            bytes: orphans.reduce((sum, o) => sum + o.size, 0),
        },
    };
}
async function referencedDigests(remote, keys) {
    const digests = new Set();
    for (const key of keys) {
        const json = await remote.records.getRaw(`entries/${key}.json`);
        if (!isRecordLike(json))
            continue;
        const record = (0,record_check/* checkRecord */.E)(json, { stage: json.stage, key });
        for (const output of record?.outputs ?? [])
            for (const file of output.files)
                digests.add(file.digest);
    }
    return digests;
}
/** `latest/` pointers whose record is being removed (they would explain changes with a ghost). */
async function latestPointingAt(remote, names, keep) {
    const stale = [];
    for (const name of names) {
        const json = await remote.records.getRaw(name);
        const key = isRecordLike(json) && typeof json.key === 'string' ? json.key : undefined;
        if (!key || !keep.has(key))
            stale.push(name);
    }
    return stale;
}
function isRecordLike(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.stage === 'string');
}

// EXTERNAL MODULE: ./src/core/remote-url.ts
var remote_url = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/core/units.ts
var units = __webpack_require__(2184);
;// CONCATENATED MODULE: ./src/entry/cli/commands/gc-remote.ts



const DAY = 24 * 60 * 60 * 1000;
/** `reprokit gc --remote URL [--delete] [--keep-days N]`. */
async function gcRemote(command) {
    const { io } = command;
    try {
        const result = await remoteGc({
            remote: command.remote,
            keepKeys: command.keepKeys,
            keepNewerThanMs: command.keepDays * DAY,
            // --keep-days 0 asks for everything unneeded to go now, even objects a writer may still
            // be recording (its save then fails once and is retried by its next run).
            graceMs: command.keepDays === 0 ? 0 : DAY,
            dryRun: command.dryRun,
            now: command.now,
        });
        const verb = command.dryRun ? 'would remove' : 'removed';
        io.stdout.write(`gc ${(0,remote_url/* remoteUrl */.g)(command.remote.location)}: ${verb} ${result.entries.removed} entries and ` +
            `${result.objects.removed} objects (${(0,units/* formatBytes */.z)(result.objects.bytes)}); kept ` +
            `${result.entries.kept} entries and ${result.objects.kept} objects\n` +
            (command.dryRun ? 'This was a dry run: add --delete to remove them.\n' : ''));
        return 0;
    }
    catch (e) {
        io.stderr.write(`reprokit: gc of ${(0,remote_url/* remoteUrl */.g)(command.remote.location)} failed: ${e.message}\n`);
        return 1;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/engine/engine.ts + 9 modules
var engine = __webpack_require__(2680);
// EXTERNAL MODULE: ./src/session/run-options.ts
var run_options = __webpack_require__(3454);
// EXTERNAL MODULE: ./src/session/stages.ts + 1 modules
var stages = __webpack_require__(1202);
;// CONCATENATED MODULE: ./src/entry/cli/commands/transfer-plan.ts



/**
 * The stages push and pull move: the selected stages (and what they need) whose key is known
 * without running anything, with that key. Computed the way `status` does.
 */
async function stagesWithKeys(project, services, targets, signal) {
    const report = await (0,engine/* runPipeline */.a)(project, { ...services, emit: () => undefined }, 
    // Group names (`push train`) stand for the stages they generated, as in `run`.
    (0,run_options/* runOptions */.K)({ targets: (0,stages/* expandStageNames */.B9)(project, targets), keepGoing: true, signal }, 'plan'));
    return {
        wanted: report.stages.filter((s) => s.key !== undefined && s.status !== 'stale'),
        unknown: report.stages.filter((s) => s.key === undefined || s.status === 'stale'),
    };
}
/** Objects and bytes moved so far: the progress push and pull print. */
class TransferTally {
    objects = 0;
    bytes = 0;
    add(progress) {
        this.objects += progress.objects;
        this.bytes += progress.bytes;
    }
}

;// CONCATENATED MODULE: ./src/entry/cli/commands/pull.ts




/**
 * `reprokit pull [STAGE...]`: downloads the remote entries the stages need (by their current
 * keys) into the local cache. The workspace is left alone: the next `run` restores from the
 * local cache without running anything. Exit 0 when every stage's entry is local afterwards.
 */
async function pull(options) {
    const { io, remote } = options;
    const local = options.localAt(options.services.workspace.root);
    const { wanted, unknown } = await stagesWithKeys(options.project, options.services, options.stages, io.signal);
    let pulled = 0;
    let present = 0;
    const problems = unknown.map((s) => `${s.name}: not on the remote (it has to run)`);
    for (const stage of wanted) {
        const key = stage.key;
        if (await local.lookup(stage.name, key)) {
            present++;
            continue;
        }
        const record = await remote.lookup(stage.name, key);
        if (!record) {
            problems.push(`${stage.name}: not on the remote`);
            continue;
        }
        const before = options.tally.bytes;
        // Outputs already in the workspace (a fresh stage) are kept from there, not downloaded.
        const outcome = stage.status === 'fresh' ? await local.save(record) : await viaStaging(options, record);
        if (!outcome.ok) {
            problems.push(`${stage.name}: ${outcome.reason}`);
            continue;
        }
        pulled++;
        io.stderr.write(`reprokit: pulled ${stage.name} (${options.tally.objects} objects, ${(0,units/* formatBytes */.z)(options.tally.bytes)} so far; +${(0,units/* formatBytes */.z)(options.tally.bytes - before)})\n`);
    }
    io.stdout.write(`pull: ${pulled} stage${pulled === 1 ? '' : 's'} downloaded (${options.tally.objects} objects, ${(0,units/* formatBytes */.z)(options.tally.bytes)}), ${present} already local` +
        (problems.length
            ? `, ${problems.length} not pulled:\n${problems.map((p) => `  ${p}\n`).join('')}`
            : '\n'));
    return problems.length === 0 ? 0 : 1;
}
/** Download into a scratch directory, verified; store those files in the local cache. */
async function viaStaging(options, record) {
    (0,external_node_fs_.mkdirSync)(options.stagingDir, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.stagingDir, 'pull-'));
    try {
        const restored = await (await options.remoteAt(dir)).restore(record);
        if (!restored.ok)
            return { ok: false, reason: `remote: ${restored.reason}` };
        return await options.localAt(dir).save(record);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/entry/cli/commands/push.ts




/**
 * `reprokit push [STAGE...]`: uploads the local cache entries the manifest's stages need (by
 * their current keys) to the remote. Exit 0 when the remote holds all of them afterwards.
 */
async function push(options) {
    const { io, remote, services } = options;
    const local = services.cache;
    if (!local)
        throw new Error('Internal error: push without a local cache');
    const { wanted, unknown } = await stagesWithKeys(options.project, services, options.stages, io.signal);
    let pushed = 0;
    let present = 0;
    const problems = unknown.map((s) => `${s.name}: not computed yet (run it first)`);
    for (const stage of wanted) {
        const record = await local.lookup(stage.name, stage.key);
        if (!record) {
            problems.push(`${stage.name}: not in the local cache (run it first)`);
            continue;
        }
        if (await remote.records.has(record.key).catch(() => false)) {
            present++;
            continue;
        }
        const before = options.tally.bytes;
        const outcome = stage.status === 'fresh' ? await remote.save(record) : await push_viaStaging(options, record);
        if (!outcome.ok) {
            problems.push(`${stage.name}: ${outcome.reason}`);
            continue;
        }
        pushed++;
        io.stderr.write(`reprokit: pushed ${stage.name} (${options.tally.objects} objects, ${(0,units/* formatBytes */.z)(options.tally.bytes)} so far; +${(0,units/* formatBytes */.z)(options.tally.bytes - before)})\n`);
    }
    io.stdout.write(`push: ${pushed} stage${pushed === 1 ? '' : 's'} uploaded (${options.tally.objects} objects, ${(0,units/* formatBytes */.z)(options.tally.bytes)}), ${present} already on the remote` +
        (problems.length
            ? `, ${problems.length} not pushed:\n${problems.map((p) => `  ${p}\n`).join('')}`
            : '\n'));
    return problems.length === 0 ? 0 : 1;
}
/** The outputs are not in the workspace: copy them out of the local cache, upload the copies. */
async function push_viaStaging(options, record) {
    (0,external_node_fs_.mkdirSync)(options.stagingDir, { recursive: true });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(options.stagingDir, 'push-'));
    try {
        const restored = await options.localAt(dir).restore(record);
        if (!restored.ok)
            return { ok: false, reason: `local cache: ${restored.reason}` };
        return await (await options.remoteAt(dir)).save(record);
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/entry/cli/remote-commands.ts







/** push, pull and gc: each command's module gets its options from here (wiring only). */
async function remoteCommand(context) {
    const { args, io, project, root } = context;
    const tally = new TransferTally();
    const onTransfer = (p) => tally.add(p);
    const opened = await (0,cli_remote/* cliRemote */.t$)(args, io, project, root, onTransfer);
    if (!opened.ok) {
        io.stderr.write(`reprokit: ${opened.error}\n`);
        return 2;
    }
    const remote = opened.remote;
    if (!remote) {
        io.stderr.write(`reprokit: ${args.command} needs a remote: --remote s3://bucket/prefix, REPROKIT_REMOTE or cache.remote in the manifest\n`);
        return 2;
    }
    if (args.command === 'gc') {
        const { wanted } = await stagesWithKeys(project, (0,cli_remote/* withRemote */.T4)(context.services, remote, io), [], io.signal);
        return gcRemote({
            remote,
            keepKeys: new Set(wanted.map((s) => s.key)),
            keepDays: args.keepDays ?? 30,
            dryRun: args.gcDelete !== true,
            io,
            now: Date.now(),
        });
    }
    const remoteAt = async (dir) => {
        const again = await (0,cli_remote/* cliRemote */.t$)(args, io, project, dir, onTransfer);
        if (!again.ok || !again.remote)
            throw new Error('Internal error: the remote could not be reopened');
        return again.remote;
    };
    const transfer = {
        project,
        remote,
        remoteAt,
        localAt: (dir) => new local_cache/* LocalCache */.U(context.cacheDir, (p) => (0,external_node_path_.join)(dir, p)),
        stagingDir: (0,external_node_path_.join)(root, '.reprokit', 'tmp'),
        stages: args.stages,
        tally,
        io,
    };
    return args.command === 'push'
        ? push({ ...transfer, services: context.services })
        : pull({ ...transfer, services: (0,cli_remote/* withRemote */.T4)(context.services, remote, io) });
}

;// CONCATENATED MODULE: ./src/entry/cli/commands/remote-transfer.ts



/** `reprokit push`, `pull` and `gc --remote`: move or prune what the manifest needs on the remote. */
async function run(args, io) {
    const root = (0,context/* projectRoot */.YQ)(args, io);
    if (root === undefined)
        return context/* EXIT */.dc.usage;
    const session = await (0,context/* openForCli */.Ec)(args, io, { emit: () => undefined, remote: 'none' });
    if (typeof session === 'number')
        return session;
    try {
        return await remoteCommand({
            args: (0,cli_remote/* remoteArgs */.U_)(args),
            io,
            project: session.project,
            root,
            cacheDir: session.cacheDir,
            services: session.services,
        });
    }
    finally {
        session.close();
    }
}


/***/ })

};

//# sourceMappingURL=994.index.js.map