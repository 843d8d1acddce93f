/**
 * Where the hashing worker's code is, for `new Worker(...)`: next to the running module.
 *
 * - In a bundle (`dist/cli/index.js` or one of its chunks), scripts/bundle.mjs builds
 *   `hash-worker.ts` into `hash-worker/index.js` beside it.
 * - From the sources (tests; `tsx src/entry/cli/index.ts`), the worker runs `hash-worker.ts`
 *   through tsx's loader, which the worker thread registers first.
 * - Otherwise there is no worker: the main thread hashes alone (slower, same digests).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

export interface WorkerSpec {
  /** A file URL, or the code itself when `options.eval`. */
  readonly code: URL | string;
  readonly options: WorkerOptions;
  /** For traces: where the code comes from. */
  readonly shown: string;
}

// Names are assembled at run time so that the bundler does not treat them as assets to copy or
// modules to bundle (ncc rewrites `new URL('literal', import.meta.url)` and `require('literal')`).
const BUILT = ['hash-worker', 'index.js'].join('/');
const SOURCE = ['hash-worker', 'ts'].join('.');
const TSX_REGISTER = ['tsx', 'cjs', 'api'].join('/');

/** The worker next to `moduleUrl` (default: this module), or undefined when there is none. */
export function locateHashWorker(moduleUrl: string = import.meta.url): WorkerSpec | undefined {
  const built = new URL(BUILT, moduleUrl);
  if (existsSync(built)) return { code: built, options: {}, shown: fileURLToPath(built) };
  const source = new URL(SOURCE, moduleUrl);
  if (!existsSync(source)) return undefined;
  let register: string;
  try {
    register = createRequire(moduleUrl).resolve(TSX_REGISTER);
  } catch {
    return undefined; // sources without the dev dependencies: no workers
  }
  const file = fileURLToPath(source);
  const code = `require(${JSON.stringify(register)}).register();\nrequire(${JSON.stringify(file)});\n`;
  return { code, options: { eval: true }, shown: `${file} (through tsx)` };
}
