import { checkRecord, isSafePath } from '../../src/core/record-check.js';

const HEX = 'a'.repeat(64);
const KEY = 'f'.repeat(64);

/** A valid record as JSON would give it back, to be broken one field at a time. */
function record(): Record<string, unknown> {
  return {
    version: 1,
    stage: 'prepare',
    key: KEY,
    fingerprint: {
      keyVersion: 1,
      cmd: ['x'],
      shell: 'bash',
      wdir: '',
      env: {},
      params: {},
      outs: [],
      deps: {},
      needs: [],
      salt: '',
    },
    outputs: [
      {
        path: 'data/clean.csv',
        kind: 'file',
        digest: HEX,
        cached: true,
        files: [{ path: 'data/clean.csv', digest: HEX, size: 3, executable: false }],
      },
      {
        path: 'site',
        kind: 'dir',
        digest: HEX,
        cached: true,
        files: [
          { path: 'site/index.html', digest: HEX, size: 10, executable: false },
          { path: 'site/js/app.js', digest: HEX, size: 1, executable: true },
        ],
      },
    ],
    durationMs: 12,
    createdAt: '2024-01-01T00:00:00.000Z',
  };
}

type Rec = ReturnType<typeof record> & { outputs: Record<string, unknown>[] };
const expectStage = { stage: 'prepare' };

function broken(change: (r: Rec) => void): unknown {
  const r = record() as Rec;
  change(r);
  return r;
}

describe('checkRecord', () => {
  it('keeps valid plots rows and drops malformed ones without refusing the record', () => {
    const plots = { 'loss.csv': { fields: ['epoch', 'loss'], rows: [[1, 0.5]] } };
    expect(checkRecord({ ...record(), plots }, expectStage)).toMatchObject({ plots });
    const bad = checkRecord(
      { ...record(), plots: { 'loss.csv': { fields: ['a'], rows: [[1, 2]] } } },
      expectStage,
    );
    expect(bad).toBeDefined();
    expect(bad).not.toHaveProperty('plots');
  });

  it('accepts a valid record, with or without an expected key', () => {
    const r = record();
    expect(checkRecord(r, expectStage)).toBe(r);
    expect(checkRecord(r, { stage: 'prepare', key: KEY })).toBe(r);
  });

  it('accepts an empty directory output', () => {
    const r = broken(
      (x) => (x.outputs = [{ path: 'empty', kind: 'dir', digest: HEX, cached: true, files: [] }]),
    );
    expect(checkRecord(r, expectStage)).toBe(r);
  });

  it.each<[string, unknown, { stage: string; key?: string }?]>([
    ['not an object', 'text'],
    ['null', null],
    ['an array', [record()]],
    ['another version', broken((r) => (r.version = 2))],
    ['another stage', record(), { stage: 'train' }],
    ['another key than asked for', record(), { stage: 'prepare', key: 'e'.repeat(64) }],
    ['a key that is not hex', broken((r) => (r.key = 'z'.repeat(64)))],
    ['an uppercase key', broken((r) => (r.key = 'F'.repeat(64)))],
    ['a short key', broken((r) => (r.key = 'f'.repeat(63)))],
    ['no fingerprint', broken((r) => delete r.fingerprint)],
    ['outputs not a list', broken((r) => (r.outputs = {} as never))],
    ['durationMs not a number', broken((r) => (r.durationMs = '12'))],
    ['no createdAt', broken((r) => delete r.createdAt)],
    [
      'an output path with ..',
      broken((r) => ((r.outputs[0] as Record<string, unknown>).path = '../etc/passwd')),
    ],
    [
      'an output path with .. inside',
      broken((r) => ((r.outputs[1] as Record<string, unknown>).path = 'site/../..')),
    ],
    [
      'an absolute output path',
      broken((r) => ((r.outputs[0] as Record<string, unknown>).path = '/etc/passwd')),
    ],
    [
      'an output path with a backslash',
      broken((r) => ((r.outputs[0] as Record<string, unknown>).path = 'data\\clean.csv')),
    ],
    [
      'an output path with ./',
      broken((r) => ((r.outputs[0] as Record<string, unknown>).path = './data')),
    ],
    [
      'an output path with //',
      broken((r) => ((r.outputs[0] as Record<string, unknown>).path = 'data//clean.csv')),
    ],
    ['an empty output path', broken((r) => ((r.outputs[0] as Record<string, unknown>).path = ''))],
    [
      'an output kind that is neither file nor dir',
      broken((r) => ((r.outputs[0] as Record<string, unknown>).kind = 'symlink')),
    ],
    [
      'an output digest that is not hex',
      broken((r) => ((r.outputs[0] as Record<string, unknown>).digest = 'x')),
    ],
    [
      'cached not a boolean',
      broken((r) => ((r.outputs[0] as Record<string, unknown>).cached = 'yes')),
    ],
    ['files not a list', broken((r) => ((r.outputs[0] as Record<string, unknown>).files = null))],
    [
      'a file outside its output',
      broken(
        (r) =>
          ((
            (r.outputs[1] as { files: Record<string, unknown>[] }).files[0] as Record<
              string,
              unknown
            >
          ).path = 'other/index.html'),
      ),
    ],
    [
      'a file in a sibling with a common prefix',
      broken(
        (r) =>
          ((
            (r.outputs[1] as { files: Record<string, unknown>[] }).files[0] as Record<
              string,
              unknown
            >
          ).path = 'site2/index.html'),
      ),
    ],
    [
      'a file escaping through ..',
      broken(
        (r) =>
          ((
            (r.outputs[1] as { files: Record<string, unknown>[] }).files[0] as Record<
              string,
              unknown
            >
          ).path = 'site/../../etc/passwd'),
      ),
    ],
    [
      'an absolute file path',
      broken(
        (r) =>
          ((
            (r.outputs[1] as { files: Record<string, unknown>[] }).files[0] as Record<
              string,
              unknown
            >
          ).path = '/site/index.html'),
      ),
    ],
    [
      'a file digest that is not hex',
      broken(
        (r) =>
          ((
            (r.outputs[1] as { files: Record<string, unknown>[] }).files[0] as Record<
              string,
              unknown
            >
          ).digest = HEX.slice(1)),
      ),
    ],
    [
      'a file size that is not a number',
      broken(
        (r) =>
          ((
            (r.outputs[1] as { files: Record<string, unknown>[] }).files[0] as Record<
              string,
              unknown
            >
          ).size = '10'),
      ),
    ],
    [
      'executable not a boolean',
      broken(
        (r) =>
          ((
            (r.outputs[1] as { files: Record<string, unknown>[] }).files[0] as Record<
              string,
              unknown
            >
          ).executable = 1),
      ),
    ],
  ])('rejects %s', (_what, value, expect_ = expectStage) => {
    expect(checkRecord(value, expect_)).toBeUndefined();
  });

  it('rejects a fingerprint without its fields', () => {
    expect(
      checkRecord(
        broken((r) => (r.fingerprint = { keyVersion: 1 })),
        expectStage,
      ),
    ).toBeUndefined();
  });
});

describe('isSafePath', () => {
  it.each(['a', 'a/b.c', '.hidden/x', 'a..b', '...'])('%j is safe', (p) =>
    expect(isSafePath(p)).toBe(true),
  );
  it.each(['', '/a', 'a/', '/', '.', '..', 'a/../b', './a', 'a//b', 'a\\b', 'a\0b', 42, null])(
    '%j is not',
    (p) => expect(isSafePath(p)).toBe(false),
  );
});
