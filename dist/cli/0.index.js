export const id = 0;
export const ids = [0];
export const modules = {

/***/ 8000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ProcessRunner: () => (/* binding */ ProcessRunner),
  killAllCommands: () => (/* binding */ killAllCommands)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/adapters/local/direct-exec.ts


/** Environment variables through which bash would run code or change its options at start-up. */
function bashWouldDoMore(env) {
    if (env.BASH_ENV || env.SHELLOPTS !== undefined || env.BASHOPTS !== undefined)
        return true;
    for (const name of Object.keys(env))
        if (name.startsWith('BASH_FUNC_'))
            return true;
    return false;
}
/** The first `#!` script or binary executable named `word`, searched as the shell searches. */
function findProgram(word, cwd, path) {
    if (word.includes('/')) {
        const file = (0,external_node_path_.resolve)(cwd, word);
        return runnable(file) ? { file, underscore: word } : undefined;
    }
    // No PATH means the shell's built-in default; an empty or relative entry depends on details
    // of each shell. Both are rare enough to leave to the shell.
    if (path === undefined || path === '')
        return undefined;
    for (const dir of path.split(':')) {
        if (!(0,external_node_path_.isAbsolute)(dir))
            return undefined;
        const file = `${dir.endsWith('/') ? dir : `${dir}/`}${word}`;
        const stat = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
        if (!stat?.isFile() || !executable(file))
            continue;
        // The shell execs the first executable it finds, whatever it is: if that is not something
        // exec can start by itself, the shell's own fallback applies, so the shell must run.
        return startsItself(file) ? { file, underscore: file } : undefined;
    }
    return undefined;
}
function runnable(file) {
    const stat = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    return stat?.isFile() === true && executable(file) && startsItself(file);
}
function executable(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * An ELF binary or a `#!` script: what execve starts by itself. For anything else a shell runs
 * the file as a script of its own (and Node would hand it to /bin/sh, which is not bash).
 */
function startsItself(file) {
    const head = Buffer.alloc(4);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
        const n = (0,external_node_fs_.readSync)(fd, head, 0, 4, 0);
        if (n >= 2 && head[0] === 0x23 && head[1] === 0x21)
            return true; // #!
        return n === 4 && head.readUInt32BE(0) === 0x7f454c46; // \x7fELF
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function isDirectory(path, cwd) {
    return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, path), { throwIfNoEntry: false })?.isDirectory() === true;
}
/** Both shells keep an inherited PWD that is absolute and names the directory they start in. */
function workingDirectory(inherited, cwd) {
    if (inherited !== undefined && (0,external_node_path_.isAbsolute)(inherited)) {
        const a = (0,external_node_fs_.statSync)(inherited, { throwIfNoEntry: false });
        const b = (0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false });
        if (a && b && a.dev === b.dev && a.ino === b.ino)
            return inherited;
    }
    return external_node_fs_.realpathSync.native(cwd);
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The environment the program would get from the shell, or undefined if that is not certain. */
function shellEnvironment(direct, env, cwd, underscore) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        // dash exports only variables whose names it could have set; bash passes the rest on.
        if (direct.shell === 'bash' || IDENTIFIER.test(name))
            out[name] = value;
    out.PWD = workingDirectory(env.PWD, cwd);
    if (direct.shell === 'sh')
        return out;
    // bash adds one to SHLVL at start-up and takes it back when it execs the one command.
    const level = env.SHLVL;
    if (level === undefined || level === '')
        out.SHLVL = '0';
    else if (/^[0-9]{1,3}$/.test(level) && Number(level) <= 998)
        out.SHLVL = String(Number(level));
    else
        return undefined; // negative, not a number, or the "too high" warning: bash's business
    // bash keeps OLDPWD only when it names a directory.
    if (env.OLDPWD !== undefined && !isDirectory(env.OLDPWD, cwd))
        delete out.OLDPWD;
    out._ = underscore;
    return out;
}
/** How to start a simple command without its shell, or undefined: run the shell. */
function directStart(direct, cwd, env) {
    if (process.env.REPROKIT_DIRECT_EXEC === '0')
        return undefined;
    if (direct.shell === 'bash' && bashWouldDoMore(env))
        return undefined;
    const [word, ...args] = direct.words;
    if (word === undefined)
        return undefined;
    const found = findProgram(word, cwd, env.PATH);
    if (!found)
        return undefined;
    const childEnv = shellEnvironment(direct, env, cwd, found.underscore);
    return (childEnv && {
        file: found.file,
        argv0: word,
        args,
        env: childEnv,
        redirects: direct.redirects,
    });
}
/**
 * Performs the redirections in the shell's order (left to right, each `open` as the shell does
 * it: `>` creates or truncates, mode 0666 less the umask; `>>` appends; `<` reads), starting from
 * stdin ignored and both outputs piped to the runner. Returns the child's stdio and the fds to
 * close once it has started; undefined if an open fails or a dup would need a pipe the runner
 * cannot share: then every fd opened here is closed again and the shell runs the line, and
 * redoes these opens (for every open here, doing it twice has the effect of doing it once),
 * and fails where it fails, with its own message.
 */
