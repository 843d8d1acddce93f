import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DvcHasher, dirMd5, md5File } from '../../src/adapters/dvc/md5.js';
import { NodeWorkspace } from '../../src/adapters/local/node-workspace.js';
import { dirListingJson, parseLock, pyJsonString, stringifyLock } from '../../src/core/dvc/lock.js';
import { TempProject } from '../support/project.js';

const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');

/** The files of the directory test; the expected values were computed with Python (see below). */
const FILES: Record<string, string> = {
  'a.txt': 'a',
  'b/c.txt': 'c\n',
  'b-d.txt': '',
  'b.e': 'x',
  'ü.txt': 'héllo',
};

describe("DVC's hashes", () => {
  let p: TempProject;
  beforeEach(() => {
    p = new TempProject(Object.fromEntries(Object.entries(FILES).map(([k, v]) => [`dir/${k}`, v])));
    p.write({ 'hello.txt': 'hello\n' });
  });
  afterEach(() => p.dispose());

  it('hashes a file as the md5 of its bytes', async () => {
    expect(md5File(p.path('hello.txt'))).toBe('b1946ac92492d2347c6235b4d2611184');
    const hasher = new DvcHasher(new NodeWorkspace(p.root), (x) => join(p.root, x));
    expect(await hasher.hash('hello.txt')).toEqual({
      md5: 'b1946ac92492d2347c6235b4d2611184',
      size: 6,
    });
    expect(await hasher.hash('missing.txt')).toBeUndefined();
  });

  it('hashes a directory as the md5 of its sorted {md5, relpath} JSON listing, plus .dir', async () => {
    // Computed independently: the listing written out by hand in Python's json.dumps format
    // (sorted by relpath, sort_keys, ", " and ": " separators, non-ASCII as \uXXXX).
    const relpaths = Object.keys(FILES).sort(); // a.txt, b-d.txt, b.e, b/c.txt, ü.txt
    expect(relpaths).toEqual(['a.txt', 'b-d.txt', 'b.e', 'b/c.txt', 'ü.txt']);
    const listing =
      '[' +
      relpaths
        .map(
          (r) =>
            `{"md5": "${md5(Buffer.from(FILES[r] as string, 'utf8'))}", "relpath": "${r.replace('ü', '\\u00fc')}"}`,
        )
        .join(', ') +
      ']';
    expect(listing).toBe(
      '[{"md5": "0cc175b9c0f1b6a831c399e269772661", "relpath": "a.txt"}, ' +
        '{"md5": "d41d8cd98f00b204e9800998ecf8427e", "relpath": "b-d.txt"}, ' +
        '{"md5": "9dd4e461268c8034f5c8564e155c67a6", "relpath": "b.e"}, ' +
        '{"md5": "2cd6ee2c70b0bde53fbe6cac3c8b8bb1", "relpath": "b/c.txt"}, ' +
        '{"md5": "be50e8478cf24ff3595bc7307fb91b50", "relpath": "\\u00fc.txt"}]',
    );
    // python3 -c 'import json,hashlib; ... hashlib.md5(json.dumps(entries, sort_keys=True).encode())'
    const expected = 'bd262c5e24a4800fd438a78d09292f34.dir';
    expect(`${md5(listing)}.dir`).toBe(expected);

    const hasher = new DvcHasher(new NodeWorkspace(p.root), (x) => join(p.root, x));
    expect(await hasher.hash('dir')).toEqual({ md5: expected, size: 10, nfiles: 5 });
    const entries = relpaths.map((relpath) => ({
      relpath,
      md5: md5(Buffer.from(FILES[relpath] as string)),
    }));
    expect(dirListingJson([...entries].reverse())).toBe(listing);
    expect(dirMd5(entries)).toBe(expected);
  });

  it('hashes an empty directory like DVC (md5 of "[]")', async () => {
    expect(dirMd5([])).toBe(`${md5('[]')}.dir`);
  });

  it('escapes strings like Python json.dumps with ensure_ascii', () => {
    expect(pyJsonString('a"b\\c\n\u0001é😀')).toBe('"a\\"b\\\\c\\n\\u0001\\u00e9\\ud83d\\ude00"');
  });
});

describe('dvc.lock text', () => {
  it('writes the real example-get-started lock byte for byte', () => {
    const text = readFileSync(
      join(process.cwd(), '__tests__/fixtures/dvc-example-get-started/dvc.lock'),
      'utf8',
    );
    const doc = parseLock(text);
    expect(doc).toBeDefined();
    expect(stringifyLock(doc!)).toBe(text);
  });

  it('rejects a lock that is not schema 2.0', () => {
    expect(parseLock('md5: abc\ncmd: x\n')).toBeUndefined();
    expect(parseLock(': : :')).toBeUndefined();
  });
});
