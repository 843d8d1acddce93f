import type { StdioNull, StdioPipe } from 'node:child_process';
import {
  closeSync,
  constants,
  accessSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { DirectCommand, Redirect } from '../../ports.js';

/**
 * Starting a simple command without its shell, the way GNU make does for lines without shell
 * syntax (src/engine/shell.ts decides which lines those are). The shell's start-up is most of a
 * small stage's cost (bash: 15–25 ms of CPU here), and the shell would do nothing but look the
 * program up on PATH and exec it, so the runner does that itself, and hands the program the
 * environment the shell would have: PWD, and for bash SHLVL, OLDPWD and `_` as bash sets them;
 * names that are not identifiers dropped for dash. Whenever something would make the shell do
 * more (a program it cannot exec, a script without `#!`, bash start-up files or options or
 * functions from the environment, an odd SHLVL), this returns undefined and the shell runs.
 * `REPROKIT_DIRECT_EXEC=0` in reprokit's own environment turns it off.
 */
export interface DirectStart {
  /** The program's path, as the shell found it. */
  readonly file: string;
  /** argv[0] as the shell passes it: the word as written. */
  readonly argv0: string;
  readonly args: readonly string[];
  readonly env: Record<string, string>;
  readonly redirects: readonly Redirect[];
}

/** Environment variables through which bash would run code or change its options at start-up. */
function bashWouldDoMore(env: Readonly<Record<string, string>>): boolean {
  if (env.BASH_ENV || env.SHELLOPTS !== undefined || env.BASHOPTS !== undefined) return true;
  for (const name of Object.keys(env)) if (name.startsWith('BASH_FUNC_')) return true;
  return false;
}

/** The first `#!` script or binary executable named `word`, searched as the shell searches. */
function findProgram(
  word: string,
  cwd: string,
  path: string | undefined,
): { file: string; underscore: string } | undefined {
  if (word.includes('/')) {
    const file = resolve(cwd, word);
    return runnable(file) ? { file, underscore: word } : undefined;
  }
  // No PATH means the shell's built-in default; an empty or relative entry depends on details
  // of each shell. Both are rare enough to leave to the shell.
  if (path === undefined || path === '') return undefined;
  for (const dir of path.split(':')) {
    if (!isAbsolute(dir)) return undefined;
    const file = `${dir.endsWith('/') ? dir : `${dir}/`}${word}`;
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || !executable(file)) continue;
    // The shell execs the first executable it finds, whatever it is: if that is not something
    // exec can start by itself, the shell's own fallback applies, so the shell must run.
    return startsItself(file) ? { file, underscore: file } : undefined;
  }
  return undefined;
}

function runnable(file: string): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() === true && executable(file) && startsItself(file);
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * An ELF binary or a `#!` script: what execve starts by itself. For anything else a shell runs
 * the file as a script of its own (and Node would hand it to /bin/sh, which is not bash).
 */
function startsItself(file: string): boolean {
  const head = Buffer.alloc(4);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const n = readSync(fd, head, 0, 4, 0);
    if (n >= 2 && head[0] === 0x23 && head[1] === 0x21) return true; // #!
    return n === 4 && head.readUInt32BE(0) === 0x7f454c46; // \x7fELF
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isDirectory(path: string, cwd: string): boolean {
  return statSync(resolve(cwd, path), { throwIfNoEntry: false })?.isDirectory() === true;
}

/** Both shells keep an inherited PWD that is absolute and names the directory they start in. */
function workingDirectory(inherited: string | undefined, cwd: string): string {
  if (inherited !== undefined && isAbsolute(inherited)) {
    const a = statSync(inherited, { throwIfNoEntry: false });
    const b = statSync(cwd, { throwIfNoEntry: false });
    if (a && b && a.dev === b.dev && a.ino === b.ino) return inherited;
  }
  return realpathSync.native(cwd);
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The environment the program would get from the shell, or undefined if that is not certain. */
function shellEnvironment(
  direct: DirectCommand,
  env: Readonly<Record<string, string>>,
  cwd: string,
  underscore: string,
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    // dash exports only variables whose names it could have set; bash passes the rest on.
    if (direct.shell === 'bash' || IDENTIFIER.test(name)) out[name] = value;
  out.PWD = workingDirectory(env.PWD, cwd);
  if (direct.shell === 'sh') return out;
  // bash adds one to SHLVL at start-up and takes it back when it execs the one command.
  const level = env.SHLVL;
  if (level === undefined || level === '') out.SHLVL = '0';
  else if (/^[0-9]{1,3}$/.test(level) && Number(level) <= 998) out.SHLVL = String(Number(level));
  else return undefined; // negative, not a number, or the "too high" warning: bash's business
  // bash keeps OLDPWD only when it names a directory.
  if (env.OLDPWD !== undefined && !isDirectory(env.OLDPWD, cwd)) delete out.OLDPWD;
  out._ = underscore;
  return out;
}

/** How to start a simple command without its shell, or undefined: run the shell. */
export function directStart(
  direct: DirectCommand,
  cwd: string,
  env: Readonly<Record<string, string>>,
): DirectStart | undefined {
  if (process.env.REPROKIT_DIRECT_EXEC === '0') return undefined;
  if (direct.shell === 'bash' && bashWouldDoMore(env)) return undefined;
  const [word, ...args] = direct.words;
  if (word === undefined) return undefined;
  const found = findProgram(word, cwd, env.PATH);
  if (!found) return undefined;
  const childEnv = shellEnvironment(direct, env, cwd, found.underscore);
  return (
    childEnv && {
      file: found.file,
      argv0: word,
      args,
      env: childEnv,
      redirects: direct.redirects,
    }
  );
}

/** The child's fds 0–2: a runner's defaults, or a file the parent opened for a redirection. */
export type Stdio = [StdioNull | number, StdioPipe | number, StdioPipe | number];

/**
 * Performs the redirections in the shell's order (left to right, each `open` as the shell does
 * it: `>` creates or truncates, mode 0666 less the umask; `>>` appends; `<` reads), starting from
 * stdin ignored and both outputs piped to the runner. Returns the child's stdio and the fds to
 * close once it has started; undefined if an open fails or a dup would need a pipe the runner
 * cannot share: then every fd opened here is closed again and the shell runs the line, and
 * redoes these opens (for every open here, doing it twice has the effect of doing it once),
 * and fails where it fails, with its own message.
 */
export function openRedirects(
  redirects: readonly Redirect[],
  cwd: string,
): { stdio: Stdio; opened: number[] } | undefined {
  const stdio: Stdio = ['ignore', 'pipe', 'pipe'];
  const opened: number[] = [];
  const flags = { read: 'r', write: 'w', append: 'a' } as const;
  try {
    for (const r of redirects) {
      if (r.op === 'dup') {
        const source = stdio[Number(r.target) as 1 | 2];
        if (typeof source !== 'number') throw new Error('a dup of a pipe');
        stdio[r.fd] = source;
        continue;
      }
      const fd = openSync(resolve(cwd, r.target), flags[r.op], 0o666);
      opened.push(fd);
      stdio[r.fd] = fd;
    }
    return { stdio, opened };
  } catch {
    for (const fd of opened) closeSync(fd);
    return undefined;
  }
}
