import { COMMANDS, HELP, parseArgs, UsageError } from '../../src/entry/cli/args.js';

function usageError(argv: readonly string[]): string {
  try {
    parseArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`parseArgs(${JSON.stringify(argv)}) did not throw`);
}

describe('parseArgs', () => {
  it('has defaults for every option', () => {
    expect(parseArgs(['run'])).toEqual({
      command: 'run',
      stages: [],
      json: false,
      force: [],
      forceAll: false,
      dryRun: false,
      keepGoing: false,
      restore: true,
      noCache: false,
      dagFormat: 'text',
    });
  });

  it('no arguments means help', () => {
    expect(parseArgs([]).command).toBe('help');
  });

  it.each(COMMANDS)('knows the command %s', (command) => {
    expect(parseArgs([command]).command).toBe(command);
  });

  it('collects stage names in order, also after --', () => {
    expect(parseArgs(['run', 'a', 'b', '--', '-weird', 'c']).stages).toEqual([
      'a',
      'b',
      '-weird',
      'c',
    ]);
    expect(parseArgs(['status', 'x']).stages).toEqual(['x']);
  });

  it('global options take a value, separate or with =', () => {
    const a = parseArgs(['status', '-C', 'proj', '-f', 'pipe.yml', '--cache-dir', '/c']);
    expect([a.directory, a.manifest, a.cacheDir]).toEqual(['proj', 'pipe.yml', '/c']);
    const b = parseArgs(['dag', '--directory=p2', '--manifest=dvc.yaml', '--cache-dir=x']);
    expect([b.directory, b.manifest, b.cacheDir]).toEqual(['p2', 'dvc.yaml', 'x']);
  });

  it('run options', () => {
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
    expect(a).toMatchObject({
      command: 'run',
      stages: ['s'],
      force: ['a', 'b', 'c'],
      dryRun: true,
      jobs: 3,
      keepGoing: true,
      restore: false,
      noCache: true,
      json: true,
    });
    expect(
      parseArgs(['run', '--dry-run', '--jobs=8', '--keep-going', '--force-all']),
    ).toMatchObject({
      dryRun: true,
      jobs: 8,
      keepGoing: true,
      forceAll: true,
    });
  });

  it('dag formats', () => {
    expect(parseArgs(['dag']).dagFormat).toBe('text');
    expect(parseArgs(['dag', '--mermaid']).dagFormat).toBe('mermaid');
    expect(parseArgs(['dag', '--dot']).dagFormat).toBe('dot');
    expect(parseArgs(['dag', '--json'])).toMatchObject({ dagFormat: 'json', json: true });
  });

  it('--help and --version anywhere', () => {
    expect(parseArgs(['run', '--help']).command).toBe('help');
    expect(parseArgs(['status', '-h']).command).toBe('help');
    expect(parseArgs(['--version']).command).toBe('version');
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
    expect(usageError(['status', '--frobnicate-everything'])).toBe(
      'unknown option --frobnicate-everything',
    );
  });

  it('a transposed option name suggests the intended one', () => {
    expect(usageError(['run', '--jbos', '2'])).toBe('unknown option --jbos: did you mean --jobs?');
  });

  it('an option that does not apply to the command', () => {
    expect(usageError(['status', '--force', 'x'])).toBe(
      '--force does not apply to "reprokit status"',
    );
    expect(usageError(['dag', '--dry-run'])).toBe('--dry-run does not apply to "reprokit dag"');
    expect(usageError(['run', '--mermaid'])).toBe('--mermaid does not apply to "reprokit run"');
  });

  it('an option without its value', () => {
    expect(usageError(['run', '--force'])).toBe('--force needs a value');
    expect(usageError(['dag', '-C'])).toBe('-C needs a value');
  });

  it.each(['0', '-1', '1.5', 'x', ''])('--jobs %j is rejected', (value) => {
    expect(usageError(['run', '--jobs', value])).toBe(
      `--jobs needs a whole number of at least 1, not "${value}"`,
    );
  });

  it('global options before the command', () => {
    expect(parseArgs(['-C', 'proj', 'run'])).toMatchObject({
      command: 'run',
      directory: 'proj',
      stages: [],
    });
  });

  it('the help names every command and option', () => {
    for (const word of [
      'run',
      'status',
      'dag',
      '-C, --directory',
      '-f, --manifest',
      '--cache-dir',
      '--force',
      '--force-all',
      '-n, --dry-run',
      '-j, --jobs',
      '-k, --keep-going',
      '--no-restore',
      '--no-cache',
      '--json',
      '--mermaid',
      '--dot',
    ]) {
      expect(HELP).toContain(word);
    }
    expect(HELP).toContain('0 ok, 1 a stage failed, 2 invalid manifest or usage');
  });
});
