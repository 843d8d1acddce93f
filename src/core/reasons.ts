import { canonicalJson } from './fingerprint.js';
import type { MissingInput } from './dvc/missing-input.js';
import type { Fingerprint } from './record.js';

/**
 * Why a stage has to run (or be restored), as data: the difference from the previous run, or the
 * rule that decided. Produced once (here and in the engine), turned into words only at the edges
 * by src/report/reasons.ts. Nothing decides anything by reading the words.
 *
 * Adding a kind: add it to this union, then `npm run typecheck` names every switch that has to
 * handle it (the renderer ends in `unreachable(reason)`).
 */
export type Reason =
  // The difference between the current fingerprint and the previous run's.
  | { readonly kind: 'never-run' }
  | { readonly kind: 'key-format-changed' }
  | { readonly kind: 'cmd-changed' }
  | { readonly kind: 'shell-changed'; readonly from: string; readonly to: string }
  | { readonly kind: 'wdir-changed'; readonly from: string; readonly to: string }
  | { readonly kind: 'env-changed'; readonly name: string }
  /** `from`/`to` absent: the stage had no image (ran on the host) before or now. */
  | { readonly kind: 'image-changed'; readonly from?: string; readonly to?: string }
  | {
      readonly kind: 'param-changed';
      readonly key: string;
      readonly from?: Json;
      readonly to?: Json;
    }
  | { readonly kind: 'dep-added'; readonly path: string }
  | { readonly kind: 'dep-removed'; readonly path: string }
  | { readonly kind: 'dep-changed'; readonly path: string }
  | { readonly kind: 'outs-changed' }
  | { readonly kind: 'needs-changed' }
  | { readonly kind: 'salt-changed' }
  /** The inputs equal the last recorded run's, yet no record has this key (e.g. lost state). */
  | { readonly kind: 'no-record' }
  // The workspace against the record of the same key.
  | { readonly kind: 'output-missing'; readonly path: string }
  | { readonly kind: 'output-modified'; readonly path: string }
  // Rules.
  | { readonly kind: 'forced' }
  | { readonly kind: 'always-run' }
  | { readonly kind: 'frozen' }
  | { readonly kind: 'upstream-will-run'; readonly stage: string }
  | { readonly kind: 'upstream-unusable'; readonly stage: string; readonly result: string }
  | { readonly kind: 'not-started'; readonly cause: StopCause }
  /** The cache had an entry but restoring it failed; `detail` is the cache's own words. */
  | { readonly kind: 'cache-entry-unusable'; readonly detail: string }
  /** DVC projects: data not pulled yet (`input-missing`) or a param its file lacks. */
  | MissingInput;

export type StopCause =
  { readonly kind: 'interrupted' } | { readonly kind: 'stage-failed'; readonly stage: string };

/** A params value as read from YAML/JSON. */
export type Json = unknown;

export type ReasonKind = Reason['kind'];

/** What changed between the previous run's fingerprint and the current one. */
export function explainChange(current: Fingerprint, previous: Fingerprint | undefined): Reason[] {
  if (previous === undefined) return [{ kind: 'never-run' }];
  if (previous.keyVersion !== current.keyVersion) return [{ kind: 'key-format-changed' }];
  const reasons: Reason[] = [];
  if (canonicalJson(previous.cmd) !== canonicalJson(current.cmd))
    reasons.push({ kind: 'cmd-changed' });
  if (previous.shell !== current.shell)
    reasons.push({ kind: 'shell-changed', from: previous.shell, to: current.shell });
  if (previous.wdir !== current.wdir)
    reasons.push({ kind: 'wdir-changed', from: previous.wdir, to: current.wdir });
  for (const name of changedKeys(previous.env, current.env))
    reasons.push({ kind: 'env-changed', name });
  if (previous.image !== current.image)
    reasons.push({
      kind: 'image-changed',
      ...defined('from', previous.image),
      ...defined('to', current.image),
    } as Reason);
  for (const key of changedKeys(previous.params, current.params))
    reasons.push({
      kind: 'param-changed',
      key,
      ...defined('from', previous.params[key]),
      ...defined('to', current.params[key]),
    });
  for (const path of changedKeys(previous.deps, current.deps)) {
    if (!(path in previous.deps)) reasons.push({ kind: 'dep-added', path });
    else if (!(path in current.deps)) reasons.push({ kind: 'dep-removed', path });
    else reasons.push({ kind: 'dep-changed', path });
  }
  if (canonicalJson(previous.outs) !== canonicalJson(current.outs))
    reasons.push({ kind: 'outs-changed' });
  if (canonicalJson(previous.needs) !== canonicalJson(current.needs))
    reasons.push({ kind: 'needs-changed' });
  if (previous.salt !== current.salt) reasons.push({ kind: 'salt-changed' });
  return reasons.length > 0 ? reasons : [{ kind: 'no-record' }];
}

function defined<K extends string>(key: K, value: unknown): Partial<Record<K, unknown>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, unknown>);
}

function changedKeys(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k])).sort();
}

/** For the exhaustive switches over reason kinds: a new kind is a compile error there. */
export function unreachable(value: never): never {
  throw new Error(`Internal error: unhandled case ${JSON.stringify(value)}`);
}
