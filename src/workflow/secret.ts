import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log/logger.js';

export const secretFileName = 'workflow-secret';

export interface SecretSource {
  /** `workflow.secret` from the configuration. */
  configured?: string | undefined;
  /** `DLP_SECRET` from the environment. */
  env?: string | undefined;
  /** Where a generated key is kept (file mode 0600). */
  dataDir: string;
  log?: Logger;
}

/**
 * The HMAC key for signed links. Order: configuration, then `DLP_SECRET`, then a key generated
 * once and kept in the data directory so links survive a restart. Several nodes must share one
 * key: configure it (the generated file is per node).
 */
export function loadSecret(source: SecretSource): Buffer {
  const given = source.configured || source.env;
  if (given) {
    if (given.length < 32) throw new Error('SECRET_INVALID: workflow.secret / DLP_SECRET must be at least 32 characters');
    return Buffer.from(given, 'utf8');
  }
  const file = path.join(source.dataDir, secretFileName);
  mkdirSync(source.dataDir, { recursive: true });
  try {
    // Exclusive create: two processes starting at once cannot end up with different keys.
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    source.log?.info({ file }, 'generated the key for signed links');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) source.log?.warn({ file, mode: mode.toString(8) }, 'the key file for signed links is readable by others; chmod 600 it');
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`SECRET_INVALID: ${file} does not hold a 32-byte hex key; delete it to generate a new one (open links become invalid)`);
  return Buffer.from(hex, 'hex');
}
