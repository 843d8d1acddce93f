import { PathJournal } from '../../../core/path-journal.js';
import type { RunReport } from '../../../engine/events.js';
import { colorEnabled, painter } from '../color.js';
import { EXIT, openForCli } from '../context.js';
import type { CliIo } from '../io.js';
import { planJson, planTable } from '../output.js';
import { updateSnapshot } from '../snapshot.js';
import type { ParsedArgs } from '../spec.js';
import { flag } from '../spec.js';
import { stageRequest } from '../stage-request.js';

/**
 * `reprokit status`: per stage fresh, cached or stale, and why. With --exit-code it is a CI gate
 * (like `git diff --exit-code`, `make -q`): 1 when anything is not fresh.
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const journal = new PathJournal();
  const session = await openForCli(args, io, {
    stages: args.operands,
    journal,
    emit: () => undefined,
    ...(flag(args, 'no-cache') ? { cache: 'none' as const } : {}),
  });
  if (typeof session === 'number') return session;
  const json = flag(args, 'json');
  const paint = painter(!json && colorEnabled(io.stdout, io.env));
  let report: RunReport | undefined;
  try {
    report = await session.plan(stageRequest(args, io));
    const allFresh = report.stages.every((s) => s.status === 'fresh');
    const gate = (upToDate: boolean) =>
      flag(args, 'exit-code') && !upToDate ? EXIT.failed : EXIT.ok;
    if (session.project.pipeline.format !== 'dvc') {
      io.stdout.write(
        json ? JSON.stringify(planJson(report), null, 2) + '\n' : planTable(report, paint),
      );
      return gate(allFresh);
    }
    // DVC projects: also whether the committed dvc.lock matches the workspace (no data pulled).
    // Loaded only here: dvc.lock code reads it with the `yaml` package.
    const { checkDvcLock } = await import('../../../engine/dvc/lock.js');
    const { localDvcLockServices } = await import('../../../adapters/dvc/md5.js');
    const lock = await checkDvcLock(session.project, localDvcLockServices(session.workspace));
    const dvcLock = {
      upToDate: lock.upToDate,
      stale: lock.stale.map((s) => s.stage),
      reasons: Object.fromEntries(lock.stale.map((s) => [s.stage, s.reasons])),
    };
    io.stdout.write(
      json
        ? JSON.stringify({ ...planJson(report), dvcLock }, null, 2) + '\n'
        : planTable(report, paint) +
            (lock.upToDate
              ? `${lock.file} is up to date\n`
              : `${lock.file} is not up to date:\n${lock.stale.map((s) => `  ${s.stage}: ${s.reasons.join('; ')}\n`).join('')}`),
    );
    return gate(allFresh && lock.upToDate);
  } finally {
    const warnings = [
      ...session.close(),
      ...updateSnapshot(args, session, journal, report, io.signal),
    ];
    if (warnings[0]) io.stderr.write(`reprokit: warning: ${warnings[0]}\n`);
  }
}
