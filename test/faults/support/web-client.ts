/**
 * HTTP against a real gateway process. `realHttp()` lets test/web/harness.ts's browser-like
 * `Client` (cookies, CSRF tokens from pages) talk to a real socket instead of `app.inject`;
 * its `ip` becomes the connection's source address (any 127.x.y.z on Linux), so each test can
 * be its own client for the per-address sign-in rate limit. `rawHttp()` writes arbitrary bytes.
 */
import http from 'node:http';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Client } from '../../web/harness.js';

interface InjectOptions {
  method: string;
  url: string;
  remoteAddress?: string;
  headers?: Record<string, string>;
  payload?: string;
}

export interface HttpAnswer {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  rawPayload: Buffer;
  json: () => unknown;
}

export function httpRequest(port: number, opts: InjectOptions, timeoutMs = 10_000): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers = Object.fromEntries(Object.entries(opts.headers ?? {}).filter(([, v]) => v !== ''));
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method,
        path: opts.url,
        headers: { ...headers, ...(opts.payload !== undefined ? { 'content-length': String(Buffer.byteLength(opts.payload)) } : {}) },
        agent: false,
        ...(opts.remoteAddress && /^127\./.test(opts.remoteAddress) ? { localAddress: opts.remoteAddress } : {}),
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const rawPayload = Buffer.concat(chunks);
          const body = rawPayload.toString('utf8');
          resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body, rawPayload, json: () => JSON.parse(body) });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms: ${opts.method} ${opts.url.slice(0, 200)}`)));
    req.on('error', reject);
    req.end(opts.payload);
  });
}

/** A stand-in for the Fastify instance the harness Client injects into: real HTTP to `port()`. */
export function realHttp(port: () => number): FastifyInstance {
  return { inject: (opts: InjectOptions) => httpRequest(port(), opts) } as unknown as FastifyInstance;
}

/** The harness's browser-like client over a real socket from source address `ip` (127.x.y.z). */
export function browser(port: () => number, ip: string): Client {
  return new Client(realHttp(port), ip);
}

export interface RawAnswer {
  /** HTTP status, or 0 when the server closed the connection without an answer. */
  status: number;
  /**
   * The connection was reset (EPIPE while writing, ECONNRESET) before a status line arrived. A
   * server that answers and closes while a body it did not ask for, or will not take, is still
   * arriving makes the kernel reset the connection, and the reset can discard the unread answer.
   */
  reset?: 'EPIPE' | 'ECONNRESET';
  head: string;
  /** Body as latin1 (as much as arrived). */
  body: string;
  ms: number;
}

/** Write `bytes` on a fresh connection; read until the server closes it (or the status line and `timeoutMs`). */
export function rawHttp(port: number, bytes: Buffer, timeoutMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    let settled = false;
    const finish = (err?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const text = data.toString('latin1');
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      const reset = !m && (err?.code === 'EPIPE' || err?.code === 'ECONNRESET') ? err.code : undefined;
      if (err && !m && !reset) return reject(err);
      const end = text.indexOf('\r\n\r\n');
      resolve({
        status: m ? Number(m[1]) : 0,
        head: end >= 0 ? text.slice(0, end) : text.slice(0, 4096),
        body: end >= 0 ? text.slice(end + 4) : '',
        ms: performance.now() - started,
        ...(reset ? { reset } : {}),
      });
    };
    const timer = setTimeout(() => finish(new Error(`no complete answer in ${timeoutMs} ms`)), timeoutMs);
    socket.on('data', (d: Buffer) => {
      data = Buffer.concat([data, d]);
      // Keep-alive answers are complete when the declared body has arrived.
      const text = data.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      const len = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end));
      if (len && data.length >= end + 4 + Number(len[1])) finish();
      if (/^HTTP\/1\.[01] \d{3}/.test(text) && /\r\n(?:connection: *close)/i.test(text.slice(0, end)) && !len && !/transfer-encoding/i.test(text.slice(0, end))) finish();
    });
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    socket.on('error', (err) => finish(err));
    socket.write(bytes);
  });
}
