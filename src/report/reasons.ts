import type { Reason, StopCause } from '../core/reasons.js';
import { renderMissingInput } from '../core/dvc/missing-input.js';
import { unreachable } from '../core/reasons.js';

/**
 * The one place reasons become words: the CLI, the action's log, the job summary and the PR
 * comment all call these. Wording can change here without changing any behaviour.
 */
export function renderReason(reason: Reason): string {
  switch (reason.kind) {
    case 'never-run':
      return 'never run';
    case 'key-format-changed':
      return 'recorded by an older reprokit (key format changed)';
    case 'cmd-changed':
      return 'command changed';
    case 'shell-changed':
      return `shell changed: ${reason.from} → ${reason.to}`;
    case 'wdir-changed':
      return `wdir changed: ${show(reason.from || '.')} → ${show(reason.to || '.')}`;
    case 'env-changed':
      return `env ${reason.name} changed`;
    case 'image-changed':
      return `image changed: ${reason.from ?? '(none)'} → ${reason.to ?? '(none)'}`;
    case 'param-changed':
      return `param ${reason.key} changed: ${show(reason.from)} → ${show(reason.to)}`;
    case 'dep-added':
      return `dep ${reason.path} added`;
    case 'dep-removed':
      return `dep ${reason.path} removed`;
    case 'dep-changed':
      return `dep ${reason.path} changed`;
    case 'outs-changed':
      return 'declared outputs changed';
    case 'needs-changed':
      return 'needs changed';
    case 'salt-changed':
      return 'cache salt changed';
    case 'no-record':
      return 'no record for this key';
    case 'output-missing':
      return `output ${reason.path} missing`;
    case 'output-modified':
      return `output ${reason.path} modified`;
    case 'forced':
      return 'forced';
    case 'always-run':
      return 'always_run';
    case 'frozen':
      return 'frozen';
    case 'upstream-will-run':
      return `upstream stage ${reason.stage} will run`;
    case 'upstream-unusable':
      return `upstream stage ${reason.stage} ${reason.result}`;
    case 'not-started':
      return `not started: ${renderStopCause(reason.cause)}`;
    case 'cache-entry-unusable':
      return `cache entry unusable (${reason.detail})`;
    case 'input-missing':
    case 'param-missing':
      return renderMissingInput(reason);
    default:
      return unreachable(reason);
  }
}

export function renderStopCause(cause: StopCause): string {
  switch (cause.kind) {
    case 'interrupted':
      return 'interrupted';
    case 'stage-failed':
      return `stage ${cause.stage} failed`;
    default:
      return unreachable(cause);
  }
}

/** Each reason in words, in order (the `reasons` field of the JSON outputs). */
export function reasonTexts(reasons: readonly Reason[]): string[] {
  return reasons.map(renderReason);
}

/** Reasons on one line, `; `-separated. */
export function renderReasons(reasons: readonly Reason[]): string {
  return reasons.map(renderReason).join('; ');
}

/**
 * What will be done about a stage's status, said apart from why: "fresh" and "stale" speak for
 * themselves, a cached stage's result is available without running it.
 */
export function statusAction(status: 'fresh' | 'cached' | 'stale'): string {
  switch (status) {
    case 'fresh':
      return 'up to date';
    case 'cached':
      return 'result available in the cache';
    case 'stale':
      return 'will run';
    default:
      return unreachable(status);
  }
}

function show(value: unknown): string {
  if (value === undefined) return '(unset)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

/** "persisted _targets restored from the run of 2026-12-01T10:00:00.000Z (key 1a2b3c4d…)". */
export function persistRestoredText(restored: {
  readonly paths: readonly string[];
  readonly createdAt: string;
  readonly fromKey: string;
}): string {
  return `persisted ${restored.paths.join(', ')} restored from the run of ${restored.createdAt} (key ${restored.fromKey.slice(0, 12)}…)`;
}
