/**
 * A fake of the Actions artifact service (Twirp JSON `github.actions.results.api.v1.ArtifactService`)
 * on the same loopback server as the fake cache service (`startActionsService`), good enough for the
 * REAL `@actions/artifact` 6.x client over HTTP: `uploadArtifact`, `listArtifacts`, `getArtifact`,
 * `downloadArtifact` (without `findBy`: that goes through the REST API) and `deleteArtifact`.
 *
 * What the client does (read from its source, @actions/artifact 6.2.1):
 * - run and job ids come from the runtime token's `scp` claim `Actions.Results:<runId>:<jobId>`
 *   (decoded, not verified) and are sent as `workflow_run_backend_id` / `workflow_job_run_backend_id`;
 * - CreateArtifact `{name, version: 7, mime_type: "application/zip", expires_at?}` →
 *   `{ok, signed_upload_url}`; the zip goes up with the Azure SDK's `uploadStream` (Put Block +
 *   Put Block List carrying `x-ms-blob-content-type`); FinalizeArtifact `{name, size, hash:
 *   "sha256:<hex>"}` → `{ok, artifact_id}` (int64 as a string);
 * - ListArtifacts `{name_filter?, id_filter?}` → `{artifacts: [{database_id, name, size,
 *   created_at, digest, ...}]}`; GetSignedArtifactURL `{name}` → `{signed_url}`, then a plain GET
 *   whose Content-Type (`application/zip`) decides whether the client unzips.
 * Protobuf JSON: proto field names, int64 as strings, wrappers (StringValue, Int64Value) as bare
 * values, Timestamps as RFC 3339 strings, default values omitted.
 *
 * Behaves like the real service where tests can see it:
 * - the ids in a request must match the runtime token's (else `permission_denied`);
 * - names are immutable within a run: CreateArtifact for a name already finalized in this run is a
 *   409 `already_exists` (an unfinished upload of that name may be retried);
 * - FinalizeArtifact checks the blob exists and its size and sha256 match (`invalid_argument`);
 *   afterwards the blob is sealed;
 * - only finalized artifacts are listed; retention (from `expires_at`) is stored.
 * Not modelled: the 500-artifacts-per-job limit, expiry, GHES (the client refuses GHES itself:
 * keep GITHUB_SERVER_URL at https://github.com, as `svc.env` does).
 *
 * Usage:
 *   const svc = await startActionsService();
 *   const store = registerArtifactService(svc);
 *   const restore = applyEnv({ ...svc.env, GITHUB_WORKSPACE: ws, RUNNER_TEMP: tmp });
 *   const { DefaultArtifactClient } = await import('@actions/artifact');
 *   await new DefaultArtifactClient().uploadArtifact('report', files, root, { retentionDays: 3 });
 *   store.artifact('report')?.retentionDays; zipTextFiles(store.artifact('report')!.zip);
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ActionsService } from './actions-service.js';
import { TwirpError, int64Field, stringField } from './actions-service-twirp.js';
import type { JsonObject } from './actions-service-twirp.js';
import type { BlobResponse } from './actions-service-blob.js';
import { readPagesArtifact, readZip } from './github-api-archives.js';
import type { TarEntry, ZipEntry } from './github-api-archives.js';

export {
  readPagesArtifact,
  readTar,
  readZip,
  tarTextFiles,
  zipTextFiles,
} from './github-api-archives.js';
export type { TarEntry, TarEntryType, ZipEntry } from './github-api-archives.js';

export const ARTIFACT_SERVICE = 'github.actions.results.api.v1.ArtifactService';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ArtifactInfo {
  /** The artifact id (`database_id`), what uploadArtifact returns and Pages deployments take. */
  readonly id: number;
  readonly name: string;
  /** Size reported by FinalizeArtifact (= bytes stored). */
  readonly size: number;
  /** The uploaded bytes: a zip, unless uploaded with `skipArchive` (then the raw file). */
  readonly zip: Buffer;
  /** `mime_type` from CreateArtifact (`application/zip` unless `skipArchive`). */
  readonly mimeType: string;
  /** Content type the blob was committed with (`x-ms-blob-content-type`). */
  readonly blobContentType: string | undefined;
  /** Days from creation to `expires_at`, rounded; undefined when the client sent no retention. */
  readonly retentionDays: number | undefined;
  readonly expiresAt: Date | undefined;
  /** `sha256:<hex>` as sent by the client. */
  readonly digest: string | undefined;
  readonly runId: string;
  readonly jobId: string;
  readonly createdAt: Date;
}

