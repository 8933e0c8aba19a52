/** Text and HTML parts → decoded text: charset (with fallback), format=flowed, HTML <meta charset>. */
import { type DecodedText, decodeText } from './charset.js';

/** RFC 3676: a line ending in a space continues on the next one (quote depth aside). */
export function unflow(text: string, delSp: boolean): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let current = '';
  let joining = false;
  for (const rawLine of lines) {
    const line = rawLine.startsWith(' ') ? rawLine.slice(1) : rawLine; // space-stuffing
    const soft = line.endsWith(' ') && line !== '-- ';
    const content = soft && delSp ? line.slice(0, -1) : line;
    current = joining ? current + content : content;
    joining = soft;
    if (!soft) {
      out.push(current);
      current = '';
    }
  }
  if (joining) out.push(current);
  return out.join('\n');
}

/** The charset an HTML document declares for itself, for parts whose MIME header has none. */
export function htmlMetaCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head)?.[1];
}

export function decodeBody(bytes: Buffer, charset: string | undefined, html: boolean): DecodedText {
  const declared = charset ?? (html ? htmlMetaCharset(bytes) : undefined);
  const decoded = decodeText(bytes, declared);
  return { ...decoded, text: decoded.text.replace(/\r\n?/g, '\n') };
}
