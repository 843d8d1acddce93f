import type { MissingInput } from '../core/dvc/missing-input.js';
import { renderMissingInput } from '../core/dvc/missing-input.js';
import type { Sha256 } from '../core/fingerprint.js';
import { buildFingerprint, stageKey } from '../core/fingerprint.js';
import type { Edge } from '../core/graph.js';
import { selectWithUpstream } from '../core/graph.js';
import { parseYaml } from '../core/manifest/source.js';
import { joinPath } from '../core/paths.js';
import { pipelinePlots } from '../core/plots/capture.js';
import type { PlotDefinition } from '../core/plots/types.js';
import type { Stage } from '../core/pipeline.js';
import type { Reason, StopCause } from '../core/reasons.js';
import { explainChange } from '../core/reasons.js';
import type { Fingerprint, OutputRecord, StageRecord } from '../core/record.js';
import type {
  Clock,
  CommandRunner,
  ContainerRuntime,
  Hasher,
  StageCache,
  StateStore,
  Workspace,
} from '../ports.js';
import { WorkspaceEscape } from '../ports.js';
import type { AttemptOutcome } from './attempts.js';
import { runAttempts } from './attempts.js';
import { isExpectedFailure } from './expected-failures.js';
import type { DigestContext } from './digests.js';
import { DepProblem, FileDigests, depDigest, outputDifferences, recordOutputs } from './digests.js';
import type { OutputDifference } from './digests.js';
import type {
  EngineEvent,
  PersistRestored,
  RunReport,
  StageFailure,
  StageReport,
} from './events.js';
import { ImagePins } from './images.js';
import { restorePersisted } from './persist.js';
import { readPlots } from './plots.js';
import type { Project } from './project.js';
import { Semaphore } from './semaphore.js';
import { commandArgv, shellArgv } from './shell.js';

/** Larger files are not metrics a person reads in a table. */
const METRICS_LIMIT = 64 * 1024;

export interface EngineServices {
  readonly workspace: Workspace;
  readonly hasher: Hasher;
  /** Undefined when caching is off. */
  readonly cache?: StageCache;
  readonly cacheAccess: { readonly read: boolean; readonly write: boolean };
  readonly state: StateStore;
  readonly runner: CommandRunner;
  /** Runs the commands of stages with `image:`; undefined: such stages fail to run. */
  readonly containers?: ContainerRuntime;
  readonly sha256: Sha256;
  readonly emit: (event: EngineEvent) => void;
  readonly now: Clock;
  /** Environment the commands start from (the stage env is laid over it). */
  readonly baseEnv: Readonly<Record<string, string>>;
}

export interface RunOptions {
  /** Stages to bring up to date, with everything they need; empty: all. */
  readonly targets: readonly string[];
  /** Stages to run even when fresh; `all: true` forces every selected stage. */
  readonly force: { readonly stages: readonly string[]; readonly all: boolean };
  readonly jobs: number;
  readonly keepGoing: boolean;
  /** `plan`: decide only; nothing runs and nothing is restored. */
  readonly mode: 'run' | 'plan';
  /** Stages whose cached outputs are brought into the workspace even if nothing reads them. */
  readonly restore: 'all' | readonly string[];
  readonly salt: string;
  readonly signal: AbortSignal;
}

/** How a stage ended up, with what downstream stages need to compute their keys. */
interface Resolution {
  report: StageReport;
  /** Outputs as recorded: known for fresh, cached and ran stages. */
  outputs?: readonly OutputRecord[];
  /** The cache entry to restore from, while not yet restored. */
  pendingRestore?: StageRecord;
  /** Plan mode: the stage would run, so its outputs are not known yet. */
  wouldRun?: boolean;
  usable: boolean;
}

type Decision =
  | {
      kind: 'fresh';
      outputs: readonly OutputRecord[];
      reasons: Reason[];
      savedMs?: number;
      metrics?: StageRecord['metrics'];
      plots?: StageRecord['plots'];
    }
  | { kind: 'cached'; record: StageRecord; reasons: Reason[] }
  | { kind: 'run'; reasons: Reason[] };

