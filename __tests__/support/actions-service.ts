/**
 * A fake GitHub Actions results service on 127.0.0.1 for tests: the cache **v2** protocol
 * (Twirp JSON `github.actions.results.api.v1.CacheService` + signed blob URLs served by the same
 * server), good enough for the real `@actions/cache` client (saveCache / restoreCache / lookupOnly)
 * over real HTTP.
 *
 * Behaves like the real service where it matters:
 * - entries are immutable: CreateCacheEntry for an existing key+version+scope (even one still
 *   being uploaded) is a Twirp `already_exists` error, HTTP 409, with the real service's message;
 * - an entry matches a lookup only with the same `version` (paths + compression);
 * - lookup order (GitHub docs, "Cache key matching"): for each readable scope in order (current
 *   branch first, then the default branch), `key` exact, then newest entry whose key starts with
 *   `key`, then for each restore key in order: exact, then newest prefix match;
 * - only finalized entries are visible; Twirp calls need `Authorization: Bearer <token>`.
 *
 * Usage:
 *   const svc = await startActionsService();
 *   const restoreEnv = applyEnv({ ...svc.env, RUNNER_TEMP: tmp });
 *   const cache = await import('@actions/cache');   // reads env at call time, not import time
 *   ...; svc.stats.downloads; await svc.setMode('refuse'); ...
 *   restoreEnv(); await svc.close();
 */
import { createServer } from 'node:http';
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { BlobStore } from './actions-service-blob.js';
import {
  TwirpError,
  TwirpRouter,
  int64Field,
  stringField,
  stringListField,
} from './actions-service-twirp.js';
import type { JsonObject, TwirpMethods } from './actions-service-twirp.js';

export { TwirpError, TwirpRouter } from './actions-service-twirp.js';
export type { JsonObject, TwirpCall, TwirpHandler, TwirpMethods } from './actions-service-twirp.js';

export const CACHE_SERVICE = 'github.actions.results.api.v1.CacheService';

/**
 * Fault injection, switchable at run time with `setMode`:
 * - `ok`: normal service.
 * - `refuse`: the listening socket is closed and open connections destroyed (ECONNREFUSED, like a
 *   service that is down). Switching back to another mode listens again on the same port.
 * - `reset`: connections are accepted and destroyed at once (ECONNRESET / "socket hang up").
 * - `error500`: every request (Twirp and blob) answers 500 (Twirp body `{code:"internal",...}`).
 * - `truncate-download`: blob GETs send the full Content-Length header but only half the bytes,
 *   then drop the connection.
 * - `corrupt-download`: blob GETs send the right length with some bytes flipped (stored data
 *   stays intact; see `corruptEntry` to damage the stored blob itself).
 * - `throttle`: every Twirp call answers 429 Too Many Requests with `Retry-After: 1` (the
 *   service's rate limit); blob transfers still work.
 */
export type FaultMode =
  'ok' | 'refuse' | 'reset' | 'error500' | 'truncate-download' | 'corrupt-download' | 'throttle';

export type RequestKind = 'twirp' | 'upload' | 'download' | 'blob' | 'other';

export interface RequestRecord {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  kind: RequestKind;
  /** `Service/Method` for Twirp calls, e.g. `CacheService/CreateCacheEntry`. */
  readonly twirp?: string;
  /** Azure operation for blob requests: `comp=block`, `comp=blocklist`, or `put` / `get` / `head`. */
  readonly blobOp?: string;
  status: number;
  readonly bytesIn: number;
  bytesOut: number;
  /** Fault applied to this request, if any. */
  fault?: FaultMode;
}

export interface ActionsServiceStats {
  /** All HTTP requests that reached the server (refused connections never do). */
  requests: number;
  /** Twirp calls by method name, e.g. `{ CreateCacheEntry: 1, GetCacheEntryDownloadURL: 2 }`. */
  twirp: Record<string, number>;
  /** Blob writes carrying data (Put Blob and Put Block requests). */
  uploads: number;
  /** Body bytes received by Put Blob / Put Block. */
  uploadedBytes: number;
  /** Put Block List requests. */
  blockLists: number;
  /** Blob GET requests (HEAD not counted). */
  downloads: number;
  /** Body bytes actually sent by blob GETs (fewer than the length when truncated). */
  downloadedBytes: number;
  /** Responses with status >= 400. */
  errors: number;
}

export type EntryState = 'reserved' | 'finalized';

