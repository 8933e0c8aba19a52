import { heldStates, type MessageRecord } from '../store/types.js';
import { retainForIncidents } from '../incident/facts.js';
import { remindDeadlines } from '../incident/service.js';
import { event, queueNotice, summarize, type WorkflowContext } from './context.js';
import { outcomeToSender, reminderToSender } from './notices/content.js';
import { notifyApprovers, notifyStage, selfCheckLink } from './notify-stage.js';
import { readHold } from './report-facts.js';
import { routeHold } from './route-hold.js';
import type { HoldInfo } from './types.js';

/** A hold younger than this is left to onHeld (still running); older unfinished work is redone. */
export const recoveryGraceMs = 2 * 60_000;

type Stored = Omit<ReturnType<typeof readHold>, 'routed'>;

function stored(record: MessageRecord): Stored {
  const { routed: _routed, ...rest } = readHold(record);
  return rest;
}

/** Deadline passed: never sent. */
async function expire(ctx: WorkflowContext, record: MessageRecord, now: number): Promise<void> {
  const hold = stored(record);
  const moved = await ctx.store.update(record.id, [record.state], { state: 'expired', hold: { ...hold, decidedAt: now, decidedBy: 'system' } },
    event(record, now, 'system', 'expired', { deadline: hold.deadline, stage: record.state }));
  if (!moved) return;
  ctx.log.info({ id: record.id, stage: record.state }, 'hold expired; the message is not sent');
  const updated = (await ctx.store.get(record.id))!;
  if (record.mailFrom) await queueNotice(ctx, updated, 'expired', [record.mailFrom], outcomeToSender(await summarize(ctx, updated), 'expired', null, undefined));
}

/** Reminder before the deadline to whoever must act; recorded first so two nodes do not both send. */
async function remind(ctx: WorkflowContext, record: MessageRecord, now: number): Promise<void> {
  const hold = stored(record);
  const moved = await ctx.store.update(record.id, [record.state], { hold: { ...hold, reminderSentAt: now } },
    event(record, now, 'system', 'reminder_sent', { stage: record.state, deadline: hold.deadline }));
  if (!moved) return;
  if (record.state === 'awaiting_self_check') {
    if (record.mailFrom) await queueNotice(ctx, record, 'self_check_reminder', [record.mailFrom], reminderToSender(await summarize(ctx, record), selfCheckLink(ctx, record, hold), hold.deadline));
  } else {
    await notifyApprovers(ctx, record, hold, hold.approvers, { reminder: true });
  }
}

/** The approvers did not act in time: the delegates (else the fallback group) are asked and may approve. */
async function escalate(ctx: WorkflowContext, record: MessageRecord, now: number): Promise<void> {
  const hold = stored(record);
  const already = new Set(hold.approvers.map((a) => a.toLowerCase()));
  let targets = hold.delegates.filter((d) => !already.has(d.toLowerCase()));
  if (!targets.length && !hold.fallback) targets = ctx.approvers().fallback.approvers.filter((d) => !already.has(d.toLowerCase()));
  const next: HoldInfo = { ...hold, escalatedAt: now, delegates: [...new Set([...hold.delegates, ...targets])] };
  const moved = await ctx.store.update(record.id, ['awaiting_approval'], { hold: next }, event(record, now, 'system', 'escalated', { to: targets }));
  if (!moved || !targets.length) return;
  await notifyApprovers(ctx, (await ctx.store.get(record.id))!, next, targets, { escalation: true });
}

/** One held message: finish interrupted work, then expiry, reminder, escalation. */
async function checkHold(ctx: WorkflowContext, record: MessageRecord, now: number): Promise<void> {
  let current = record;
  let hold = readHold(current);
  const settled = now - current.updatedAt >= recoveryGraceMs;
  if (!hold.routed) {
    if (!settled) return;
    const routed = await routeHold(ctx, current);
    if (!routed) return;
    current = routed.record;
    hold = readHold(current);
  }
  if (now >= hold.deadline) return expire(ctx, current, now);
  const stage = current.state === 'awaiting_self_check' ? 'selfCheck' : 'approval';
  if (hold.notifiedFor !== stage) {
    if (!settled && current === record) return;
    await notifyStage(ctx, current);
    return;
  }
  const { reminderBeforeMs, escalateAfterMs } = ctx.settings;
  if (reminderBeforeMs > 0 && !hold.reminderSentAt && now >= hold.deadline - reminderBeforeMs) await remind(ctx, current, now);
  else if (current.state === 'awaiting_approval' && escalateAfterMs > 0 && !hold.escalatedAt && now >= (hold.approvalStartedAt ?? hold.heldAt) + escalateAfterMs) {
    await escalate(ctx, current, now);
  }
}

/** Periodic work: deadlines of every held message, then the retention purge. */
export async function tick(ctx: WorkflowContext, now: number): Promise<void> {
  const held = await ctx.store.list({ states: [...heldStates], kind: 'mail', limit: 10_000 });
  for (const record of held) {
    try {
      await checkHold(ctx, record, now);
    } catch (err) {
      ctx.log.error({ id: record.id, err: (err as Error).message }, 'hold deadline check failed; retried on the next tick');
    }
  }
  // Mail that left keeps its content-free facts past the purge, for incident reports.
  const purged = await ctx.store.purgeContent(now - ctx.settings.retentionMs, now, retainForIncidents);
  if (purged) ctx.log.info({ purged }, 'retention: content of finished messages removed');
  // Files behind download links (src/release/): removed once the link expired and the retention passed.
  const purgedLinks = await ctx.store.purgeDownloads(now - ctx.settings.retentionMs, now);
  if (purgedLinks) ctx.log.info({ links: purgedLinks }, 'retention: files of expired download links removed');
  // Incident deadlines (速報/確報): reminders to the admin address.
  const admin = ctx.settings.adminAddress;
  if (admin) {
    await remindDeadlines(ctx, now, ctx.baseUrl, async (anchor, doc) => {
      await queueNotice(ctx, anchor, 'incident_reminder', [admin], doc);
    });
  }
}
