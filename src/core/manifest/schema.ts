/**
 * The grammar of reprokit.yml, in one place. The JSON schema for editors
 * (schema/reprokit.schema.json, written by `npm run schema`) is generated from it, and the
 * validator (reprokit.ts) takes its keys, enums and name patterns from it, so the two cannot
 * disagree on what is allowed where. __tests__/manifest/schema-corpus.test.ts runs a corpus of
 * manifests through both and demands the same verdict.
 *
 * Adding a field: add it to the `properties` below (type, description); the validator then
 * accepts the key and reports it unknown nowhere; read its value in reprokit.ts; run
 * `npm run schema` and commit the schema. Rules that a JSON schema cannot express (paths that
 * leave the project, names of other stages, overlapping outputs) are stated in descriptions.
 */

import { PLOT_TEMPLATES } from '../plots/types.js';

/** The subset of JSON Schema (draft-07) used here. */
export interface JsonSchema {
  readonly $schema?: string;
  readonly $ref?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly required?: readonly string[];
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly minimum?: number;
  readonly minLength?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  readonly oneOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly not?: JsonSchema;
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
  readonly definitions?: Readonly<Record<string, JsonSchema>>;
}

import { DURATION_PATTERN } from '../duration.js';

/** Stage names: what `needs`, the CLI and cache keys can carry safely. */
export const STAGE_NAME_PATTERN = '^[A-Za-z0-9_.-]+$';
/** Environment variable names. */
export const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Artifact names. */
export const ARTIFACT_NAME_PATTERN = '^[A-Za-z0-9_.-]+$';
export const SHELLS = ['bash', 'sh', 'pwsh'] as const;

/** Not absolute (`/x`, `\x`, `C:\x`). */
const NOT_ABSOLUTE = '(?![/\\\\])(?![A-Za-z]:[/\\\\])';
/** Not starting by leaving the root (`..`, `../x`). */
const NOT_LEAVING = '(?!\\.\\.([/\\\\]|$))';
/** Some character that is not white space. */
const NOT_BLANK = '\\S';

const ref = (name: string): JsonSchema => ({ $ref: `#/definitions/${name}` });
const oneOrMany = (item: JsonSchema, description?: string): JsonSchema => ({
  ...(description ? { description } : {}),
  oneOf: [item, { type: 'array', items: item }],
});

const OUTS_RULES =
  'Rules checked when the manifest is loaded (a JSON schema cannot express them): the path must stay inside the project (`..` may not leave it, no symlink out of it); two stages may not declare the same output, nor one output inside another; a stage may not read its own output.';

const outputOptions = (what: string): JsonSchema => ({
  type: 'object',
  description: `${what} with options.`,
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: {
      ...ref('outputPath'),
      description: `Path of the ${what === 'Output' ? 'output' : 'metrics file'}: a file, or a directory (trailing / optional), relative to the stage's wdir. Not a glob.`,
    },
    cache: {
      type: 'boolean',
      default: true,
      description:
        'Store this output in the cache so it can be restored without re-running (default true). false: still tracked (its content feeds downstream keys and freshness) but never stored or restored; for large or cheap-to-rebuild files.',
    },
    persist: {
      type: 'boolean',
      default: false,
      description:
        "Keep this output when the stage re-runs instead of deleting it first (default false): for commands that update a file or directory in place (an append-only log, a checkpoint directory, R targets' `_targets/`, `.snakemake/`, Quarto's `_freeze/`). When it is missing (a fresh checkout, CI), its latest recorded version is restored from the cache before the stage runs, so such tools work incrementally there too.",
    },
  },
});

const outputList = (what: 'Output' | 'Metrics file', description: string): JsonSchema => ({
  description,
  oneOf: [
    ref('outputPath'),
    { type: 'array', items: { oneOf: [ref('outputPath'), outputOptions(what)] } },
  ],
});

/**
 * A container image reference: `[registry[:port]/]name[:tag][@sha256:<64 hex>]`. Never starting
 * with `-`, so it cannot be read as a docker option.
 */
export const IMAGE_PATTERN =
  '^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9._-]+)?(/[A-Za-z0-9._/-]+(:[A-Za-z0-9._-]+)?)?(@sha256:[a-f0-9]{64})?$';

