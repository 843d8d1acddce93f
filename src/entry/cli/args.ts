import { closest } from '../../core/suggest.js';

export type Command = 'run' | 'status' | 'dag' | 'help' | 'version';
export const COMMANDS: readonly Command[] = ['run', 'status', 'dag', 'help', 'version'];

export interface CliArgs {
  readonly command: Command;
  readonly stages: readonly string[];
  readonly directory?: string;
  readonly manifest?: string;
  readonly cacheDir?: string;
  readonly json: boolean;
  readonly force: readonly string[];
  readonly forceAll: boolean;
  readonly dryRun: boolean;
  readonly jobs?: number;
  readonly keepGoing: boolean;
  readonly restore: boolean;
  readonly noCache: boolean;
  readonly dagFormat: 'text' | 'mermaid' | 'dot' | 'json';
}

export class UsageError extends Error {}

interface FlagSpec {
  readonly takesValue: boolean;
  readonly commands: readonly Command[] | 'all';
  readonly apply: (args: Mutable<CliArgs>, value: string) => void;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const FLAGS: Record<string, FlagSpec> = {
  '-C': { takesValue: true, commands: 'all', apply: (a, v) => (a.directory = v) },
  '--directory': { takesValue: true, commands: 'all', apply: (a, v) => (a.directory = v) },
  '-f': { takesValue: true, commands: 'all', apply: (a, v) => (a.manifest = v) },
  '--manifest': { takesValue: true, commands: 'all', apply: (a, v) => (a.manifest = v) },
  '--cache-dir': { takesValue: true, commands: 'all', apply: (a, v) => (a.cacheDir = v) },
  '--json': {
    takesValue: false,
    commands: ['run', 'status', 'dag'],
    apply: (a) => ((a.json = true), (a.dagFormat = 'json')),
  },
  '--force': {
    takesValue: true,
    commands: ['run'],
    apply: (a, v) => (a.force = [...a.force, ...v.split(',').filter(Boolean)]),
  },
  '--force-all': { takesValue: false, commands: ['run'], apply: (a) => (a.forceAll = true) },
  '--dry-run': { takesValue: false, commands: ['run'], apply: (a) => (a.dryRun = true) },
  '-n': { takesValue: false, commands: ['run'], apply: (a) => (a.dryRun = true) },
  '--jobs': {
    takesValue: true,
    commands: ['run'],
    apply: (a, v) => (a.jobs = positiveInt('--jobs', v)),
  },
  '-j': { takesValue: true, commands: ['run'], apply: (a, v) => (a.jobs = positiveInt('-j', v)) },
  '--keep-going': { takesValue: false, commands: ['run'], apply: (a) => (a.keepGoing = true) },
  '-k': { takesValue: false, commands: ['run'], apply: (a) => (a.keepGoing = true) },
  '--no-restore': { takesValue: false, commands: ['run'], apply: (a) => (a.restore = false) },
  '--no-cache': {
    takesValue: false,
    commands: ['run', 'status'],
    apply: (a) => (a.noCache = true),
  },
  '--mermaid': { takesValue: false, commands: ['dag'], apply: (a) => (a.dagFormat = 'mermaid') },
  '--dot': { takesValue: false, commands: ['dag'], apply: (a) => (a.dagFormat = 'dot') },
  '--help': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'help') },
  '-h': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'help') },
  '--version': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'version') },
};

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`${flag} needs a whole number of at least 1, not "${value}"`);
  return n;
}

/** The first word that is neither an option nor an option's value (`reprokit -C dir run`). */
function commandIndex(tokens: readonly string[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === '--') return -1;
    if (!token.startsWith('-') || token === '-') return i;
    if (FLAGS[token]?.takesValue) i++;
  }
  return -1;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: Mutable<CliArgs> = {
    command: 'help',
    stages: [],
    json: false,
    force: [],
    forceAll: false,
    dryRun: false,
    keepGoing: false,
    restore: true,
    noCache: false,
    dagFormat: 'text',
  };
  const rest = [...argv];
  const at = commandIndex(rest);
  if (at >= 0) {
    const [word] = rest.splice(at, 1) as [string];
    if (!(COMMANDS as readonly string[]).includes(word)) {
      const guess = closest(word, COMMANDS);
      throw new UsageError(`unknown command "${word}"${guess ? `: did you mean "${guess}"?` : ''}`);
    }
    args.command = word as Command;
  }
  const command = args.command;
  const stages: string[] = [];
  while (rest.length > 0) {
    const token = rest.shift() as string;
    if (token === '--') {
      stages.push(...rest.splice(0));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      stages.push(token);
      continue;
    }
    const [name, inline] =
      token.startsWith('--') && token.includes('=')
        ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)]
        : [token, undefined];
    const spec = FLAGS[name as string];
    if (!spec) {
      const guess = closest(name as string, Object.keys(FLAGS));
      throw new UsageError(`unknown option ${name}${guess ? `: did you mean ${guess}?` : ''}`);
    }
    if (spec.commands !== 'all' && !spec.commands.includes(command)) {
      throw new UsageError(`${name} does not apply to "reprokit ${command}"`);
    }
    let value = inline ?? '';
    if (spec.takesValue && inline === undefined) {
      const next = rest.shift();
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      value = next;
    }
    spec.apply(args, value);
  }
  args.stages = stages;
  return args;
}

export const HELP = `reprokit: incremental, cached data pipelines

Usage: reprokit <command> [options] [STAGE...]

Commands:
  run [STAGE...]     bring the stages (default: all) and what they need up to date
  status [STAGE...]  say per stage: fresh, cached (would be restored) or stale (would run), and why
  dag                print the pipeline graph
  help, version

Options for every command:
  -C, --directory DIR   project directory (default: the current one)
  -f, --manifest FILE   manifest inside the project (default: reprokit.yml, else dvc.yaml)
      --cache-dir DIR   local cache store (default: .reprokit/cache; env REPROKIT_CACHE_DIR)

run:
      --force STAGE     run STAGE even if it is fresh (repeat, or comma-separated)
      --force-all       run every selected stage
  -n, --dry-run         show what would run, run nothing
  -j, --jobs N          run up to N stages at once (default: number of CPUs)
  -k, --keep-going      after a failure, go on with stages that do not depend on it
      --no-restore      restore only the cached outputs that stages that run read
      --no-cache        neither read nor write the cache
      --json            print the result as JSON on stdout (logs go to stderr)
status:   --json, --no-cache
dag:      --mermaid | --dot | --json

Exit codes: 0 ok, 1 a stage failed, 2 invalid manifest or usage, 130 interrupted.
`;
