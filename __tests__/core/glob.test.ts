import {
  compileGlob,
  globBase,
  globMayMatchUnder,
  isGlob,
  isGlobDep,
  isOutputPattern,
  resolveGlob,
} from '../../src/core/glob.js';

const matches = (pattern: string, path: string) => compileGlob(pattern)(path);

describe('isGlob', () => {
  it.each([
    ['*.csv', true],
    ['a/?.txt', true],
    ['[ab].txt', true],
    ['data/**', true],
    ['src/*.{py,sql}', true],
    ['data/{a,b}/x.csv', true],
    ['src/@(a|b).py', true],
    ['data/raw.csv', false],
    ['data/', false],
    ['report (final).pdf', false], // parentheses alone are a name
    ['x{y}', false], // a brace without a comma or range is literal
  ])('%j: %j', (path, expected) => expect(isGlob(path)).toBe(expected));

  it('an escape makes a dep a pattern (never a Windows separator)', () => {
    expect(isGlobDep('data/\\*literal.csv')).toBe(true);
    expect(isGlobDep('data/raw.csv')).toBe(false);
  });

  it('outputs refuse wildcards even where they would match literally', () => {
    expect(isOutputPattern('a[b')).toBe(true);
    expect(isOutputPattern('x{a,b}')).toBe(true);
    expect(isOutputPattern('report (final).pdf')).toBe(false);
  });
});

describe('matching (picomatch semantics)', () => {
  it('* stays within a segment', () => {
    expect(matches('*.csv', 'a.csv')).toBe(true);
    expect(matches('*.csv', 'd/a.csv')).toBe(false);
    expect(matches('data/*.csv', 'data/a.csv')).toBe(true);
    expect(matches('data/*.csv', 'data/x/a.csv')).toBe(false);
    expect(matches('data/*.csv', 'data/a.csv.bak')).toBe(false);
    expect(matches('data/*', 'data/x/y')).toBe(false);
  });

  it('** spans any number of directories, including none', () => {
    const p = 'src/**/*.py';
    expect(matches(p, 'src/a.py')).toBe(true);
    expect(matches(p, 'src/x/y/z/a.py')).toBe(true);
    expect(matches(p, 'src/x/a.js')).toBe(false);
    expect(matches(p, 'lib/src/a.py')).toBe(false);
    expect(matches('**/x.csv', 'x.csv')).toBe(true);
    expect(matches('**/x.csv', 'a/bx.csv')).toBe(false);
  });

  it('a/** is everything under a (and a itself)', () => {
    expect(matches('data/**', 'data/a')).toBe(true);
    expect(matches('data/**', 'data/a/b/c')).toBe(true);
    expect(matches('data/**', 'data')).toBe(true);
    expect(matches('data/**', 'database/a')).toBe(false);
  });

  it('braces: alternatives and ranges, also across directories', () => {
    expect(matches('src/*.{py,sql}', 'src/x.py')).toBe(true);
    expect(matches('src/*.{py,sql}', 'src/q.sql')).toBe(true);
    expect(matches('src/*.{py,sql}', 'src/x.r')).toBe(false);
    expect(matches('data/{a,b}/*.csv', 'data/b/1.csv')).toBe(true);
    expect(matches('data/{a,b}/*.csv', 'data/c/1.csv')).toBe(false);
    expect(matches('part-{1..3}.csv', 'part-2.csv')).toBe(true);
    expect(matches('part-{1..3}.csv', 'part-4.csv')).toBe(false);
  });

  it('extglobs', () => {
    expect(matches('src/@(a|b).py', 'src/a.py')).toBe(true);
    expect(matches('src/@(a|b).py', 'src/c.py')).toBe(false);
    expect(matches('data/!(skip)*.csv', 'data/keep.csv')).toBe(true);
    expect(matches('data/!(skip)*.csv', 'data/skip.csv')).toBe(false);
    expect(matches('x/+(ab).txt', 'x/abab.txt')).toBe(true);
  });

  it('classes, ranges, negated classes and POSIX classes', () => {
    expect(matches('[ab].txt', 'a.txt')).toBe(true);
    expect(matches('[ab].txt', 'c.txt')).toBe(false);
    expect(matches('part-[0-9].csv', 'part-7.csv')).toBe(true);
    expect(matches('[!ab].txt', 'c.txt')).toBe(true);
    expect(matches('[!ab].txt', 'a.txt')).toBe(false);
    expect(matches('x[!a]y', 'x/y')).toBe(false);
    expect(matches('part-[[:digit:]].csv', 'part-3.csv')).toBe(true);
  });

  it('a backslash escapes', () => {
    expect(matches('data/\\*.csv', 'data/*.csv')).toBe(true);
    expect(matches('data/\\*.csv', 'data/x.csv')).toBe(false);
  });

  it('dotfiles only when the pattern names the dot', () => {
    expect(matches('*.csv', '.hidden.csv')).toBe(false);
    expect(matches('src/**/*.py', 'src/.venv/x.py')).toBe(false);
    expect(matches('.*', '.env')).toBe(true);
    expect(matches('.cache/**', '.cache/x')).toBe(true);
  });

  it('regex metacharacters in names are literal', () => {
    expect(matches('a.csv', 'abcsv')).toBe(false);
    expect(matches('a+b$.csv', 'a+b$.csv')).toBe(true);
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
    ['data/{a,b}/*.csv', 'data'],
    ['{a,b/c}/*.csv', ''],
    ['data/\\*x/*.csv', 'data'],
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
    ['data/{a,b}/*.csv', 'data/b', true],
    ['data/{a,b}/*.csv', 'data/c', false],
    ['a/**', 'a', true],
  ])('%j under %j: %j', (pattern, dir, expected) => {
    expect(globMayMatchUnder(pattern, dir)).toBe(expected);
  });

  it('a top-level glob does not reach into subdirectories', () => {
    expect(globMayMatchUnder('*.txt', 'out')).toBe(false);
    expect(globMayMatchUnder('*.txt', 'models/m.bin')).toBe(false);
  });
});

describe('resolveGlob', () => {
  it.each([
    ['', '*.csv', '*.csv'],
    ['src', '*.py', 'src/*.py'],
    ['src', '../data/*.csv', 'data/*.csv'],
    ['src', './{a,b}.py', 'src/{a,b}.py'],
    ['', 'data/\\*.csv', 'data/\\*.csv'],
  ])('in %j, %j is %j', (base, pattern, expected) => {
    expect(resolveGlob(base, pattern)).toEqual({ ok: true, pattern: expected });
  });

  it.each([
    ['', '../*.csv', 'leaves the project directory'],
    ['', '/abs/*.csv', 'is an absolute path'],
    ['', 'data/*/../../x', 'uses .. after a wildcard (write the directory first)'],
  ])('in %j, %j: %s', (base, pattern, reason) => {
    expect(resolveGlob(base, pattern)).toEqual({ ok: false, reason });
  });
});