export interface CacheEntryInfo {
  readonly id: number;
  readonly key: string;
  readonly version: string;
  readonly scope: string;
  readonly state: EntryState;
  /** Size reported by FinalizeCacheEntryUpload (0 while reserved). */
  readonly sizeBytes: number;
  readonly createdAt: Date;
  readonly lastAccessedAt: Date;
  /** Name of the blob in the service's blob store. */
  readonly blobName: string;
}

export interface EntrySelector {
  key: string;
  /** Defaults to any version (the newest entry with this key is used). */
  version?: string;
  /** Defaults to any scope. */
  scope?: string;
}

export interface ActionsServiceOptions {
  /** Runtime token the Twirp endpoints accept. Defaults to a JWT-shaped fake token. */
  token?: string;
  /** Scope new entries are written to (the branch of the run). Default `refs/heads/main`. */
  scope?: string;
  /** Extra scopes readable after `scope`, in order (e.g. the default branch for a PR). */
  readScopes?: string[];
  /** Added before answering every request, to mimic the real service's round trip (bench). */
  latencyMs?: number;
}

export interface ActionsService {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  /**
   * Environment for the cache client. `undefined` means "must be unset": `applyEnv` deletes it and
   * child_process `env` skips it, so `{ ...process.env, ...svc.env }` works for child processes.
   */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly mode: FaultMode;
  setMode(mode: FaultMode): Promise<void>;
  /** Counters since start or the last `reset()`. */
  readonly stats: Readonly<ActionsServiceStats>;
  /** Every request since start or the last `reset()`, in arrival order. */
  readonly requests: readonly RequestRecord[];
  /** Zeroes stats and the request log (entries are kept). */
  reset(): void;
  /** Stored entries, oldest first. */
  entries(): CacheEntryInfo[];
  /** Committed blob content of an entry (a copy). */
  entryContent(selector: EntrySelector): Buffer | undefined;
  /** Flips stored bytes of an entry's blob (XOR 0xff over `length` bytes at `offset`; default: 16 bytes in the middle). */
  corruptEntry(selector: EntrySelector, offset?: number, length?: number): void;
  /** Removes an entry and its blob (like eviction). Returns whether one was removed. */
  deleteEntry(selector: EntrySelector): boolean;
  /** Removes all entries and blobs. */
  clearEntries(): void;
  /** Changes the scope subsequent calls write to / read from (e.g. simulate a PR run). */
  setScope(scope: string, readScopes?: string[]): void;
  /** Registers another Twirp service (e.g. the ArtifactService) on the same server. */
  registerTwirpService(service: string, methods: TwirpMethods): void;
  readonly blobs: BlobStore;
  close(): Promise<void>;
}

interface Entry {
  id: number;
  key: string;
  version: string;
  scope: string;
  state: EntryState;
  sizeBytes: number;
  seq: number;
  createdAt: Date;
  lastAccessedAt: Date;
  blobName: string;
}

