/**
 * The fake Actions cache service driven by the REAL @actions/cache client over HTTP.
 * Client output (::warning:: etc.) is captured; set ACTIONS_SERVICE_TEST_VERBOSE=1 to see it.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  applyEnv,
  fakeRuntimeToken,
  shortenRetryDelays,
  startActionsService,
} from './actions-service.js';
import type * as CacheApi from '@actions/cache';
import type { ActionsService } from './actions-service.js';

type CacheModule = typeof CacheApi;

const TWIRP = '/twirp/github.actions.results.api.v1.CacheService';

let svc: ActionsService;
let cache: CacheModule;
let restoreEnv: () => void;
let root: string;
let ws: string;
let out: string;
let lines: string[] = [];
const realWrite = process.stdout.write;

function captureStdout(): void {
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    if (process.env['ACTIONS_SERVICE_TEST_VERBOSE']) return realWrite.call(process.stdout, chunk);
    const cb = rest.find((x): x is () => void => typeof x === 'function');
    cb?.();
    return true;
  }) as typeof process.stdout.write;
}

const log = (): string => lines.join('');
const warnings = (): string[] =>
  lines.filter((l) => l.startsWith('::warning::') || l.startsWith('::error::'));

/** Writes files (relative path → content) under dir. */
function makeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
  }
}

/** Relative path → sha256 of every file under dir. */
function treeDigest(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else result[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return result;
}

/** The client's cache version (FACTS: sha256 of paths, compression method and '1.0', joined by '|'). */
function cacheVersion(paths: string[], compression = 'zstd-without-long'): string {
  return createHash('sha256')
    .update([...paths, compression, '1.0'].join('|'))
    .digest('hex');
}

async function twirp(
  method: string,
  body: object,
  token = svc.token,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${svc.origin}${TWIRP}/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  svc = await startActionsService();
  root = mkdtempSync(join(tmpdir(), 'reprokit-actions-service-'));
  mkdirSync(join(root, 'runner-temp'));
  restoreEnv = applyEnv({ ...svc.env, RUNNER_TEMP: join(root, 'runner-temp') });
  captureStdout();
  // The client reads its environment at call time, so importing before or after applyEnv is equal.
  cache = await import('@actions/cache');
});

afterAll(async () => {
  process.stdout.write = realWrite;
  restoreEnv();
  await svc.close();
  rmSync(root, { recursive: true, force: true });
});

let restoreWs: () => void;
beforeEach(async () => {
  await svc.setMode('ok');
  svc.setScope('refs/heads/main');
  svc.clearEntries();
  svc.reset();
  lines = [];
  ws = mkdtempSync(join(root, 'ws-'));
  out = join(ws, 'out');
  restoreWs = applyEnv({ GITHUB_WORKSPACE: ws });
});

afterEach(() => {
  restoreWs();
});

