import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createHasher } from '../../src/detect/hash.js';

/** The definition the stored hashes were made with: HMAC-SHA256, base64url, 22 characters. */
const reference = (key: string, category: string, value: string): string =>
  createHmac('sha256', key).update(category).update('\0').update(value).digest('base64url').slice(0, 22);

describe('keyed value hashes', () => {
  it('are HMAC-SHA256 of category and value, for short, block-sized and long keys and any value', () => {
    const values = ['', '090-1234-5678', '神奈川県横浜市西区みなとみらい4-4-4', 'user@example.com', '\ud83d\ude00 絵文字', 'lone \ud800 surrogate', 'x'.repeat(1300), '長'.repeat(1300), '長'.repeat(1400), 'y'.repeat(5000)];
    for (const key of ['k', 'a'.repeat(64), 'b'.repeat(65), '鍵'.repeat(30)]) {
      const hasher = createHasher(key);
      for (const value of values) for (const category of ['phone', 'person_name']) expect(hasher(category, value)).toBe(reference(key, category, value));
    }
  });

  it('depend on the key and the category; without a key they are stable within the process', () => {
    expect(createHasher('one')('phone', '0312345678')).not.toBe(createHasher('two')('phone', '0312345678'));
    const hasher = createHasher('one');
    expect(hasher('phone', '0312345678')).not.toBe(hasher('my_number', '0312345678'));
    const unkeyed = createHasher(undefined);
    expect(unkeyed('phone', '0312345678')).toBe(unkeyed('phone', '0312345678'));
    expect(unkeyed('phone', '0312345678')).not.toBe(createHasher(undefined)('phone', '0312345678'));
  });
});
