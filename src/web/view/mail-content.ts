/**
 * What the UI shows from the mail itself (subject, From, attachments, text). Parsed with
 * mailparser and cached by message id (raw bytes never change). Never rendered as HTML.
 */
import { simpleParser, type AddressObject } from 'mailparser';
import { convert } from 'html-to-text';

export interface MailHeaderView {
  subject: string;
  from: string;
  to: string[];
  cc: string[];
}

export interface MailAttachmentView {
  filename: string;
  contentType: string;
  size: number;
  /** Known only from the inspector (password-protected archive or document). */
  encrypted?: boolean;
}

const emptyHeaders: MailHeaderView = { subject: '', from: '', to: [], cc: [] };

function addressList(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.flatMap((a) => a.value.map((v) => (v.name ? `${v.name} <${v.address ?? ''}>` : v.address ?? '')));
}

function headerBlock(raw: Buffer): Buffer {
  const end = raw.indexOf('\r\n\r\n');
  const endLf = raw.indexOf('\n\n');
  const cut = end >= 0 ? end + 4 : endLf >= 0 ? endLf + 2 : Math.min(raw.length, 64 * 1024);
  return raw.subarray(0, Math.min(cut, 256 * 1024));
}

export class MailContentCache {
  private readonly headers = new Map<string, MailHeaderView>();
  private readonly attachments = new Map<string, MailAttachmentView[]>();

  constructor(private readonly maxEntries = 2000) {}

  private remember<T>(map: Map<string, T>, id: string, value: T): T {
    if (map.size >= this.maxEntries) map.delete(map.keys().next().value!);
    map.set(id, value);
    return value;
  }

  async headersOf(id: string, raw: () => Promise<Buffer | undefined>): Promise<MailHeaderView> {
    const cached = this.headers.get(id);
    if (cached) return cached;
    const bytes = await raw();
    if (!bytes) return emptyHeaders;
    try {
      const parsed = await simpleParser(headerBlock(bytes), { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
      return this.remember(this.headers, id, {
        subject: parsed.subject ?? '',
        from: addressList(parsed.from)[0] ?? '',
        to: addressList(parsed.to),
        cc: addressList(parsed.cc),
      });
    } catch {
      return emptyHeaders;
    }
  }

  /** Attachment names and sizes from the full MIME parse (only when the inspector stored none). */
  async attachmentsOf(id: string, raw: () => Promise<Buffer | undefined>): Promise<MailAttachmentView[]> {
    const cached = this.attachments.get(id);
    if (cached) return cached;
    const bytes = await raw();
    if (!bytes) return [];
    try {
      const parsed = await simpleParser(bytes, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
      return this.remember(
        this.attachments,
        id,
        parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, size: a.size })),
      );
    } catch {
      return [];
    }
  }
}

/** The message as plain text for the deliberate "show original" action (HTML converted to text). */
export async function originalText(raw: Buffer): Promise<{ headers: Array<[string, string]>; text: string; attachments: MailAttachmentView[] }> {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const headers: Array<[string, string]> = [];
  for (const line of parsed.headerLines) {
    const colon = line.line.indexOf(':');
    if (colon > 0) headers.push([line.line.slice(0, colon), line.line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ').trim()]);
  }
  const decoded: Array<[string, string]> = [];
  for (const [name, value] of headers) {
    if (/^(from|to|cc|subject|date|reply-to|message-id)$/i.test(name)) {
      const key = name.toLowerCase();
      const v = parsed.headers.get(key);
      const text = key === 'subject' ? parsed.subject ?? value : typeof v === 'object' && v && 'text' in v ? String((v as { text: string }).text) : value;
      decoded.push([name, text]);
    }
  }
  const text = parsed.text ?? (typeof parsed.html === 'string' ? convert(parsed.html, { wordwrap: false }) : '');
  return { headers: decoded, text, attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType, size: a.size })) };
}
