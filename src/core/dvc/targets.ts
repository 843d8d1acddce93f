/** The separator of the stage names foreach and matrix generate (`build@us`). */
export const GROUP_SEPARATOR = '@';

/**
 * Resolves target names as `dvc repro` does: a stage name selects that stage; the name of a
 * foreach/matrix group (`build`) selects every stage it generated (`build@*`), in pipeline order.
 * Returns the first name that is neither.
 */
export function expandTargets(
  names: readonly string[],
  stages: readonly string[],
): { ok: true; stages: string[] } | { ok: false; unknown: string } {
  const known = new Set(stages);
  const out: string[] = [];
  for (const name of names) {
    if (known.has(name)) {
      out.push(name);
      continue;
    }
    const members = stages.filter((s) => s.startsWith(name + GROUP_SEPARATOR));
    if (members.length === 0) return { ok: false, unknown: name };
    out.push(...members);
  }
  return { ok: true, stages: [...new Set(out)] };
}
