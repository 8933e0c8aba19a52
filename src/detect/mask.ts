/** Masked samples: enough to recognise the kind of value, never the value itself. */

/** Keeps the first `head` and last `tail` digits, masks the other digits, keeps separators. */
export function maskDigits(value: string, head: number, tail: number): string {
  const total = [...value].filter(isDigit).length;
  let seen = 0;
  let out = '';
  for (const ch of value) {
    if (!isDigit(ch)) {
      out += ch;
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
  if (parts.length > 1) return `${parts[0]} ${'*'.repeat(Math.max(2, [...parts.slice(1).join('')].length))}`;
  const chars = [...value];
  const keep = chars.length >= 4 ? 2 : 1;
  return `${chars.slice(0, keep).join('')} ${'*'.repeat(Math.max(2, chars.length - keep))}`;
}

export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at < 0) return maskText(value);
  return `${value.slice(0, 1)}***${value.slice(at)}`;
}

/** Letters + digits (passport, residence card): keep the leading letters and last 2 characters. */
export function maskAlnum(value: string): string {
  const chars = [...value];
  return chars.map((c, i) => (i < 2 || i >= chars.length - 2 || !/[0-9A-Za-z]/.test(c) ? c : '*')).join('');
}

/** Addresses: keep up to the municipality, mask the rest. */
export function maskAddress(value: string): string {
  const m = /^(.*?[都道府県])?(.*?[市区町村郡])?/.exec(value);
  const keep = (m?.[0] ?? '').length || Math.min(3, value.length);
  return value.slice(0, keep) + value.slice(keep).replace(/[^\s-]/g, '*').slice(0, 12);
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
