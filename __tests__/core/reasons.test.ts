import { explainChange } from '../../src/core/reasons.js';
import type { Fingerprint } from '../../src/core/record.js';
import { reasonTexts } from '../../src/report/reasons.js';

function fingerprint(changes: Partial<Fingerprint> = {}): Fingerprint {
  return {
    keyVersion: 1,
    cmd: ['python train.py'],
    shell: 'bash',
    wdir: '',
    env: { LC_ALL: 'C', SEED: '42' },
    params: { 'params.yaml:train.lr': 0.01, 'params.yaml:train.name': 'base' },
    outs: [{ path: 'models/m.bin', cache: true, persist: false }],
    deps: { 'data/clean.csv': 'a'.repeat(64), 'src/train.py': 'b'.repeat(64) },
    needs: [],
    salt: '',
    ...changes,
  };
}

const previous = fingerprint();
/** The differences, in the words the edges print. */
const why = (changes: Partial<Fingerprint>) =>
  reasonTexts(explainChange(fingerprint(changes), previous));

describe('explainChange', () => {
  it('never run', () => {
    expect(explainChange(fingerprint(), undefined)).toEqual([{ kind: 'never-run' }]);
  });

  it('a key recorded by another key format', () => {
    expect(why({ keyVersion: 2, cmd: ['other'] })).toEqual([
      'recorded by an older reprokit (key format changed)',
    ]);
  });

  it('nothing changed in the fingerprint', () => {
    expect(explainChange(fingerprint(), previous)).toEqual([{ kind: 'no-record' }]);
  });

  it('a param difference is data: the key with both values', () => {
    expect(
      explainChange(
        fingerprint({ params: { ...previous.params, 'params.yaml:train.lr': { a: [1] } } }),
        previous,
      ),
    ).toEqual([{ kind: 'param-changed', key: 'params.yaml:train.lr', from: 0.01, to: { a: [1] } }]);
    expect(
      explainChange(fingerprint({ params: { 'params.yaml:train.lr': 0.01 } }), previous),
    ).toEqual([{ kind: 'param-changed', key: 'params.yaml:train.name', from: 'base' }]);
  });

  it.each<[string, Partial<Fingerprint>, string[]]>([
    ['command', { cmd: ['python train.py --fast'] }, ['command changed']],
    ['a command added', { cmd: ['python train.py', 'echo done'] }, ['command changed']],
    ['shell', { shell: 'sh' }, ['shell changed: bash → sh']],
    ['wdir', { wdir: 'src' }, ['wdir changed: . → src']],
    ['env value', { env: { LC_ALL: 'C', SEED: '43' } }, ['env SEED changed']],
    [
      'env added and removed',
      { env: { SEED: '42', TZ: 'UTC' } },
      ['env LC_ALL changed', 'env TZ changed'],
    ],
    [
      'param value',
      { params: { 'params.yaml:train.lr': 0.02, 'params.yaml:train.name': 'base' } },
      ['param params.yaml:train.lr changed: 0.01 → 0.02'],
    ],
    [
      'param string',
      { params: { 'params.yaml:train.lr': 0.01, 'params.yaml:train.name': 'big' } },
      ['param params.yaml:train.name changed: base → big'],
    ],
    [
      'param added and removed',
      { params: { 'params.yaml:train.lr': 0.01, 'params.yaml:train.epochs': 3 } },
      [
        'param params.yaml:train.epochs changed: (unset) → 3',
        'param params.yaml:train.name changed: base → (unset)',
      ],
    ],
    [
      'param structure',
      { params: { 'params.yaml:train.lr': { a: [1] }, 'params.yaml:train.name': 'base' } },
      ['param params.yaml:train.lr changed: 0.01 → {"a":[1]}'],
    ],
    [
      'dep changed',
      { deps: { 'data/clean.csv': 'c'.repeat(64), 'src/train.py': 'b'.repeat(64) } },
      ['dep data/clean.csv changed'],
    ],
    [
      'dep added',
      { deps: { ...previous.deps, 'src/util.py': 'd'.repeat(64) } },
      ['dep src/util.py added'],
    ],
    ['dep removed', { deps: { 'src/train.py': 'b'.repeat(64) } }, ['dep data/clean.csv removed']],
    [
      'outs',
      { outs: [{ path: 'models/m.bin', cache: false, persist: false }] },
      ['declared outputs changed'],
    ],
    ['needs', { needs: ['load_db'] }, ['needs changed']],
    ['salt', { salt: 'v2' }, ['cache salt changed']],
  ])('%s', (_what, changes, reasons) => {
    expect(why(changes)).toEqual(reasons);
  });

  it('a long value is shortened', () => {
    const long = 'x'.repeat(100);
    expect(why({ params: { ...previous.params, 'params.yaml:train.name': long } })).toEqual([
      `param params.yaml:train.name changed: base → ${'x'.repeat(57)}...`,
    ]);
  });

  it('several changes, in a fixed order, keys sorted', () => {
    expect(
      why({
        salt: 'x',
        deps: { 'src/train.py': 'e'.repeat(64), 'data/clean.csv': 'f'.repeat(64) },
        env: { SEED: '1', LC_ALL: 'POSIX' },
        cmd: ['other'],
        shell: 'sh',
      }),
    ).toEqual([
      'command changed',
      'shell changed: bash → sh',
      'env LC_ALL changed',
      'env SEED changed',
      'dep data/clean.csv changed',
      'dep src/train.py changed',
      'cache salt changed',
    ]);
  });
});