/** A fake runtime token shaped like the real JWT (unsigned; the `scp` claim is what clients decode). */
export function fakeRuntimeToken(runId = '1', jobId = '1'): string {
  const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  const header = b64({ typ: 'JWT', alg: 'HS256' });
  const payload = b64({
    scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}`,
    iss: 'reprokit-test',
    exp: Math.floor(Date.now() / 1000) + 6 * 3600,
  });
  return `${header}.${payload}.${Buffer.from('fake-signature').toString('base64url')}`;
}

function emptyStats(): ActionsServiceStats {
  return {
    requests: 0,
    twirp: {},
    uploads: 0,
    uploadedBytes: 0,
    blockLists: 0,
    downloads: 0,
    downloadedBytes: 0,
    errors: 0,
  };
}

/** Copy of `data` with `length` bytes at `offset` XORed with 0xff (default: 16 bytes in the middle). */
export function flipBytes(data: Buffer, offset?: number, length = 16): Buffer {
  const out = Buffer.from(data);
  flipInPlace(out, offset, length);
  return out;
}

function flipInPlace(buf: Buffer, offset?: number, length = 16): void {
  const start = Math.max(0, offset ?? Math.floor((buf.length - length) / 2));
  for (let i = start; i < Math.min(buf.length, start + length); i++) buf[i] = (buf[i] ?? 0) ^ 0xff;
}

export async function startActionsService(
  options: ActionsServiceOptions = {},
): Promise<ActionsService> {
  const token = options.token ?? fakeRuntimeToken();
  let scope = options.scope ?? 'refs/heads/main';
  let readScopes = [scope, ...(options.readScopes ?? [])];
  let mode: FaultMode = 'ok';
  let stats = emptyStats();
  let log: RequestRecord[] = [];
  const entries: Entry[] = [];
  let nextId = 1;
  let seq = 0;
  const blobs = new BlobStore();
  const router = new TwirpRouter();
  const sockets = new Set<Socket>();

  const findEntry = (sel: EntrySelector): Entry | undefined =>
    [...entries]
      .reverse()
      .find(
        (e) =>
          e.key === sel.key &&
          (sel.version === undefined || e.version === sel.version) &&
          (sel.scope === undefined || e.scope === sel.scope),
      );

  const lookup = (keys: string[], version: string): Entry | undefined => {
    for (const s of readScopes) {
      const candidates = entries.filter(
        (e) => e.state === 'finalized' && e.version === version && e.scope === s,
      );
      for (const k of keys) {
        const exact = candidates.filter((e) => e.key === k);
        const prefix = exact.length > 0 ? exact : candidates.filter((e) => e.key.startsWith(k));
        const newest = prefix.reduce<Entry | undefined>(
          (a, e) => (!a || e.seq > a.seq ? e : a),
          undefined,
        );
        if (newest) return newest;
      }
    }
    return undefined;
  };

  const requireKeyVersion = (key: string, version: string): void => {
    if (!key) throw new TwirpError('invalid_argument', 'key is required');
    if (key.length > 512) throw new TwirpError('invalid_argument', 'key exceeds 512 characters');
    if (!version) throw new TwirpError('invalid_argument', 'version is required');
  };

  router.register(CACHE_SERVICE, {
    CreateCacheEntry: ({ body, origin }) => {
      const key = stringField(body, 'key');
      const version = stringField(body, 'version');
      requireKeyVersion(key, version);
      if (entries.some((e) => e.key === key && e.version === version && e.scope === scope)) {
        throw new TwirpError(
          'already_exists',
          'cache entry with the same key, version, and scope already exists',
        );
      }
      const id = nextId++;
      const now = new Date();
      const entry: Entry = {
        id,
        key,
        version,
        scope,
        state: 'reserved',
        sizeBytes: 0,
        seq: ++seq,
        createdAt: now,
        lastAccessedAt: now,
        blobName: `${id}/cache.bin`,
      };
      entries.push(entry);
      return { ok: true, signed_upload_url: blobs.signedUrl(origin, entry.blobName, 'cw') };
    },
    FinalizeCacheEntryUpload: ({ body }) => {
      const key = stringField(body, 'key');
      const version = stringField(body, 'version');
      const sizeBytes = int64Field(body, 'size_bytes');
      requireKeyVersion(key, version);
      const entry = entries.find(
        (e) => e.key === key && e.version === version && e.scope === scope,
      );
      if (!entry) throw new TwirpError('not_found', 'cache entry not found');
      if (entry.state === 'finalized') {
        throw new TwirpError(
          'already_exists',
          'cache entry with the same key, version, and scope already exists',
        );
      }
      const data = blobs.content(entry.blobName);
      if (!data) throw new TwirpError('failed_precondition', 'cache entry upload not found');
      if (data.length !== sizeBytes) {
        throw new TwirpError(
          'invalid_argument',
          `size_bytes ${sizeBytes} does not match the uploaded size ${data.length}`,
        );
      }
      entry.state = 'finalized';
      entry.sizeBytes = sizeBytes;
      blobs.seal(entry.blobName);
      return { ok: true, entry_id: String(entry.id) };
    },
    GetCacheEntryDownloadURL: ({ body, origin }) => {
      const key = stringField(body, 'key');
      const version = stringField(body, 'version');
      const restoreKeys = stringListField(body, 'restore_keys');
      requireKeyVersion(key, version);
      if (restoreKeys.length + 1 > 10)
        throw new TwirpError('invalid_argument', 'at most 10 keys are allowed');
      const entry = lookup([key, ...restoreKeys], version);
      // protobuf JSON as the Go server emits it: default values are omitted (a miss is `{}`).
      if (!entry) return {};
      entry.lastAccessedAt = new Date();
      return {
        ok: true,
        signed_download_url: blobs.signedUrl(origin, entry.blobName, 'r'),
        matched_key: entry.key,
      };
    },
  });

  const authorize = (req: IncomingMessage) => (): void => {
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer '))
      throw new TwirpError('unauthenticated', 'missing bearer token');
    if (auth.slice('Bearer '.length) !== token)
      throw new TwirpError('unauthenticated', 'invalid bearer token');
  };

  const send = (
    res: ServerResponse,
    rec: RequestRecord,
    status: number,
    headers: OutgoingHttpHeaders,
    body: Buffer,
  ): void => {
    rec.status = status;
    rec.bytesOut = body.length;
    if (status >= 400) stats.errors++;
    res.writeHead(status, {
      ...headers,
      'Content-Length': headers['Content-Length'] ?? body.length,
    });
    res.end(body);
  };

  const sendJson = (
    res: ServerResponse,
    rec: RequestRecord,
    status: number,
    body: JsonObject,
  ): void =>
    send(
      res,
      rec,
      status,
      { 'Content-Type': 'application/json' },
      Buffer.from(JSON.stringify(body)),
    );

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', origin);
    const httpMethod = req.method ?? 'GET';
    const twirpRoute = TwirpRouter.parsePath(url.pathname);
    const isBlob = blobs.nameFromPath(url.pathname) !== undefined;
    const comp = url.searchParams.get('comp');
    const rec: RequestRecord = {
      method: httpMethod,
      path: url.pathname,
      kind: twirpRoute ? 'twirp' : isBlob ? 'blob' : 'other',
      ...(twirpRoute
        ? { twirp: `${twirpRoute.service.split('.').pop() ?? ''}/${twirpRoute.method}` }
        : {}),
      ...(isBlob ? { blobOp: comp ? `comp=${comp}` : httpMethod.toLowerCase() } : {}),
      status: 0,
      bytesIn: body.length,
      bytesOut: 0,
    };
    log.push(rec);
    stats.requests++;
    if (twirpRoute) stats.twirp[twirpRoute.method] = (stats.twirp[twirpRoute.method] ?? 0) + 1;
    if (options.latencyMs) await new Promise((go) => setTimeout(go, options.latencyMs));
    if (mode === 'throttle' && twirpRoute) {
      rec.fault = mode;
      send(
        res,
        rec,
        429,
        { 'Content-Type': 'application/json', 'Retry-After': '1' },
        Buffer.from(
          JSON.stringify({ code: 'resource_exhausted', msg: 'injected fault: throttle' }),
        ),
      );
      return;
    }

    if (mode === 'refuse' || mode === 'reset') {
      rec.fault = mode;
      req.socket.destroy();
      return;
    }
    if (mode === 'error500') {
      rec.fault = mode;
      if (twirpRoute) {
        sendJson(res, rec, 500, { code: 'internal', msg: 'injected fault: error500' });
      } else {
        const xml = Buffer.from(
          '<?xml version="1.0" encoding="utf-8"?><Error><Code>InternalError</Code><Message>injected fault: error500</Message></Error>',
        );
        send(
          res,
          rec,
          500,
          { 'Content-Type': 'application/xml', 'x-ms-error-code': 'InternalError' },
          xml,
        );
      }
      return;
    }

    if (twirpRoute) {
      const result = await router.dispatch(
        httpMethod,
        url.pathname,
        req.headers['content-type'],
        body,
        origin,
        authorize(req),
      );
      sendJson(res, rec, result.status, result.body);
      return;
    }
    if (!isBlob) {
      send(res, rec, 404, { 'Content-Type': 'text/plain' }, Buffer.from('not found'));
      return;
    }

    const r = blobs.handle(httpMethod, url, req.headers, body);
    if (r.uploadedBytes !== undefined && r.status < 300) {
      stats.uploads++;
      stats.uploadedBytes += r.uploadedBytes;
      rec.kind = 'upload';
    }
    if (comp === 'blocklist' && r.status < 300) stats.blockLists++;
    if (!r.isDownload) {
      send(res, rec, r.status, r.headers, r.body);
      return;
    }
    rec.kind = 'download';
    stats.downloads++;
    if (mode === 'corrupt-download') {
      rec.fault = mode;
      const corrupted = flipBytes(r.body);
      stats.downloadedBytes += corrupted.length;
      send(res, rec, r.status, r.headers, corrupted);
      return;
    }
    if (mode === 'truncate-download') {
      rec.fault = mode;
      const part = r.body.subarray(0, Math.floor(r.body.length / 2));
      rec.status = r.status;
      rec.bytesOut = part.length;
      stats.downloadedBytes += part.length;
      res.writeHead(r.status, r.headers);
      res.write(part, () => res.destroy());
      return;
    }
    stats.downloadedBytes += r.body.length;
    send(res, rec, r.status, r.headers, r.body);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            code: 'internal',
            msg: err instanceof Error ? err.message : String(err),
          }),
        );
      } else {
        res.destroy();
      }
    });
  });
  server.on('connection', (socket: Socket) => {
    if (mode === 'reset' || mode === 'refuse') {
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  let listening = false;
  const listen = (port: number): Promise<void> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        listening = true;
        resolve();
      });
    });
  const stopListening = (): void => {
    if (listening) server.close();
    listening = false;
    for (const s of sockets) s.destroy();
    sockets.clear();
    server.closeAllConnections();
  };

  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  const env: Readonly<Record<string, string | undefined>> = Object.freeze({
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ACTIONS_RESULTS_URL: `${origin}/`,
    ACTIONS_RUNTIME_TOKEN: token,
    // v2 is only used when the server is github.com (or *.ghe.com); a GHES URL switches to v1.
    GITHUB_SERVER_URL: 'https://github.com',
    // v1 endpoint and cache-mode restrictions must not leak in from a real runner's env.
    ACTIONS_CACHE_URL: undefined,
    ACTIONS_CACHE_MODE: undefined,
  });

  const toInfo = (e: Entry): CacheEntryInfo => ({
    id: e.id,
    key: e.key,
    version: e.version,
    scope: e.scope,
    state: e.state,
    sizeBytes: e.sizeBytes,
    createdAt: e.createdAt,
    lastAccessedAt: e.lastAccessedAt,
    blobName: e.blobName,
  });

  return {
    origin,
    port,
    token,
    env,
    get mode() {
      return mode;
    },
    async setMode(next: FaultMode): Promise<void> {
      mode = next;
      if (next === 'refuse' || next === 'reset') {
        // Drop keep-alive connections so the next request opens a new one.
        for (const s of sockets) s.destroy();
        sockets.clear();
      }
      if (next === 'refuse') stopListening();
      else if (!listening) await listen(port);
    },
    get stats() {
      return stats;
    },
    get requests() {
      return log;
    },
    reset() {
      stats = emptyStats();
      log = [];
    },
    entries: () => entries.map(toInfo),
    entryContent(sel) {
      const e = findEntry(sel);
      const data = e ? blobs.content(e.blobName) : undefined;
      return data ? Buffer.from(data) : undefined;
    },
    corruptEntry(sel, offset, length) {
      const e = findEntry(sel);
      const data = e ? blobs.content(e.blobName) : undefined;
      if (!data) throw new Error(`no stored blob for cache entry ${JSON.stringify(sel)}`);
      flipInPlace(data, offset, length);
    },
    deleteEntry(sel) {
      const e = findEntry(sel);
      if (!e) return false;
      entries.splice(entries.indexOf(e), 1);
      blobs.delete(e.blobName);
      return true;
    },
    clearEntries() {
      entries.length = 0;
      blobs.clear();
    },
    setScope(next, extra = []) {
      scope = next;
      readScopes = [next, ...extra];
    },
    registerTwirpService: (service, methods) => router.register(service, methods),
    blobs,
    close: () =>
      new Promise<void>((resolve) => {
        mode = 'refuse';
        if (!listening) {
          resolve();
          return;
        }
        server.close(() => resolve());
        listening = false;
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      }),
  };
}

/** Sets (or, for `undefined` values, deletes) environment variables; returns a function that undoes it. */
export function applyEnv(vars: Readonly<Record<string, string | undefined>>): () => void {
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries(vars)) {
    saved.set(k, process.env[k]);
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return () => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

/**
 * The cache client's retry sleeps cannot be configured (the Twirp client retries 5xx 5 times with
 * 3 s * 1.5^n backoff, ≈29 s; blob downloads wait 5 s; the Azure SDK retries with 4 s backoff).
 * They all use the global `setTimeout`, which, under Jest, is the test context's global shared with
 * the modules it imports. This shortens every timer of at least `minMs` to `toMs` until the
 * returned function is called. Only for in-process tests (a child process is not affected).
 */
export function shortenRetryDelays(minMs = 2000, toMs = 5): () => void {
  const original = globalThis.setTimeout;
  const patched = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    original(
      handler,
      typeof ms === 'number' && ms >= minMs ? toMs : ms,
      ...args,
    )) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
  return () => {
    globalThis.setTimeout = original;
  };
}
