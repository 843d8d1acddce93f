import {
  chmodSync,
  closeSync,
  readFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directStart, openRedirects } from '../../src/adapters/local/direct-exec.js';
import { ProcessRunner } from '../../src/adapters/local/process-runner.js';
import type { ShellName } from '../../src/core/pipeline.js';
import { commandArgv, shellArgv, simpleCommand } from '../../src/engine/shell.js';
import type { CommandSpec } from '../../src/ports.js';

describe('simpleCommand: which lines run without their shell', () => {
  const direct = (line: string, shell: ShellName = 'bash') => simpleCommand(shell, line)?.words;

  it('splits a line of plain words on blanks', () => {
    expect(direct('head -q -c 100 src/s0001.txt out/s0000.txt')).toEqual([
      'head',
      '-q',
      '-c',
      '100',
      'src/s0001.txt',
      'out/s0000.txt',
    ]);
    expect(direct('  python3\ttrain.py --lr=0.1 --out=model.bin,x@y:z%+  ', 'sh')).toEqual([
      'python3',
      'train.py',
      '--lr=0.1',
      '--out=model.bin,x@y:z%+',
    ]);
    expect(direct('./scripts/prepare.sh')).toEqual(['./scripts/prepare.sh']);
  });

  it.each([
    ["echo 'quoted'", 'single quotes'],
    ['echo "quoted"', 'double quotes'],
    ['cat $FILE', 'parameter expansion'],
    ['cat `ls`', 'command substitution'],
    ['ls *.txt', 'glob *'],
    ['ls file?.txt', 'glob ?'],
    ['ls [ab].txt', 'glob []'],
    ['cp a.{txt,bak}', 'brace expansion'],
    ['ls ~', 'tilde'],
    ['ls ~/data', 'tilde path'],
    ['cat <<EOF', 'here-document'],
    ['cat <> f', 'read-write redirection'],
    ['cat <&3', 'input dup'],
    ['cmd &> f', 'both streams to a file'],
    ['cmd >& f', 'dup to a file name'],
    ['cmd >&-', 'closing an fd'],
    ['cmd 3> f', 'fd above 2'],
    ['cmd 2< f', 'read on an output fd'],
    ['cmd > ', 'redirection without a target'],
    ['> f', 'redirection without a command'],
    ['cmd >| f', 'clobber'],
    ['a; b', 'list'],
    ['a && b', 'and list'],
    ['a || b', 'or list'],
    ['a | b', 'pipe'],
    ['a &', 'background'],
    ['(a)', 'subshell'],
    ['cat a\\ b', 'backslash'],
    ['cmd # comment', 'comment'],
    ['! cmd', 'negation'],
    ['cmd\nother', 'newline'],
    ['FOO=1 cmd', 'leading assignment'],
    ['FOO=1', 'assignment alone'],
    ['cd sub', 'builtin cd'],
    ['export A', 'builtin export'],
    ['true', 'builtin true'],
    ['exit 3', 'builtin exit'],
    ['source env.sh', 'builtin source'],
    ['. env.sh', 'builtin .'],
    ['echo hi', 'builtin echo (differs from /bin/echo)'],
    ['test -f x', 'builtin test'],
    ['exec cmd', 'builtin exec'],
    ['if', 'reserved word'],
    ['time cmd', 'reserved word time'],
    ['', 'empty line'],
    ['   ', 'blanks only'],
    ['café x', 'non-ASCII'],
  ])('keeps the shell for %j (%s)', (line) => {
    expect(simpleCommand('bash', line)).toBeUndefined();
    expect(simpleCommand('sh', line)).toBeUndefined();
  });

  it('takes redirections to plain words, in order, and the word before `>` as its fd', () => {
    expect(simpleCommand('bash', 'head -q -c 100 src/a.txt out/b.txt > out/c.txt')).toEqual({
      shell: 'bash',
      words: ['head', '-q', '-c', '100', 'src/a.txt', 'out/b.txt'],
      redirects: [{ fd: 1, op: 'write', target: 'out/c.txt' }],
    });
    expect(simpleCommand('sh', 'sort<in.txt>>log 2>err.txt x2>y 2>&1 1>&2')).toEqual({
      shell: 'sh',
      words: ['sort', 'x2'],
      redirects: [
        { fd: 0, op: 'read', target: 'in.txt' },
        { fd: 1, op: 'append', target: 'log' },
        { fd: 2, op: 'write', target: 'err.txt' },
        { fd: 1, op: 'write', target: 'y' },
        { fd: 2, op: 'dup', target: '1' },
        { fd: 1, op: 'dup', target: '2' },
      ],
    });
    expect(simpleCommand('bash', '> out.txt cmd arg')?.words).toEqual(['cmd', 'arg']);
  });

  it('never for pwsh, whose words are not split like this', () => {
    expect(simpleCommand('pwsh', 'Get-Date')).toBeUndefined();
    expect(commandArgv('pwsh', 'Get-Date')).toEqual({ argv: shellArgv('pwsh', 'Get-Date') });
  });

  it('keeps the shell argv beside the words (the key and the fallback use it)', () => {
    expect(commandArgv('sh', 'touch out.txt')).toEqual({
      argv: ['sh', '-e', '-c', 'touch out.txt'],
      direct: { shell: 'sh', words: ['touch', 'out.txt'], redirects: [] },
    });
  });
});

