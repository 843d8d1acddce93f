import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunReport } from '../../engine/events.js';
import type { CliIo } from './io.js';
import { readValidSnapshot } from './noop-snapshot.js';
import { planJson, planTable, runJson } from './output.js';
import { CliReporter, summaryTable } from './reporter.js';
import { snapshotArgs } from './snapshot.js';
import type { ParsedArgs } from './spec.js';
import { flag, text } from './spec.js';
import { colorEnabled, painter } from './color.js';

/** Manifests the fast path knows; dvc.yaml projects always take the full path (dvc.lock check). */
const OWN_MANIFESTS = ['reprokit.yml', 'reprokit.yaml'];

/**
 * Answers `status`/`run` from a valid no-op snapshot, or returns undefined for the full check.
 * It gets the arguments from the one parser; snapshotArgs is the rule for which it may answer.
 */
export function tryFastPath(args: ParsedArgs, io: CliIo): number | undefined {
  if (io.env.REPROKIT_NO_FASTPATH || !snapshotArgs(args)) return undefined;
  const started = Date.now();
  const root = resolve(io.cwd, text(args, 'directory') ?? '.');
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
  const json = flag(args, 'json');
  if (args.command === 'status') {
    const paint = painter(!json && colorEnabled(io.stdout, io.env));
    io.stdout.write(
      json ? JSON.stringify(planJson(report), null, 2) + '\n' : planTable(report, paint),
    );
    return 0;
  }
  const reporter = new CliReporter(io.stderr, {
    paint: painter(colorEnabled(io.stderr, io.env)),
    live: io.stderr.isTTY === true && !json,
  });
  reporter.setStageNames(report.stages.map((s) => s.name));
  for (const stage of report.stages) reporter.handle({ type: 'stage-end', report: stage });
  reporter.finish();
  io.stdout.write(json ? JSON.stringify(runJson(report), null, 2) + '\n' : summaryTable(report));
  return 0;
}
