/**
 * One message (the top-level one or an attached .eml): subject, bodies, attachments. Attached
 * messages are extracted under their attachment's location, e.g. `attachment[1] fwd.eml › body (text/plain)`.
 */
import { decodeBody, unflow } from './body.js';
import type { ExtractContext, ExtractFile } from './context.js';
import { extractHtml } from './html.js';
import { attachmentLabel, joinLocation } from './location.js';
import { type MimePart, parseMime, unclosedBoundaries } from './mime.js';
import { reportError } from './problems.js';
import type { AttachmentInfo, MailAddress, MessageHeaders } from './types.js';

export interface MessageOutcome {
  headers: MessageHeaders;
  /** Top-level attachments (filled only for the outermost message). */
  attachments: AttachmentInfo[];
}

function isBody(part: MimePart): boolean {
  return (part.contentType === 'text/plain' || part.contentType === 'text/html') && !part.filename && part.disposition !== 'attachment';
}

function formatAddresses(list: MailAddress[]): string {
  return list.map((a) => (a.name ? `${a.name} <${a.address}>` : a.address)).join(', ');
}

/**
 * @param base location of this message ('' for the outermost one)
 * @param depth containers above this message's parts (0 for the outermost message)
 */
export async function extractMessageContent(
  ctx: ExtractContext,
  raw: Buffer,
  base: string,
  depth: number,
  extractFile: ExtractFile,
): Promise<MessageOutcome> {
  const outermost = base === '';
  const messageLocation = outermost ? 'message' : base;
  const parsed = await parseMime(raw, ctx.limits.maxPartBytes, ctx.budget.messageDeadline);
  const { headers } = parsed;
  const attachments: AttachmentInfo[] = [];

  for (const problem of parsed.problems) ctx.sink.problem(messageLocation, problem.reason, problem.detail, 'message/rfc822');
  for (const boundary of unclosedBoundaries(raw)) {
    ctx.sink.problem(
      messageLocation,
      'corrupt',
      `multipart boundary "${boundary}" is never closed: the message may be truncated (parts after it would be missing)`,
      'message/rfc822',
    );
  }

  if (outermost) {
    ctx.sink.addText({ location: 'subject', source: 'subject', text: headers.subject });
  } else {
    const origin = ctx.attachment !== undefined ? { source: ctx.source, attachment: ctx.attachment } : { source: ctx.source };
    ctx.sink.addText({ ...origin, location: joinLocation(base, 'subject'), text: headers.subject });
    const lines = (
      [
        ['From', headers.from],
        ['To', headers.to],
        ['Cc', headers.cc],
        ['Reply-To', headers.replyTo],
      ] as const
    )
      .filter(([, list]) => list.length > 0)
      .map(([label, list]) => `${label}: ${formatAddresses(list)}`);
    ctx.sink.addText({ ...origin, location: joinLocation(base, 'headers'), text: lines.join('\n') });
  }

  const bodyCounts = new Map<string, number>();
  let attachmentIndex = 0;
  for (const part of parsed.parts) {
    if (isBody(part)) {
      const count = (bodyCounts.get(part.contentType) ?? 0) + 1;
      bodyCounts.set(part.contentType, count);
      const location = joinLocation(base, `${count === 1 ? 'body' : `body[${count}]`} (${part.contentType})`);
      const bodyCtx: ExtractContext = outermost ? { ...ctx, source: 'body', deadline: ctx.budget.partDeadline() } : ctx;
      if (ctx.budget.messageExpired()) {
        ctx.sink.problem(location, 'limit_time', 'not inspected: message time budget exhausted', part.contentType);
        continue;
      }
      try {
        extractBody(bodyCtx, part, location);
      } catch (err) {
        reportError(ctx.sink, location, err, part.contentType);
      }
      continue;
    }

    attachmentIndex++;
    const label = attachmentLabel(attachmentIndex, part.filename, part.contentType);
    const location = joinLocation(base, label);
    const before = ctx.sink.mark();
    const partCtx: ExtractContext = outermost
      ? { ...ctx, source: 'attachment', attachment: part.filename || label, deadline: ctx.budget.partDeadline() }
      : ctx;
    if (ctx.budget.messageExpired()) {
      ctx.sink.problem(location, 'limit_time', 'not inspected: message time budget exhausted', part.contentType);
    } else if (part.truncated) {
      ctx.sink.problem(location, 'limit_size', `part is ${part.size} bytes, over the part limit of ${ctx.limits.maxPartBytes}`, part.contentType);
    } else {
      const input = { bytes: part.bytes, name: part.filename, contentType: part.contentType, location, depth };
      await extractFile(partCtx, part.charset ? { ...input, charset: part.charset } : input);
    }
    if (outermost) {
      const after = ctx.sink.mark();
      attachments.push({
        index: attachmentIndex,
        filename: part.filename,
        contentType: part.contentType,
        size: part.size,
        location,
        encrypted: after.encrypted > before.encrypted,
        inspected: after.encrypted === before.encrypted && after.uninspectable === before.uninspectable,
      });
    }
  }
  return { headers, attachments };
}

function extractBody(ctx: ExtractContext, part: MimePart, location: string): void {
  const html = part.contentType === 'text/html';
  let text: string;
  if (part.text !== undefined) {
    text = part.text;
  } else {
    const decoded = decodeBody(part.bytes, part.charset, html);
    if (!decoded.reliable) {
      ctx.sink.problem(
        location,
        'charset',
        `text could not be decoded cleanly (declared charset ${part.charset ?? 'none'}; invalid transfer encoding or unknown charset)`,
        part.contentType,
      );
    }
    text = decoded.text;
  }
  if (part.truncated) {
    ctx.sink.problem(location, 'limit_size', `body is ${part.size} bytes; only the first ${ctx.limits.maxPartBytes} were inspected`, part.contentType);
  }
  if (html) extractHtml(ctx, text, location);
  else ctx.sink.addText({ location, source: ctx.source, ...(ctx.attachment !== undefined ? { attachment: ctx.attachment } : {}), text: part.flowed ? unflow(text, part.flowed.delSp) : text });
}
