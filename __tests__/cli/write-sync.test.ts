import { closeSync, openSync } from 'node:fs';
import { writeAllSync } from '../../src/entry/cli/write-sync.js';
import { TempProject } from '../support/project.js';

describe('writing an answer to a descriptor', () => {
  let p: TempProject;
  beforeEach(() => {
    p = new TempProject();
  });
  afterEach(() => p.dispose());

  it('writes every byte itself when the descriptor takes them', () => {
    const fd = openSync(p.path('out'), 'w');
    const rest: Uint8Array[] = [];
    try {
      writeAllSync(fd, Buffer.from('answer ✓\n'), (bytes) => rest.push(bytes));
    } finally {
      closeSync(fd);
    }
    expect(p.read('out')).toBe('answer ✓\n');
    expect(rest).toEqual([]);
  });

  it('hands what the descriptor refuses to the stream', () => {
    p.write({ in: '' });
    const fd = openSync(p.path('in'), 'r');
    const rest: Uint8Array[] = [];
    try {
      writeAllSync(fd, Buffer.from('answer\n'), (bytes) => rest.push(bytes));
    } finally {
      closeSync(fd);
    }
    expect(rest.map((b) => Buffer.from(b).toString())).toEqual(['answer\n']);
  });
});
