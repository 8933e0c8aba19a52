/** Keyed hashes of normalised values: stable for de-duplication, useless without the key. */
import { createHmac, randomBytes } from 'node:crypto';

export type ValueHasher = (category: string, value: string) => string;

export function createHasher(key: string | undefined): ValueHasher {
  // Without a configured key the hashes still de-duplicate within this process.
  const secret = key ?? randomBytes(32).toString('hex');
  return (category, value) => createHmac('sha256', secret).update(category).update('\0').update(value).digest('base64url').slice(0, 22);
}