export async function runPipeline(
  project: Project,
  services: EngineServices,
  options: RunOptions,
): Promise<RunReport> {
  return new PipelineRun(project, services, options).execute();
}

class PipelineRun {
  private readonly selected: readonly Stage[];
  private readonly selectedNames: ReadonlySet<string>;
  private readonly resolutions = new Map<string, Promise<Resolution>>();
  private readonly settled = new Map<string, Resolution>();
  private readonly restoring = new Map<string, Promise<boolean>>();
  private readonly slots: Semaphore;
  private readonly digests: DigestContext;
  private readonly running = new Set<string>();
  private readonly images: ImagePins;
  private stopReason: StopCause | undefined;
  /** Aborted by stop(): running stages finish their attempt, but none retries. */
  private readonly windingDown = new AbortController();
  private done = 0;
  /** The pipeline's plot definitions: a walk over every stage, so made once, not per stage. */
  private plotDefinitions: readonly PlotDefinition[] | undefined;

  constructor(
    private readonly project: Project,
    private readonly services: EngineServices,
    private readonly options: RunOptions,
  ) {
    this.selected = selectWithUpstream(project.graph, options.targets);
    this.selectedNames = new Set(this.selected.map((s) => s.name));
    this.slots = new Semaphore(Math.max(1, options.jobs));
    this.digests = {
      workspace: services.workspace,
      files: new FileDigests(services.hasher),
      graph: project.graph,
      sha256: services.sha256,
    };
    this.images = new ImagePins(services.containers, services.emit);
    options.signal.addEventListener('abort', () => this.stop({ kind: 'interrupted' }), {
      once: true,
    });
  }

  async execute(): Promise<RunReport> {
    const started = this.services.now();
    for (const stage of this.selected) this.resolutions.set(stage.name, this.resolveSafely(stage));
    const resolutions = await Promise.all(
      this.selected.map((s) => this.resolutions.get(s.name) as Promise<Resolution>),
    );
    const stages = resolutions.map((r) => r.report);
    return {
      ok: stages.every((s) => s.result !== 'failed' && s.result !== 'skipped'),
      interrupted: this.options.signal.aborted,
      stages,
      durationMs: this.services.now() - started,
    };
  }

  private stop(reason: StopCause): void {
    this.stopReason ??= reason;
    this.windingDown.abort();
  }

  private async resolveSafely(stage: Stage): Promise<Resolution> {
    const started = this.services.now();
    let resolution: Resolution;
    try {
      resolution = await this.resolve(stage);
    } catch (e) {
      const message =
        e instanceof DepProblem || e instanceof WorkspaceEscape || isExpectedFailure(e)
          ? e.message
          : internal(e);
      resolution = this.failed(stage, { status: 'stale', reasons: [], error: message, started });
      if (!this.options.keepGoing) this.stop({ kind: 'stage-failed', stage: stage.name });
    }
    this.settled.set(stage.name, resolution);
    this.done++;
    this.services.emit({ type: 'stage-end', report: resolution.report });
    this.services.emit({
      type: 'progress',
      done: this.done,
      total: this.selected.length,
      running: [...this.running],
    });
    return resolution;
  }

  private upstreamEdges(stage: Stage): readonly Edge[] {
    return (this.project.graph.upstream.get(stage.name) ?? []).filter((e) =>
      this.selectedNames.has(e.from),
    );
  }

