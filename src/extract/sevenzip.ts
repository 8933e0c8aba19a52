/**
 * 7z archives through Debian's `7z` (p7zip-full / 7zip) as a subprocess: the real 7-Zip decoders
 * (LZMA, LZMA2, PPMd, BCJ2, AES) in a separate process that is killed at the part deadline or as
 * soon as a limit is crossed, so a hostile archive cannot exhaust the worker thread.
 *
 * The archive is copied into a private temporary directory (0700, removed afterwards), listed
 * first (`7z l -slt`) so entry count, declared sizes, ratio and encryption are checked before any
 * byte is decompressed, then decompressed to a pipe (`7z x -so`): nothing is ever extracted to disk,
 * so entry names cannot escape the sandbox. Actual bytes are counted too (declared sizes are not
 * trusted). Entries are located like zip entries: `名簿.7z › 2024/一覧.csv › C17`.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractContext, ExtractFile, FileInput } from './context.js';
import { countStreamOutput, LimitExceeded, ratioCheckFloorBytes } from './limits.js';
import { joinLocation } from './location.js';
import { CorruptContent, EncryptedContent, MissingTool } from './problems.js';

const sevenZipType = 'application/x-7z-compressed';
/** The command; DLP_7Z_PATH points at another build (e.g. `7za`). */
const sevenZipCommand = (): string => process.env['DLP_7Z_PATH'] || '7z';
const maxListingBytes = 32 * 1024 * 1024;
const missing7z = 'the 7z command is not installed (Debian package p7zip-full or 7zip); 7z archives cannot be inspected';
/**
 * Address-space cap of the 7z process (util-linux prlimit, when installed): a hostile archive can
 * declare a dictionary of gigabytes; past the cap 7z fails to allocate and the part is reported.
 */
const memoryCapBytes = (Number(process.env['DLP_7Z_MEMORY_MB']) || 1024) * 1024 * 1024;
const prlimitPath = ['/usr/bin/prlimit', '/bin/prlimit'].find((path) => existsSync(path));

function commandLine(args: string[]): [string, string[]] {
  return prlimitPath ? [prlimitPath, [`--as=${memoryCapBytes}`, '--', sevenZipCommand(), ...args]] : [sevenZipCommand(), args];
}


export interface SevenZipEntry {
  path: string;
  size: number;
  isDirectory: boolean;
  isLink: boolean;
  encrypted: boolean;
}

export interface SevenZipListing {
  entries: SevenZipEntry[];
  /** Header-encrypted archive (7z -mhe=on): not even the names can be read. */
  headersEncrypted: boolean;
}

interface RunResult {
  code: number | null;
  stderr: string;
  stdoutText: string;
}

/** Runs 7z with a hard deadline; `onStdout` may throw to stop (and kill) it. */
function run7z(args: string[], cwd: string, deadlineAt: number, onStdout?: (chunk: Buffer) => void): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const [command, commandArgs] = commandLine(args);
    const child = spawn(command, commandArgs, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', HOME: cwd, TMPDIR: cwd },
    });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let failure: Error | undefined;
    const stop = (err: Error): void => {
      if (failure) return;
      failure = err;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(new LimitExceeded('limit_time', 'part time budget exhausted while decompressing the 7z archive')), Math.max(0, deadlineAt - Date.now()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (failure) return;
      try {
        if (onStdout) onStdout(chunk);
        else {
          outBytes += chunk.length;
          if (outBytes > maxListingBytes) throw new LimitExceeded('limit_entries', 'the archive listing is too large');
          out.push(chunk);
        }
      } catch (err) {
        stop(err as Error);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 8192) stderr += chunk.toString('utf8');
    });
    child.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(err.code === 'ENOENT' ? new MissingTool(missing7z) : err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      // 127: prlimit could not execute 7z (not installed).
      else if (code === 127 && prlimitPath) reject(new MissingTool(missing7z));
      else resolve({ code, stderr, stdoutText: Buffer.concat(out).toString('utf8') });
    });
  });
}

