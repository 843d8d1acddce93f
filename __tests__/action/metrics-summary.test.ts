import { jest } from '@jest/globals';
import type { ActionsService } from '../support/actions-service.js';
import { startActionsService } from '../support/actions-service.js';
import { TempProject } from '../support/project.js';
import { runAction } from '../support/run-action.js';

// Each test runs the bundled action (or the toolkit) several times in child processes: on a
// loaded machine that takes minutes. The tests check results, never speed.
jest.setTimeout(10 * 60_000);

/**
 * On a push, the job summary compares the metrics with the previous run of the branch (read from
 * the cache index, no download), labels its columns so, folds unchanged metrics, and says that the
 * metrics of a failed stage were not produced (not that they were removed).
 */
const manifest = (r2: string, evalCmd: string) => ({
  'reprokit.yml': [
    'stages:',
    '  train:',
    `    cmd: echo '{"r2":${r2},"rows":10}' > train.json`,
    '    metrics: [train.json]',
    '  evaluate:',
    `    cmd: ${evalCmd}`,
    '    metrics: [eval.json]',
    '',
  ].join('\n'),
});
const PUSH = { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' };
const QUIET = { publish: 'false', 'check-run': 'false', comment: 'false', 'keep-going': 'true' };

describe('metrics in the job summary', () => {
  let service: ActionsService;
  const projects: TempProject[] = [];
  beforeAll(async () => {
    service = await startActionsService();
  });
  afterAll(async () => {
    await service.close();
    for (const p of projects) p.dispose();
  });

  it('compares with the previous run of the branch; a failed stage\'s metrics are "not produced"', async () => {
    const first = new TempProject(manifest('0.5', `echo '{"acc":0.9}' > eval.json`));
    projects.push(first);
    const run1 = await runAction({
      workspace: first.root,
      env: { ...service.env, ...PUSH },
      inputs: QUIET,
    });
    expect(run1.code).toBe(0);

    const second = new TempProject(manifest('0.6', 'exit 3'));
    projects.push(second);
    const run2 = await runAction({
      workspace: second.root,
      env: { ...service.env, ...PUSH },
      inputs: QUIET,
    });
    expect(run2.code).toBe(1);
    const summary = run2.summary;
    expect(summary).toContain('| Metric | Previous run (main) | This run | Change |');
    expect(summary).toContain('| `train.json` r2 | 0.5 | 0.6 | +0.1 (+20%) |');
    expect(summary).toContain('| `eval.json` acc | 0.9 | — | not produced (stage failed) |');
    expect(summary).not.toContain('removed');
    expect(summary).toMatch(
      /<details><summary>1 unchanged metric<\/summary>[\s\S]*`train.json` rows/,
    );
    expect(summary).not.toContain('This PR');
  });
});