describe('cache v2 protocol with the real @actions/cache client', () => {
  it('is the v2 service the client talks to', () => {
    expect(cache.isFeatureAvailable()).toBe(true);
  });

  it('saves and restores files byte-identically, counting requests and bytes', async () => {
    makeTree(out, { 'a.txt': 'hello\n', 'sub/b.bin': randomBytes(200_000), 'sub/empty': '' });
    const before = treeDigest(out);

    const id = await cache.saveCache([out], 'rt-1');
    expect(id).toBeGreaterThan(0);
    const [entry] = svc.entries();
    expect(entry).toMatchObject({
      id,
      key: 'rt-1',
      version: cacheVersion([out]),
      state: 'finalized',
    });
    expect(svc.stats.twirp).toEqual({ CreateCacheEntry: 1, FinalizeCacheEntryUpload: 1 });
    // Small archives go up in one Put Blob (x-ms-blob-type: BlockBlob).
    expect(svc.stats).toMatchObject({ uploads: 1, blockLists: 0, downloads: 0 });
    expect(svc.stats.uploadedBytes).toBe(entry?.sizeBytes);
    expect(svc.requests.map((r) => `${r.method} ${r.twirp ?? r.blobOp} ${r.status}`)).toEqual([
      'POST CacheService/CreateCacheEntry 200',
      'PUT put 201',
      'POST CacheService/FinalizeCacheEntryUpload 200',
    ]);

    rmSync(out, { recursive: true });
    svc.reset();
    expect(await cache.restoreCache([out], 'rt-1')).toBe('rt-1');
    expect(treeDigest(out)).toEqual(before);
    expect(svc.stats.twirp).toEqual({ GetCacheEntryDownloadURL: 1 });
    expect(svc.stats).toMatchObject({
      downloads: 1,
      downloadedBytes: entry?.sizeBytes,
      uploads: 0,
    });
    expect(warnings()).toEqual([]);
  });

  it('lookupOnly reports a hit without downloading', async () => {
    makeTree(out, { 'x.bin': randomBytes(50_000) });
    expect(await cache.saveCache([out], 'look-1')).toBeGreaterThan(0);
    rmSync(out, { recursive: true });
    svc.reset();

    expect(await cache.restoreCache([out], 'look-1', [], { lookupOnly: true })).toBe('look-1');
    expect(await cache.restoreCache([out], 'look-2', [], { lookupOnly: true })).toBeUndefined();
    expect(svc.stats.twirp).toEqual({ GetCacheEntryDownloadURL: 2 });
    expect(svc.stats.downloads).toBe(0);
    expect(svc.stats.downloadedBytes).toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  it('matches restore keys: exact first, then the newest prefix match, keys in order', async () => {
    const saveWith = async (key: string, content: string): Promise<void> => {
      rmSync(out, { recursive: true, force: true });
      makeTree(out, { 'v.txt': content });
      expect(await cache.saveCache([out], key)).toBeGreaterThan(0);
    };
    await saveWith('deps-1', 'one');
    await saveWith('deps-10', 'ten');
    await saveWith('other-2', 'other');
    const lookup = (key: string, restoreKeys: string[]): Promise<string | undefined> =>
      cache.restoreCache([out], key, restoreKeys, { lookupOnly: true });

    expect(await lookup('nope', ['deps-'])).toBe('deps-10'); // newest of the prefix matches
    expect(await lookup('nope', ['deps-1'])).toBe('deps-1'); // exact beats a newer prefix match
    expect(await lookup('nope', ['zzz-', 'other-', 'deps-'])).toBe('other-2'); // first matching key wins
    expect(await lookup('nope', ['zzz-'])).toBeUndefined();
    // The primary key is prefix-matched too (GitHub docs: "partial matches of the key"); the client
    // then logs it as a restore-key hit. Callers must compare the returned key to detect exact hits.
    lines = [];
    expect(await lookup('deps-', [])).toBe('deps-10');
    expect(log()).toContain('Cache hit for restore-key: deps-10');

    rmSync(out, { recursive: true });
    expect(await cache.restoreCache([out], 'nope', ['deps-'])).toBe('deps-10');
    expect(readFileSync(join(out, 'v.txt'), 'utf8')).toBe('ten');
  });

  it('keeps entries immutable: a second save of the same key is a 409 and returns -1', async () => {
    makeTree(out, { 'v.txt': 'first' });
    const id = await cache.saveCache([out], 'imm');
    expect(id).toBeGreaterThan(0);
    writeFileSync(join(out, 'v.txt'), 'second');
    svc.reset();
    lines = [];

    expect(await cache.saveCache([out], 'imm')).toBe(-1);
    // One attempt (409 is not retried), no upload, no finalize.
    expect(svc.requests.map((r) => `${r.twirp ?? r.blobOp} ${r.status}`)).toEqual([
      'CacheService/CreateCacheEntry 409',
    ]);
    // ReserveCacheError is logged with core.info (not a warning) by @actions/cache 6.3.
    expect(log()).toContain(
      'Failed to save: Unable to reserve cache with key imm, another job may be creating this cache.',
    );
    expect(log()).toContain(
      '(409) Conflict: cache entry with the same key, version, and scope already exists',
    );
    expect(svc.entries()).toHaveLength(1);

    rmSync(out, { recursive: true });
    expect(await cache.restoreCache([out], 'imm')).toBe('imm');
    expect(readFileSync(join(out, 'v.txt'), 'utf8')).toBe('first');
  });

  it('matches only the same version: different paths are a miss', async () => {
    makeTree(out, { 'v.txt': 'x' });
    expect(await cache.saveCache([out], 'ver')).toBeGreaterThan(0);
    expect(
      await cache.restoreCache([out, join(ws, 'other')], 'ver', [], { lookupOnly: true }),
    ).toBeUndefined();
    // Absolute paths are part of the version: the same files in another workspace directory miss.
    const ws2 = mkdtempSync(join(root, 'ws2-'));
    expect(
      await cache.restoreCache([join(ws2, 'out')], 'ver', [], { lookupOnly: true }),
    ).toBeUndefined();
    expect(await cache.restoreCache([out], 'ver', [], { lookupOnly: true })).toBe('ver');
    // A different key with the same name but another version can coexist.
    expect(await cache.saveCache([out, join(ws, 'missing-but-ok')], 'ver')).toBeGreaterThan(0);
    expect(svc.entries().map((e) => e.key)).toEqual(['ver', 'ver']);
  });

  it('scopes entries by branch: a PR reads its own scope, then the default branch', async () => {
    makeTree(out, { 'v.txt': 'main' });
    expect(await cache.saveCache([out], 'scoped')).toBeGreaterThan(0);

    svc.setScope('refs/pull/7/merge', ['refs/heads/main']);
    expect(await cache.restoreCache([out], 'scoped', [], { lookupOnly: true })).toBe('scoped');
    writeFileSync(join(out, 'v.txt'), 'pr');
    expect(await cache.saveCache([out], 'scoped')).toBeGreaterThan(0); // another scope: no conflict
    rmSync(out, { recursive: true });
    expect(await cache.restoreCache([out], 'scoped')).toBe('scoped');
    expect(readFileSync(join(out, 'v.txt'), 'utf8')).toBe('pr');

    svc.setScope('refs/heads/feature'); // cannot read main's entries
    expect(await cache.restoreCache([out], 'scoped', [], { lookupOnly: true })).toBeUndefined();
    expect(svc.entries().map((e) => e.scope)).toEqual(['refs/heads/main', 'refs/pull/7/merge']);
  });

  it('rejects a wrong runtime token with 401 (restore warns, save returns -1)', async () => {
    makeTree(out, { 'v.txt': 'x' });
    const undo = applyEnv({ ACTIONS_RUNTIME_TOKEN: fakeRuntimeToken('other', 'run') });
    try {
      expect(await cache.restoreCache([out], 'auth')).toBeUndefined();
      expect(await cache.saveCache([out], 'auth')).toBe(-1);
    } finally {
      undo();
    }
    expect(warnings().join('')).toContain(
      'Failed to restore: Failed to GetCacheEntryDownloadURL: Received non-retryable error: Failed request: (401) Unauthorized: invalid bearer token',
    );
    expect(svc.stats.twirp).toEqual({ GetCacheEntryDownloadURL: 1, CreateCacheEntry: 1 });
    expect(svc.entries()).toEqual([]);
  });

  it('answers Twirp errors as {code, msg} JSON', async () => {
    expect(await twirp('NoSuchMethod', {})).toEqual({
      status: 404,
      json: { code: 'bad_route', msg: expect.stringContaining('no handler') },
    });
    expect(await twirp('CreateCacheEntry', { key: 'k', version: 'v' }, 'bad')).toEqual({
      status: 401,
      json: { code: 'unauthenticated', msg: 'invalid bearer token' },
    });
    expect(await twirp('CreateCacheEntry', { key: '', version: 'v' })).toMatchObject({
      status: 400,
      json: { code: 'invalid_argument' },
    });
    expect(await twirp('GetCacheEntryDownloadURL', { key: 'k', version: 'v' })).toEqual({
      status: 200,
      json: {},
    });
    const res = await fetch(`${svc.origin}${TWIRP}/CreateCacheEntry`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'malformed' });
  });

  it('accepts block uploads (Put Block + Put Block List) from the Azure SDK, restorable by the client', async () => {
    // saveCache in v2 forces maxSingleShotSize 128 MiB and uploadChunkSize 64 MiB, so its
    // block path cannot be reached with a small archive. Drive the same SDK call with small sizes.
    makeTree(out, { 'big.bin': randomBytes(300_000), 'small.txt': 'small' });
    const before = treeDigest(out);
    const archive = join(root, 'manual.tzst');
    execFileSync('tar', [
      '--posix',
      '-cf',
      archive,
      '-P',
      '-C',
      ws,
      '--use-compress-program',
      'zstd -T0',
      'out',
    ]);
    const data = readFileSync(archive);
    const version = cacheVersion([out]);

    const created = await twirp('CreateCacheEntry', { key: 'blocks', version });
    expect(created.status).toBe(200);
    const { BlockBlobClient } = await import('@azure/storage-blob');
    const client = new BlockBlobClient(String(created.json['signed_upload_url']));
    await client.uploadData(data, {
      maxSingleShotSize: 64 * 1024,
      blockSize: 64 * 1024,
      concurrency: 2,
    });
    const blocks = Math.ceil(data.length / (64 * 1024));
    expect(svc.stats).toMatchObject({ uploads: blocks, blockLists: 1, uploadedBytes: data.length });
    expect(svc.requests.filter((r) => r.blobOp === 'comp=block')).toHaveLength(blocks);
    // A download URL cannot be used to write, and a finalized blob cannot be overwritten.
    const finalized = await twirp('FinalizeCacheEntryUpload', {
      key: 'blocks',
      version,
      size_bytes: String(data.length),
    });
    expect(finalized).toEqual({ status: 200, json: { ok: true, entry_id: expect.any(String) } });
    await expect(client.uploadData(Buffer.from('overwrite'))).rejects.toMatchObject({
      statusCode: 409,
    });

    rmSync(out, { recursive: true });
    expect(await cache.restoreCache([out], 'blocks')).toBe('blocks');
    expect(treeDigest(out)).toEqual(before);
  });

  // Opt-in (REPROKIT_SLOW_TESTS=1): 3.5-9 s here and about 400 MB of memory. It is the only way to
  // reach the client's own block upload: v2 saveCache forces maxSingleShotSize 128 MiB.
  const slow = process.env['REPROKIT_SLOW_TESTS'] ? it : it.skip;
  slow(
    'saves an archive over 128 MiB with the client itself in 64 MiB blocks',
    async () => {
      const chunk = 8 * 1024 * 1024;
      const hash = createHash('sha256');
      mkdirSync(out, { recursive: true });
      const fd = openSync(join(out, 'huge.bin'), 'w');
      for (let i = 0; i < 17; i++) {
        const data = randomBytes(chunk); // incompressible: the archive stays > 128 MiB
        hash.update(data);
        writeSync(fd, data);
      }
      closeSync(fd);
      const digest = hash.digest('hex');
      expect(await cache.saveCache([out], 'huge')).toBeGreaterThan(0);
      const size = svc.entries()[0]?.sizeBytes ?? 0;
      expect(size).toBeGreaterThan(128 * 1024 * 1024);
      // Put Block × 3 (64 + 64 + rest MiB) and one Put Block List.
      expect(svc.stats).toMatchObject({ uploads: 3, blockLists: 1, uploadedBytes: size });
      rmSync(out, { recursive: true });
      expect(await cache.restoreCache([out], 'huge')).toBe('huge');
      expect(treeDigest(out)).toEqual({ 'huge.bin': digest });
      svc.clearEntries(); // free the memory
    },
    180_000,
  );
});

describe('fault injection (the client never throws)', () => {
  async function saved(key: string, size = 100_000): Promise<Record<string, string>> {
    makeTree(out, { 'a.bin': randomBytes(size), 'b.txt': 'bee\n'.repeat(1000) });
    const digest = treeDigest(out);
    expect(await cache.saveCache([out], key)).toBeGreaterThan(0);
    rmSync(out, { recursive: true });
    svc.reset();
    lines = [];
    return digest;
  }

  it('refuse: connection refused, restore gives undefined and save -1, quickly; recovers afterwards', async () => {
    const digest = await saved('refuse');
    await svc.setMode('refuse');
    const t0 = Date.now();
    expect(await cache.restoreCache([out], 'refuse')).toBeUndefined();
    makeTree(out, { 'v.txt': 'x' });
    expect(await cache.saveCache([out], 'refuse-2')).toBe(-1);
    expect(Date.now() - t0).toBeLessThan(10_000); // network errors are not retried
    expect(warnings().join('')).toContain('ECONNREFUSED');
    expect(svc.stats.requests).toBe(0);

    await svc.setMode('ok');
    rmSync(out, { recursive: true });
    expect(await cache.restoreCache([out], 'refuse')).toBe('refuse');
    expect(treeDigest(out)).toEqual(digest);
  });

  it('reset: connections dropped, restore gives undefined and save -1', async () => {
    await saved('reset');
    await svc.setMode('reset');
    expect(await cache.restoreCache([out], 'reset')).toBeUndefined();
    makeTree(out, { 'v.txt': 'x' });
    expect(await cache.saveCache([out], 'reset-2')).toBe(-1);
    expect(warnings().join('')).toContain('ECONNRESET');
    expect(svc.entries().map((e) => e.key)).toEqual(['reset']);
  });

  it('error500: Twirp 5xx is retried 5 times, then restore gives undefined and save -1', async () => {
    await saved('e500');
    await svc.setMode('error500');
    const undo = shortenRetryDelays(); // the real backoff totals ≈29 s per call
    try {
      expect(await cache.restoreCache([out], 'e500')).toBeUndefined();
      makeTree(out, { 'v.txt': 'x' });
      expect(await cache.saveCache([out], 'e500-2')).toBe(-1);
    } finally {
      undo();
    }
    expect(svc.stats.twirp).toEqual({ GetCacheEntryDownloadURL: 5, CreateCacheEntry: 5 });
    expect(log()).toContain(
      'Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: injected fault: error500',
    );
    expect(svc.stats.downloads).toBe(0);
  });

  it('truncate-download: the length check fails, restore gives undefined and extracts nothing', async () => {
    await saved('trunc');
    await svc.setMode('truncate-download');
    expect(await cache.restoreCache([out], 'trunc')).toBeUndefined();
    expect(svc.stats.downloads).toBe(1);
    expect(svc.stats.downloadedBytes).toBe(Math.floor((svc.entries()[0]?.sizeBytes ?? 0) / 2));
    expect(warnings().join('')).toMatch(/Failed to restore: (aborted|Incomplete download)/);
    expect(existsSync(out)).toBe(false);
  });

  it('corrupt-download: same length passes the client; zstd checksum fails, but tar has already written bad files', async () => {
    // 8 MB of incompressible data: zstd stores it as raw blocks and streams them to tar, and the
    // frame checksum is only checked at the end of the frame.
    const digest = await saved('corrupt', 8_000_000);
    await svc.setMode('corrupt-download');
    expect(await cache.restoreCache([out], 'corrupt')).toBeUndefined();
    expect(svc.stats.downloads).toBe(1);
    expect(svc.stats.downloadedBytes).toBe(svc.entries()[0]?.sizeBytes);
    expect(log()).toContain("Restored data doesn't match checksum");
    expect(warnings().join('')).toMatch(/Failed to restore: "[^"]*tar" failed with error/);
    // Not silent (undefined + warning), but NOT clean either: the client has no digest of its own,
    // and the target path now holds partially extracted, corrupted files. Whoever restores must
    // clear the target paths after a failed restore and verify digests after a successful one.
    expect(existsSync(join(out, 'a.bin'))).toBe(true);
    expect(treeDigest(out)).not.toEqual(digest);

    // The stored entry is intact: a normal download restores it.
    await svc.setMode('ok');
    rmSync(out, { recursive: true, force: true });
    expect(await cache.restoreCache([out], 'corrupt')).toBe('corrupt');
    expect(treeDigest(out)).toEqual(digest);
  });

  it('corruptEntry damages the stored blob for every later download', async () => {
    await saved('rot');
    const original = svc.entryContent({ key: 'rot' });
    svc.corruptEntry({ key: 'rot' });
    expect(svc.entryContent({ key: 'rot' })).not.toEqual(original);
    expect(svc.entryContent({ key: 'rot' })?.length).toBe(original?.length);
    expect(await cache.restoreCache([out], 'rot')).toBeUndefined();
    expect(warnings().join('')).toContain('Failed to restore');
    // lookupOnly still reports a hit: the service does not know the content is bad.
    expect(await cache.restoreCache([out], 'rot', [], { lookupOnly: true })).toBe('rot');
  });
});
