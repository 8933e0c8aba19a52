/**
 * gzip (`名簿.csv.gz`, `名簿.tar.gz`, `.tgz`): one compressed file, inflated with node:zlib under the
 * same limits as a zip entry (part size, ratio, message total, time). The gzip layer adds no
 * location of its own: `名簿.tar.gz › 2024/一覧.csv › C17`, `名簿.csv.gz › C17`.
 */
import { createGunzip } from 'node:zlib';
import { countStreamOutput, type Deadline, type MessageBudget } from './limits.js';
import { CorruptContent } from './problems.js';

const fnameFlag = 0x08;
const fextraFlag = 0x04;

/** The original file name stored in the gzip header (FNAME), if any. */
export function gzipStoredName(bytes: Buffer): string | undefined {
  if (bytes.length < 10 || !(bytes[3]! & fnameFlag)) return undefined;
  let offset = 10;
  if (bytes[3]! & fextraFlag) offset += 2 + bytes.readUInt16LE(10);
  const end = bytes.indexOf(0, offset);
  if (end <= offset || end - offset > 1024) return undefined;
  const raw = bytes.subarray(offset, end);
  const name = new TextDecoder('utf-8', { fatal: false }).decode(raw);
  return name.split(/[\\/]/).pop() || undefined;
}

/** Name of the file inside: `名簿.csv.gz` → `名簿.csv`, `a.tgz` → `a.tar`, else the stored name. */
export function gzipInnerName(outerName: string, bytes: Buffer): string {
  if (/\.tgz$/i.test(outerName)) return outerName.replace(/\.tgz$/i, '.tar');
  if (/\.t?gz$/i.test(outerName) || /\.gzip$/i.test(outerName)) return outerName.replace(/\.(gz|gzip)$/i, '');
  return gzipStoredName(bytes) ?? outerName;
}

export interface InflateLimits {
  budget: MessageBudget;
  deadline: Deadline;
}

/** Inflates a gzip stream, stopping (and destroying zlib's state) as soon as a limit is crossed. */
export function gunzipBounded(bytes: Buffer, { budget, deadline }: InflateLimits): Promise<Buffer> {
  deadline.check();
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip();
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (error: Error): void => {
      if (settled) return;
      settled = true;
      gunzip.destroy();
      reject(error);
    };
    gunzip.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      try {
        countStreamOutput('gzip', size, bytes.length, chunk.length, budget, deadline);
      } catch (err) {
        fail(err as Error);
        return;
      }
      chunks.push(chunk);
    });
    gunzip.once('error', (err: Error) => fail(new CorruptContent(`gzip data is damaged or truncated: ${err.message}`)));
    gunzip.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks, size));
    });
    gunzip.end(bytes);
  });
}