  private async resolve(stage: Stage): Promise<Resolution> {
    const started = this.services.now();
    const edges = this.upstreamEdges(stage);
    const upstream = await Promise.all(
      edges.map((e) => this.resolutions.get(e.from) as Promise<Resolution>),
    );
    const broken = upstream.find((u) => !u.usable && !u.wouldRun);
    if (broken)
      return this.skipped(stage, {
        kind: 'upstream-unusable',
        stage: broken.report.name,
        result: broken.report.result,
      });
    const pending = upstream.filter((u) => u.wouldRun).map((u) => u.report.name);
    if (pending.length > 0) {
      return this.planned(stage, {
        status: 'stale',
        reasons: pending.map((n) => ({ kind: 'upstream-will-run', stage: n })),
      });
    }
    if (this.stopReason)
      return this.skipped(stage, { kind: 'not-started', cause: this.stopReason });
    const missing = this.project.missingInputs?.get(stage.name);
    if (missing && missing.length > 0 && !stage.frozen) return this.waitForInputs(stage, missing);
    for (let attempt = 0; ; attempt++) {
      const fingerprint = await this.fingerprint(stage);
      const key = stageKey(fingerprint, this.services.sha256);
      const decision = await this.decide(stage, fingerprint, key);
      if (decision.kind === 'fresh') {
        return this.usable(stage, {
          result: 'fresh',
          status: 'fresh',
          key,
          reasons: decision.reasons,
          outputs: decision.outputs,
          started,
          ...(decision.savedMs !== undefined ? { savedMs: decision.savedMs } : {}),
          ...(decision.metrics ? { metrics: decision.metrics } : {}),
          ...(decision.plots ? { plots: decision.plots } : {}),
        });
      }
      if (decision.kind === 'cached') return this.fromCache(stage, decision, started);
      if (this.options.mode === 'plan') {
        return {
          ...this.planned(stage, { status: 'stale', reasons: decision.reasons, key }),
          wouldRun: true,
        };
      }
      const inputsChanged = await this.bringInputs(stage, edges);
      if (inputsChanged && attempt < 2) continue;
      return this.runStage(stage, { fingerprint, key, reasons: decision.reasons, started });
    }
  }

  /** DVC data not pulled (or a param not there): stale in plan mode, a failure when running. */
  private waitForInputs(stage: Stage, missing: readonly MissingInput[]): Resolution {
    const reasons: Reason[] = [...missing];
    if (this.options.mode === 'plan')
      return { ...this.planned(stage, { status: 'stale', reasons }), wouldRun: true };
    if (!this.options.keepGoing) this.stop({ kind: 'stage-failed', stage: stage.name });
    return this.failed(stage, {
      status: 'stale',
      reasons,
      error: `cannot run: ${missing.map(renderMissingInput).join('; ')}`,
      started: this.services.now(),
    });
  }

  private async fingerprint(stage: Stage): Promise<Fingerprint> {
    const known = new Map<string, OutputRecord>();
    for (const edge of this.upstreamEdges(stage)) {
      for (const output of this.settled.get(edge.from)?.outputs ?? [])
        known.set(output.path, output);
    }
    const deps: Record<string, string> = {};
    for (const dep of stage.deps)
      deps[dep.path] = await depDigest(dep, known, this.digests, stage.excludes);
    return buildFingerprint(stage, {
      deps,
      params: this.project.params.get(stage.name) ?? {},
      salt: this.options.salt,
      ...(stage.image !== undefined ? { image: await this.images.pin(stage.image) } : {}),
    });
  }

