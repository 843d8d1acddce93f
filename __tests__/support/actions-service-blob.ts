/**
 * In-memory stand-in for the Azure Blob Storage endpoints that signed cache URLs point at.
 *
 * Supports what @azure/storage-blob's `BlockBlobClient.uploadFile` and a plain HTTP GET do:
 * - Put Blob: `PUT /{account}/{container}/{blob}` with `x-ms-blob-type: BlockBlob` (single shot)
 * - Put Block: `PUT ...?comp=block&blockid={base64}`
 * - Put Block List: `PUT ...?comp=blocklist` with `<BlockList><Latest>id</Latest>...</BlockList>`
 * - Get Blob / Get Blob Properties: `GET` / `HEAD`, with `Range: bytes=a-b` support.
 * Writes answer 201 with the headers the SDK maps (ETag, Last-Modified, Content-MD5,
 * x-ms-request-server-encrypted, x-ms-request-id, x-ms-version). Errors are Azure XML bodies with
 * `x-ms-error-code`. URLs are "signed": `sp` (permissions) and `sig` (an HMAC of path and
 * permissions) are checked, so a download URL cannot be used to write and vice versa.
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

export interface BlobResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** Set on a successful GET of blob content (the fault layer may alter it). */
  isDownload?: boolean;
  /** Set on a request that wrote blob data (Put Blob / Put Block). */
  uploadedBytes?: number;
  /** Put Blob or Put Block List: a blob was (re)committed. */
  committed?: boolean;
}

interface StoredBlob {
  data: Buffer;
  committed: boolean;
  sealed: boolean;
  etag: string;
  lastModified: Date;
  blocks: Map<string, Buffer>;
}

const AZURE_VERSION = '2025-11-05';

function xmlError(status: number, code: string, message: string): BlobResponse {
  const body = Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
  return {
    status,
    headers: {
      'Content-Type': 'application/xml',
      'Content-Length': body.length,
      'x-ms-error-code': code,
    },
    body,
  };
}

function md5(data: Buffer): string {
  return createHash('md5').update(data).digest('base64');
}

export type BlobPermission = 'r' | 'cw';

export class BlobStore {
  private readonly secret = randomBytes(16);
  private readonly blobs = new Map<string, StoredBlob>();
  private etagCounter = 0;

  constructor(
    readonly account = 'devstoreaccount1',
    readonly container = 'actions-cache',
  ) {}

  /** Path of a blob in this store: `/{account}/{container}/{name}`. */
  pathOf(name: string): string {
    return `/${this.account}/${this.container}/${name}`;
  }

  /** A SAS-like URL for the blob; `cw` allows create/write, `r` allows read. */
  signedUrl(origin: string, name: string, perm: BlobPermission): string {
    const path = this.pathOf(name);
    const expiry = new Date(Date.now() + 60 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
    const sig = this.sign(perm, path);
    const q = new URLSearchParams({ sv: AZURE_VERSION, sr: 'b', sp: perm, se: expiry, sig });
    return `${origin}${path}?${q.toString()}`;
  }

  private sign(perm: string, path: string): string {
    return createHmac('sha256', this.secret).update(`${perm}\n${path}`).digest('base64');
  }

  has(name: string): boolean {
    return this.blobs.get(name)?.committed === true;
  }

  /** Committed content of a blob (the live buffer: mutate it to corrupt the stored blob). */
  content(name: string): Buffer | undefined {
    const b = this.blobs.get(name);
    return b?.committed ? b.data : undefined;
  }

  /** Forbid further writes (the cache entry was finalized). */
  seal(name: string): void {
    const b = this.blobs.get(name);
    if (b) b.sealed = true;
  }

  delete(name: string): void {
    this.blobs.delete(name);
  }

  clear(): void {
    this.blobs.clear();
  }

  /** Parses `/{account}/{container}/{name}`; undefined if the path is not in this store. */
  nameFromPath(pathname: string): string | undefined {
    const prefix = `/${this.account}/${this.container}/`;
    if (!pathname.startsWith(prefix) || pathname.length === prefix.length) return undefined;
    return decodeURIComponent(pathname.slice(prefix.length));
  }

  handle(method: string, url: URL, headers: IncomingHttpHeaders, body: Buffer): BlobResponse {
    const name = this.nameFromPath(url.pathname);
    if (name === undefined)
      return xmlError(
        400,
        'InvalidUri',
        'The requested URI does not represent any resource on the server.',
      );
    const sp = url.searchParams.get('sp') ?? '';
    const sig = url.searchParams.get('sig') ?? '';
    if (!sig || sig !== this.sign(sp, url.pathname)) {
      return xmlError(
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of the signature is formed correctly.',
      );
    }
    const base: OutgoingHttpHeaders = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': headers['x-ms-version'] ?? AZURE_VERSION,
      Date: new Date().toUTCString(),
    };
    const clientRequestId = headers['x-ms-client-request-id'];
    if (clientRequestId) base['x-ms-client-request-id'] = clientRequestId;
    const withBase = (r: BlobResponse): BlobResponse => ({
      ...r,
      headers: { ...base, ...r.headers },
    });

    if (method === 'GET' || method === 'HEAD') {
      if (!sp.includes('r'))
        return withBase(
          xmlError(
            403,
            'AuthorizationPermissionMismatch',
            'This request is not authorized to perform this operation using this permission.',
          ),
        );
      return withBase(this.read(name, method, headers));
    }
    if (method === 'PUT') {
      if (!sp.includes('w'))
        return withBase(
          xmlError(
            403,
            'AuthorizationPermissionMismatch',
            'This request is not authorized to perform this operation using this permission.',
          ),
        );
      const existing = this.blobs.get(name);
      if (existing?.sealed)
        return withBase(
          xmlError(
            409,
            'BlobImmutableDueToPolicy',
            'This operation is not permitted as the blob is immutable.',
          ),
        );
      const declaredMd5 = headers['content-md5'];
      if (typeof declaredMd5 === 'string' && declaredMd5 !== md5(body)) {
        return withBase(
          xmlError(
            400,
            'Md5Mismatch',
            'The MD5 value specified in the request did not match with the MD5 value calculated by the server.',
          ),
        );
      }
      const comp = url.searchParams.get('comp');
      if (comp === 'block') return withBase(this.putBlock(name, url, body));
      if (comp === 'blocklist') return withBase(this.putBlockList(name, body));
      if (comp === null) return withBase(this.putBlob(name, headers, body));
      return withBase(
        xmlError(
          400,
          'InvalidQueryParameterValue',
          `Value for one of the query parameters specified in the request URI is invalid: comp=${comp}`,
        ),
      );
    }
    return withBase(
      xmlError(
        405,
        'UnsupportedHttpVerb',
        `The resource doesn't support the specified HTTP verb ${method}.`,
      ),
    );
  }

