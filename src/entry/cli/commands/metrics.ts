import { spawnSync } from 'node:child_process';
import { parseYaml } from '../../../core/manifest/source.js';
import type { MetricRow } from '../../../report/metrics.js';
import { diffMetrics, formatChange, formatValue } from '../../../report/metrics.js';
import type { Session } from '../../../session/session.js';
import { EXIT, openForCli } from '../context.js';
import { lastRunRecords } from './last-run.js';
import type { CliIo } from '../io.js';
import { table } from '../reporter.js';
import type { ParsedArgs } from '../spec.js';
import { flag } from '../spec.js';

/**
 * `reprokit metrics show` and `reprokit metrics diff [REV]`: the workspace's metrics files (the
 * outputs marked `metric`), alone or beside those at a git revision or of the last run. Rows and
 * cells come from src/report/metrics.ts, as in the pull-request comment.
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const [sub, rev, ...extra] = args.operands;
  if ((sub !== 'show' && sub !== 'diff') || extra.length > 0 || (sub === 'show' && rev)) {
    io.stderr.write(
      `reprokit: usage: reprokit metrics show | reprokit metrics diff [REV]` +
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
  const head = await workspaceMetrics(session, warn);
  if (sub === 'show') {
    const rows = diffMetrics(head, undefined);
    io.stdout.write(
      flag(args, 'json')
        ? JSON.stringify(
            { metrics: rows.map(({ file, name, head: value }) => ({ file, name, value })) },
            null,
            2,
          ) + '\n'
        : rows.length === 0
          ? 'No metrics: no output is marked `metric: true`, or none exists yet.\n'
          : table(
              ['file', 'metric', 'value'],
              rows.map((r) => [r.file, r.name, formatValue(r.head)]),
            ) + '\n',
    );
    return EXIT.ok;
  }
  const base =
    rev === undefined ? await lastRunMetrics(session) : await gitMetrics(session, rev, warn);
  if (typeof base === 'string') {
    io.stderr.write(`reprokit: ${base}\n`);
    return EXIT.usage;
  }
  const rows = diffMetrics(head, base);
  const against = rev ?? 'last run';
  io.stdout.write(
    flag(args, 'json')
      ? JSON.stringify({ base: against, rows }, null, 2) + '\n'
      : diffTable(rows, against),
  );
  return EXIT.ok;
}

function metricFiles(session: Session): string[] {
  return session.project.pipeline.stages.flatMap((s) =>
    s.outs.filter((o) => o.metric).map((o) => o.path),
  );
}

async function parseMetrics(
  path: string,
  text: string,
  warn: (message: string) => void,
  where: string,
): Promise<unknown> {
  const parsed = await parseYaml(path, text);
  if (parsed.ok) return parsed.value;
  warn(`${where}${path} is not valid JSON or YAML; left out`);
  return undefined;
}

async function workspaceMetrics(
  session: Session,
  warn: (message: string) => void,
): Promise<Map<string, unknown>> {
  const metrics = new Map<string, unknown>();
  for (const path of metricFiles(session)) {
    const text = await session.workspace.readText(path);
    if (text === undefined) continue;
    const value = await parseMetrics(path, text, warn, '');
    if (value !== undefined) metrics.set(path, value);
  }
  return metrics;
}

/** The metrics the last run recorded, per stage (from the state log: no cache access). */
async function lastRunMetrics(session: Session): Promise<Map<string, unknown>> {
  const records = await lastRunRecords(session);
  return new Map(records.flatMap((record) => Object.entries(record.metrics ?? {})));
}

/** The metrics files as committed at REV, or why they cannot be read. */
async function gitMetrics(
  session: Session,
  rev: string,
  warn: (message: string) => void,
): Promise<Map<string, unknown> | string> {
  const git = (argv: string[]) =>
    spawnSync('git', argv, { cwd: session.root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const check = git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (check.error) return `git is not available: ${check.error.message}`;
  if (check.status !== 0)
    return `"${rev}" is not a git revision of ${session.root} (git rev-parse found no commit)`;
  const metrics = new Map<string, unknown>();
  for (const path of metricFiles(session)) {
    // `REV:./path` is relative to the working directory: the project may be a subdirectory.
    const shown = git(['show', `${rev}:./${path}`]);
    if (shown.status !== 0) continue; // not committed at REV: a new metric
    const value = await parseMetrics(path, shown.stdout, warn, `at ${rev}, `);
    if (value !== undefined) metrics.set(path, value);
  }
  return metrics;
}

function diffTable(rows: readonly MetricRow[], against: string): string {
  if (rows.length === 0) return 'No metrics on either side.\n';
  return (
    table(
      ['file', 'metric', against, 'workspace', 'change'],
      rows.map((r) => [r.file, r.name, formatValue(r.base), formatValue(r.head), formatChange(r)]),
    ) + '\n'
  );
}
