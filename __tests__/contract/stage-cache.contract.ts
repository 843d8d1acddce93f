import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { treeDigest } from '../../src/core/fingerprint.js';
import type { FileDigest, OutputRecord, StageRecord } from '../../src/core/record.js';
import type { StageCache } from '../../src/ports.js';
import { TempProject } from '../support/project.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export interface CacheHarness {
  readonly cache: StageCache;
  /** Damages every stored copy of output content, the way a bad disk or a bad download would. */
  corruptStoredContent(): void | Promise<void>;
  /** Cuts stored output content short (or the transfer of it, where the store cannot be reached). */
  truncateStoredContent?(): void | Promise<void>;
  /** Removes stored output content but keeps the records that name it. */
  deleteStoredContent?(): void | Promise<void>;
  /** How many downloads of output content the store has served so far. */
  contentDownloads?(): number;
  /** `down`: nothing answers; `throttle`: the next few requests get 503 SlowDown, then all is well. */
  fault?(mode: 'down' | 'throttle'): void | Promise<void>;
  /** Warnings the cache has given so far. */
  warnings?(): readonly string[];
  dispose(): Promise<void>;
}

/**
 * What a harness can simulate. A behaviour the harness cannot produce is listed as skipped
 * (visible in the test report), never passed silently.
 */
export interface ContractOptions {
  readonly truncate?: boolean;
  readonly missing?: boolean;
  readonly downloads?: boolean;
  readonly down?: boolean;
  readonly throttle?: boolean;
  /** Down means one layer is down while another (local) still works: saving still succeeds. */
  readonly survivesDown?: boolean;
  /**
   * Behaviours this implementation is known to get wrong today: run as `it.failing`, so the
   * report shows them and the suite turns red the day they are fixed (then drop them here).
   */
  readonly knownFailures?: readonly Behaviour[];
}

export type Behaviour = 'lazy' | 'truncate' | 'missing' | 'concurrent' | 'down' | 'throttle';

/** Every restored output is either absent or byte-identical to what the record says. */
function expectNoBadData(project: TempProject, record: StageRecord): void {
  for (const output of record.outputs)
    for (const file of output.files)
      if (existsSync(project.path(file.path)))
        expect(sha256(readFileSync(project.path(file.path)))).toBe(file.digest);
}

/** Writes files into the workspace and returns the record a stage that wrote them would have. */
export function writeOutputs(
  project: TempProject,
  stage: string,
  key: string,
  outputs: Record<string, Record<string, string | Buffer>>,
  uncached: readonly string[] = [],
): StageRecord {
  const records: OutputRecord[] = Object.entries(outputs).map(([outPath, files]) => {
    const digests: FileDigest[] = Object.entries(files).map(([path, content]) => {
      const abs = project.path(path);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      return { path, digest: sha256(content), size: Buffer.byteLength(content), executable: false };
    });
    const isFile = digests.length === 1 && digests[0]?.path === outPath;
    const digest = isFile
      ? (digests[0] as FileDigest).digest
      : treeDigest(
          digests.map((d) => ({ relpath: d.path.slice(outPath.length + 1), digest: d.digest })),
          sha256,
        );
    return {
      path: outPath,
      kind: isFile ? 'file' : 'dir',
      digest,
      files: digests,
      cached: !uncached.includes(outPath),
    };
  });
  return {
    version: 1,
    stage,
    key,
    fingerprint: {
      keyVersion: 1,
      cmd: ['true'],
      shell: 'bash',
      wdir: '',
      env: {},
      params: {},
      outs: [],
      deps: {},
      needs: [],
      salt: '',
    },
    outputs: records,
    durationMs: 1234,
    createdAt: new Date().toISOString(),
  };
}

export function keyOf(text: string): string {
  return sha256(text);
}

