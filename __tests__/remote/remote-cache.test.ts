import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { readFileSync, rmSync } from 'node:fs';
import { resolveRemote, isForkPullRequest } from '../../src/adapters/remote/remote-settings.js';
import { resolveEndpoint } from '../../src/adapters/remote/s3-client.js';
import { parseRemoteUrl } from '../../src/core/remote-url.js';
import type { StageRecord } from '../../src/core/record.js';
import { TempProject } from '../support/project.js';
import { s3Remote } from '../support/s3-harness.js';
import { startS3 } from '../support/s3-server.js';
import type { TestS3 } from '../support/s3-server.js';
import { keyOf, writeOutputs } from '../contract/stage-cache.contract.js';
import { sha256File } from '../../src/adapters/hashing/file-hasher.js';

describe('RemoteCache beyond the contract (s3rver)', () => {
  let s3: TestS3;
  let project: TempProject;
  let warnings: string[];
  beforeEach(async () => {
    s3 = await startS3();
    project = new TempProject();
    warnings = [];
  });
  afterEach(async () => {
    await s3.close();
    project.dispose();
  });

  /** A record for one file, with the digest the hasher gives it (chunked above 8 MiB). */
  function oneFile(path: string, content: Buffer): StageRecord {
    const record = writeOutputs(project, 'big', keyOf(path), { [path]: { [path]: content } });
    const digest = sha256File(project.path(path));
    const file = {
      ...(record.outputs[0]?.files[0] as StageRecord['outputs'][0]['files'][0]),
      digest,
    };
    return {
      ...record,
      outputs: [{ ...(record.outputs[0] as StageRecord['outputs'][0]), digest, files: [file] }],
    };
  }

  const exists = async (key: string) =>
    s3
      .direct()
      .send(new HeadObjectCommand({ Bucket: s3.bucket, Key: key }))
      .then(() => true)
      .catch(() => false);

  it('uploads a file above a leaf in parts and verifies its chunked digest on the way back', async () => {
    const content = Buffer.alloc(9 * 1024 * 1024 + 123);
    for (let i = 0; i < content.length; i += 4096) content.writeUInt32LE(i, i);
    const record = oneFile('model.bin', content);
    const cache = s3Remote(s3, project, (m) => warnings.push(m));
    expect(await cache.save(record)).toEqual({ ok: true, bytes: content.length });
    rmSync(project.path('model.bin'));
    expect(await cache.restore(record)).toEqual({ ok: true, bytes: content.length });
    expect(readFileSync(project.path('model.bin')).equals(content)).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('retries a download cut short by the network, and never blames the stored object for it', async () => {
    const record = oneFile('a.bin', Buffer.alloc(300 * 1024, 5));
    const cache = s3Remote(s3, project, (m) => warnings.push(m));
    expect((await cache.save(record)).ok).toBe(true);
    rmSync(project.path('a.bin'));
    await s3.fault('truncate', 1);
    expect((await cache.restore(record)).ok).toBe(true);
    rmSync(project.path('a.bin'));
    await s3.fault('truncate');
    const outcome = await cache.restore(record);
    expect(outcome.ok).toBe(false);
    await s3.fault('ok');
    expect(await exists(cache.objects.key(record.outputs[0]?.files[0]?.digest as string))).toBe(
      true,
    );
  });

  it('removes a corrupt object from the remote when it may write, so the next save repairs it', async () => {
    const record = oneFile('c.txt', Buffer.from('content worth keeping'));
    const cache = s3Remote(s3, project, (m) => warnings.push(m));
    expect((await cache.save(record)).ok).toBe(true);
    const key = cache.objects.key(record.outputs[0]?.files[0]?.digest as string);
    await s3
      .direct()
      .send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: 'content worth keepinX' }));
    const outcome = await cache.restore(record);
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/corrupt.*removed it/) });
    expect(warnings).toEqual([expect.stringMatching(/corrupt/)]);
    expect(await exists(key)).toBe(false);
    expect(project.read('c.txt')).toBe('content worth keeping'); // the workspace was not touched
  });

  it('keeps a corrupt object it may not remove (read-only), and says so', async () => {
    const record = oneFile('c.txt', Buffer.from('content worth keeping'));
    expect((await s3Remote(s3, project, () => undefined).save(record)).ok).toBe(true);
    const reader = s3Remote(s3, project, (m) => warnings.push(m), false);
    const key = reader.objects.key(record.outputs[0]?.files[0]?.digest as string);
    await s3.direct().send(new PutObjectCommand({ Bucket: s3.bucket, Key: key, Body: 'X' }));
    const outcome = await reader.restore(record);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toMatch(/truncated/);
    expect(await exists(key)).toBe(true);
    expect(await reader.save(record)).toMatchObject({ ok: false, reported: true });
  });
});

