import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ActionsService } from '../support/actions-service.js';
import { applyEnv, startActionsService } from '../support/actions-service.js';
import { cli } from '../support/project.js';
import { runAction } from '../support/run-action.js';

/**
 * The reusable workflow's fan-out mode, job by job, against a local Actions cache service: a plan
 * job (`reprokit plan --json --actions-cache`, in-process), one job per matrix entry (the bundled
 * action with `stages`, `restore: none`, its `fan-out-group` and the fragments it reads, each in
 * its own new checkout, as on separate runners), then the final job (the action over everything,
 * reading every group's fragment). The Actions cache is the only thing the jobs share.
 *
 * Each test has its own service and seeds what it needs: no test depends on another's leftovers.
 * They spawn a dozen action processes, so they get a generous time limit: they count requests and
 * check results, and do not depend on how fast a loaded machine is.
 */
const SLOW = 10 * 60_000;
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
  reads: string;
}
interface PlanJson {
  stale: string[];
  jobs: { include: Entry[] }[];
  groups: string;
}

describe('fan-out over the Actions cache', () => {
  let service: ActionsService;
  const dirs: string[] = [];
  let workflowRun = 100;
  const checkout = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'reprokit-fanout-'));
    cpSync(EXAMPLE, dir, {
      recursive: true,
      filter: (src) => !GENERATED.has(src.split('/').pop() as string) || src.includes('/raw'),
    });
    dirs.push(dir);
    return dir;
  };
  beforeEach(async () => {
    service = await startActionsService();
  });
  afterEach(async () => {
    await service.close();
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  async function planJob(edit?: (dir: string) => void): Promise<PlanJson> {
    const dir = checkout();
    edit?.(dir);
    const env = { ...service.env, ...RUNNER };
    const cwd = process.cwd();
    const undo = applyEnv(env);
    try {
      const outcome = await cli(dir, ['plan', '--json', '--actions-cache'], {
        env: Object.fromEntries(
          Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined),
        ),
      });
      expect(outcome.code).toBe(0);
      return JSON.parse(outcome.stdout) as PlanJson;
    } finally {
      undo();
      // the plan reads the Actions cache without moving the process's directory
      expect(process.cwd()).toBe(cwd);
    }
  }

  /** One workflow run: every wave job in order (each entry in a new checkout), then the final job. */
  async function workflow(plan: PlanJson, edit?: (dir: string) => void) {
    const runEnv = {
      ...service.env,
      GITHUB_RUN_ID: String(++workflowRun),
      GITHUB_RUN_ATTEMPT: '1',
    };
    const ran: string[][] = [];
    for (const job of plan.jobs) {
      const runs = await Promise.all(
        job.include.map(async (entry) => {
          const dir = checkout();
          edit?.(dir);
          const run = await runAction({
            workspace: dir,
            env: runEnv,
            // as the wave jobs of .github/workflows/pipeline.yml call it
            inputs: {
              ...QUIET,
              stages: entry.stages,
              force: entry.force,
              restore: 'none',
              'fan-out-group': entry.group,
              'fan-out-fragments': entry.reads,
            },
          });
          expect(run.code).toBe(0);
          return JSON.parse(run.outputs.ran ?? '[]') as string[];
        }),
      );
      ran.push(...runs);
    }
    const dir = checkout();
    edit?.(dir);
    const final = await runAction({
      workspace: dir,
      env: runEnv,
      inputs: { ...QUIET, 'fan-out-fragments': plan.groups },
    });
    expect(final.code).toBe(0);
    return { ran, final, dir };
  }

  const indexes = () => service.entries().filter((e) => e.key.includes('/index/'));

  it(
    'runs each stale stage once, in waves; the final job merges one index that the next run restores in one lookup',
    async () => {
      const plan = await planJob();
      expect(plan.stale).toHaveLength(7);
      expect(plan.jobs.map((j) => j.include.map((e) => e.stages))).toEqual([
        ['clean'],
        ['by_region', 'by_month', 'by_product', 'model'],
        ['chart'],
        ['report'],
      ]);
      const { ran, final, dir } = await workflow(plan);
      // every job ran exactly its group: upstream stages came from fragments, never re-ran
      expect(ran).toEqual(plan.jobs.flatMap((j) => j.include.map((e) => e.stages.split(' '))));
      // the final job runs nothing: every record came from the fragments
      expect(JSON.parse(final.outputs.ran ?? '')).toEqual([]);
      expect(final.outputs['cache-hit']).toBe('true');
      expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toContain('<html');
      // wave jobs saved fragments, not indexes; the final job saved the one merged index
      expect(indexes()).toHaveLength(1);
      expect(service.entries().filter((e) => e.key.includes('/frag/'))).toHaveLength(7);

      // the next plan: nothing stale, decided from one lookup of the merged index
      service.reset();
      const again = await planJob();
      expect(again.stale).toEqual([]);
      expect(again.jobs.every((j) => j.include.length === 0)).toBe(true);
      // the probe, then the index: one lookup and one download
      expect(service.stats.twirp).toEqual({ GetCacheEntryDownloadURL: 2 });
      expect(service.stats.downloads).toBe(1);
    },
    SLOW,
  );

  it(
    'a changed param plans only its stage and the stages after it, in later waves',
    async () => {
      // seed: one plain run of the action fills the cache (its own index)
      const seed = await runAction({ workspace: checkout(), env: service.env, inputs: QUIET });
      expect(seed.code).toBe(0);
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
      expect(plan.jobs.map((j) => j.include.map((e) => e.reads))).toEqual([
        [''],
        ['g0-1'],
        ['g0-1 g1-1'],
        [],
      ]);
      const { ran } = await workflow(plan, edit);
      expect(ran).toEqual([['model'], ['chart'], ['report']]);
      expect((await planJob(edit)).stale).toEqual([]);
    },
    SLOW,
  );
});