const DURATION_TEXT =
  'A duration: `90s`, `10m`, `2h`, `1h30m` (h, m, s in that order), or a number of seconds.';

/** Time limits and retries: per stage, and as `defaults:` for every stage (read by runtime.ts). */
const RUNTIME_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  timeout: {
    ...ref('duration'),
    description: `How long one attempt of the stage's commands may run; then its whole process group gets SIGTERM, and SIGKILL 5 s later, and the attempt fails ("timed out after 10m"). ${DURATION_TEXT} A timeout of 0 is refused (every attempt would fail). Default: no limit. Not part of the stage key.`,
    examples: ['10m', '1h30m', 90],
  },
  retries: {
    type: 'integer',
    minimum: 0,
    default: 0,
    description:
      'Extra attempts after a failed one (a non-zero exit, a kill, a timeout, a declared output not written): 2 means up to 3 attempts. Outputs of a failed attempt are deleted before the next and never cached. Not part of the stage key.',
  },
  retry_delay: {
    ...ref('duration'),
    default: '1s',
    description: `The wait before each extra attempt, the same every time (no backoff). ${DURATION_TEXT} Default 1s. Not part of the stage key.`,
  },
};

/** How a plot is drawn (DVC's option names); read by core/plots/definitions.ts. */
const PLOT_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  template: {
    type: 'string',
    enum: PLOT_TEMPLATES,
    default: 'linear',
    description:
      "DVC's template name. linear, simple, smooth and scatter are drawn as lines (scatter as points in the HTML page), bar_horizontal(_sorted) as bars, confusion(_normalized) as a matrix table with changes against the base.",
  },
  x: {
    description:
      'The x field (`epoch`), or `{file: field}` to take it from another file. Default: the row number (`step`).',
    oneOf: [
      { type: ['string', 'number'] },
      { type: 'object', minProperties: 1, additionalProperties: { type: ['string', 'number'] } },
    ],
  },
  y: {
    description:
      'The y field or fields; for a named plot, `{file: field or [fields]}` naming the data files. Default: the last field of the file.',
    oneOf: [
      { type: ['string', 'number'] },
      { type: 'array', items: { type: ['string', 'number'] } },
      {
        type: 'object',
        minProperties: 1,
        additionalProperties: {
          oneOf: [
            { type: ['string', 'number', 'null'] },
            { type: 'array', items: { type: ['string', 'number'] } },
          ],
        },
      },
    ],
  },
  title: { type: 'string', description: 'Chart title (default: the file or plot name).' },
  x_label: { type: 'string', description: 'x axis label (default: the x field).' },
  y_label: { type: 'string', description: 'y axis label (default: the y field).' },
  header: {
    type: 'boolean',
    description: 'Accepted for DVC compatibility; CSV/TSV files must have a header row.',
  },
};

const plotOutput: JsonSchema = {
  type: 'object',
  description: 'A plots file with options.',
  additionalProperties: false,
  required: ['path'],
  properties: { ...(outputOptions('Output').properties ?? {}), ...PLOT_PROPERTIES },
};

