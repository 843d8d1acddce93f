import { jest } from '@jest/globals';
import { existsSync } from 'node:fs';
import { cli, TempProject } from '../support/project.js';
import { runAction } from '../support/run-action.js';

// The bundled action and CLI in child processes: slow on a loaded machine; results only.
jest.setTimeout(5 * 60_000);

/** The action opens the same session as the CLI: the same stage names, the same result shape. */

const DVC = {
  'dvc.yaml': `stages:
  prepare:
    cmd: echo x > prepared.txt
    outs: [prepared.txt]
  train:
    foreach: [a, b]
    do:
      cmd: cp prepared.txt model-\${item}.txt
      deps: [prepared.txt]
      outs: ['model-\${item}.txt']
  other:
    cmd: echo o > other.txt
    outs: [other.txt]
`,
};

const OFFLINE = { cache: 'off', publish: 'false', 'check-run': 'false', comment: 'false' };
const json = (text: string | undefined) => JSON.parse(text ?? 'null') as unknown;

describe('the action on the session', () => {
  const projects: TempProject[] = [];
  const project = () => {
    const p = new TempProject(DVC);
    projects.push(p);
    return p;
  };
  afterEach(() => {
    for (const p of projects.splice(0)) p.dispose();
  });

  it('a foreach group name selects the stages it generated, as `reprokit run train` does', async () => {
    const p = project();
    const run = await runAction({ workspace: p.root, inputs: { ...OFFLINE, stages: 'train' } });
    expect(run.code).toBe(0);
    expect((json(run.outputs.ran) as string[]).sort()).toEqual(['prepare', 'train@a', 'train@b']);
    expect(existsSync(p.path('other.txt'))).toBe(false);
    // The action keeps no run log: it has no local cache for gc to collect.
    expect(existsSync(p.path('.reprokit/runs.jsonl'))).toBe(false);
  });

  it('forces a group in plan mode: its stages are in the waves', async () => {
    const p = project();
    const first = await runAction({ workspace: p.root, inputs: OFFLINE });
    expect(first.code).toBe(0);
    const plan = await runAction({
      workspace: p.root,
      inputs: { ...OFFLINE, mode: 'plan', force: 'train' },
    });
    expect(plan.code).toBe(0);
    expect((json(plan.outputs.stale) as string[]).sort()).toEqual(['train@a', 'train@b']);
    const waves = json(plan.outputs.waves) as { include: { stages: string }[] }[];
    const waved = waves.flatMap((w) => w.include.flatMap((e) => e.stages.split(' ')));
    expect(waved.sort()).toEqual(['train@a', 'train@b']);
  });

  it('names the nearest stage for an unknown one, in the words the CLI uses', async () => {
    const p = project();
    const run = await runAction({ workspace: p.root, inputs: { ...OFFLINE, stages: 'prepar' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::no stage named "prepar": did you mean "prepare"?');
    const viaCli = await cli(p.root, ['run', 'prepar']);
    expect(viaCli.stderr).toContain('no stage named "prepar": did you mean "prepare"?');
  });

  it('the `plan` output has the fields `run --json` has for each stage, and the documented ones', async () => {
    const a = project();
    const b = project();
    const action = await runAction({ workspace: a.root, inputs: OFFLINE });
    const viaCli = await cli(b.root, ['run', '--json']);
    expect(action.code).toBe(0);
    expect(viaCli.code).toBe(0);
    type Entry = Record<string, unknown> & { name: string };
    const fromAction = json(action.outputs.plan) as Entry[];
    const fromCli = (JSON.parse(viaCli.stdout) as { stages: Entry[] }).stages;
    const fields = (entries: Entry[]) =>
      Object.fromEntries(entries.map((e) => [e.name, Object.keys(e).sort()]));
    expect(fields(fromAction)).toEqual(fields(fromCli));
    for (const entry of fromAction)
      expect(Object.keys(entry)).toEqual(
        expect.arrayContaining(['name', 'status', 'result', 'reasons', 'differences', 'key']),
      );
    const byName = (entries: Entry[]) => new Map(entries.map((e) => [e.name, e]));
    const cliByName = byName(fromCli);
    for (const entry of fromAction) {
      const other = cliByName.get(entry.name) as Entry;
      expect({ ...entry, durationMs: 0 }).toEqual({ ...other, durationMs: 0 });
    }
  });
});
