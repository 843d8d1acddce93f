import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { fanoutPlan } from '../../core/fanout.js';
import type { FanoutPlan } from '../../core/fanout.js';
import type { EngineServices } from '../../engine/engine.js';
import { runPipeline } from '../../engine/engine.js';
import type { RunReport } from '../../engine/events.js';
import { reasonTexts } from '../../report/reasons.js';
import type { Project } from '../../engine/project.js';
import type { StageCache } from '../../ports.js';
import type { CliArgs } from './args.js';
import type { TextSink } from './reporter.js';
import { table } from './reporter.js';

/**
 * `reprokit plan`: the engine in plan mode (nothing runs, nothing is restored), then the stale
 * stages grouped into waves for parallel CI jobs (src/core/fanout.ts). `cached` and `fresh`
 * stages do not run: a later job restores what it reads from the cache.
 */
export async function plan(
  project: Project,
  args: CliArgs,
  io: { stdout: TextSink; signal: AbortSignal; cwd: string },
  services: EngineServices,
): Promise<number> {
  const report = await runPipeline(
    project,
    { ...services, emit: () => undefined },
    {
      targets: args.stages,
      force: { stages: args.force, all: false },
      jobs: Math.max(1, cpus().length),
      keepGoing: false,
      mode: 'plan',
      restore: [],
      // the action's salt is part of the keys in the Actions cache; the local cache has none
      salt: args.actionsCache ? (args.cacheSalt ?? '') : '',
      signal: io.signal,
    },
  );
  const document = planDocument(project, report, args);
  const text = args.json ? JSON.stringify(document, null, 2) + '\n' : planText(document);
  if (args.output !== undefined) writeFileSync(resolve(io.cwd, args.output), text);
  else io.stdout.write(text);
  return 0;
}

/** `plan --json`: stable, documented in docs/workflows.md and read by .github/workflows/pipeline.yml. */
export function planDocument(project: Project, report: RunReport, args: CliArgs) {
  const stale = report.stages.filter((s) => s.status === 'stale').map((s) => s.name);
  const fanout: FanoutPlan = fanoutPlan(project.graph, stale, {
    ...(args.maxWaves !== undefined ? { maxWaves: args.maxWaves } : {}),
    ...(args.maxGroups !== undefined ? { maxGroups: args.maxGroups } : {}),
    force: args.force,
  });
  return {
    stages: report.stages.map((s) => ({
      name: s.name,
      status: s.status,
      reasons: reasonTexts(s.reasons),
      differences: s.reasons,
      ...(s.key ? { key: s.key } : {}),
    })),
    stale,
    waves: fanout.waves,
    matrix: fanout.matrix,
    jobs: fanout.jobs,
    overflow: fanout.overflow,
    groups: fanout.groups,
  };
}

function planText(doc: ReturnType<typeof planDocument>): string {
  if (doc.stale.length === 0) return 'Nothing is stale: no stage would run.\n';
  const rows = doc.jobs.flatMap((job, k) =>
    job.include.map((e) => [`wave ${k}`, e.group, e.stages.split(' ').join(', ')]),
  );
  const note = doc.overflow
    ? `\nThe pipeline is ${doc.waves.length} waves deep: the last wave job runs the rest in one group.\n`
    : '';
  return `${table(['wave job', 'group', 'stages'], rows)}\n${doc.stale.length} stale stage${doc.stale.length === 1 ? '' : 's'} in ${doc.waves.length} wave${doc.waves.length === 1 ? '' : 's'}${note}\n`;
}

/**
 * The GitHub Actions cache, for `plan --actions-cache` inside a workflow run: the same entries,
 * key prefix and salt as the action, looked up only (plan mode restores nothing). The runner gives
 * the runtime token to JavaScript actions only, so the reusable workflow runs this command from
 * actions/github-script, whose environment the command inherits. Undefined (with a warning) when
 * the service is not there: then every stage without a local record plans as stale, which is
 * safe (the wave jobs find the cached ones and restore them instead of running them).
 */
export async function openPlanCache(
  root: string,
  env: Readonly<Record<string, string | undefined>>,
  salt: string,
  warn: (message: string) => void,
): Promise<StageCache | undefined> {
  const { openActionsCache } = await import('../../adapters/github/actions-cache-open.js');
  const opened = await openActionsCache({ root, env, salt, warn });
  if ('cache' in opened) {
    // One lookup: the newest index; the plan decides every stage from it without more requests.
    await opened.cache.load();
    return opened.cache;
  }
  warn(`the GitHub Actions cache is unavailable (${opened.unavailable}); planning without it`);
  return undefined;
}
