import { PathJournal } from '../../../core/path-journal.js';
import type { RunReport } from '../../../engine/events.js';
import type { Session } from '../../../session/session.js';
import { colorEnabled, painter } from '../color.js';
import { cacheDir, EXIT, openForCli, projectRoot } from '../context.js';
import { lockForCommand } from '../lock.js';
import type { CliIo } from '../io.js';
import { planJson, planTable, runJson } from '../output.js';
import { CliReporter, summaryTable } from '../reporter.js';
import { updateSnapshot } from '../snapshot.js';
import type { ParsedArgs } from '../spec.js';
import { flag, list } from '../spec.js';
import { stageRequest } from '../stage-request.js';

/**
 * `reprokit run`: brings the selected stages up to date, holding the project lock (a second run
 * waits, or with --no-wait exits 75).
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const root = projectRoot(args, io);
  if (root === undefined) return EXIT.usage;
  const held = await lockForCommand(root, args, io, {
    argv: process.argv.slice(2),
    ...cacheDir(args, io),
  });
  if (typeof held === 'number') return held;
  try {
    const code = await runLocked(args, io);
    // A signal that came after the last stage (while storing, saving state) still counts.
    return io.signal.aborted && code === EXIT.ok ? EXIT.interrupted : code;
  } finally {
    held?.release();
  }
}

async function runLocked(args: ParsedArgs, io: CliIo): Promise<number> {
  const json = flag(args, 'json');
  const paint = painter(colorEnabled(io.stderr, io.env));
  const reporter = new CliReporter(io.stderr, { paint, live: io.stderr.isTTY === true && !json });
  const journal = new PathJournal();
  const session = await openForCli(args, io, {
    stages: [...args.operands, ...list(args, 'force')],
    journal,
    emit: (event) => reporter.handle(event),
    onFilesChecked: (files, bytes) => reporter.filesChecked(files, bytes),
    ...(flag(args, 'no-cache') ? { cache: 'none' as const } : {}),
  });
  if (typeof session === 'number') return session;
  reporter.setStageNames(session.project.graph.order.map((s) => s.name));
  const outcome: { report?: RunReport } = {};
  try {
    return await bringUpToDate(session, args, io, reporter, outcome);
  } finally {
    reporter.finish();
    const warnings = [
      ...session.close(),
      ...updateSnapshot(args, session, journal, outcome.report, io.signal),
    ];
    // Warn once: on a read-only checkout every save fails for the same reason.
    if (warnings[0]) io.stderr.write(`reprokit: warning: ${warnings[0]}\n`);
  }
}

async function bringUpToDate(
  session: Session,
  args: ParsedArgs,
  io: CliIo,
  reporter: CliReporter,
  outcome: { report?: RunReport },
): Promise<number> {
  const json = flag(args, 'json');
  const { project } = session;
  const dvcLock = flag(args, 'write-dvc-lock');
  if (dvcLock && project.pipeline.format !== 'dvc') {
    io.stderr.write(
      `reprokit: --write-dvc-lock needs a dvc.yaml project, not ${project.pipeline.manifestFile}\n`,
    );
    return EXIT.usage;
  }
  if (flag(args, 'dry-run')) {
    const report = await session.plan(stageRequest(args, io));
    io.stdout.write(
      json
        ? JSON.stringify(planJson(report), null, 2) + '\n'
        : `Dry run: nothing was run.\n${planTable(report)}`,
    );
    return EXIT.ok;
  }
  const report = await session.run(stageRequest(args, io));
  outcome.report = report;
  reporter.finish();
  if (dvcLock && !report.interrupted) {
    const lock = await writeDvcLockFile(session, report);
    io.stderr.write(
      `reprokit: ${lock.file} ${lock.written ? 'written' : 'already up to date'}` +
        (lock.kept.length > 0 ? `; kept the previous entries of ${lock.kept.join(', ')}` : '') +
        (lock.missing.length > 0 ? `; no entry for ${lock.missing.join(', ')}` : '') +
        '\n',
    );
  }
  io.stdout.write(json ? JSON.stringify(runJson(report), null, 2) + '\n' : summaryTable(report));
  if (report.interrupted || io.signal.aborted) return EXIT.interrupted;
  // A stage with `image:` and no docker here: the setup is wrong, not the stage (exit 2).
  if (report.stages.some((s) => s.failure?.kind === 'container-unavailable')) return EXIT.usage;
  return report.ok ? EXIT.ok : EXIT.failed;
}

/** dvc.lock code (and the `yaml` package it writes with) is loaded only when asked for. */
async function writeDvcLockFile(session: Session, report: RunReport) {
  const { writeDvcLock } = await import('../../../engine/dvc/lock.js');
  const { localDvcLockServices } = await import('../../../adapters/dvc/md5.js');
  return writeDvcLock(session.project, localDvcLockServices(session.workspace), report);
}
