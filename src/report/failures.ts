import { formatDuration } from '../core/units.js';
import { unreachable } from '../core/result.js';
import type { StageFailure, StageReport } from '../engine/events.js';

/** The one place a failed run of commands becomes words (CLI, action log, summary, JSON). */
export function failureText(failure: StageFailure): string {
  switch (failure.kind) {
    case 'exited':
      return `the command exited with code ${failure.code}`;
    case 'killed':
      return `the command was killed by ${failure.signal}`;
    case 'could-not-start':
      return `the command could not start: ${failure.detail}`;
    case 'timed-out':
      return `timed out after ${failure.after.text}`;
    case 'interrupted':
      return 'interrupted';
    case 'outputs-missing':
      return `the command succeeded but did not write ${failure.paths.map((m) => `"${m}"`).join(', ')}, declared in outs`;
    case 'container-unavailable':
      return `it runs in image ${failure.image}, but ${failure.runtime} could not be used: ${failure.detail}; install ${failure.runtime}, or run the whole job in a container (docs/manifest.md#containers)`;
    default:
      return unreachable(failure);
  }
}

/** Why a stage failed, with the attempt when it had retries: "timed out after 10m (attempt 3 of 3)". */
export function stageErrorText(report: StageReport): string {
  const base = report.failure ? failureText(report.failure) : (report.error ?? 'failed');
  return report.attempt ? `${base} (attempt ${attemptText(report.attempt)})` : base;
}

export function attemptText(attempt: { readonly number: number; readonly of: number }): string {
  return `${attempt.number} of ${attempt.of}`;
}

/** "passed on attempt 2" for a stage that needed more than one; '' otherwise. */
export function passedOnText(report: StageReport): string {
  return report.result === 'ran' && report.attempt && report.attempt.number > 1
    ? `passed on attempt ${report.attempt.number}`
    : '';
}

/** A log line for a failed attempt that is followed by another. */
export function retryText(event: {
  readonly stage: string;
  readonly attempt: number;
  readonly of: number;
  readonly failure: StageFailure;
  readonly delayMs: number;
}): string {
  const next = `attempt ${attemptText({ number: event.attempt + 1, of: event.of })}`;
  return `${event.stage}: attempt ${attemptText({ number: event.attempt, of: event.of })} failed: ${failureText(event.failure)}; ${next} ${event.delayMs > 0 ? `in ${formatDuration(event.delayMs)}` : 'now'}`;
}