describe('remote settings', () => {
  const base = { env: {}, forkPullRequest: false };

  it('parses s3:// URLs and says what is wrong with others', () => {
    expect(parseRemoteUrl('s3://my-bucket/team/cache/')).toEqual({
      ok: true,
      value: { bucket: 'my-bucket', prefix: 'team/cache' },
    });
    expect(parseRemoteUrl('s3://my-bucket')).toEqual({
      ok: true,
      value: { bucket: 'my-bucket', prefix: '' },
    });
    expect(parseRemoteUrl('gs://b/x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not an s3:// URL'),
    });
    expect(parseRemoteUrl('s3://B_ad/x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('bucket'),
    });
    expect(parseRemoteUrl('s3://bucket/a//b')).toMatchObject({ ok: false });
    expect(parseRemoteUrl('s3://bucket/a/../b')).toMatchObject({ ok: false });
  });

  it('takes the command line, then REPROKIT_REMOTE, then the manifest; "none" turns it off', () => {
    const manifest = { remote: 's3://from-manifest/p' };
    const env = { REPROKIT_REMOTE: 's3://from-env/p' };
    const bucket = (r: ReturnType<typeof resolveRemote>) =>
      r.ok ? r.value?.location.bucket : r.error;
    expect(bucket(resolveRemote({ ...base, manifest }))).toBe('from-manifest');
    expect(bucket(resolveRemote({ ...base, manifest, env }))).toBe('from-env');
    expect(bucket(resolveRemote({ ...base, manifest, env, url: 's3://from-cli/p' }))).toBe(
      'from-cli',
    );
    expect(resolveRemote({ ...base, manifest, env: { REPROKIT_REMOTE: 'none' } })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(resolveRemote(base)).toEqual({ ok: true, value: undefined });
  });

  it('writes by default, not for forks unless asked, and never when told not to', () => {
    const url = 's3://bucket/p';
    const write = (r: ReturnType<typeof resolveRemote>) => (r.ok ? r.value?.write : r.error);
    expect(write(resolveRemote({ ...base, url }))).toBe(true);
    expect(write(resolveRemote({ ...base, url, forkPullRequest: true }))).toBe(false);
    expect(write(resolveRemote({ ...base, url, forkPullRequest: true, write: true }))).toBe(true);
    expect(write(resolveRemote({ ...base, url, write: false }))).toBe(false);
    expect(write(resolveRemote({ ...base, url, env: { REPROKIT_REMOTE_WRITE: 'false' } }))).toBe(
      false,
    );
    expect(resolveRemote({ ...base, url, env: { REPROKIT_REMOTE_WRITE: 'maybe' } })).toMatchObject({
      ok: false,
    });
  });

  it('tells a fork pull request from the event payload', () => {
    const event = (head: unknown) => () =>
      JSON.stringify({
        pull_request: { head: { repo: head }, base: { repo: { full_name: 'team/p' } } },
      });
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/event.json' };
    expect(isForkPullRequest(env, event({ full_name: 'someone/p', fork: true }))).toBe(true);
    expect(isForkPullRequest(env, event({ full_name: 'team/p', fork: false }))).toBe(false);
    expect(isForkPullRequest(env, event(null))).toBe(true);
    expect(
      isForkPullRequest({ ...env, GITHUB_EVENT_NAME: 'push' }, event({ full_name: 'x/y' })),
    ).toBe(false);
    expect(isForkPullRequest(env, () => 'not json')).toBe(false);
  });

  it('uses the endpoint option, then AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL', () => {
    const env = {
      AWS_ENDPOINT_URL_S3: 'http://s3-specific:9000',
      AWS_ENDPOINT_URL: 'http://general:9000',
    };
    expect(resolveEndpoint({ env, endpoint: 'http://option:9000' })).toBe('http://option:9000');
    expect(resolveEndpoint({ env })).toBe('http://s3-specific:9000');
    expect(resolveEndpoint({ env: { AWS_ENDPOINT_URL: 'http://general:9000' } })).toBe(
      'http://general:9000',
    );
    expect(resolveEndpoint({ env: {} })).toBeUndefined();
  });
});
