import type { StageRequest } from '../../session/run-options.js';
import type { CliIo } from './io.js';
import type { ParsedArgs } from './spec.js';
import { count, flag, list } from './spec.js';

/** The stages `run` and `status` ask for, from the command line. */
export function stageRequest(args: ParsedArgs, io: CliIo): StageRequest {
  const jobs = count(args, 'jobs');
  return {
    targets: args.operands,
    force: list(args, 'force'),
    forceAll: flag(args, 'force-all'),
    ...(jobs !== undefined ? { jobs } : {}),
    keepGoing: flag(args, 'keep-going'),
    restore: flag(args, 'no-restore') ? [] : 'all',
    signal: io.signal,
  };
}
