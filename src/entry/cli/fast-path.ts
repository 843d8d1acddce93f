import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunReport } from '../../engine/events.js';
import type { CliIo } from './io.js';
import { readValidSnapshot } from './noop-snapshot.js';
import { planJson, planTable, runJson } from './output.js';
import { CliReporter, summaryTable } from './reporter.js';

/** Manifests the fast path knows; dvc.yaml projects always take the full path (dvc.lock check). */
const OWN_MANIFESTS = ['reprokit.yml', 'reprokit.yaml'];

/**
 * `reprokit status` and `reprokit run` with nothing but -C, --json and --jobs: the cases a
 * snapshot can answer. Anything else returns undefined and goes to the full CLI.
 */
export function fastPathArgs(
  argv: readonly string[],
): { command: 'status' | 'run'; directory: string; json: boolean } | undefined {
  let command: 'status' | 'run' | undefined;
  let directory = '.';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if ((token === 'status' || token === 'run') && command === undefined) command = token;
    else if (token === '--json') json = true;
    else if ((token === '-C' || token === '--directory') && argv[i + 1] !== undefined)
      directory = argv[++i] as string;
    else if ((token === '-j' || token === '--jobs') && /^[1-9][0-9]*$/.test(argv[i + 1] ?? '')) i++;
    else return undefined;
  }
  return command ? { command, directory, json } : undefined;
}

/** Answers from a valid no-op snapshot, or returns undefined for the full check. */
export function tryFastPath(argv: readonly string[], io: CliIo): number | undefined {
  if (io.env.REPROKIT_NO_FASTPATH) return undefined;
  const args = fastPathArgs(argv);
  if (!args) return undefined;
  const started = Date.now();
  const root = resolve(io.cwd, args.directory);
  const manifest = OWN_MANIFESTS.find((f) => existsSync(join(root, f)));
  if (!manifest) return undefined;
  const stages = readValidSnapshot(root, manifest);
  if (!stages) return undefined;
  if (io.env.REPROKIT_DEBUG)
    io.stderr.write('reprokit: answered from the no-op snapshot (nothing changed)\n');
  const report: RunReport = {
    ok: true,
    interrupted: false,
    durationMs: Date.now() - started,
    stages: stages.map((s) => ({
      name: s.name,
      result: 'fresh',
      status: 'fresh',
      reasons: s.reasons,
      durationMs: 0,
      ...(s.key ? { key: s.key } : {}),
      ...(s.savedMs !== undefined ? { savedMs: s.savedMs } : {}),
    })),
  };
  if (args.command === 'status') {
    io.stdout.write(
      args.json ? JSON.stringify(planJson(report), null, 2) + '\n' : planTable(report),
    );
    return 0;
  }
  const reporter = new CliReporter(io.stderr);
  reporter.setStageNames(report.stages.map((s) => s.name));
  for (const stage of report.stages) reporter.handle({ type: 'stage-end', report: stage });
  reporter.finish();
  io.stdout.write(
    args.json ? JSON.stringify(runJson(report), null, 2) + '\n' : summaryTable(report),
  );
  return 0;
}
