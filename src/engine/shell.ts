import type { ShellName } from '../core/pipeline.js';
import { unreachable } from '../core/result.js';
import type { DirectCommand, Redirect } from '../ports.js';

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
 * Characters of a word: none of them is special to bash or dash anywhere in a word, so there is
 * no quoting (`'"\\`), expansion (`$`, `` ` ``, `~`, globs `*?[`, braces `{}`), control operator
 * (`;&|()`, newline), comment (`#`) or history/negation (`!`). Anything else, non-ASCII included,
 * goes to the shell. Besides words, a simple line holds blanks and the redirections below.
 */
const WORD_CHAR = /[A-Za-z0-9_@%+,./:=-]/;
const BLANK = /[\t ]/;

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

/** Reads the line as words and redirections; undefined at anything outside that grammar. */
function scan(line: string): { words: string[]; redirects: Redirect[] } | undefined {
  const words: string[] = [];
  const redirects: Redirect[] = [];
  let i = 0;
  const at = (k: number) => line.charAt(k);
  const word = () => {
    const from = i;
    while (i < line.length && WORD_CHAR.test(at(i))) i++;
    return line.slice(from, i);
  };
  while (i < line.length) {
    if (BLANK.test(at(i))) {
      i++;
      continue;
    }
    const w = word();
    const c = at(i);
    if (c !== '<' && c !== '>') {
      if (w === '' || (i < line.length && !BLANK.test(c))) return undefined; // & or any other
      words.push(w);
      continue;
    }
    // A redirection, with the word before it as its fd when that word is a number (`2>`).
    let fd: number = c === '<' ? 0 : 1;
    if (/^[0-9]+$/.test(w)) fd = Number(w);
    else if (w !== '') words.push(w);
    i++;
    let op: Redirect['op'] = c === '<' ? 'read' : 'write';
    if (c === '>' && at(i) === '>') [op, i] = ['append', i + 1];
    else if (c === '>' && at(i) === '&') [op, i] = ['dup', i + 1];
    else if (c === '<' && /[<>&]/.test(at(i))) return undefined; // here-doc, <>, <&
    if (op !== 'dup') while (BLANK.test(at(i))) i++;
    const target = word();
    if (target === '' || (i < line.length && !/[\t <>]/.test(at(i)))) return undefined;
    if (fd > 2 || (op === 'read') !== (fd === 0)) return undefined;
    if (op === 'dup' && !/^[12]$/.test(target)) return undefined; // >&-, >&file, &> ...
    redirects.push({ fd: fd as Redirect['fd'], op, target });
  }
  return { words, redirects };
}

/**
 * The words and redirections of a command line that is one simple command the shell would only
 * split on blanks, redirect and exec, as GNU make decides before it skips /bin/sh; otherwise
 * undefined. Such a line consists of words of WORD_CHAR characters separated by blanks, and
 * redirections `<`, `>`, `>>` on fds 0–2 to such a word or `N>&M` between fds 1 and 2; its first
 * word is neither a builtin nor a reserved word and holds no `=` (`NAME=value cmd` is an
 * assignment). For these lines `-e` and `pipefail` change nothing: there is one command and its
 * status is the shell's. pwsh lines always go to pwsh.
 */
export function simpleCommand(shell: ShellName, command: string): DirectCommand | undefined {
  if (shell === 'pwsh') return undefined;
  const scanned = scan(command);
  const first = scanned?.words[0];
  if (first === undefined || SHELL_WORDS.has(first) || first.includes('=')) return undefined;
  return { shell, ...(scanned as NonNullable<typeof scanned>) };
}

/** What a runner gets for one command line: the shell's argv and, when simple, its words. */
export function commandArgv(
  shell: ShellName,
  command: string,
): { argv: string[]; direct?: DirectCommand } {
  const direct = simpleCommand(shell, command);
  return { argv: shellArgv(shell, command), ...(direct ? { direct } : {}) };
}
