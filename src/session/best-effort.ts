/**
 * Runs steps whose only purpose is speed next time. A full disk or a read-only `.reprokit/`
 * must not fail a run that succeeded: each failure becomes one warning, and the rest go on.
 * (Its own module: the CLI's no-op fast path uses it and must not load the adapters.)
 */
export function bestEffort(steps: readonly [what: string, step: () => void][]): string[] {
  const warnings: string[] = [];
  for (const [what, step] of steps) {
    try {
      step();
    } catch (e) {
      warnings.push(
        `could not save ${what}: ${(e as Error).message}; reprokit goes on (the next run may do more work)`,
      );
    }
  }
  return warnings;
}
