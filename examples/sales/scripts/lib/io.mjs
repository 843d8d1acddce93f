// Small deterministic output helpers: no locale, no clock, stable key order.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeText(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** JSON with two-space indent and a final newline; key order is the insertion order. */
export function writeJson(path, value) {
  writeText(path, JSON.stringify(value, null, 2) + '\n');
}

/** Rounds half away from zero to `digits` decimals and returns a number (no -0). */
export function round(n, digits = 2) {
  const f = 10 ** digits;
  const r = (Math.sign(n) * Math.round(Math.abs(n) * f + Number.EPSILON)) / f;
  return r === 0 ? 0 : r;
}

/** 1234567.891 → "1,234,567.89" without Intl, so the locale of the machine never matters. */
export function money(n, digits = 2) {
  const [int, frac] = Math.abs(round(n, digits)).toFixed(digits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (n < 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** Plain string comparison (not localeCompare: its order depends on the ICU locale). */
export function byString(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function escapeHtml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Fails the stage with a readable message and exit code 1. */
export function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

/** argv after the script, checked against a usage line. */
export function args(count, usage) {
  const a = process.argv.slice(2);
  if (a.length !== count) fail(`usage: ${usage}`);
  return a;
}
