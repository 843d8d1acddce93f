import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { NodeWorkspace } from '../../src/adapters/local/node-workspace.js';
import { MemoryWorkspace, OUTSIDE } from '../support/memory-workspace.js';
import { workspaceContract } from './workspace.contract.js';

workspaceContract('NodeWorkspace (local disk)', () => {
  const root = mkdtempSync(join(tmpdir(), 'reprokit-ws-contract-'));
  const outside = mkdtempSync(join(tmpdir(), 'reprokit-ws-outside-'));
  writeFileSync(join(outside, 'file.txt'), 'secret\n');
  const workspace = new NodeWorkspace(root);
  return {
    workspace,
    write: (path, content) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    },
    mkdir: (path) => mkdirSync(join(root, path), { recursive: true }),
    linkOutside: (path) => symlinkSync(outside, join(root, path)),
    dispose: () => {
      rmSync(root, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    },
  };
});

workspaceContract('MemoryWorkspace (test fake)', () => {
  const workspace = new MemoryWorkspace();
  return {
    workspace,
    write: (path, content) => workspace.files.set(path, content),
    mkdir: (path) => workspace.mkdir(path),
    linkOutside: (path) => workspace.files.set(path, OUTSIDE),
    dispose: () => undefined,
  };
});

describe('NodeWorkspace.countFiles', () => {
  it('is not plain when a symlink inside the project is met, and counts what it leads to', async () => {
    const root = mkdtempSync(join(tmpdir(), 'reprokit-ws-count-'));
    try {
      mkdirSync(join(root, 'data', 'sub'), { recursive: true });
      mkdirSync(join(root, 'shared'));
      writeFileSync(join(root, 'data', 'a.csv'), 'a\n');
      writeFileSync(join(root, 'shared', 'b.csv'), 'b\n');
      writeFileSync(join(root, 'shared', 'c.csv'), 'c\n');
      const workspace = new NodeWorkspace(root);
      expect(await workspace.countFiles('data')).toEqual({ files: 1, plain: true });
      symlinkSync(join(root, 'shared'), join(root, 'data', 'sub', 'shared'));
      workspace.invalidate(['data/sub/shared']);
      expect(await workspace.countFiles('data')).toEqual({ files: 3, plain: false });
      expect((await workspace.listFiles('data')).length).toBe(3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
