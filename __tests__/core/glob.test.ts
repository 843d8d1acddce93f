import { globBase, globMayMatchUnder, globToRegExp, isGlob } from '../../src/core/glob.js';

const matches = (pattern: string, path: string) => globToRegExp(pattern).test(path);

describe('isGlob', () => {
  it.each([
    ['*.csv', true],
    ['a/?.txt', true],
    ['[ab].txt', true],
    ['data/**', true],
    ['data/raw.csv', false],
    ['data/', false],
  ])('%j: %j', (path, expected) => expect(isGlob(path)).toBe(expected));
});

describe('globToRegExp', () => {
  it('* stays within a segment', () => {
    expect(matches('*.csv', 'a.csv')).toBe(true);
    expect(matches('*.csv', '.csv')).toBe(true);
    expect(matches('*.csv', 'd/a.csv')).toBe(false);
    expect(matches('data/*.csv', 'data/a.csv')).toBe(true);
    expect(matches('data/*.csv', 'data/x/a.csv')).toBe(false);
    expect(matches('data/*.csv', 'data/a.csv.bak')).toBe(false);
    expect(matches('data/*', 'data/x')).toBe(true);
    expect(matches('data/*', 'data/x/y')).toBe(false);
  });

  it('** spans any number of directories, including none', () => {
    const p = 'src/**/*.py';
    expect(matches(p, 'src/a.py')).toBe(true);
    expect(matches(p, 'src/x/a.py')).toBe(true);
    expect(matches(p, 'src/x/y/z/a.py')).toBe(true);
    expect(matches(p, 'src/x/a.js')).toBe(false);
    expect(matches(p, 'src2/a.py')).toBe(false);
    expect(matches(p, 'lib/src/a.py')).toBe(false);
    expect(matches('**/x.csv', 'x.csv')).toBe(true);
    expect(matches('**/x.csv', 'a/b/x.csv')).toBe(true);
    expect(matches('**/x.csv', 'a/bx.csv')).toBe(false);
  });

  it('a trailing ** matches everything under the directory', () => {
    expect(matches('data/**', 'data/a')).toBe(true);
    expect(matches('data/**', 'data/a/b/c')).toBe(true);
    expect(matches('data/**', 'database/a')).toBe(false);
    expect(matches('data/**', 'data')).toBe(false);
  });

  it('? is one character, never /', () => {
    expect(matches('file?.txt', 'file1.txt')).toBe(true);
    expect(matches('file?.txt', 'file.txt')).toBe(false);
    expect(matches('file?.txt', 'file12.txt')).toBe(false);
    expect(matches('a?b', 'a/b')).toBe(false);
  });

  it('character classes, ranges and negation', () => {
    expect(matches('[ab].txt', 'a.txt')).toBe(true);
    expect(matches('[ab].txt', 'c.txt')).toBe(false);
    expect(matches('part-[0-9].csv', 'part-7.csv')).toBe(true);
    expect(matches('part-[0-9].csv', 'part-x.csv')).toBe(false);
    expect(matches('[!ab].txt', 'c.txt')).toBe(true);
    expect(matches('[!ab].txt', 'a.txt')).toBe(false);
  });

  it('a negated class never matches /', () => {
    expect(matches('x[!a]y', 'x/y')).toBe(false);
  });

  it('regex metacharacters are literal', () => {
    expect(matches('a.csv', 'abcsv')).toBe(false);
    expect(matches('a+b(1)$.csv', 'a+b(1)$.csv')).toBe(true);
    expect(matches('a+b(1).csv', 'aab(1).csv')).toBe(false);
    expect(matches('{a,b}.csv', '{a,b}.csv')).toBe(true);
    expect(matches('{a,b}.csv', 'a.csv')).toBe(false);
    expect(matches('a^b|c', 'a^b|c')).toBe(true);
  });

  it('an unclosed [ is a literal', () => {
    expect(matches('a[b*', 'a[bc')).toBe(true);
    expect(matches('a[b*', 'ab')).toBe(false);
  });

  it('is anchored at both ends', () => {
    expect(matches('*.csv', 'a.csv.txt')).toBe(false);
    expect(matches('data/*.csv', 'x/data/a.csv')).toBe(false);
  });
});

describe('globBase', () => {
  it.each([
    ['data/**/*.csv', 'data'],
    ['*.csv', ''],
    ['a/b/c?.txt', 'a/b'],
    ['a/[xy]/c', 'a'],
    ['**/x', ''],
    ['a/b/c', 'a/b'],
  ])('%j → %j', (pattern, base) => expect(globBase(pattern)).toBe(base));
});

describe('globMayMatchUnder', () => {
  it.each([
    ['data/**/*.csv', 'data', true], // the output is the glob's base
    ['data/**/*.csv', 'data/sub', true], // ** can reach into it
    ['data/*/x.csv', 'data/sub', true],
    ['data/a*/x.csv', 'data/b', false],
    ['data/a*/x.csv', 'data/abc', true],
    ['data/sub/*.csv', 'data', true], // the output directory holds the glob's base
    ['data/*.csv', 'other', false],
    ['data/*.csv', 'database', false],
    ['data/*.csv', 'data/x.txt', false],
    ['data/*.csv', 'data/x.csv', true],
    ['**/*.csv', 'anything/below', true],
  ])('%j under %j: %j', (pattern, dir, expected) => {
    expect(globMayMatchUnder(pattern, dir)).toBe(expected);
  });

  it('a top-level glob does not reach into subdirectories', () => {
    expect(globMayMatchUnder('*.txt', 'out')).toBe(false);
    expect(globMayMatchUnder('*.txt', 'models/m.bin')).toBe(false);
  });
});
