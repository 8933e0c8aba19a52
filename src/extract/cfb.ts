/**
 * OLE Compound File (CFB) containers: legacy .xls/.doc/.ppt/.msg, and password-protected OOXML,
 * which Office stores as a CFB holding `EncryptionInfo` and `EncryptedPackage` streams.
 */

export const cfbSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function isCfb(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(cfbSignature);
}

const encryptionInfoName = Buffer.from('EncryptionInfo', 'utf16le');
const encryptedPackageName = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * True when the container is an encrypted Office document. Directory entries store names in
 * UTF-16LE, so the stream names are looked for as such.
 */
export function isEncryptedOffice(bytes: Buffer): boolean {
  return bytes.includes(encryptionInfoName) && bytes.includes(encryptedPackageName);
}

/** Best guess of what a non-encrypted CFB is, for the `unsupported_format` report. */
export function legacyOfficeType(bytes: Buffer, filename: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (ext === 'xls' || bytes.includes(Buffer.from('Workbook', 'utf16le'))) return 'application/vnd.ms-excel';
  if (ext === 'doc' || bytes.includes(Buffer.from('WordDocument', 'utf16le'))) return 'application/msword';
  if (ext === 'ppt' || bytes.includes(Buffer.from('PowerPoint Document', 'utf16le'))) return 'application/vnd.ms-powerpoint';
  if (ext === 'msg' || bytes.includes(Buffer.from('__substg1.0_', 'utf16le'))) return 'application/vnd.ms-outlook';
  return 'application/x-ole-storage';
}
