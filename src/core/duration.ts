import type { Result } from './result.js';
import { err, ok } from './result.js';

/**
 * A span of time as the manifest writes it (`90s`, `10m`, `2h`, `1h30m`, or a bare number of
 * seconds), kept with its text so messages quote what the user wrote ("timed out after 10m").
 */
export interface Duration {
  readonly ms: number;
  /** The text as written, or `<n>s` for a number of seconds. */
  readonly text: string;
}

/**
 * Digits (seconds), or h, m, s components in that order, each at most once: `1h30m`, `2m5s`,
 * `0.5s`. Shared with the JSON schema (schema.ts), so editors and the validator agree.
 */
export const DURATION_PATTERN =
  '^\\d+(\\.\\d+)?$|^(?=.)(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?$';

const SECONDS = /^\d+(?:\.\d+)?$/;
const COMPONENTS = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;
const HOUR_MS = 3_600_000;

/** Longer than any CI job may run (a year): surely a typo, e.g. milliseconds written as seconds. */
const MAX_MS = 366 * 24 * HOUR_MS;

/** Why a value is not a duration: a typed reason the manifest reader puts into words. */
export type DurationProblem = 'not-a-duration' | 'negative' | 'zero' | 'too-long';

/**
 * Parses a duration. A number (or a string of digits) is seconds. `zero: 'allowed'` for delays
 * (no wait between attempts); a timeout of zero would fail every stage, so it is refused there.
 */
export function parseDuration(
  value: string | number,
  options: { readonly zero: 'allowed' | 'refused' },
): Result<Duration, DurationProblem> {
  const parsed = typeof value === 'number' ? fromNumber(value) : fromText(value);
  if (!parsed.ok) return parsed;
  const { ms } = parsed.value;
  if (ms === 0 && options.zero === 'refused') return err('zero');
  if (ms > MAX_MS) return err('too-long');
  return parsed;
}

function fromNumber(value: number): Result<Duration, DurationProblem> {
  if (!Number.isFinite(value)) return err('not-a-duration');
  if (value < 0) return err('negative');
  return ok({ ms: Math.round(value * 1000), text: `${value}s` });
}

function fromText(text: string): Result<Duration, DurationProblem> {
  if (/^\s*-/.test(text)) return err('negative');
  if (SECONDS.test(text)) return ok({ ms: Math.round(Number(text) * 1000), text: `${text}s` });
  const match = text === '' ? null : COMPONENTS.exec(text);
  if (!match) return err('not-a-duration');
  const [, h, m, s] = match;
  const ms = Number(h ?? 0) * HOUR_MS + Number(m ?? 0) * 60_000 + Number(s ?? 0) * 1000;
  return ok({ ms: Math.round(ms), text });
}
