import { canonicalJson } from './fingerprint.js';
import type { Fingerprint } from './record.js';

/** Why a stage has to run, in words a person reads in a log or a PR comment. */
export function explainChange(current: Fingerprint, previous: Fingerprint | undefined): string[] {
  if (previous === undefined) return ['never run'];
  if (previous.keyVersion !== current.keyVersion)
    return ['recorded by an older reprokit (key format changed)'];
  const reasons: string[] = [];
  if (canonicalJson(previous.cmd) !== canonicalJson(current.cmd)) reasons.push('command changed');
  if (previous.shell !== current.shell)
    reasons.push(`shell changed: ${previous.shell} → ${current.shell}`);
  if (previous.wdir !== current.wdir)
    reasons.push(`wdir changed: ${show(previous.wdir || '.')} → ${show(current.wdir || '.')}`);
  for (const name of changedKeys(previous.env, current.env)) reasons.push(`env ${name} changed`);
  for (const key of changedKeys(previous.params, current.params)) {
    reasons.push(
      `param ${key} changed: ${show(previous.params[key])} → ${show(current.params[key])}`,
    );
  }
  for (const path of changedKeys(previous.deps, current.deps)) {
    if (!(path in previous.deps)) reasons.push(`dep ${path} added`);
    else if (!(path in current.deps)) reasons.push(`dep ${path} removed`);
    else reasons.push(`dep ${path} changed`);
  }
  if (canonicalJson(previous.outs) !== canonicalJson(current.outs))
    reasons.push('declared outputs changed');
  if (canonicalJson(previous.needs) !== canonicalJson(current.needs)) reasons.push('needs changed');
  if (previous.salt !== current.salt) reasons.push('cache salt changed');
  return reasons.length > 0 ? reasons : ['no record for this key'];
}

function changedKeys(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k])).sort();
}

function show(value: unknown): string {
  if (value === undefined) return '(unset)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}
