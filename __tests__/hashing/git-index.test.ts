import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileHasher } from '../../src/adapters/hashing/file-hasher.js';
import { BlobDigests } from '../../src/adapters/hashing/git-index-blobs.js';
import { GitIndex, locateGit } from '../../src/adapters/hashing/git-index.js';
import type { HashPool } from '../../src/adapters/hashing/hash-worker-pool.js';
import { StatCache } from '../../src/adapters/hashing/stat-cache.js';
import { SpyPool, git, hasGit, manyFiles, repository } from '../support/git-repo.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const describeGit = hasGit ? describe : describe.skip;

describeGit('git index', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  const repo = (files: Record<string, string>) => {
    const root = repository(files);
    roots.push(root);
    return root;
  };
  const hasher = (root: string, pool: HashPool = new SpyPool(), project = root) =>
    new FileHasher((f) => join(project, f), StatCache.inMemory(), { root: project, pool });

  it('reads index versions 2, 3 and 4 like git ls-files', () => {
    const names = [
      'a.txt',
      'dir/b.txt',
      'dir/sub/c.txt',
      'données/é.txt',
      'z/😀.txt',
      'z/\uff5e.txt',
    ];
    const root = repo(Object.fromEntries(names.map((n) => [n, `${n}\n`])));
    writeFileSync(join(root, 'new.txt'), 'intent\n');
    git(root, 'add', '-N', 'new.txt'); // intent-to-add: an extended entry (version 3)
    const expected = new Map(
      git(root, 'ls-files', '-s', '-z')
        .split('\0')
        .filter((line) => line !== '')
        .map((line) => {
          const [, , id, , path] = /^(\d+) ([0-9a-f]{40}) (\d)\t(.*)$/.exec(
            line,
          ) as RegExpExecArray;
          return [path as string, id as string];
        }),
    );
    for (const version of ['3', '4', '2']) {
      if (version === '4') git(root, 'rm', '-q', '--cached', 'new.txt');
      if (version !== '3') git(root, 'update-index', '--index-version', version);
      expect(readFileSync(join(root, '.git', 'index')).readUInt32BE(4)).toBe(Number(version));
      const snapshot = GitIndex.open(root)?.snapshot();
      expect(snapshot).toBeDefined();
      for (const path of names) {
        const entry = snapshot!.find(path);
        expect(entry).toBeGreaterThanOrEqual(0);
        const at = snapshot!.blobIdAt(entry);
        expect(snapshot!.data.toString('hex', at, at + 20)).toBe(expected.get(path));
      }
      expect(snapshot!.find('new.txt')).toBe(-1); // intent-to-add: not a blob of the file
      expect(snapshot!.find('dir')).toBe(-1);
      expect(snapshot!.find('dir/b.tx')).toBe(-1);
      expect(snapshot!.find('dir/b.txtt')).toBe(-1);
      // A batch in JavaScript order (UTF-16), which differs from git's for astral characters.
      const batch = [...names, 'missing.txt', 'z/0.txt'].sort();
      const all = snapshot!.findAll(batch);
      batch.forEach((path, i) => expect(all[i]).toBe(snapshot!.find(path)));
      expect(Array.from(all).filter((e) => e >= 0)).toHaveLength(names.length);
    }
  });

  it('finds the work tree from a subdirectory and from a linked work tree', () => {
    const root = repo({ 'sub/p/x.txt': 'x\n', 'y.txt': 'y\n' });
    const location = locateGit(join(root, 'sub', 'p'));
    expect(location?.prefix).toBe('sub/p/');
    const snapshot = GitIndex.open(join(root, 'sub', 'p'))?.snapshot();
    expect(snapshot?.find('x.txt')).toBeGreaterThanOrEqual(0);
    expect(snapshot?.find('y.txt')).toBe(-1);
    const linked = join(root, '..', `${root.split('/').pop()}-linked`);
    roots.push(linked);
    git(root, 'worktree', 'add', '-q', linked);
    const there = locateGit(linked);
    expect(there?.gitDir).toContain(join('.git', 'worktrees'));
    expect(there?.commonDir).toBe(join(root, '.git'));
    expect(GitIndex.open(linked)?.snapshot()?.find('y.txt')).toBeGreaterThanOrEqual(0);
  });

  it('gives up on a split index', () => {
    const root = repo({ 'a.txt': 'a\n' });
    git(root, 'update-index', '--split-index');
    expect(GitIndex.open(root)?.snapshot()).toBeUndefined();
  });

  it('takes unmodified tracked files from git once their blobs are known, and sees changes', async () => {
    const files = manyFiles(2100);
    const root = repo(files);
    // First run: every file is read; the blob digests are learned and saved in .git.
    const first = hasher(root);
    const found = await first.hashFiles(Object.keys(files));
    for (const [path, text] of Object.entries(files))
      expect(found.get(path)?.digest).toBe(sha256(text));
    first.save();
    expect(BlobDigests.load(join(root, '.git', 'reprokit', 'blob-sha256')).size).toBe(2100);
    // A fresh process without a stat cache: nothing reaches the kernel, digests are the same.
    const spy = new SpyPool();
    const again = await hasher(root, spy).hashFiles(Object.keys(files));
    expect(spy.seen).toEqual([]);
    for (const path of Object.keys(files)) expect(again.get(path)).toEqual(found.get(path));
    // One file changes (same size): git reports it, we hash it (alone: a batch too small for
    // the pool, so the spy sees nothing).
    writeFileSync(join(root, 'data/f00007.txt'), 'ROW 7\n');
    const spy2 = new SpyPool();
    const changed = await hasher(root, spy2).hashFiles(Object.keys(files));
    expect(spy2.seen).toEqual([]);
    expect(changed.get('data/f00007.txt')?.digest).toBe(sha256('ROW 7\n'));
  });

  it('checks smaller batches by stat against the index entries', async () => {
    const files = manyFiles(300);
    const root = repo(files);
    const first = hasher(root);
    await first.hashFiles(Object.keys(files));
    first.save();
    writeFileSync(join(root, 'data/f00003.txt'), 'ROW 3\n');
    const found = await hasher(root).hashFiles(Object.keys(files));
    expect(found.get('data/f00003.txt')?.digest).toBe(sha256('ROW 3\n'));
    expect(found.get('data/f00004.txt')?.digest).toBe(sha256('row 4\n'));
    // White box: the digest of an unmodified file comes from the table, not from reading it.
    const table = join(root, '.git', 'reprokit', 'blob-sha256');
    rmSync(table);
    const planted = BlobDigests.load(table);
    const id = Buffer.from(git(root, 'rev-parse', 'HEAD:data/f00004.txt').trim(), 'hex');
    planted.learn(id, 0, Buffer.alloc(32, 0xee), 0, 'row 4\n'.length);
    planted.save();
    const trusted = await hasher(root).hashFiles(Object.keys(files));
    expect(trusted.get('data/f00004.txt')?.digest).toBe('ee'.repeat(32));
    expect(trusted.get('data/f00005.txt')?.digest).toBe(sha256('row 5\n'));
  });

  it('never trusts a racily clean entry (file changed in the same second the index was written)', async () => {
    const files = manyFiles(300);
    const root = repo(files);
    const first = hasher(root);
    await first.hashFiles(Object.keys(files));
    first.save();
    // Make data/f00004.txt's entry racily clean: its recorded mtime is not older than the index
    // file itself (as when a file is written in the same second as `git add` writes the index;
    // a later same-size edit in that second would leave every stat field git keeps unchanged).
    const future = Date.now() / 1000 + 60;
    utimesSync(join(root, 'data/f00004.txt'), future, future);
    git(root, 'update-index', '-q', '--refresh');
    // Plant a wrong digest for the blob of f00004 and f00005: a trusted index entry would give
    // it (the previous test shows that it does for f00005's kind of entry).
    const table = join(root, '.git', 'reprokit', 'blob-sha256');
    rmSync(table);
    const planted = BlobDigests.load(table);
    for (const k of [4, 5]) {
      const id = Buffer.from(git(root, 'rev-parse', `HEAD:data/f0000${k}.txt`).trim(), 'hex');
      planted.learn(id, 0, Buffer.alloc(32, 0xee), 0, `row ${k}\n`.length);
    }
    planted.save();
    const found = await hasher(root).hashFiles(Object.keys(files));
    expect(found.get('data/f00005.txt')?.digest).toBe('ee'.repeat(32));
    expect(found.get('data/f00004.txt')?.digest).toBe(sha256('row 4\n'));
  });

  it('works for a project in a subdirectory of the work tree', async () => {
    const files = manyFiles(2100, 'proj/data');
    const root = repo(files);
    const project = join(root, 'proj');
    const paths = Object.keys(files).map((p) => p.slice('proj/'.length));
    const first = hasher(root, new SpyPool(), project);
    await first.hashFiles(paths);
    first.save();
    const spy = new SpyPool();
    const found = await hasher(root, spy, project).hashFiles(paths);
    expect(spy.seen).toEqual([]);
    expect(found.get('data/f00011.txt')?.digest).toBe(sha256('row 11\n'));
  });

  it('never uses a blob digest for a file a checkout converted', async () => {
    // raw.txt is stored as is; conv.txt has the same blob but CRLF line ends in the work tree.
    const files = { ...manyFiles(2100), '.gitattributes': 'raw.txt -text\n', 'raw.txt': 'a\nb\n' };
    const root = repo(files);
    git(root, 'config', 'core.autocrlf', 'true');
    writeFileSync(join(root, 'conv.txt'), 'a\nb\n');
    git(root, 'add', 'conv.txt');
    git(root, 'commit', '-q', '-m', 'conv');
    rmSync(join(root, 'conv.txt'));
    git(root, 'checkout', '--', 'conv.txt');
    expect(readFileSync(join(root, 'conv.txt'), 'utf8')).toBe('a\r\nb\r\n');
    const paths = [...Object.keys(files), 'conv.txt'].sort();
    const first = hasher(root);
    await first.hashFiles(paths);
    first.save();
    const found = await hasher(root).hashFiles(paths);
    expect(found.get('raw.txt')?.digest).toBe(sha256('a\nb\n'));
    expect(found.get('conv.txt')?.digest).toBe(sha256('a\r\nb\r\n'));
  });

  it('does not use the index at all where a filter could apply', async () => {
    // A same-size filter: the blob is upper case, the work tree lower case.
    const root = repo({ ...manyFiles(2100), 'upper.txt': 'HELLO\n' });
    git(root, 'config', 'filter.up.clean', 'tr a-z A-Z');
    git(root, 'config', 'filter.up.smudge', 'cat');
    writeFileSync(join(root, '.gitattributes'), '*.up filter=up\n');
    writeFileSync(join(root, 'x.up'), 'hello\n');
    git(root, 'add', '.gitattributes', 'x.up');
    git(root, 'commit', '-q', '-m', 'filter');
    const paths = [...Object.keys(manyFiles(2100)), 'upper.txt', 'x.up'].sort();
    const first = hasher(root);
    await first.hashFiles(paths);
    first.save();
    const found = await hasher(root).hashFiles(paths);
    expect(found.get('x.up')?.digest).toBe(sha256('hello\n'));
    expect(found.get('upper.txt')?.digest).toBe(sha256('HELLO\n'));
  });

  it('looks at the attributes file the configuration names', async () => {
    const root = repo({ ...manyFiles(300), 'upper.txt': 'HELLO\n' });
    const attributes = join(root, '..', `${root.split('/').pop()}-attributes`);
    roots.push(attributes);
    writeFileSync(attributes, '*.up filter=up\n');
    git(root, 'config', 'core.attributesFile', attributes);
    expect(GitIndex.open(root)?.mayConvert(['data'])).toBe(true);
    git(root, 'config', '--unset', 'core.attributesFile');
    expect(GitIndex.open(root)?.mayConvert(['data'])).toBe(false);
    mkdirSync(join(root, 'data', 'deep'), { recursive: true });
    writeFileSync(join(root, 'data', '.gitattributes'), '*.csv working-tree-encoding=UTF-16\n');
    expect(GitIndex.open(root)?.mayConvert(['data/deep'])).toBe(true);
    expect(GitIndex.open(root)?.mayConvert([''])).toBe(false);
  });

  it('finds core.attributesFile set in an included configuration file', () => {
    // git is only asked when a configuration file could set it: an include must count.
    const root = repo(manyFiles(300));
    const attributes = join(root, '..', `${root.split('/').pop()}-included-attributes`);
    const included = `${attributes}.gitconfig`;
    roots.push(attributes, included);
    writeFileSync(attributes, '*.bin filter=lfs\n');
    writeFileSync(included, `[core]\n\tattributesFile = ${attributes}\n`);
    expect(GitIndex.open(root)?.mayConvert(['data'])).toBe(false);
    git(root, 'config', 'include.path', included);
    expect(GitIndex.open(root)?.mayConvert(['data'])).toBe(true);
  });

  it('gives a fresh clone the digests of the work tree it was cloned from', async () => {
    // A clone has no blob digest table and its index was written by the checkout: every file is
    // read there, and must give what the original gives from its index and table.
    const files = manyFiles(2100);
    const root = repo(files);
    const paths = Object.keys(files);
    const first = hasher(root);
    const original = await first.hashFiles(paths);
    first.save();
    const again = await hasher(root).hashFiles(paths); // from the index and the table
    const clone = mkdtempSync(join(tmpdir(), 'reprokit-clone-'));
    roots.push(clone);
    git(tmpdir(), 'clone', '-q', root, clone);
    const inClone = hasher(clone);
    const cloned = await inClone.hashFiles(paths);
    inClone.save();
    const fromTable = await hasher(clone).hashFiles(paths);
    for (const found of [again, cloned, fromTable])
      expect([...found.values()]).toEqual([...original.values()]);
    // Rewritten in the clone with the same size (its blob's digest is in the table now): the
    // stat no longer matches the entry, so the file is read. (An edit in the same timestamp tick
    // as the index write keeps the stat: "never trusts a racily clean entry" covers that.)
    writeFileSync(join(clone, 'data/f00007.txt'), 'row X\n');
    const changed = await hasher(clone).hashFiles(paths);
    expect(changed.get('data/f00007.txt')?.digest).toBe(sha256('row X\n'));
    expect(changed.get('data/f00008.txt')?.digest).toBe(sha256('row 8\n'));
  });
});

describe('blob digests', () => {
  it('survive a save and a load, and ignore a damaged file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reprokit-blobs-'));
    try {
      const file = join(dir, 'reprokit', 'blob-sha256');
      const map = BlobDigests.load(file);
      const ids = Buffer.alloc(20 * 3000);
      const digests = Buffer.alloc(32 * 3000);
      for (let k = 0; k < 3000; k++) {
        createHash('sha1')
          .update(`blob ${k}`)
          .digest()
          .copy(ids, 20 * k);
        createHash('sha256')
          .update(`content ${k}`)
          .digest()
          .copy(digests, 32 * k);
        map.learn(ids, 20 * k, digests, 32 * k, k);
      }
      map.save();
      const again = BlobDigests.load(file);
      expect(again.size).toBe(3000);
      for (const k of [0, 1, 1234, 2999]) {
        const pair = again.find(ids, 20 * k);
        expect(again.digest(pair)).toBe(digests.toString('hex', 32 * k, 32 * k + 32));
        expect(again.blobSize(pair)).toBe(k);
      }
      expect(again.find(Buffer.alloc(20, 1), 0)).toBe(-1);
      writeFileSync(file, readFileSync(file).subarray(0, 100));
      expect(BlobDigests.load(file).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
