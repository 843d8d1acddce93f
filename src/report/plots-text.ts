/**
 * Words and numbers shared by the Markdown and SVG renderings of plots: the side labels (the
 * metrics convention) and number formatting.
 */
export interface SideNames {
  /** The base column: `main (base)`, `Previous run (main)`, or a git revision. */
  readonly base: string;
  /** `This PR`, `This run` or `workspace`. */
  readonly head: string;
}

export function sideNames(
  baseline: { readonly branch: string; readonly kind?: 'base' | 'previous' } | undefined,
): SideNames {
  if (!baseline) return { base: 'base', head: 'This run' };
  return baseline.kind === 'previous'
    ? { base: `Previous run (${baseline.branch})`, head: 'This run' }
    : { base: `${baseline.branch} (base)`, head: 'This PR' };
}

/** Up to 6 significant digits, no exponent for everyday magnitudes. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(3);
  return String(Number(value.toPrecision(6)));
}

/** A change with its sign (`+0.12`, `−3`), or empty for no change. */
export function formatDelta(value: number): string {
  if (value === 0) return '';
  return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}
