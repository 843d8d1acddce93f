import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileHasher } from '../../src/adapters/hashing/file-hasher.js';
import { BlobDigests } from '../../src/adapters/hashing/git-index-blobs.js';
import { StatCache } from '../../src/adapters/hashing/stat-cache.js';
import { treeDigestWithin } from '../../src/core/fingerprint.js';
import { SpyPool, git, hasGit, manyFiles, repository } from '../support/git-repo.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const describeGit = hasGit ? describe : describe.skip;
const TREES = join('.git', 'reprokit', 'tree-sha256');

/** Files in data/ and two levels below it, as a data directory often is. */
function dataFiles(): Record<string, string> {
  return {
    ...manyFiles(1000, 'data/a'),
    ...manyFiles(1000, 'data/b/deep'),
    ...manyFiles(100, 'data'),
  };
}

describeGit('a tracked directory git vouches for', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  const repo = (files: Record<string, string>) => {
    const root = repository(files);
    roots.push(root);
    return root;
  };
  const hasher = (root: string, pool = new SpyPool()) =>
    new FileHasher((f) => join(root, f), StatCache.inMemory(), { root, pool });
  /** The digest a listing gives: every file hashed, here read from disk. */
  const listed = (root: string, paths: readonly string[]) =>
    treeDigestWithin(
      [...paths].sort().map((path) => ({ path, digest: sha256(readFileSync(join(root, path))) })),
      'data',
      sha256,
    );
  /** A repository whose blob digests are known (a first run hashed every file). */
  const primed = async (files: Record<string, string>) => {
    const root = repo(files);
    const first = hasher(root);
    await first.hashFiles(Object.keys(files).sort());
    first.save();
    return root;
  };

  it('gives the digest a listing gives, without reading a file, and remembers it by content', async () => {
    const files = dataFiles();
    const root = await primed(files);
    const expected = listed(root, Object.keys(files));
    const spy = new SpyPool();
    const first = hasher(root, spy);
    const tree = await first.vouchTree('data', 2100);
    expect(tree).toEqual({ digest: expected, files: 2100, bytes: expect.any(Number) });
    expect(tree?.bytes).toBe(Object.values(files).reduce((n, text) => n + text.length, 0));
    expect(spy.seen).toEqual([]);
    first.save();
    // Learned under the entries' content key; a later run answers from it.
    const table = readFileSync(join(root, TREES), 'utf8').split('\n');
    expect(table[1]).toMatch(new RegExp(`^[0-9a-f]{64} ${expected}$`));
    writeFileSync(join(root, TREES), `${table[0]}\n${table[1]?.slice(0, 65)}${'ee'.repeat(32)}\n`);
    expect((await hasher(root).vouchTree('data', 2100))?.digest).toBe('ee'.repeat(32));
  });

  it('keeps the content key across checkouts: a clone answers from the table it is given', async () => {
    const files = dataFiles();
    const root = await primed(files);
    const expected = listed(root, Object.keys(files));
    const origin = hasher(root);
    expect((await origin.vouchTree('data', 2100))?.digest).toBe(expected);
    origin.save();
    const clone = mkdtempSync(join(tmpdir(), 'reprokit-clone-'));
    roots.push(clone);
    git(tmpdir(), 'clone', '-q', root, clone);
    // Every stat differs in the clone; only the tree table is copied (no blob digests there).
    const old = Date.now() / 1000 - 60;
    for (const path of Object.keys(files)) utimesSync(join(clone, path), old, old);
    git(clone, 'update-index', '-q', '--refresh');
    mkdirSync(join(clone, '.git', 'reprokit'));
    copyFileSync(join(root, TREES), join(clone, TREES));
    expect((await hasher(clone).vouchTree('data', 2100))?.digest).toBe(expected);
  });

  it('hashes files committed since the blob digests were learned, and learns no tree from them', async () => {
    const files = dataFiles();
    const root = await primed(files);
    const added = { 'data/new/one.txt': 'one\n', 'data/new/two.txt': 'two\n' };
    for (const [path, text] of Object.entries(added)) {
      mkdirSync(join(root, 'data/new'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'more');
    const vouching = hasher(root);
    const tree = await vouching.vouchTree('data', 2102);
    expect(tree?.digest).toBe(listed(root, [...Object.keys(files), ...Object.keys(added)]));
    vouching.save();
    // Those two files were read, not taken from blob digests: no tree is learned from them.
    expect(existsSync(join(root, TREES))).toBe(false);
  });

  it('hashes the few files git finds modified, and leaves out the deleted ones', async () => {
    const files = dataFiles();
    const root = await primed(files);
    writeFileSync(join(root, 'data/a/f00007.txt'), 'ROW 7\n'); // same size
    writeFileSync(join(root, 'data/f00003.txt'), 'a longer row 3\n');
    rmSync(join(root, 'data/b/deep/f00009.txt'));
    const paths = Object.keys(files).filter((p) => p !== 'data/b/deep/f00009.txt');
    const tree = await hasher(root).vouchTree('data', 2099);
    expect(tree?.digest).toBe(listed(root, paths));
    expect(tree?.files).toBe(2099);
  });

  it('sees an edit in the same second the index was written (racily clean)', async () => {
    const files = dataFiles();
    const root = await primed(files);
    // The entry's recorded mtime is not older than the index: git must compare the content.
    const future = Date.now() / 1000 + 60;
    utimesSync(join(root, 'data/a/f00004.txt'), future, future);
    git(root, 'update-index', '-q', '--refresh');
    writeFileSync(join(root, 'data/a/f00004.txt'), 'ROW 4\n');
    utimesSync(join(root, 'data/a/f00004.txt'), future, future);
    const tree = await hasher(root).vouchTree('data', 2100);
    expect(tree?.digest).toBe(listed(root, Object.keys(files)));
  });

  it('does not vouch when a file is untracked, an entry is a symlink, or blobs are unknown', async () => {
    const files = dataFiles();
    const root = await primed(files);
    // The caller counted one more file than there are entries: an untracked file.
    expect(await hasher(root).vouchTree('data', 2101)).toBeUndefined();
    // A tracked symlink inside: the entries are not all regular files.
    symlinkSync('f00001.txt', join(root, 'data/a/link.txt'));
    git(root, 'add', 'data/a/link.txt');
    git(root, 'commit', '-q', '-m', 'link');
    expect(await hasher(root).vouchTree('data', 2100)).toBeUndefined();
    // No blob digests known yet (a fresh clone's first run): the listing learns them.
    const fresh = repo(files);
    expect(await hasher(fresh).vouchTree('data', 2100)).toBeUndefined();
  });

  it('does not vouch where an attribute could convert content, nor for small directories', async () => {
    const root = await primed(dataFiles());
    const attributes = '*.txt filter=up\n';
    writeFileSync(join(root, 'data/b/.gitattributes'), attributes);
    utimesSync(join(root, 'data/b/.gitattributes'), Date.now() / 1000 - 60, Date.now() / 1000 - 60);
    git(root, 'add', 'data/b/.gitattributes');
    git(root, 'commit', '-q', '-m', 'attributes');
    // The attributes file's blob digest is known too (hashing never learns it where a filter
    // could apply): only the attribute can stop the vouching.
    const blobs = BlobDigests.load(join(root, '.git', 'reprokit', 'blob-sha256'));
    const id = Buffer.from(git(root, 'rev-parse', 'HEAD:data/b/.gitattributes').trim(), 'hex');
    blobs.learn(id, 0, Buffer.from(sha256(attributes), 'hex'), 0, attributes.length);
    blobs.save();
    expect(await hasher(root).vouchTree('data', 2101)).toBeUndefined();
    // The same in an index of version 4 (paths prefix-compressed): the attributes file is found.
    git(root, 'update-index', '--index-version', '4');
    expect(await hasher(root).vouchTree('data', 2101)).toBeUndefined();
    rmSync(join(root, 'data/b/.gitattributes'));
    git(root, 'rm', '-q', '--cached', 'data/b/.gitattributes');
    expect(await hasher(root).vouchTree('data', 2100)).toBeDefined();
    const small = await primed(manyFiles(300));
    expect(await hasher(small).vouchTree('data', 300)).toBeUndefined();
  });
});
