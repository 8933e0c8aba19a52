/**
 * tar archives (plain, or the inside of a .tar.gz/.tgz) read with tar-stream: every regular file is
 * extracted like an attachment (`名簿.tar.gz › 2024/一覧.csv › C17`). Links, devices and directories
 * are skipped (nothing is ever written to disk). The zip limits apply: entry count, part size, time;
 * compression limits are enforced by the gzip layer around it.
 */
import { extract as tarExtract } from 'tar-stream';
import type { ExtractContext, ExtractFile, FileInput } from './context.js';
import { decodeEntryName } from './zip.js';
import { joinLocation } from './location.js';
import { CorruptContent } from './problems.js';

const tarType = 'application/x-tar';

function typeOfName(name: string): string | undefined {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? `.${ext}` : undefined;
}

/** A ustar name read as latin1 bytes → text; a PAX path (`fromPax`) is UTF-8 text already. */
export function tarEntryName(name: string, fromPax = false): string {
  if (fromPax) return name;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 0xff) return name;
  return decodeEntryName(Buffer.from(name, 'latin1'), 0, []);
}

export async function extractTar(ctx: ExtractContext, input: FileInput, extractFile: ExtractFile): Promise<void> {
  const maxEntries = ctx.limits.maxEntriesPerArchive;
  const maxBytes = ctx.limits.maxPartBytes;
  // Names are read as bytes (latin1) and decoded like zip names: UTF-8 when valid, else CP932, which
  // is what tar on Japanese Windows and old Linux writes. A PAX path is already UTF-8 text.
  const reader = tarExtract({ filenameEncoding: 'latin1' } as unknown as Parameters<typeof tarExtract>[0]);
  reader.end(input.bytes);
  let entries = 0;
  let readFiles = 0;
  try {
    for await (const entry of reader) {
      const { header } = entry;
      entries++;
      if (entries > maxEntries) {
        entry.resume();
        ctx.sink.problem(input.location, 'limit_entries', `archive has more than ${maxEntries} entries; only the first ${maxEntries} were inspected`, tarType);
        reader.destroy();
        return;
      }
      if (header.type !== 'file' && header.type !== 'contiguous-file') {
        entry.resume();
        continue;
      }
      const name = tarEntryName(header.name, typeof (header.pax as Record<string, unknown> | undefined)?.['path'] === 'string').replace(/^\.\//, '');
      const location = joinLocation(input.location, name);
      if (ctx.deadline.expired()) {
        entry.resume();
        ctx.sink.problem(input.location, 'limit_time', `time budget exhausted after ${readFiles} files; the rest was not inspected`, tarType);
        reader.destroy();
        return;
      }
      if ((header.size ?? 0) > maxBytes) {
        entry.resume();
        ctx.sink.problem(location, 'limit_size', `entry is ${header.size} bytes, over the part limit of ${maxBytes}`, typeOfName(name));
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      readFiles++;
      if (bytes.length === 0) continue;
      await extractFile(ctx, { bytes, name, contentType: 'application/octet-stream', location, depth: input.depth + 1 });
    }
  } catch (err) {
    if (err instanceof Error && !(err instanceof CorruptContent) && err.name !== 'LimitExceeded') {
      throw new CorruptContent(`tar archive is damaged or truncated after ${readFiles} files: ${err.message}`);
    }
    throw err;
  }
  if (entries === 0) throw new CorruptContent('tar archive has no entries');
}
