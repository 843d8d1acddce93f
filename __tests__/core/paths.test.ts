import {
  isWithin,
  joinPath,
  overlaps,
  parentDir,
  relativeTo,
  resolveInProject,
} from '../../src/core/paths.js';

describe('resolveInProject', () => {
  it.each([
    ['', 'data/raw.csv', 'data/raw.csv'],
    ['', './a//b/./c', 'a/b/c'],
    ['', 'data/', 'data'],
    ['', '.', ''],
    ['', 'a/..', ''],
    ['src', 'x.js', 'src/x.js'],
    ['src', '../data/raw.csv', 'data/raw.csv'],
    ['src/a', '../../b', 'b'],
    ['src', '.', 'src'],
    ['', 'a/b/../c', 'a/c'],
    ['', 'a\\b', 'a/b'],
  ])('%j + %j = %j', (base, user, expected) => {
    expect(resolveInProject(base, user)).toEqual({ ok: true, path: expected });
  });

  it.each([
    ['', '../x', 'leaves the project directory'],
    ['', 'a/../../x', 'leaves the project directory'],
    ['src', '../../x', 'leaves the project directory'],
    ['', '..', 'leaves the project directory'],
    ['', '/etc/passwd', 'is an absolute path'],
    ['src', '/etc/passwd', 'is an absolute path'],
    ['', 'C:\\data', 'is an absolute path'],
    ['', 'c:/data', 'is an absolute path'],
    ['', '\\\\server\\share', 'is an absolute path'],
    ['', '', 'is empty'],
    ['', 'a\0b', 'contains a NUL byte'],
  ])('%j + %j is rejected: %s', (base, user, reason) => {
    expect(resolveInProject(base, user)).toEqual({ ok: false, reason });
  });
});

describe('isWithin', () => {
  it.each([
    ['a/b', 'a', true],
    ['a', 'a', true],
    ['a/b/c', 'a/b', true],
    ['anything', '', true],
    ['', '', true],
    ['ab', 'a', false],
    ['a', 'a/b', false],
    ['', 'a', false],
    ['b/a', 'a', false],
  ])('isWithin(%j, %j) = %j', (inner, outer, expected) => {
    expect(isWithin(inner, outer)).toBe(expected);
  });
});

describe('overlaps', () => {
  it.each([
    ['a', 'a/b', true],
    ['a/b', 'a', true],
    ['a', 'a', true],
    ['data', 'data2', false],
    ['data/x', 'data/y', false],
    ['', 'x', true],
  ])('overlaps(%j, %j) = %j', (a, b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('small helpers', () => {
  it('relativeTo, joinPath, parentDir', () => {
    expect(relativeTo('a/b/c', 'a')).toBe('b/c');
    expect(relativeTo('a', 'a')).toBe('');
    expect(relativeTo('a/b', '')).toBe('a/b');
    expect(joinPath('', 'x')).toBe('x');
    expect(joinPath('d', '')).toBe('d');
    expect(joinPath('d', 'x')).toBe('d/x');
    expect(parentDir('a/b/c')).toBe('a/b');
    expect(parentDir('a')).toBe('');
  });
});
