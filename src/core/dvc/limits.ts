/**
 * At most this many stages are generated from one dvc.yaml by foreach and matrix. Checked before
 * expanding, so a huge group fails at once with a positioned error instead of exhausting memory.
 */
export const GENERATED_STAGES_LIMIT = 10_000;

/** Stages a matrix of these axis lengths generates; stops counting once past the limit. */
export function expansionSize(lengths: readonly number[]): number {
  if (lengths.includes(0)) return 0;
  let size = 1;
  for (const length of lengths) {
    size *= length;
    if (size > GENERATED_STAGES_LIMIT) return size;
  }
  return size;
}
