import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes } from '../../../core/units.js';
import type { StageRecord } from '../../../core/record.js';
import type { SaveOutcome } from '../../../ports.js';
import { stagesWithKeys } from './transfer-plan.js';
import type { TransferOptions } from './transfer-types.js';

/**
 * `reprokit push [STAGE...]`: uploads the local cache entries the manifest's stages need (by
 * their current keys) to the remote. Exit 0 when the remote holds all of them afterwards.
 */
export async function push(options: TransferOptions): Promise<number> {
  const { io, remote, services } = options;
  const local = services.cache;
  if (!local) throw new Error('Internal error: push without a local cache');
  const { wanted, unknown } = await stagesWithKeys(
    options.project,
    services,
    options.stages,
    io.signal,
  );
  let pushed = 0;
  let present = 0;
  const problems: string[] = unknown.map((s) => `${s.name}: not computed yet (run it first)`);
  for (const stage of wanted) {
    const record = await local.lookup(stage.name, stage.key as string);
    if (!record) {
      problems.push(`${stage.name}: not in the local cache (run it first)`);
      continue;
    }
    if (await remote.records.has(record.key).catch(() => false)) {
      present++;
      continue;
    }
    const before = options.tally.bytes;
    const outcome =
      stage.status === 'fresh' ? await remote.save(record) : await viaStaging(options, record);
    if (!outcome.ok) {
      problems.push(`${stage.name}: ${outcome.reason}`);
      continue;
    }
    pushed++;
    io.stderr.write(
      `reprokit: pushed ${stage.name} (${options.tally.objects} objects, ${formatBytes(options.tally.bytes)} so far; +${formatBytes(options.tally.bytes - before)})\n`,
    );
  }
  io.stdout.write(
    `push: ${pushed} stage${pushed === 1 ? '' : 's'} uploaded (${options.tally.objects} objects, ${formatBytes(options.tally.bytes)}), ${present} already on the remote` +
      (problems.length
        ? `, ${problems.length} not pushed:\n${problems.map((p) => `  ${p}\n`).join('')}`
        : '\n'),
  );
  return problems.length === 0 ? 0 : 1;
}

/** The outputs are not in the workspace: copy them out of the local cache, upload the copies. */
async function viaStaging(options: TransferOptions, record: StageRecord): Promise<SaveOutcome> {
  mkdirSync(options.stagingDir, { recursive: true });
  const dir = mkdtempSync(join(options.stagingDir, 'push-'));
  try {
    const restored = await options.localAt(dir).restore(record);
    if (!restored.ok) return { ok: false, reason: `local cache: ${restored.reason}` };
    return await (await options.remoteAt(dir)).save(record);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
