import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FingerprintInputs, Sha256 } from '../../src/core/fingerprint.js';
import {
  buildFingerprint,
  canonicalJson,
  compareText,
  KEY_VERSION,
  stageKey,
  treeDigest,
  treeDigestWithin,
} from '../../src/core/fingerprint.js';
import type { OutSpec, Stage } from '../../src/core/pipeline.js';

const sha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const src = (path: (string | number)[]) => ({ file: 'reprokit.yml', path });
const out = (path: string, options: Partial<OutSpec> = {}): OutSpec => ({
  path,
  cache: true,
  persist: false,
  metric: false,
  source: src(['o']),
  ...options,
});

function baseStage(): Stage {
  return {
    name: 'train',
    desc: 'Fit the model',
    cmd: ['mkdir -p models', 'python train.py'],
    wdir: '',
    env: { LC_ALL: 'C', SEED: '42' },
    shell: 'bash',
    deps: [],
    params: [],
    outs: [out('models/model.bin'), out('logs', { cache: false })],
    needs: [{ stage: 'load_db', source: src(['n']) }],
    alwaysRun: false,
    frozen: false,
    source: src(['stages', 'train']),
  };
}

function baseInputs(): FingerprintInputs {
  return {
    deps: { 'data/clean.csv': 'a'.repeat(64), 'src/train.py': 'b'.repeat(64) },
    params: { 'params.yaml:train.lr': 0.01, 'params.yaml:train.layers': [64, 32] },
    salt: '',
  };
}

const keyOf = (stage: Stage, inputs: FingerprintInputs) =>
  stageKey(buildFingerprint(stage, inputs), sha256);

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 2 }] } })).toBe(
      '{"a":{"c":[3,{"e":2,"f":1}],"d":2},"b":1}',
    );
  });

  it('is independent of key insertion order', () => {
    const one = { x: { p: 1, q: [1, 2] }, y: 'v', z: null };
    const two = { z: null, y: 'v', x: { q: [1, 2], p: 1 } };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('sorts keys by code unit, not by locale', () => {
    expect(canonicalJson({ ä: 1, a: 2, B: 3, _: 4 })).toBe('{"B":3,"_":4,"a":2,"ä":1}');
    expect(['b', 'B', 'a', 'ä', '_'].sort(compareText)).toEqual(['B', '_', 'a', 'b', 'ä']);
  });

  it('drops undefined object values; scalars as JSON', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson('x"y')).toBe('"x\\"y"');
    expect(canonicalJson([true, null, 1.5, 'é'])).toBe('[true,null,1.5,"é"]');
    expect(canonicalJson({ 'k"': 1 })).toBe('{"k\\"":1}');
  });

  it('distinguishes values that print alike', () => {
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson(['a b'])).not.toBe(canonicalJson(['a', 'b']));
  });
});

