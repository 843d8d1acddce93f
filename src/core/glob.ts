/**
 * Globs in deps, with the semantics users know from picomatch/micromatch (and so from most
 * JavaScript tooling, .gitignore-style matchers and DVC/Snakemake habits): `*` `?` within a
 * segment, `**` across directories (`a/**` is everything under `a`), braces `{py,sql}` and
 * ranges `{1..3}`, classes `[abc]` `[!abc]` `[[:digit:]]`, extglobs `@(a|b)` `!(x)` `+(x)`,
 * backslash escapes `\*`, and dotfiles only when the pattern names the dot (`.*`, `.cache/*`).
 * Pure: matching only. Walking the file system is the workspace adapter's job.
 */
import picomatch from 'picomatch/posix.js';

/** The options every match uses, so the walk, the graph and the digests agree. */
const OPTIONS: picomatch.PicomatchOptions = {
  dot: false,
  windows: false,
  // POSIX bracket expressions: `[!ab]` negates a class (without it picomatch reads `!` literally).
  posix: true,
  strictSlashes: false,
};

/** Characters that make a pattern; parentheses alone do not (`report (final).pdf` is a name). */
const PATTERN_CHARS = /[*?[{]|[@!+]\(/;

/** True when the text is a pattern (wildcards, braces, classes, extglobs), not a plain path. */
export function isGlob(text: string): boolean {
  return PATTERN_CHARS.test(text) && picomatch.scan(text, OPTIONS).isGlob;
}

/** Outputs are exact paths: no pattern, and none of `*`, `?`, `[` even where they match literally. */
export function isOutputPattern(text: string): boolean {
  return /[*?[]/.test(text) || isGlob(text);
}

/**
 * A dep written with a backslash escapes a character (`data/\*literal.csv`): it is a pattern
 * matching that literal name, never a Windows separator.
 */
export function isGlobDep(text: string): boolean {
  return isGlob(text) || text.includes('\\');
}

export type Matcher = (path: string) => boolean;

const matchers = new Map<string, Matcher>();

/** A matcher for root-relative posix paths (compiled once per pattern). */
export function compileGlob(pattern: string): Matcher {
  const known = matchers.get(pattern);
  if (known) return known;
  const matcher: Matcher = picomatch(pattern, OPTIONS);
  matchers.set(pattern, matcher);
  return matcher;
}

/**
 * The literal directory before the first segment with a wildcard (or an escape): where a walk
 * has to start.
 */
export function globBase(pattern: string): string {
  const parts = segments(pattern);
  const base: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isGlob(part) || part.includes('\\')) break;
    base.push(part);
  }
  return base.join('/');
}

/** Path segments of a pattern; a brace or extglob holding `/` stays one segment. */
function segments(pattern: string): string[] {
  const parts = picomatch.scan(pattern, { ...OPTIONS, parts: true }).parts;
  return parts && parts.length > 0 ? parts : pattern.split('/');
}

/**
 * Could `dir` itself, or something under it, match the pattern? Used to connect a glob dep to
 * another stage's output (a file or a directory) and to prune the walk. Errs towards yes.
 */
export function globMayMatchUnder(pattern: string, dir: string): boolean {
  const parts = segments(pattern);
  const names = dir === '' ? [] : dir.split('/');
  for (let i = 0; i < names.length; i++) {
    const segment = parts[i];
    if (segment === undefined) return false;
    if (segment.includes('**') || segment.includes('/')) return true;
    if (!compileGlob(segment)(names[i] as string)) return false;
  }
  return true;
}

export type ResolvedGlob = { ok: true; pattern: string } | { ok: false; reason: string };

/**
 * A pattern written relative to a stage's wdir, made root-relative. Leading `./` and `../`
 * segments are resolved (and may not leave the project); the rest is kept as written, escapes
 * included. `..` after the first wildcard could lead anywhere, so it is refused.
 */
export function resolveGlob(base: string, pattern: string): ResolvedGlob {
  if (pattern === '') return { ok: false, reason: 'is empty' };
  if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern))
    return { ok: false, reason: 'is an absolute path' };
  if (pattern.includes('\0')) return { ok: false, reason: 'contains a NUL byte' };
  const parts = base === '' ? [] : base.split('/');
  const rest = pattern.replace(/\/+$/, '').split('/');
  while (rest.length > 0 && (rest[0] === '.' || rest[0] === '..' || rest[0] === '')) {
    if (rest.shift() === '..') {
      if (parts.length === 0) return { ok: false, reason: 'leaves the project directory' };
      parts.pop();
    }
  }
  if (rest.length === 0) return { ok: false, reason: 'names no file' };
  if (rest.includes('..'))
    return { ok: false, reason: 'uses .. after a wildcard (write the directory first)' };
  return { ok: true, pattern: [...parts, ...rest].join('/') };
}
