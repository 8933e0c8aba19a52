import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { ApiTokenRecord, Store, UserRecord } from '../../store/types.js';

function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Create a token for `username`; the returned `<id>.<secret>` is shown once and never stored. */
export async function issueApiToken(store: Store, clock: Clock, username: string, label: string): Promise<{ token: string; record: ApiTokenRecord }> {
  const id = randomBytes(9).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  const record: ApiTokenRecord = { id, username, label, secretHash: hashSecret(secret).toString('hex'), createdAt: clock.now(), lastUsedAt: null };
  await store.createApiToken(record);
  return { token: `${id}.${secret}`, record };
}

/** `Authorization: Bearer <id>.<secret>` → the token's enabled user, or undefined. */
export async function verifyApiToken(store: Store, authorization: string | undefined): Promise<{ user: UserRecord; token: ApiTokenRecord } | undefined> {
  const m = /^Bearer\s+([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{1,128})\s*$/.exec(authorization ?? '');
  if (!m) return undefined;
  const token = await store.getApiToken(m[1]!);
  const presented = hashSecret(m[2]!);
  const expected = token ? Buffer.from(token.secretHash, 'hex') : Buffer.alloc(presented.length);
  const same = expected.length === presented.length && timingSafeEqual(expected, presented);
  if (!token || !same) return undefined;
  const user = await store.getUser(token.username);
  if (!user || user.disabled) return undefined;
  return { user, token };
}
