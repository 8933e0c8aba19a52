/**
 * PDF → text per page (`… › page N`) with pdf-parse (pdf.js). Pages are read one at a time so the
 * part deadline is checked between pages, and a page that hangs is abandoned at the deadline.
 * A PDF that needs a password to open is encrypted; one with only an owner password (printing or
 * copying restrictions) opens without one, so its text is read.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { type ExtractContext, originOf } from './context.js';
import { type Deadline, LimitExceeded } from './limits.js';
import { joinLocation } from './location.js';
import { CorruptContent, EncryptedContent } from './problems.js';

/** pdf.js needs its CMaps to map CID fonts (most Japanese PDFs) to Unicode. */
const pdfjsAssets = ((): { cMapUrl?: string; standardFontDataUrl?: string } => {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  } catch {
    return {};
  }
})();

function beforeDeadline<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  const remaining = Math.max(0, deadline.at - Date.now());
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LimitExceeded('limit_time', 'part time budget exhausted while reading the PDF')), remaining);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function classify(err: unknown): unknown {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return new EncryptedContent('PDF is password-protected');
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
    return new CorruptContent(`PDF cannot be read: ${(err as Error).message}`);
  }
  return err;
}

export async function extractPdf(ctx: ExtractContext, bytes: Buffer, location: string): Promise<void> {
  const parser = new PDFParse({
    data: new Uint8Array(bytes),
    ...pdfjsAssets,
    cMapPacked: true,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const first = await beforeDeadline(parser.getText({ partial: [1], pageJoiner: '' }), ctx.deadline);
    const total = first.total;
    let pageText = first.pages[0]?.text ?? '';
    let textChars = 0;
    for (let page = 1; page <= total; page++) {
      if (page > 1) {
        ctx.deadline.check();
        const result = await beforeDeadline(parser.getText({ partial: [page], pageJoiner: '' }), ctx.deadline);
        pageText = result.pages[0]?.text ?? '';
      }
      textChars += pageText.trim().length;
      ctx.sink.addText({ ...originOf(ctx, joinLocation(location, `page ${page}`)), text: pageText.trim() });
    }
    if (total > 0 && textChars === 0) {
      // Scanned pages are images: nothing was read, so the PDF must not count as clean.
      ctx.sink.problem(location, 'no_text', 'PDF has no text layer (scanned image?); its content was not inspected', 'application/pdf');
    }
  } catch (err) {
    throw classify(err);
  } finally {
    // destroy() can itself fail on a half-loaded document; it must not mask the real outcome.
    await parser.destroy().catch(() => undefined);
  }
}
