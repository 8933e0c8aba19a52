import type { MessageRecord } from '../../store/types.js';
import type { RecipientFacts } from '../../policy/types.js';
import type { HoldInfo } from '../../workflow/types.js';
import type { Finding } from '../../detect/types.js';
import { readHold, readReport, type ReportView } from './report.js';
import type { MailAttachmentView, MailContentCache, MailHeaderView } from './mail-content.js';
import { isBulkSafe } from './bulk-safety.js';
import type { ConsideredApproval } from '../../workflow/considered.js';
import type { WebContext } from '../context.js';

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
  /** Whether approving needs a recorded view and a confirmation (never bulk or shortcut). */
  considered: ConsideredApproval | undefined;
  report: ReportView;
}

/** The view with the workflow's considered-approval rule applied (queue, message page, API). */
export async function messageView(ctx: Pick<WebContext, 'mail' | 'store' | 'workflow'>, record: MessageRecord, withAttachments = true): Promise<HeldMessageView> {
  return heldMessageView(record, ctx.mail, () => ctx.store.getRaw(record.id), withAttachments, ctx.workflow.consideredApproval?.(record));
}

export async function heldMessageView(record: MessageRecord, cache: MailContentCache, raw: () => Promise<Buffer | undefined>, withAttachments = true, considered?: ConsideredApproval): Promise<HeldMessageView> {
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
    // Only rules that hold or refuse are reasons; a tag-only rule (action pass) is not.
    rules: report.rules.filter((r) => r.action?.kind !== 'pass').map((r) => ({ id: String(r.id), description: String(r.description ?? ''), reason: String(r.reason ?? '') })),
    categories,
    personCount: report.personCount,
    recordCount: report.recordCount,
    findings: report.findings,
    hold: readHold(record.hold),
    monitorOnly: report.monitorOnly,
    purged: record.purged,
    size: record.size,
    bulkSafe: false,
    considered,
    report,
  };
  view.bulkSafe = isBulkSafe(view) && !considered?.required;
  return view;
}
