import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { recordedTable } from '../../../core/plots/bound.js';
import { collapsesFile, definitionFiles, pipelinePlots } from '../../../core/plots/capture.js';
import { parsePlotFile, plotFormat } from '../../../core/plots/parse.js';
import type { PlotDefinition, PlotTable } from '../../../core/plots/types.js';
import { PLOT_LIMITS } from '../../../core/plots/types.js';
import { plotViews } from '../../../core/plots/views.js';
import { plotsPage } from '../../../report/plots-svg.js';
import type { Session } from '../../../session/session.js';
import { EXIT, openForCli } from '../context.js';
import { lastRunRecords } from './last-run.js';
import type { CliIo } from '../io.js';
import type { ParsedArgs } from '../spec.js';
import { text } from '../spec.js';

/** Where the page goes without --out, inside the project. */
const DEFAULT_OUT = '.reprokit/plots';

/**
 * `reprokit plots show` and `reprokit plots diff [REV]`: the declared plots as one offline HTML
 * page (src/report/plots-svg.ts). The head side is the workspace's files; the base side the same
 * files as committed at REV (git show), or without REV what the last run recorded.
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const [sub, rev, ...extra] = args.operands;
  if ((sub !== 'show' && sub !== 'diff') || extra.length > 0 || (sub === 'show' && rev)) {
    io.stderr.write(
      `reprokit: usage: reprokit plots show [--out DIR] | reprokit plots diff [REV] [--out DIR]` +
        `${sub && sub !== 'show' && sub !== 'diff' ? ` (not "${sub}")` : ''}\n`,
    );
    return EXIT.usage;
  }
  if (rev?.startsWith('-')) {
    io.stderr.write(`reprokit: "${rev}" is not a git revision\n`);
    return EXIT.usage;
  }
  const session = await openForCli(args, io, { emit: () => undefined });
  if (typeof session === 'number') return session;
  session.close();
  const warn = (message: string) => io.stderr.write(`reprokit: warning: ${message}\n`);
  const definitions = pipelinePlots(session.project.pipeline);
  const head = await workspacePlots(session.root, definitions, warn);
  let base: Map<string, PlotTable> | undefined;
  if (sub === 'diff') {
    const read =
      rev === undefined
        ? await lastRunPlots(session)
        : await gitPlots(session.root, rev, definitions, warn);
    if (typeof read === 'string') {
      io.stderr.write(`reprokit: ${read}\n`);
      return EXIT.usage;
    }
    base = read;
  }
  const out = resolve(io.cwd, text(args, 'out') ?? join(session.root, DEFAULT_OUT));
  mkdirSync(out, { recursive: true });
  const images = copyImages(session.root, definitions, out);
  const page = plotsPage(plotViews(definitions, head, base), {
    title: `Plots of ${session.manifest}`,
    names: { base: rev ?? 'last run', head: 'workspace' },
    imageSrc: (file) => images.get(file),
  });
  const index = join(out, 'index.html');
  writeFileSync(index, page);
  io.stdout.write(`${index}\n`);
  return EXIT.ok;
}

/** The data files the definitions name (a directory: the data files under it), by root-relative path. */
function definedFiles(definitions: readonly PlotDefinition[]): string[] {
  return [...new Set(definitions.filter((d) => !d.image).flatMap(definitionFiles))];
}

/** A data file bounded as a run records it (confusion matrices collapsed, other tables thinned). */
async function readTable(
  path: string,
  text: string,
  definitions: readonly PlotDefinition[],
  warn: (m: string) => void,
  where = '',
): Promise<PlotTable | undefined> {
  const parsed = await parsePlotFile(path, text);
  if (!parsed.ok) {
    warn(`${where}${parsed.error}`);
    return undefined;
  }
  const recorded = recordedTable(path, parsed.value, {
    collapse: collapsesFile(definitions, path),
  });
  if (!recorded.ok) warn(`${where}${recorded.notice}`);
  return recorded.ok ? recorded.table : undefined;
}

async function workspacePlots(
  root: string,
  definitions: readonly PlotDefinition[],
  warn: (m: string) => void,
): Promise<Map<string, PlotTable>> {
  const tables = new Map<string, PlotTable>();
  for (const path of definedFiles(definitions).flatMap((p) => filesUnder(root, p))) {
    const format = plotFormat(path);
    if (!format || format === 'image') continue;
    const table = await readTable(path, readFileSyncText(join(root, path)), definitions, warn);
    if (table) tables.set(path, table);
  }
  return tables;
}

/** The path itself when it is a file; the files under it when a directory; nothing when missing. */
function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return (readdirSync(full, { recursive: true }) as string[])
    .map((f) => `${path}/${f.split('\\').join('/')}`)
    .filter((f) => statSync(join(root, f)).isFile())
    .sort()
    .slice(0, 200);
}

/** A data file's text; over the parse limit it is not read at all. */
function readFileSyncText(path: string): string {
  try {
    return statSync(path).size > PLOT_LIMITS.fileBytes ? '' : readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** The plot rows the last run recorded, by data file. */
async function lastRunPlots(session: Session): Promise<Map<string, PlotTable>> {
  const records = await lastRunRecords(session);
  return new Map(records.flatMap((record) => Object.entries(record.plots ?? {})));
}

/** The data files as committed at REV, or why they cannot be read. */
async function gitPlots(
  root: string,
  rev: string,
  definitions: readonly PlotDefinition[],
  warn: (m: string) => void,
): Promise<Map<string, PlotTable> | string> {
  const git = (argv: string[]) =>
    spawnSync('git', argv, { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const check = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (check.error) return `git is not available: ${check.error.message}`;
  if (check.status !== 0)
    return `"${rev}" is not a git revision of ${root} (git rev-parse found no commit)`;
  const tables = new Map<string, PlotTable>();
  for (const path of definedFiles(definitions)) {
    // `./path` is relative to the working directory: the project may be a subdirectory.
    const listed = git(['ls-tree', '-r', '--name-only', rev, '--', `./${path}`]);
    const files =
      listed.status === 0 ? listed.stdout.split('\n').filter(Boolean).slice(0, 200) : [];
    for (const file of files) {
      const format = plotFormat(file);
      if (!format || format === 'image') continue;
      const shown = git(['show', `${rev}:./${file}`]);
      if (shown.status !== 0) continue;
      const table = await readTable(file, shown.stdout, definitions, warn, `at ${rev}, `);
      if (table) tables.set(file, table);
    }
  }
  return tables;
}

/** Image plots copied beside the page (so it opens offline, anywhere): file → relative src. */
function copyImages(
  root: string,
  definitions: readonly PlotDefinition[],
  out: string,
): Map<string, string> {
  const sources = new Map<string, string>();
  for (const d of definitions.filter((x) => x.image)) {
    const file = d.id;
    const from = join(root, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    const to = join(out, 'images', file);
    if (relative(join(out, 'images'), to).startsWith('..')) continue;
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
    sources.set(file, `images/${file.split('/').map(encodeURIComponent).join('/')}`);
  }
  return sources;
}
