/**
 * At most this many stages are generated from one dvc.yaml by foreach and matrix. Checked before
 * expanding, so a huge group fails at once with a positioned error instead of exhausting memory.
 */
export const GENERATED_STAGES_LIMIT = 10_000;

/** Stages a matrix of these axis lengths generates (counted, not generated). */
export function expansionSize(lengths: readonly number[]): number {
  return lengths.reduce((size, length) => size * length, 1);
}