  private blob(name: string): StoredBlob {
    let b = this.blobs.get(name);
    if (!b) {
      b = {
        data: Buffer.alloc(0),
        committed: false,
        sealed: false,
        etag: '',
        lastModified: new Date(),
        blocks: new Map(),
      };
      this.blobs.set(name, b);
    }
    return b;
  }

  private commit(b: StoredBlob, data: Buffer): OutgoingHttpHeaders {
    b.data = data;
    b.committed = true;
    b.blocks.clear();
    b.etag = `"0x8DC${(++this.etagCounter).toString(16).toUpperCase().padStart(12, '0')}"`;
    b.lastModified = new Date();
    return { ETag: b.etag, 'Last-Modified': b.lastModified.toUTCString() };
  }

  private putBlob(name: string, headers: IncomingHttpHeaders, body: Buffer): BlobResponse {
    const type = headers['x-ms-blob-type'];
    if (type !== 'BlockBlob') {
      return xmlError(
        400,
        'MissingRequiredHeader',
        "An HTTP header that's mandatory for this request is not specified: x-ms-blob-type.",
      );
    }
    const h = this.commit(this.blob(name), body);
    return {
      status: 201,
      headers: {
        ...h,
        'Content-MD5': md5(body),
        'x-ms-request-server-encrypted': 'true',
        'Content-Length': 0,
      },
      body: Buffer.alloc(0),
      uploadedBytes: body.length,
      committed: true,
    };
  }

  private putBlock(name: string, url: URL, body: Buffer): BlobResponse {
    const id = url.searchParams.get('blockid');
    if (!id)
      return xmlError(
        400,
        'MissingRequiredQueryParameter',
        "A query parameter that's mandatory for this request is not specified: blockid.",
      );
    this.blob(name).blocks.set(id, body);
    return {
      status: 201,
      headers: {
        'Content-MD5': md5(body),
        'x-ms-request-server-encrypted': 'true',
        'Content-Length': 0,
      },
      body: Buffer.alloc(0),
      uploadedBytes: body.length,
    };
  }

  private putBlockList(name: string, body: Buffer): BlobResponse {
    const xml = body.toString('utf8');
    if (!/<BlockList>/.test(xml))
      return xmlError(400, 'InvalidXmlDocument', 'XML specified is not syntactically valid.');
    const b = this.blob(name);
    const parts: Buffer[] = [];
    for (const m of xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)) {
      const id = m[2] ?? '';
      const block = b.blocks.get(id);
      if (!block) return xmlError(400, 'InvalidBlockList', 'The specified block list is invalid.');
      parts.push(block);
    }
    const h = this.commit(b, Buffer.concat(parts));
    return {
      status: 201,
      headers: { ...h, 'x-ms-request-server-encrypted': 'true', 'Content-Length': 0 },
      body: Buffer.alloc(0),
      committed: true,
    };
  }

  private read(name: string, method: string, headers: IncomingHttpHeaders): BlobResponse {
    const b = this.blobs.get(name);
    if (!b?.committed) return xmlError(404, 'BlobNotFound', 'The specified blob does not exist.');
    let data = b.data;
    let status = 200;
    const extra: OutgoingHttpHeaders = {};
    const range = /^bytes=(\d+)-(\d*)$/.exec(
      String(headers['range'] ?? headers['x-ms-range'] ?? ''),
    );
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
      if (start >= data.length || end < start) {
        return xmlError(
          416,
          'InvalidRange',
          'The range specified is invalid for the current size of the resource.',
        );
      }
      extra['Content-Range'] = `bytes ${start}-${end}/${data.length}`;
      data = data.subarray(start, end + 1);
      status = 206;
    }
    return {
      status,
      headers: {
        ...extra,
        'Content-Type': 'application/octet-stream',
        'Content-Length': data.length,
        ETag: b.etag,
        'Last-Modified': b.lastModified.toUTCString(),
        'Accept-Ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-server-encrypted': 'true',
      },
      body: method === 'HEAD' ? Buffer.alloc(0) : data,
      isDownload: method === 'GET',
    };
  }
}
