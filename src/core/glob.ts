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
      if (body.startsWith('!')) body = '^' + body.slice(1);
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else out += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return out;
}

/** Could something at or under `dir` match the pattern? Used to find edges into directory outputs. */
export function globMayMatchUnder(pattern: string, dir: string): boolean {
  const base = globBase(pattern);
  if (base === '' || dir === '' || dir === base) return true;
  if (base.startsWith(dir + '/')) return true;
  if (dir.startsWith(base + '/')) {
    // The pattern's static part is above dir: test dir against the pattern's prefix.
    const depth = dir.split('/').length;
    const segments = pattern.split('/');
    const prefix = segments.slice(0, depth);
    if (prefix.includes('**')) return true;
    return globToRegExp(prefix.join('/')).test(dir);
  }
  return false;
}
