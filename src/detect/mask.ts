/**
 * Masked samples: enough to recognise the kind of value, never the value itself. What stays in
 * clear, at most (this list is the contract; proved for every category by
 * test/detect/mask-property.test.ts):
 * - digits (phone 3+4, card 4+4, My Number / licence / pension 4, corporate number 1+4, bank /
 *   insurance 2, birth date 0) — separators kept, anything else masked;
 * - passport / residence card: the first 2 and last 2 characters;
 * - e-mail: the first character of the local part, and the domain (the organisation);
 * - person name: the family name, at most 4 characters; one word: 1 or 2 characters;
 * - address: up to the municipality, at most 10 characters;
 * - anything else (dictionary terms, 要配慮 words): 2 characters.
 */
const separator = /[\s\-‐－ー–—.・/()（）:：]/;

/** Keeps the first `head` and last `tail` digits, masks the other digits, keeps separators. */
export function maskDigits(value: string, head: number, tail: number): string {
  const total = [...value].filter(isDigit).length;
  // A short value would be shown whole: keep at most half of it, from the end.
  if (total <= head + tail) {
    tail = Math.min(tail, Math.floor(total / 2));
    head = 0;
  }
  let seen = 0;
  let out = '';
  for (const ch of value) {
    if (!isDigit(ch)) {
      out += separator.test(ch) ? ch : '*';
      continue;
    }
    seen++;
    out += seen <= head || seen > total - tail ? ch : '*';
  }
  return out;
}

/** `山田 太郎` → `山田 **`: the first word (family name) stays, the rest is masked. */
export function maskName(value: string): string {
  const parts = value.trim().split(/\s+/);
  if (parts.length > 1) {
    const family = [...parts[0]!];
    const shown = family.slice(0, 4).join('') + '*'.repeat(Math.max(0, family.length - 4));
    return `${shown} ${'*'.repeat(Math.max(2, [...parts.slice(1).join('')].length))}`;
  }
  const chars = [...value];
  const keep = chars.length >= 4 ? 2 : 1;
  return `${chars.slice(0, keep).join('')} ${'*'.repeat(Math.max(2, chars.length - keep))}`;
}

export function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at < 0) return `${[...value][0] ?? ''}***`;
  return `${[...value.slice(0, at)][0] ?? ''}***${value.slice(at)}`;
}

/** Letters + digits (passport, residence card): keep the leading letters and last 2 characters. */
export function maskAlnum(value: string): string {
  const chars = [...value];
  if (chars.length <= 4) return chars.map((c, i) => (i === 0 ? c : '*')).join('');
  return chars.map((c, i) => (i < 2 || i >= chars.length - 2 || separator.test(c) ? c : '*')).join('');
}

/** Addresses: keep up to the municipality, mask the rest. */
export function maskAddress(value: string): string {
  const m = /^(.*?[都道府県])?(.*?[市区町村郡])?/.exec(value);
  const chars = [...value];
  const keep = Math.min(10, [...(m?.[0] ?? '')].length || Math.min(3, chars.length));
  return chars.slice(0, keep).join('') + chars.slice(keep).join('').replace(/[^\s-]/g, '*').slice(0, 12);
}

/** Dictionary terms: a short hint only. */
export function maskText(value: string): string {
  const chars = [...value];
  if (chars.length <= 2) return `${chars[0] ?? ''}*`;
  return `${chars.slice(0, 2).join('')}${'*'.repeat(Math.min(8, chars.length - 2))}`;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
