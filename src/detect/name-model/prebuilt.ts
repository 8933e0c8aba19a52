/**
 * The name model's weights as `npm run build` writes them (dist/prebuilt/name-weights.bin):
 * the int16 array of weights.bin.gz already inflated, little-endian, after a header naming the
 * SHA-256 of the .gz it came from. Start-up reads it straight into the weight array: no gunzip
 * and no conversion of five million values one by one (about a quarter of a second of a cold
 * `dlp-gateway scan` before). A file made from other weights is ignored (the .gz is decoded).
 *
 * Layout: magic "DLPNAMW1" (8 bytes), SHA-256 of the .gz (32 bytes), the weights (length × 2).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const magic = Buffer.from('DLPNAMW1', 'latin1');
const headerBytes = magic.length + 32;

/** src/detect/name-model/ and dist/detect/name-model/ both sit three levels below the project root. */
export function prebuiltNameWeightsPath(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/prebuilt/name-weights.bin');
}

const digest = (gz: Uint8Array): Buffer => createHash('sha256').update(gz).digest();

/** The prebuilt file's bytes for weights inflated from `gz` (int16, little-endian). */
export function encodePrebuiltNameWeights(gz: Uint8Array, raw: Uint8Array): Uint8Array {
  const out = new Uint8Array(headerBytes + raw.length);
  out.set(magic, 0);
  out.set(digest(gz), magic.length);
  out.set(raw, headerBytes);
  return out;
}

/**
 * The weights of `gz` from the prebuilt file, `length` int16 values (in a SharedArrayBuffer when
 * `shared`), or undefined when there is no file for exactly these weights (or the host is
 * big-endian, where the bytes would need converting anyway).
 */
export function readPrebuiltNameWeights(gz: Uint8Array, length: number, shared: boolean, file = prebuiltNameWeightsPath()): Int16Array | undefined {
  if (os.endianness() !== 'LE') return undefined;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    if (fstatSync(fd).size !== headerBytes + length * 2) return undefined;
    const header = Buffer.alloc(headerBytes);
    if (readSync(fd, header, 0, headerBytes, 0) !== headerBytes) return undefined;
    if (!header.subarray(0, magic.length).equals(magic) || !header.subarray(magic.length).equals(digest(gz))) return undefined;
    const weights = new Int16Array(shared ? new SharedArrayBuffer(length * 2) : new ArrayBuffer(length * 2));
    const bytes = new Uint8Array(weights.buffer);
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(fd, bytes, at, bytes.length - at, headerBytes + at);
      if (n === 0) return undefined;
      at += n;
    }
    return weights;
  } catch {
    return undefined; // a damaged file only costs decoding the .gz
  } finally {
    closeSync(fd);
  }
}
