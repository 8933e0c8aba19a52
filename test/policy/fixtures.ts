/** Builders for PolicyInput: extraction and detection results constructed directly (no MIME, no detector). */
import type { Finding } from '../../src/detect/types.js';
import type { AttachmentInfo, ExtractionProblem, ExtractionResult, MailAddress } from '../../src/extract/types.js';
import type { PolicyInput } from '../../src/policy/index.js';

export interface MessageSpec {
  from?: string;
  to?: string[];
  cc?: string[];
  bcc?: string[];
  /** Envelope recipients; default to + cc + bcc. */
  rcpt?: string[];
  subject?: string;
  findings?: Partial<Finding>[];
  personCount?: number;
  recordCount?: number;
  encrypted?: Partial<ExtractionProblem>[];
  uninspectable?: Partial<ExtractionProblem>[];
  attachments?: string[];
  size?: number;
  knownDomains?: string[];
}

const mailbox = (address: string): MailAddress => ({ name: '', address });

/** Categories the detector always attributes to someone (a third person unless it is the addressee's own). */
const ATTRIBUTED = /^(?:my_number|credit_card|passport|drivers_license|residence_card|health_insurance|pension_number|sensitive\..+)$/;

export function finding(spec: Partial<Finding>): Finding {
  const category = spec.category ?? 'person_name';
  return {
    category,
    confidence: 'high',
    count: 1,
    location: 'body (text/plain)',
    sample: '***',
    hashes: [],
    ...(ATTRIBUTED.test(category) ? { subject: 'third_person' as const, subjectReason: 'identifier of a person' } : {}),
    ...spec,
  };
}

export function message(spec: MessageSpec = {}): PolicyInput {
  const from = spec.from ?? 'taro.yamada@example.co.jp';
  const to = spec.to ?? [];
  const cc = spec.cc ?? [];
  const bcc = spec.bcc ?? [];
  const findings = (spec.findings ?? []).map(finding);
  const categories: Record<string, number> = {};
  for (const f of findings) if (f.confidence !== 'low') categories[f.category] = (categories[f.category] ?? 0) + f.count;
  const attachments: AttachmentInfo[] = (spec.attachments ?? []).map((filename, i) => ({
    index: i + 1,
    filename,
    contentType: 'application/octet-stream',
    size: 1000,
    location: `attachment[${i + 1}] ${filename}`,
    encrypted: false,
    inspected: true,
  }));
  const problem = (p: Partial<ExtractionProblem>, reason: ExtractionProblem['reason']): ExtractionProblem => ({
    location: 'attachment[1] data.zip',
    reason,
    detail: reason,
    ...p,
  });
  const extraction: ExtractionResult = {
    headers: {
      from: [mailbox(from)],
      to: to.map(mailbox),
      cc: cc.map(mailbox),
      bcc: bcc.map(mailbox),
      replyTo: [],
      subject: spec.subject ?? 'ご連絡',
    },
    size: spec.size ?? 4096,
    segments: [
      { location: 'subject', source: 'subject', text: spec.subject ?? 'ご連絡' },
      { location: 'body (text/plain)', source: 'body', text: '本文' },
      ...attachments.map((a) => ({ location: a.location, source: 'attachment' as const, attachment: a.filename, text: '' })),
    ],
    tables: [],
    attachments,
    encrypted: (spec.encrypted ?? []).map((p) => problem(p, 'encrypted')),
    uninspectable: (spec.uninspectable ?? []).map((p) => problem(p, 'corrupt')),
  };
  return {
    envelope: { mailFrom: from, rcptTo: spec.rcpt ?? [...to, ...cc, ...bcc] },
    extraction,
    detection: {
      findings,
      summary: { categories, personCount: spec.personCount ?? 0, recordCount: spec.recordCount ?? 0 },
    },
    knownDomains: new Set(spec.knownDomains ?? []),
  };
}

/** A policy file around some rules, with a small organisation. */
export function policyYaml(rules: string, extra = ''): string {
  return `version: 1
${extra}
organisation:
  internalDomains: [example.co.jp]
  partners:
    - id: payroll
      domains: [payroll.example.jp]
      allowedCategories: [person_name, address, my_number]
  blockedDomains: [blocked.example.org]
  senderGroups:
    - id: hr
      match: ['*@hr.example.co.jp', 'jinji@example.co.jp']
rules:
${rules}
`;
}

export const freemailForTests = ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'i.softbank.jp'];
