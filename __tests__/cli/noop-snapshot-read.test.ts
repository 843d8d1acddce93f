import { lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readValidSnapshot, SNAPSHOT_FILE, statTarget } from '../../src/entry/cli/noop-snapshot.js';
import { encodeSnapshot, FIELDS_PER_PATH } from '../../src/entry/cli/noop-snapshot-format.js';
import { VERSION } from '../../src/version.js';
import { TempProject } from '../support/project.js';

/**
 * The reader of the no-op snapshot, on snapshots written here with the signatures the files
 * have now (the writer would wait out its two-second racy window first). The reader stats the
 * paths from inside the root: it must see the files the writer's joined paths named, and give
 * the working directory back whatever it finds.
 */
function writeSnapshot(root: string, paths: string[], tamper?: (numbers: Float64Array) => void) {
  mkdirSync(join(root, dirname(SNAPSHOT_FILE)), { recursive: true });
  const numbers = new Float64Array(paths.length * FIELDS_PER_PATH);
  paths.forEach((path, i) => {
    const s = signature(path === '' ? root : `${root}/${path}`);
    numbers.set(s, i * FIELDS_PER_PATH);
  });
  tamper?.(numbers);
  const bytes = encodeSnapshot({
    version: VERSION,
    root,
    manifest: 'reprokit.yml',
    paths,
    numbers,
    stages: '[]',
    statusJson: '{"stages": []}\n',
    statusText: 'no stages\n',
  });
  writeFileSync(join(root, SNAPSHOT_FILE), bytes);
}

/** Zeros for a path lstat cannot even look at: the reader must not trip over it either. */
function signature(path: string): number[] {
  try {
    const s = lstatSync(path);
    return [s.size, s.mtimeMs, s.ctimeMs, s.ino, s.mode];
  } catch {
    return [0, 0, 0, 0, 0];
  }
}

const answer = (root: string) => {
  const bytes = readValidSnapshot(root, 'reprokit.yml', 'statusJson');
  return bytes && Buffer.from(bytes).toString('utf8');
};

describe('reading the no-op snapshot', () => {
  let p: TempProject;
  let outside: TempProject;
  const cwd = process.cwd();
  beforeEach(() => {
    p = new TempProject({ 'reprokit.yml': 'stages: {}\n', 'in/a.txt': 'a\n' });
    outside = new TempProject({ 'x.txt': 'x\n' });
  });
  afterEach(() => {
    process.chdir(cwd);
    p.dispose();
    outside.dispose();
  });

  it('answers when every path, relative, `..`, the root itself, is as recorded', () => {
    const paths = ['reprokit.yml', 'in/a.txt', 'in', '', `../${basename(outside.root)}/x.txt`];
    writeSnapshot(p.root, paths);
    expect(answer(p.root)).toBe('{"stages": []}\n');
    expect(process.cwd()).toBe(cwd);
  });

  it('takes the full check when a path outside the root changed', () => {
    writeSnapshot(p.root, ['reprokit.yml', `../${basename(outside.root)}/x.txt`]);
    outside.write({ 'x.txt': 'changed\n' });
    expect(answer(p.root)).toBeUndefined();
    expect(process.cwd()).toBe(cwd);
  });

  it('takes the full check when one number differs', () => {
    writeSnapshot(p.root, ['reprokit.yml', 'in/a.txt'], (numbers) => {
      numbers[FIELDS_PER_PATH + 1] = (numbers[FIELDS_PER_PATH + 1] as number) + 1;
    });
    expect(answer(p.root)).toBeUndefined();
    expect(process.cwd()).toBe(cwd);
  });

  it('takes the full check, without an error, when an lstat fails', () => {
    // ENOTDIR: lstat throws for it even when asked not to throw for a missing path
    writeSnapshot(p.root, ['in/a.txt', 'in', 'reprokit.yml']);
    rmSync(p.path('in'), { recursive: true });
    p.write({ in: 'a file now\n' });
    expect(answer(p.root)).toBeUndefined();
    expect(process.cwd()).toBe(cwd);
    // ENAMETOOLONG
    writeSnapshot(p.root, ['reprokit.yml', 'y'.repeat(300)]);
    expect(answer(p.root)).toBeUndefined();
    expect(process.cwd()).toBe(cwd);
  });

  it('stats plain paths as they are and joins the others as the writer did', () => {
    expect(statTarget('/r', 'a/b.txt')).toBe('a/b.txt');
    expect(statTarget('/r', '../c')).toBe('../c');
    expect(statTarget('/r', '')).toBe('/r');
    if (process.platform !== 'win32') expect(statTarget('/r', '/abs')).toBe('/r//abs');
  });
});
