import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** `incident-report`: a sender reports a message he sent to the wrong place (src/incident, src/web/pages/incident-link.ts). */
export type TokenPurpose = 'self-check' | 'incident-report' | 'sender-sign-in' | DelayLinkPurpose;

/** Send delay links (src/workflow/delay/): 「今すぐ送信」 and 「送信を取り消す」, one token each. */
export type DelayLinkPurpose = 'delay-send-now' | 'delay-cancel';

/** What a signed link carries: no personal data, only the message id and the link's limits. */
export interface TokenClaims {
  messageId: string;
  purpose: TokenPurpose;
  expiresAt: number;
  /** Random id, consumed once in the store (single use). */
  jti: string;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; error: 'token_invalid' | 'token_expired' };

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(`dlp-link.v1.${payload}`).digest();
}

/** `base64url(JSON claims).base64url(HMAC-SHA256)` */
export function signToken(key: Buffer, claims: Omit<TokenClaims, 'jti'> & { jti?: string }): string {
  const full: TokenClaims = { ...claims, jti: claims.jti ?? randomBytes(16).toString('base64url') };
  const payload = Buffer.from(JSON.stringify({ m: full.messageId, p: full.purpose, e: full.expiresAt, j: full.jti }), 'utf8').toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** Check signature, shape, purpose and expiry. Pure: does not consume the token. */
export function verifyToken(key: Buffer, token: string, purpose: TokenPurpose, now: number): TokenCheck {
  const invalid = { ok: false, error: 'token_invalid' } as const;
  if (typeof token !== 'string' || token.length > 1024) return invalid;
  const parts = token.split('.');
  if (parts.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(parts[0]!) || !/^[A-Za-z0-9_-]+$/.test(parts[1]!)) return invalid;
  const expected = mac(key, parts[0]!);
  const given = Buffer.from(parts[1]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
  } catch {
    return invalid;
  }
  const c = raw as Record<string, unknown>;
  if (typeof c.m !== 'string' || typeof c.p !== 'string' || typeof c.e !== 'number' || typeof c.j !== 'string') return invalid;
  if (c.p !== purpose) return invalid;
  if (now >= c.e) return { ok: false, error: 'token_expired' };
  return { ok: true, claims: { messageId: c.m, purpose, expiresAt: c.e, jti: c.j } };
}
