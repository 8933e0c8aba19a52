import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Logger } from '../log/logger.js';
import type { MessageRecord, NewAuditEvent, StoredIncident, Store } from '../store/types.js';
import type { BusinessCalendar } from '../workflow/business-days.js';
import type { NoticeDocument } from '../workflow/notices/document.js';
import type { Actor } from '../workflow/types.js';
import { dueReminders } from './deadlines.js';
import { evaluateIncident } from './evaluate.js';
import { factsWithRetained, hasLeft } from './facts.js';
import { reminderNotice } from './reminder-notice.js';
import { scopeCandidates, type ScopeCandidate } from './scope.js';
import {
  incidentStatuses,
  personFields,
  type Incident,
  type IncidentData,
  type IncidentKind,
  type IncidentStatus,
  type MessageFacts,
  type PersonDecision,
  type PersonField,
  type ReasonCode,
} from './types.js';

export interface IncidentDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  calendar: BusinessCalendar;
}

export type IncidentError = 'not_found' | 'not_left' | 'forbidden' | 'conflict' | 'bad_request' | 'wrong_status';
export type IncidentResult<T = Incident> = { ok: true; value: T } | { ok: false; error: IncidentError; message: string };

const fail = (error: IncidentError, message: string): { ok: false; error: IncidentError; message: string } => ({ ok: false, error, message });

const maxText = 4000;
export const defaultScopeWindowDays = 7;

/** How the actor reached us, for the record. */
export type MarkVia = 'session' | 'link' | 'api';

function roleOf(actor: Actor): string {
  if (actor.id.startsWith('sender:')) return 'sender';
  return actor.roles.includes('admin') ? 'admin' : actor.roles.includes('approver') ? 'approver' : actor.roles[0] ?? 'none';
}

function detail(actor: Actor, extra: Record<string, unknown>): Record<string, unknown> {
  return { ...extra, ...(actor.ip ? { ip: actor.ip } : {}) };
}

export function readIncident(row: StoredIncident): Incident {
  const data = row.data as IncidentData;
  return {
    id: row.id,
    status: (incidentStatuses as readonly string[]).includes(row.status) ? (row.status as IncidentStatus) : 'draft',
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    data: { ...data, excluded: data.excluded ?? [], judgements: data.judgements ?? {}, overrides: data.overrides ?? {}, fields: data.fields ?? {}, reminders: data.reminders ?? [] },
  };
}

export async function getIncident(deps: IncidentDeps, id: string): Promise<Incident | undefined> {
  const row = await deps.store.getIncident(id);
  return row ? readIncident(row) : undefined;
}

export async function listIncidents(deps: IncidentDeps, limit = 500): Promise<Incident[]> {
  return (await deps.store.listIncidents({ limit })).map(readIncident);
}

/** Facts of a record now: live inspection when still there, else what the retention purge kept. */
export async function currentFacts(deps: IncidentDeps, record: MessageRecord): Promise<MessageFacts> {
  const raw = record.purged ? undefined : await deps.store.getRaw(record.id);
  const retained = record.inspection === null ? (await deps.store.retainedFacts([record.id])).get(record.id) : undefined;
  return factsWithRetained(record, retained, raw);
}

/** May this actor mark this message? Admins; approvers (the caller checked they may see it); the sender himself. */
export function mayMark(actor: Actor, record: MessageRecord): boolean {
  if (actor.roles.includes('admin') || actor.roles.includes('approver')) return true;
  const me = actor.id.startsWith('sender:') ? actor.id.slice('sender:'.length) : actor.email;
  return !!me && !!record.mailFrom && me.toLowerCase() === record.mailFrom.toLowerCase();
}

export interface MarkInput {
  messageId: string;
  awareAt: number;
  description: string;
  kind: IncidentKind;
  /** Default: every recipient outside the organisation (all recipients when none is classified). */
  wrongRecipients?: string[];
  via: MarkVia;
}