  private async decide(stage: Stage, fingerprint: Fingerprint, key: string): Promise<Decision> {
    const previous = await this.services.state.read(stage.name);
    if (stage.frozen) return this.decideFrozen(stage, previous);
    const forced = this.options.force.all || this.options.force.stages.includes(stage.name);
    if (forced) return { kind: 'run', reasons: [{ kind: 'forced' }] };
    if (stage.alwaysRun) return { kind: 'run', reasons: [{ kind: 'always-run' }] };
    let differences: OutputDifference[] | undefined;
    if (previous?.key === key) {
      differences = await outputDifferences(stage, previous.outputs, this.digests);
      if (differences.length === 0)
        return {
          kind: 'fresh',
          outputs: previous.outputs,
          reasons: [],
          metrics: previous.metrics,
          plots: previous.plots,
        };
    }
    const record = await this.lookup(stage.name, key);
    if (record) {
      const inWorkspace =
        differences ?? (await outputDifferences(stage, record.outputs, this.digests));
      if (inWorkspace.length === 0) {
        await this.services.state.write(record);
        return {
          kind: 'fresh',
          outputs: record.outputs,
          reasons: [],
          savedMs: record.durationMs,
          metrics: record.metrics,
          plots: record.plots,
        };
      }
      // The reason is the difference from the previous run: its inputs when they differ (the
      // outputs then differ as a consequence), else what happened to the outputs.
      const reasons =
        previous && previous.key !== key
          ? explainChange(fingerprint, previous.fingerprint)
          : inWorkspace;
      const restorable = stage.outs.every(
        (o) => o.cache || !inWorkspace.some((d) => d.path === o.path),
      );
      if (restorable) return { kind: 'cached', record, reasons };
      // Recorded, but an output that is never cached differs here: only running brings it back.
      return { kind: 'run', reasons };
    }
    if (differences) return { kind: 'run', reasons: differences };
    const baseline = previous ?? (await this.latest(stage.name));
    return { kind: 'run', reasons: explainChange(fingerprint, baseline?.fingerprint) };
  }

  private async decideFrozen(stage: Stage, previous: StageRecord | undefined): Promise<Decision> {
    const { outputs, missing } = await recordOutputs(stage, this.digests);
    if (missing.length === 0) return { kind: 'fresh', outputs, reasons: [{ kind: 'frozen' }] };
    const record = previous ? await this.lookup(stage.name, previous.key) : undefined;
    if (record)
      return {
        kind: 'cached',
        record,
        reasons: [
          { kind: 'frozen' },
          ...missing.map((path): Reason => ({ kind: 'output-missing', path })),
        ],
      };
    throw new DepProblem(
      `stage ${stage.name} is frozen but its outputs (${missing.join(', ')}) are neither in the workspace nor in the cache; set frozen: false to run it`,
    );
  }

  private async lookup(stage: string, key: string): Promise<StageRecord | undefined> {
    const cache = this.services.cache;
    if (!cache || !this.services.cacheAccess.read) return undefined;
    return cache.lookup(stage, key);
  }

  private async latest(stage: string): Promise<StageRecord | undefined> {
    const cache = this.services.cache;
    if (!cache || !this.services.cacheAccess.read) return undefined;
    return cache.latest(stage);
  }

  /** Files under these paths were rewritten: drop remembered digests and listings. */
  private forget(paths: readonly string[]): void {
    this.digests.files.forget(paths);
    this.services.workspace.invalidate(paths);
  }

  private wantsRestore(stage: Stage): boolean {
    return this.options.restore === 'all' || this.options.restore.includes(stage.name);
  }

  private async fromCache(
    stage: Stage,
    decision: { record: StageRecord; reasons: Reason[] },
    started: number,
  ): Promise<Resolution> {
    const record = decision.record;
    const base = {
      status: 'cached' as const,
      key: record.key,
      reasons: decision.reasons,
      outputs: record.outputs,
      started,
      savedMs: record.durationMs,
      ...(record.metrics ? { metrics: record.metrics } : {}),
      ...(record.plots ? { plots: record.plots } : {}),
    };
    if (this.options.mode === 'plan' || !this.wantsRestore(stage)) {
      const resolution = this.usable(stage, { ...base, result: 'fresh' });
      return { ...resolution, pendingRestore: record };
    }
    const restored = await this.restore(stage.name, record);
    if (restored.ok)
      return this.usable(stage, { ...base, result: 'restored', restoredBytes: restored.bytes });
    return this.runStage(stage, {
      fingerprint: record.fingerprint,
      key: record.key,
      reasons: [{ kind: 'cache-entry-unusable', detail: restored.reason }],
      started,
    });
  }

