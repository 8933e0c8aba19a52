/**
 * Zip archives: every entry is extracted like an attachment (`名簿.zip › 2024/一覧.xlsx › Sheet1!C17`).
 * Encrypted entries are reported, not skipped; limits stop the walk with a reported reason.
 */
import type { ExtractContext, ExtractFile, FileInput } from './context.js';
import { LimitExceeded } from './limits.js';
import { joinLocation } from './location.js';
import { reportError } from './problems.js';
import type { OpenedZip } from './zip.js';

function typeOfName(name: string): string | undefined {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  return ext ? `.${ext}` : undefined;
}

export async function extractArchive(ctx: ExtractContext, input: FileInput, zip: OpenedZip, extractFile: ExtractFile): Promise<void> {
  for (const problem of zip.problems) ctx.sink.problem(input.location, problem.reason, problem.detail, 'application/zip');
  const files = zip.entries.filter((entry) => !entry.isDirectory);
  for (let i = 0; i < files.length; i++) {
    const entry = files[i]!;
    const location = joinLocation(input.location, entry.name);
    if (entry.encryption) {
      ctx.sink.problem(location, 'encrypted', `archive entry is password-protected (${entry.encryption})`, typeOfName(entry.name));
      continue;
    }
    if (ctx.deadline.expired()) {
      ctx.sink.problem(input.location, 'limit_time', `time budget exhausted; ${files.length - i} of ${files.length} entries not inspected`, 'application/zip');
      return;
    }
    if (entry.uncompressedSize === 0) continue;
    let bytes: Buffer;
    try {
      bytes = await zip.read(entry, { budget: ctx.budget, deadline: ctx.deadline });
    } catch (err) {
      reportError(ctx.sink, location, err, typeOfName(entry.name));
      // Past the message-wide size budget every further entry would fail the same way.
      if (err instanceof LimitExceeded && ctx.budget.totalInflated > ctx.limits.maxTotalUncompressedBytes) {
        if (i + 1 < files.length) {
          ctx.sink.problem(input.location, 'limit_size', `${files.length - i - 1} further entries not inspected`, 'application/zip');
        }
        return;
      }
      continue;
    }
    await extractFile(ctx, { bytes, name: entry.name, contentType: 'application/octet-stream', location, depth: input.depth + 1 });
  }
}
