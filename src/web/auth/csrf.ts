import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

export function safeEqual(a: string | undefined, b: string | undefined): boolean {
  if (typeof a !== 'string' || typeof b !== 'string' || a.length === 0) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function newNonce(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Token for pages without a session (sign-in, self-check): a random nonce in a SameSite=Strict
 * cookie, and in the form an HMAC of the nonce bound to what the page is for (e.g. the self-check
 * token). Stateless, so it works across several gateway nodes.
 */
export function boundToken(nonce: string, binding: string): string {
  return createHmac('sha256', nonce).update(binding).digest('base64url');
}

/**
 * The request comes from our own pages: Origin (or, when absent or `null`, Sec-Fetch-Site) must name us.
 * Non-browser clients send neither and are judged by the CSRF token alone.
 */
export function originAllowed(req: FastifyRequest, configuredBaseUrl: string): boolean {
  const origin = req.headers.origin;
  const site = req.headers['sec-fetch-site'];
  // Our pages send `Referrer-Policy: no-referrer`, so browsers send `Origin: null` on form posts;
  // then Sec-Fetch-Site (sent by all current browsers) must say the post came from our own site.
  if (origin === 'null') return site === 'same-origin';
  if (origin !== undefined) {
    const allowed = new Set<string>([`${req.protocol}://${req.headers.host ?? ''}`]);
    if (configuredBaseUrl) {
      try {
        allowed.add(new URL(configuredBaseUrl).origin);
      } catch {
        /* invalid base URL: only the request's own origin */
      }
    }
    return allowed.has(origin);
  }
  return site === undefined || site === 'same-origin';
}
