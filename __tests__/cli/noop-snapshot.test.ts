import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TempProject } from '../support/project.js';

const BUNDLE = resolve('dist/cli/index.js');

/** Stat signatures of files changed in the last two seconds are not trusted: wait them out. */
const settle = () => new Promise((r) => setTimeout(r, 2100));

function reprokit(root: string, args: string[], env: Record<string, string> = {}) {
  const out = spawnSync(process.execPath, [BUNDLE, ...args, '-C', root], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', REPROKIT_DEBUG: '1', ...env },
  });
  return {
    code: out.status,
    stdout: out.stdout,
    stderr: out.stderr,
    fast: out.stderr.includes('answered from the no-op snapshot'),
  };
}

const statuses = (stdout: string) =>
  (JSON.parse(stdout) as { stages: { name: string; status: string }[] }).stages.map(
    (s) => `${s.name}:${s.status}`,
  );

describe('the no-op snapshot (fast path of status and run)', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = new TempProject({
      'reprokit.yml': [
        'params: params.yaml',
        'stages:',
        '  collect:',
        '    cmd: mkdir -p out && cat in/*.txt > out/all.txt',
        '    deps: [in/]',
        '    outs: [out/all.txt]',
        '  count:',
        '    cmd: wc -l < out/all.txt > count.txt',
        '    deps: [out/all.txt]',
        '    params: [count.unit]',
        '    outs: [count.txt]',
        '',
      ].join('\n'),
      'params.yaml': 'count: {unit: lines}\n',
      'in/a.txt': 'a\n',
      'in/b.txt': 'b\n',
    });
    expect(reprokit(p.root, ['run']).code).toBe(0);
    await settle();
    const full = reprokit(p.root, ['status', '--json']);
    expect(full.fast).toBe(false);
    expect(existsSync(p.path('.reprokit/noop-snapshot.bin'))).toBe(true);
  });
  afterEach(() => p.dispose());

  it('answers an unchanged project from the snapshot with the same output as the full check', () => {
    const fast = reprokit(p.root, ['status', '--json']);
    const full = reprokit(p.root, ['status', '--json'], { REPROKIT_NO_FASTPATH: '1' });
    expect(fast.fast).toBe(true);
    expect(fast.stdout).toBe(full.stdout);
    const run = reprokit(p.root, ['run', '--json']);
    expect(run.fast).toBe(true);
    const key = expect.stringMatching(/^[0-9a-f]{64}$/) as unknown;
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      stages: [
        {
          name: 'collect',
          status: 'fresh',
          result: 'fresh',
          durationMs: 0,
          reasons: [],
          differences: [],
          key,
        },
        {
          name: 'count',
          status: 'fresh',
          result: 'fresh',
          durationMs: 0,
          reasons: [],
          differences: [],
          key,
        },
      ],
    });
    const fullRun = reprokit(p.root, ['run', '--json'], { REPROKIT_NO_FASTPATH: '1' });
    // the same document but for the time each check took
    const timeless = (text: string) =>
      (JSON.parse(text) as { stages: { durationMs?: number }[] }).stages.map((s) => ({
        ...s,
        durationMs: 0,
      }));
    expect(timeless(fullRun.stdout)).toEqual(timeless(run.stdout));
  });

  it('prints the same plain and coloured status, and the same run log, as the full check', () => {
    for (const env of [{}, { FORCE_COLOR: '1' }] as Record<string, string>[]) {
      const fast = reprokit(p.root, ['status'], env);
      const full = reprokit(p.root, ['status'], { ...env, REPROKIT_NO_FASTPATH: '1' });
      expect(fast.fast).toBe(true);
      expect(fast.stdout).toBe(full.stdout);
      expect(fast.code).toBe(full.code);
    }
    const run = reprokit(p.root, ['run']);
    const fullRun = reprokit(p.root, ['run'], { REPROKIT_NO_FASTPATH: '1' });
    expect(run.fast).toBe(true);
    // the summary's last line says how long the check took
    const timeless = (text: string) => text.replace(/ in [^\n]*\n$/, '');
    expect(timeless(run.stdout)).toBe(timeless(fullRun.stdout));
    // the stage lines; a slow full check adds a line saying how long it took
    const stageLines = (text: string) =>
      text.split('\n').filter((l) => !l.startsWith('reprokit: '));
    expect(stageLines(run.stderr)).toEqual(stageLines(fullRun.stderr));
  });

  it('takes the full check, with the same answer, when the snapshot is damaged', async () => {
    const file = p.path('.reprokit/noop-snapshot.bin');
    const expected = reprokit(p.root, ['status', '--json'], { REPROKIT_NO_FASTPATH: '1' }).stdout;
    const bytes = readFileSync(file);
    const damaged = [
      bytes.subarray(0, bytes.length >> 1),
      bytes.subarray(0, 10),
      Buffer.from('{"format":3}'),
      Buffer.concat([bytes, Buffer.from('x')]),
    ];
    for (const content of damaged) {
      writeFileSync(file, content);
      const after = reprokit(p.root, ['status', '--json']);
      expect(after.fast).toBe(false);
      expect(after.code).toBe(0);
      expect(after.stdout).toBe(expected);
    }
    // the full check wrote a good snapshot again
    await settle();
    expect(reprokit(p.root, ['status', '--json']).fast).toBe(true);
  });

  it('takes the full check after a dep changes', () => {
    p.write({ 'in/a.txt': 'A\n' });
    const after = reprokit(p.root, ['status', '--json']);
    expect(after.fast).toBe(false);
    expect(statuses(after.stdout)).toEqual(['collect:stale', 'count:stale']);
  });

  it('takes the full check after a file is added to a directory dep', () => {
    p.write({ 'in/c.txt': 'c\n' });
    expect(statuses(reprokit(p.root, ['status', '--json']).stdout)).toEqual([
      'collect:stale',
      'count:stale',
    ]);
  });

  it('takes the full check after an output is deleted or a param changes', () => {
    p.remove('count.txt');
    expect(statuses(reprokit(p.root, ['status', '--json']).stdout)).toEqual([
      'collect:fresh',
      'count:cached',
    ]);
    p.write({ 'params.yaml': 'count: {unit: rows}\n' });
    expect(statuses(reprokit(p.root, ['status', '--json']).stdout)).toEqual([
      'collect:fresh',
      'count:stale',
    ]);
  });

  it('is not used for anything but a plain status or run', () => {
    expect(reprokit(p.root, ['run', '--force', 'count', '--json']).fast).toBe(false);
    expect(reprokit(p.root, ['status', 'count']).fast).toBe(false);
    expect(reprokit(p.root, ['run', '--dry-run']).fast).toBe(false);
  });
});