export interface ArtifactServiceFake {
  /** Run and job ids of the runtime token (the run this service is for). */
  readonly runId: string;
  readonly jobId: string;
  /** Finalized artifacts, in upload order. */
  artifacts(): ArtifactInfo[];
  /** The finalized artifact with this name (or id). */
  artifact(nameOrId: string | number): ArtifactInfo | undefined;
  /** Names created but never finalized (e.g. an upload that failed half-way). */
  pending(): string[];
  /** Entries of an artifact's zip (throws if there is no such artifact). */
  zipEntries(nameOrId: string | number): ZipEntry[];
  /** The site inside a `github-pages`-style artifact (one `artifact.tar` in the zip). */
  pagesSite(nameOrId?: string | number): TarEntry[];
  /** Removes all artifacts (their blobs too). */
  clear(): void;
}

interface Stored {
  id: number;
  name: string;
  runId: string;
  jobId: string;
  mimeType: string;
  expiresAt: Date | undefined;
  createdAt: Date;
  state: 'created' | 'finalized';
  size: number;
  digest: string | undefined;
  blobName: string;
}

/** `Actions.Results:<runId>:<jobId>` from a runtime token's `scp` claim, as the client parses it. */
export function backendIdsFromToken(token: string): { runId: string; jobId: string } {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('runtime token is not a JWT');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    scp?: unknown;
  };
  if (typeof claims.scp !== 'string') throw new Error('runtime token has no scp claim');
  for (const scope of claims.scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[1] && parts[2]) {
      return { runId: parts[1], jobId: parts[2] };
    }
  }
  throw new Error('runtime token has no Actions.Results scope');
}

/** Timestamp fields: RFC 3339 strings in protobuf JSON (`{seconds, nanos}` also accepted). */
function timestampField(body: JsonObject, protoName: string): Date | undefined {
  const camel = protoName.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  const v = protoName in body ? body[protoName] : body[camel];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') {
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d;
  } else if (typeof v === 'object' && 'seconds' in v) {
    return new Date(Number((v as { seconds: unknown }).seconds) * 1000);
  }
  throw new TwirpError('malformed', `field ${protoName}: expected a timestamp`);
}

/** Wrapper fields (google.protobuf.StringValue / Int64Value) are bare values in JSON. */
function wrapperField(body: JsonObject, protoName: string): string | undefined {
  const camel = protoName.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  const v = protoName in body ? body[protoName] : body[camel];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (typeof v === 'object' && 'value' in v) return String((v as { value: unknown }).value);
  throw new TwirpError('malformed', `field ${protoName}: expected a wrapper value`);
}

const rfc3339 = (d: Date): string => d.toISOString();

/**
 * Registers the ArtifactService on a running fake Actions service (one per service; the run is the
 * one named by the service's runtime token). Also makes artifact blob downloads answer with the
 * stored content type and a Content-Disposition file name, as Azure does.
 */
