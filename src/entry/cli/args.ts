import { closest } from '../../core/suggest.js';

export type Command = 'run' | 'status' | 'plan' | 'dag' | 'init' | 'help' | 'version';
export const COMMANDS: readonly Command[] = [
  'run',
  'status',
  'plan',
  'dag',
  'init',
  'help',
  'version',
];

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
  /** plan: wave jobs of the workflow, and parallel groups per wave (src/core/fanout.ts). */
  readonly maxWaves?: number;
  readonly maxGroups?: number;
  /** plan: read the GitHub Actions cache (inside a workflow run) instead of the local one. */
  readonly actionsCache?: boolean;
  readonly cacheSalt?: string;
  /** plan: write the JSON document to this file instead of standard output. */
  readonly output?: string;
  /** init: the template to write, and whether existing files may be overwritten. */
  readonly template?: string;
  readonly overwrite?: boolean;
  /** run: write dvc.lock (schema 2.0) after the run, for dvc.yaml projects. */
  readonly writeDvcLock?: boolean;
  /** run: when another run holds the project lock, exit at once instead of waiting. */
  readonly noWait?: boolean;
}

export class UsageError extends Error {}

interface FlagSpec {
  readonly takesValue: boolean;
  /** Commands for which the flag is a switch although it takes a value elsewhere. */
  readonly noValueFor?: readonly Command[];
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
    commands: ['run', 'status', 'plan', 'dag', 'init'],
    apply: (a) => ((a.json = true), (a.dagFormat = 'json')),
  },
  '--force': {
    takesValue: true,
    // init --force (overwrite) takes no value
    noValueFor: ['init'],
    commands: ['run', 'plan', 'init'],
    apply: (a, v) =>
      a.command === 'init'
        ? (a.overwrite = true)
        : (a.force = [...a.force, ...v.split(',').filter(Boolean)]),
  },
  '--template': { takesValue: true, commands: ['init'], apply: (a, v) => (a.template = v) },
  '-t': { takesValue: true, commands: ['init'], apply: (a, v) => (a.template = v) },
  '--max-waves': {
    takesValue: true,
    commands: ['plan'],
    apply: (a, v) => (a.maxWaves = positiveInt('--max-waves', v)),
  },
  '--max-groups': {
    takesValue: true,
    commands: ['plan'],
    apply: (a, v) => (a.maxGroups = positiveInt('--max-groups', v)),
  },
  '--actions-cache': {
    takesValue: false,
    commands: ['plan'],
    apply: (a) => (a.actionsCache = true),
  },
  '--cache-salt': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.cacheSalt = v) },
  '--output': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.output = v) },
  '-o': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.output = v) },
  '--force-all': { takesValue: false, commands: ['run'], apply: (a) => (a.forceAll = true) },
  '--write-dvc-lock': {
    takesValue: false,
    commands: ['run'],
    apply: (a) => (a.writeDvcLock = true),
  },
  '--no-wait': { takesValue: false, commands: ['run'], apply: (a) => (a.noWait = true) },
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
    commands: ['run', 'status', 'plan'],
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
    if (spec.takesValue && !spec.noValueFor?.includes(command) && inline === undefined) {
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
  plan [STAGE...]    status, plus the stale stages grouped into waves for parallel CI jobs
  dag                print the pipeline graph
  init               write a starter manifest and workflow into the project (see templates/)
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
      --write-dvc-lock  dvc.yaml projects: write dvc.lock (DVC's md5 hashes) after the run
      --no-wait         if another run holds the project (.reprokit/lock), exit 75 at once
                        instead of waiting for it
status:   --json, --no-cache
plan:     --json, --no-cache, --force STAGE
      --max-waves N     wave jobs in the workflow (default 4); deeper waves merge into the last
      --max-groups N    parallel jobs per wave (default 4)
      --actions-cache   read the GitHub Actions cache (in a workflow, with the runtime token)
      --cache-salt S    the action's cache-salt, with --actions-cache
  -o, --output FILE     write the JSON to FILE (the cache client logs to standard output)
init:
  -t, --template NAME   python (default), r, snakemake, make, quarto, scheduled
      --json            print what was written as JSON
      --force           overwrite files that exist
dag:      --mermaid | --dot | --json

Exit codes: 0 ok, 1 a stage failed, 2 invalid manifest or usage, 75 another run holds the
project (run --no-wait), 130 interrupted. One run at a time per project: a second run waits.
`;
