/**
 * The recipients' listener (download.listen): its own Fastify instance and port, meant to be
 * reachable from outside. It serves /d/<token> and nothing else — the admin UI, API, metrics
 * and health routes live on the other listener and do not exist here.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import type { DownloadLinkRecord } from '../store/types.js';
import { linkPage, statusPage, type Lang, type Notice } from './pages.js';
import { checkGrant, contentDisposition, downloadFile, findLink, isTokenShaped, linkState, requestCode, verifyCode, type DownloadServiceDeps } from './service.js';

export interface DownloadServerOptions extends DownloadServiceDeps {
  publicUrl: string;
  trustProxy?: readonly string[];
  /** Unknown tokens per client address and 10 minutes before it gets 429 (enumeration). */
  maxMissesPer10Min?: number;
}

const grantCookie = 'dlp_dl';

function langOf(request: FastifyRequest): Lang {
  return (request.query as { lang?: string }).lang === 'en' ? 'en' : 'ja';
}

function cookieValue(request: FastifyRequest, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export async function createDownloadServer(options: DownloadServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    trustProxy: options.trustProxy?.length ? [...options.trustProxy] : false,
    bodyLimit: 4096,
    // Path parameters never reach the file system; reject odd encodings early anyway.
    routerOptions: { maxParamLength: 100 },
  });
  await app.register(formbody);
  const publicOrigin = new URL(options.publicUrl).origin;
  const secure = publicOrigin.startsWith('https:');
  const misses = new Map<string, { count: number; since: number }>();
  const maxMisses = options.maxMissesPer10Min ?? 30;

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cache-Control', 'no-store');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Cross-Origin-Resource-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (secure) reply.header('Strict-Transport-Security', 'max-age=31536000');
    return payload;
  });

  /** Too many unknown tokens from one address: 429 (tokens are 256 bits; this stops noise). */
  const tooManyMisses = (ip: string): boolean => {
    const now = options.clock.now();
    const entry = misses.get(ip);
    return !!entry && now - entry.since < 600_000 && entry.count >= maxMisses;
  };
  const countMiss = (ip: string): void => {
    const now = options.clock.now();
    const entry = misses.get(ip);
    if (!entry || now - entry.since >= 600_000) misses.set(ip, { count: 1, since: now });
    else entry.count++;
    if (misses.size > 10_000) misses.clear();
  };

  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    reply.code(404).type('text/html; charset=utf-8').send(statusPage(langOf(request), 'not_found', langOf(request) === 'en' ? '?' : '?lang=en'));

  /** The link behind the token, or an answered reply (404 / 410 / 429). */
  const resolveLink = async (request: FastifyRequest, reply: FastifyReply): Promise<DownloadLinkRecord | undefined> => {
    const { token } = request.params as { token: string };
    if (tooManyMisses(request.ip)) {
      await reply.code(429).header('Retry-After', '600').type('text/plain; charset=utf-8').send('Too many requests / しばらくしてからお試しください');
      return undefined;
    }
    const link = isTokenShaped(token) ? await findLink(options.store, token) : undefined;
    if (!link) {
      countMiss(request.ip);
      await notFound(request, reply);
      return undefined;
    }
    const state = linkState(link, options.clock.now());
    if (state !== 'active') {
      const lang = langOf(request);
      await reply
        .code(410)
        .type('text/html; charset=utf-8')
        .send(statusPage(lang, state === 'revoked' ? 'revoked' : 'expired', lang === 'en' ? `/d/${token}` : `/d/${token}?lang=en`));
      return undefined;
    }
    return link;
  };

  /**
   * Forms are only accepted from our own pages: Origin when the browser names one; with our
   * no-referrer policy browsers send `Origin: null`, then Sec-Fetch-Site must say same-origin.
   * Clients sending neither (curl) are judged by the link token alone.
   */
  const foreignOrigin = (request: FastifyRequest): boolean => {
    const origin = request.headers.origin;
    const site = request.headers['sec-fetch-site'];
    if (!origin || origin === 'null') return origin === 'null' ? site !== 'same-origin' : site !== undefined && site !== 'same-origin' && site !== 'none';
    const own = `${request.protocol}://${request.headers.host ?? ''}`;
    return origin !== publicOrigin && origin !== own;
  };

  const page = (request: FastifyRequest, reply: FastifyReply, link: DownloadLinkRecord, notice: Notice | undefined, codeRequested: boolean, status = 200) => {
    const { token } = request.params as { token: string };
    const verified = checkGrant(options.vault, link.id, cookieValue(request, grantCookie), options.clock.now());
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(linkPage({ lang: langOf(request), base: `/d/${token}`, link, verified, notice, codeRequested: codeRequested || link.data.code !== null }));
  };

  app.get('/d/:token', async (request, reply) => {
    const link = await resolveLink(request, reply);
    if (link) return page(request, reply, link, undefined, false);
    return reply;
  });

  app.post('/d/:token/code', async (request, reply) => {
    if (foreignOrigin(request)) return reply.code(403).send('forbidden');
    const link = await resolveLink(request, reply);
    if (!link) return reply;
    const address = String((request.body as { address?: unknown } | undefined)?.address ?? '').slice(0, 320);
    const outcome = await requestCode(options, link, address);
    const notice: Notice = outcome === 'sent' || outcome === 'not_recipient' ? 'code_sent' : outcome === 'locked' ? 'locked' : 'rate_limited';
    return page(request, reply, (await options.store.getDownloadLink(link.id)) ?? link, notice, true, outcome === 'rate_limited' ? 429 : 200);
  });

  app.post('/d/:token/verify', async (request, reply) => {
    if (foreignOrigin(request)) return reply.code(403).send('forbidden');
    const link = await resolveLink(request, reply);
    if (!link) return reply;
    const { token } = request.params as { token: string };
    const code = String((request.body as { code?: unknown } | undefined)?.code ?? '').slice(0, 20);
    const outcome = await verifyCode(options, link, code);
    if (outcome.ok) {
      const maxAge = Math.max(1, Math.floor((outcome.grantExpiresAt - options.clock.now()) / 1000));
      reply.header('Set-Cookie', `${grantCookie}=${outcome.grant}; Path=/d/${token}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`);
      return reply.code(303).header('Location', `/d/${token}${langOf(request) === 'en' ? '?lang=en' : ''}`).send();
    }
    const notice: Notice = outcome.reason === 'expired' ? 'code_expired' : outcome.reason === 'locked' ? 'locked' : 'wrong';
    return page(request, reply, (await options.store.getDownloadLink(link.id)) ?? link, notice, outcome.reason === 'wrong', outcome.reason === 'locked' ? 429 : 400);
  });

  app.get('/d/:token/f/:index', async (request, reply) => {
    const link = await resolveLink(request, reply);
    if (!link) return reply;
    const { index } = request.params as { index: string };
    if (!/^\d{1,4}$/.test(index)) return notFound(request, reply);
    const recipient = checkGrant(options.vault, link.id, cookieValue(request, grantCookie), options.clock.now());
    if (link.data.verifyCode && !recipient) {
      const { token } = request.params as { token: string };
      return reply.code(303).header('Location', `/d/${token}`).send();
    }
    const outcome = await downloadFile(options, link, Number(index), {
      recipient: recipient ?? null,
      clientAddress: request.ip,
      userAgent: String(request.headers['user-agent'] ?? ''),
    });
    if (!outcome.ok) {
      if (outcome.reason === 'no_such_file') return notFound(request, reply);
      return page(request, reply, link, 'limit_reached', false, 410);
    }
    return reply
      .code(200)
      .header('Content-Type', 'application/octet-stream')
      .header('Content-Disposition', contentDisposition(outcome.file.name))
      .header('Content-Length', String(outcome.bytes.length))
      .send(outcome.bytes);
  });

  app.setNotFoundHandler((request, reply) => notFound(request, reply));
  app.setErrorHandler((err, request, reply) => {
    const status = (err as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return reply.code(status).type('text/plain; charset=utf-8').send('Bad request');
    return reply.code(500).type('text/plain; charset=utf-8').send('Temporary error / 一時的なエラーです。しばらくしてからお試しください。');
  });
  return app;
}
