/** E-mail addresses. */
import type { KeywordIndex } from '../context.js';
import type { Hit, Unit } from '../hit.js';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![\w-])/g;

export function findEmails(unit: Unit, kw: KeywordIndex): Hit[] {
  const hits: Hit[] = [];
  for (const m of unit.norm.text.matchAll(EMAIL)) {
    const start = m.index;
    const end = start + m[0].length;
    const keyword = kw.near('email_address', start, end, 60);
    hits.push({
      category: 'email_address',
      start,
      end,
      value: m[0].toLowerCase(),
      confidence: keyword ? 'high' : 'medium',
      reason: keyword ? 'format + keyword' : 'format',
    });
  }
  return hits;
}
