import type { Clock } from '../clock.js';
import type { GatewayConfig } from '../config/schema.js';
import { maskAddress, type Logger } from '../log/logger.js';
import { newQueueId } from '../receive/queue-id.js';
import type { MessageRecord, NewAuditEvent, Store } from '../store/types.js';
import type { ApproversFile } from './approvers/schema.js';
import type { DirectoryView } from '../directory/view.js';
import { principalEmail } from './approvers/route.js';
import type { BusinessCalendar } from './business-days.js';
import { composeNotice } from './notices/compose.js';
import type { MessageSummary } from './notices/content.js';
import type { NoticeDocument } from './notices/document.js';
import { reportFacts, safeSubject } from './report-facts.js';
import type { Actor } from './types.js';

export type WorkflowSettings = GatewayConfig['workflow'];

/** Everything the transitions share: the seams, the key and the routing in force. */
export interface WorkflowContext {
  store: Store;
  clock: Clock;
  log: Logger;
  wakeRelay: () => void;
  /** Without trailing slash, e.g. `https://dlp.example.co.jp`. */
  baseUrl: string;
  hostname: string;
  key: Buffer;
  settings: WorkflowSettings;
  calendar: BusinessCalendar;
  /** Current routing (replaced on reload). */
  approvers: () => ApproversFile;
  /** The directory copy in force (empty without a directory). */
  directory: () => DirectoryView;
}

/** Audit detail common to every human action: from where, and why. */
export function actorDetail(actor: Actor, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...(actor.ip ? { ip: actor.ip } : {}),
    ...(actor.userAgent ? { userAgent: actor.userAgent.slice(0, 300) } : {}),
    ...extra,
  };
}

export function event(record: MessageRecord, at: number, actor: string, action: string, detail: Record<string, unknown> = {}): NewAuditEvent {
  return { at, messageId: record.id, actor, action, detail };
}

export async function summarize(ctx: WorkflowContext, record: MessageRecord): Promise<MessageSummary> {
  const facts = reportFacts(record);
  const raw = record.purged ? undefined : await ctx.store.getRaw(record.id);
  return { id: record.id, sender: record.mailFrom || '<>', subject: safeSubject(raw, facts), receivedAt: record.receivedAt, facts };
}

/** E-mail addresses for principals (usernames or addresses): the routing file, then the user accounts. */
export async function addressesOf(ctx: WorkflowContext, principals: readonly string[]): Promise<{ addresses: string[]; unknown: string[] }> {
  const addresses = new Set<string>();
  const unknown: string[] = [];
  for (const p of principals) {
    const fromFile = principalEmail(ctx.approvers(), p);
    const email = fromFile ?? (await ctx.store.getUser(p))?.email;
    if (email) addresses.add(email.toLowerCase());
    else unknown.push(p);
  }
  return { addresses: [...addresses], unknown };
}

/**
 * Queue a notice as an internal message: it goes out through the relay queue with retries
 * like any released mail. One message per recipient so a bad address fails alone.
 */
export async function queueNotice(ctx: WorkflowContext, about: MessageRecord, type: string, to: readonly string[], doc: NoticeDocument): Promise<string[]> {
  const ids: string[] = [];
  const sender = ctx.settings.noticeSender;
  const from = { name: 'DLP Gateway', address: sender || `mailer-daemon@${ctx.hostname}` };
  for (const address of new Set(to.filter(Boolean).map((a) => a.toLowerCase()))) {
    const now = ctx.clock.now();
    const raw = await composeNotice({ from: `"${from.name}" <${from.address}>`, to: address, doc, now, hostname: ctx.hostname, aboutId: about.id, type });
    const id = newQueueId(now);
    await ctx.store.accept(
      { id, kind: 'notice', receivedAt: now, mailFrom: sender, rcptTo: [address], raw, client: { generatedFor: about.id, notice: type }, initialState: 'queued' },
      { at: now, messageId: id, actor: 'workflow', action: 'notice_queued', detail: { for: about.id, type } },
    );
    await ctx.store.appendEvent(event(about, now, 'workflow', 'notice_queued', { notice: id, type, to: maskAddress(address) }));
    ids.push(id);
  }
  if (ids.length) ctx.wakeRelay();
  return ids;
}
