import type { Workspace } from '../../src/ports.js';
import { WorkspaceEscape } from '../../src/ports.js';

/** What every Workspace does; run against NodeWorkspace and the in-memory fake. */
export interface WorkspaceHarness {
  readonly workspace: Workspace;
  /** Writes a file behind the workspace's back (a command, another process). */
  write(path: string, content: string): void;
  mkdir(path: string): void;
  /** Puts a symlink at `path` to a directory outside the project. */
  linkOutside(path: string): void;
  dispose(): void;
}

export function workspaceContract(name: string, make: () => WorkspaceHarness): void {
  describe(`Workspace contract: ${name}`, () => {
    let h: WorkspaceHarness;
    beforeEach(() => {
      h = make();
      h.write('data/raw.csv', 'a,b\n');
      h.write('data/sub/x.csv', '1\n');
      h.write('data/.hidden.csv', 'h\n');
      h.write('src/main.py', 'print(1)\n');
      h.write('.git/config', '[core]\n');
    });
    afterEach(() => h.dispose());

    it('info: a file with its size, a directory, undefined when missing', async () => {
      expect(await h.workspace.info('data/raw.csv')).toEqual({ kind: 'file', size: 4 });
      expect(await h.workspace.info('data')).toEqual({ kind: 'dir', size: 0 });
      expect(await h.workspace.info('nope.txt')).toBeUndefined();
      expect(await h.workspace.info('data/nope/x')).toBeUndefined();
    });

    it('listFiles: every file under a directory, sorted, root-relative', async () => {
      expect(await h.workspace.listFiles('data')).toEqual([
        'data/.hidden.csv',
        'data/raw.csv',
        'data/sub/x.csv',
      ]);
    });

    it('listFiles: code-unit order across directories whose names sort around "/"', async () => {
      // '-' and '.' sort before '/', '0' and letters after: 'a-b/x' < 'a.txt' < 'a/z' < 'a0'.
      const paths = ['t/a/z', 't/a-b/x', 't/a.txt', 't/a0', 't/B', 't/a/b.c/d', 't/a/b/e', 't/é'];
      for (const path of paths) h.write(path, `${path}\n`);
      const expected = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(await h.workspace.listFiles('t')).toEqual(expected);
      // The same after a count (which may keep what it read for the listing).
      h.workspace.invalidate(['t']);
      expect((await h.workspace.countFiles('t')).files).toBe(paths.length);
      expect(await h.workspace.listFiles('t')).toEqual(expected);
      expect(await h.workspace.glob('t/a/**')).toEqual(
        expected.filter((p) => p.startsWith('t/a/')),
      );
    });

    it('glob: picomatch semantics, sorted; dotfiles and .git only when named', async () => {
      expect(await h.workspace.glob('data/**/*.csv')).toEqual(['data/raw.csv', 'data/sub/x.csv']);
      expect(await h.workspace.glob('data/.*.csv')).toEqual(['data/.hidden.csv']);
      expect(await h.workspace.glob('{src,data}/*.{py,csv}')).toEqual([
        'data/raw.csv',
        'src/main.py',
      ]);
      expect(await h.workspace.glob('**/config')).toEqual([]);
      expect(await h.workspace.glob('nodir/*.csv')).toEqual([]);
    });

    it('readText: the content, undefined when missing', async () => {
      expect(await h.workspace.readText('src/main.py')).toBe('print(1)\n');
      expect(await h.workspace.readText('missing.txt')).toBeUndefined();
    });

    it('remove: a file, a directory with everything under it, nothing when missing', async () => {
      await h.workspace.remove('data/sub');
      expect(await h.workspace.info('data/sub/x.csv')).toBeUndefined();
      await h.workspace.remove('src/main.py');
      expect(await h.workspace.info('src/main.py')).toBeUndefined();
      await h.workspace.remove('never/was');
      expect(await h.workspace.info('data/raw.csv')).toEqual({ kind: 'file', size: 4 });
    });

    it('countFiles: as many files as listFiles finds, at any depth', async () => {
      expect(await h.workspace.countFiles('data')).toEqual({ files: 3, plain: true });
      expect((await h.workspace.countFiles('data/sub')).files).toBe(1);
    });

    it('sees files written behind its back once told (invalidate)', async () => {
      expect(await h.workspace.listFiles('src')).toEqual(['src/main.py']);
      expect((await h.workspace.countFiles('src')).files).toBe(1);
      h.write('src/new.py', 'x\n');
      h.workspace.invalidate(['src']);
      expect((await h.workspace.countFiles('src')).files).toBe(2);
      expect(await h.workspace.listFiles('src')).toEqual(['src/main.py', 'src/new.py']);
      expect(await h.workspace.glob('src/*.py')).toEqual(['src/main.py', 'src/new.py']);
    });

    it('refuses paths through a symlink that leaves the project', async () => {
      h.linkOutside('escape');
      await expect(h.workspace.info('escape/file.txt')).rejects.toBeInstanceOf(WorkspaceEscape);
      expect(() => h.workspace.assertInside('escape/out.txt')).toThrow(WorkspaceEscape);
      expect(() => h.workspace.assertInside('data/new.csv')).not.toThrow();
      h.linkOutside('data/link');
      await expect(h.workspace.listFiles('data')).rejects.toBeInstanceOf(WorkspaceEscape);
      await expect(h.workspace.countFiles('data')).rejects.toBeInstanceOf(WorkspaceEscape);
    });
  });
}
