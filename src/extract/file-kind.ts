/** What a file is, from its bytes first (magic numbers), then its declared type and name. */
import { looksBinary } from './charset.js';
import { isCfb } from './cfb.js';

export type FileKind =
  | { kind: 'zip' }
  | { kind: 'tar' }
  | { kind: 'gzip' }
  | { kind: 'sevenzip' }
  | { kind: 'compressed'; format: 'bzip2' | 'xz' }
  | { kind: 'image'; type: string }
  | { kind: 'pdf' }
  | { kind: 'cfb' }
  | { kind: 'message' }
  | { kind: 'html' }
  | { kind: 'delimited'; delimiter: ',' | '\t' | undefined }
  | { kind: 'text' }
  | { kind: 'unsupported'; type: string; what: string };

function startsWith(bytes: Buffer, ...signature: number[]): boolean {
  if (bytes.length < signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

function extensionOf(name: string): string {
  return /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

const imageTypes: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
  heic: 'image/heic',
};

const otherArchives: Record<string, string> = {
  rar: 'application/vnd.rar',
  lzh: 'application/x-lzh-compressed',
  cab: 'application/vnd.ms-cab-compressed',
};

const textExtensions = new Set(['txt', 'text', 'log', 'md', 'json', 'xml', 'ics', 'vcf', 'ini', 'yaml', 'yml', 'sql', 'eml']);

function sniffMagic(bytes: Buffer): FileKind | undefined {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06) || startsWith(bytes, 0x50, 0x4b, 0x07, 0x08)) {
    return { kind: 'zip' };
  }
  if (bytes.subarray(0, 1024).includes('%PDF-')) return { kind: 'pdf' };
  if (isCfb(bytes)) return { kind: 'cfb' };
  const image = (type: string): FileKind => ({ kind: 'image', type });
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return image('image/png');
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return image('image/jpeg');
  if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) return image('image/gif');
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return image('image/tiff');
  if (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return image('image/webp');
  if (bytes.subarray(4, 12).toString('latin1').match(/^ftyp(heic|heix|mif1)/)) return image('image/heic');
  const archive = (type: string): FileKind => ({ kind: 'unsupported', type, what: 'archive format' });
  if (startsWith(bytes, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return { kind: 'sevenzip' };
  if (startsWith(bytes, 0x1f, 0x8b)) return { kind: 'gzip' };
  // POSIX ustar and GNU tar write "ustar" at offset 257 of the first header block.
  if (bytes.length >= 512 && bytes.subarray(257, 262).toString('latin1') === 'ustar') return { kind: 'tar' };
  if (startsWith(bytes, 0x52, 0x61, 0x72, 0x21)) return archive(otherArchives['rar']!);
  // bzip2: "BZh" and a block size digit 1-9.
  if (startsWith(bytes, 0x42, 0x5a, 0x68) && bytes[3]! >= 0x31 && bytes[3]! <= 0x39) return { kind: 'compressed', format: 'bzip2' };
  if (startsWith(bytes, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return { kind: 'compressed', format: 'xz' };
  if (startsWith(bytes, 0x4d, 0x53, 0x43, 0x46)) return archive(otherArchives['cab']!);
  if (/^-lh[0-7d]-$/.test(bytes.subarray(2, 7).toString('latin1'))) return archive(otherArchives['lzh']!);
  return undefined;
}

/** The checksum field of a tar header block: sum of its bytes with the field itself as spaces. */
function isTarHeader(bytes: Buffer): boolean {
  if (bytes.length < 512) return false;
  const stored = parseInt(bytes.subarray(148, 156).toString('latin1').replace(/[\0 ]+$/, '').trim(), 8);
  if (!Number.isFinite(stored)) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : bytes[i]!;
  return sum === stored;
}

export function sniffFileKind(bytes: Buffer, name: string, contentType: string): FileKind {
  const magic = sniffMagic(bytes);
  if (magic) return magic;
  const ext = extensionOf(name);
  const type = contentType.toLowerCase();
  if (type === 'message/rfc822' || type === 'message/global' || ext === 'eml') return { kind: 'message' };
  if (type === 'text/html' || type === 'application/xhtml+xml' || ext === 'html' || ext === 'htm') return { kind: 'html' };
  if (type === 'text/csv' || ext === 'csv') return { kind: 'delimited', delimiter: undefined };
  if (type === 'text/tab-separated-values' || ext === 'tsv') return { kind: 'delimited', delimiter: '\t' };
  if (imageTypes[ext] || type.startsWith('image/')) return { kind: 'image', type: imageTypes[ext] ?? type };
  // Pre-POSIX (v7) tar has no magic; trust the name only when the header checksum is valid.
  if (ext === 'tar' && isTarHeader(bytes)) return { kind: 'tar' };
  if (type.startsWith('audio/') || type.startsWith('video/')) return { kind: 'unsupported', type, what: 'media file' };
  if (otherArchives[ext]) return { kind: 'unsupported', type: otherArchives[ext]!, what: 'archive format' };
  if (ext === 'xls' || ext === 'doc' || ext === 'ppt') {
    return { kind: 'unsupported', type: contentType || `application/${ext}`, what: 'legacy Office format' };
  }
  if (type.startsWith('text/') || type.startsWith('message/') || textExtensions.has(ext) || !looksBinary(bytes)) return { kind: 'text' };
  return { kind: 'unsupported', type: contentType || 'application/octet-stream', what: 'binary file' };
}