function openRedirects(redirects, cwd) {
    const stdio = ['ignore', 'pipe', 'pipe'];
    const opened = [];
    const flags = { read: 'r', write: 'w', append: 'a' };
    try {
        for (const r of redirects) {
            if (r.op === 'dup') {
                const source = stdio[Number(r.target)];
                if (typeof source !== 'number')
                    throw new Error('a dup of a pipe');
                stdio[r.fd] = source;
                continue;
            }
            const fd = (0,external_node_fs_.openSync)((0,external_node_path_.resolve)(cwd, r.target), flags[r.op], 0o666);
            opened.push(fd);
            stdio[r.fd] = fd;
        }
        return { stdio, opened };
    }
    catch {
        for (const fd of opened)
            (0,external_node_fs_.closeSync)(fd);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/local/watchdog.ts

/**
 * Reads "+PGID" / "-PGID" lines on standard input. At end of input, which comes when reprokit
 * exits however it dies (SIGKILL, out of memory, a crash) because the kernel closes its end of
 * the pipe, it kills every process group still listed: stages never outlive reprokit.
 */
const SCRIPT = `pgs=" "
while read -r op pg; do
  case "$op$pgs" in
    +*) pgs="$pgs$pg " ;;
    -*" $pg "*) pgs="\${pgs%% $pg *} \${pgs#* $pg }" ;;
  esac
done
for pg in $pgs; do kill -s KILL -- "-$pg" 2>/dev/null; done
`;
/**
 * One watchdog process per reprokit process, started with the first stage. Not on Windows,
 * which has no process groups; there a SIGKILLed reprokit can leave a stage running
 * (docs/robustness.md).
 */
class Watchdog {
    child;
    broken = false;
    watch(pgid) {
        this.send(`+ ${pgid}\n`);
    }
    unwatch(pgid) {
        this.send(`- ${pgid}\n`);
    }
    send(line) {
        if (process.platform === 'win32' || this.broken)
            return;
        const child = this.child ?? this.start();
        if (!child?.stdin?.writable)
            return;
        child.stdin.write(line);
    }
    start() {
        try {
            const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', SCRIPT], {
                stdio: ['pipe', 'ignore', 'ignore'],
                // Its own group: a Ctrl-C in the terminal or a kill of reprokit's group does not end it.
                detached: true,
            });
            child.on('error', () => (this.broken = true));
            child.stdin?.on('error', () => (this.broken = true));
            child.on('exit', () => (this.child = undefined));
            // It must not keep reprokit alive: its pipe closes when reprokit exits.
            child.unref();
            child.stdin?.unref?.();
            this.child = child;
            return child;
        }
        catch {
            this.broken = true;
            return undefined;
        }
    }
}
const watchdog = new Watchdog();

;// CONCATENATED MODULE: ./src/adapters/local/process-runner.ts




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
/**
 * Runs commands as child processes in their own process group, so a stop reaches the whole tree.
 * A simple command (spec.direct) is started without its shell when direct-exec.ts can tell how
 * the shell would have started it; if that start fails all the same, the shell runs the line.
 */
class ProcessRunner {
    async run(spec) {
        const direct = spec.direct && directStart(spec.direct, spec.cwd, spec.env);
        const redirected = direct && openRedirects(direct.redirects, spec.cwd);
        if (direct && redirected) {
            const outcome = await runChild(spec, { ...direct, ...redirected });
            // Only a program that never started may be tried again, through the shell.
            if (outcome.started || outcome.result.spawnError === undefined)
                return outcome.result;
        }
        const [file, ...args] = spec.argv;
        if (file === undefined)
            throw new Error('Internal error: empty argv');
        return (await runChild(spec, { file, args, env: spec.env })).result;
    }
}
function runChild(spec, start) {
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(start.file, start.args, {
                cwd: spec.cwd,
                env: start.env,
                ...(start.argv0 !== undefined ? { argv0: start.argv0 } : {}),
                stdio: start.stdio ?? ['ignore', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
            });
        }
        finally {
            // The child has its copies of the redirected files (or never started).
            for (const fd of start.opened ?? [])
                (0,external_node_fs_.closeSync)(fd);
        }
        const pid = child.pid;
        if (pid !== undefined) {
            live.add(pid);
            watchdog.watch(pid);
        }
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
                watchdog.unwatch(pid);
            }
            resolve({ result, started: pid !== undefined });
        };
        if (spec.signal.aborted)
            stop();
        else
            spec.signal.addEventListener('abort', stop, { once: true });
        // A stream redirected to a file has no pipe here.
        child.stdout?.setEncoding('utf8').on('data', (chunk) => spec.onOutput(chunk, 'stdout'));
        child.stderr?.setEncoding('utf8').on('data', (chunk) => spec.onOutput(chunk, 'stderr'));
        child.on('error', (e) => finish({ exitCode: null, signal: null, spawnError: e.message }));
        child.on('close', (exitCode, signal) => finish({ exitCode, signal }));
    });
}


/***/ })

};

//# sourceMappingURL=0.index.js.map