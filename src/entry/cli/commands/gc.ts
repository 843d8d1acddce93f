import { collectGarbage } from '../../../adapters/local/local-cache-gc.js';
import { formatBytes } from '../../../core/units.js';
import { readRunLog } from '../../../session/run-log.js';
import { EXIT, openForCli } from '../context.js';
import type { CliIo } from '../io.js';
import type { ParsedArgs } from '../spec.js';
import { count, flag, text } from '../spec.js';
import { run as remoteGc } from './remote-transfer.js';

/** Clocks and file times can disagree by a little: "younger than gc" is counted generously. */
const CLOCK_MARGIN_MS = 2000;

/**
 * `reprokit gc`: deletes the local cache's entries and objects that neither the current
 * manifest's stages (their recorded keys) nor the last N runs (.reprokit/runs.jsonl) use.
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const remote = text(args, 'remote') ?? io.env.REPROKIT_REMOTE;
  if (remote !== undefined && remote !== '' && remote !== 'none') return remoteGc(args, io);
  const startedAt = Date.now() - CLOCK_MARGIN_MS;
  const session = await openForCli(args, io, { emit: () => undefined, remote: 'none' });
  if (typeof session === 'number') return session;
  session.close();
  const keepLast = count(args, 'keep-last') ?? 1;
  const stages = session.project.pipeline.stages.map((s) => s.name);
  const keepKeys = new Set<string>();
  for (const stage of stages) {
    const record = await session.services.state.read(stage);
    if (record) keepKeys.add(record.key);
  }
  for (const entry of readRunLog(session.root).slice(-keepLast))
    for (const key of entry.keys) keepKeys.add(key);
  const dryRun = flag(args, 'dry-run');
  const result = collectGarbage({
    dir: session.cacheDir,
    keepKeys,
    keepStages: new Set(stages),
    startedAt,
    dryRun,
  });
  if (flag(args, 'json')) {
    io.stdout.write(
      JSON.stringify({ dryRun, cacheDir: session.cacheDir, ...result }, null, 2) + '\n',
    );
    return EXIT.ok;
  }
  const verb = dryRun ? 'would remove' : 'removed';
  io.stdout.write(
    `${session.cacheDir}: ${verb} ${result.entries.removed} entries and ${result.objects.removed} objects, ` +
      `${dryRun ? 'freeing' : 'freed'} ${formatBytes(result.bytesFreed)}; kept ${result.entries.kept} entries and ${result.objects.kept} objects\n`,
  );
  return EXIT.ok;
}