function newIncidentId(now: number): string {
  const day = new Date(now + 9 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
  return `INC-${day}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

export async function markIncident(deps: IncidentDeps, actor: Actor, input: MarkInput): Promise<IncidentResult> {
  const record = await deps.store.get(input.messageId);
  if (!record || record.kind !== 'mail') return fail('not_found', 'メッセージが見つかりません / Message not found');
  if (!mayMark(actor, record)) return fail('forbidden', 'このメールをインシデントとして記録する権限がありません / You may not mark this message');
  if (!hasLeft(record)) return fail('not_left', '送信されていないメールはインシデントになりません / Only a message that left can be marked');
  const now = deps.clock.now();
  if (!Number.isFinite(input.awareAt) || input.awareAt > now + 60_000 || input.awareAt < record.receivedAt - 60_000) {
    return fail('bad_request', '発覚日時は送信後から現在までの日時にしてください / Awareness must lie between sending and now');
  }
  const facts = await currentFacts(deps, record);
  const outside = facts.recipients.filter((r) => r.class !== 'internal').map((r) => r.address);
  const chosen = (input.wrongRecipients ?? []).map((a) => a.toLowerCase()).filter((a) => facts.recipients.some((r) => r.address === a));
  const data: IncidentData = {
    kind: input.kind,
    anchorMessageId: record.id,
    markedBy: { id: actor.id, via: input.via, role: roleOf(actor) },
    markedAt: now,
    awareAt: input.awareAt,
    description: input.description.trim().slice(0, maxText),
    wrongRecipients: chosen.length ? chosen : outside.length ? outside : facts.recipients.map((r) => r.address),
    scopeWindowDays: defaultScopeWindowDays,
    messages: [facts],
    excluded: [],
    judgements: {},
    overrides: {},
    fields: {},
    reminders: [],
  };
  const id = newIncidentId(now);
  const stored: StoredIncident = { id, status: 'draft', version: 1, createdAt: now, updatedAt: now, awareAt: input.awareAt, anchorMessageId: record.id, data };
  const event: NewAuditEvent = { at: now, messageId: record.id, actor: actor.id, action: 'incident_marked', detail: detail(actor, { incident: id, awareAt: input.awareAt, via: input.via, kind: input.kind }) };
  await deps.store.createIncident(stored, event);
  deps.log.info({ incident: id, message: record.id, by: actor.id }, 'incident marked');
  return { ok: true, value: readIncident(stored) };
}

/** Other messages of the same sender to a wrong recipient or organisation within the window (included or not). */
export async function scopeOf(deps: IncidentDeps, incident: Incident): Promise<ScopeCandidate[]> {
  const anchor = incident.data.messages.find((m) => m.id === incident.data.anchorMessageId) ?? incident.data.messages[0]!;
  const window = incident.data.scopeWindowDays * 24 * 3_600_000;
  const records = (await deps.store.listBySender(anchor.mailFrom, anchor.receivedAt - window, anchor.receivedAt + window)).filter(hasLeft);
  const retained = await deps.store.retainedFacts(records.filter((r) => r.inspection === null).map((r) => r.id));
  const facts = await Promise.all(records.map(async (r) => factsWithRetained(r, retained.get(r.id), r.purged ? undefined : await deps.store.getRaw(r.id))));
  return scopeCandidates(anchor, incident.data.wrongRecipients, facts, incident.data.scopeWindowDays);
}

/** Apply a change to the data (and status) with compare-and-set on the version and one audit event. */
async function change(
  deps: IncidentDeps,
  id: string,
  version: number,
  actor: Actor,
  action: string,
  extra: Record<string, unknown>,
  mutate: (incident: Incident, now: number) => { data: IncidentData; status?: IncidentStatus } | IncidentResult<never>,
): Promise<IncidentResult> {
  const incident = await getIncident(deps, id);
  if (!incident) return fail('not_found', 'インシデントが見つかりません / Incident not found');
  if (incident.version !== version) return fail('conflict', '他の人が先に更新しました。再読み込みしてください / Someone changed it meanwhile; reload');
  const now = deps.clock.now();
  const next = mutate(incident, now);
  if ('ok' in next) return next;
  const moved = await deps.store.updateIncident(
    id,
    version,
    { at: now, data: next.data, ...(next.status ? { status: next.status } : {}), ...(next.data.awareAt !== incident.data.awareAt ? { awareAt: next.data.awareAt } : {}) },
    { at: now, messageId: incident.data.anchorMessageId, actor: actor.id, action, detail: detail(actor, { incident: id, ...extra }) },
  );
  if (!moved) return fail('conflict', '他の人が先に更新しました。再読み込みしてください / Someone changed it meanwhile; reload');
  return { ok: true, value: (await getIncident(deps, id))! };
}

/** Include the chosen candidates, exclude the others (with a reason), and widen/narrow the window. */
export async function setScope(deps: IncidentDeps, id: string, version: number, actor: Actor, input: { include: string[]; excludeReason: string; windowDays?: number }): Promise<IncidentResult> {
  const incident = await getIncident(deps, id);
  if (!incident) return fail('not_found', 'インシデントが見つかりません / Incident not found');
  const windowDays = input.windowDays ?? incident.data.scopeWindowDays;
  if (!Number.isInteger(windowDays) || windowDays < 0 || windowDays > 90) return fail('bad_request', '期間は 0〜90 日です / Window must be 0–90 days');
  const candidates = await scopeOf(deps, { ...incident, data: { ...incident.data, scopeWindowDays: windowDays } });
  const wanted = new Set(input.include);
  const included = candidates.filter((c) => wanted.has(c.facts.id));
  const excludedIds = candidates.filter((c) => !wanted.has(c.facts.id)).map((c) => c.facts.id);
  const reason = input.excludeReason.trim().slice(0, maxText);
  return change(deps, id, version, actor, 'incident_scope_changed', { included: included.map((c) => c.facts.id), excluded: excludedIds, windowDays }, (inc, now) => {
    const anchor = inc.data.messages.find((m) => m.id === inc.data.anchorMessageId) ?? inc.data.messages[0]!;
    return {
      data: {
        ...inc.data,
        scopeWindowDays: windowDays,
        messages: [anchor, ...included.map((c) => c.facts)],
        excluded: excludedIds.map((eid) => inc.data.excluded.find((e) => e.id === eid) ?? { id: eid, reason: reason || '（理由なし）', by: actor.id, at: now }),
      },
    };
  });
}

/** Correct when the organisation became aware (the deadlines move with it); the reason is recorded. */
export async function setAwareAt(deps: IncidentDeps, id: string, version: number, actor: Actor, awareAt: number, reason: string): Promise<IncidentResult> {
  const text = reason.trim().slice(0, maxText);
  if (!text) return fail('bad_request', '変更の理由を記入してください / Give the reason for the change');
  const incident = await getIncident(deps, id);
  if (!incident) return fail('not_found', 'インシデントが見つかりません / Incident not found');
  const anchor = incident.data.messages.find((m) => m.id === incident.data.anchorMessageId);
  if (!Number.isFinite(awareAt) || awareAt > deps.clock.now() + 60_000 || (anchor && awareAt < anchor.receivedAt - 60_000)) {
    return fail('bad_request', '発覚日時は送信後から現在までの日時にしてください / Awareness must lie between sending and now');
  }
  return change(deps, id, version, actor, 'incident_aware_changed', { from: incident.data.awareAt, to: awareAt, reason: text }, (inc) => ({ data: { ...inc.data, awareAt, reminders: [] } }));
}

export type Judgement = 'improperPurpose' | 'strongEncryption';

/** A person's judgement (improper purpose; strong encryption of the attachment), with the reason. */
export async function judge(deps: IncidentDeps, id: string, version: number, actor: Actor, which: Judgement, value: boolean, reason: string): Promise<IncidentResult> {
  const text = reason.trim().slice(0, maxText);
  if (!text) return fail('bad_request', '判断の理由を記入してください / Give the reason for the judgement');
  return change(deps, id, version, actor, 'incident_judged', { which, value, reason: text }, (inc, now) => ({
    data: { ...inc.data, judgements: { ...inc.data.judgements, [which]: { value, reason: text, by: actor.id, at: now } satisfies PersonDecision } },
  }));
}

/** Override a gateway finding (value) or withdraw the override (null), always with a reason. */
export async function override(deps: IncidentDeps, id: string, version: number, actor: Actor, code: Exclude<ReasonCode, 'improper_purpose'>, value: boolean | null, reason: string): Promise<IncidentResult> {
  const text = reason.trim().slice(0, maxText);
  if (!text) return fail('bad_request', '変更の理由を記入してください / Give the reason for the override');
  return change(deps, id, version, actor, 'incident_overridden', { reason_code: code, value, reason: text }, (inc, now) => {
    const overrides = { ...inc.data.overrides };
    if (value === null) delete overrides[code];
    else overrides[code] = { value, reason: text, by: actor.id, at: now };
    return { data: { ...inc.data, overrides } };
  });
}

/** The fields of the report a person writes. Only the fields given change. */
export async function setFields(deps: IncidentDeps, id: string, version: number, actor: Actor, fields: Partial<Record<PersonField, string>>): Promise<IncidentResult> {
  const clean: Partial<Record<PersonField, string>> = {};
  for (const k of personFields) if (typeof fields[k] === 'string') clean[k] = fields[k]!.slice(0, maxText);
  return change(deps, id, version, actor, 'incident_report_edited', { fields: Object.keys(clean) }, (inc) => ({ data: { ...inc.data, fields: { ...inc.data.fields, ...clean } } }));
}

const order: Record<IncidentStatus, number> = { draft: 0, preliminary_sent: 1, final_sent: 2, closed: 3 };

/** Status moves forward only: draft → 速報 sent → 確報 sent → closed (steps may be skipped, e.g. closing a non-reportable incident). */
export async function setStatus(deps: IncidentDeps, id: string, version: number, actor: Actor, status: IncidentStatus, note: string): Promise<IncidentResult> {
  return change(deps, id, version, actor, 'incident_status_changed', { status, note: note.trim().slice(0, maxText) }, (inc, now) => {
    if (order[status] <= order[inc.status]) return fail('wrong_status', `状態は先に進めることしかできません（現在: ${inc.status}） / Status only moves forward (now ${inc.status})`);
    const data = { ...inc.data };
    if (status === 'preliminary_sent') data.preliminarySentAt = now;
    if (status === 'final_sent') {
      data.finalSentAt = now;
      data.preliminarySentAt ??= now;
    }
    if (status === 'closed') data.closedAt = now;
    return { data, status };
  });
}

/**
 * Reminders of 速報/確報 deadlines to the admin address, each once: recorded on the incident first
 * (compare-and-set, so two nodes do not both send), then queued as a notice.
 */
export async function remindDeadlines(deps: IncidentDeps, now: number, baseUrl: string, send: (anchor: MessageRecord, doc: NoticeDocument, key: string) => Promise<void>): Promise<number> {
  let sent = 0;
  const open = (await deps.store.listIncidents({ statuses: ['draft', 'preliminary_sent'], limit: 1000 })).map(readIncident);
  for (const incident of open) {
    try {
      const evaluation = evaluateIncident(incident, deps.calendar, now);
      const due = dueReminders(incident.data, incident.status, evaluation.deadlines, evaluation.reportability.reportable, incident.data.awareAt, now);
      if (!due.length) continue;
      const keys = due.flatMap((r) => [r.key, ...r.covers]);
      const moved = await deps.store.updateIncident(
        incident.id,
        incident.version,
        { at: now, data: { ...incident.data, reminders: [...incident.data.reminders, ...keys] } },
        { at: now, messageId: incident.data.anchorMessageId, actor: 'system', action: 'incident_reminder_sent', detail: { incident: incident.id, reminders: keys } },
      );
      if (!moved) continue;
      const anchor = await deps.store.get(incident.data.anchorMessageId);
      if (!anchor) continue;
      for (const reminder of due) {
        await send(anchor, reminderNotice(incident, reminder, evaluation, baseUrl), reminder.key);
        sent++;
      }
    } catch (err) {
      deps.log.error({ incident: incident.id, err: (err as Error).message }, 'incident reminder failed; retried on the next tick');
    }
  }
  return sent;
}
