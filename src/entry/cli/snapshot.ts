import type { PathJournal } from '../../core/path-journal.js';
import type { RunReport } from '../../engine/events.js';
import type { Session } from '../../session/session.js';
import { bestEffort } from '../../session/best-effort.js';
import type { SnapshotStage } from './noop-snapshot.js';
import { removeNoopSnapshot, writeNoopSnapshot } from './noop-snapshot.js';
import { snapshotAnswers } from './noop-report.js';
import { snapshotArgs } from './snapshot-args.js';
import type { ParsedArgs } from './spec.js';
import { flag, list, text } from './spec.js';

/**
 * After a full check: writes the snapshot when every stage was fresh, else removes it. Best
 * effort (it only saves time next run): returns a warning instead of failing.
 */
export function updateSnapshot(
  args: ParsedArgs,
  session: Session,
  journal: PathJournal,
  report: RunReport | undefined,
  signal: AbortSignal,
): string[] {
  if (!snapshotArgs(args) || session.project.pipeline.format !== 'reprokit') return [];
  if (text(args, 'manifest') !== undefined || list(args, 'force').length > 0) return [];
  if (flag(args, 'dry-run')) return [];
  const all = report?.stages ?? [];
  // An image's digest lives in docker, not in any file the snapshot watches: always ask.
  const images = session.project.pipeline.stages.some((s) => s.image !== undefined);
  const fresh =
    !images &&
    !signal.aborted &&
    report?.ok === true &&
    all.every((s) => s.result === 'fresh' && s.status === 'fresh');
  return bestEffort([
    [
      'the no-op snapshot',
      () => {
        if (!fresh) return removeNoopSnapshot(session.root);
        const stages = all.map(snapshotStage);
        journal.listTrees();
        return writeNoopSnapshot(
          session.root,
          session.manifest,
          [...journal, '.reprokit/state.jsonl'],
          stages,
          snapshotAnswers(stages),
        );
      },
    ],
  ]);
}

function snapshotStage(s: RunReport['stages'][number]): SnapshotStage {
  return {
    name: s.name,
    reasons: s.reasons,
    ...(s.key ? { key: s.key } : {}),
    ...(s.savedMs !== undefined ? { savedMs: s.savedMs } : {}),
  };
}