/** Parses `7z l -slt` output: blocks of `Key = Value` lines after the `----------` separator. */
export function parseListing(text: string): SevenZipEntry[] {
  const start = text.indexOf('\n----------\n');
  if (start === -1) return [];
  const entries: SevenZipEntry[] = [];
  for (const block of text.slice(start + 12).split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of block.split('\n')) {
      const eq = line.indexOf(' = ');
      if (eq > 0) fields.set(line.slice(0, eq), line.slice(eq + 3));
    }
    const path = fields.get('Path');
    if (path === undefined) continue;
    const attributes = fields.get('Attributes') ?? '';
    entries.push({
      path: path.replace(/\\/g, '/'),
      size: Number(fields.get('Size') ?? '0') || 0,
      isDirectory: fields.get('Folder') === '+' || /^D/.test(attributes),
      // Unix mode after the Windows attributes, e.g. "A_ lrwxrwxrwx" for a symbolic link.
      isLink: /\sl[rwx-]{9}/.test(attributes),
      encrypted: fields.get('Encrypted') === '+',
    });
  }
  return entries;
}

function isEncryptedHeadersError(result: RunResult): boolean {
  return /wrong password|encrypted archive|can ?not open encrypted/i.test(result.stderr + result.stdoutText);
}

export async function extractSevenZip(ctx: ExtractContext, input: FileInput, extractFile: ExtractFile): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dlp-7z-'));
  try {
    const archive = join(dir, 'archive.7z');
    await writeFile(archive, input.bytes, { mode: 0o600 });
    // A password is always given, so 7z never waits for one on a terminal; it is random, so it never opens anything.
    const password = `-p${randomBytes(12).toString('hex')}`;
    const listed = await run7z(['l', '-slt', '-bd', password, '--', archive], dir, ctx.deadline.at);
    if (listed.code !== 0) {
      if (isEncryptedHeadersError(listed)) throw new EncryptedContent('7z archive is password-protected (file names are encrypted too)');
      throw new CorruptContent(`not a readable 7z archive: ${firstLine(listed.stderr) || `7z exited with ${listed.code}`}`);
    }
    const all = parseListing(listed.stdoutText);
    const files = all.filter((entry) => !entry.isDirectory);
    await readEntries(ctx, input, files, dir, archive, password, extractFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export type StreamFormat = 'bzip2' | 'xz';

/** `名簿.csv.bz2` → `名簿.csv`, `a.tbz2`/`a.txz` → `a.tar`. */
export function streamInnerName(outerName: string): string {
  if (/\.(tbz2?|tbz|txz)$/i.test(outerName)) return outerName.replace(/\.(tbz2?|txz)$/i, '.tar');
  return outerName.replace(/\.(bz2|bzip2|xz)$/i, '') || outerName;
}

/**
 * bzip2 and xz (one compressed stream, like gzip) through the same 7z subprocess: the stream's
 * size is not declared, so only the actual bytes are counted against the part size, the
 * compression ratio, the message total and the deadline; the process is killed at the first
 * limit crossed.
 */
export async function decompressStream(ctx: ExtractContext, input: FileInput, format: StreamFormat): Promise<Buffer> {
  const { budget, deadline } = ctx;
  const dir = await mkdtemp(join(tmpdir(), 'dlp-7z-'));
  try {
    const file = join(dir, format === 'xz' ? 'stream.xz' : 'stream.bz2');
    await writeFile(file, input.bytes, { mode: 0o600 });
    const chunks: Buffer[] = [];
    let total = 0;
    const result = await run7z(['x', '-so', '-bd', `-t${format}`, '--', file], dir, deadline.at, (chunk) => {
      total += chunk.length;
      countStreamOutput(format, total, input.bytes.length, chunk.length, budget, deadline);
      chunks.push(chunk);
    });
    if (result.code !== 0) throw new CorruptContent(`${format} data is damaged or truncated: ${firstLine(result.stderr) || `7z exited with ${result.code}`}`);
    return Buffer.concat(chunks, total);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function firstLine(text: string): string {
  return text.split('\n').map((line) => line.trim()).find((line) => line.length > 0 && !/^7-Zip|^p7zip|^Copyright/.test(line)) ?? '';
}

async function readEntries(
  ctx: ExtractContext,
  input: FileInput,
  files: SevenZipEntry[],
  dir: string,
  archive: string,
  password: string,
  extractFile: ExtractFile,
): Promise<void> {
  const { limits, budget } = ctx;
  if (files.length > limits.maxEntriesPerArchive) {
    throw new LimitExceeded('limit_entries', `archive has ${files.length} entries, more than the limit of ${limits.maxEntriesPerArchive}`);
  }
  const declaredTotal = files.reduce((sum, entry) => sum + entry.size, 0);
  const ratio = declaredTotal / Math.max(input.bytes.length, 1);
  if (declaredTotal > ratioCheckFloorBytes && ratio > limits.maxCompressionRatio) {
    throw new LimitExceeded('limit_ratio', `archive expands ${Math.round(ratio)}:1 (${declaredTotal} bytes from ${input.bytes.length}), over the limit of ${limits.maxCompressionRatio}:1`);
  }
  if (budget.totalInflated + declaredTotal > limits.maxTotalUncompressedBytes) {
    throw new LimitExceeded('limit_size', `archive expands to ${declaredTotal} bytes; the message total limit is ${limits.maxTotalUncompressedBytes}`);
  }
  const readable: SevenZipEntry[] = [];
  for (const entry of files) {
    const location = joinLocation(input.location, entry.path);
    if (entry.encrypted) ctx.sink.problem(location, 'encrypted', 'archive entry is password-protected (7z AES)', typeOfName(entry.path));
    else if (entry.size > limits.maxPartBytes) {
      ctx.sink.problem(location, 'limit_size', `entry expands to ${entry.size} bytes, over the part limit of ${limits.maxPartBytes}`, typeOfName(entry.path));
    } else readable.push(entry);
  }
  if (readable.length === 0) return;
  ctx.deadline.check();
  // All entries in one pass when every file is read (one decompression of solid blocks); one by one otherwise.
  const contents =
    readable.length === files.length
      ? await decompress(ctx, input, dir, ['x', '-so', '-bd', password, '--', archive], readable)
      : await decompressEach(ctx, input, dir, archive, password, readable);
  for (let i = 0; i < readable.length; i++) {
    const entry = readable[i]!;
    const bytes = contents[i]!;
    if (entry.isLink || bytes.length === 0) continue;
    if (ctx.deadline.expired()) {
      ctx.sink.problem(input.location, 'limit_time', `time budget exhausted; ${readable.length - i} of ${readable.length} entries not inspected`, sevenZipType);
      return;
    }
    await extractFile(ctx, { bytes, name: entry.path, contentType: 'application/octet-stream', location: joinLocation(input.location, entry.path), depth: input.depth + 1 });
  }
}

async function decompressEach(
  ctx: ExtractContext,
  input: FileInput,
  dir: string,
  archive: string,
  password: string,
  entries: SevenZipEntry[],
): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const entry of entries) {
    // -spd: the name is literal, not a wildcard.
    const [bytes] = await decompress(ctx, input, dir, ['x', '-so', '-bd', '-spd', password, '--', archive, entry.path], [entry]);
    out.push(bytes!);
  }
  return out;
}

/** Runs a `7z x -so` and splits its output by the listed sizes, enforcing the limits on actual bytes. */
async function decompress(ctx: ExtractContext, input: FileInput, dir: string, args: string[], entries: SevenZipEntry[]): Promise<Buffer[]> {
  const { limits, budget, deadline } = ctx;
  const expected = entries.reduce((sum, entry) => sum + entry.size, 0);
  const chunks: Buffer[] = [];
  let total = 0;
  const result = await run7z(args, dir, deadline.at, (chunk) => {
    total += chunk.length;
    if (total > expected) throw new CorruptContent('7z produced more data than its listing declares');
    if (total > ratioCheckFloorBytes && total / Math.max(input.bytes.length, 1) > limits.maxCompressionRatio) {
      throw new LimitExceeded('limit_ratio', `archive expands more than ${limits.maxCompressionRatio}:1`);
    }
    budget.addInflated(chunk.length);
    deadline.check();
    chunks.push(chunk);
  });
  if (result.code !== 0) {
    if (isEncryptedHeadersError(result)) throw new EncryptedContent('7z archive is password-protected');
    throw new CorruptContent(`7z archive data is damaged: ${firstLine(result.stderr) || `7z exited with ${result.code}`}`);
  }
  if (total !== expected) throw new CorruptContent(`7z produced ${total} bytes where its listing declares ${expected}`);
  const data = Buffer.concat(chunks, total);
  const out: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    out.push(data.subarray(offset, offset + entry.size));
    offset += entry.size;
  }
  return out;
}

function typeOfName(name: string): string | undefined {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? `.${ext}` : undefined;
}
