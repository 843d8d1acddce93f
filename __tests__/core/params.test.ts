import type { ParamRef } from '../../src/core/pipeline.js';
import { flattenKeys, lookup, selectParams } from '../../src/core/params.js';

describe('lookup', () => {
  const doc = {
    prepare: { threshold: 0.5, drop: false, nothing: null, zero: 0 },
    train: { opt: { lr: 0.01 }, layers: [64, 32] },
    'a.b': 1,
    x: { 'y.z': 2 },
    'm.n': { o: 3 },
  };

  it.each([
    ['prepare', { threshold: 0.5, drop: false, nothing: null, zero: 0 }],
    ['prepare.threshold', 0.5],
    ['train.opt.lr', 0.01],
    ['train.opt', { lr: 0.01 }],
    ['train.layers', [64, 32]],
    ['train.layers.1', 32],
    ['a.b', 1], // a key that itself has a dot, matched whole
    ['x.y.z', 2], // a dotted key below a plain one
    ['m.n.o', 3], // a plain key below a dotted one
    ['prepare.drop', false],
    ['prepare.nothing', null],
    ['prepare.zero', 0],
  ])('%j', (key, value) => {
    expect(lookup(doc, key)).toEqual({ found: true, value });
  });

  it.each([
    'missing',
    'prepare.missing',
    'prepare.threshold.deeper',
    'train.opt.lr.x',
    'a',
    'a.b.c',
    '',
    'toString',
    'constructor',
    '__proto__',
    'prepare.hasOwnProperty',
  ])('%j is not found', (key) => {
    expect(lookup(doc, key)).toEqual({ found: false });
  });

  it('a scalar or empty document has no keys', () => {
    expect(lookup(null, 'a')).toEqual({ found: false });
    expect(lookup(3, 'a')).toEqual({ found: false });
    expect(lookup('text', 'length')).toEqual({ found: false });
  });

  it('prefers the whole dotted key', () => {
    expect(lookup({ 'a.b': 'whole', a: { b: 'nested' } }, 'a.b')).toEqual({
      found: true,
      value: 'whole',
    });
  });
});

describe('flattenKeys', () => {
  it('lists every key path, mappings and leaves', () => {
    expect(flattenKeys({ a: { b: 1, c: { d: [1] } }, e: 2 })).toEqual([
      'a',
      'a.b',
      'a.c',
      'a.c.d',
      'e',
    ]);
    expect(flattenKeys(null)).toEqual([]);
  });
});

describe('selectParams', () => {
  const ref = (
    file: string,
    keys: string[] | 'all',
    path: (string | number)[] = ['stages', 's', 'params'],
  ): ParamRef => ({
    file,
    keys,
    source: { file: 'reprokit.yml', path },
  });
  const files = new Map<string, unknown>([
    ['params.yaml', { prepare: { threshold: 0.5 }, train: { lr: 0.1 } }],
    ['conf/model.yaml', { layers: 3 }],
  ]);

  it('values by file:key, whole files by file', () => {
    const { values, diagnostics } = selectParams(
      [ref('params.yaml', ['prepare.threshold', 'train']), ref('conf/model.yaml', 'all')],
      files,
    );
    expect(diagnostics).toEqual([]);
    expect(values).toEqual({
      'params.yaml:prepare.threshold': 0.5,
      'params.yaml:train': { lr: 0.1 },
      'conf/model.yaml': { layers: 3 },
    });
  });

  it('a missing key, with a suggestion and the position of the reference', () => {
    const { values, diagnostics } = selectParams(
      [ref('params.yaml', ['prepare.treshold', 'train.lr'])],
      files,
    );
    expect(values).toEqual({ 'params.yaml:train.lr': 0.1 });
    expect(diagnostics).toEqual([
      {
        code: 'missing-param',
        severity: 'error',
        message: 'param "prepare.treshold" is not in params.yaml',
        hint: 'did you mean "prepare.threshold"?',
        source: { file: 'reprokit.yml', path: ['stages', 's', 'params'] },
      },
    ]);
  });

  it('a missing key with nothing close', () => {
    const { diagnostics } = selectParams([ref('conf/model.yaml', ['zzzzzzzzzz'])], files);
    expect(diagnostics.map((d) => d.hint)).toEqual([
      "add it to conf/model.yaml, or remove it from the stage's params",
    ]);
  });

  it('a missing file', () => {
    const { values, diagnostics } = selectParams([ref('nope.yaml', ['a'])], files);
    expect(values).toEqual({});
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['missing-params-file', 'params file "nope.yaml" does not exist'],
    ]);
  });
});
