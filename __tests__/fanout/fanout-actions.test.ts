import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ActionsService } from '../support/actions-service.js';
import { applyEnv, startActionsService } from '../support/actions-service.js';
import { cli } from '../support/project.js';
import { runAction } from '../support/run-action.js';

/**
 * The reusable workflow's fan-out mode, job by job, against a local Actions cache service: a plan
 * job (`reprokit plan --json --actions-cache`, in-process), one job per matrix entry (the bundled
 * action with `stages` and `restore: none`, each in its own new checkout, as on separate runners),
 * then the report job (the action over everything). The Actions cache is the only thing the jobs
 * share.
 */

const EXAMPLE = resolve('examples/sales');
const GENERATED = new Set(['clean', 'agg', 'model', 'charts', 'site', 'metrics.json', '.reprokit']);
const RUNNER = { RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' };
/** Publishing and PR feedback are tested in __tests__/action; here only the stages matter. */
const QUIET = { publish: 'false', 'deploy-pages': 'false', 'check-run': 'false', comment: 'false' };

interface Entry {
  wave: number;
  group: string;
  stages: string;
  force: string;
}
interface PlanJson {
  stale: string[];
  jobs: { include: Entry[] }[];
}

describe('fan-out over the Actions cache', () => {
  let service: ActionsService;
  const dirs: string[] = [];
  const checkout = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'reprokit-fanout-'));
    cpSync(EXAMPLE, dir, {
      recursive: true,
      filter: (src) => !GENERATED.has(src.split('/').pop() as string) || src.includes('/raw'),
    });
    dirs.push(dir);
    return dir;
  };
  beforeAll(async () => {
    service = await startActionsService();
  });
  afterAll(async () => {
    await service.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function planJob(edit?: (dir: string) => void): Promise<PlanJson> {
    const dir = checkout();
    edit?.(dir);
    const env = { ...service.env, ...RUNNER };
    const undo = applyEnv(env);
    const cwd = process.cwd();
    try {
      const outcome = await cli(dir, ['plan', '--json', '--actions-cache'], {
        env: Object.fromEntries(
          Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined),
        ),
      });
      expect(outcome.code).toBe(0);
      return JSON.parse(outcome.stdout) as PlanJson;
    } finally {
      process.chdir(cwd);
      undo();
    }
  }

  /** Every wave job in order, each matrix entry in a new checkout; returns the stages that ran. */
  async function waveJobs(plan: PlanJson, edit?: (dir: string) => void): Promise<string[][]> {
    const ran: string[][] = [];
    for (const job of plan.jobs) {
      const runs = await Promise.all(
        job.include.map(async (entry) => {
          const dir = checkout();
          edit?.(dir);
          const run = await runAction({
            workspace: dir,
            env: service.env,
            // as the wave jobs of .github/workflows/pipeline.yml call it
            inputs: { ...QUIET, stages: entry.stages, force: entry.force, restore: 'none' },
          });
          expect(run.code).toBe(0);
          return JSON.parse(run.outputs.ran ?? '[]') as string[];
        }),
      );
      ran.push(...runs);
    }
    return ran;
  }

  it('runs each stale stage once, in waves; then plan and report find everything cached', async () => {
    const plan = await planJob();
    expect(plan.stale).toHaveLength(7);
    const entries = plan.jobs.map((j) => j.include.map((e) => e.stages));
    expect(entries).toEqual([
      ['clean'],
      ['by_region', 'by_month', 'by_product', 'model'],
      ['chart'],
      ['report'],
    ]);

    const ran = await waveJobs(plan);
    // every job ran exactly its group: upstream stages came from the cache, never re-ran
    expect(ran).toEqual(plan.jobs.flatMap((j) => j.include.map((e) => e.stages.split(' '))));

    // a new plan: nothing stale, so the workflow skips every wave job
    const again = await planJob();
    expect(again.stale).toEqual([]);
    expect(again.jobs.every((j) => j.include.length === 0)).toBe(true);

    // the report job: the action over everything runs nothing and restores the site
    const dir = checkout();
    const report = await runAction({ workspace: dir, env: service.env, inputs: QUIET });
    expect(report.code).toBe(0);
    expect(report.outputs['cache-hit']).toBe('true');
    expect(JSON.parse(report.outputs.ran ?? '')).toEqual([]);
    expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toContain('<html');
  });

  it('a changed param plans only its stage and the stages after it, in later waves', async () => {
    const edit = (dir: string) => {
      const path = join(dir, 'params.yaml');
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replace(/horizon_days: \d+/, 'horizon_days: 45'),
      );
    };
    const plan = await planJob(edit);
    expect(plan.jobs.map((j) => j.include.map((e) => e.stages))).toEqual([
      ['model'],
      ['chart'],
      ['report'],
      [],
    ]);
    const ran = await waveJobs(plan, edit);
    expect(ran).toEqual([['model'], ['chart'], ['report']]);
    expect((await planJob(edit)).stale).toEqual([]);
  });
});
