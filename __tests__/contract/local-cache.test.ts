import { readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalCache } from '../../src/adapters/local/local-cache.js';
import { TempProject } from '../support/project.js';
import { keyOf, stageCacheContract, writeOutputs } from './stage-cache.contract.js';

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

// The store is not flushed to the disk (no fsync, see local-cache.ts): after a crash, a name may
// point at blocks that were never written, which read back as NUL bytes of the right size.
describe('local directory: what a crash without fsync can leave behind', () => {
  let project: TempProject;
  let dir: string;
  let cache: LocalCache;
  const neverWritten = (file: string) => writeFileSync(file, Buffer.alloc(statSync(file).size));

  beforeEach(() => {
    project = new TempProject();
    dir = join(project.root, '.reprokit', 'cache');
    cache = new LocalCache(dir, (p) => join(project.root, p));
  });
  afterEach(() => project.dispose());

  it('an entry whose blocks were never written is no entry', async () => {
    const record = writeOutputs(project, 'prepare', keyOf('crash-entry'), {
      'out.txt': { 'out.txt': 'prepared\n' },
    });
    expect(await cache.save(record)).toMatchObject({ ok: true });
    neverWritten(join(dir, 'entries', `${record.key}.json`));
    expect(await cache.lookup('prepare', record.key)).toBeUndefined();
  });

  it('an object whose blocks were never written is refused and the workspace keeps its file', async () => {
    const record = writeOutputs(project, 'prepare', keyOf('crash-object'), {
      'out.txt': { 'out.txt': 'prepared\n' },
    });
    expect(await cache.save(record)).toMatchObject({ ok: true });
    const objects = join(dir, 'objects');
    for (const sub of readdirSync(objects))
      for (const f of readdirSync(join(objects, sub))) neverWritten(join(objects, sub, f));
    // Same size: the entry still looks complete, so a status may promise a restore...
    const found = await cache.lookup('prepare', record.key);
    expect(found).toBeDefined();
    project.write({ 'out.txt': 'what the workspace holds\n' });
    // ...but the restore verifies the content and refuses it (the stage runs instead).
    const outcome = await cache.restore(found as NonNullable<typeof found>);
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/corrupt/) });
    expect(readFileSync(project.path('out.txt'), 'utf8')).toBe('what the workspace holds\n');
    expect(await cache.lookup('prepare', record.key)).toBeUndefined();
  });
});