describe('treeDigest', () => {
  const d1 = sha256('one\n');
  const d2 = sha256('two\n');
  const d3 = sha256('three\n');

  it('is SHA-256 over sha256sum-style lines sorted by path', () => {
    // Code-unit order: "B.txt" < "a.txt" < "a/c.txt" ('.' is 0x2e, '/' is 0x2f).
    const expected = createHash('sha256')
      .update(`${d3}  B.txt\n${d1}  a.txt\n${d2}  a/c.txt\n`, 'utf8')
      .digest('hex');
    const files = [
      { relpath: 'a/c.txt', digest: d2 },
      { relpath: 'a.txt', digest: d1 },
      { relpath: 'B.txt', digest: d3 },
    ];
    expect(treeDigest(files, sha256)).toBe(expected);
    expect(treeDigest([...files].reverse(), sha256)).toBe(expected);
    // In order but for the last one (a sorted listing plus another stage's output).
    expect(treeDigest([files[2]!, files[0]!, files[1]!], sha256)).toBe(expected);
  });

  it('an empty tree is the digest of no lines', () => {
    expect(treeDigest([], sha256)).toBe(EMPTY_SHA256);
  });

  it('changes with a path or a content', () => {
    const base = treeDigest([{ relpath: 'a', digest: d1 }], sha256);
    expect(treeDigest([{ relpath: 'b', digest: d1 }], sha256)).not.toBe(base);
    expect(treeDigest([{ relpath: 'a', digest: d2 }], sha256)).not.toBe(base);
  });

  it('can be recomputed with coreutils: sha256sum FILES | sha256sum', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reprokit-tree-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a/c.txt'), 'two\n');
      writeFileSync(join(dir, 'a.txt'), 'one\n');
      writeFileSync(join(dir, 'B.txt'), 'three\n');
      const coreutils = execFileSync(
        'sh',
        ['-c', 'find . -type f | sed "s|^./||" | LC_ALL=C sort | xargs sha256sum | sha256sum'],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      ).split(' ')[0];
      const files = [
        { relpath: 'a/c.txt', digest: d2 },
        { relpath: 'a.txt', digest: d1 },
        { relpath: 'B.txt', digest: d3 },
      ];
      expect(treeDigest(files, sha256)).toBe(coreutils);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('treeDigestWithin', () => {
  const d1 = sha256('one\n');
  const d2 = sha256('two\n');
  const d3 = sha256('three\n');
  const relative = [
    { relpath: 'B.txt', digest: d3 },
    { relpath: 'a.txt', digest: d1 },
    { relpath: 'a/c.txt', digest: d2 },
  ];

  it('equals treeDigest of the paths made relative, in order or not', () => {
    const expected = treeDigest(relative, sha256);
    for (const dir of ['', 'data', 'data/x.y']) {
      const files = relative.map((f) => ({
        path: dir === '' ? f.relpath : `${dir}/${f.relpath}`,
        digest: f.digest,
      }));
      expect(treeDigestWithin(files, dir, sha256)).toBe(expected);
      expect(treeDigestWithin([...files].reverse(), dir, sha256)).toBe(expected);
      expect(treeDigestWithin([files[1]!, files[2]!, files[0]!], dir, sha256)).toBe(expected);
    }
    expect(treeDigestWithin([], 'data', sha256)).toBe(EMPTY_SHA256);
  });
});

describe('buildFingerprint and stageKey', () => {
  it('holds every field, normalized', () => {
    const stage = baseStage();
    const fp = buildFingerprint(
      {
        ...stage,
        env: { SEED: '42', LC_ALL: 'C' },
        outs: [out('z'), out('a', { persist: true, metric: true })],
        needs: [
          { stage: 'n2', source: src([]) },
          { stage: 'n1', source: src([]) },
        ],
      },
      { deps: { z: '1', a: '2' }, params: { 'p:b': 1, 'p:a': 2 }, salt: 's' },
    );
    expect(fp).toEqual({
      keyVersion: KEY_VERSION,
      cmd: ['mkdir -p models', 'python train.py'],
      shell: 'bash',
      wdir: '',
      env: { LC_ALL: 'C', SEED: '42' },
      params: { 'p:a': 2, 'p:b': 1 },
      outs: [
        { path: 'a', cache: true, persist: true },
        { path: 'z', cache: true, persist: false },
      ],
      deps: { a: '2', z: '1' },
      needs: ['n1', 'n2'],
      salt: 's',
    });
    expect(Object.keys(fp.env)).toEqual(['LC_ALL', 'SEED']);
  });

  it('the key is the SHA-256 of the canonical JSON of the fingerprint', () => {
    const fp = buildFingerprint(baseStage(), baseInputs());
    const key = stageKey(fp, sha256);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).toBe(createHash('sha256').update(canonicalJson(fp)).digest('hex'));
    // Stable across runs: a golden value catches an accidental change of the key format.
    expect(canonicalJson(fp)).toBe(
      '{"cmd":["mkdir -p models","python train.py"],"deps":{"data/clean.csv":"' +
        'a'.repeat(64) +
        '","src/train.py":"' +
        'b'.repeat(64) +
        '"},' +
        '"env":{"LC_ALL":"C","SEED":"42"},"keyVersion":1,"needs":["load_db"],' +
        '"outs":[{"cache":false,"path":"logs","persist":false},{"cache":true,"path":"models/model.bin","persist":false}],' +
        '"params":{"params.yaml:train.layers":[64,32],"params.yaml:train.lr":0.01},"salt":"","shell":"bash","wdir":""}',
    );
  });

  const base = keyOf(baseStage(), baseInputs());

  it.each<[string, (s: Stage) => Stage, (i: FingerprintInputs) => FingerprintInputs]>([
    ['a command', (s) => ({ ...s, cmd: ['mkdir -p models', 'python train.py --fast'] }), (i) => i],
    [
      'the order of commands',
      (s) => ({ ...s, cmd: ['python train.py', 'mkdir -p models'] }),
      (i) => i,
    ],
    [
      'commands joined into one',
      (s) => ({ ...s, cmd: ['mkdir -p models python train.py'] }),
      (i) => i,
    ],
    ['the shell', (s) => ({ ...s, shell: 'sh' }), (i) => i],
    ['the wdir', (s) => ({ ...s, wdir: 'src' }), (i) => i],
    ['an env value', (s) => ({ ...s, env: { ...s.env, SEED: '43' } }), (i) => i],
    ['an added env variable', (s) => ({ ...s, env: { ...s.env, TZ: 'UTC' } }), (i) => i],
    [
      'a param value',
      (s) => s,
      (i) => ({ ...i, params: { ...i.params, 'params.yaml:train.lr': 0.02 } }),
    ],
    [
      'a param value of another type',
      (s) => s,
      (i) => ({ ...i, params: { ...i.params, 'params.yaml:train.lr': '0.01' } }),
    ],
    [
      'a nested param value',
      (s) => s,
      (i) => ({ ...i, params: { ...i.params, 'params.yaml:train.layers': [64, 16] } }),
    ],
    ['an added param', (s) => s, (i) => ({ ...i, params: { ...i.params, 'params.yaml:x': 1 } })],
    [
      'a dep content',
      (s) => s,
      (i) => ({ ...i, deps: { ...i.deps, 'src/train.py': 'c'.repeat(64) } }),
    ],
    [
      'a dep path',
      (s) => s,
      (i) => ({
        ...i,
        deps: { 'data/clean2.csv': 'a'.repeat(64), 'src/train.py': 'b'.repeat(64) },
      }),
    ],
    ['an added dep', (s) => s, (i) => ({ ...i, deps: { ...i.deps, 'x.csv': 'd'.repeat(64) } })],
    [
      'an out path',
      (s) => ({ ...s, outs: [out('models/model2.bin'), out('logs', { cache: false })] }),
      (i) => i,
    ],
    [
      'an out cache option',
      (s) => ({ ...s, outs: [out('models/model.bin'), out('logs', { cache: true })] }),
      (i) => i,
    ],
    [
      'an out persist option',
      (s) => ({
        ...s,
        outs: [out('models/model.bin', { persist: true }), out('logs', { cache: false })],
      }),
      (i) => i,
    ],
    ['an added out', (s) => ({ ...s, outs: [...s.outs, out('extra')] }), (i) => i],
    ['needs', (s) => ({ ...s, needs: [] }), (i) => i],
    ['the salt', (s) => s, (i) => ({ ...i, salt: 'v2' })],
  ])('changes with %s', (_what, changeStage, changeInputs) => {
    expect(keyOf(changeStage(baseStage()), changeInputs(baseInputs()))).not.toBe(base);
  });

  it.each<[string, (s: Stage) => Stage, (i: FingerprintInputs) => FingerprintInputs]>([
    ['desc', (s) => ({ ...s, desc: 'Something else entirely' }), (i) => i],
    [
      'no desc',
      (s) => {
        const { desc: _desc, ...rest } = s;
        return rest;
      },
      (i) => i,
    ],
    ['the stage name', (s) => ({ ...s, name: 'train2' }), (i) => i],
    ['always_run', (s) => ({ ...s, alwaysRun: true }), (i) => i],
    ['frozen', (s) => ({ ...s, frozen: true }), (i) => i],
    [
      'where things are declared',
      (s) => ({
        ...s,
        source: src(['elsewhere']),
        outs: s.outs.map((o) => ({ ...o, source: src(['x']) })),
      }),
      (i) => i,
    ],
    ['the order of env keys', (s) => ({ ...s, env: { SEED: '42', LC_ALL: 'C' } }), (i) => i],
    ['the order of outs', (s) => ({ ...s, outs: [...s.outs].reverse() }), (i) => i],
    [
      'the order of deps and params',
      (s) => s,
      (i) => ({
        ...i,
        deps: Object.fromEntries(Object.entries(i.deps).reverse()),
        params: Object.fromEntries(Object.entries(i.params).reverse()),
      }),
    ],
  ])('does not change with %s', (_what, changeStage, changeInputs) => {
    expect(keyOf(changeStage(baseStage()), changeInputs(baseInputs()))).toBe(base);
  });
});
