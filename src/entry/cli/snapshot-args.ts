import type { ParsedArgs } from './spec.js';

/**
 * The `status`/`run` invocations a no-op snapshot may answer: nothing but -C, --json, --jobs and
 * (status) --exit-code, whose answer for an all-fresh project does not depend on anything else.
 * The fast path (fast-path.ts) and the writer (snapshot.ts) use this one rule. Its own small
 * module because the CLI entry loads it on every start.
 */
export function snapshotArgs(args: ParsedArgs): boolean {
  if (args.command !== 'status' && args.command !== 'run') return false;
  if (args.operands.length > 0) return false;
  const allowed = [
    'directory',
    'json',
    'jobs',
    ...(args.command === 'status' ? ['exit-code'] : []),
  ];
  return Object.entries(args.values).every(
    ([name, value]) => allowed.includes(name) || value === false,
  );
}
