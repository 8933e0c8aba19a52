/**
 * Zip reading on top of yauzl with the limits enforced while inflating: entry count, declared and
 * actual sizes, compression ratio per entry and per archive, overlapping entries, time.
 * File names are decoded here: UTF-8 when flagged (or in an Info-ZIP Unicode Path field),
 * otherwise CP932, which is what Japanese Windows writes without setting the flag.
 */
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { type Deadline, LimitExceeded, type MessageBudget, ratioCheckFloorBytes } from './limits.js';
import { CorruptContent, EncryptedContent } from './problems.js';

export interface ZipEntryInfo {
  /** Decoded path inside the archive, e.g. `2024/教職員一覧.xlsx`. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  isDirectory: boolean;
  /** Set for password-protected entries. */
  encryption?: 'ZipCrypto' | 'AES' | 'unknown';
  /** @internal yauzl's entry, for reading. */
  readonly raw: yauzl.Entry;
}

export interface ZipProblem {
  reason: 'limit_entries' | 'limit_ratio' | 'corrupt';
  detail: string;
}

export interface OpenedZip {
  entries: ZipEntryInfo[];
  /** Problems with the archive as a whole; the listed entries may still be read. */
  problems: ZipProblem[];
  read(entry: ZipEntryInfo, guard: InflateGuard): Promise<Buffer>;
  close(): void;
}

export interface InflateGuard {
  budget: MessageBudget;
  deadline: Deadline;
}

const utf8Flag = 0x800;
const infoZipUnicodePath = 0x7075;
const aesMethod = 99;

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Buffer): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** Decodes an entry name: UTF-8 flag, Info-ZIP Unicode Path (0x7075), valid UTF-8 (macOS), else CP932. */
export function decodeEntryName(raw: Buffer, flags: number, extraFields: { id: number; data: Buffer }[]): string {
  let name: string;
  const unicodePath = extraFields.find((field) => field.id === infoZipUnicodePath);
  if (flags & utf8Flag) name = raw.toString('utf8');
  else if (unicodePath && unicodePath.data.length > 5 && unicodePath.data[0] === 1) name = unicodePath.data.subarray(5).toString('utf8');
  else if (!hasHighBytes(raw)) name = raw.toString('latin1');
  else if (isValidUtf8(raw)) name = raw.toString('utf8');
  else name = iconv.decode(raw, 'cp932');
  return name.replace(/\\/g, '/');
}

function encryptionOf(entry: yauzl.Entry): ZipEntryInfo['encryption'] {
  if (entry.compressionMethod === aesMethod) return 'AES';
  if (entry.generalPurposeBitFlag & 0x1) {
    return entry.extraFields.some((field) => field.id === 0x9901) ? 'AES' : 'ZipCrypto';
  }
  return undefined;
}

function openFromBuffer(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false },
      (err, zipfile) => (err || !zipfile ? reject(err ?? new Error('no zip file')) : resolve(zipfile)),
    );
  });
}

/** Lists at most `maxEntries` entries; problems with the archive are returned, not thrown, when some entries were read. */
async function listEntries(
  zipfile: yauzl.ZipFile,
  maxEntries: number,
): Promise<{ entries: ZipEntryInfo[]; problems: ZipProblem[]; strongEncryption: boolean }> {
  const entries: ZipEntryInfo[] = [];
  const problems: ZipProblem[] = [];
  let strongEncryption = false;
  if (zipfile.entryCount > maxEntries) {
    problems.push({
      reason: 'limit_entries',
      detail: `archive has ${zipfile.entryCount} entries, more than the limit of ${maxEntries}; only the first ${maxEntries} were inspected`,
    });
  }
  await new Promise<void>((resolve) => {
    const finish = (): void => {
      zipfile.removeAllListeners('entry');
      resolve();
    };
    zipfile.on('entry', (entry: yauzl.Entry) => {
      const rawName = entry.fileName as unknown as Buffer;
      const name = decodeEntryName(rawName, entry.generalPurposeBitFlag, entry.extraFields);
      const info: ZipEntryInfo = {
        name,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        isDirectory: name.endsWith('/'),
        raw: entry,
      };
      const encryption = encryptionOf(entry);
      if (encryption) info.encryption = encryption;
      entries.push(info);
      if (entries.length >= maxEntries) finish();
      else zipfile.readEntry();
    });
    zipfile.once('end', finish);
    zipfile.once('error', (err: Error) => {
      if (/strong encryption/i.test(err.message)) {
        strongEncryption = true;
      } else {
        problems.push({ reason: 'corrupt', detail: `damaged central directory after ${entries.length} entries: ${err.message}` });
      }
      finish();
    });
    zipfile.readEntry();
  });
  return { entries, problems, strongEncryption };
}

