/**
 * DKIM signing by the gateway (nodemailer's signer: relaxed/relaxed, rsa-sha256 or ed25519).
 * The last transform: it signs the bytes that will go out, with the key of the From domain (or
 * of its nearest parent domain that has a key). No key for the domain: unchanged, with a note.
 * Deterministic (no timestamp): signing the same bytes again gives the same signature.
 */
import DKIM from 'nodemailer/lib/dkim/index.js';
import type { TransformInput, TransformOutput } from './types.js';
import { fieldName, fieldValue, splitHeader } from './header-block.js';

export interface DkimKey {
  domain: string;
  selector: string;
  /** PEM (RSA or Ed25519). */
  privateKey: string;
}

/** Fields signed when present (From always); the list nodemailer's defaults follow, without volatile trace fields. */
const signedFields = 'From:Sender:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:Content-Transfer-Encoding:Content-ID:Content-Description:In-Reply-To:References:List-Id:List-Unsubscribe';

/** The domain of the (first) From: address, lower-case; undefined when there is none. */
export function fromDomain(raw: Buffer): string | undefined {
  const field = splitHeader(raw).fields.find((f) => fieldName(f) === 'from');
  if (!field) return undefined;
  const value = fieldValue(field);
  const angle = /<([^<>]*@[^<>]*)>/.exec(value)?.[1] ?? /[^\s<>"(),;:]+@[^\s<>"(),;:]+/.exec(value)?.[0];
  return angle ? angle.slice(angle.lastIndexOf('@') + 1).toLowerCase().replace(/\.$/, '') : undefined;
}

/** The key for a From domain: exact, else the nearest parent (`mail.example.co.jp` → `example.co.jp`). */
export function keyFor(keys: readonly DkimKey[], domain: string): DkimKey | undefined {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const key = keys.find((k) => k.domain.toLowerCase() === d);
    if (key) return key;
  }
  return undefined;
}

export async function dkimSign(input: TransformInput, keys: readonly DkimKey[]): Promise<TransformOutput> {
  const domain = fromDomain(input.raw);
  const key = domain ? keyFor(keys, domain) : undefined;
  if (!key) return { ...input, notes: [`not DKIM-signed: no key for ${domain ? `the From domain ${domain}` : 'a message without From'}`] };
  const signer = new DKIM({ domainName: key.domain, keySelector: key.selector, privateKey: key.privateKey, headerFieldNames: signedFields });
  const chunks: Buffer[] = [];
  const output = signer.sign(input.raw);
  const raw = await new Promise<Buffer>((resolve, reject) => {
    output.on('data', (c: Buffer) => chunks.push(c));
    output.on('end', () => resolve(Buffer.concat(chunks)));
    output.on('error', reject);
  });
  return { ...input, raw, notes: [`DKIM-signed d=${key.domain} s=${key.selector}`] };
}
