/**
 * Runs hashing jobs on the main thread and on worker threads together (docs/performance.md,
 * "Hashing"). The main thread always takes part, so a job never waits for a worker to boot (about
 * 40 ms): units are claimed from a shared counter, and a worker that arrives late finds fewer.
 * A worker that dies or fails leaves its units pending, and the main thread does them itself.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { kernel } from './hash-kernel.js';
import type { ChunksViews, FilesViews } from './hash-kernel.js';
import { locateHashWorker } from './hash-worker-location.js';
import type { WorkerSpec } from './hash-worker-location.js';
import type { ChunksJob, FilesJob, HashReply } from './hash-worker-messages.js';
import { trace } from './trace.js';

export { kernel };

/** Workers beside the main thread: one fewer than the cores, at most 3 (REPROKIT_HASH_WORKERS overrides). */
export function defaultWorkerCount(): number {
  const forced = Number.parseInt(process.env['REPROKIT_HASH_WORKERS'] ?? '', 10);
  if (Number.isInteger(forced) && forced >= 0) return Math.min(forced, 16);
  return Math.max(0, Math.min(3, availableParallelism() - 1));
}

interface Member {
  readonly worker: Worker;
  alive: boolean;
  /** Jobs sent and not answered yet, by id. */
  readonly waiting: Map<number, () => void>;
}

let located: WorkerSpec | undefined | null = null;

export class HashPool {
  private members: Member[] = [];
  private nextId = 1;
  private started = false;

  /** `worker` replaces the worker's code (tests: a worker that fails); see hash-worker-location.ts. */
  constructor(
    private readonly workers: number = defaultWorkerCount(),
    private readonly worker?: WorkerSpec,
  ) {}

  /** Whether workers are running already (then even small jobs are worth sharing). */
  get warm(): boolean {
    return this.members.some((m) => m.alive);
  }

  /** Starts the workers now, so that they boot while the caller prepares a job. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (!this.worker && located === null) located = locateHashWorker();
    const spec = this.worker ?? located;
    if (this.workers > 0)
      trace(`workers: ${spec ? `${this.workers} from ${spec.shown}` : 'none found'}`);
    if (!spec) return; // no workers: the main thread does everything
    for (let k = 0; k < this.workers; k++) {
      let worker: Worker;
      try {
        worker = new Worker(spec.code, spec.options);
      } catch (e) {
        trace(`workers: could not start: ${(e as Error).message}`);
        return; // no workers: the main thread does everything
      }
      const member: Member = { worker, alive: true, waiting: new Map() };
      const die = () => {
        member.alive = false;
        for (const answered of member.waiting.values()) answered();
        member.waiting.clear();
        worker.unref();
      };
      worker.on('message', (reply: HashReply) => {
        const answered = member.waiting.get(reply.id);
        member.waiting.delete(reply.id);
        if (member.waiting.size === 0) worker.unref();
        answered?.();
        // A failed job leaves its claimed units pending (the caller redoes them); stop using it.
        if (reply.error !== undefined) void worker.terminate();
      });
      worker.on('error', (e) => {
        trace(`workers: a worker failed: ${e.message}`);
        die();
      });
      worker.on('exit', die);
      worker.unref();
      this.members.push(member);
    }
  }

  /** Stops the workers (tests; a CLI process just exits). */
  async close(): Promise<void> {
    const members = this.members;
    this.members = [];
    this.started = false;
    await Promise.all(members.map((m) => m.worker.terminate()));
  }

  /**
   * Hashes files `base + paths[i]` (see HashKernel.runFiles) on this thread and, when `share`,
   * on the workers; `prepare` fills in expectations and flags before anyone starts. Files changed
   * less than a second before `nowMs` are flagged RECENT.
   */
  async files(
    paths: readonly string[],
    base: string,
    share: boolean,
    nowMs: number,
    prepare: (views: FilesViews) => void,
  ): Promise<FilesViews> {
    const n = paths.length;
    const sab = new SharedArrayBuffer(kernel.filesBytes(n));
    const views = kernel.filesViews(sab, n);
    views.now[0] = BigInt(Math.floor(nowMs)) * 1_000_000n;
    prepare(views);
    let joined: string | undefined;
    await this.run(
      share,
      views.ctl,
      n,
      (id) => ({ type: 'files', id, sab, n, paths: (joined ??= paths.join('\0')), base }),
      () => kernel.runFiles(sab, n, paths, base),
    );
    // A worker that died left its claimed files pending: do them here.
    for (let i = views.status.indexOf(kernel.status.PENDING); i >= 0;) {
      kernel.fileAt(views, i, base + (paths[i] as string));
      i = views.status.indexOf(kernel.status.PENDING, i + 1);
    }
    return views;
  }

  /** Hashes the leaves of large files; `first[j]` is the first unit of file j. */
  async chunks(
    paths: readonly string[],
    sizes: readonly number[],
    share: boolean,
  ): Promise<{ views: ChunksViews; first: number[] }> {
    const first = [0];
    for (const size of sizes)
      first.push((first[first.length - 1] as number) + Math.ceil(size / kernel.leafSize));
    const units = first[first.length - 1] as number;
    const sab = new SharedArrayBuffer(kernel.chunksBytes(units));
    const views = kernel.chunksViews(sab, units);
    await this.run(
      share,
      views.ctl,
      units,
      (id) => ({ type: 'chunks', id, sab, units, paths, sizes, first }),
      () => kernel.runChunks(sab, units, paths, sizes, first),
    );
    let j = 0;
    for (let u = 0; u < units; u++) {
      while ((first[j + 1] as number) <= u) j++;
      if (views.status[u] !== kernel.status.PENDING) continue;
      const start = (u - (first[j] as number)) * kernel.leafSize;
      const end = Math.min(sizes[j] as number, start + kernel.leafSize);
      kernel.chunkAt(sab, units, u, paths[j] as string, start, end);
    }
    return { views, first };
  }

  private async run(
    share: boolean,
    ctl: Int32Array,
    total: number,
    message: (id: number) => FilesJob | ChunksJob,
    here: () => number,
  ): Promise<void> {
    const answers: Promise<void>[] = [];
    const id = this.nextId++;
    const involved: Member[] = [];
    if (share && total > 1) {
      this.start();
      for (const member of this.members) {
        if (!member.alive) continue;
        answers.push(new Promise<void>((resolve) => member.waiting.set(id, resolve)));
        member.worker.ref(); // keep the process alive until the worker answers
        member.worker.postMessage(message(id));
        involved.push(member);
      }
    }
    // Let the caller finish what it does synchronously after calling us (the engine sets up a
    // promise per file) while the workers already hash; then join them.
    if (answers.length > 0) await Promise.resolve();
    here();
    if (Atomics.load(ctl, 1) < total && answers.length > 0) {
      await Promise.all(answers);
      return;
    }
    // Every unit done: no need to wait for a worker that is still booting or idle (nor to keep
    // the process alive for its answer).
    for (const member of involved) {
      member.waiting.delete(id);
      if (member.waiting.size === 0) member.worker.unref();
    }
  }
}
