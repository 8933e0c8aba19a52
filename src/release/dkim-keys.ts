/** DKIM private keys from `dkim.keys` (file or environment variable), checked at startup. */
import { readFileSync } from 'node:fs';
import { createPrivateKey } from 'node:crypto';
import type { GatewayConfig } from '../config/schema.js';
import type { DkimKey } from './transforms/dkim-sign.js';

export class DkimKeyError extends Error {
  readonly code = 'DKIM_KEY_INVALID';
  constructor(message: string) {
    super(`DKIM_KEY_INVALID: ${message}`);
    this.name = 'DkimKeyError';
  }
}

export function loadDkimKeys(config: GatewayConfig['dkim'], env: NodeJS.ProcessEnv = process.env): DkimKey[] {
  return config.keys.map((k, i) => {
    const where = `dkim.keys[${i}] (${k.domain})`;
    let pem: string | undefined;
    if (k.privateKeyFile !== undefined) {
      try {
        pem = readFileSync(k.privateKeyFile, 'utf8');
      } catch (err) {
        throw new DkimKeyError(`${where}: cannot read ${k.privateKeyFile}: ${(err as Error).message}`);
      }
    } else {
      pem = env[k.privateKeyEnv!];
      if (!pem) throw new DkimKeyError(`${where}: environment variable ${k.privateKeyEnv} is not set`);
    }
    try {
      createPrivateKey(pem);
    } catch (err) {
      throw new DkimKeyError(`${where}: not a PEM private key: ${(err as Error).message}`);
    }
    return { domain: k.domain.toLowerCase(), selector: k.selector, privateKey: pem };
  });
}