/** Keys of a stage, in the order the docs list them. */
const STAGE_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  desc: {
    type: 'string',
    description:
      'What the stage does, for people (shown by `reprokit dag` and `status`). Not part of the stage key.',
  },
  cmd: {
    description:
      'The command line, or a list of command lines run one after the other (the stage fails at the first that fails). Runs in `wdir` with `shell`. Part of the stage key. An empty command is an error: a stage that does nothing would always "succeed".',
    oneOf: [
      { type: 'string', pattern: NOT_BLANK, description: 'One command line.' },
      {
        type: 'array',
        minItems: 1,
        items: { type: 'string', pattern: NOT_BLANK },
        description: 'Command lines run in sequence; the stage stops at the first failure.',
      },
    ],
  },
  wdir: {
    type: 'string',
    minLength: 1,
    pattern: `^${NOT_ABSOLUTE}${NOT_LEAVING}`,
    description:
      "Working directory of `cmd`, relative to the project root; this stage's deps, outs, metrics and params files are relative to it too. Default: the project root (.). Part of the stage key.",
    default: '.',
  },
  env: {
    ...ref('env'),
    description:
      'Environment variables for this stage, overlaid on the global `env`. Part of the stage key.',
  },
  shell: {
    type: 'string',
    enum: SHELLS,
    default: 'bash',
    description:
      'Shell that runs `cmd`: bash (default: bash --noprofile --norc -e -o pipefail -c), sh (sh -e -c) or pwsh (pwsh -NoProfile -NonInteractive -Command). Part of the stage key.',
  },
  deps: oneOrMany(
    ref('dep'),
    "Files, directories and globs the command reads; their content is part of the stage key. `!pattern` leaves matching files out of the glob and directory deps. A dep that is, contains or lies inside another stage's output makes that stage run first; any other dep must exist, and a glob must match at least one file unless written `{path: pattern, optional: true}`. Checked when loading (not expressible here): paths may not leave the project.",
  ),
  params: {
    description:
      'Params the command reads. List items: a dotted key of the default params file (`train.lr`), `{file.yaml: [keys]}`, `{file.yaml: key}`, or `{file.yaml: null}` for a whole file. A single key or a single mapping `{file.yaml: [keys]}` is accepted instead of a list. Only the selected values are part of the stage key. Checked when loading (not expressible here): the params file and every key must exist.',
    oneOf: [
      ref('paramKey'),
      { type: 'array', items: { oneOf: [ref('paramKey'), ref('paramsFromFile')] } },
      ref('paramsFromFile'),
    ],
  },
  outs: outputList(
    'Output',
    `Files or directories the command writes. Deleted before the command runs (unless persist), required to exist after it, stored in the cache (unless cache: false). Declared outs and their options are part of the stage key. ${OUTS_RULES}`,
  ),
  metrics: outputList(
    'Metrics file',
    `Outputs that are metrics files (JSON or YAML), shown and compared between runs. Same forms and options as \`outs\` (do not list them in \`outs\` too). ${OUTS_RULES}`,
  ),
  plots: {
    description: `Outputs that are plots data (CSV, TSV, JSON or YAML rows) or images (PNG, SVG, JPEG, GIF), drawn in the job summary, the pull-request comment (base vs this PR) and \`reprokit plots\`. Same options as \`outs\` plus how to draw them (template, x, y, title, x_label, y_label). ${OUTS_RULES}`,
    oneOf: [
      ref('outputPath'),
      { type: 'array', items: { oneOf: [ref('outputPath'), plotOutput] } },
    ],
  },
  needs: oneOrMany(
    ref('stageName'),
    'Stages that must finish before this one although no declared file connects them (e.g. one that loads a database this stage queries). Part of the stage key. Checked when loading (not expressible here): each must name a stage of this manifest, and the stages may not form a cycle.',
  ),
  always_run: {
    type: 'boolean',
    default: false,
    description:
      'Never fresh: the stage runs on every `reprokit run` (e.g. a download of data that changes upstream). Downstream stages still re-run only if its outputs change.',
  },
  frozen: {
    type: 'boolean',
    default: false,
    description:
      'Never re-run: the recorded outputs are used as they are, even if deps or params changed (e.g. an expensive training run you want to keep).',
  },
  ...RUNTIME_PROPERTIES,
  image: {
    type: 'string',
    pattern: IMAGE_PATTERN,
    description:
      "Container image the commands run in, through `docker run --rm` (workspace mounted at the same path, working directory kept, your user id, network on; only the manifest's env is passed in). A tag (`python:3.12-slim`) or, for reproducible keys, a digest (`python@sha256:…`). The image's digest (else the reference as written) is part of the stage key. See docs/manifest.md#containers.",
    examples: [
      'python:3.12-slim',
      'ghcr.io/org/train@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    ],
  },
};

const PUBLISH_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  pages: {
    ...ref('rootPath'),
    description:
      'A directory (usually a stage output containing index.html) to deploy to GitHub Pages, relative to the project root.',
    examples: ['site', 'site/'],
  },
  artifacts: {
    type: 'object',
    description:
      'Artifacts to upload, by name (letters, digits, `_`, `.`, `-`): a path or a list of paths relative to the project root, e.g. {report: site/, data: [data/agg/, metrics.json]}.',
    propertyNames: { pattern: ARTIFACT_NAME_PATTERN },
    additionalProperties: oneOrMany(
      ref('rootPath'),
      'A path, or a list of paths, making up this artifact.',
    ),
  },
};

