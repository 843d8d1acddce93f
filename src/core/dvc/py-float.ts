/**
 * A YAML float whose value is a whole number (`20.0`, `0.0`, `1e3`). JavaScript has one number
 * type, so `20.0` and `20` would read the same; DVC (Python) keeps them apart and writes
 * `${lr}` as `20.0`. dvc.yaml and its vars files are parsed with these kept, so interpolated text
 * matches DVC's; they are turned back into numbers before anything else sees the values.
 */
export class PyFloat {
  constructor(readonly value: number) {}

  /** Not a plain object: parsers that turn object keys into "[object Object]" use toString. */
  get [Symbol.toStringTag](): string {
    return 'PyFloat';
  }

  /** Python's `str()` of the float. */
  toString(): string {
    if (Object.is(this.value, -0)) return '-0.0';
    if (Math.abs(this.value) < 1e16) return `${String(this.value)}.0`;
    const [mantissa, exponent] = this.value.toExponential().split('e') as [string, string];
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
}

/** Wraps a parsed float when it is a whole number (other floats print the same in both languages). */
export function pyFloat(value: number): number | PyFloat {
  return Number.isFinite(value) && Number.isInteger(value) ? new PyFloat(value) : value;
}

/** The same value with every PyFloat turned back into a number. */
export function plainNumbers(value: unknown): unknown {
  if (value instanceof PyFloat) return value.value;
  if (Array.isArray(value)) return value.map(plainNumbers);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainNumbers(v);
    return out;
  }
  return value;
}
