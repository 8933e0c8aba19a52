/**
 * A sign-in in flight (between the button and the provider's callback), kept in the browser as
 * one cookie sealed with AES-256-GCM: nobody can read the PKCE verifier or forge a state, and any
 * gateway node can finish the sign-in (no server-side table). The state is single-use on top of
 * that (store.consumeToken in the callback), so a replayed callback is refused.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface PendingSignIn {
  /** Provider id. */
  provider: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Same-origin path to return to. */
  next: string;
  /** The redirect_uri sent with the authorization request (the token request must repeat it). */
  redirectUri: string;
  expiresAt: number;
}

export const pendingSignInTtlMs = 10 * 60_000;

export class SignInSealer {
  private readonly key: Buffer;

  constructor(secret: Buffer) {
    this.key = Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'dlp-gateway oidc sign-in v1', 32));
  }

  seal(pending: PendingSignIn): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(pending), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The pending sign-in, or undefined when absent, tampered with, sealed with another key or expired. */
  open(sealed: string | undefined, now: number): PendingSignIn | undefined {
    if (!sealed || sealed.length > 4000) return undefined;
    try {
      const raw = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      const p = JSON.parse(text) as PendingSignIn;
      if (typeof p.state !== 'string' || typeof p.provider !== 'string' || typeof p.expiresAt !== 'number' || now >= p.expiresAt) return undefined;
      return p;
    } catch {
      return undefined;
    }
  }
}
