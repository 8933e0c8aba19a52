/** Per-recipient facts (class, visibility, lookalike, first time) and the counts rules use. Pure. */
import type { MessageHeaders } from '../extract/types.js';
import { domainOfAddress, matchesAnyDomain, normalizeAddress, normalizeDomain, registrableDomain } from './domains.js';
import type { LoadedPolicy, OrganisationFacts } from './loaded-policy.js';
import { findLookalike } from './lookalike.js';
import type { Envelope, RecipientClass, RecipientFacts, RecipientSummary } from './types.js';

export interface RecipientInput {
  envelope: Envelope;
  headers: Pick<MessageHeaders, 'to' | 'cc'>;
  /** Domains the sender or organisation has sent to before (any case; registrable or full). */
  knownDomains: ReadonlySet<string>;
}

export interface RecipientAnalysis {
  recipients: RecipientFacts[];
  summary: RecipientSummary;
  /** Organisation keys of outside recipients (`example.co.jp`, `partner:payroll`, `freemail:a@gmail.com`). */
  organisations: string[];
}

/** Class of one domain: blocked > internal > partner > free-mail > external. */
export function classifyDomain(
  organisation: OrganisationFacts,
  domain: string,
): { class: RecipientClass; partner?: string } {
  const normalized = normalizeDomain(domain);
  if (matchesAnyDomain(normalized, organisation.blockedDomains)) return { class: 'blocked' };
  if (matchesAnyDomain(normalized, organisation.internalDomains)) return { class: 'internal' };
  const partner = organisation.partners.find((p) => matchesAnyDomain(normalized, p.domains));
  if (partner) return { class: 'partner', partner: partner.id };
  if (isFreemail(organisation.freemailDomains, normalized)) return { class: 'freemail' };
  return { class: 'external' };
}

function isFreemail(freemail: ReadonlySet<string>, domain: string): boolean {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    if (freemail.has(d)) return true;
  }
  return false;
}

/**
 * Recipients are the envelope's RCPT TO addresses (deduplicated); an address is visible when it
 * also appears in the To or Cc header, otherwise it is envelope-only (Bcc).
 */
export function classifyRecipients(
  policy: Pick<LoadedPolicy, 'organisation' | 'lookalike'>,
  input: RecipientInput,
): RecipientAnalysis {
  const { organisation } = policy;
  const visible = new Set([...input.headers.to, ...input.headers.cc].map((m) => normalizeAddress(m.address)));
  const known = new Set([...input.knownDomains].map(normalizeDomain));
  const protectedDomains = [...organisation.internalDomains, ...organisation.partners.flatMap((p) => p.domains)];
  const addresses = [...new Set(input.envelope.rcptTo.map(normalizeAddress))];

  const recipients = addresses.map((address): RecipientFacts => {
    const domain = domainOfAddress(address);
    const { class: recipientClass, partner } = classifyDomain(organisation, domain);
    const outside = recipientClass !== 'internal';
    const facts: RecipientFacts = {
      address,
      domain,
      class: recipientClass,
      visible: visible.has(address),
      firstTime: outside && !known.has(domain) && !known.has(registrableDomain(domain)),
    };
    if (partner !== undefined) facts.partner = partner;
    if (recipientClass === 'external' || recipientClass === 'freemail' || recipientClass === 'blocked') {
      const lookalikeOf = findLookalike(domain, protectedDomains, policy.lookalike);
      if (lookalikeOf !== undefined) facts.lookalikeOf = lookalikeOf;
    }
    return facts;
  });

  const outside = recipients.filter((r) => r.class !== 'internal');
  const organisations = [...new Set(outside.map(organisationKey))];
  return {
    recipients,
    organisations,
    summary: {
      total: recipients.length,
      outside: outside.length,
      outsideVisible: outside.filter((r) => r.visible).length,
      organisations: organisations.length,
    },
  };
}

/** Unrelated parties: a partner is one party; each free-mail user is a party of their own. */
function organisationKey(recipient: RecipientFacts): string {
  if (recipient.partner !== undefined) return `partner:${recipient.partner}`;
  if (recipient.class === 'freemail') return `freemail:${recipient.address}`;
  return registrableDomain(recipient.domain);
}