  private async restore(
    stageName: string,
    record: StageRecord,
  ): Promise<{ ok: true; bytes: number } | { ok: false; reason: string }> {
    const cache = this.services.cache;
    if (!cache) return { ok: false, reason: 'no cache' };
    const outcome = await cache.restore(record);
    this.forget(record.outputs.map((o) => o.path));
    if (!outcome.ok) {
      this.services.emit({
        type: 'warning',
        message: `could not restore ${stageName} from the ${cache.name} cache: ${outcome.reason}; it will run instead`,
      });
      return outcome;
    }
    await this.services.state.write(record);
    return outcome;
  }

  /**
   * Restores the cached upstream outputs this stage reads. When a restore fails the upstream
   * stage runs instead; returns true if that changed outputs this stage's key was built from.
   */
  private async bringInputs(stage: Stage, edges: readonly Edge[]): Promise<boolean> {
    let changed = false;
    for (const edge of edges) {
      if (edge.kind !== 'dep') continue;
      const upstream = this.settled.get(edge.from);
      if (!upstream?.pendingRestore) continue;
      let pending = this.restoring.get(edge.from);
      if (!pending) {
        pending = this.restoreUpstream(edge.from, upstream);
        this.restoring.set(edge.from, pending);
      }
      if (await pending) changed = true;
    }
    return changed;
  }

  private async restoreUpstream(name: string, upstream: Resolution): Promise<boolean> {
    const record = upstream.pendingRestore as StageRecord;
    delete upstream.pendingRestore;
    const restored = await this.restore(name, record);
    if (restored.ok) {
      upstream.report = { ...upstream.report, result: 'restored', restoredBytes: restored.bytes };
      return false;
    }
    const stage = this.project.graph.byName.get(name) as Stage;
    const rerun = await this.runStage(stage, {
      fingerprint: record.fingerprint,
      key: record.key,
      reasons: [{ kind: 'cache-entry-unusable', detail: restored.reason }],
      started: this.services.now(),
    });
    upstream.report = rerun.report;
    upstream.usable = rerun.usable;
    const before = JSON.stringify(record.outputs.map((o) => o.digest));
    upstream.outputs = rerun.outputs;
    return JSON.stringify((rerun.outputs ?? []).map((o) => o.digest)) !== before;
  }

  private async runStage(
    stage: Stage,
    run: { fingerprint: Fingerprint; key: string; reasons: Reason[]; started: number },
  ): Promise<Resolution> {
    await this.slots.acquire();
    try {
      if (this.stopReason)
        return this.skipped(stage, { kind: 'not-started', cause: this.stopReason });
      return await this.runCommands(stage, run);
    } finally {
      this.running.delete(stage.name);
      this.slots.release();
    }
  }

  private async runCommands(
    stage: Stage,
    run: { fingerprint: Fingerprint; key: string; reasons: Reason[]; started: number },
  ): Promise<Resolution> {
    const { emit } = this.services;
    const started = this.services.now();
    this.running.add(stage.name);
    emit({ type: 'stage-start', stage: stage.name, reasons: run.reasons });
    emit({
      type: 'progress',
      done: this.done,
      total: this.selected.length,
      running: [...this.running],
    });
    const persistRestored = await this.restorePersisted(stage);
    await this.clearOutputs(stage);
    const tail = new OutputTail();
    const ended = await runAttempts({
      stage: stage.name,
      runtime: stage.runtime,
      signal: this.options.signal,
      noMoreAttempts: this.windingDown.signal,
      emit,
      reset: () => this.clearOutputs(stage),
      attempt: (signal) => this.attempt(stage, signal, tail),
    });
    const attempt = ended.attempt.of > 1 ? { attempt: ended.attempt } : {};
    if (!ended.ok) {
      if (!this.options.keepGoing) this.stop({ kind: 'stage-failed', stage: stage.name });
      return this.failed(stage, {
        status: 'stale',
        reasons: run.reasons,
        key: run.key,
        failure: ended.failure,
        ...attempt,
        outputTail: tail.text(),
        started,
      });
    }
    const outputs = ended.value;
    // Interrupted after the command but before anything was recorded: record nothing (from here
    // on, recording and saving run without yielding to the signal handler).
    if (this.options.signal.aborted) {
      return this.failed(stage, {
        status: 'stale',
        reasons: run.reasons,
        key: run.key,
        failure: { kind: 'interrupted' },
        started,
      });
    }
    const durationMs = this.services.now() - started;
    const record: StageRecord = {
      version: 1,
      stage: stage.name,
      key: run.key,
      fingerprint: run.fingerprint,
      outputs,
      durationMs,
      createdAt: new Date(this.services.now()).toISOString(),
      ...(await this.readMetrics(stage)),
      ...(await readPlots(stage, outputs, {
        definitions: (this.plotDefinitions ??= pipelinePlots(this.project.pipeline)),
        workspace: this.services.workspace,
        emit: this.services.emit,
      })),
    };
    await this.services.state.write(record);
    const savedBytes = await this.save(record);
    return this.usable(stage, {
      result: 'ran',
      status: 'stale',
      key: run.key,
      reasons: run.reasons,
      outputs,
      started,
      ...(savedBytes !== undefined ? { savedBytes } : {}),
      ...(record.metrics ? { metrics: record.metrics } : {}),
      ...(record.plots ? { plots: record.plots } : {}),
      ...(persistRestored ? { persistRestored } : {}),
      ...attempt,
    });
  }

