/** One row of the sender's page (/my): what the sender may read about their own message, and what they may do. */
import type { MessageRecord } from '../../store/types.js';
import { outsideOrganisations } from '../../workflow/delay/facts.js';
import { readHold, reportFacts, safeSubject } from '../../workflow/report-facts.js';
import { senderMayCancel } from '../../workflow/sender-mail.js';

export interface MyMailItem {
  id: string;
  state: MessageRecord['state'];
  receivedAt: number;
  subject: string | null;
  recipients: Array<{ address: string; outside: boolean }>;
  organisations: string[];
  attachments: string[];
  /** Delayed: when it leaves. */
  dueAt: number | null;
  /** Held: when the hold expires. */
  deadline: number | null;
  /** 差し戻し / 却下: the approver's comment. */
  comment: string | null;
  canSelfCheck: boolean;
  canSendNow: boolean;
  canCancel: boolean;
  /** Still waiting: listed first, with its actions. */
  live: boolean;
}

export function myMailItem(record: MessageRecord, raw: Buffer | undefined): MyMailItem {
  const facts = reportFacts(record);
  const hold = readHold(record);
  const held = record.state === 'awaiting_self_check' || record.state === 'awaiting_approval';
  return {
    id: record.id,
    state: record.state,
    receivedAt: record.receivedAt,
    subject: safeSubject(raw, facts),
    recipients: facts.recipients.map((r) => ({ address: r.address, outside: r.class !== 'internal' && r.class !== 'unknown' })),
    organisations: outsideOrganisations(record),
    attachments: facts.attachments,
    dueAt: record.state === 'delayed' ? record.nextAttemptAt : null,
    deadline: held && hold.deadline ? hold.deadline : null,
    comment: (record.state === 'returned' || record.state === 'denied') && typeof hold.comment === 'string' && hold.comment ? hold.comment : null,
    canSelfCheck: record.state === 'awaiting_self_check',
    canSendNow: record.state === 'delayed',
    canCancel: senderMayCancel(record.state),
    live: record.state === 'delayed' || held,
  };
}
