/**
 * The entry module of a hashing worker thread: it runs the kernel on the jobs the pool posts.
 * The bundle builds it as its own file next to the entry (`dist/cli/hash-worker/index.js`,
 * `dist/action/hash-worker/index.js`; see scripts/bundle.mjs and `hash-worker-location.ts`).
 */
import { parentPort } from 'node:worker_threads';
import { kernel } from './hash-kernel.js';
import type { HashJob, HashReply } from './hash-worker-messages.js';

function work(job: HashJob): HashReply {
  try {
    if (job.type === 'files') kernel.runFiles(job.sab, job.n, job.paths.split('\0'), job.base);
    else kernel.runChunks(job.sab, job.units, job.paths, job.sizes, job.first);
    return { id: job.id };
  } catch (error) {
    return { id: job.id, error: String((error as Error)?.stack ?? error) };
  }
}

const port = parentPort;
if (port) port.on('message', (job: HashJob) => port.postMessage(work(job)));
