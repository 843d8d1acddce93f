import { createHash } from 'node:crypto';
import { cli, TempProject } from '../support/project.js';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * dvc.lock written the way DVC writes it: no anchors, dvc.yaml order, paths as written, entries
 * that did not change kept byte for byte (also DVC 2's form without `hash: md5`).
 */
describe('--write-dvc-lock fidelity', () => {
  const dvcYaml = `stages:
  b_first:
    cmd: mkdir -p out && cp in.txt out//b.txt
    deps: [in.txt]
    params: [shared]
    outs: [out//b.txt]
  a_second:
    cmd: cp in.txt a.txt
    deps: [in.txt]
    params: [shared]
    outs: [a.txt]
`;
  // DVC 2 wrote no `hash: md5`; this entry is current (the test computes its md5s).
  const dvc2Entry = (name: string, out: string) => `  ${name}:
    cmd: cp in.txt ${out}
    deps:
    - path: in.txt
      md5: ${md5('data\n')}
      size: 5
    params:
      params.yaml:
        shared:
          lr: 20.0
          layers: [1, 2]
    outs:
    - path: ${out}
      md5: ${md5('data\n')}
      size: 5
`;

  it('keeps current entries byte-identical and writes new ones in DVC 3 form, without anchors', async () => {
    const p = new TempProject({
      'dvc.yaml': dvcYaml,
      'in.txt': 'data\n',
      'params.yaml': 'shared:\n  lr: 20.0\n  layers: [1, 2]\n',
      'dvc.lock': `schema: '2.0'\nstages:\n${dvc2Entry('a_second', 'a.txt')}  gone:\n    cmd: echo old\n`,
    });
    try {
      const run = await cli(p.root, ['run', '--write-dvc-lock']);
      expect(run.code).toBe(0);
      const lock = p.read('dvc.lock');
      // dvc.yaml order; the stage no longer in dvc.yaml is dropped.
      expect(lock.indexOf('  b_first:')).toBeLessThan(lock.indexOf('  a_second:'));
      expect(lock).not.toContain('gone');
      // The unchanged DVC 2 entry is kept as it was, `20.0` and missing `hash:` included.
      expect(lock.endsWith(dvc2Entry('a_second', 'a.txt'))).toBe(true);
      // The new entry: DVC 3 fields, the path as written, the same params without an alias.
      expect(lock).toContain('    outs:\n    - path: out//b.txt\n      hash: md5\n');
      expect(lock).not.toMatch(/[&*]a\d/);
      // A second run changes nothing: `git diff dvc.lock` would be empty.
      const again = await cli(p.root, ['run', '--write-dvc-lock']);
      expect(again.stderr).toContain('dvc.lock already up to date');
      expect(p.read('dvc.lock')).toBe(lock);
      const status = await cli(p.root, ['status', '--json']);
      expect(JSON.parse(status.stdout).dvcLock).toEqual({ upToDate: true, stale: [], reasons: {} });
    } finally {
      p.dispose();
    }
  });

  it('keeps the entry of a stage that could not run (data not pulled)', async () => {
    const entry = dvc2Entry('a_second', 'a.txt');
    const p = new TempProject({
      'dvc.yaml': dvcYaml,
      'in.txt.dvc': 'outs:\n- path: in.txt\n',
      'params.yaml': 'shared:\n  lr: 20.0\n  layers: [1, 2]\n',
      'dvc.lock': `schema: '2.0'\nstages:\n${entry}`,
    });
    try {
      const run = await cli(p.root, ['run', '--write-dvc-lock', '--keep-going']);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('kept the previous entries of a_second');
      expect(p.read('dvc.lock')).toBe(`schema: '2.0'\nstages:\n${entry}`);
    } finally {
      p.dispose();
    }
  });
});

describe('stringifyLock', () => {
  it('writes a value shared by two stages twice, never as an anchor and alias', async () => {
    const { stringifyLock } = await import('../../src/core/dvc/lock.js');
    const params = { 'params.yaml': { shared: { lr: 0.1 } } };
    const entry = { cmd: 'echo', params };
    const text = stringifyLock({ schema: '2.0', stages: { a: entry, b: { ...entry } } });
    expect(text).not.toMatch(/[&*]a\d/);
    expect(text.match(/lr: 0.1/g)).toHaveLength(2);
  });
});
