/** What every extractor is handed: limits, budgets, where to put results, and where it is. */
import type { Deadline, MessageBudget } from './limits.js';
import type { ExtractionSink } from './sink.js';
import type { ExtractionLimits, SourceKind } from './types.js';

export interface ExtractContext {
  limits: ExtractionLimits;
  budget: MessageBudget;
  sink: ExtractionSink;
  /** Deadline of the top-level part being read (entries of an archive share it). */
  deadline: Deadline;
  /** 'body' for message bodies, 'attachment' inside attachments (nested messages included). */
  source: SourceKind;
  /** Name of the top-level attachment this part belongs to. */
  attachment?: string;
}

/** One file to extract: an attachment, an archive entry, a nested message's part. */
export interface FileInput {
  bytes: Buffer;
  /** File name as sent (may be empty). */
  name: string;
  /** Declared MIME type (may be generic, e.g. application/octet-stream). */
  contentType: string;
  /** Declared charset of a text part, if any. */
  charset?: string;
  location: string;
  /** Number of containers (archives, messages) this file is inside; the top-level message is 0. */
  depth: number;
}

/** The origin fields every segment from this context carries. */
export function originOf(ctx: ExtractContext, location: string): { location: string; source: SourceKind; attachment?: string } {
  return ctx.attachment !== undefined
    ? { location, source: ctx.source, attachment: ctx.attachment }
    : { location, source: ctx.source };
}

/** Extracts one file of any kind; passed to the container readers (archives, messages). */
export type ExtractFile = (ctx: ExtractContext, input: FileInput) => Promise<void>;