describe('ProcessRunner: a simple command started without its shell behaves as through it', () => {
  let dir: string;
  let cwd: string;
  const runner = new ProcessRunner();

  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'reprokit-direct-')));
    cwd = join(dir, 'work');
    mkdirSync(cwd);
    symlinkSync(cwd, join(dir, 'link'));
    const script = (name: string, text: string) => {
      writeFileSync(join(cwd, name), text);
      chmodSync(join(cwd, name), 0o755);
    };
    script('with-shebang', '#!/bin/sh\necho "args: $*"; echo "to err" >&2; exit 4\n');
    // No #!: bash runs it with bash, dash with dash; exec alone would fail (ENOEXEC).
    script('no-shebang', 'echo "shell: ${BASH_VERSION:+bash}"\n');
    writeFileSync(join(cwd, 'not-executable'), '#!/bin/sh\necho no\n');
    script('spawner', '#!/bin/sh\nsleep 30 &\nsleep 30\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function run(
    shell: 'bash' | 'sh',
    line: string,
    env: Record<string, string>,
    options: { direct: boolean; signal?: AbortSignal },
  ): Promise<{ exitCode: number | null; signal: string | null; out: string; err: string }> {
    let out = '';
    let err = '';
    const { argv, direct } = commandArgv(shell, line);
    const spec: CommandSpec = {
      argv,
      ...(options.direct && direct ? { direct } : {}),
      cwd,
      env,
      signal: options.signal ?? new AbortController().signal,
      onOutput: (chunk, stream) => {
        if (stream === 'stdout') out += chunk;
        else err += chunk;
      },
    };
    const result = await runner.run(spec);
    return { exitCode: result.exitCode, signal: result.signal, out, err };
  }

  const PATH = process.env.PATH ?? '/usr/bin:/bin';
  /** Whether the runner would start the line without its shell (and open its files). */
  const can = (shell: 'bash' | 'sh', line: string, env: Record<string, string>) => {
    const direct = simpleCommand(shell, line);
    const start = direct && directStart(direct, cwd, env);
    const opened = start && openRedirects(start.redirects, cwd);
    for (const fd of opened ? opened.opened : []) closeSync(fd);
    return opened ? start : undefined;
  };
  const sortedLines = (text: string) => text.split('\n').sort().join('\n');

  const environments: Record<string, Record<string, string>> = {
    minimal: { PATH },
    'the test process': Object.fromEntries(
      Object.entries(process.env).filter(
        (e): e is [string, string] => e[1] !== undefined && !e[0].startsWith('BASH_FUNC_'),
      ),
    ),
    'PWD elsewhere, OLDPWD not a directory, SHLVL 5': {
      PATH,
      PWD: '/',
      OLDPWD: '/no/such/dir',
      SHLVL: '5',
    },
    'PWD through a symlink, OLDPWD a directory, SHLVL empty': {
      PATH,
      PWD: '', // replaced below: the symlink to cwd
      OLDPWD: '/',
      SHLVL: '',
    },
    'names that are not identifiers': { PATH, 'a.b': '1', 'x-y': '2', '1x': '3', ok_1: '4' },
  };

  for (const shell of ['bash', 'sh'] as const)
    for (const [label, base] of Object.entries(environments))
      it(`${shell}, ${label}: the program sees the same environment`, async () => {
        const env = { ...base };
        if (env.PWD === '') env.PWD = join(dir, 'link');
        const line = 'env';
        const started = directStart({ shell, words: ['env'], redirects: [] }, cwd, env);
        expect(started).toBeDefined();
        const viaShell = await run(shell, line, env, { direct: false });
        const direct = await run(shell, line, env, { direct: true });
        expect(direct.exitCode).toBe(0);
        expect(sortedLines(direct.out)).toBe(sortedLines(viaShell.out));
      });

  it.each(['bash', 'sh'] as const)(
    '%s: arguments, exit status, both streams and failures match',
    async (shell) => {
      const env = { PATH };
      const lines = [
        './with-shebang a b=c --x',
        'ls no-such-file',
        'reprokit-no-such-program-xyz arg',
        './no-such-program',
        './not-executable',
        './no-shebang',
      ];
      for (const line of lines) {
        const viaShell = await run(shell, line, env, { direct: false });
        const direct = await run(shell, line, env, { direct: true });
        expect({ line, ...direct }).toEqual({ line, ...viaShell });
      }
      // The first two started without the shell; the rest fell back to it.
      expect(can(shell, './with-shebang', env)).toBeDefined();
      expect(can(shell, 'ls no-such-file', env)).toBeDefined();
      expect(can(shell, 'reprokit-no-such-program-xyz', env)).toBeUndefined();
      expect(can(shell, './not-executable', env)).toBeUndefined();
      expect(can(shell, './no-shebang', env)).toBeUndefined();
    },
  );

  it.each(['bash', 'sh'] as const)(
    '%s: redirections leave the same files, streams and status (or fall back to the shell)',
    async (shell) => {
      const env = { PATH };
      writeFileSync(join(cwd, 'in.txt'), 'input line\n');
      const lines = [
        './with-shebang a > out.txt',
        './with-shebang a >> out.txt',
        './with-shebang b 2> err.txt',
        './with-shebang c > out.txt 2>&1',
        './with-shebang d 2>&1 > out.txt', // dup of the pipe: falls back
        'cat < in.txt',
        'head -c 5 < in.txt > out.txt',
        'cat < missing.txt', // open fails: falls back, the shell's message
        './with-shebang e > no-such-dir/out.txt',
        'reprokit-no-such-program-xyz > out.txt', // the shell creates out.txt, then fails
      ];
      const files = () =>
        ['out.txt', 'err.txt'].map((f) => {
          try {
            return readFileSync(join(cwd, f), 'utf8');
          } catch {
            return null;
          }
        });
      const clean = () =>
        ['out.txt', 'err.txt'].forEach((f) => rmSync(join(cwd, f), { force: true }));
      for (const line of lines) {
        clean();
        writeFileSync(join(cwd, 'out.txt'), 'before\n');
        const viaShell = await run(shell, line, env, { direct: false });
        const shellFiles = files();
        clean();
        writeFileSync(join(cwd, 'out.txt'), 'before\n');
        const direct = await run(shell, line, env, { direct: true });
        expect({ line, ...direct, files: files() }).toEqual({
          line,
          ...viaShell,
          files: shellFiles,
        });
      }
      // Those with a program on PATH and openable files started without the shell.
      expect(can(shell, './with-shebang c > out.txt 2>&1', env)).toBeDefined();
      expect(can(shell, 'head -c 5 < in.txt > out.txt', env)).toBeDefined();
    },
  );

  it('leaves bash to run the line when its environment asks bash to do more', () => {
    const words = { shell: 'bash' as const, words: ['env'], redirects: [] };
    expect(directStart(words, cwd, { PATH, BASH_ENV: join(cwd, 'rc') })).toBeUndefined();
    expect(directStart(words, cwd, { PATH, SHELLOPTS: 'xtrace' })).toBeUndefined();
    expect(directStart(words, cwd, { PATH, 'BASH_FUNC_env%%': '() { :; }' })).toBeUndefined();
    expect(directStart(words, cwd, { PATH, SHLVL: '999' })).toBeUndefined();
    expect(directStart(words, cwd, { PATH: 'bin:/usr/bin' })).toBeUndefined();
    expect(directStart(words, cwd, {})).toBeUndefined();
    // dash reads none of these when it is not interactive
    expect(
      directStart({ shell: 'sh', words: ['env'], redirects: [] }, cwd, { PATH, BASH_ENV: 'x' }),
    ).toBeDefined();
  });

  it('REPROKIT_DIRECT_EXEC=0 turns it off', () => {
    const saved = process.env.REPROKIT_DIRECT_EXEC;
    process.env.REPROKIT_DIRECT_EXEC = '0';
    try {
      expect(
        directStart({ shell: 'sh', words: ['env'], redirects: [] }, cwd, { PATH }),
      ).toBeUndefined();
    } finally {
      if (saved === undefined) delete process.env.REPROKIT_DIRECT_EXEC;
      else process.env.REPROKIT_DIRECT_EXEC = saved;
    }
  });

  it('an abort stops the program and everything it started (its process group)', async () => {
    const controller = new AbortController();
    const env = { PATH };
    expect(
      directStart({ shell: 'bash', words: ['./spawner'], redirects: [] }, cwd, env),
    ).toBeDefined();
    const running = run('bash', './spawner', env, { direct: true, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    // The background sleep holds the output pipe open: the run only ends once the group is gone.
    const result = await running;
    expect(result.exitCode === 0 && result.signal === null).toBe(false);
  });
});