/** Entries whose data ranges overlap are the construction of "better zip bombs" (no legitimate writer does it). */
function findOverlap(entries: ZipEntryInfo[]): boolean {
  const ranges = entries
    .filter((entry) => entry.compressedSize > 0)
    .map((entry) => ({ start: entry.raw.relativeOffsetOfLocalHeader, end: entry.raw.relativeOffsetOfLocalHeader + 30 + entry.compressedSize }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) if (ranges[i]!.start < ranges[i - 1]!.end) return true;
  return false;
}

export async function openZip(bytes: Buffer, maxEntries: number, maxRatio: number): Promise<OpenedZip> {
  let zipfile: yauzl.ZipFile;
  try {
    zipfile = await openFromBuffer(bytes);
  } catch (err) {
    throw new CorruptContent(`not a readable zip archive (truncated or damaged): ${(err as Error).message}`);
  }
  const { entries, problems, strongEncryption } = await listEntries(zipfile, maxEntries);
  if (strongEncryption) {
    zipfile.close();
    throw new EncryptedContent('archive uses PKWARE strong encryption');
  }
  if (findOverlap(entries)) {
    zipfile.close();
    throw new LimitExceeded('limit_ratio', 'archive entries overlap each other (zip bomb construction)');
  }
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declaredTotal > ratioCheckFloorBytes && declaredTotal / Math.max(bytes.length, 1) > maxRatio) {
    zipfile.close();
    throw new LimitExceeded(
      'limit_ratio',
      `archive expands ${Math.round(declaredTotal / Math.max(bytes.length, 1))}:1 (${declaredTotal} bytes from ${bytes.length}), over the limit of ${maxRatio}:1`,
    );
  }

  const read = (entry: ZipEntryInfo, guard: InflateGuard): Promise<Buffer> => readEntry(zipfile, entry, guard, maxRatio);
  return { entries, problems, read, close: () => zipfile.close() };
}

function readEntry(zipfile: yauzl.ZipFile, entry: ZipEntryInfo, guard: InflateGuard, maxRatio: number): Promise<Buffer> {
  const { budget, deadline } = guard;
  const maxBytes = budget.limits.maxPartBytes;
  if (entry.encryption) return Promise.reject(new EncryptedContent(`entry is encrypted (${entry.encryption})`));
  if (entry.uncompressedSize > maxBytes) {
    return Promise.reject(new LimitExceeded('limit_size', `entry expands to ${entry.uncompressedSize} bytes, over the part limit of ${maxBytes}`));
  }
  const ratioLimit = (size: number): LimitExceeded | undefined =>
    size > ratioCheckFloorBytes && size / Math.max(entry.compressedSize, 1) > maxRatio
      ? new LimitExceeded('limit_ratio', `entry expands ${Math.round(size / Math.max(entry.compressedSize, 1))}:1, over the limit of ${maxRatio}:1`)
      : undefined;
  const declaredRatio = ratioLimit(entry.uncompressedSize);
  if (declaredRatio) return Promise.reject(declaredRatio);
  deadline.check();

  return new Promise((resolve, reject) => {
    zipfile.openReadStream(entry.raw, (err, stream) => {
      if (err || !stream) {
        reject(new CorruptContent(`entry cannot be read: ${err?.message ?? 'no stream'}`));
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        stream.destroy();
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        try {
          // Actual bytes are checked too: declared sizes in a hostile zip are not to be trusted.
          if (size > maxBytes) throw new LimitExceeded('limit_size', `entry expands past the part limit of ${maxBytes} bytes`);
          const ratio = ratioLimit(size);
          if (ratio) throw ratio;
          budget.addInflated(chunk.length);
          deadline.check();
        } catch (limitErr) {
          fail(limitErr as Error);
          return;
        }
        chunks.push(chunk);
      });
      stream.once('error', (streamErr: Error) => fail(new CorruptContent(`entry data is damaged: ${streamErr.message}`)));
      stream.once('end', () => {
        if (settled) return;
        settled = true;
        resolve(Buffer.concat(chunks, size));
      });
    });
  });
}
