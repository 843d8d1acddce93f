export const id = 883;
export const ids = [883];
export const modules = {

/***/ 2883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/core/path-journal.ts
var path_journal = __webpack_require__(1142);
// EXTERNAL MODULE: ./src/entry/cli/color.ts
var color = __webpack_require__(8546);
// EXTERNAL MODULE: ./src/entry/cli/context.ts + 4 modules
var context = __webpack_require__(9415);
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
// EXTERNAL MODULE: ./src/entry/cli/stage-request.ts
var stage_request = __webpack_require__(1475);
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
async function bringUpToDate(session, args, io, reporter, outcome) {
    const json = (0,spec/* flag */.Jt)(args, 'json');
    const { project } = session;
    const dvcLock = (0,spec/* flag */.Jt)(args, 'write-dvc-lock');
    if (dvcLock && project.pipeline.format !== 'dvc') {
        io.stderr.write(`reprokit: --write-dvc-lock needs a dvc.yaml project, not ${project.pipeline.manifestFile}\n`);
        return context/* EXIT */.dc.usage;
    }
    if ((0,spec/* flag */.Jt)(args, 'dry-run')) {
        const report = await session.plan((0,stage_request/* stageRequest */.e)(args, io));
        io.stdout.write(json
            ? JSON.stringify((0,output/* planJson */.iY)(report), null, 2) + '\n'
            : `Dry run: nothing was run.\n${(0,output/* planTable */.k0)(report)}`);
        return context/* EXIT */.dc.ok;
    }
    const report = await session.run((0,stage_request/* stageRequest */.e)(args, io));
    outcome.report = report;
    reporter.finish();
    if (dvcLock && !report.interrupted) {
        const lock = await writeDvcLockFile(session, report);
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
/** dvc.lock code (and the `yaml` package it writes with) is loaded only when asked for. */
async function writeDvcLockFile(session, report) {
    const { writeDvcLock } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(135)]).then(__webpack_require__.bind(__webpack_require__, 2135));
    const { localDvcLockServices } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(460)]).then(__webpack_require__.bind(__webpack_require__, 2460));
    return writeDvcLock(session.project, localDvcLockServices(session.workspace), report);
}


/***/ })

};

//# sourceMappingURL=883.index.js.map