import type { MessageRecord } from '../../store/types.js';
import type { RecipientFacts } from '../../policy/types.js';
import type { HoldInfo } from '../../workflow/types.js';
import type { Finding } from '../../detect/types.js';
import { readHold, readReport, type ReportView } from './report.js';
import type { MailAttachmentView, MailContentCache, MailHeaderView } from './mail-content.js';
import { isBulkSafe } from './bulk-safety.js';

export interface RecipientView {
  address: string;
  class?: RecipientFacts['class'];
  visible?: boolean;
  lookalikeOf?: string;
  firstTime?: boolean;
}

/** One held message as the queue, the message page and the API see it. */
export interface HeldMessageView {
  id: string;
  state: MessageRecord['state'];
  receivedAt: number;
  mailFrom: string;
  headers: MailHeaderView;
  recipients: RecipientView[];
  attachments: MailAttachmentView[];
  rules: Array<{ id: string; description: string; reason: string }>;
  categories: Array<{ category: string; count: number }>;
  personCount: number | undefined;
  recordCount: number | undefined;
  findings: Finding[];
  hold: Partial<HoldInfo>;
  monitorOnly: boolean;
  purged: boolean;
  size: number;
  bulkSafe: boolean;
  report: ReportView;
}

export async function heldMessageView(record: MessageRecord, cache: MailContentCache, raw: () => Promise<Buffer | undefined>, withAttachments = true): Promise<HeldMessageView> {
  const report = readReport(record.inspection);
  const headers = record.purged ? { subject: '', from: '', to: [], cc: [] } : await cache.headersOf(record.id, raw);
  const attachments: MailAttachmentView[] =
    report.attachments ?? (withAttachments && !record.purged && record.size <= 10 * 1024 * 1024 ? await cache.attachmentsOf(record.id, raw) : []);
  const facts = new Map(report.recipients.map((r) => [r.address.toLowerCase(), r]));
  const recipients: RecipientView[] = record.rcptTo.map((address) => {
    const f = facts.get(address.toLowerCase());
    return f ? { address, class: f.class, visible: f.visible, ...(f.lookalikeOf ? { lookalikeOf: f.lookalikeOf } : {}), firstTime: f.firstTime } : { address };
  });
  const categories = Object.entries(report.categories)
    .map(([category, count]) => ({ category, count }))
    .sort((a, b) => b.count - a.count);
  const view: HeldMessageView = {
    id: record.id,
    state: record.state,
    receivedAt: record.receivedAt,
    mailFrom: record.mailFrom,
    headers,
    recipients,
    attachments,
    rules: report.rules.map((r) => ({ id: String(r.id), description: String(r.description ?? ''), reason: String(r.reason ?? '') })),
    categories,
    personCount: report.personCount,
    recordCount: report.recordCount,
    findings: report.findings,
    hold: readHold(record.hold),
    monitorOnly: report.monitorOnly,
    purged: record.purged,
    size: record.size,
    bulkSafe: false,
    report,
  };
  view.bulkSafe = isBulkSafe(view);
  return view;
}
