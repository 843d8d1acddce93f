import type { RemoteCache } from '../../../adapters/remote/remote-cache.js';
import type { EngineServices } from '../../../engine/engine.js';
import type { Project } from '../../../engine/project.js';
import type { StageCache } from '../../../ports.js';
import type { CliIo } from '../io.js';
import type { TransferTally } from './transfer-plan.js';

/** What push and pull are given by the CLI's composition. */
export interface TransferOptions {
  readonly project: Project;
  /** Engine services whose cache is the local one (push) or local → remote (pull). */
  readonly services: EngineServices;
  /** The remote, reading and writing files of the project root. */
  readonly remote: RemoteCache;
  /** The same remote and local cache, reading and writing files under another directory. */
  readonly remoteAt: (root: string) => Promise<RemoteCache>;
  readonly localAt: (root: string) => StageCache;
  /** Where temporary copies go (inside the project, for cheap renames). */
  readonly stagingDir: string;
  readonly stages: readonly string[];
  readonly tally: TransferTally;
  readonly io: CliIo;
}
