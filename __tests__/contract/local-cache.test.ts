import { readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalCache } from '../../src/adapters/local/local-cache.js';
import { stageCacheContract } from './stage-cache.contract.js';

stageCacheContract(
  'local directory',
  async (project) => {
    const dir = join(project.root, '.reprokit', 'cache');
    const cache = new LocalCache(dir, (p) => join(project.root, p));
    const eachObject = (change: (file: string) => void) => {
      const objects = join(dir, 'objects');
      for (const sub of readdirSync(objects))
        for (const f of readdirSync(join(objects, sub))) change(join(objects, sub, f));
    };
    return {
      cache,
      corruptStoredContent: () => eachObject((file) => writeFileSync(file, 'garbage')),
      truncateStoredContent: () => eachObject((file) => truncateSync(file, 3)),
      deleteStoredContent: () => rmSync(join(dir, 'objects'), { recursive: true }),
      dispose: async () => undefined,
    };
  },
  // Lookups read no content (there is no transfer to count); a directory is never down.
  { truncate: true, missing: true },
);
