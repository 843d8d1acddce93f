/**
 * Minimal Twirp (JSON) server-side routing for the fake Actions services.
 *
 * A Twirp call is `POST {prefix}/twirp/{package.Service}/{Method}` with a JSON body; success is
 * 200 with a JSON body, failure is an HTTP status chosen by the error code and the body
 * `{"code": "...", "msg": "..."}` (https://twitchtv.github.io/twirp/docs/spec_v7.html).
 * Services are registered as a table of method handlers so that e.g. the ArtifactService can be
 * added to the same server next to the CacheService.
 */

export type TwirpCode =
  | 'canceled'
  | 'unknown'
  | 'invalid_argument'
  | 'malformed'
  | 'deadline_exceeded'
  | 'not_found'
  | 'bad_route'
  | 'already_exists'
  | 'permission_denied'
  | 'unauthenticated'
  | 'resource_exhausted'
  | 'failed_precondition'
  | 'aborted'
  | 'out_of_range'
  | 'unimplemented'
  | 'internal'
  | 'unavailable'
  | 'data_loss';

/** HTTP status for each Twirp error code, as in the Twirp spec. */
export const TWIRP_HTTP_STATUS: Readonly<Record<TwirpCode, number>> = {
  canceled: 408,
  unknown: 500,
  invalid_argument: 400,
  malformed: 400,
  deadline_exceeded: 408,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  permission_denied: 403,
  unauthenticated: 401,
  resource_exhausted: 429,
  failed_precondition: 412,
  aborted: 409,
  out_of_range: 400,
  unimplemented: 501,
  internal: 500,
  unavailable: 503,
  data_loss: 500,
};

export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    msg: string,
  ) {
    super(msg);
    this.name = 'TwirpError';
  }

  get status(): number {
    return TWIRP_HTTP_STATUS[this.code];
  }

  toJSON(): { code: TwirpCode; msg: string } {
    return { code: this.code, msg: this.message };
  }
}

export type JsonObject = { [key: string]: unknown };

export interface TwirpCall {
  /** Fully qualified service name, e.g. `github.actions.results.api.v1.CacheService`. */
  readonly service: string;
  readonly method: string;
  readonly body: JsonObject;
  /** Origin of the server (`http://127.0.0.1:PORT`), for building signed URLs. */
  readonly origin: string;
}

export type TwirpHandler = (call: TwirpCall) => JsonObject | Promise<JsonObject>;
export type TwirpMethods = Readonly<Record<string, TwirpHandler>>;

export interface TwirpResult {
  readonly status: number;
  readonly body: JsonObject;
  readonly service?: string;
  readonly method?: string;
}

export class TwirpRouter {
  private readonly services = new Map<string, TwirpMethods>();

  register(service: string, methods: TwirpMethods): void {
    if (this.services.has(service)) throw new Error(`Twirp service ${service} already registered`);
    this.services.set(service, methods);
  }

  /** Splits `/twirp/pkg.Service/Method` (with an optional prefix before `/twirp/`). */
  static parsePath(pathname: string): { service: string; method: string } | undefined {
    const m = /\/twirp\/([^/]+)\/([^/]+)$/.exec(pathname);
    return m && m[1] && m[2] ? { service: m[1], method: m[2] } : undefined;
  }

  async dispatch(
    httpMethod: string,
    pathname: string,
    contentType: string | undefined,
    rawBody: Buffer,
    origin: string,
    authorize: () => void,
  ): Promise<TwirpResult> {
    const route = TwirpRouter.parsePath(pathname);
    try {
      if (!route) throw new TwirpError('bad_route', `no handler for path "${pathname}"`);
      const { service, method } = route;
      if (httpMethod !== 'POST') {
        throw new TwirpError(
          'bad_route',
          `unsupported method "${httpMethod}" (only POST is allowed)`,
        );
      }
      const handler = this.services.get(service)?.[method];
      if (!handler) throw new TwirpError('bad_route', `no handler for path "${pathname}"`);
      if (!/^application\/json\b/i.test(contentType ?? '')) {
        throw new TwirpError('bad_route', `unexpected Content-Type: "${contentType ?? ''}"`);
      }
      authorize();
      let body: unknown;
      try {
        body = rawBody.length === 0 ? {} : JSON.parse(rawBody.toString('utf8'));
      } catch {
        throw new TwirpError('malformed', 'the json request could not be decoded');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new TwirpError('malformed', 'the json request could not be decoded');
      }
      const result = await handler({ service, method, body: body as JsonObject, origin });
      return { status: 200, body: result, service, method };
    } catch (err) {
      const e =
        err instanceof TwirpError
          ? err
          : new TwirpError('internal', err instanceof Error ? err.message : String(err));
      return { status: e.status, body: e.toJSON(), service: route?.service, method: route?.method };
    }
  }
}

/**
 * Field readers following protobuf JSON rules: the proto field name (`restore_keys`) and the
 * lowerCamelCase JSON name (`restoreKeys`) are both accepted; missing means the default value.
 */
function field(body: JsonObject, protoName: string): unknown {
  if (protoName in body) return body[protoName];
  const camel = protoName.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return body[camel];
}

export function stringField(body: JsonObject, protoName: string): string {
  const v = field(body, protoName);
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') {
    throw new TwirpError('malformed', `field ${protoName}: expected a string`);
  }
  return v;
}

export function stringListField(body: JsonObject, protoName: string): string[] {
  const v = field(body, protoName);
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string')) {
    throw new TwirpError('malformed', `field ${protoName}: expected a list of strings`);
  }
  return v;
}

/** int64 fields arrive as decimal strings (protobuf JSON) or numbers. */
export function int64Field(body: JsonObject, protoName: string): number {
  const v = field(body, protoName);
  if (v === undefined || v === null || v === '') return 0;
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new TwirpError('malformed', `field ${protoName}: expected an int64`);
  }
  return n;
}
