/**
 * Lookalike domains: a recipient domain that is not ours or a partner's but reads like one
 * (`examp1e.co.jp`, `exmaple.co.jp`, `xn--exmple-cua.co.jp`, Cyrillic `ехаmple.co.jp`).
 */
import { domainToUnicode } from 'node:url';
import { isSameOrSubdomain, organisationLabel, registrableDomain } from './domains.js';

export interface LookalikeSettings {
  /** Edit distance (Damerau-Levenshtein) allowed for organisation names of 8+ characters. */
  maxDistance: number;
  /** Organisation names shorter than this are compared by confusable folding only (distance 0). */
  minLength: number;
  /** Domains never reported as lookalikes (e.g. a real, unrelated company). */
  ignore: readonly string[];
}

export const defaultLookalikeSettings: LookalikeSettings = { maxDistance: 2, minLength: 4, ignore: [] };

/** Single characters that render alike (Cyrillic/Greek homoglyphs, digits). */
const confusableChars: Record<string, string> = {
  '0': 'o', '1': 'l', i: 'l', '!': 'l', '|': 'l', '5': 's', '$': 's',
  // Cyrillic
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'l', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  // Greek
  α: 'a', β: 'b', ε: 'e', ι: 'l', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  // Latin look-alikes
  ı: 'l', ɡ: 'g', ɑ: 'a',
};

/** Letter pairs that render like one letter. */
const confusableRuns: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/** Fold a domain to a skeleton in which confusable spellings are equal. */
export function confusableSkeleton(domain: string): string {
  const unicode = domain.includes('xn--') ? domainToUnicode(domain) || domain : domain;
  const stripped = unicode.normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  let folded = '';
  for (const char of stripped) folded += confusableChars[char] ?? char;
  for (const [pattern, replacement] of confusableRuns) folded = folded.replace(pattern, replacement);
  return folded;
}

/** Optimal-string-alignment Damerau-Levenshtein distance (adjacent transpositions cost 1). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) rows.push(Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      const row = rows[i]!;
      const prev = rows[i - 1]!;
      let best = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = best;
    }
  }
  return rows[s.length]![t.length]!;
}

/** Distance allowed for an organisation name of this length. */
function allowedDistance(nameLength: number, settings: LookalikeSettings): number {
  if (nameLength < settings.minLength) return 0;
  if (nameLength < 8) return Math.min(1, settings.maxDistance);
  return settings.maxDistance;
}

/**
 * The length the distance budget is measured on: the one word that differs when the names are
 * words joined by hyphens and only one word changed (kawakita-fa against kawakita-jfc changes the
 * three-letter word jfc: another organisation, not a typo of this one), else the whole name.
 */
function changedWordLength(candidate: string, target: string): number {
  const a = candidate.split(/[-.]/);
  const b = target.split(/[-.]/);
  if (a.length === b.length && a.length > 1) {
    const changed = b.filter((word, i) => word !== a[i]);
    if (changed.length === 1) return [...changed[0]!].length;
  }
  return [...target].length;
}

/**
 * The protected domain that `domain` imitates, if any. `domain` must not itself be one of the
 * protected domains (callers classify exact and subdomain matches first).
 */
/** The reserved documentation names (RFC 2606, RFC 6761): example.com, example.jp, …example. */
const PLACEHOLDER_LABEL = /^(?:example|test|invalid|localhost)$/;
const RESTRICTED_SUFFIX = /\.(?:go|lg|ac|ed)\.jp$|\.(?:gov|mil|edu)(?:\.[a-z]{2})?$/;

export function findLookalike(
  domain: string,
  protectedDomains: readonly string[],
  settings: LookalikeSettings,
): string | undefined {
  if (domain === '' || settings.ignore.some((ignored) => isSameOrSubdomain(domain, ignored))) return undefined;
  const candidateSite = registrableDomain(domain);
  // Only a government, local government, university or school can hold a name under these
  // suffixes: such a recipient cannot be someone imitating the organisation.
  if (RESTRICTED_SUFFIX.test(candidateSite)) return undefined;
  const candidateSkeleton = confusableSkeleton(domain);
  const candidateSiteSkeleton = confusableSkeleton(candidateSite);
  for (const target of protectedDomains) {
    if (isSameOrSubdomain(domain, target)) continue;
    if (candidateSkeleton === confusableSkeleton(target)) return target;
    const targetSite = registrableDomain(target);
    if (targetSite === candidateSite) continue;
    // Both under the documentation name (RFC 2606: everest-japan.example.np against
    // payroll.example.jp): the organisations are the labels left of it, which are not alike.
    if (PLACEHOLDER_LABEL.test(organisationLabel(candidateSite)) && PLACEHOLDER_LABEL.test(organisationLabel(targetSite))) continue;
    if (candidateSiteSkeleton === confusableSkeleton(targetSite)) return target;
    const allowed = allowedDistance(changedWordLength(confusableSkeleton(organisationLabel(candidateSite)), confusableSkeleton(organisationLabel(targetSite))), settings);
    if (allowed > 0 && editDistance(candidateSiteSkeleton, confusableSkeleton(targetSite)) <= allowed) return target;
  }
  return undefined;
}
