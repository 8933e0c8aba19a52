/** Keyed hashes of normalised values: stable for de-duplication, useless without the key. */
import { hash, randomBytes } from 'node:crypto';

export type ValueHasher = (category: string, value: string) => string;

const BLOCK = 64;
/** Room for category + NUL + value after the inner key block in the reused buffer. */
const INPUT_BYTES = 4096;

/**
 * HMAC-SHA256(key, category NUL value), base64url, first 22 characters (132 bits).
 *
 * Written out (RFC 2104) over two one-shot `crypto.hash` calls into reused buffers: a roster
 * gives tens of thousands of values, and a `createHmac` object per value cost about 2.5 times
 * as much. The result is the same as `createHmac`'s, so stored hashes do not change.
 */
export function createHasher(key: string | undefined): ValueHasher {
  // Without a configured key the hashes still de-duplicate within this process.
  const secret = key ?? randomBytes(32).toString('hex');
  let k = Buffer.from(secret, 'utf8');
  if (k.length > BLOCK) k = hash('sha256', k, 'buffer');
  const inner = Buffer.alloc(BLOCK + INPUT_BYTES);
  const outer = Buffer.alloc(BLOCK + 32);
  for (let i = 0; i < BLOCK; i++) {
    inner[i] = (k[i] ?? 0) ^ 0x36;
    outer[i] = (k[i] ?? 0) ^ 0x5c;
  }
  return (category, value) => {
    // At most 3 UTF-8 bytes per UTF-16 unit, so write() never cuts the input short; a longer
    // input gets a buffer of its own (not kept), with the same inner key block.
    const room = (category.length + value.length) * 3 + 1;
    const buf = room <= INPUT_BYTES ? inner : Buffer.alloc(BLOCK + room);
    if (buf !== inner) inner.copy(buf, 0, 0, BLOCK);
    let n = BLOCK + buf.write(category, BLOCK, 'utf8');
    buf[n++] = 0;
    n += buf.write(value, n, 'utf8');
    hash('sha256', buf.subarray(0, n), 'buffer').copy(outer, BLOCK);
    return hash('sha256', outer, 'base64url').slice(0, 22);
  };
}
