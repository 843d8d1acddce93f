import { parseArgs, UsageError } from '../../src/entry/cli/args.js';
import { commandHelp, generalHelp } from '../../src/entry/cli/help.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/entry/cli/table.js';

function usageError(argv: readonly string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`parseArgs(${JSON.stringify(argv)}) did not throw`);
}

const names = COMMANDS.map((c) => c.name);

describe('parseArgs', () => {
  it('gives the command, its operands and only the options given', () => {
    expect(parseArgs(['run'])).toEqual({ command: 'run', operands: [], values: {} });
  });

  it('no arguments means help', () => {
    expect(parseArgs([])).toEqual({ command: 'help', operands: [], values: {} });
  });

  it.each(names)('knows the command %s', (command) => {
    expect(parseArgs([command]).command).toBe(command);
  });

  it('collects operands in order; `--` ends options', () => {
    expect(parseArgs(['run', 'a', 'b', '--', '-weird', '--json']).operands).toEqual([
      'a',
      'b',
      '-weird',
      '--json',
    ]);
    expect(parseArgs(['run', '--', '-n']).values).toEqual({});
    expect(parseArgs(['status', 'x']).operands).toEqual(['x']);
  });

  it('global options take a value, separate or with =', () => {
    const a = parseArgs(['status', '-C', 'proj', '-f', 'pipe.yml', '--cache-dir', '/c']);
    expect(a.values).toEqual({ directory: 'proj', manifest: 'pipe.yml', 'cache-dir': '/c' });
    const b = parseArgs(['dag', '--directory=p2', '--manifest=dvc.yaml', '--cache-dir=x']);
    expect(b.values).toEqual({ directory: 'p2', manifest: 'dvc.yaml', 'cache-dir': 'x' });
    expect(parseArgs(['-Cproj', 'run']).values).toEqual({ directory: 'proj' });
  });

  it('run options, long and short', () => {
    const a = parseArgs([
      'run',
      's',
      '--force',
      'a,b',
      '--force',
      'c',
      '-n',
      '-j',
      '3',
      '-k',
      '--no-restore',
      '--no-cache',
      '--json',
    ]);
    expect(a).toEqual({
      command: 'run',
      operands: ['s'],
      values: {
        force: ['a', 'b', 'c'],
        'dry-run': true,
        jobs: 3,
        'keep-going': true,
        'no-restore': true,
        'no-cache': true,
        json: true,
      },
    });
  });

  it('combined short flags, as make users type them', () => {
    expect(parseArgs(['run', '-j4']).values).toEqual({ jobs: 4 });
    expect(parseArgs(['run', '-nk']).values).toEqual({ 'dry-run': true, 'keep-going': true });
    expect(parseArgs(['run', '-nkj2']).values).toEqual({
      'dry-run': true,
      'keep-going': true,
      jobs: 2,
    });
  });

  it('--switch=value: yes/no words are read, anything else is an error', () => {
    expect(parseArgs(['run', '--dry-run=false']).values).toEqual({ 'dry-run': false });
    expect(parseArgs(['run', '--dry-run=true']).values).toEqual({ 'dry-run': true });
    expect(parseArgs(['run', '-n', '--dry-run=no']).values).toEqual({ 'dry-run': false });
    expect(usageError(['run', '--dry-run=maybe'])).toBe(
      '--dry-run is a switch: write --dry-run or --dry-run=false, not --dry-run=maybe',
    );
  });

  it('an option is never taken as the value of the option before it', () => {
    expect(usageError(['run', '--force', '--dry-run'])).toBe(
      '--force needs a value (STAGE) before --dry-run; a value that starts with "-" is written --force=--dry-run',
    );
    expect(parseArgs(['run', '--force=-odd']).values).toEqual({ force: ['-odd'] });
  });

  it('--help and --version anywhere', () => {
    expect(parseArgs(['run', '--help'])).toEqual({
      command: 'help',
      operands: ['run'],
      values: { help: true },
    });
    expect(parseArgs(['status', '-h']).operands).toEqual(['status']);
    expect(parseArgs(['--help']).operands).toEqual([]);
    expect(parseArgs(['--version']).command).toBe('version');
    expect(parseArgs(['gc', '--version']).command).toBe('version');
  });

  it('an unknown command, with "did you mean"', () => {
    expect(usageError(['rnu'])).toBe('unknown command "rnu": did you mean "run"?');
    expect(usageError(['stats'])).toBe('unknown command "stats": did you mean "status"?');
    expect(usageError(['frobnicate'])).toBe('unknown command "frobnicate"');
  });

  it('an unknown option, with "did you mean"', () => {
    expect(usageError(['run', '--keep-goin'])).toBe(
      'unknown option --keep-goin: did you mean --keep-going?',
    );
    expect(usageError(['run', '--dryrun'])).toBe(
      'unknown option --dryrun: did you mean --dry-run?',
    );
    expect(usageError(['run', '--jbos', '2'])).toBe('unknown option --jbos: did you mean --jobs?');
    expect(usageError(['status', '--frobnicate-everything'])).toBe(
      'unknown option --frobnicate-everything',
    );
    expect(usageError(['run', '-x'])).toBe('unknown option -x');
  });

  it('an option of another command says whose it is', () => {
    expect(usageError(['status', '--force', 'x'])).toBe(
      '--force does not apply to "reprokit status" (it is an option of "reprokit run", "reprokit plan", "reprokit init")',
    );
    expect(usageError(['dag', '--dry-run'])).toBe(
      '--dry-run does not apply to "reprokit dag" (it is an option of "reprokit run", "reprokit gc")',
    );
  });

  it('an option without its value', () => {
    expect(usageError(['run', '--force'])).toBe('--force needs a value');
    expect(usageError(['dag', '-C'])).toBe('-C needs a value');
  });

  it.each(['0', '-1', '1.5', 'x', ''])('--jobs=%j is rejected', (value) => {
    expect(usageError(['run', `--jobs=${value}`])).toBe(
      `--jobs needs a whole number of at least 1, not "${value}"`,
    );
  });

  it('operands for a command that takes none', () => {
    expect(usageError(['dag', 'x'])).toBe('"reprokit dag" takes no operand, got "x"');
  });

  it('global options before the command', () => {
    expect(parseArgs(['-C', 'proj', 'run'])).toEqual({
      command: 'run',
      operands: [],
      values: { directory: 'proj' },
    });
  });
});

describe('the command table', () => {
  const all = (c: (typeof COMMANDS)[number]) => [...GLOBAL_OPTIONS, ...c.options];

  it.each(names)('%s: option names and letters are unique, values have placeholders', (name) => {
    const spec = COMMANDS.find((c) => c.name === name);
    const options = all(spec!);
    expect(new Set(options.map((o) => o.name)).size).toBe(options.length);
    const letters = options.flatMap((o) => (o.short ? [o.short] : []));
    expect(new Set(letters).size).toBe(letters.length);
    for (const o of options) {
      if (o.type !== 'switch') expect(o.value).toMatch(/^[A-Z]+$/);
      else expect(o.value).toBeUndefined();
    }
  });

  it('help lists every command and option; per-command help its own', () => {
    const general = generalHelp();
    for (const c of COMMANDS) expect(general).toContain(`  ${c.name}`);
    for (const o of GLOBAL_OPTIONS) expect(general).toContain(`--${o.name}`);
    for (const c of COMMANDS) {
      const help = commandHelp(c);
      expect(help).toContain(`Usage: reprokit ${c.name}`);
      for (const o of c.options) expect(help).toContain(`--${o.name}`);
    }
    expect(general).toContain('3 internal error');
  });
});
