import { isAbsolute, join, resolve } from 'node:path';
import { FileHasher, sha256Text } from '../adapters/file-hasher.js';
import { LocalCache } from '../adapters/local-cache.js';
import { NodeWorkspace } from '../adapters/node-workspace.js';
import { ProcessRunner } from '../adapters/process-runner.js';
import { StatCache } from '../adapters/stat-cache.js';
import { FileStateStore } from '../adapters/state-store.js';
import type { EngineServices } from '../engine/engine.js';
import type { EngineEvent } from '../engine/events.js';
import type { StageCache } from '../ports.js';

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
}

/** Wires the engine to the local disk. The one place that picks adapters for a laptop run. */
export function localServices(setup: LocalSetup): {
  services: EngineServices;
  workspace: NodeWorkspace;
  flush: () => void;
} {
  const workspace = new NodeWorkspace(setup.root);
  const stateDir = join(setup.root, STATE_DIR);
  const statCache = StatCache.load(join(stateDir, 'stat-cache.json'));
  const toAbsolute = (path: string) => workspace.abs(path);
  const cacheDir = setup.cacheDir
    ? isAbsolute(setup.cacheDir)
      ? setup.cacheDir
      : resolve(setup.cacheDir)
    : join(stateDir, 'cache');
  const cache =
    setup.cache === 'none' ? undefined : (setup.cache ?? new LocalCache(cacheDir, toAbsolute));
  const baseEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(setup.env))
    if (value !== undefined) baseEnv[name] = value;
  const services: EngineServices = {
    workspace,
    hasher: new FileHasher(toAbsolute, statCache),
    ...(cache ? { cache } : {}),
    cacheAccess: setup.cacheAccess ?? { read: true, write: true },
    state: new FileStateStore(join(stateDir, 'state')),
    runner: new ProcessRunner(),
    sha256: sha256Text,
    emit: setup.emit,
    now: () => Date.now(),
    baseEnv,
  };
  return { services, workspace, flush: () => statCache.save() };
}
