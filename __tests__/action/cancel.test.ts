import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionsService } from '../support/actions-service.js';
import { startActionsService } from '../support/actions-service.js';
import { TempProject } from '../support/project.js';
import { runAction, startAction } from '../support/run-action.js';

// The bundled action in child processes: slow on a loaded machine; nothing here measures speed.
jest.setTimeout(10 * 60_000);

const manifest = (flaky: string) =>
  [
    'stages:',
    '  first:',
    '    cmd: echo done > a.txt',
    '    outs: [a.txt]',
    '  flaky:',
    `    cmd: ${flaky}`,
    '    deps: [a.txt]',
    '    retries: 3',
    '    retry_delay: 1h',
    '    outs: [b.txt]',
    '',
  ].join('\n');

/** The runner cancels a job with SIGINT, then SIGTERM: here SIGTERM alone, during a retry delay. */
describe('the action cancelled mid-retry', () => {
  let service: ActionsService;
  const projects: TempProject[] = [];
  beforeEach(async () => {
    service = await startActionsService();
  });
  afterEach(async () => {
    await service.close();
    for (const p of projects.splice(0)) p.dispose();
  });

  it('stops, records nothing of the interrupted stage, and saves the finished one to the cache', async () => {
    const cancelled = new TempProject({
      'reprokit.yml': manifest('echo try >> tries.log; exit 1'),
    });
    projects.push(cancelled);
    const run = startAction({ workspace: cancelled.root, env: service.env });
    await run.stdoutMatches(
      /flaky: attempt 1 of 4 failed: the command exited with code 1; attempt 2 of 4 in/,
    );
    run.child.kill('SIGTERM');
    const done = await run.done;
    expect(done.code).not.toBe(0);
    expect(done.stdout).toContain('::error::interrupted');
    expect(readFileSync(join(cancelled.root, 'tries.log'), 'utf8')).toBe('try\n');
    expect(JSON.parse(done.outputs.ran ?? '[]')).toEqual(['first']);
    expect(JSON.parse(done.outputs.failed ?? '[]')).toEqual(['flaky']);
    const plan = JSON.parse(done.outputs.plan ?? '[]') as { name: string; reasons: string[] }[];
    expect(plan.map((s) => s.name)).toEqual(['first', 'flaky']);

    // A new checkout: `first` comes from the Actions cache the cancelled run saved before exiting.
    const next = new TempProject({ 'reprokit.yml': manifest('cat a.txt > b.txt') });
    projects.push(next);
    const rerun = await runAction({ workspace: next.root, env: service.env });
    expect(rerun.code).toBe(0);
    expect(JSON.parse(rerun.outputs.restored ?? '[]')).toEqual(['first']);
    expect(JSON.parse(rerun.outputs.ran ?? '[]')).toEqual(['flaky']);
    expect(readFileSync(join(next.root, 'b.txt'), 'utf8')).toBe('done\n');
  });
});