/** The team cache (docs/remote-cache.md); read by cache-settings.ts. */
const CACHE_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  remote: {
    type: 'string',
    pattern: '^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$',
    description:
      "Where the remote cache lives, s3://bucket/prefix. The CLI's --remote, the action's remote input and the REPROKIT_REMOTE variable override it.",
    examples: ['s3://my-team-cache/reprokit'],
  },
  endpoint: {
    type: 'string',
    pattern: '^https?://',
    description:
      "An S3-compatible store's URL (MinIO, Cloudflare R2, Ceph RGW); path-style addressing is used with it. AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL work too.",
  },
  region: {
    type: 'string',
    description:
      "The bucket's region (default: AWS_REGION, else us-east-1 with redirects followed).",
  },
};

const TOP_PROPERTIES: Readonly<Record<string, JsonSchema>> = {
  params: {
    ...ref('rootPath'),
    description:
      "Default params file (YAML or JSON), relative to the project root. The dotted keys in a stage's `params` list are looked up in this file. Default: params.yaml.",
    default: 'params.yaml',
    examples: ['params.yaml', 'config/params.json'],
  },
  env: {
    ...ref('env'),
    description:
      "Environment variables for every stage (a stage's own `env` overlays these), e.g. {LC_ALL: C, TZ: UTC}. Part of every stage key: changing a value re-runs every stage. Variables inherited from your shell (PATH, HOME, ...) are passed through but are not part of any key.",
  },
  stages: {
    type: 'object',
    description:
      'The stages, by name (letters, digits, `_`, `.`, `-`). Their order in the file does not matter: dependencies come from deps, outs and needs; file order only breaks ties between independent stages in listings.',
    propertyNames: ref('stageName'),
    additionalProperties: ref('stage'),
  },
  publish: {
    type: 'object',
    description:
      'What to publish after a run (GitHub Pages, workflow artifacts). Each path must be a stage output, inside one, or an existing file or directory (checked when loading).',
    additionalProperties: false,
    properties: PUBLISH_PROPERTIES,
  },
  defaults: {
    type: 'object',
    description:
      'Defaults for every stage: `timeout`, `retries`, `retry_delay`. A stage that sets its own value overrides the default.',
    additionalProperties: false,
    properties: RUNTIME_PROPERTIES,
  },
  plots: {
    type: 'array',
    description:
      "Plots to draw (DVC's top-level `plots:` forms): a data file or image path relative to the project root, `{path: {options}}`, or a named plot `{Name: {x: field, y: {file.csv: field}}}` comparing several files. Files are usually stage outputs; their rows are recorded with the stage so the pull-request comment compares them with the base branch without downloads.",
    items: {
      oneOf: [
        ref('rootPath'),
        {
          type: 'object',
          minProperties: 1,
          maxProperties: 1,
          additionalProperties: {
            oneOf: [
              { type: 'null' },
              { type: 'object', additionalProperties: false, properties: PLOT_PROPERTIES },
            ],
          },
        },
      ],
    },
  },
  cache: {
    type: 'object',
    description:
      'Team cache shared by laptops and CI on S3-compatible object storage (docs/remote-cache.md).',
    additionalProperties: false,
    properties: CACHE_PROPERTIES,
  },
};

const DEP_OPTIONS: Readonly<Record<string, JsonSchema>> = {
  path: ref('depPath'),
  optional: {
    type: 'boolean',
    default: false,
    description:
      'true: the glob may match no file (the stage then runs without it); otherwise matching nothing is an error naming the pattern and the stage. Only for globs.',
  },
};

