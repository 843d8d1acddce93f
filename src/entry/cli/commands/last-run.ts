import type { StageRecord } from '../../../core/record.js';
import type { Session } from '../../../session/session.js';

/**
 * What the last run recorded for each stage of the manifest, in manifest order (from the state
 * log: no cache access). `metrics diff` and `plots diff` compare with it when no REV is given.
 */
export async function lastRunRecords(session: Session): Promise<StageRecord[]> {
  const records: StageRecord[] = [];
  for (const stage of session.project.pipeline.stages) {
    const record = await session.services.state.read(stage.name);
    if (record) records.push(record);
  }
  return records;
}
