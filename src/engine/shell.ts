import type { ShellName } from '../core/pipeline.js';
import { unreachable } from '../core/result.js';
import type { DirectCommand } from '../ports.js';

/** The argv that runs one command line; the text is passed as one argument, never re-split. */
export function shellArgv(shell: ShellName, command: string): string[] {
  switch (shell) {
    case 'bash':
      return ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command];
    case 'sh':
      return ['sh', '-e', '-c', command];
    case 'pwsh':
      return ['pwsh', '-NoProfile', '-NonInteractive', '-Command', command];
    default:
      return unreachable(shell);
  }
}

/**
 * Characters a simple command may hold (besides the blanks between words). None of them is
 * special to bash or dash anywhere in a word: no quoting (`'"\`), expansion (`$`, `` ` ``, `~`,
 * globs `*?[`, braces `{}`), redirection (`<>`), control operator (`;&|()`, newline), comment
 * (`#`) or history/negation (`!`). Anything else, non-ASCII included, goes to the shell.
 */
const SIMPLE_LINE = /^[A-Za-z0-9_@%+,./:=\t -]+$/;

/**
 * First words that are not programs on PATH: the builtins and reserved words of bash and dash.
 * A builtin such as `echo`, `test`, `true` or `pwd` may behave differently from the program of
 * the same name, and `cd`, `export`, `exit`, `.` act on the shell itself, so they keep it.
 */
const SHELL_WORDS = new Set([
  // reserved words (bash's `compgen -k`, which include dash's)
  ...['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until'],
  ...['do', 'done', 'in', 'function', 'time', 'coproc', '{', '}', '!', '[[', ']]'],
  // builtins (bash's `compgen -b` and dash's)
  ...['.', ':', '[', 'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'cd', 'chdir'],
  ...['command', 'compgen', 'complete', 'compopt', 'continue', 'declare', 'dirs', 'disown'],
  ...['echo', 'enable', 'eval', 'exec', 'exit', 'export', 'false', 'fc', 'fg', 'getopts'],
  ...['hash', 'help', 'history', 'jobs', 'kill', 'let', 'local', 'logout', 'mapfile', 'popd'],
  ...['printf', 'pushd', 'pwd', 'read', 'readarray', 'readonly', 'return', 'set', 'shift'],
  ...['shopt', 'source', 'suspend', 'test', 'times', 'trap', 'true', 'type', 'typeset'],
  ...['ulimit', 'umask', 'unalias', 'unset', 'wait'],
]);

/**
 * The words of a command line that is one simple command the shell would only split on blanks
 * and exec, as GNU make decides before it skips /bin/sh; otherwise undefined. Such a line has
 * no character from outside SIMPLE_LINE, at least one word, a first word that is neither a
 * builtin nor a reserved word, and no `=` in its first word (`NAME=value cmd` is an assignment).
 * For these lines `-e` and `pipefail` change nothing: there is one command and its status is the
 * shell's. pwsh lines always go to pwsh.
 */
export function simpleCommand(shell: ShellName, command: string): DirectCommand | undefined {
  if (shell === 'pwsh' || !SIMPLE_LINE.test(command)) return undefined;
  const words = command.split(/[\t ]+/).filter((w) => w !== '');
  const first = words[0];
  if (first === undefined || SHELL_WORDS.has(first) || first.includes('=')) return undefined;
  return { shell, words };
}

/** What a runner gets for one command line: the shell's argv and, when simple, its words. */
export function commandArgv(
  shell: ShellName,
  command: string,
): { argv: string[]; direct?: DirectCommand } {
  const direct = simpleCommand(shell, command);
  return { argv: shellArgv(shell, command), ...(direct ? { direct } : {}) };
}
