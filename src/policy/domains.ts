/** Domain names: normalisation (IDN → ASCII), subdomain matching and registrable-domain ("organisation") folding. */
import { domainToASCII } from 'node:url';

/** Lower-case ASCII (punycode) form; trailing dot removed. Invalid IDNs fall back to lower case. */
export function normalizeDomain(domain: string): string {
  const trimmed = domain.trim().replace(/\.$/, '').toLowerCase();
  if (trimmed === '') return '';
  if (/^[a-z0-9.-]+$/.test(trimmed)) return trimmed;
  return domainToASCII(trimmed) || trimmed;
}

/** Address `Taro <taro@Example.CO.JP>` or `taro@example.co.jp` → normalised lower-case address. */
export function normalizeAddress(address: string): string {
  const inner = /<([^>]*)>/.exec(address)?.[1] ?? address;
  const trimmed = inner.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed.toLowerCase();
  return `${trimmed.slice(0, at).toLowerCase()}@${normalizeDomain(trimmed.slice(at + 1))}`;
}

export function domainOfAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : normalizeDomain(address.slice(at + 1));
}

/** True when `domain` is `base` or one of its subdomains. Both normalised. */
export function isSameOrSubdomain(domain: string, base: string): boolean {
  return domain === base || domain.endsWith(`.${base}`);
}

export function matchesAnyDomain(domain: string, bases: readonly string[]): string | undefined {
  return bases.find((base) => isSameOrSubdomain(domain, base));
}

/** Host-name syntax after IDN conversion: labels of letters, digits and inner hyphens, at least two labels. */
export function isDomainName(value: string): boolean {
  const ascii = normalizeDomain(value);
  if (ascii.length === 0 || ascii.length > 253) return false;
  const labels = ascii.split('.');
  return labels.length >= 2 && labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
}

/** Second-level labels under .jp that are not registrable on their own (属性型 / 汎用 JP). */
const jpAttributeLabels = new Set(['ac', 'ad', 'co', 'ed', 'go', 'gr', 'lg', 'ne', 'or']);

/** 都道府県型 JP: `<name>.<prefecture>.jp` and the older `<name>.<city>.<prefecture>.jp`. */
const jpPrefectures = new Set([
  'hokkaido', 'aomori', 'iwate', 'miyagi', 'akita', 'yamagata', 'fukushima', 'ibaraki', 'tochigi', 'gunma',
  'saitama', 'chiba', 'tokyo', 'kanagawa', 'niigata', 'toyama', 'ishikawa', 'fukui', 'yamanashi', 'nagano',
  'gifu', 'shizuoka', 'aichi', 'mie', 'shiga', 'kyoto', 'osaka', 'hyogo', 'nara', 'wakayama', 'tottori',
  'shimane', 'okayama', 'hiroshima', 'yamaguchi', 'tokushima', 'kagawa', 'ehime', 'kochi', 'fukuoka', 'saga',
  'nagasaki', 'kumamoto', 'oita', 'miyazaki', 'kagoshima', 'okinawa',
]);

/** Common two-label public suffixes outside Japan (a short list, not the full Public Suffix List). */
const twoLabelSuffixes = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'ltd.uk', 'plc.uk', 'me.uk',
  'com.au', 'net.au', 'org.au', 'edu.au', 'gov.au',
  'co.nz', 'org.nz', 'ac.nz', 'govt.nz',
  'co.kr', 'or.kr', 'ac.kr', 'go.kr', 'ne.kr',
  'com.cn', 'net.cn', 'org.cn', 'edu.cn', 'gov.cn',
  'com.tw', 'org.tw', 'edu.tw', 'gov.tw', 'net.tw',
  'com.hk', 'org.hk', 'edu.hk', 'gov.hk', 'net.hk',
  'com.sg', 'edu.sg', 'gov.sg', 'org.sg', 'net.sg',
  'co.th', 'ac.th', 'go.th', 'or.th', 'in.th',
  'co.in', 'net.in', 'org.in', 'ac.in', 'gov.in',
  'co.id', 'ac.id', 'go.id', 'or.id',
  'com.my', 'edu.my', 'gov.my', 'org.my',
  'com.ph', 'com.vn', 'edu.vn', 'gov.vn',
  'com.br', 'net.br', 'org.br', 'gov.br', 'com.mx', 'com.ar',
  'co.za', 'ac.za', 'org.za', 'gov.za',
  'co.il', 'ac.il', 'com.tr', 'com.sa', 'com.eg',
]);

/** Number of labels that form the public suffix of `domain`. */
function publicSuffixLength(labels: readonly string[]): number {
  const n = labels.length;
  const tld = labels[n - 1];
  const second = labels[n - 2];
  if (tld === 'jp' && second !== undefined) {
    if (jpAttributeLabels.has(second)) return 2;
    if (jpPrefectures.has(second)) return n >= 4 ? 3 : 2;
    return 1;
  }
  if (second !== undefined && twoLabelSuffixes.has(`${second}.${tld}`)) return 2;
  return 1;
}

/**
 * The registrable domain, i.e. the organisation's own name plus its public suffix:
 * `mail.a.example.co.jp` → `example.co.jp`, `www.city.shibuya.tokyo.jp` → `city.shibuya.tokyo.jp`.
 */
export function registrableDomain(domain: string): string {
  const labels = normalizeDomain(domain).split('.').filter((label) => label !== '');
  const suffix = publicSuffixLength(labels);
  if (labels.length <= suffix) return labels.join('.');
  return labels.slice(-(suffix + 1)).join('.');
}

/** The organisation label of a registrable domain without its suffix (`example` for `example.co.jp`). */
export function organisationLabel(domain: string): string {
  const labels = normalizeDomain(domain).split('.').filter((label) => label !== '');
  const suffix = publicSuffixLength(labels);
  return labels.slice(0, Math.max(0, labels.length - suffix)).join('.');
}

const globCache = new Map<string, RegExp>();

/**
 * `*` matches any run of characters; the rest is literal; whole, case-insensitive match.
 * Compiled once per pattern (policies match the same few patterns against every message);
 * the expressions have no `g` flag, so a shared one keeps no state between tests.
 */
export function globToRegExp(glob: string): RegExp {
  const cached = globCache.get(glob);
  if (cached) return cached;
  const compiled = compileGlob(glob);
  if (globCache.size < 1024) globCache.set(glob, compiled);
  return compiled;
}

function compileGlob(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, 'i');
}
