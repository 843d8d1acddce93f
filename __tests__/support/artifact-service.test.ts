/**
 * The fake artifact service driven by the REAL @actions/artifact client over HTTP, and the zip/tar
 * readers tests use to look inside what was uploaded.
 * Client output is captured; set ACTIONS_SERVICE_TEST_VERBOSE=1 to see it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { applyEnv, fakeRuntimeToken, startActionsService } from './actions-service.js';
import type { ActionsService } from './actions-service.js';
import {
  ARTIFACT_SERVICE,
  backendIdsFromToken,
  readTar,
  readZip,
  registerArtifactService,
  tarTextFiles,
  zipTextFiles,
} from './artifact-service.js';
import type { ArtifactServiceFake } from './artifact-service.js';
import type * as ArtifactApi from '@actions/artifact';

let svc: ActionsService;
let store: ArtifactServiceFake;
let artifact: typeof ArtifactApi;
let client: ArtifactApi.ArtifactClient;
let restoreEnv: () => void;
let root: string;
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

function makeTree(dir: string, files: Record<string, string | Buffer>): string[] {
  const paths: string[] = [];
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, content);
    paths.push(p);
  }
  return paths;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

beforeAll(async () => {
  svc = await startActionsService({ token: fakeRuntimeToken('run-42', 'job-7') });
  store = registerArtifactService(svc);
  root = mkdtempSync(join(tmpdir(), 'reprokit-artifact-service-'));
  restoreEnv = applyEnv({
    ...svc.env,
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: join(root, 'tmp'),
    GITHUB_RETENTION_DAYS: undefined,
  });
  captureStdout();
  artifact = await import('@actions/artifact');
  client = new artifact.DefaultArtifactClient();
});

afterAll(async () => {
  process.stdout.write = realWrite;
  restoreEnv();
  await svc.close();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  store.clear();
  svc.reset();
  lines = [];
});

describe('ArtifactService with the real @actions/artifact client', () => {
  it('reads run and job ids from the runtime token like the client does', () => {
    expect(backendIdsFromToken(svc.token)).toEqual({ runId: 'run-42', jobId: 'job-7' });
    expect(store.runId).toBe('run-42');
  });

  it('uploads a zip whose contents round-trip, dotfiles included, with retention stored', async () => {
    const dir = mkdtempSync(join(root, 'up-'));
    const big = Buffer.alloc(300_000, 'abcdefgh');
    const files = makeTree(dir, {
      'index.html': '<h1>report</h1>\n',
      '.nojekyll': '',
      '.well-known/security.txt': 'Contact: me\n',
      'data/big.bin': big,
    });
    const res = await client.uploadArtifact('report', files, dir, { retentionDays: 3 });

    const a = store.artifact('report');
    expect(a).toBeDefined();
    expect(res.id).toBe(a?.id);
    expect(res.size).toBe(a?.size);
    expect(res.digest).toBe(
      createHash('sha256')
        .update(a?.zip ?? '')
        .digest('hex'),
    );
    expect(a).toMatchObject({
      name: 'report',
      mimeType: 'application/zip',
      blobContentType: 'application/zip',
      retentionDays: 3,
      digest: `sha256:${res.digest ?? ''}`,
      runId: 'run-42',
      jobId: 'job-7',
    });
    expect(zipTextFiles(a?.zip ?? Buffer.alloc(0))).toEqual({
      'index.html': '<h1>report</h1>\n',
      '.nojekyll': '',
      '.well-known/security.txt': 'Contact: me\n',
      'data/big.bin': big.toString('utf8'),
    });
    const entry = store.zipEntries(a?.id ?? 0).find((e) => e.name === 'data/big.bin');
    expect(entry?.method).toBe(8); // deflated
    // The upload is Put Block + Put Block List (Azure SDK uploadStream), never a single Put Blob.
    expect(svc.requests.map((r) => `${r.method} ${r.twirp ?? r.blobOp} ${r.status}`)).toEqual([
      'POST ArtifactService/CreateArtifact 200',
      'PUT comp=block 201',
      'PUT comp=blocklist 201',
      'POST ArtifactService/FinalizeArtifact 200',
    ]);
  });

  it('lists, gets and downloads (extracting the zip) through the service', async () => {
    const dir = mkdtempSync(join(root, 'dl-'));
    const files = makeTree(dir, { 'a.txt': 'A', 'sub/b.txt': 'B', '.hidden': 'h' });
    const { id } = await client.uploadArtifact('bundle', files, dir);
    expect(store.artifact('bundle')?.retentionDays).toBeUndefined();

    const listed = await client.listArtifacts();
    expect(listed.artifacts).toEqual([
      expect.objectContaining({ id, name: 'bundle', size: store.artifact('bundle')?.size }),
    ]);
    expect((await client.getArtifact('bundle')).artifact.id).toBe(id);
    await expect(client.getArtifact('nope')).rejects.toThrow(/Artifact not found/);

    const out = join(root, 'out-download');
    const dl = await client.downloadArtifact(id ?? 0, { path: out });
    expect(dl.digestMismatch).toBe(false);
    expect(listFiles(out)).toEqual(['.hidden', 'a.txt', 'sub/b.txt']);
    expect(readFileSync(join(out, 'sub/b.txt'), 'utf8')).toBe('B');
  });

  it('keeps names immutable within a run: a second upload of the same name fails with 409', async () => {
    const dir = mkdtempSync(join(root, 'imm-'));
    const files = makeTree(dir, { 'x.txt': 'x' });
    await client.uploadArtifact('once', files, dir);
    await expect(client.uploadArtifact('once', files, dir)).rejects.toThrow(
      /\(409\) Conflict: an artifact with this name already exists on the workflow run/,
    );
    expect(store.artifacts().map((a) => a.name)).toEqual(['once']);
    // Other names are fine.
    await client.uploadArtifact('twice', files, dir);
    expect(store.artifacts().map((a) => a.name)).toEqual(['once', 'twice']);
  });

  it('uploads a single file unarchived with skipArchive, downloaded as that file', async () => {
    const dir = mkdtempSync(join(root, 'raw-'));
    const [file] = makeTree(dir, { 'summary.json': '{"ok":true}' });
    const res = await client.uploadArtifact('ignored', [file ?? ''], dir, { skipArchive: true });
    const a = store.artifact('summary.json');
    expect(a).toMatchObject({ id: res.id, mimeType: 'application/json' });
    expect(a?.zip.toString()).toBe('{"ok":true}');
    const out = join(root, 'out-raw');
    await client.downloadArtifact(res.id ?? 0, { path: out });
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe('{"ok":true}');
  });

  it('rejects requests whose ids do not match the runtime token', async () => {
    const res = await fetch(`${svc.origin}/twirp/${ARTIFACT_SERVICE}/ListArtifacts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${svc.token}` },
      body: JSON.stringify({ workflow_run_backend_id: 'other', workflow_job_run_backend_id: 'x' }),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      code: 'permission_denied',
      msg: 'backend ids do not match the runtime token',
    });
  });

  it('round-trips a github-pages artifact holding one tar, with link types visible', async () => {
    const site = mkdtempSync(join(root, 'site-'));
    makeTree(site, {
      'index.html': '<p>home</p>',
      '.nojekyll': '',
      '.well-known/assetlinks.json': '[]',
      [`deep/${'d'.repeat(60)}/${'n'.repeat(70)}.html`]: 'long',
    });
    symlinkSync('index.html', join(site, 'link.html'));
    linkSync(join(site, 'index.html'), join(site, 'hard.html'));
    const tarDir = mkdtempSync(join(root, 'tar-'));
    const tarPath = join(tarDir, 'artifact.tar');
    execFileSync('tar', ['--create', '--file', tarPath, '--directory', site, '.']);

    await client.uploadArtifact('github-pages', [tarPath], tarDir, { retentionDays: 1 });
    const entries = store.pagesSite();
    expect(tarTextFiles(entries)).toMatchObject({
      '.nojekyll': '',
      '.well-known/assetlinks.json': '[]',
      [`deep/${'d'.repeat(60)}/${'n'.repeat(70)}.html`]: 'long',
    });
    const byPath = new Map(entries.map((e) => [e.path, e]));
    expect(byPath.get('link.html')).toMatchObject({ type: 'symlink', linkname: 'index.html' });
    // GNU tar stores the first name of the inode it meets as a file, the other as a hard link to it.
    const pair = ['index.html', 'hard.html'].map((p) => byPath.get(p));
    const file = pair.find((e) => e?.type === 'file');
    const link = pair.find((e) => e?.type === 'hardlink');
    expect(file?.content.toString()).toBe('<p>home</p>');
    expect(link).toMatchObject({ typeflag: '1', size: 0, linkname: file?.name });
    expect(byPath.get('.well-known')?.type).toBe('directory');
    expect(store.artifact('github-pages')?.retentionDays).toBe(1);
  });
});

describe('archive readers', () => {
  it('readZip handles stored entries and rejects a damaged CRC', () => {
    // A hand-made zip: one stored and one deflated entry.
    const files: Array<[string, Buffer, number]> = [
      ['a.txt', Buffer.from('stored text'), 0],
      ['dir/b.txt', Buffer.from('deflated '.repeat(50)), 8],
    ];
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const [name, data, method] of files) {
      const body = method === 8 ? deflateRawSync(data) : data;
      const n = Buffer.from(name);
      const lh = Buffer.alloc(30);
      lh.writeUInt32LE(0x04034b50, 0);
      lh.writeUInt16LE(method, 8);
      lh.writeUInt32LE(crc32(data), 14);
      lh.writeUInt32LE(body.length, 18);
      lh.writeUInt32LE(data.length, 22);
      lh.writeUInt16LE(n.length, 26);
      const ch = Buffer.alloc(46);
      ch.writeUInt32LE(0x02014b50, 0);
      ch.writeUInt16LE(method, 10);
      ch.writeUInt32LE(crc32(data), 16);
      ch.writeUInt32LE(body.length, 20);
      ch.writeUInt32LE(data.length, 24);
      ch.writeUInt16LE(n.length, 28);
      ch.writeUInt32LE(offset, 42);
      locals.push(lh, n, body);
      centrals.push(ch, n);
      offset += lh.length + n.length + body.length;
    }
    const cd = Buffer.concat(centrals);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(files.length, 8);
    eocd.writeUInt16LE(files.length, 10);
    eocd.writeUInt32LE(cd.length, 12);
    eocd.writeUInt32LE(offset, 16);
    const zip = Buffer.concat([...locals, cd, eocd]);
    expect(zipTextFiles(zip)).toEqual({
      'a.txt': 'stored text',
      'dir/b.txt': 'deflated '.repeat(50),
    });
    expect(readZip(zip).map((e) => e.method)).toEqual([0, 8]);
    const bad = Buffer.from(zip);
    bad[30 + 5] = 0x58; // a byte of "stored text"
    expect(() => readZip(bad)).toThrow(/CRC-32 mismatch/);
    expect(() => readZip(Buffer.from('not a zip at all, definitely not'))).toThrow(/not a zip/);
  });

  it('readTar reads pax long names and rejects a bad header checksum', () => {
    const dir = mkdtempSync(join(root, 'pax-'));
    const long = `${'p'.repeat(120)}/${'q'.repeat(120)}.txt`;
    makeTree(dir, { [long]: 'pax', 'ü.txt': 'utf8' });
    const tar = execFileSync('tar', ['--format=pax', '-cf', '-', '-C', dir, '.']);
    const entries = readTar(tar);
    expect(entries.every((e) => e.format === 'ustar')).toBe(true);
    expect(tarTextFiles(entries)).toEqual({ [long]: 'pax', 'ü.txt': 'utf8' });
    const bad = Buffer.from(tar);
    bad[0] = (bad[0] ?? 0) ^ 1;
    expect(() => readTar(bad)).toThrow(/checksum mismatch/);
  });
});
