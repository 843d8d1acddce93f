import type { CommandSpec, OptionSpec } from './spec.js';

/**
 * Every command and option of the CLI. To add a command: write `commands/<name>.ts` exporting
 * `run(args, io): Promise<number>`, and add one entry to COMMANDS below (its options as data).
 * Help, docs/cli.md's reference (`npm run docs:cli`) and the parser follow from this table.
 * This module is on the no-op fast path: it may import nothing but types.
 */

export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'directory',
    short: 'C',
    type: 'string',
    value: 'DIR',
    help: 'project directory (default: the current one)',
  },
  {
    name: 'manifest',
    short: 'f',
    type: 'string',
    value: 'FILE',
    help: 'manifest inside the project (default: reprokit.yml, reprokit.yaml, else dvc.yaml)',
  },
  {
    name: 'cache-dir',
    type: 'string',
    value: 'DIR',
    help: 'local cache store (default: .reprokit/cache; env REPROKIT_CACHE_DIR)',
  },
  { name: 'help', short: 'h', type: 'switch', help: 'print help (for a command: its options)' },
  { name: 'version', type: 'switch', help: 'print the version' },
];

const json = (what: string): OptionSpec => ({ name: 'json', type: 'switch', help: what });
const noCache: OptionSpec = {
  name: 'no-cache',
  type: 'switch',
  help: 'neither read nor write the cache',
};

