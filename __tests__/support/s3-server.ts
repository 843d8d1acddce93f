/**
 * A real S3-protocol server for tests: s3rver (objects on the local disk) on 127.0.0.1, behind a
 * small loopback proxy that injects the faults a real remote has: a service that is down,
 * throttling (503 SlowDown) and connections dropped in the middle of a download.
 *
 *   const s3 = await startS3();            // s3.endpoint goes to the proxy
 *   s3.fault('throttle', 3); s3.fault('down'); s3.fault('truncate'); s3.fault('ok');
 *   s3.stats.objectGets; await s3.close();
 *
 * Set REPROKIT_TEST_S3_URL (s3://bucket/prefix) and, for a non-AWS store, REPROKIT_TEST_S3_ENDPOINT
 * to run the S3 tests against MinIO or a real bucket instead (credentials from the usual AWS
 * variables); the proxy then sits in front of that endpoint.
 */
import { createServer, request } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';

/** `read-only`: writes (PUT, POST, DELETE) answer 403 AccessDenied, as with read-only credentials. */
export type S3Fault = 'ok' | 'down' | 'throttle' | 'truncate' | 'read-only';

export interface TestS3 {
  /** The proxy's URL: what the code under test talks to. */
  readonly endpoint: string;
  readonly bucket: string;
  /** A fresh prefix per server, so tests sharing a real bucket do not see each other. */
  readonly prefix: string;
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
  readonly stats: { requests: number; objectGets: number; throttled: number };
  /** `throttle`/`truncate` apply to the next `count` matching requests (default: all). */
  fault(mode: S3Fault, count?: number): Promise<void>;
  /** A client that bypasses the proxy (to damage stored objects behind the cache's back). */
  direct(): S3Client;
  close(): Promise<void>;
}

export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

interface Upstream {
  readonly url: URL;
  readonly bucket: string;
  readonly prefix: string;
  readonly credentials?: { accessKeyId: string; secretAccessKey: string };
  close(): Promise<void>;
}

async function startUpstream(): Promise<Upstream> {
  const external = process.env['REPROKIT_TEST_S3_URL'];
  const suffix = `t-${Date.now()}-${randomBytes(4).toString('hex')}`;
  if (external) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(external);
    if (!match) throw new Error('REPROKIT_TEST_S3_URL must look like s3://bucket/prefix');
    const endpoint = process.env['REPROKIT_TEST_S3_ENDPOINT'] ?? `https://s3.amazonaws.com`;
    const base = (match[2] ?? '').replace(/\/+$/, '');
    return {
      url: new URL(endpoint),
      bucket: match[1] as string,
      prefix: base ? `${base}/${suffix}` : suffix,
      close: async () => undefined,
    };
  }
  const { default: S3rver } = await import('s3rver');
  const directory = mkdtempSync(join(tmpdir(), 'reprokit-s3rver-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    directory,
    silent: true,
    configureBuckets: [{ name: 'reprokit-test' }],
  });
  const address = (await server.run()) as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${address.port}`),
    bucket: 'reprokit-test',
    prefix: suffix,
    credentials: S3RVER_CREDENTIALS,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export async function startS3(): Promise<TestS3> {
  const upstream = await startUpstream();
  const stats = { requests: 0, objectGets: 0, throttled: 0 };
  let mode: S3Fault = 'ok';
  let remaining = Infinity;
  const sockets = new Set<Socket>();
  const clients: S3Client[] = [];

  const take = (wanted: S3Fault): boolean => {
    if (mode !== wanted || remaining <= 0) return false;
    remaining--;
    if (remaining <= 0) mode = 'ok';
    return true;
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    stats.requests++;
    const isObjectGet = req.method === 'GET' && /\/objects\//.test(req.url ?? '');
    if (isObjectGet) stats.objectGets++;
    if (take('throttle')) {
      stats.throttled++;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code>' +
          '<Message>Please reduce your request rate.</Message></Error>',
      );
      return;
    }
    if (mode === 'read-only' && req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      res.writeHead(403, { 'content-type': 'application/xml' });
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
      );
      return;
    }
    const truncate = isObjectGet && take('truncate');
    const forward = request(
      {
        protocol: upstream.url.protocol,
        hostname: upstream.url.hostname,
        port: upstream.url.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (!truncate) {
          answer.pipe(res);
          return;
        }
        // Send the announced length's first half, then drop the connection.
        const length = Number(answer.headers['content-length'] ?? 0);
        let sent = 0;
        answer.on('data', (chunk: Buffer) => {
          const room = Math.floor(length / 2) - sent;
          if (room > 0) res.write(chunk.subarray(0, room));
          sent += Math.min(chunk.length, Math.max(room, 0));
          if (sent >= Math.floor(length / 2)) {
            answer.destroy();
            res.socket?.destroy();
          }
        });
      },
    );
    forward.on('error', () => res.socket?.destroy());
    req.pipe(forward);
  };

  let server: Server = createServer(handle);
  const listen = (port: number) =>
    new Promise<void>((resolve) => {
      server = createServer(handle);
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.listen(port, '127.0.0.1', () => resolve());
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });

  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: upstream.bucket,
    prefix: upstream.prefix,
    ...(upstream.credentials ? { credentials: upstream.credentials } : {}),
    stats,
    async fault(next, count = Infinity) {
      const wasDown = mode === 'down';
      mode = next;
      remaining = count;
      if (next === 'down' && !wasDown) await stop();
      if (next !== 'down' && wasDown) await listen(port);
    },
    direct() {
      const client = new S3Client({
        region: 'us-east-1',
        endpoint: upstream.url.toString(),
        forcePathStyle: true,
        ...(upstream.credentials ? { credentials: upstream.credentials } : {}),
      });
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) client.destroy();
      if (mode !== 'down') await stop();
      await upstream.close();
    },
  };
}
