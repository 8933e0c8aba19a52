import { hash, verify } from '@node-rs/argon2';
import { minPasswordLength } from './password-policy.js';

export { minPasswordLength };

/** Argon2id (algorithm 2) with the library's defaults (19 MiB, t=2), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  if ([...password].length < minPasswordLength) throw new Error(`PASSWORD_TOO_SHORT: at least ${minPasswordLength} characters`);
  return hash(password, { algorithm: 2 });
}

/** A real hash to verify against for unknown users, so timing does not reveal which names exist. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  const target = passwordHash ?? (await (dummyHash ??= hash('dummy-password-for-timing', { algorithm: 2 })));
  try {
    const ok = await verify(target, password);
    return ok && passwordHash !== undefined;
  } catch {
    return false;
  }
}