export function registerArtifactService(svc: ActionsService): ArtifactServiceFake {
  const { runId, jobId } = backendIdsFromToken(svc.token);
  const stored: Stored[] = [];
  const blobContentTypes = new Map<string, string>();
  const blobFileNames = new Map<string, string>();
  let nextId = 1001;

  const checkIds = (body: JsonObject): void => {
    const run = stringField(body, 'workflow_run_backend_id');
    const job = stringField(body, 'workflow_job_run_backend_id');
    if (!run || !job) {
      throw new TwirpError(
        'invalid_argument',
        'workflow_run_backend_id and workflow_job_run_backend_id are required',
      );
    }
    if (run !== runId || job !== jobId) {
      throw new TwirpError('permission_denied', 'backend ids do not match the runtime token');
    }
  };
  const requireName = (body: JsonObject): string => {
    const name = stringField(body, 'name');
    if (!name) throw new TwirpError('invalid_argument', 'name is required');
    return name;
  };
  const finalized = (): Stored[] => stored.filter((a) => a.state === 'finalized');
  const monolith = (a: Stored): JsonObject => ({
    workflow_run_backend_id: a.runId,
    workflow_job_run_backend_id: a.jobId,
    database_id: String(a.id),
    name: a.name,
    size: String(a.size),
    created_at: rfc3339(a.createdAt),
    ...(a.digest ? { digest: a.digest } : {}),
  });

  svc.registerTwirpService(ARTIFACT_SERVICE, {
    CreateArtifact: ({ body, origin }) => {
      checkIds(body);
      const name = requireName(body);
      if (stored.some((a) => a.name === name && a.runId === runId && a.state === 'finalized')) {
        throw new TwirpError(
          'already_exists',
          'an artifact with this name already exists on the workflow run',
        );
      }
      // An unfinished upload of the same name is replaced (the client may retry after a failure).
      const stale = stored.findIndex((a) => a.name === name && a.state === 'created');
      if (stale >= 0) {
        const [old] = stored.splice(stale, 1);
        if (old) svc.blobs.delete(old.blobName);
      }
      const mimeType = wrapperField(body, 'mime_type') ?? 'application/zip';
      const id = nextId++;
      const fileName = mimeType === 'application/zip' ? `${name}.zip` : name;
      const blobName = `artifacts/${runId}/${id}/${mimeType === 'application/zip' ? 'artifact.zip' : 'file'}`;
      blobFileNames.set(blobName, fileName);
      stored.push({
        id,
        name,
        runId,
        jobId,
        mimeType,
        expiresAt: timestampField(body, 'expires_at'),
        createdAt: new Date(),
        state: 'created',
        size: 0,
        digest: undefined,
        blobName,
      });
      return { ok: true, signed_upload_url: svc.blobs.signedUrl(origin, blobName, 'cw') };
    },
    FinalizeArtifact: ({ body }) => {
      checkIds(body);
      const name = requireName(body);
      const a = stored.find((x) => x.name === name && x.state === 'created');
      if (!a) {
        if (finalized().some((x) => x.name === name))
          throw new TwirpError('already_exists', 'artifact is already finalized');
        throw new TwirpError('not_found', 'artifact not found');
      }
      const data = svc.blobs.content(a.blobName);
      if (!data) throw new TwirpError('failed_precondition', 'artifact upload not found');
      const size = int64Field(body, 'size');
      if (size !== data.length) {
        throw new TwirpError(
          'invalid_argument',
          `size ${size} does not match the uploaded size ${data.length}`,
        );
      }
      const hash = wrapperField(body, 'hash');
      if (hash !== undefined) {
        const actual = `sha256:${createHash('sha256').update(data).digest('hex')}`;
        if (hash !== actual) {
          throw new TwirpError(
            'invalid_argument',
            `hash ${hash} does not match the uploaded content`,
          );
        }
      }
      a.state = 'finalized';
      a.size = size;
      a.digest = hash;
      svc.blobs.seal(a.blobName);
      return { ok: true, artifact_id: String(a.id) };
    },
    ListArtifacts: ({ body }) => {
      checkIds(body);
      const nameFilter = wrapperField(body, 'name_filter');
      const idFilter = wrapperField(body, 'id_filter');
      const list = finalized().filter(
        (a) =>
          a.runId === runId &&
          (nameFilter === undefined || a.name === nameFilter) &&
          (idFilter === undefined || String(a.id) === idFilter),
      );
      return list.length > 0 ? { artifacts: list.map(monolith) } : {};
    },
    GetSignedArtifactURL: ({ body, origin }) => {
      checkIds(body);
      const name = requireName(body);
      const a = finalized().find((x) => x.name === name && x.runId === runId);
      if (!a) throw new TwirpError('not_found', 'artifact not found');
      return { signed_url: svc.blobs.signedUrl(origin, a.blobName, 'r') };
    },
    DeleteArtifact: ({ body }) => {
      checkIds(body);
      const name = requireName(body);
      const i = stored.findIndex((x) => x.name === name && x.state === 'finalized');
      const a = stored[i];
      if (!a) throw new TwirpError('not_found', 'artifact not found');
      stored.splice(i, 1);
      svc.blobs.delete(a.blobName);
      return { ok: true, artifact_id: String(a.id) };
    },
  });

  // Blob layer: remember the committed content type; serve it back (plus a file name) on GET.
  const blobs = svc.blobs;
  const originalHandle = blobs.handle.bind(blobs);
  blobs.handle = (
    method: string,
    url: URL,
    headers: IncomingHttpHeaders,
    body: Buffer,
  ): BlobResponse => {
    const r = originalHandle(method, url, headers, body);
    const name = blobs.nameFromPath(url.pathname);
    if (name === undefined || !name.startsWith('artifacts/')) return r;
    if (r.committed) {
      const ct = headers['x-ms-blob-content-type'];
      if (typeof ct === 'string') blobContentTypes.set(name, ct);
    }
    if (method === 'GET' && r.status < 300) {
      const fileName = blobFileNames.get(name) ?? 'artifact';
      return {
        ...r,
        headers: {
          ...r.headers,
          'Content-Type': blobContentTypes.get(name) ?? 'application/octet-stream',
          'Content-Disposition': `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        },
      };
    }
    return r;
  };

  const info = (a: Stored): ArtifactInfo => ({
    id: a.id,
    name: a.name,
    size: a.size,
    zip: Buffer.from(svc.blobs.content(a.blobName) ?? Buffer.alloc(0)),
    mimeType: a.mimeType,
    blobContentType: blobContentTypes.get(a.blobName),
    retentionDays: a.expiresAt
      ? Math.round((a.expiresAt.getTime() - a.createdAt.getTime()) / DAY_MS)
      : undefined,
    expiresAt: a.expiresAt,
    digest: a.digest,
    runId: a.runId,
    jobId: a.jobId,
    createdAt: a.createdAt,
  });
  const find = (nameOrId: string | number): Stored | undefined =>
    finalized().find((a) =>
      typeof nameOrId === 'number' ? a.id === nameOrId : a.name === nameOrId,
    );
  const mustFind = (nameOrId: string | number): ArtifactInfo => {
    const a = find(nameOrId);
    if (!a) {
      throw new Error(
        `no finalized artifact ${JSON.stringify(nameOrId)}; have ${JSON.stringify(finalized().map((x) => x.name))}`,
      );
    }
    return info(a);
  };

  return {
    runId,
    jobId,
    artifacts: () => finalized().map(info),
    artifact: (nameOrId) => {
      const a = find(nameOrId);
      return a ? info(a) : undefined;
    },
    pending: () => stored.filter((a) => a.state === 'created').map((a) => a.name),
    zipEntries: (nameOrId) => readZip(mustFind(nameOrId).zip),
    pagesSite: (nameOrId = 'github-pages') => readPagesArtifact(mustFind(nameOrId).zip),
    clear() {
      for (const a of stored) svc.blobs.delete(a.blobName);
      stored.length = 0;
    },
  };
}
