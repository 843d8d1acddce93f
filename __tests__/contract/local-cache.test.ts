import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalCache } from '../../src/adapters/local/local-cache.js';
import { stageCacheContract } from './stage-cache.contract.js';

stageCacheContract('local directory', async (project) => {
  const dir = join(project.root, '.reprokit', 'cache');
  const cache = new LocalCache(dir, (p) => join(project.root, p));
  return {
    cache,
    corruptStoredContent: () => {
      const objects = join(dir, 'objects');
      for (const sub of readdirSync(objects))
        for (const f of readdirSync(join(objects, sub)))
          writeFileSync(join(objects, sub, f), 'garbage');
    },
    dispose: async () => undefined,
  };
});
