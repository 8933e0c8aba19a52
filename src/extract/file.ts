/** Dispatch of one file (attachment, archive entry) to the extractor for its kind. */
import { extractArchive } from './archive.js';
import { isEncryptedOffice, legacyOfficeType } from './cfb.js';
import { decodeText } from './charset.js';
import { type ExtractContext, type FileInput, originOf } from './context.js';
import { extractDelimited, guessDelimiter } from './csv.js';
import { extractDocx } from './docx.js';
import { sniffFileKind } from './file-kind.js';
import { extractHtml } from './html.js';
import { htmlMetaCharset } from './body.js';
import { LimitExceeded } from './limits.js';
import { extractMessageContent } from './message.js';
import { detectOoxmlKind, OoxmlPackage } from './ooxml.js';
import { extractPdf } from './pdf.js';
import { extractPptx } from './pptx.js';
import { reportError } from './problems.js';
import { extractXlsx } from './xlsx.js';
import { openZip } from './zip.js';
import { gunzipBounded, gzipInnerName } from './gzip.js';
import { decompressStream, extractSevenZip, streamInnerName } from './sevenzip.js';
import { extractTar } from './tar.js';

const ooxmlTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
} as const;

/** Containers (archives, messages) may not open past maxDepth; documents inside are leaves. */
function checkDepth(ctx: ExtractContext, input: FileInput, what: string): void {
  if (input.depth + 1 > ctx.limits.maxDepth) {
    throw new LimitExceeded('limit_depth', `${what} nested ${input.depth} levels deep; the limit is ${ctx.limits.maxDepth}`);
  }
}

function decodeWithReport(ctx: ExtractContext, input: FileInput, html = false): string {
  const decoded = decodeText(input.bytes, input.charset ?? (html ? htmlMetaCharset(input.bytes) : undefined));
  if (!decoded.reliable) {
    ctx.sink.problem(input.location, 'charset', `text could not be decoded cleanly (declared charset ${input.charset ?? 'none'})`, input.contentType);
  }
  return decoded.text.replace(/\r\n?/g, '\n');
}

async function extractZipFile(ctx: ExtractContext, input: FileInput): Promise<void> {
  const zip = await openZip(input.bytes, ctx.limits.maxEntriesPerArchive, ctx.limits.maxCompressionRatio);
  try {
    const kind = detectOoxmlKind(zip);
    if (kind) {
      for (const problem of zip.problems) ctx.sink.problem(input.location, problem.reason, problem.detail, ooxmlTypes[kind]);
      const pkg = new OoxmlPackage(zip, { budget: ctx.budget, deadline: ctx.deadline });
      try {
        if (kind === 'xlsx') await extractXlsx(ctx, pkg, input.location);
        else if (kind === 'docx') await extractDocx(ctx, pkg, input.location);
        else await extractPptx(ctx, pkg, input.location);
      } catch (err) {
        reportError(ctx.sink, input.location, err, ooxmlTypes[kind]);
      }
      return;
    }
    checkDepth(ctx, input, 'archive');
    await extractArchive(ctx, input, zip, extractFile);
  } finally {
    zip.close();
  }
}

/** Extracts any file into ctx.sink; every failure becomes a problem at input.location. */
export async function extractFile(ctx: ExtractContext, input: FileInput): Promise<void> {
  const kind = sniffFileKind(input.bytes, input.name, input.contentType);
  try {
    switch (kind.kind) {
      case 'zip':
        await extractZipFile(ctx, input);
        return;
      case 'tar':
        checkDepth(ctx, input, 'archive');
        await extractTar(ctx, input, extractFile);
        return;
      case 'gzip': {
        // The gzip layer counts as a container (gz of gz of … stops at maxDepth) but adds no location.
        checkDepth(ctx, input, 'gzip file');
        const inner = await gunzipBounded(input.bytes, { budget: ctx.budget, deadline: ctx.deadline });
        await extractFile(ctx, { bytes: inner, name: gzipInnerName(input.name, input.bytes), contentType: 'application/octet-stream', location: input.location, depth: input.depth + 1 });
        return;
      }
      case 'sevenzip':
        checkDepth(ctx, input, 'archive');
        await extractSevenZip(ctx, input, extractFile);
        return;
      case 'compressed': {
        // Like gzip: a container for depth, no location of its own (`名簿.csv.xz › C17`).
        checkDepth(ctx, input, `${kind.format} file`);
        const inner = await decompressStream(ctx, input, kind.format);
        await extractFile(ctx, { bytes: inner, name: streamInnerName(input.name), contentType: 'application/octet-stream', location: input.location, depth: input.depth + 1 });
        return;
      }
      case 'image':
        ctx.sink.problem(input.location, 'no_text', 'image: no text layer to inspect (no OCR)', kind.type);
        return;
      case 'pdf':
        await extractPdf(ctx, input.bytes, input.location);
        return;
      case 'cfb':
        if (isEncryptedOffice(input.bytes)) {
          ctx.sink.problem(input.location, 'encrypted', 'Office document is password-protected', input.contentType);
        } else {
          const type = legacyOfficeType(input.bytes, input.name);
          ctx.sink.problem(input.location, 'unsupported_format', `legacy binary Office file (${type}) is not inspected`, type);
        }
        return;
      case 'message':
        checkDepth(ctx, input, 'attached message');
        await extractMessageContent(ctx, input.bytes, input.location, input.depth + 1, extractFile);
        return;
      case 'html':
        extractHtml(ctx, decodeWithReport(ctx, input, true), input.location);
        return;
      case 'delimited': {
        const text = decodeWithReport(ctx, input);
        extractDelimited(ctx, text, input.location, kind.delimiter ?? guessDelimiter(text));
        return;
      }
      case 'text':
        ctx.sink.addText({ ...originOf(ctx, input.location), text: decodeWithReport(ctx, input) });
        return;
      case 'unsupported':
        ctx.sink.problem(input.location, 'unsupported_format', `${kind.what} (${kind.type}) is not inspected`, kind.type);
        return;
    }
  } catch (err) {
    reportError(ctx.sink, input.location, err, typeOfKind(kind) ?? input.contentType);
  }
}

function typeOfKind(kind: ReturnType<typeof sniffFileKind>): string | undefined {
  switch (kind.kind) {
    case 'unsupported':
    case 'image':
      return kind.type;
    case 'sevenzip':
      return 'application/x-7z-compressed';
    case 'gzip':
      return 'application/gzip';
    case 'compressed':
      return kind.format === 'xz' ? 'application/x-xz' : 'application/x-bzip2';
    case 'tar':
      return 'application/x-tar';
    default:
      return undefined;
  }
}
