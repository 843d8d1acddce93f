import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes } from '../../../core/units.js';
import type { StageRecord } from '../../../core/record.js';
import type { SaveOutcome } from '../../../ports.js';
import { stagesWithKeys } from './transfer-plan.js';
import type { TransferOptions } from './transfer-types.js';

/**
 * `reprokit pull [STAGE...]`: downloads the remote entries the stages need (by their current
 * keys) into the local cache. The workspace is left alone: the next `run` restores from the
 * local cache without running anything. Exit 0 when every stage's entry is local afterwards.
 */
export async function pull(options: TransferOptions): Promise<number> {
  const { io, remote } = options;
  const local = options.localAt(options.services.workspace.root);
  const { wanted, unknown } = await stagesWithKeys(
    options.project,
    options.services,
    options.stages,
    io.signal,
  );
  let pulled = 0;
  let present = 0;
  const problems: string[] = unknown.map((s) => `${s.name}: not on the remote (it has to run)`);
  for (const stage of wanted) {
    const key = stage.key as string;
    if (await local.lookup(stage.name, key)) {
      present++;
      continue;
    }
    const record = await remote.lookup(stage.name, key);
    if (!record) {
      problems.push(`${stage.name}: not on the remote`);
      continue;
    }
    const before = options.tally.bytes;
    // Outputs already in the workspace (a fresh stage) are kept from there, not downloaded.
    const outcome =
      stage.status === 'fresh' ? await local.save(record) : await viaStaging(options, record);
    if (!outcome.ok) {
      problems.push(`${stage.name}: ${outcome.reason}`);
      continue;
    }
    pulled++;
    io.stderr.write(
      `reprokit: pulled ${stage.name} (${options.tally.objects} objects, ${formatBytes(options.tally.bytes)} so far; +${formatBytes(options.tally.bytes - before)})\n`,
    );
  }
  io.stdout.write(
    `pull: ${pulled} stage${pulled === 1 ? '' : 's'} downloaded (${options.tally.objects} objects, ${formatBytes(options.tally.bytes)}), ${present} already local` +
      (problems.length
        ? `, ${problems.length} not pulled:\n${problems.map((p) => `  ${p}\n`).join('')}`
        : '\n'),
  );
  return problems.length === 0 ? 0 : 1;
}

/** Download into a scratch directory, verified; store those files in the local cache. */
async function viaStaging(options: TransferOptions, record: StageRecord): Promise<SaveOutcome> {
  mkdirSync(options.stagingDir, { recursive: true });
  const dir = mkdtempSync(join(options.stagingDir, 'pull-'));
  try {
    const restored = await (await options.remoteAt(dir)).restore(record);
    if (!restored.ok) return { ok: false, reason: `remote: ${restored.reason}` };
    return await options.localAt(dir).save(record);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
