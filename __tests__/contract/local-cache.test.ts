import {
  chmodSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
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

// The store makes its directories (objects/ab, entries, latest) once per process and then writes
// into them; what it must still get right when they go away or the outputs change under it.
describe('local directory: directories made once, outputs checked as stored', () => {
  let project: TempProject;
  let dir: string;
  let cache: LocalCache;

  beforeEach(() => {
    project = new TempProject();
    dir = join(project.root, '.reprokit', 'cache');
    cache = new LocalCache(dir, (p) => join(project.root, p));
  });
  afterEach(() => project.dispose());

  const leftovers = () =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tmp'));

  it('makes the store again when it was removed during the run', async () => {
    const first = writeOutputs(project, 'a', keyOf('first'), { 'a.txt': { 'a.txt': 'same\n' } });
    expect(await cache.save(first)).toMatchObject({ ok: true, bytes: 5 });
    rmSync(dir, { recursive: true });
    // The same content (the same objects/ab directory) and new entries, after the removal.
    const second = writeOutputs(project, 'b', keyOf('second'), { 'b.txt': { 'b.txt': 'same\n' } });
    expect(await cache.save(second)).toMatchObject({ ok: true, bytes: 5 });
    const found = await cache.lookup('b', second.key);
    expect(found).toBeDefined();
    expect(await cache.latest('b')).toMatchObject({ key: second.key });
    rmSync(project.path('b.txt'));
    expect(await cache.restore(found as NonNullable<typeof found>)).toMatchObject({ ok: true });
    expect(readFileSync(project.path('b.txt'), 'utf8')).toBe('same\n');
  });

  it('heals an entry lost after its objects were stored (a crash between the two)', async () => {
    const record = writeOutputs(project, 'a', keyOf('healed'), { 'a.txt': { 'a.txt': 'x\n' } });
    expect(await cache.save(record)).toMatchObject({ ok: true, bytes: 2 });
    rmSync(join(dir, 'entries', `${record.key}.json`));
    expect(await cache.lookup('a', record.key)).toBeUndefined();
    // The object is there already: nothing is copied again, the entry is written.
    expect(await cache.save(record)).toMatchObject({ ok: true, bytes: 0 });
    expect(await cache.lookup('a', record.key)).toBeDefined();
  });

  it.each([
    ['small', 'x'.repeat(100), 'y'.repeat(100)],
    ['small, grown', 'x'.repeat(100), 'x'.repeat(101)],
    ['small, shrunk', 'x'.repeat(100), 'x'.repeat(99)],
    ['large', 'x'.repeat(200_000), 'y'.repeat(200_000)],
  ])(
    'refuses an output changed since it was recorded (%s) and leaves nothing behind',
    async (_, recorded, now) => {
      const record = writeOutputs(project, 'a', keyOf(recorded), {
        'a.txt': { 'a.txt': recorded },
      });
      writeFileSync(project.path('a.txt'), now);
      const outcome = await cache.save(record);
      expect(outcome).toMatchObject({
        ok: false,
        reason: 'a.txt changed while it was being saved',
      });
      expect(await cache.lookup('a', record.key)).toBeUndefined();
      expect(leftovers()).toEqual([]);
      const objects = join(dir, 'objects');
      expect(readdirSync(objects).flatMap((sub) => readdirSync(join(objects, sub)))).toEqual([]);
    },
  );

  it('latest/ names the newest entry of each stage; older entries stay as they were', async () => {
    const first = writeOutputs(project, 'a', keyOf('v1'), { 'a.txt': { 'a.txt': 'one\n' } });
    expect(await cache.save(first)).toMatchObject({ ok: true });
    const second = writeOutputs(project, 'a', keyOf('v2'), { 'a.txt': { 'a.txt': 'two\n' } });
    expect(await cache.save(second)).toMatchObject({ ok: true });
    expect(await cache.latest('a')).toEqual(second);
    expect(await cache.lookup('a', first.key)).toEqual(first);
    const latest = join(dir, 'latest', 's-a.json');
    expect(readFileSync(latest, 'utf8')).toBe(
      readFileSync(join(dir, 'entries', `${second.key}.json`), 'utf8'),
    );
    // One file under two names (a link, not a second copy).
    expect(statSync(latest).ino).toBe(statSync(join(dir, 'entries', `${second.key}.json`)).ino);
    // A healed entry (rewritten) leaves the newest record readable under both names.
    rmSync(join(dir, 'entries', `${second.key}.json`));
    expect(await cache.save(second)).toMatchObject({ ok: true, bytes: 0 });
    expect(await cache.latest('a')).toEqual(second);
    expect(leftovers()).toEqual([]);
  });

  it('stores the bytes it checked, never readable by more than the output was', async () => {
    const record = writeOutputs(project, 'a', keyOf('bytes'), { 'a.txt': { 'a.txt': 'hello\n' } });
    chmodSync(project.path('a.txt'), 0o600);
    expect(await cache.save(record)).toMatchObject({ ok: true });
    const digest = (record.outputs[0]?.files[0] as { digest: string }).digest;
    const object = join(dir, 'objects', digest.slice(0, 2), digest);
    expect(readFileSync(object, 'utf8')).toBe('hello\n');
    expect(statSync(object).mode & 0o777).toBe(0o600);
  });
});
