import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NodeWorkspace } from '../../src/adapters/local/node-workspace.js';
import type { Stage } from '../../src/core/pipeline.js';
import { loadProject } from '../../src/engine/project.js';
import { cli } from '../support/project.js';

/**
 * Real dvc.yaml files from public projects (sources and licences in realworld/README.md), read
 * without their data or scripts. What DVC resolves them to comes from the project's own dvc.lock
 * where it matches the dvc.yaml, otherwise from expected.json (written from DVC's semantics).
 */
const DIR = join(process.cwd(), '__tests__/dvc/realworld');
const PROJECTS = readdirSync(DIR).filter((d) => existsSync(join(DIR, d, 'dvc.yaml')));

interface Resolved {
  cmd: string[];
  deps: string[];
  outs: string[];
  params: Record<string, string[]>;
}
type Expected = { stages: Record<string, Resolved> } | { rejected: string };

function expectedOf(project: string): { expected: Expected; from: 'dvc.lock' | 'expected.json' } {
  const json = join(DIR, project, 'expected.json');
  if (existsSync(json))
    return { expected: JSON.parse(readFileSync(json, 'utf8')) as Expected, from: 'expected.json' };
  const lock = parse(readFileSync(join(DIR, project, 'dvc.lock'), 'utf8')) as {
    stages: Record<
      string,
      {
        cmd: string | string[];
        deps?: { path: string }[];
        outs?: { path: string }[];
        params?: Record<string, Record<string, unknown>>;
      }
    >;
  };
  const stages: Record<string, Resolved> = {};
  for (const [name, s] of Object.entries(lock.stages)) {
    stages[name] = {
      cmd: typeof s.cmd === 'string' ? [s.cmd] : s.cmd,
      deps: (s.deps ?? []).map((d) => d.path),
      outs: (s.outs ?? []).map((o) => o.path),
      params: Object.fromEntries(
        Object.entries(s.params ?? {}).map(([file, values]) => [file, Object.keys(values)]),
      ),
    };
  }
  return { expected: { stages }, from: 'dvc.lock' };
}

function resolved(stage: Stage): Resolved {
  const params: Record<string, string[]> = {};
  for (const ref of stage.params)
    params[ref.file] = [...(params[ref.file] ?? []), ...(ref.keys === 'all' ? [] : ref.keys)];
  return {
    cmd: [...stage.cmd],
    deps: stage.deps.map((d) => d.path),
    outs: stage.outs.map((o) => o.path),
    params,
  };
}

const sorted = (r: Resolved) => ({
  cmd: r.cmd,
  deps: [...r.deps].sort(),
  outs: [...r.outs].sort(),
  params: Object.fromEntries(Object.entries(r.params).map(([f, k]) => [f, [...k].sort()])),
});

describe('real-world dvc.yaml files', () => {
  it('has at least ten projects', () => {
    expect(PROJECTS.length).toBeGreaterThanOrEqual(10);
  });

  describe.each(PROJECTS)('%s', (project) => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'reprokit-realworld-'));
      cpSync(join(DIR, project), root, { recursive: true });
      rmSync(join(root, 'expected.json'), { force: true });
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('resolves to the stages, commands, deps, outs and params DVC resolves', async () => {
      const { expected } = expectedOf(project);
      const loaded = await loadProject(new NodeWorkspace(root), 'dvc.yaml');
      if ('rejected' in expected) {
        expect(loaded.ok).toBe(false);
        if (!loaded.ok)
          expect(loaded.error.diagnostics.map((d) => d.code)).toContain(expected.rejected);
        return;
      }
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.error.diagnostics));
      const stages = loaded.value.pipeline.stages;
      expect(stages.map((s) => s.name)).toEqual(Object.keys(expected.stages));
      for (const stage of stages)
        expect({ stage: stage.name, ...sorted(resolved(stage)) }).toEqual({
          stage: stage.name,
          ...sorted(expected.stages[stage.name] as Resolved),
        });
    });

    it('`dag --json` and `status --json` work without the data or the scripts', async () => {
      const { expected } = expectedOf(project);
      const dag = await cli(root, ['dag', '--json']);
      const status = await cli(root, ['status', '--json']);
      if ('rejected' in expected) {
        expect([dag.code, status.code]).toEqual([2, 2]);
        return;
      }
      expect(dag.code).toBe(0);
      expect(status.code).toBe(0);
      const names = Object.keys(expected.stages).sort();
      const dagStages = (JSON.parse(dag.stdout) as { stages: { name: string }[] }).stages;
      expect(dagStages.map((s) => s.name).sort()).toEqual(names);
      const report = JSON.parse(status.stdout) as {
        stages: { name: string; status: string; reasons: string[] }[];
      };
      expect(report.stages.map((s) => s.name).sort()).toEqual(names);
      // Nothing was pulled: every stage waits for its inputs or for an upstream stage.
      for (const s of report.stages) expect(s.status).toBe('stale');
    });
  });
});