/** The team cache on S3-compatible storage (docs/remote-cache.md). */
const remoteOptions: readonly OptionSpec[] = [
  {
    name: 'remote',
    type: 'string',
    value: 'URL',
    help: 'team cache, s3://bucket/prefix (env REPROKIT_REMOTE; manifest cache.remote; none: off)',
  },
  {
    name: 'remote-write',
    type: 'switch',
    help: 'save to the remote (default, except pull requests from forks)',
  },
  { name: 'no-remote-write', type: 'switch', help: 'only read from the remote' },
  {
    name: 'remote-endpoint',
    type: 'string',
    value: 'URL',
    help: 'S3-compatible endpoint (MinIO, R2); default AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL',
  },
];

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'run',
    operands: '[STAGE...]',
    takesOperands: true,
    summary: 'bring the stages (default: all) and what they need up to date',
    description:
      'Stale stages run in topological order, independent ones in parallel; stages whose\n' +
      'result is in the cache are restored instead of run.',
    options: [
      {
        name: 'force',
        type: 'list',
        value: 'STAGE',
        help: 'run STAGE even if it is fresh (repeat, or comma-separated)',
      },
      { name: 'force-all', type: 'switch', help: 'run every selected stage' },
      { name: 'dry-run', short: 'n', type: 'switch', help: 'show what would run, run nothing' },
      {
        name: 'jobs',
        short: 'j',
        type: 'count',
        value: 'N',
        help: 'run up to N stages at once (default: number of CPUs)',
      },
      {
        name: 'keep-going',
        short: 'k',
        type: 'switch',
        help: 'after a failure, go on with stages that do not depend on it',
      },
      {
        name: 'no-restore',
        type: 'switch',
        help: 'restore only the cached outputs that stages that run read',
      },
      noCache,
      ...remoteOptions,
      json('print the result as JSON on stdout (logs go to stderr)'),
      {
        name: 'write-dvc-lock',
        type: 'switch',
        help: 'dvc.yaml projects: write dvc.lock (DVC md5 hashes) after the run',
      },
      {
        name: 'no-wait',
        type: 'switch',
        help: 'if another run holds the project (.reprokit/lock), exit 75 at once',
      },
    ],
    load: () => import('./commands/run.js'),
  },
  {
    name: 'status',
    operands: '[STAGE...]',
    takesOperands: true,
    summary: 'say per stage: fresh, cached (would be restored) or stale (would run), and why',
    description: 'Runs and restores nothing.',
    options: [
      json('print the statuses as JSON on stdout'),
      noCache,
      ...remoteOptions,
      {
        name: 'exit-code',
        type: 'switch',
        help: 'exit 1 when a stage is stale or cached (a CI gate, like git diff --exit-code)',
      },
    ],
    load: () => import('./commands/status.js'),
  },
  {
    name: 'plan',
    operands: '[STAGE...]',
    takesOperands: true,
    summary: 'status, plus the stale stages grouped into waves for parallel CI jobs',
    options: [
      json('print the plan as JSON (read by the reusable workflow)'),
      noCache,
      { name: 'force', type: 'list', value: 'STAGE', help: 'plan STAGE as stale' },
      {
        name: 'max-waves',
        type: 'count',
        value: 'N',
        help: 'wave jobs in the workflow (default 4); deeper waves merge into the last',
      },
      {
        name: 'max-groups',
        type: 'count',
        value: 'N',
        help: 'parallel jobs per wave (default 4)',
      },
      {
        name: 'actions-cache',
        type: 'switch',
        help: 'read the GitHub Actions cache (in a workflow, with the runtime token)',
      },
      {
        name: 'cache-salt',
        type: 'string',
        value: 'S',
        help: "the action's cache-salt, with --actions-cache",
      },
      {
        name: 'output',
        short: 'o',
        type: 'string',
        value: 'FILE',
        help: 'write the result to FILE instead of standard output',
      },
    ],
    load: () => import('./commands/plan.js'),
  },
  {
    name: 'dag',
    operands: '',
    takesOperands: false,
    summary: 'print the pipeline graph',
    options: [
      { name: 'mermaid', type: 'switch', help: 'as a Mermaid flowchart' },
      { name: 'dot', type: 'switch', help: 'as Graphviz dot' },
      json('as JSON'),
    ],
    load: () => import('./commands/dag.js'),
  },
  {
    name: 'metrics',
    operands: 'show | diff [REV]',
    takesOperands: true,
    summary: "show the workspace's metrics, or compare them with a git revision or the last run",
    description:
      'show: every metrics file the manifest declares, flattened to dotted names.\n' +
      'diff REV: the same files as committed at the git revision REV (git show REV:path);\n' +
      'diff without REV: the values recorded by the last run. The table is the one the pull\n' +
      'request comment shows.',
    options: [json('print the rows as JSON')],
    load: () => import('./commands/metrics.js'),
  },
  {
    name: 'plots',
    operands: 'show | diff [REV]',
    takesOperands: true,
    summary:
      'draw the declared plots as an HTML page, alone or against a git revision or the last run',
    description:
      'show: every plot the manifest declares (top-level plots: and stage plots outputs), drawn\n' +
      'from the workspace files. diff REV: the same files as committed at the git revision REV\n' +
      'drawn in the same charts; diff without REV: against the rows the last run recorded.\n' +
      'Writes one self-contained page (SVG, no scripts; opens offline) and prints its path.',
    options: [
      {
        name: 'out',
        short: 'o',
        type: 'string',
        value: 'DIR',
        help: 'directory for index.html (default: .reprokit/plots in the project)',
      },
    ],
    load: () => import('./commands/plots.js'),
  },
  {
    name: 'gc',
    operands: '',
    takesOperands: false,
    summary: 'delete what the local cache holds that nothing needs any more',
    description:
      "Keeps the entries the current manifest's stages are recorded with, plus those of the\n" +
      'last N runs. Safe while another run is going: nothing newer than the start of gc is\n' +
      'deleted.',
    options: [
      {
        name: 'keep-last',
        type: 'count',
        value: 'N',
        help: 'also keep the entries of the last N runs (default 1)',
      },
      { name: 'dry-run', short: 'n', type: 'switch', help: 'say what would be deleted' },
      json('print what was deleted as JSON'),
      ...remoteOptions,
      {
        name: 'delete',
        type: 'switch',
        help: 'with --remote: really delete (a remote gc is a dry run by default)',
      },
      {
        name: 'keep-days',
        type: 'count',
        min: 0,
        value: 'N',
        help: 'with --remote: keep entries younger than N days (default 30)',
      },
    ],
    load: () => import('./commands/gc.js'),
  },
  {
    name: 'push',
    operands: '[STAGE...]',
    takesOperands: true,
    summary: 'upload what the stages need from the local cache to the remote cache',
    options: [...remoteOptions],
    load: () => import('./commands/remote-transfer.js'),
  },
  {
    name: 'pull',
    operands: '[STAGE...]',
    takesOperands: true,
    summary: 'download what the stages need from the remote cache into the local one',
    options: [...remoteOptions],
    load: () => import('./commands/remote-transfer.js'),
  },
  {
    name: 'init',
    operands: '',
    takesOperands: false,
    summary: 'write a starter manifest and workflow into the project (see templates/)',
    description: 'Writes the files that do not exist yet and lists the ones it skipped.',
    options: [
      {
        name: 'template',
        short: 't',
        type: 'string',
        value: 'NAME',
        help: 'python (default), r, snakemake, make, quarto, scheduled, container',
      },
      json('print what was written as JSON'),
      { name: 'force', type: 'switch', help: 'overwrite files that exist' },
    ],
    load: () => import('./commands/init.js'),
  },
  {
    name: 'help',
    operands: '[COMMAND]',
    takesOperands: true,
    summary: 'print help (for a command: its options)',
    options: [],
    load: () => import('./commands/help.js'),
  },
  {
    name: 'version',
    operands: '',
    takesOperands: false,
    summary: 'print the version',
    options: [],
    load: () => import('./commands/version.js'),
  },
];

export function commandNamed(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
