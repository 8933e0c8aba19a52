/**
 * The header block of a raw message as latin1 text (one char per byte, so offsets are byte
 * offsets and unchanged bytes stay unchanged), with the field lines kept intact (folding
 * included). Used by the transforms to touch one field and leave every other byte as it was.
 */
import { decodeText } from '../../extract/charset.js';

export interface HeaderBlock {
  /** Field lines, each with its continuation lines and line endings. */
  fields: string[];
  /** Line ending the message uses (CRLF on the wire; LF in files some tools write). */
  eol: string;
  /** The bytes from the blank line on (separator + body), untouched. */
  rest: Buffer;
}

export function splitHeader(raw: Buffer): HeaderBlock {
  const text = raw.subarray(0, Math.min(raw.length, 1024 * 1024)).toString('latin1');
  const m = /\r?\n\r?\n/.exec(text);
  const headerEnd = m ? m.index + m[0].indexOf('\n') + 1 : text.length;
  const eol = m && m[0].startsWith('\r') ? '\r\n' : text.includes('\r\n') || !text.includes('\n') ? '\r\n' : '\n';
  const fields: string[] = [];
  for (const line of text.slice(0, headerEnd).split(/(?<=\n)/)) {
    if (line === '') continue;
    if (/^[ \t]/.test(line) && fields.length > 0) fields[fields.length - 1] += line;
    else fields.push(line);
  }
  // A header block cut without a final line ending still ends its last field here.
  const last = fields.length - 1;
  if (last >= 0 && !fields[last]!.endsWith('\n')) fields[last] += eol;
  return { fields, eol, rest: raw.subarray(Buffer.byteLength(text.slice(0, headerEnd), 'latin1')) };
}

export function joinHeader(block: HeaderBlock): Buffer {
  return Buffer.concat([Buffer.from(block.fields.join(''), 'latin1'), block.rest]);
}

export function fieldName(field: string): string {
  return field.slice(0, Math.max(0, field.indexOf(':'))).trim().toLowerCase();
}

/** The field's value, unfolded, as raw latin1 text (encoded words still encoded). */
export function fieldValue(field: string): string {
  return field.slice(field.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').replace(/\r?\n$/, '').trim();
}

/**
 * RFC 2047 encoded words decoded (any charset the extractor knows, ISO-2022-JP included);
 * whitespace between two encoded words is dropped, as the RFC says. Unencoded 8-bit text is
 * read as UTF-8 (SMTPUTF8) or the best Japanese guess.
 */
export function decodeFieldValue(value: string): string {
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  const decoded = joined.replace(/=\?([^?\s]+)\?([bqBQ])\?([^?\s]*)\?=/g, (_all, charset: string, enc: string, data: string) => {
    const bytes = enc.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64')
      : Buffer.from(data.replace(/_/g, ' ').replace(/=([0-9a-fA-F]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    return `\u0000${decodeText(bytes, charset.replace(/\*.*$/, '')).text}\u0000`;
  });
  // Plain parts: latin1 → bytes → text; decoded words are already text.
  return decoded
    .split('\u0000')
    .map((part, i) => (i % 2 === 1 ? part : /[\x80-\xff]/.test(part) ? decodeText(Buffer.from(part, 'latin1')).text : part))
    .join('');
}
