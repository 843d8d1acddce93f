/**
 * Pure posix path handling for project-relative paths. The project root is ''.
 */

export type NormalizedPath = { ok: true; path: string } | { ok: false; reason: string };

/** Joins a base (root-relative) with a user path and normalizes; rejects escapes. */
export function resolveInProject(base: string, userPath: string): NormalizedPath {
  if (userPath.length === 0) return { ok: false, reason: 'is empty' };
  if (userPath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(userPath) || userPath.startsWith('\\')) {
    return { ok: false, reason: 'is an absolute path' };
  }
  if (userPath.includes('\0')) return { ok: false, reason: 'contains a NUL byte' };
  const parts: string[] = base === '' ? [] : base.split('/');
  for (const part of userPath.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return { ok: false, reason: 'leaves the project directory' };
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  return { ok: true, path: parts.join('/') };
}

/** True when `inner` is `outer` or lies inside it. The root ('') contains everything. */
export function isWithin(inner: string, outer: string): boolean {
  if (outer === '') return true;
  return inner === outer || inner.startsWith(outer + '/');
}

/** True when one path is the other or inside it. */
export function overlaps(a: string, b: string): boolean {
  return isWithin(a, b) || isWithin(b, a);
}

/** `path` relative to `dir`, for a path inside it. */
export function relativeTo(path: string, dir: string): string {
  if (dir === '') return path;
  if (path === dir) return '';
  return path.slice(dir.length + 1);
}

export function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  if (name === '') return dir;
  return `${dir}/${name}`;
}

export function parentDir(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '' : path.slice(0, at);
}
