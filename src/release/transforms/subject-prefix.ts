/**
 * Subject prefix (e.g. 【社外】): the prefix is put in front of the Subject as an RFC 2047
 * encoded word (UTF-8, B), and the original value follows byte for byte — whatever charset it
 * was encoded in. A subject that already starts with the prefix (a reply, a re-send, a second
 * rule) is left alone, so the prefix is never doubled. No Subject field: one is added.
 */
import type { TransformInput, TransformOutput } from './types.js';
import { decodeFieldValue, fieldName, fieldValue, joinHeader, splitHeader } from './header-block.js';

/** Encoded words of at most 45 bytes of UTF-8 each (60 base64 characters), split on character boundaries. */
export function encodeWordsUtf8(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of text) {
    if (Buffer.byteLength(current + ch, 'utf8') > 45) {
      words.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) words.push(current);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`);
}

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Does the (decoded) subject already start with the prefix, ignoring Re:/Fwd: and width/space differences? */
export function hasPrefix(subject: string, prefix: string): boolean {
  const s = normalise(subject).replace(/^((re|fwd?|aw|返信|転送)[:：])+/i, '');
  return s.startsWith(normalise(prefix)) || normalise(subject).startsWith(normalise(prefix));
}

export async function prefixSubject(input: TransformInput, prefix: string): Promise<TransformOutput> {
  const block = splitHeader(input.raw);
  const index = block.fields.findIndex((f) => fieldName(f) === 'subject');
  const words = encodeWordsUtf8(prefix);
  if (index === -1) {
    block.fields.push(`Subject: ${words.join(`${block.eol} `)}${block.eol}`);
    return { ...input, raw: joinHeader(block), notes: [`subject prefix ${JSON.stringify(prefix)} added (no subject before)`] };
  }
  const field = block.fields[index]!;
  if (hasPrefix(decodeFieldValue(fieldValue(field)), prefix)) {
    return { ...input, notes: [`subject prefix ${JSON.stringify(prefix)} already present; unchanged`] };
  }
  // `Subject:` + the prefix words, then the original value (its own folding kept) on a continuation line.
  const original = field.slice(field.indexOf(':') + 1).replace(/^[ \t]+/, '');
  const value = original.replace(/\r?\n$/, '') === '' ? '' : `${block.eol} ${original.replace(/\r?\n$/, '')}`;
  block.fields[index] = `Subject: ${words.join(`${block.eol} `)}${value}${block.eol}`;
  return { ...input, raw: joinHeader(block), notes: [`subject prefix ${JSON.stringify(prefix)} added`] };
}
