import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRunLog, RUN_LOG } from '../../src/session/run-log.js';
import { runOptions } from '../../src/session/run-options.js';
import { openSession } from '../../src/session/session.js';
import { stageResult } from '../../src/session/stage-result.js';
import { describeUnknownStage } from '../../src/session/stages.js';
import { TempProject } from '../support/project.js';

/** The session both entries call: open, select, plan/run, one result shape. */

const MANIFEST = `
stages:
  prepare:
    cmd: cp in.txt mid.txt
    deps: [in.txt]
    outs: [mid.txt]
  train:
    cmd: cp mid.txt out.txt
    deps: [mid.txt]
    outs: [out.txt]
`;

describe('openSession', () => {
  let p: TempProject;
  const signal = new AbortController().signal;
  const setup = (extra: Record<string, unknown> = {}) => ({
    root: p.root,
    env: { PATH: process.env.PATH },
    emit: () => undefined,
    ...extra,
  });
  beforeEach(() => {
    p = new TempProject({ 'reprokit.yml': MANIFEST, 'in.txt': 'x\n' });
  });
  afterEach(() => p.dispose());

  it('finds the manifest, plans, runs, and logs the run for gc', async () => {
    const opened = await openSession(setup());
    if (!opened.ok) throw new Error('did not open');
    const session = opened.value;
    expect(session.manifest).toBe('reprokit.yml');
    const plan = await session.plan({ signal });
    expect(plan.stages.map((s) => stageResult(s, 'plan'))).toEqual([
      {
        name: 'prepare',
        status: 'stale',
        reasons: ['never run'],
        differences: [{ kind: 'never-run' }],
        key: expect.any(String),
      },
      {
        name: 'train',
        status: 'stale',
        reasons: ['upstream stage prepare will run'],
        differences: [{ kind: 'upstream-will-run', stage: 'prepare' }],
      },
    ]);
    const run = await session.run({ signal });
    session.close();
    expect(run.ok).toBe(true);
    const shaped = run.stages.map((s) => stageResult(s, 'run'));
    expect(shaped[0]).toEqual({
      name: 'prepare',
      status: 'stale',
      reasons: ['never run'],
      differences: [{ kind: 'never-run' }],
      key: expect.stringMatching(/^[0-9a-f]{64}$/),
      result: 'ran',
      durationMs: expect.any(Number),
    });
    const log = readRunLog(p.root);
    expect(log).toHaveLength(1);
    expect(log[0]?.keys).toEqual(run.stages.map((s) => s.key));
  });

  it('an unknown stage name stops it, with the nearest real one', async () => {
    const opened = await openSession(setup({ stages: ['train', 'prepar'] }));
    expect(opened.ok).toBe(false);
    if (opened.ok || opened.error.kind !== 'unknown-stage')
      throw new Error('expected unknown-stage');
    expect(opened.error).toMatchObject({ name: 'prepar', guess: 'prepare' });
    expect(describeUnknownStage(opened.error)).toBe(
      'no stage named "prepar": did you mean "prepare"?',
    );
  });

  it('an invalid manifest is a value with its diagnostics', async () => {
    p.write({ 'reprokit.yml': 'stages:\n  a:\n    cmd: x\n    dep: [y]\n' });
    const opened = await openSession(setup());
    if (opened.ok || opened.error.kind !== 'invalid-manifest') throw new Error('expected invalid');
    expect(opened.error.manifest).toBe('reprokit.yml');
    expect(opened.error.diagnostics.map((d) => d.code)).toContain('unknown-key');
  });

  it('takes dvc.yaml when there is no reprokit.yml, or the manifest named', async () => {
    p.remove('reprokit.yml');
    p.write({ 'dvc.yaml': 'stages:\n  a:\n    cmd: echo a\n' });
    const opened = await openSession(setup());
    expect(opened.ok && opened.value.manifest).toBe('dvc.yaml');
    p.write({ 'other.yml': MANIFEST });
    const named = await openSession(setup({ manifest: 'other.yml' }));
    expect(named.ok && named.value.manifest).toBe('other.yml');
  });
});

describe('runOptions', () => {
  it('has one set of defaults for both entries', () => {
    const signal = new AbortController().signal;
    const options = runOptions({ signal }, 'run');
    expect(options).toEqual({
      targets: [],
      force: { stages: [], all: false },
      jobs: expect.any(Number),
      keepGoing: false,
      mode: 'run',
      restore: [],
      salt: '',
      signal,
    });
    expect(options.jobs).toBeGreaterThanOrEqual(1);
  });
});

describe('the run log', () => {
  it('skips torn and foreign lines', () => {
    const p = new TempProject({ [RUN_LOG]: '{"at":"2026-01-01T00:00:00Z","keys":["k1"]}\n' });
    try {
      appendFileSync(join(p.root, RUN_LOG), '{"at": "torn\n{"other":1}\n');
      expect(readRunLog(p.root)).toEqual([{ at: '2026-01-01T00:00:00Z', keys: ['k1'] }]);
    } finally {
      p.dispose();
    }
  });
});
