/**
 * MIME parsing with mailparser's streaming MailParser. Every leaf part comes out as raw
 * transfer-decoded bytes (base64 / quoted-printable undone, charset not yet applied) so that
 * charset.ts can decode mislabelled Japanese text, and so every part — bodies, attachments,
 * inline images, embedded messages — is seen once, in order. Embedded message/rfc822 parts are kept
 * whole (ignoreEmbedded) and extracted recursively by the caller with their own locations.
 */
import { MailParser } from 'mailparser';
import type { AddressObject, EmailAddress, Headers } from 'mailparser';
import type { MailAddress, MessageHeaders } from './types.js';

export interface MimePart {
  contentType: string;
  /** Declared charset (content-type parameter), if any. */
  charset?: string;
  filename: string;
  /** Raw Content-Disposition value (`attachment`, `inline`), if the part had one. */
  disposition?: string;
  /** `format=flowed` plain text (RFC 3676). */
  flowed?: { delSp: boolean };
  bytes: Buffer;
  /** Decoded size; larger than bytes.length when the part was cut at the size limit. */
  size: number;
  truncated: boolean;
  /** Text already decoded by mailparser (fallback path only). */
  text?: string;
}

export interface ParsedMime {
  headers: MessageHeaders;
  parts: MimePart[];
  /** Structural problems of the message itself (not of a part). */
  problems: { reason: 'corrupt' | 'limit_entries' | 'limit_size' | 'limit_time'; detail: string }[];
}

function emptyHeaders(): MessageHeaders {
  return { from: [], to: [], cc: [], bcc: [], replyTo: [], subject: '' };
}

function flattenAddresses(list: EmailAddress[], out: MailAddress[]): void {
  for (const entry of list) {
    if (entry.group) flattenAddresses(entry.group, out);
    else if (entry.address || entry.name) out.push({ name: entry.name ?? '', address: entry.address ?? '' });
  }
}

function addresses(value: unknown): MailAddress[] {
  const out: MailAddress[] = [];
  const objects = (Array.isArray(value) ? value : value ? [value] : []) as AddressObject[];
  for (const object of objects) if (object && Array.isArray(object.value)) flattenAddresses(object.value, out);
  return out;
}

function readHeaders(map: Headers): MessageHeaders {
  const headers = emptyHeaders();
  headers.from = addresses(map.get('from'));
  headers.to = addresses(map.get('to'));
  headers.cc = addresses(map.get('cc'));
  headers.bcc = addresses(map.get('bcc'));
  headers.replyTo = addresses(map.get('reply-to'));
  const subject = map.get('subject');
  headers.subject = typeof subject === 'string' ? subject : '';
  const messageId = map.get('message-id');
  if (typeof messageId === 'string' && messageId) headers.messageId = messageId;
  const date = map.get('date');
  if (date instanceof Date && !Number.isNaN(date.getTime())) headers.date = date.toISOString();
  return headers;
}

interface ContentTypeHeader {
  value?: string;
  params?: Record<string, string>;
}

/** Boundaries of multipart containers that are opened but never closed (`--b--` missing). */
export function unclosedBoundaries(raw: Buffer): string[] {
  // Header text is ASCII; latin1 keeps byte offsets and is cheap.
  const text = raw.toString('latin1');
  const missing: string[] = [];
  const pattern = /^content-type:[ \t]*multipart\/[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*/gim;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(match[0]);
    const value = boundary?.[1] ?? boundary?.[2];
    if (value && !text.includes(`--${value}--`)) missing.push(value);
  }
  return missing;
}

/**
 * Parses a message into headers and leaf parts. Parts larger than `maxPartBytes` are cut there
 * (and marked truncated). Never rejects: parser errors become problems next to what was parsed.
 */
