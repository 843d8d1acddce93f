import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fanoutPlan } from '../../../core/fanout.js';
import type { FanoutPlan } from '../../../core/fanout.js';
import type { RunReport } from '../../../engine/events.js';
import type { Project } from '../../../engine/project.js';
import type { StageCache } from '../../../ports.js';
import { stageResults } from '../../../session/stage-result.js';
import { EXIT, openForCli, projectRoot } from '../context.js';
import type { CliIo } from '../io.js';
import { table } from '../reporter.js';
import type { ParsedArgs } from '../spec.js';
import { count, flag, list, text } from '../spec.js';

/**
 * `reprokit plan`: the engine in plan mode (nothing runs, nothing is restored), then the stale
 * stages grouped into waves for parallel CI jobs (src/core/fanout.ts). `cached` and `fresh`
 * stages do not run: a later job restores what it reads from the cache.
 */
export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const root = projectRoot(args, io);
  if (root === undefined) return EXIT.usage;
  const actions = flag(args, 'actions-cache');
  const salt = text(args, 'cache-salt') ?? '';
  const actionsCache = actions
    ? ((await openPlanCache(root, io.env, salt, (m) =>
        io.stderr.write(`reprokit: warning: ${m}\n`),
      )) ?? ('none' as const))
    : undefined;
  const noCache = flag(args, 'no-cache');
  const session = await openForCli(args, io, {
    stages: [...args.operands, ...list(args, 'force')],
    emit: () => undefined,
    ...(noCache ? { cache: 'none' as const } : actionsCache ? { cache: actionsCache } : {}),
  });
  if (typeof session === 'number') return session;
  try {
    const report = await session.plan({
      targets: args.operands,
      force: list(args, 'force'),
      restore: [],
      // the action's salt is part of the keys in the Actions cache; the local cache has none
      salt: actions ? salt : '',
      signal: io.signal,
    });
    const document = planDocument(session.project, report, args);
    const out = flag(args, 'json') ? JSON.stringify(document, null, 2) + '\n' : planText(document);
    const file = text(args, 'output');
    if (file !== undefined) writeFileSync(resolve(io.cwd, file), out);
    else io.stdout.write(out);
    return EXIT.ok;
  } finally {
    session.close();
  }
}

/** `plan --json`: stable, documented in docs/workflows.md and read by .github/workflows/pipeline.yml. */
export function planDocument(project: Project, report: RunReport, args: ParsedArgs) {
  const stale = report.stages.filter((s) => s.status === 'stale').map((s) => s.name);
  const maxWaves = count(args, 'max-waves');
  const maxGroups = count(args, 'max-groups');
  const fanout: FanoutPlan = fanoutPlan(project.graph, stale, {
    ...(maxWaves !== undefined ? { maxWaves } : {}),
    ...(maxGroups !== undefined ? { maxGroups } : {}),
    force: list(args, 'force'),
  });
  return {
    stages: stageResults(report, 'plan'),
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
  const { openActionsCache } = await import('../../../adapters/github/actions-cache-open.js');
  const opened = await openActionsCache({ root, env, salt, warn });
  if ('cache' in opened) {
    // One lookup: the newest index; the plan decides every stage from it without more requests.
    await opened.cache.load();
    return opened.cache;
  }
  warn(`the GitHub Actions cache is unavailable (${opened.unavailable}); planning without it`);
  return undefined;
}
