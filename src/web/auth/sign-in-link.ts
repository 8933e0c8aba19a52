/**
 * Mailed sign-in links for senders without a local password or SSO: a signed, single-use,
 * short-lived token whose claim is the address it was mailed to — sealed (AES-256-GCM under a
 * key derived from the link key), so the address never shows in a URL, a proxy log or a browser
 * history. Pure functions; the page (src/web/pages/sender-sign-in.ts) mails and consumes.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { signToken, verifyToken, type TokenClaims } from '../../workflow/tokens.js';

/** How long a mailed sign-in link works. */
export const signInLinkTtlMs = 15 * 60_000;

function sealKey(key: Buffer): Buffer {
  return createHmac('sha256', key).update('dlp-sender-sign-in-seal.v1').digest();
}

export function sealAddress(key: Buffer, address: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(key), iv);
  const body = Buffer.concat([cipher.update(address, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openAddress(key: Buffer, sealed: string): string | undefined {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < 29) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(key), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

export function signInLinkToken(key: Buffer, address: string, now: number): string {
  return signToken(key, { messageId: sealAddress(key, address), purpose: 'sender-sign-in', expiresAt: now + signInLinkTtlMs });
}

export type SignInLinkCheck = { ok: true; address: string; claims: TokenClaims } | { ok: false; error: 'token_invalid' | 'token_expired' };

/** Signature, purpose, expiry and the sealed address. Does not consume the token. */
export function readSignInLink(key: Buffer, token: string, now: number): SignInLinkCheck {
  const verified = verifyToken(key, token, 'sender-sign-in', now);
  if (!verified.ok) return verified;
  const address = openAddress(key, verified.claims.messageId);
  return address ? { ok: true, address, claims: verified.claims } : { ok: false, error: 'token_invalid' };
}

/** Plain `local@domain` (no display name, no spaces), lower-cased; undefined when not an address. */
export function plainAddress(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const a = input.trim().toLowerCase();
  return a.length <= 254 && /^[^\s@<>"(),;:\\]+@[a-z0-9.-]+\.[a-z0-9-]+$/.test(a) ? a : undefined;
}
