import type { MessageFacts } from './types.js';

const dayMs = 24 * 60 * 60_000;

export type ScopeMatch = 'same_recipient' | 'same_organisation';

export interface ScopeCandidate {
  facts: MessageFacts;
  /** Why it is a candidate: a wrong recipient again, or another address at the same organisation. */
  match: ScopeMatch;
  /** The wrong addresses/domains it shares. */
  shared: string[];
}

/** Registrable-ish organisation key of a domain: the last three labels for *.co.jp-style names, else two. */
export function organisationOf(domain: string): string {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  const secondLevel = /^(co|ne|or|ac|go|ad|ed|gr|lg)$/.test(labels.at(-2) ?? '') && labels.at(-1) === 'jp';
  return labels.slice(secondLevel ? -3 : -2).join('.');
}

/** Free-mail providers: the same provider is not the same organisation. */
const freemail = new Set(['gmail.com', 'yahoo.co.jp', 'outlook.com', 'outlook.jp', 'hotmail.com', 'icloud.com', 'live.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'i.softbank.jp', 'au.com']);

/**
 * Other messages of the same sender that went to a wrong recipient again, or to the same
 * organisation, within ± `windowDays` of the anchor. Pure: `others` are the sender's messages
 * that left in the window (the caller lists them); the anchor itself is skipped.
 */
export function scopeCandidates(anchor: MessageFacts, wrongRecipients: readonly string[], others: readonly MessageFacts[], windowDays: number): ScopeCandidate[] {
  const wrong = new Set(wrongRecipients.map((a) => a.toLowerCase()));
  const wrongOrgs = new Set(
    [...wrong].map((a) => a.slice(a.lastIndexOf('@') + 1)).filter((d) => d && !freemail.has(d)).map(organisationOf),
  );
  const from = anchor.receivedAt - windowDays * dayMs;
  const to = anchor.receivedAt + windowDays * dayMs;
  const out: ScopeCandidate[] = [];
  for (const m of others) {
    if (m.id === anchor.id || m.receivedAt < from || m.receivedAt > to) continue;
    if (m.mailFrom.toLowerCase() !== anchor.mailFrom.toLowerCase()) continue;
    const sameAddress = m.recipients.filter((r) => wrong.has(r.address)).map((r) => r.address);
    if (sameAddress.length) {
      out.push({ facts: m, match: 'same_recipient', shared: sameAddress });
      continue;
    }
    const sameOrg = m.recipients.filter((r) => !freemail.has(r.domain) && wrongOrgs.has(organisationOf(r.domain))).map((r) => r.domain);
    if (sameOrg.length) out.push({ facts: m, match: 'same_organisation', shared: [...new Set(sameOrg)] });
  }
  return out.sort((a, b) => a.facts.receivedAt - b.facts.receivedAt);
}
