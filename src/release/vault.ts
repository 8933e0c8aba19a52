/**
 * Encryption at rest of the files behind download links: AES-256-GCM with a fresh random key
 * per file; that key is itself AES-256-GCM-wrapped by the master key (config
 * `download.masterKey` or env DLP_DOWNLOAD_MASTER_KEY). A blob is self-contained, so rewriting
 * it (a retried release) never leaves a key that does not match its bytes:
 *
 *   "DLPF1" | wrap iv (12) | wrap tag (16) | wrapped key (32) | iv (12) | tag (16) | ciphertext
 *
 * The file id is bound to both layers as additional authenticated data: a blob copied under
 * another id does not decrypt.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

const magic = Buffer.from('DLPF1', 'latin1');
const headerBytes = magic.length + 12 + 16 + 32 + 12 + 16;

export class MasterKeyError extends Error {
  readonly code = 'DOWNLOAD_MASTER_KEY_INVALID';
  constructor(message: string) {
    super(`DOWNLOAD_MASTER_KEY_INVALID: ${message}`);
    this.name = 'MasterKeyError';
  }
}

/** 32 bytes as 64 hex digits or base64 (`openssl rand -base64 32`). */
export function parseMasterKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : /^[A-Za-z0-9+/_-]{43}=?$/.test(t) ? Buffer.from(t, 'base64') : undefined;
  if (!key || key.length !== 32) throw new MasterKeyError('expected 32 bytes as 64 hex digits or base64 (generate one with: openssl rand -base64 32)');
  return key;
}

function seal(key: Buffer, plaintext: Buffer, aad: Buffer): { iv: Buffer; tag: Buffer; data: Buffer } {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
}

function open(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer, aad: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

export class FileVault {
  private readonly masterKey: Buffer;

  constructor(masterKey: Buffer) {
    if (masterKey.length !== 32) throw new MasterKeyError('the master key must be 32 bytes');
    this.masterKey = masterKey;
  }

  encrypt(fileId: string, plaintext: Buffer): Buffer {
    const aad = Buffer.from(`dlp-download-file:${fileId}`, 'utf8');
    const fileKey = randomBytes(32);
    const body = seal(fileKey, plaintext, aad);
    const wrapped = seal(this.masterKey, fileKey, aad);
    fileKey.fill(0);
    return Buffer.concat([magic, wrapped.iv, wrapped.tag, wrapped.data, body.iv, body.tag, body.data]);
  }

  /** Throws when the blob was altered, is stored under another id or the master key differs. */
  decrypt(fileId: string, blob: Buffer): Buffer {
    if (blob.length < headerBytes || !blob.subarray(0, magic.length).equals(magic)) throw new Error('DOWNLOAD_BLOB_CORRUPT: not a download file blob');
    const aad = Buffer.from(`dlp-download-file:${fileId}`, 'utf8');
    let at = magic.length;
    const take = (n: number) => blob.subarray(at, (at += n));
    const wrapIv = take(12);
    const wrapTag = take(16);
    const wrappedKey = take(32);
    const iv = take(12);
    const tag = take(16);
    const fileKey = open(this.masterKey, wrapIv, wrapTag, wrappedKey, aad);
    try {
      return open(fileKey, iv, tag, blob.subarray(at), aad);
    } finally {
      fileKey.fill(0);
    }
  }

  /**
   * The link token of a message: an HMAC of its queue id (256 bits, unguessable without the
   * master key). Deterministic, so a release retried after a crash issues the same link.
   */
  linkToken(messageId: string): string {
    return createHmac('sha256', this.subkey('link-token')).update(messageId).digest('base64url');
  }

  /** Keyed hash for one-time codes and download grants (never the master key itself). */
  mac(purpose: string, value: string): string {
    return createHmac('sha256', this.subkey(purpose)).update(value).digest('base64url');
  }

  private subkey(purpose: string): Buffer {
    return createHmac('sha256', this.masterKey).update(`dlp-download:${purpose}`).digest();
  }
}

/** What the store keys a link by: SHA-256 of its token (a leaked table holds no usable link). */
export function linkIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
