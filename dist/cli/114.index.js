export const id = 114;
export const ids = [114];
export const modules = {

/***/ 3114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_TEMPLATE: () => (/* binding */ DEFAULT_TEMPLATE),
  ignoreStateDir: () => (/* binding */ ignoreStateDir),
  run: () => (/* binding */ run),
  templateList: () => (/* binding */ templateList),
  writeTemplate: () => (/* binding */ writeTemplate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
// EXTERNAL MODULE: ./src/entry/cli/context.ts + 4 modules
var context = __webpack_require__(9415);
// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/templates.generated.ts
// Generated from templates/ by scripts/gen-templates.mjs: do not edit.
// Run `npm run templates` after changing templates/; a test checks that this file is current.
const TEMPLATES = [
    {
        name: 'container',
        title: 'Python in a container job',
        files: {
            '.github/workflows/reprokit.yml': "# The pipeline on pushes to main and pull requests, with the whole job in a container image:\n# the job-level alternative to a stage's `image:` (one environment for every stage, no docker\n# needed inside). Pin the image by digest (name@sha256:...) for the same environment every run.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\njobs:\n  pipeline:\n    runs-on: ubuntu-latest\n    container:\n      image: python:3.12-slim\n    env:\n      # Part of every stage key: change it together with the image above.\n      REPROKIT_IMAGE: python:3.12-slim\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - run: pip install -r requirements.txt\n      - uses: reprokit/reprokit@v1\n        with:\n          # The image is not in the stage keys (reprokit cannot see it from inside): the salt\n          # starts a fresh set of keys when it changes.\n          cache-salt: ${{ env.REPROKIT_IMAGE }}\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A Python pipeline whose whole job runs in one container image (see the workflow): every stage\n# gets the same interpreter and libraries on every run. Time limits and retries apply to every\n# stage through `defaults:`; none of them is part of a stage key.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\ndefaults:\n  timeout: 30m\n  retries: 0\n\nstages:\n  fetch:\n    desc: Download the raw data (a flaky network, so up to 3 attempts)\n    cmd: python src/fetch.py data/raw.csv\n    deps: [src/fetch.py]\n    outs: [data/raw.csv]\n    retries: 2\n    retry_delay: 10s\n\n  prepare:\n    desc: Clean the raw data\n    cmd: python src/prepare.py data/raw.csv data/clean.csv\n    deps: [requirements.txt, src/prepare.py, data/raw.csv]\n    outs: [data/clean.csv]\n\n  train:\n    desc: Train and evaluate\n    cmd: python src/train.py data/clean.csv model.pkl metrics.json\n    deps: [requirements.txt, src/train.py, data/clean.csv]\n    outs: [model.pkl]\n    metrics: [metrics.json]\n    timeout: 2h\n',
        },
    },
    {
        name: 'make',
        title: 'wrapping a Makefile (manual runs)',
        files: {
            '.github/workflows/reprokit.yml': "# A manual run: Actions → reprokit → Run workflow, choosing the stages and what to force.\nname: reprokit\non:\n  workflow_dispatch:\n    inputs:\n      stages:\n        description: Stages to bring up to date, space-separated (empty = all)\n        type: string\n        default: ''\n      force:\n        description: Stages to run even if fresh, space-separated\n        type: string\n        default: ''\n      fan-out:\n        description: Spread the stale stages over parallel jobs\n        type: boolean\n        default: false\njobs:\n  pipeline:\n    permissions:\n      contents: read\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      stages: ${{ inputs.stages }}\n      force: ${{ inputs.force }}\n      fan-out: ${{ inputs.fan-out }}\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# Wraps an existing Makefile: one stage per target worth caching. reprokit decides what is stale by\n# content; `-o` (--old-file) tells make to take the upstream results as up to date (they were\n# restored by reprokit, so their modification times mean nothing) and build just the target.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  data:\n    cmd: make data/clean.csv\n    deps: [Makefile, scripts/clean.sh, data/raw.csv]\n    outs: [data/clean.csv]\n\n  stats:\n    cmd: make -o data/clean.csv out/stats.txt\n    deps: [Makefile, scripts/stats.sh, data/clean.csv]\n    outs: [out/stats.txt]\n\n  report:\n    cmd: make -o data/clean.csv -o out/stats.txt out/report.html\n    deps: [Makefile, scripts/report.sh, out/stats.txt]\n    outs: [out/report.html]\n\npublish:\n  artifacts:\n    report: out/report.html\n',
        },
    },
    {
        name: 'python',
        title: 'Python project',
        files: {
            '.github/workflows/reprokit.yml': "# The pipeline on every push to main and every pull request, with a report on the pull request.\n# Stages whose inputs did not change are reused from the Actions cache; see docs/workflows.md.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  # Safe: every stage that finished is already saved in the cache.\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  pipeline:\n    permissions:\n      contents: read # check out the code\n      pull-requests: write # the sticky pull-request comment\n      checks: write # the check run\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      pr-comment: true\n      check-run: true\n",
            'params.yaml': '# Read by the stages that declare them in reprokit.yml (prepare: the `prepare` mapping, ...).\nprepare:\n  drop_missing: true\ntrain:\n  seed: 42\n  test_size: 0.2\n',
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A Python project: prepare → train → report. requirements.txt is a dep of every stage, so\n# upgrading a package re-runs everything that could be affected (and nothing when it is unchanged).\n# Adapt the commands and paths to your project; see docs/manifest.md for every key.\nparams: params.yaml\nenv:\n  LC_ALL: C\n  TZ: UTC\n  PYTHONHASHSEED: '0'\n\nstages:\n  prepare:\n    desc: Clean the raw data\n    cmd: python src/prepare.py data/raw.csv data/clean.csv\n    deps: [requirements.txt, src/prepare.py, data/raw.csv]\n    params: [prepare]\n    outs: [data/clean.csv]\n\n  train:\n    desc: Fit the model and score it\n    cmd: python src/train.py data/clean.csv models/model.pkl metrics.json\n    deps: [requirements.txt, src/train.py, data/clean.csv]\n    params: [train]\n    outs: [models/model.pkl]\n    metrics: [metrics.json]\n\n  report:\n    desc: Write the report\n    cmd: python src/report.py models/model.pkl metrics.json site\n    deps: [requirements.txt, src/report.py, models/model.pkl, metrics.json]\n    outs: [site/]\n\npublish:\n  artifacts:\n    report: site/\n",
        },
    },
    {
        name: 'quarto',
        title: 'Quarto (or R Markdown) report site on GitHub Pages',
        files: {
            '.github/workflows/reprokit.yml': "# Builds the site on pushes and pull requests; deploys it to GitHub Pages from main only (pull\n# requests get the site as an artifact). Enable Pages with \"Source: GitHub Actions\" first.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\n  workflow_dispatch:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  site:\n    permissions:\n      contents: read # check out the code\n      pages: write # deploy to GitHub Pages\n      id-token: write # prove to Pages that the deployment comes from this workflow\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      quarto-version: release\n      deploy-pages: true\n",
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A Quarto website (or R Markdown site) built from prepared data and deployed to GitHub Pages.\n# For R Markdown use: cmd: Rscript -e 'rmarkdown::render_site()' (output in _site/ as well).\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  data:\n    desc: Prepare the tables the pages show\n    cmd: python scripts/prepare.py data/raw.csv data/tables/\n    deps: [requirements.txt, scripts/prepare.py, data/raw.csv]\n    outs: [data/tables/]\n\n  site:\n    desc: Render the website\n    cmd: quarto render\n    deps: [requirements.txt, _quarto.yml, '*.qmd', styles.css, data/tables/]\n    outs: [_site/]\n\npublish:\n  pages: _site/\n  artifacts:\n    site: _site/\n",
        },
    },
    {
        name: 'r',
        title: 'R project (renv, targets, Quarto)',
        files: {
            '.github/workflows/reprokit.yml': "# The R pipeline on every push to main and every pull request, with a report on the pull request.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  pipeline:\n    permissions:\n      contents: read # check out the code\n      pull-requests: write # the sticky pull-request comment\n      checks: write # the check run\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      r-version: '4.4'\n      renv: true\n      quarto-version: release\n      pr-comment: true\n      check-run: true\n",
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# An R project managed with renv and targets, with a Quarto report. renv.lock is a dep of every\n# stage: changing a package version re-runs what could be affected. targets keeps its own store\n# in _targets/ (persist: true, so reprokit does not delete it before tar_make() runs).\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  targets:\n    desc: Run the targets pipeline (_targets.R)\n    cmd: Rscript -e 'targets::tar_make()'\n    deps: [renv.lock, _targets.R, R/, data/raw.csv]\n    outs:\n      - { path: _targets/, persist: true }\n\n  report:\n    desc: Render the Quarto report from the targets store\n    cmd: quarto render report.qmd --to html\n    deps: [renv.lock, report.qmd, _targets/]\n    outs: [report.html]\n\npublish:\n  artifacts:\n    report: report.html\n",
        },
    },
    {
        name: 'scheduled',
        title: 'scheduled refresh',
        files: {
            '.github/workflows/reprokit.yml': "# Refreshes the data every day at 06:17 UTC (and on demand), and redeploys the dashboard when it\n# changed. GitHub disables schedules in repositories without activity for 60 days.\nname: reprokit\non:\n  schedule:\n    - cron: '17 6 * * *'\n  workflow_dispatch:\nconcurrency:\n  group: reprokit-refresh\n  cancel-in-progress: false\njobs:\n  refresh:\n    permissions:\n      contents: read # check out the code\n      pages: write # deploy to GitHub Pages\n      id-token: write # prove to Pages that the deployment comes from this workflow\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      deploy-pages: true\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A scheduled refresh: `fetch` downloads the latest data on every run (always_run); the stages\n# after it re-run only when the downloaded bytes changed (early cutoff), so a quiet day costs one\n# download.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  fetch:\n    desc: Download the latest data (runs every time)\n    cmd: curl -fsSL --retry 3 "$DATA_URL" -o data/latest.csv\n    env:\n      DATA_URL: https://example.com/data/latest.csv\n    outs: [data/latest.csv]\n    always_run: true\n\n  summarise:\n    desc: Summarise the latest data\n    cmd: python src/summarise.py data/latest.csv data/summary.json\n    deps: [requirements.txt, src/summarise.py, data/latest.csv]\n    metrics: [data/summary.json]\n\n  site:\n    desc: Build the dashboard\n    cmd: python src/site.py data/latest.csv data/summary.json site\n    deps: [requirements.txt, src/site.py, data/latest.csv, data/summary.json]\n    outs: [site/]\n\npublish:\n  pages: site/\n',
        },
    },
    {
        name: 'snakemake',
        title: 'wrapping a Snakemake workflow',
        files: {
            '.github/workflows/reprokit.yml': "# The wrapped Snakemake workflow on pushes to main and pull requests, with the action used\n# directly (one job): set up Python and Snakemake, then let reprokit run what is stale.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\njobs:\n  pipeline:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install snakemake\n      - uses: reprokit/reprokit@v1\n        id: pipeline\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# Wraps an existing Snakemake workflow: one reprokit stage per rule (or group of rules) whose\n# results you want cached between CI runs. reprokit decides what is stale by content; each stage\n# lets Snakemake run just its rule (--allowed-rules), with the upstream results already restored.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  clean:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules clean -- results/clean.csv\n    deps: [Snakefile, envs/, scripts/clean.py, data/raw.csv]\n    outs: [results/clean.csv]\n\n  fit:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules fit -- results/model.json\n    deps: [Snakefile, envs/, scripts/fit.py, results/clean.csv, config.yaml]\n    outs: [results/model.json]\n\n  plots:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules plots -- results/plots\n    deps: [Snakefile, envs/, scripts/plots.py, results/clean.csv, results/model.json]\n    outs: [results/plots/]\n',
        },
    },
];

;// CONCATENATED MODULE: ./src/entry/cli/commands/init.ts






const DEFAULT_TEMPLATE = 'python';
const IGNORE_LINE = '.reprokit/';
/**
 * `reprokit init`: writes a template's files (manifest, workflow, ...) into the project and adds
 * `.reprokit/` to `.gitignore`. A file that exists is left alone and listed as skipped (an
 * existing params.yaml must not stop the workflow from being written); `--force` overwrites.
 */
async function run(args, io) {
    const root = (0,context/* projectRoot */.YQ)(args, io);
    if (root === undefined)
        return context/* EXIT */.dc.usage;
    const name = (0,spec/* text */.Qq)(args, 'template') ?? DEFAULT_TEMPLATE;
    const template = TEMPLATES.find((t) => t.name === name);
    if (!template) {
        const names = TEMPLATES.map((t) => t.name);
        const guess = (0,suggest/* closest */.k)(name, names);
        io.stderr.write(`reprokit: no template named "${name}"${guess ? `: did you mean "${guess}"?` : ''}\n${templateList()}`);
        return context/* EXIT */.dc.usage;
    }
    const overwrite = (0,spec/* flag */.Jt)(args, 'force');
    const existing = Object.keys(template.files).filter((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file)));
    const result = writeTemplate(root, template, overwrite ? [] : existing);
    if ((0,spec/* flag */.Jt)(args, 'json')) {
        io.stdout.write(JSON.stringify(result, null, 2) + '\n');
        return context/* EXIT */.dc.ok;
    }
    const lines = result.written.map((f) => `  ${existing.includes(f) ? 'overwrote' : 'wrote    '} ${f}`);
    lines.push(...result.skipped.map((f) => `  skipped   ${f} (exists; --force overwrites it)`));
    if (result.gitignore !== 'unchanged')
        lines.push(`  ${result.gitignore === 'created' ? 'wrote    ' : 'updated  '} .gitignore`);
    io.stdout.write(`Template "${template.name}" (${template.title}):\n${lines.join('\n')}\n` +
        `Next: adapt the stages in reprokit.yml, then run "reprokit status".\n`);
    return context/* EXIT */.dc.ok;
}
/** Writes every file of the template but the skipped ones. */
function writeTemplate(root, template, skip) {
    const written = [];
    for (const [file, content] of Object.entries(template.files)) {
        if (skip.includes(file))
            continue;
        const path = (0,external_node_path_.join)(root, file);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, content);
        written.push(file);
    }
    return {
        template: template.name,
        written,
        skipped: [...skip],
        gitignore: ignoreStateDir(root),
    };
}
/** Adds `.reprokit/` to `.gitignore` once: creates the file, or appends unless already ignored. */
function ignoreStateDir(root) {
    const path = (0,external_node_path_.join)(root, '.gitignore');
    if (!(0,external_node_fs_.existsSync)(path)) {
        (0,external_node_fs_.writeFileSync)(path, `# reprokit: local state and cache\n${IGNORE_LINE}\n`);
        return 'created';
    }
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    const ignored = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .some((line) => ['.reprokit', '.reprokit/', '/.reprokit', '/.reprokit/'].includes(line));
    if (ignored)
        return 'unchanged';
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const separator = text === '' || text.endsWith('\n') ? '' : newline;
    (0,external_node_fs_.writeFileSync)(path, `${text}${separator}${IGNORE_LINE}${newline}`);
    return 'appended';
}
function templateList() {
    const width = Math.max(...TEMPLATES.map((t) => t.name.length));
    return `Templates:\n${TEMPLATES.map((t) => `  ${t.name.padEnd(width)}  ${t.title}`).join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=114.index.js.map