const DEFINITIONS: Readonly<Record<string, JsonSchema>> = {
  rootPath: {
    type: 'string',
    minLength: 1,
    pattern: `^${NOT_ABSOLUTE}${NOT_LEAVING}`,
    description:
      'A path relative to the project root, with / separators. Absolute paths and paths leaving the project (../) are errors.',
  },
  outputPath: {
    type: 'string',
    minLength: 1,
    pattern: `^${NOT_ABSOLUTE}(?!.*\\{[^}]*,[^}]*\\})(?!.*[@!+]\\()[^*?[]*$`,
    description:
      "A file or directory (trailing / optional) the stage writes, relative to its wdir. Exact path, no glob; must stay inside the project; may not be, contain or lie inside another stage's output.",
  },
  depPath: {
    type: 'string',
    minLength: 1,
    pattern: `^!?${NOT_ABSOLUTE}`,
    description:
      "A file, a directory (trailing / optional: every file under it counts) or a glob, relative to the stage's wdir; `!pattern` excludes. Globs (picomatch syntax): `*` `?` within a segment, `**` across directories (`a/**` is everything under a), `{py,sql}` braces, `[abc]` `[!abc]` classes, `@(a|b)` `!(x)` extglobs, `\\*` escapes; `*` and `**` skip dotfiles unless the pattern names the dot (`.*`, `.cache/**`). A glob that matches no file is an error. Quote a pattern that starts with `*` or `!` in YAML.",
  },
  dep: {
    oneOf: [
      ref('depPath'),
      {
        type: 'object',
        description: 'A glob with options.',
        additionalProperties: false,
        required: ['path'],
        properties: DEP_OPTIONS,
      },
    ],
  },
  stageName: {
    type: 'string',
    pattern: STAGE_NAME_PATTERN,
    description: 'A stage name: letters, digits, `_`, `.` and `-`.',
  },
  env: {
    type: 'object',
    propertyNames: { pattern: ENV_NAME_PATTERN },
    additionalProperties: {
      type: ['string', 'number', 'boolean'],
      description: 'The value (numbers and booleans are passed in their string form: 1, true).',
    },
  },
  duration: {
    oneOf: [
      { type: 'string', pattern: DURATION_PATTERN },
      { type: 'number', minimum: 0 },
    ],
  },
  paramKey: {
    type: 'string',
    pattern: '^\\S+$',
    description:
      'A dotted key into the params file: `train.lr` selects 0.1 in `train: {lr: 0.1}`; `train` selects the whole `train` mapping. Only the selected value is part of the stage key.',
  },
  paramsFromFile: {
    type: 'object',
    description:
      "Params from a named file: `{file.yaml: [key, ...]}` or `{file.yaml: key}`; `{file.yaml: null}` or `{file.yaml: []}` selects the whole file. The file path is relative to the stage's wdir.",
    minProperties: 1,
    propertyNames: { minLength: 1, pattern: `^${NOT_ABSOLUTE}` },
    additionalProperties: {
      description: 'The dotted keys read from this file; null or [] for the whole file.',
      oneOf: [{ type: 'null' }, ref('paramKey'), { type: 'array', items: ref('paramKey') }],
    },
  },
  stage: {
    type: 'object',
    description:
      'A stage: a command, what it reads (deps, params) and what it writes (outs, metrics).',
    additionalProperties: false,
    required: ['cmd'],
    properties: STAGE_PROPERTIES,
  },
};

/** The whole schema, as written to schema/reprokit.schema.json. */
export const MANIFEST_SCHEMA: JsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'reprokit pipeline manifest (reprokit.yml)',
  description:
    'A reprokit pipeline: stages with their commands, the files and params they read and the outputs they write. Reference: docs/manifest.md. Put `# yaml-language-server: $schema=<relative path or URL of this file>` on the first line of reprokit.yml for completion and hover help. Generated from src/core/manifest/schema.ts (npm run schema): edit that file, not this one.',
  type: 'object',
  additionalProperties: false,
  required: ['stages'],
  properties: TOP_PROPERTIES,
  definitions: DEFINITIONS,
};

/** The keys the validator accepts, where: taken from the schema so the two agree. */
export const TOP_KEYS = Object.keys(TOP_PROPERTIES);
export const STAGE_KEYS = Object.keys(STAGE_PROPERTIES);
export const PUBLISH_KEYS = Object.keys(PUBLISH_PROPERTIES);
export const CACHE_KEYS = Object.keys(CACHE_PROPERTIES);
export const DEFAULTS_KEYS = Object.keys(RUNTIME_PROPERTIES);
export const OUT_KEYS = Object.keys(outputOptions('Output').properties ?? {});
export const PLOT_OUT_KEYS = Object.keys(plotOutput.properties ?? {});
export const DEP_KEYS = Object.keys(DEP_OPTIONS);
