import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { colorEnabled } from './color.js';
import type { CliIo } from './io.js';
import { parseStages, readValidSnapshot } from './noop-snapshot.js';
import { snapshotArgs } from './snapshot-args.js';
import type { ParsedArgs } from './spec.js';
import { flag, text } from './spec.js';

/** Manifests the fast path knows; dvc.yaml projects always take the full path (dvc.lock check). */
const OWN_MANIFESTS = ['reprokit.yml', 'reprokit.yaml'];

/**
 * Answers `status`/`run` from a valid no-op snapshot, or returns undefined for the full check.
 * It gets the arguments from the one parser; snapshotArgs is the rule for which it may answer.
 * Plain `status` answers are printed as the snapshot recorded them; anything else is rendered
 * by noop-report.ts, loaded only then (the CLI entry loads this module on every start).
 * writeStdout prints bytes as they are; the CLI entry writes them to descriptor 1 at once.
 */
export async function tryFastPath(
  args: ParsedArgs,
  io: CliIo,
  writeStdout: (bytes: Uint8Array) => void,
): Promise<number | undefined> {
  if (io.env.REPROKIT_NO_FASTPATH || !snapshotArgs(args)) return undefined;
  const started = Date.now();
  const root = resolve(io.cwd, text(args, 'directory') ?? '.');
  const manifest = OWN_MANIFESTS.find((f) => existsSync(join(root, f)));
  if (!manifest) return undefined;
  const json = flag(args, 'json');
  const command = args.command === 'status' ? 'status' : 'run';
  const printed = command === 'status' && (json || !colorEnabled(io.stdout, io.env));
  const want = printed ? (json ? 'statusJson' : 'statusText') : 'stages';
  const section = readValidSnapshot(root, manifest, want);
  if (!section) return undefined;
  if (printed) {
    debug(io);
    writeStdout(section);
    return 0;
  }
  const stages = parseStages(section);
  if (!stages) return undefined;
  const { noopReport, printNoopAnswer } = await import('./noop-report.js');
  debug(io);
  printNoopAnswer(command, json, noopReport(stages, Date.now() - started), io);
  return 0;
}

function debug(io: CliIo): void {
  if (io.env.REPROKIT_DEBUG)
    io.stderr.write('reprokit: answered from the no-op snapshot (nothing changed)\n');
}