/** One behaviour for every StageCache implementation: run it against each. */
export function stageCacheContract(
  name: string,
  makeHarness: (project: TempProject) => Promise<CacheHarness>,
  can: ContractOptions = {},
): void {
  const need = (behaviour: Behaviour, supported: boolean | undefined): typeof it =>
    !supported ? it.skip : can.knownFailures?.includes(behaviour) ? it.failing : it;
  describe(`StageCache contract: ${name}`, () => {
    let project: TempProject;
    let harness: CacheHarness;

    beforeEach(async () => {
      project = new TempProject();
      harness = await makeHarness(project);
    });
    afterEach(async () => {
      await harness.dispose();
      project.dispose();
    });

    it('misses on an empty cache', async () => {
      expect(await harness.cache.lookup('prepare', keyOf('nothing'))).toBeUndefined();
      expect(await harness.cache.latest('prepare')).toBeUndefined();
    });

    it('finds a saved record by stage and key without touching the workspace', async () => {
      const record = writeOutputs(project, 'prepare', keyOf('k1'), {
        'data/clean.csv': { 'data/clean.csv': 'a,b\n1,2\n' },
      });
      expect((await harness.cache.save(record)).ok).toBe(true);
      rmSync(project.path('data'), { recursive: true });
      const found = await harness.cache.lookup('prepare', record.key);
      expect(found).toEqual(record);
      expect(existsSync(project.path('data/clean.csv'))).toBe(false);
      expect(await harness.cache.lookup('prepare', keyOf('other'))).toBeUndefined();
      expect(await harness.cache.lookup('other-stage', record.key)).toBeUndefined();
    });

    it('restores files and directories byte for byte', async () => {
      const big = Buffer.alloc(600 * 1024, 7); // above the Actions cache inline limit
      const record = writeOutputs(project, 'build', keyOf('k2'), {
        'out/report.html': { 'out/report.html': '<h1>hi</h1>' },
        site: { 'site/index.html': 'index', 'site/.nojekyll': '', 'site/img/big.bin': big },
      });
      expect((await harness.cache.save(record)).ok).toBe(true);
      rmSync(project.path('out'), { recursive: true });
      rmSync(project.path('site'), { recursive: true });
      mkdirSync(project.path('site'));
      writeFileSync(project.path('site/stale.txt'), 'left over from an old run');
      const found = (await harness.cache.lookup('build', record.key)) as StageRecord;
      const outcome = await harness.cache.restore(found);
      expect(outcome).toEqual({ ok: true, bytes: 11 + 5 + 0 + big.length });
      expect(project.read('out/report.html')).toBe('<h1>hi</h1>');
      expect(project.read('site/index.html')).toBe('index');
      expect(readFileSync(project.path('site/img/big.bin')).equals(big)).toBe(true);
      expect(existsSync(project.path('site/.nojekyll'))).toBe(true);
      expect(existsSync(project.path('site/stale.txt'))).toBe(false);
    });

    it('never stores or restores outputs marked cache: false', async () => {
      const record = writeOutputs(
        project,
        'train',
        keyOf('k3'),
        { 'model.bin': { 'model.bin': 'weights' }, 'log.txt': { 'log.txt': 'log' } },
        ['log.txt'],
      );
      expect((await harness.cache.save(record)).ok).toBe(true);
      rmSync(project.path('model.bin'));
      rmSync(project.path('log.txt'));
      const outcome = await harness.cache.restore(
        (await harness.cache.lookup('train', record.key)) as StageRecord,
      );
      expect(outcome.ok).toBe(true);
      expect(project.read('model.bin')).toBe('weights');
      expect(existsSync(project.path('log.txt'))).toBe(false);
    });

    it('answers latest with the newest record of that stage only', async () => {
      const older = writeOutputs(project, 'a', keyOf('old'), { 'a.txt': { 'a.txt': 'old' } });
      await harness.cache.save(older);
      await new Promise((r) => setTimeout(r, 20));
      const newer = writeOutputs(project, 'a', keyOf('new'), { 'a.txt': { 'a.txt': 'new' } });
      await harness.cache.save(newer);
      const similar = writeOutputs(project, 'a-b', keyOf('ab'), { 'ab.txt': { 'ab.txt': 'ab' } });
      await harness.cache.save(similar);
      expect((await harness.cache.latest('a'))?.key).toBe(newer.key);
      expect((await harness.cache.latest('a-b'))?.key).toBe(similar.key);
    });

    it('keeps the first entry when a key is saved twice', async () => {
      const first = writeOutputs(project, 's', keyOf('same'), { 'x.txt': { 'x.txt': 'first' } });
      expect((await harness.cache.save(first)).ok).toBe(true);
      const second = writeOutputs(project, 's', keyOf('same'), { 'x.txt': { 'x.txt': 'second' } });
      expect((await harness.cache.save(second)).ok).toBe(true);
      rmSync(project.path('x.txt'));
      const found = (await harness.cache.lookup('s', first.key)) as StageRecord;
      expect(found.outputs[0]?.digest).toBe(first.outputs[0]?.digest);
      expect((await harness.cache.restore(found)).ok).toBe(true);
      expect(project.read('x.txt')).toBe('first');
    });

    it('refuses corrupt content and leaves no bad data in the workspace', async () => {
      const big = Buffer.alloc(400 * 1024, 1);
      const record = writeOutputs(project, 'c', keyOf('corrupt'), {
        'small.txt': { 'small.txt': 'small content here' },
        'big.bin': { 'big.bin': big },
      });
      expect((await harness.cache.save(record)).ok).toBe(true);
      rmSync(project.path('small.txt'));
      rmSync(project.path('big.bin'));
      await harness.corruptStoredContent();
      const found = await harness.cache.lookup('c', record.key);
      if (found === undefined) return; // refusing the record itself is as good
      const outcome = await harness.cache.restore(found);
      expect(outcome.ok).toBe(false);
      for (const path of ['small.txt', 'big.bin']) {
        if (existsSync(project.path(path))) {
          expect(sha256(readFileSync(project.path(path)))).toBe(
            record.outputs.find((o) => o.path === path)?.digest,
          );
        }
      }
    });

    const twoFiles = (key: string) =>
      writeOutputs(project, 'two', keyOf(key), {
        'small.txt': { 'small.txt': 'small content here' },
        data: {
          'data/big.bin': Buffer.alloc(700 * 1024, 3),
          'data/copy.txt': 'small content here',
        },
      });
    const dropOutputs = () => {
      rmSync(project.path('small.txt'), { force: true });
      rmSync(project.path('data'), { recursive: true, force: true });
    };

    need('lazy', can.downloads)('lookup downloads no output content: restore is lazy', async () => {
      const record = twoFiles('lazy');
      expect((await harness.cache.save(record)).ok).toBe(true);
      dropOutputs();
      const before = harness.contentDownloads?.() ?? 0;
      const found = (await harness.cache.lookup('two', record.key)) as StageRecord;
      expect(found).toEqual(record);
      expect(await harness.cache.latest('two')).toEqual(record);
      expect(harness.contentDownloads?.()).toBe(before);
      expect(existsSync(project.path('data'))).toBe(false);
      expect(await harness.cache.restore(found)).toEqual({ ok: true, bytes: 18 + 700 * 1024 + 18 });
      expect((harness.contentDownloads?.() ?? 0) > before).toBe(true);
      expect(project.read('data/copy.txt')).toBe('small content here');
    });

    need('truncate', can.truncate)(
      'refuses truncated content, now and on every later try',
      async () => {
        const record = twoFiles('truncated');
        expect((await harness.cache.save(record)).ok).toBe(true);
        dropOutputs();
        await harness.truncateStoredContent?.();
        const found = await harness.cache.lookup('two', record.key);
        if (found === undefined) return; // refusing the record itself is as good
        for (let attempt = 0; attempt < 2; attempt++) {
          const outcome = await harness.cache.restore(found);
          expect(outcome.ok).toBe(false);
          expectNoBadData(project, record);
        }
      },
    );

    need('missing', can.missing)(
      'fails the restore of a record whose content is gone, touching nothing',
      async () => {
        const record = twoFiles('missing');
        expect((await harness.cache.save(record)).ok).toBe(true);
        dropOutputs();
        writeFileSync(project.path('small.txt'), 'what the workspace had');
        await harness.deleteStoredContent?.();
        const found = await harness.cache.lookup('two', record.key);
        if (found === undefined) return;
        const outcome = await harness.cache.restore(found);
        expect(outcome.ok).toBe(false);
        expect(project.read('small.txt')).toBe('what the workspace had');
        expect(existsSync(project.path('data/big.bin'))).toBe(false);
      },
    );

    need('concurrent', true)(
      'stays consistent when the same key is saved by two writers at once',
      async () => {
        const record = twoFiles('concurrent');
        const outcomes = await Promise.all([
          harness.cache.save(record),
          harness.cache.save(record),
        ]);
        expect(outcomes.map((o) => o.ok)).toEqual([true, true]);
        dropOutputs();
        const found = (await harness.cache.lookup('two', record.key)) as StageRecord;
        expect(found).toEqual(record);
        expect((await harness.cache.restore(found)).ok).toBe(true);
        expectNoBadData(project, record);
        expect(readFileSync(project.path('data/big.bin')).length).toBe(700 * 1024);
      },
    );

    need('down', can.down)(
      'degrades to misses and one warning when the service is down',
      async () => {
        const record = twoFiles('down');
        await harness.fault?.('down');
        expect(await harness.cache.lookup('two', record.key)).toBeUndefined();
        expect(await harness.cache.latest('two')).toBeUndefined();
        const saved = await harness.cache.save(record);
        expect(saved.ok).toBe(can.survivesDown === true);
        dropOutputs();
        const restored = await harness.cache.restore(record);
        if (!can.survivesDown) expect(restored.ok).toBe(false);
        expectNoBadData(project, record);
        expect(await harness.cache.lookup('two', keyOf('another'))).toBeUndefined();
        const warnings = harness.warnings?.() ?? [];
        expect(warnings).toHaveLength(1);
      },
    );

    need('throttle', can.throttle)('rides out throttling (503 SlowDown) with retries', async () => {
      const record = twoFiles('throttled');
      await harness.fault?.('throttle');
      expect((await harness.cache.save(record)).ok).toBe(true);
      dropOutputs();
      await harness.fault?.('throttle');
      const found = (await harness.cache.lookup('two', record.key)) as StageRecord;
      expect(found).toEqual(record);
      await harness.fault?.('throttle');
      expect((await harness.cache.restore(found)).ok).toBe(true);
      expectNoBadData(project, record);
      expect(harness.warnings?.() ?? []).toEqual([]);
    });
  });
}

export function joinRoot(project: TempProject, ...parts: string[]): string {
  return join(project.root, ...parts);
}
