import type { MessageRecord } from '../store/types.js';
import { readHold, reportFacts, safeSubject } from '../workflow/report-facts.js';
import type { MessageFacts } from './types.js';

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).toLowerCase() : '';
}

/** The subject kept with the inspection, unless a finding was located in it (then withheld). */
function storedSubject(details: Record<string, unknown>, findings: Array<{ location: string }>): string | null {
  if (typeof details.subject !== 'string' || !details.subject) return null;
  if (findings.some((f) => /subject|件名|header/i.test(f.location))) return null;
  return details.subject.length > 120 ? `${details.subject.slice(0, 119)}…` : details.subject;
}

/**
 * Did this message leave us? Delivered (to at least one recipient), or released after approval
 * and on its way (queued). Held, refused or cancelled mail never left.
 */
export function hasLeft(record: MessageRecord): boolean {
  if (record.kind !== 'mail') return false;
  if (record.state === 'delivered') return true;
  if (record.recipients.some((r) => r.status === 'delivered')) return true;
  return record.state === 'queued' && typeof obj(record.hold).decidedBy === 'string';
}

/**
 * The content-free facts of one message, taken from its record (inspection summary, hold
 * bookkeeping, per-recipient delivery). `raw` only serves the subject, which is withheld when a
 * finding was located in it. Never values, samples or context.
 */
export function messageFacts(record: MessageRecord, raw?: Buffer): MessageFacts {
  const facts = reportFacts(record);
  const details = obj(obj(record.inspection).details);
  const summary = obj(details.summary);
  const hold = record.hold === null ? null : readHold(record);
  const delivered = new Set(record.recipients.filter((r) => r.status === 'delivered').map((r) => r.address.toLowerCase()));
  const classOf = new Map(facts.recipients.map((r) => [r.address.toLowerCase(), r.class]));
  const attachments = arr(details.attachments).map((a) => {
    const o = obj(a);
    return {
      filename: typeof o.filename === 'string' ? o.filename : '',
      size: num(o.size),
      encrypted: o.encrypted === true,
      inspected: o.inspected !== false,
    };
  });
  const decided = hold?.decidedBy && hold.decidedBy !== 'system' && (record.state === 'queued' || record.state === 'delivered' || record.state === 'bounced');
  return {
    id: record.id,
    mailFrom: record.mailFrom,
    receivedAt: record.receivedAt,
    state: record.state,
    subject: raw ? safeSubject(raw, facts) : storedSubject(details, facts.findings),
    recipients: record.rcptTo.map((address) => ({
      address: address.toLowerCase(),
      domain: domainOf(address),
      class: classOf.get(address.toLowerCase()) ?? 'unknown',
      delivered: delivered.has(address.toLowerCase()),
    })),
    categories: facts.categories,
    personCount: facts.personCount ?? 0,
    recordCount: num(summary.recordCount),
    findings: facts.findings.map((f) => ({ category: f.category, count: f.count, location: f.location, confidence: f.confidence })),
    attachments,
    encrypted: arr(details.encrypted).length > 0 || attachments.some((a) => a.encrypted) || (facts.categories.encrypted_attachment ?? 0) > 0,
    uninspectable: arr(details.uninspectable).length > 0 || (facts.categories.uninspectable ?? 0) > 0,
    rules: facts.rules.map((r) => ({ id: r.id, description: r.description })),
    held: hold !== null,
    heldAt: hold?.heldAt ?? null,
    selfCheckedAt: hold?.selfCheckedAt ?? null,
    approvedBy: decided ? hold!.decidedBy! : null,
    approvedAt: decided ? (hold!.decidedAt ?? null) : null,
    approvalComment: decided ? (hold!.comment ?? null) : null,
    releaseAs: hold?.releaseAs ?? null,
    leftAt: record.state === 'delivered' ? record.updatedAt : delivered.size ? record.updatedAt : null,
    inspectionAvailable: record.inspection !== null,
  };
}

/** Facts of a message whose inspection may have been purged: the retained copy fills the gaps. */
export function factsWithRetained(record: MessageRecord, retained: unknown, raw?: Buffer): MessageFacts {
  const live = messageFacts(record, raw);
  if (live.inspectionAvailable || !retained || typeof retained !== 'object') return live;
  const kept = retained as MessageFacts;
  // Envelope, state and hold come from the record as it is now; findings from the retained copy.
  return { ...kept, state: live.state, recipients: live.recipients.map((r) => ({ ...r, class: kept.recipients?.find((k) => k.address === r.address)?.class ?? r.class })), inspectionAvailable: false };
}

/** What the retention purge keeps of a message that left (null for everything else). */
export function retainForIncidents(record: MessageRecord): MessageFacts | null {
  return hasLeft(record) && record.inspection !== null ? messageFacts(record) : null;
}
