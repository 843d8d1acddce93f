/**
 * Globs for deps: `*` and `?` within a path segment, `[...]` classes, `**` across segments.
 * Pure: matching only. Walking the file system is the workspace adapter's job.
 */

const GLOB_CHARS = /[*?[]/;

export function isGlob(path: string): boolean {
  return GLOB_CHARS.test(path);
}

/** The directory before the first segment with a wildcard: where a walk has to start. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const base: string[] = [];
  for (const segment of segments) {
    if (isGlob(segment)) break;
    base.push(segment);
  }
  if (base.length === segments.length) base.pop();
  return base.join('/');
}

export function globToRegExp(pattern: string): RegExp {
  let source = '';
  const segments = pattern.split('/');
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segmentToRegExp(segment) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

function segmentToRegExp(segment: string): string {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      if (body.startsWith('!')) body = '^/' + body.slice(1);
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

/**
 * Could `dir` itself, or something under it, match the pattern? Used to connect a glob dep to
 * another stage's output, which may be a file or a directory.
 */
export function globMayMatchUnder(pattern: string, dir: string): boolean {
  const segments = pattern.split('/');
  const parts = dir === '' ? [] : dir.split('/');
  for (let i = 0; i < parts.length; i++) {
    const segment = segments[i];
    if (segment === undefined) return false;
    if (segment === '**') return true;
    if (!new RegExp(`^${segmentToRegExp(segment)}$`).test(parts[i] as string)) return false;
  }
  return true;
}
