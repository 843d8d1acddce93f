import { RecordWriteFailure, SpecialFile } from '../ports.js';

/** Failures of the environment the engine reports as a stage error in words, not as a bug. */
export function isExpectedFailure(e: unknown): e is Error {
  return e instanceof SpecialFile || e instanceof RecordWriteFailure;
}
