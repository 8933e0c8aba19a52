/**
 * Clean extraction of the project's own hard MIME (test/helpers/hard-mime.ts): every clone runs
 * this, with or without the public datasets beside the checkout.
 */
import { describe, expect, it } from 'vitest';
import { extractMessage } from '../../src/extract/index.js';
import { hardMimeMessages } from '../helpers/hard-mime.js';

const corpus = hardMimeMessages();

describe('hard MIME made by the project', () => {
  it.each(corpus.map((m) => [m.name, m] as const))('%s: every text where it belongs, only the expected problems', async (_name, message) => {
    const result = await extractMessage(message.raw);
    expect(result.size).toBe(message.raw.length);
    expect(result.headers.from).toEqual([{ name: '山田 太郎', address: 'yamada.taro@example.co.jp' }]);
    if (message.subject) expect(result.headers.subject).toBe(message.subject);
    for (const [location, text] of Object.entries(message.texts)) {
      const segment = result.segments.find((s) => s.location === location);
      expect(segment?.text.replace(/\r\n/g, '\n'), `${message.about}: ${location}`).toContain(text);
    }
    // No mojibake anywhere: U+FFFD would mean a charset was guessed wrong.
    for (const segment of result.segments) expect(segment.text, segment.location).not.toContain('\uFFFD');
    for (const [location, header] of Object.entries(message.tables ?? {})) {
      expect(result.tables.find((t) => t.location === location)?.header, location).toEqual(header);
    }
    const problems = [...result.uninspectable, ...result.encrypted].map((p) => ({ location: p.location, reason: p.reason }));
    expect(problems, message.about).toEqual(message.problems ?? []);
    // Every attachment is inspected or explained.
    for (const attachment of result.attachments) {
      expect(attachment.inspected || problems.some((p) => p.location.startsWith(attachment.location)), attachment.location).toBe(true);
    }
  });
});
