import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempProject, runJson } from '../support/project.js';

/**
 * The local store keeps its own copy of every output (a reflink where the file system shares
 * blocks copy-on-write, a copy elsewhere; never a hard link): a later stage that rewrites an
 * earlier stage's output in place must not change what the store holds for it (issue 17).
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const PIPELINE = `
stages:
  make:
    cmd: printf 'original\\n' > a.txt
    outs: [a.txt]
  grow:
    cmd: printf 'more\\n' >> a.txt && cat a.txt > b.txt
    deps: [a.txt]
    outs: [b.txt]
`;

describe('outputs modified in place after they were stored', () => {
  let project: TempProject;
  beforeEach(() => {
    project = new TempProject({ 'reprokit.yml': PIPELINE });
  });
  afterEach(() => project.dispose());

  it('leave the stored object intact, and a restore brings back what the stage wrote', async () => {
    const first = await runJson(project.root);
    expect(first.results).toEqual({ make: 'ran', grow: 'ran' });
    // `grow` appended to a.txt through the same inode the workspace file has.
    expect(project.read('a.txt')).toBe('original\nmore\n');
    const digest = sha256('original\n');
    const object = project.path(join('.reprokit', 'cache', 'objects', digest.slice(0, 2), digest));
    expect(existsSync(object)).toBe(true);
    expect(readFileSync(object, 'utf8')).toBe('original\n');
    // The output is gone: `make` comes back from the store with what it wrote.
    project.remove('a.txt');
    const second = await runJson(project.root, ['make']);
    expect(second.results).toEqual({ make: 'restored' });
    expect(project.read('a.txt')).toBe('original\n');
  });
});
