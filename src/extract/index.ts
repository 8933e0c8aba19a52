/**
 * Extraction stage: raw message bytes → text segments and tables with human-followable locations,
 * plus every part that could not be read (encrypted, unsupported, over a limit, corrupt).
 */
import type { ExtractContext } from './context.js';
import { extractFile } from './file.js';
import { MessageBudget, resolveLimits } from './limits.js';
import { extractMessageContent } from './message.js';
import { reportError } from './problems.js';
import { ExtractionSink } from './sink.js';
import type { AttachmentInfo, ExtractionLimits, ExtractionResult, MessageHeaders } from './types.js';

export * from './types.js';

/**
 * Extracts everything inspectable from a raw RFC 5322 message. Never throws: problems are reported
 * in `encrypted` / `uninspectable` with a stable reason. Limits are enforced while reading.
 */
export async function extractMessage(raw: Buffer, limits?: Partial<ExtractionLimits>): Promise<ExtractionResult> {
  const resolved = resolveLimits(limits);
  const budget = new MessageBudget(resolved);
  const sink = new ExtractionSink();
  let headers: MessageHeaders = { from: [], to: [], cc: [], bcc: [], replyTo: [], subject: '' };
  let attachments: AttachmentInfo[] = [];
  const bytes = Buffer.isBuffer(raw) ? raw : Buffer.from((raw ?? '') as string);
  try {
    const ctx: ExtractContext = { limits: resolved, budget, sink, deadline: budget.partDeadline(), source: 'body' };
    const outcome = await extractMessageContent(ctx, bytes, '', 0, extractFile);
    headers = outcome.headers;
    attachments = outcome.attachments;
  } catch (err) {
    reportError(sink, 'message', err, 'message/rfc822');
  }
  return {
    headers,
    size: bytes.length,
    segments: sink.segments,
    tables: sink.tables,
    attachments,
    encrypted: sink.encrypted,
    uninspectable: sink.uninspectable,
  };
}