  /** Outputs are deleted before each attempt (unless persist): what a failed one wrote goes. */
  private async clearOutputs(stage: Stage): Promise<void> {
    for (const out of stage.outs) if (!out.persist) await this.services.workspace.remove(out.path);
    this.forget(stage.outs.map((o) => o.path));
  }

  /** One attempt: the commands in sequence, then every declared output must exist. */
  private async attempt(
    stage: Stage,
    signal: AbortSignal,
    tail: OutputTail,
  ): Promise<AttemptOutcome<readonly OutputRecord[]>> {
    for (const command of stage.cmd) {
      const failure = await this.runCommand(stage, command, signal, tail);
      if (failure) return { ok: false, failure };
    }
    this.forget(stage.outs.map((o) => o.path));
    const { outputs, missing } = await recordOutputs(stage, this.digests);
    if (missing.length > 0)
      return { ok: false, failure: { kind: 'outputs-missing', paths: missing } };
    return { ok: true, value: outputs };
  }

  private async runCommand(
    stage: Stage,
    command: string,
    signal: AbortSignal,
    tail: OutputTail,
  ): Promise<StageFailure | undefined> {
    const { workspace, emit } = this.services;
    const spec = {
      argv: shellArgv(stage.shell, command),
      cwd: joinPath(workspace.root, stage.wdir),
      // Runners only read it: with no stage env, the base environment as it is (no copy per command).
      env: hasKeys(stage.env) ? { ...this.services.baseEnv, ...stage.env } : this.services.baseEnv,
      signal,
      onOutput: (chunk: string, stream: 'stdout' | 'stderr') => {
        tail.add(chunk);
        emit({ type: 'stage-output', stage: stage.name, chunk, stream });
      },
    };
    // The local runner may start a simple line without its shell (shell.ts); a container may not.
    if (stage.image === undefined)
      return describeFailure(
        await this.services.runner.run({ ...spec, ...commandArgv(stage.shell, command) }),
      );
    const containers = this.services.containers;
    const result = containers
      ? await containers.run({
          ...spec,
          image: stage.image,
          mount: workspace.root,
          passEnv: Object.keys(stage.env),
          label: stage.name,
        })
      : { unavailable: 'no container runtime is configured' };
    if ('unavailable' in result)
      return {
        kind: 'container-unavailable',
        runtime: containers?.name ?? 'docker',
        image: stage.image,
        detail: result.unavailable,
      };
    return describeFailure(result);
  }

