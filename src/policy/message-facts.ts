/** Facts about one message computed once per evaluation, shared by every rule's conditions. */
import type { Finding } from '../detect/types.js';
import type { ExtractionProblem, ExtractionResult, SourceKind } from '../extract/types.js';
import { categoryMatchesAny } from './categories.js';
import { classifyRecipients, type RecipientAnalysis } from './classify-recipients.js';
import { domainOfAddress, globToRegExp, isSameOrSubdomain, normalizeAddress, normalizeDomain } from './domains.js';
import type { LoadedPolicy, OrganisationFacts } from './loaded-policy.js';
import type { PolicyInput } from './types.js';

export interface LocatedFinding {
  finding: Finding;
  source: SourceKind;
  /** Every outside recipient is a partner allowed to receive this category. */
  allowedForPartners: boolean;
}

export interface SenderFacts {
  address: string;
  domain: string;
  /** Ids of the sender groups the address belongs to. */
  groups: string[];
}

export interface MessageFacts {
  input: PolicyInput;
  recipients: RecipientAnalysis;
  findings: LocatedFinding[];
  sender: SenderFacts;
  attachmentNames: string[];
  encrypted: ExtractionProblem[];
  uninspectable: ExtractionProblem[];
}

export function gatherMessageFacts(policy: LoadedPolicy, input: PolicyInput): MessageFacts {
  const recipients = classifyRecipients(policy, {
    envelope: input.envelope,
    headers: input.extraction.headers,
    knownDomains: input.knownDomains,
  });
  const outside = recipients.recipients.filter((r) => r.class !== 'internal');
  const partnerAllowances = outside.map((r) =>
    r.class === 'partner' ? policy.organisation.partners.find((p) => p.id === r.partner)?.allowedCategories ?? [] : null,
  );
  const allowedForPartners = (category: string) =>
    partnerAllowances.length > 0 && partnerAllowances.every((allowed) => allowed !== null && categoryMatchesAny(allowed, category));

  const locateSource = sourceLocator(input.extraction);
  const findings = input.detection.findings.map((finding) => ({
    finding,
    source: locateSource(finding.location),
    allowedForPartners: allowedForPartners(finding.category),
  }));

  const senderAddress = normalizeAddress(input.envelope.mailFrom || input.extraction.headers.from[0]?.address || '');
  const senderDomain = domainOfAddress(senderAddress);
  const attachmentNames = [
    ...new Set([
      ...input.extraction.attachments.map((a) => a.filename),
      ...input.extraction.segments.flatMap((s) => (s.attachment ? [s.attachment] : [])),
    ]),
  ].filter((name) => name !== '');

  return {
    input,
    recipients,
    findings,
    sender: {
      address: senderAddress,
      domain: senderDomain,
      groups: senderGroupsOf(policy.organisation, senderAddress, senderDomain),
    },
    attachmentNames,
    encrypted: problemsWithFindings(input.extraction.encrypted, findings, 'encrypted_attachment', 'encrypted'),
    uninspectable: problemsWithFindings(input.extraction.uninspectable, findings, 'uninspectable', 'unsupported_format'),
  };
}

/** Group ids whose patterns match: `*@hr.example.co.jp` (address glob) or `hr.example.co.jp` (domain). */
export function senderGroupsOf(organisation: OrganisationFacts, address: string, domain: string): string[] {
  return organisation.senderGroups
    .filter((group) =>
      group.match.some((pattern) =>
        pattern.includes('@') ? globToRegExp(pattern).test(address) : isSameOrSubdomain(domain, normalizeDomain(pattern)),
      ),
    )
    .map((group) => group.id);
}

/** Location type of a finding: from the extraction segment/table it lies in, else from its prefix. */
function sourceLocator(extraction: ExtractionResult): (location: string) => SourceKind {
  const known = [...extraction.segments, ...extraction.tables]
    .map((s) => ({ location: s.location, source: s.source }))
    .sort((a, b) => b.location.length - a.location.length);
  return (location) => {
    const hit = known.find((k) => location === k.location || location.startsWith(k.location));
    if (hit) return hit.source;
    if (/^subject/i.test(location)) return 'subject';
    if (/^header/i.test(location)) return 'header';
    if (/^attachment/i.test(location)) return 'attachment';
    return 'body';
  };
}

/** Problems reported by extraction, plus condition findings a detector may emit for the same thing. */
function problemsWithFindings(
  problems: readonly ExtractionProblem[],
  findings: readonly LocatedFinding[],
  category: string,
  reason: ExtractionProblem['reason'],
): ExtractionProblem[] {
  const out = [...problems];
  for (const { finding } of findings) {
    if (finding.category !== category || out.some((p) => p.location === finding.location)) continue;
    out.push({ location: finding.location, reason, detail: finding.reason ?? category });
  }
  return out;
}