export function parseMime(raw: Buffer, maxPartBytes: number, deadlineAt: number): Promise<ParsedMime> {
  return new Promise((resolve) => {
    const result: ParsedMime = { headers: emptyHeaders(), parts: [], problems: [] };
    const parser = new MailParser({
      ignoreEmbedded: true,
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
      skipTextLinks: true,
      keepDeliveryStatus: true,
      checksumAlgo: false,
    });
    // mailparser decodes text/plain and text/html itself (trusting the label, which Japanese mail
    // gets wrong) and merges them; with no "text types" every leaf arrives as a raw part instead.
    // Should a future mailparser drop this field, the 'text' fallback below still yields the bodies.
    const internals = parser as unknown as { textTypes?: unknown };
    if (Array.isArray(internals.textTypes)) internals.textTypes = [];

    let settled = false;
    const finish = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(
      () => {
        result.problems.push({ reason: 'limit_time', detail: 'MIME parsing did not finish within the message time budget' });
        parser.destroy();
        finish();
      },
      Math.max(0, deadlineAt - Date.now()),
    );

    parser.on('headers', (map: Headers) => {
      result.headers = readHeaders(map);
    });
    parser.on('data', (data: { type: string; [key: string]: unknown }) => {
      if (data.type === 'attachment') readAttachment(data, maxPartBytes, result.parts);
      else if (data.type === 'text') readFallbackText(data, result.parts);
    });
    parser.on('error', (err: Error) => {
      const tooMany = /child nodes|too many/i.test(err.message);
      const tooBig = /head.*size|header.*too large/i.test(err.message);
      result.problems.push({
        reason: tooMany ? 'limit_entries' : tooBig ? 'limit_size' : 'corrupt',
        detail: `message structure could not be fully parsed: ${err.message}`,
      });
      finish();
    });
    parser.on('end', finish);
    parser.end(raw);
  });
}

function readAttachment(data: { [key: string]: unknown }, maxPartBytes: number, parts: MimePart[]): void {
  const headers = data['headers'] as Headers | undefined;
  const contentTypeHeader = (headers?.get('content-type') ?? {}) as ContentTypeHeader;
  const params = contentTypeHeader.params ?? {};
  const part: MimePart = {
    // The declared type, not mailparser's guess from the file name.
    contentType: (contentTypeHeader.value ?? (data['contentType'] as string | undefined) ?? 'text/plain').toLowerCase(),
    filename: typeof data['filename'] === 'string' ? (data['filename'] as string) : '',
    bytes: Buffer.alloc(0),
    size: 0,
    truncated: false,
  };
  if (params['charset']) part.charset = params['charset'];
  const disposition = data['contentDisposition'];
  if (typeof disposition === 'string') part.disposition = disposition.toLowerCase();
  if ((params['format'] ?? '').toLowerCase() === 'flowed') part.flowed = { delSp: (params['delsp'] ?? '').toLowerCase() === 'yes' };
  parts.push(part);

  const chunks: Buffer[] = [];
  let kept = 0;
  const content = data['content'] as NodeJS.ReadableStream;
  const release = data['release'] as (() => void) | null;
  content.on('data', (chunk: Buffer) => {
    part.size += chunk.length;
    // Past the limit the stream is still drained (the parser needs it) but nothing is kept.
    if (kept + chunk.length <= maxPartBytes) {
      chunks.push(chunk);
      kept += chunk.length;
    } else {
      part.truncated = true;
    }
  });
  content.on('end', () => {
    part.bytes = Buffer.concat(chunks, kept);
    release?.();
  });
  content.on('error', () => {
    part.truncated = true;
    release?.();
  });
}

function readFallbackText(data: { [key: string]: unknown }, parts: MimePart[]): void {
  for (const [key, contentType] of [
    ['text', 'text/plain'],
    ['html', 'text/html'],
  ] as const) {
    const text = data[key];
    if (typeof text === 'string' && text) {
      parts.push({ contentType, filename: '', bytes: Buffer.alloc(0), size: Buffer.byteLength(text), truncated: false, text });
    }
  }
}
