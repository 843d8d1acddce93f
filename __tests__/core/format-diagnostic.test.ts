import { error } from '../../src/core/diagnostics.js';
import { formatDiagnostic } from '../../src/core/format-diagnostic.js';
import { openLocator, parseYaml } from '../../src/core/manifest/source.js';
import { YamlLocator, parseYamlNow } from '../../src/core/manifest/yaml-reference.js';
import { YAML_LIMITS } from '../../src/core/manifest/yaml-limits.js';

const TEXT =
  'stages:\n  prepare:\n    cmd: echo\n    dep: [src/prepare.js]\n    outs: [data/clean.csv, data/x.csv]\n';
const locator = (text = TEXT) => new YamlLocator(new Map([['reprokit.yml', text]]));

describe('Locator', () => {
  it('finds a key, a value and a list item', () => {
    const l = locator();
    expect(
      l.locate({ file: 'reprokit.yml', path: ['stages', 'prepare', 'dep'], at: 'key' }),
    ).toEqual({ file: 'reprokit.yml', line: 4, column: 5, endLine: 4, endColumn: 8 });
    expect(l.locate({ file: 'reprokit.yml', path: ['stages', 'prepare', 'cmd'] })).toEqual({
      file: 'reprokit.yml',
      line: 3,
      column: 10,
      endLine: 3,
      endColumn: 14,
    });
    expect(l.locate({ file: 'reprokit.yml', path: ['stages', 'prepare', 'outs', 1] })).toEqual({
      file: 'reprokit.yml',
      line: 5,
      column: 28,
      endLine: 5,
      endColumn: 38,
    });
  });

  it('falls back to the nearest existing parent (the mapping under prepare:)', () => {
    expect(
      locator().locate({ file: 'reprokit.yml', path: ['stages', 'prepare', 'nothing', 3] }),
    ).toMatchObject({ line: 3, column: 5 });
  });

  it('knows nothing about a file it was not given', () => {
    expect(locator().locate({ file: 'other.yml', path: [] })).toBeUndefined();
  });
});

describe('formatDiagnostic', () => {
  it('position, quoted line, marked span, hint', () => {
    const d = error('unknown-key', 'unknown key "dep" in stage "prepare"', {
      source: { file: 'reprokit.yml', path: ['stages', 'prepare', 'dep'], at: 'key' },
      hint: 'did you mean "deps"?',
    });
    expect(formatDiagnostic(d, locator())).toBe(
      [
        'reprokit.yml:4:5: error: unknown key "dep" in stage "prepare"',
        '    4 |     dep: [src/prepare.js]',
        '      |     ^^^',
        '   = hint: did you mean "deps"?',
      ].join('\n'),
    );
  });

  it('related locations are indented under the main one', () => {
    const d = error('duplicate-output', 'dup', {
      source: { file: 'reprokit.yml', path: ['stages', 'prepare', 'outs', 1] },
      related: [
        {
          message: 'first here',
          source: { file: 'reprokit.yml', path: ['stages', 'prepare', 'outs', 0] },
        },
        { message: 'no place' },
      ],
    });
    expect(formatDiagnostic(d, locator())).toBe(
      [
        'reprokit.yml:5:28: error: dup',
        '    5 |     outs: [data/clean.csv, data/x.csv]',
        '      |                            ^^^^^^^^^^',
        '  reprokit.yml:5:12: first here',
        '      5 |     outs: [data/clean.csv, data/x.csv]',
        '        |            ^^^^^^^^^^^^^^',
        '  no place',
      ].join('\n'),
    );
  });

  it('a diagnostic without a place', () => {
    expect(
      formatDiagnostic(
        error('no-manifest', 'reprokit.yml not found', { hint: 'create it' }),
        locator(),
      ),
    ).toBe('error: reprokit.yml not found\n   = hint: create it');
  });

  it('a span over several lines marks to the end of the first', () => {
    const d = error('wrong-type', 'stage must be a string', {
      source: { file: 'reprokit.yml', path: ['stages', 'prepare'] },
    });
    expect(formatDiagnostic(d, locator()).split('\n').slice(0, 3)).toEqual([
      'reprokit.yml:3:5: error: stage must be a string',
      '    3 |     cmd: echo',
      '      |     ^^^^^^^^^',
    ]);
  });

  it('CRLF line endings are not quoted', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const d = error('unknown-key', 'unknown key "dep"', {
      source: { file: 'reprokit.yml', path: ['stages', 'prepare', 'dep'], at: 'key' },
    });
    expect(formatDiagnostic(d, locator(crlf))).toBe(
      [
        'reprokit.yml:4:5: error: unknown key "dep"',
        '    4 |     dep: [src/prepare.js]',
        '      |     ^^^',
      ].join('\n'),
    );
  });

  it('continuation lines of a hint are indented', () => {
    const d = error('invalid-value', 'no stages', { hint: 'add:\nstages:\n  a: {}' });
    expect(formatDiagnostic(d, locator())).toBe(
      'error: no stages\n   = hint: add:\n           stages:\n             a: {}',
    );
  });
});

describe('parseYaml', () => {
  it('plain values', async () => {
    expect(await parseYaml('f.yml', 'a: [1, x]\nb: {c: true}\n')).toEqual({
      ok: true,
      value: { a: [1, 'x'], b: { c: true } },
    });
    expect(await parseYaml('f.json', '{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('a syntax error is a positioned diagnostic', async () => {
    const parsed = await parseYaml('f.yml', 'a: 1\na: 2\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toHaveLength(1);
    expect(parsed.error[0]).toMatchObject({
      code: 'yaml-syntax',
      span: { file: 'f.yml', line: 2, column: 1 },
    });
  });

  // js-yaml reads these; the reference parser is loaded only to decide or to position.
  it('reads anchors and merge keys with the reference parser, as the synchronous reading does', async () => {
    const text = 'base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n';
    const parsed = await parseYaml('f.yml', text);
    expect(parsed).toEqual({ ok: true, value: { base: { x: 1 }, derived: { x: 1, y: 2 } } });
    expect(parsed).toEqual(parseYamlNow('f.yml', text));
  });

  it('a value nested too deep is a positioned error, as the synchronous reading says', async () => {
    const text = 'a: ' + '['.repeat(YAML_LIMITS.maxDepth) + ']'.repeat(YAML_LIMITS.maxDepth) + '\n';
    const parsed = await parseYaml('f.yml', text);
    expect(parsed).toEqual(parseYamlNow('f.yml', text));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.error[0]).toMatchObject({ code: 'yaml-syntax', span: { line: 1 } });
  });

  it('a locator opened for texts finds what a YamlLocator finds', async () => {
    const texts = new Map([['reprokit.yml', TEXT]]);
    const ref = { file: 'reprokit.yml', path: ['stages', 'prepare'] };
    expect((await openLocator(texts)).locate(ref)).toEqual(new YamlLocator(texts).locate(ref));
  });
});
