/**
 * DKIM keys for tests and a real verifier (mailauth) with a DNS resolver seam: the public key is
 * served as the TXT record `<selector>._domainkey.<domain>` without touching real DNS.
 */
import { generateKeyPairSync } from 'node:crypto';
import { dkimVerify, type DkimResult } from 'mailauth/lib/dkim/verify.js';

export interface TestDkimKey {
  domain: string;
  selector: string;
  privateKey: string;
  /** TXT record value (`v=DKIM1; k=rsa; p=…`). */
  txt: string;
}

export function makeDkimKey(domain: string, selector: string): TestDkimKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const spki = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return { domain, selector, privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), txt: `v=DKIM1; k=rsa; p=${spki}` };
}

/** Verify every DKIM-Signature of `raw`; DNS answers come from `keys` only (others: no record). */
export async function verifyDkim(raw: Buffer, keys: readonly TestDkimKey[]): Promise<DkimResult[]> {
  const resolver = async (name: string, type: string): Promise<string[][]> => {
    const key = keys.find((k) => `${k.selector}._domainkey.${k.domain}` === name.toLowerCase());
    if (type !== 'TXT' || !key) throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
    return [[key.txt]];
  };
  return (await dkimVerify(raw, { resolver })).results;
}

/** The passing signature by `domain`, if any. */
export function passFor(results: readonly DkimResult[], domain: string): DkimResult | undefined {
  return results.find((r) => r.signingDomain === domain && r.status.result === 'pass');
}
