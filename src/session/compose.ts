import { isAbsolute, join, resolve } from 'node:path';
import { DockerRuntime } from '../adapters/container/docker.js';
import { FileHasher, sha256Text } from '../adapters/hashing/file-hasher.js';
import { LocalCache } from '../adapters/local/local-cache.js';
import { NodeWorkspace } from '../adapters/local/node-workspace.js';
import { ProcessRunner } from '../adapters/local/process-runner.js';
import { StatCache } from '../adapters/hashing/stat-cache.js';
import { LogStateStore } from '../adapters/local/state-store.js';
import type { EngineServices } from '../engine/engine.js';
import type { EngineEvent } from '../engine/events.js';
import type { PathJournal } from '../core/path-journal.js';
import type { Hasher, StageCache } from '../ports.js';
import { bestEffort } from './best-effort.js';

export const STATE_DIR = '.reprokit';

export interface LocalSetup {
  readonly root: string;
  /** Where the local cache lives; default `<root>/.reprokit/cache`. */
  readonly cacheDir?: string;
  readonly emit: (event: EngineEvent) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Another cache instead of the local one (the action passes the Actions cache). */
  readonly cache?: StageCache | 'none';
  readonly cacheAccess?: { read: boolean; write: boolean };
  /** Collects every path the run looks at (for the CLI's no-op snapshot). */
  readonly journal?: PathJournal;
  /** Told how many files (and bytes) each batch of digests covered: the CLI's progress line. */
  readonly onFilesChecked?: (files: number, bytes: number) => void;
}

/** Wires the engine to the local disk. The one place that picks adapters for a laptop run. */
export function localServices(setup: LocalSetup): {
  services: EngineServices;
  workspace: NodeWorkspace;
  /** The local cache's directory (used even when another cache is in use: gc reads it). */
  cacheDir: string;
  /** Saves the optimisation state (stat cache, compacted log); returns warnings, never throws. */
  flush: () => string[];
} {
  const workspace = new NodeWorkspace(setup.root, setup.journal);
  const stateDir = join(setup.root, STATE_DIR);
  const statCache = StatCache.load(join(stateDir, 'stat-cache.bin'));
  const toAbsolute = (path: string) => workspace.abs(path);
  const state = new LogStateStore(join(stateDir, 'state.jsonl'));
  const cacheDir = setup.cacheDir
    ? isAbsolute(setup.cacheDir)
      ? setup.cacheDir
      : resolve(setup.cacheDir)
    : join(stateDir, 'cache');
  const cache =
    setup.cache === 'none' ? undefined : (setup.cache ?? new LocalCache(cacheDir, toAbsolute));
  const hasher = new FileHasher(toAbsolute, statCache, { root: setup.root });
  const baseEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(setup.env))
    if (value !== undefined) baseEnv[name] = value;
  const runner = new ProcessRunner();
  const services: EngineServices = {
    workspace,
    hasher: counted(journaled(hasher, setup.journal, workspace), setup.onFilesChecked),
    ...(cache ? { cache } : {}),
    cacheAccess: setup.cacheAccess ?? { read: true, write: true },
    state,
    runner,
    containers: new DockerRuntime({ runner, env: baseEnv, ...currentUser() }),
    sha256: sha256Text,
    emit: setup.emit,
    now: () => Date.now(),
    baseEnv,
  };
  return {
    services,
    workspace,
    cacheDir,
    flush: () =>
      bestEffort([
        ['the stat cache', () => hasher.save()],
        ['the compacted state log', () => state.compact()],
      ]),
  };
}

/** The uid:gid stage containers run as (files they write stay yours); none on Windows. */
function currentUser(): { user?: { uid: number; gid: number } } {
  if (typeof process.getuid !== 'function' || typeof process.getgid !== 'function') return {};
  return { user: { uid: process.getuid(), gid: process.getgid() } };
}

/**
 * Notes every hashed file in the journal. A vouched-for directory is noted as a tree, listed only
 * if a no-op snapshot is written (its files must be watched like any hashed file).
 */
function journaled(
  hasher: Hasher,
  journal: PathJournal | undefined,
  workspace: NodeWorkspace,
): Hasher {
  if (!journal) return hasher;
  return {
    hashFiles: (paths) => {
      journal.addAll(paths);
      return hasher.hashFiles(paths);
    },
    vouchTree: async (dir, files) => {
      const tree = await hasher.vouchTree(dir, files);
      if (tree) journal.addTree(() => workspace.listFilesNow(dir));
      return tree;
    },
  };
}

/** Reports the size of every batch of digests. */
function counted(hasher: Hasher, report: LocalSetup['onFilesChecked']): Hasher {
  if (!report) return hasher;
  return {
    hashFiles: async (paths) => {
      const digests = await hasher.hashFiles(paths);
      let bytes = 0;
      for (const digest of digests.values()) bytes += digest.size;
      report(digests.size, bytes);
      return digests;
    },
    vouchTree: async (dir, files) => {
      const tree = await hasher.vouchTree(dir, files);
      if (tree) report(tree.files, tree.bytes);
      return tree;
    },
  };
}