  private async restorePersisted(stage: Stage): Promise<PersistRestored | undefined> {
    const { workspace, emit } = this.services;
    const cache = this.services.cacheAccess.read ? this.services.cache : undefined;
    return restorePersisted(stage, {
      workspace,
      emit,
      forget: (paths) => this.forget(paths),
      ...(cache ? { cache } : {}),
    });
  }

  /** Metrics files are small: their parsed content rides along in the record. */
  private async readMetrics(stage: Stage): Promise<{ metrics?: Record<string, unknown> }> {
    const files = stage.outs.filter((o) => o.metric);
    if (files.length === 0) return {};
    const metrics: Record<string, unknown> = {};
    for (const out of files) {
      const text = await this.services.workspace.readText(out.path);
      if (text === undefined) continue;
      if (text.length > METRICS_LIMIT) {
        this.services.emit({
          type: 'warning',
          message: `metrics file ${out.path} is over ${METRICS_LIMIT} bytes; it is not recorded`,
        });
        continue;
      }
      const parsed = await parseYaml(out.path, text);
      if (parsed.ok) metrics[out.path] = parsed.value;
      else
        this.services.emit({
          type: 'warning',
          message: `metrics file ${out.path} is not valid JSON or YAML; it is not recorded`,
        });
    }
    return { metrics };
  }

  private async save(record: StageRecord): Promise<number | undefined> {
    const cache = this.services.cache;
    if (!cache || !this.services.cacheAccess.write) return undefined;
    const outcome = await cache.save(record);
    if (outcome.ok) return outcome.bytes;
    if (outcome.reported) return undefined;
    this.services.emit({
      type: 'warning',
      message: `could not save ${record.stage} to the ${cache.name} cache: ${outcome.reason}`,
    });
    return undefined;
  }

  private usable(
    stage: Stage,
    facts: Omit<StageReport, 'name' | 'durationMs'> & {
      outputs: readonly OutputRecord[];
      started: number;
    },
  ): Resolution {
    const { outputs, started, ...report } = facts;
    return {
      report: { name: stage.name, ...report, durationMs: this.services.now() - started },
      outputs,
      usable: true,
    };
  }

  private planned(
    stage: Stage,
    facts: { status: StageReport['status']; reasons: Reason[]; key?: string },
  ): Resolution {
    return {
      report: { name: stage.name, result: 'skipped', ...facts, durationMs: 0 },
      usable: false,
      wouldRun: true,
    };
  }

  private skipped(stage: Stage, reason: Reason): Resolution {
    return {
      report: {
        name: stage.name,
        result: 'skipped',
        status: 'stale',
        reasons: [reason],
        durationMs: 0,
      },
      usable: false,
    };
  }

  private failed(
    stage: Stage,
    facts: {
      status: StageReport['status'];
      reasons: Reason[];
      key?: string;
      /** A failure in words (dep problems), or `failure` when running failed. */
      error?: string;
      failure?: StageFailure;
      attempt?: StageReport['attempt'];
      outputTail?: string;
      started: number;
    },
  ): Resolution {
    const { started, ...report } = facts;
    return {
      report: {
        name: stage.name,
        result: 'failed',
        ...report,
        durationMs: this.services.now() - started,
      },
      usable: false,
    };
  }
}

function describeFailure(result: {
  exitCode: number | null;
  signal: string | null;
  spawnError?: string;
}): StageFailure | undefined {
  if (result.spawnError) return { kind: 'could-not-start', detail: result.spawnError };
  if (result.signal) return { kind: 'killed', signal: result.signal };
  if (result.exitCode !== 0) return { kind: 'exited', code: result.exitCode ?? -1 };
  return undefined;
}

/** Keeps the last lines a command printed, for failure messages and annotations. */
class OutputTail {
  private buffer = '';
  add(chunk: string): void {
    this.buffer = (this.buffer + chunk).slice(-8192);
  }
  text(lines = 20): string {
    return this.buffer
      .split('\n')
      .slice(-lines - 1)
      .join('\n')
      .trimEnd();
  }
}

function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

function internal(e: unknown): string {
  return `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
}
