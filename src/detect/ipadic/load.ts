/**
 * The dictionary a thread tokenizes with: loaded once per process into shared memory and
 * handed to every scan worker, which reads it in place (no copy, no parsing).
 *
 * Sources, in order: memory another thread shared with this one (installSharedIpadic); the
 * binary built by `npm run build` (dist/ipadic/ipadic.bin) when it matches the installed
 * kuromoji; otherwise kuromoji's own files, flattened in memory (about a second: development
 * and tests run from sources without a build).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileIpadic, kuromojiDictionaryDir, sourceFingerprint } from './compile.js';
import { decodeIpadic, encodeIpadic, fingerprintOf, type IpadicArrays } from './layout.js';

/** src/detect/ipadic/load.ts and dist/detect/ipadic/load.js both sit three levels below the project root. */
export function prebuiltIpadicPath(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/ipadic/ipadic.bin');
}

export interface SharedIpadic {
  /** Bytes of the binary form in a SharedArrayBuffer: post them to workers (shared, not copied). */
  bytes: Uint8Array;
  arrays: IpadicArrays;
  source: 'prebuilt' | 'compiled' | 'shared';
}

let current: SharedIpadic | undefined;

function readShared(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) throw new Error(`IPADIC_BINARY_INVALID: ${file} shrank while being read`);
      at += n;
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

function toShared(bytes: Uint8Array): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

function loadPrebuilt(fingerprint: string): Uint8Array | undefined {
  const file = prebuiltIpadicPath();
  if (!existsSync(file)) return undefined;
  const bytes = readShared(file);
  return fingerprintOf(bytes) === fingerprint ? bytes : undefined;
}

/**
 * This thread's dictionary, loaded on first use (shared memory, so `bytes` can be posted to
 * worker threads). Synchronous: it is start-up work, before any message.
 */
export function processIpadic(): SharedIpadic {
  if (current) return current;
  const dicDir = kuromojiDictionaryDir();
  const fingerprint = sourceFingerprint(dicDir);
  const prebuilt = loadPrebuilt(fingerprint);
  if (prebuilt) current = { bytes: prebuilt, arrays: decodeIpadic(prebuilt), source: 'prebuilt' };
  else {
    const bytes = toShared(encodeIpadic(compileIpadic(dicDir), fingerprint));
    current = { bytes, arrays: decodeIpadic(bytes), source: 'compiled' };
  }
  return current;
}

let loading: Promise<SharedIpadic> | undefined;

async function readSharedAsync(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    for (let at = 0; at < size; ) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at);
      if (bytesRead === 0) throw new Error(`IPADIC_BINARY_INVALID: ${file} shrank while being read`);
      at += bytesRead;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

/**
 * processIpadic(), with the prebuilt binary read in libuv's thread pool: the 29 MiB are copied
 * (and their pages faulted in) on another core while this thread goes on loading modules,
 * parsing the policy or starting workers. Falls back to processIpadic() for anything else.
 */
export function loadProcessIpadic(): Promise<SharedIpadic> {
  if (current) return Promise.resolve(current);
  loading ??= (async () => {
    const fingerprint = sourceFingerprint(kuromojiDictionaryDir());
    const file = prebuiltIpadicPath();
    if (existsSync(file)) {
      const bytes = await readSharedAsync(file);
      if (!current && fingerprintOf(bytes) === fingerprint) current = { bytes, arrays: decodeIpadic(bytes), source: 'prebuilt' };
    }
    return processIpadic();
  })().finally(() => (loading = undefined));
  return loading;
}

/** Uses a dictionary another thread loaded (the bytes of its `processIpadic().bytes`). */
export function installSharedIpadic(bytes: Uint8Array): void {
  current = { bytes, arrays: decodeIpadic(bytes), source: 'shared' };
}

/** A dictionary from another kuromoji dictionary directory (not shared, not cached). */
export function ipadicFrom(dicDir: string): IpadicArrays {
  return compileIpadic(dicDir);
}
