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
