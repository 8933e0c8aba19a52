/** Incident pages: the list with deadlines, recording a sent message, the incident (scope, reportability, report fields, status). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { evaluateIncident } from '../../incident/evaluate.js';
import { hasLeft } from '../../incident/facts.js';
import { peopleCount } from '../../incident/reportability.js';
import type { ScopeCandidate } from '../../incident/scope.js';
import {
  currentFacts,
  getIncident,
  judge,
  listIncidents,
  markIncident,
  override,
  scopeOf,
  setFields,
  setAwareAt,
  setScope,
  setStatus,
  type IncidentResult,
} from '../../incident/service.js';
import { personFields, type Incident, type IncidentStatus, type MessageFacts, type PersonField } from '../../incident/types.js';
import type { MessageRecord } from '../../store/types.js';
import type { WebContext } from '../context.js';
import { actionLabel, categoryName, categoryTone, formatDateTime, formatDuration } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { incidentText, type IncidentTranslate } from '../i18n-incidents.js';
import { errorPage, layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { incidentDeps, mayEditIncident, mayMarkMessage, mayViewIncident } from '../view/incident-access.js';
import { deadlineLabel, deadlineTone, incidentActionLabel, jstInputValue, parseJstInput, reasonName, statusLabel } from '../view/incident-view.js';
import { requireSignIn } from './sign-in.js';

const head = html`<link rel="stylesheet" href="/assets/incident.css"><script src="/assets/incident.js" defer></script>`;

function tr(p: PageRequest): IncidentTranslate {
  return incidentText(p.lang);
}

function str(body: Record<string, unknown>, key: string): string {
  const v = body[key];
  return typeof v === 'string' ? v : '';
}

function list(body: Record<string, unknown>, key: string): string[] {
  const v = body[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

function csrfField(req: FastifyRequest): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${req.dlpAuth?.session?.csrfToken ?? ''}">`;
}

function categoriesLine(p: PageRequest, categories: Record<string, number>): SafeHtml {
  const entries = Object.entries(categories).filter(([, n]) => n > 0);
  if (!entries.length) return html`<span class="muted">—</span>`;
  return html`${entries.map(([c, n]) => html`<span class="badge ${categoryTone(c)}">${categoryName(c, p.lang)} ${n}</span> `)}`;
}

function factsBlock(p: PageRequest, t: IncidentTranslate, m: MessageFacts, wrong: ReadonlySet<string>): SafeHtml {
  const wait = m.approvedAt !== null && m.heldAt !== null ? formatDuration(m.approvedAt - m.heldAt, p.t) : null;
  return html`<div class="inc-message" data-id="${m.id}">
  <div><b class="mono">${m.id}</b> ${m.subject ? html`「${m.subject}」` : ''}</div>
  <dl class="facts">
    <dt>${t('sent')}</dt><dd>${formatDateTime(m.leftAt ?? m.receivedAt, p.lang)}</dd>
    <dt>${p.t('colRecipients')}</dt><dd>${m.recipients.map((r) => html`<span class="${wrong.has(r.address) ? 'badge danger' : 'mono'}">${r.address}</span> `)}</dd>
    <dt>${p.t('colFindings')}</dt><dd>${categoriesLine(p, m.categories)} <span class="small muted">${p.t('personCount', { n: m.personCount })}</span></dd>
    <dt>${t('attachments')}</dt><dd>${m.attachments.length ? m.attachments.map((a) => html`<span class="mono">${a.filename || '(no name)'}</span> <span class="small muted">(${a.encrypted ? t('encryptedYes') : t('encryptedNo')})</span> `) : '—'}</dd>
    <dt>${t('approvedBy')}</dt><dd>${m.approvedBy ? html`${m.approvedBy} <span class="small muted">${t('approvedAfter')}: ${wait ?? '—'}</span>` : m.held ? '—' : t('notHeld')}</dd>
  </dl>
  ${m.inspectionAvailable ? '' : html`<p class="small muted">${t('purgedNote')}</p>`}
</div>`;
}

function redirectTo(reply: FastifyReply, id: string, query: string): FastifyReply {
  return reply.redirect(`/incidents/${encodeURIComponent(id)}?${query}`, 303);
}

function afterChange(req: FastifyRequest, reply: FastifyReply, id: string, result: IncidentResult): FastifyReply {
  if (result.ok) return redirectTo(reply, id, 'done=saved');
  if (result.error === 'conflict') return redirectTo(reply, id, 'error=conflict');
  if (result.error === 'not_found') return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
  return errorPage(req, reply, result.error === 'forbidden' ? 403 : 422, result.message);
}

async function visibleIncident(ctx: WebContext, req: FastifyRequest): Promise<Incident | undefined> {
  const incident = await getIncident(incidentDeps(ctx), (req.params as { id: string }).id);
  if (!incident || !(await mayViewIncident(ctx, req.dlpAuth!.actor, incident))) return undefined;
  return incident;
}

async function editableIncident(ctx: WebContext, req: FastifyRequest, reply: FastifyReply): Promise<{ incident: Incident; version: number; body: Record<string, unknown> } | undefined> {
  const incident = await visibleIncident(ctx, req);
  if (!incident) {
    void errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    return undefined;
  }
  if (!(await mayEditIncident(ctx, req.dlpAuth!.actor, incident))) {
    void errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    return undefined;
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  const version = Number(str(body, 'version'));
  return { incident, version: Number.isInteger(version) ? version : -1, body };
}

function listPage(p: PageRequest, t: IncidentTranslate, incidents: Incident[], ctx: WebContext): SafeHtml {
  const now = ctx.clock.now();
  const calendar = { holidays: ctx.config.workflow.holidays, extraHolidays: ctx.config.workflow.extraHolidays };
  const rows = incidents.map((i) => {
    const e = evaluateIncident(i, calendar, now);
    return html`<tr class="inc-row" data-id="${i.id}">
  <td><a href="/incidents/${i.id}" class="mono">${i.id}</a></td>
  <td><span class="badge state">${statusLabel(i.status, t)}</span></td>
  <td>${formatDateTime(i.data.awareAt, p.lang)}</td>
  <td>${e.reportability.reportable ? html`<span class="badge danger">${t('reportableYes')}</span>` : html`<span class="badge info">${t('reportableNo')}</span>`}</td>
  <td>${e.deadlines.preliminary.due.date} <span class="badge ${deadlineTone(e.preliminary)}">${deadlineLabel(e.preliminary, t)}</span></td>
  <td>${e.deadlines.final.date} <span class="badge ${deadlineTone(e.final)}">${deadlineLabel(e.final, t)}</span></td>
  <td class="num">${i.data.messages.length}</td>
  <td class="num">${peopleCount(i.data.messages)}</td>
</tr>`;
  });
  return html`${head}<div class="inc-head"><h1>${t('listTitle')}</h1> <a href="/incidents/new">${t('markNew')}</a></div>
<section class="card">${
    incidents.length
      ? html`<table class="incidents"><thead><tr><th>${t('colIncident')}</th><th>${t('colStatus')}</th><th>${t('colAware')}</th><th>${t('colReportable')}</th><th>${t('colPreliminary')}</th><th>${t('colFinal')}</th><th class="num">${t('colMessages')}</th><th class="num">${t('colPeople')}</th></tr></thead><tbody>${rows}</tbody></table>`
      : html`<p class="muted empty">${t('listEmpty')}</p>`
  }</section>`;
}

function markForm(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, record: MessageRecord, facts: MessageFacts, now: number, action: string, extraHidden: SafeHtml = html``): SafeHtml {
  const outside = new Set(facts.recipients.filter((r) => r.class !== 'internal').map((r) => r.address));
  return html`<section class="card">
  <h2>${t('messageFacts')}</h2>
  ${factsBlock(p, t, facts, outside)}
</section>
<section class="card">
  <form method="post" action="${action}" class="inc-form" id="mark-form">
    ${extraHidden}
    <input type="hidden" name="message" value="${record.id}">
    <label>${t('awareAt')} <input type="datetime-local" name="awareAt" id="awareAt" required value="${jstInputValue(now)}"></label>
    <div class="small muted">${t('awareHint')}</div>
    <fieldset><legend>${t('kind')}</legend>
      <label class="inline"><input type="radio" name="kind" value="mis_sent" checked> ${t('kindMisSent')}</label>
      <label class="inline"><input type="radio" name="kind" value="other_leak"> ${t('kindOther')}</label>
    </fieldset>
    <fieldset><legend>${t('wrongRecipients')}</legend>
      ${facts.recipients.map((r) => html`<label class="inline"><input type="checkbox" name="wrong" value="${r.address}" ${outside.has(r.address) ? html`checked` : ''}> <span class="mono">${r.address}</span></label>`)}
    </fieldset>
    <label>${t('description')} <textarea name="description" id="description" maxlength="4000"></textarea></label>
    <div class="small muted">${t('descriptionHint')}</div>
    <div><button type="submit" class="primary" id="mark-button">${t('markButton')}</button></div>
  </form>
</section>`;
}

function reasonsCard(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, incident: Incident, canEdit: boolean, e: ReturnType<typeof evaluateIncident>): SafeHtml {
  const base = `/incidents/${encodeURIComponent(incident.id)}`;
  const version = html`<input type="hidden" name="version" value="${incident.version}">`;
  const r = e.reportability;
  const judgement = (which: 'improperPurpose' | 'strongEncryption', label: string, hint?: string) => {
    const current = incident.data.judgements[which];
    return html`<form method="post" action="${base}/judge" class="judge-${which}">
  ${csrfField(req)}${version}<input type="hidden" name="which" value="${which}">
  <b>${label}</b>${hint ? html`<div class="small muted">${hint}</div>` : ''}
  ${current ? html`<div class="small">${t('personSays')}: <b>${current.value ? t('yes') : t('no')}</b> — ${current.by}: ${current.reason}</div>` : html`<div class="small"><span class="badge warn">${t('needsJudgement')}</span></div>`}
  ${canEdit
    ? html`<div><label class="inline"><input type="radio" name="value" value="true" ${current?.value === true ? html`checked` : ''} required> ${t('yes')}</label>
  <label class="inline"><input type="radio" name="value" value="false" ${current?.value === false ? html`checked` : ''}> ${t('no')}</label></div>
  <input type="text" name="reason" placeholder="${t('reason')}" required maxlength="4000">
  <div><button type="submit">${t('save')}</button></div>`
    : ''}
</form>`;
  };
  return html`<section class="card inc-reportability">
  <h2>${t('reportability')}</h2>
  <div class="alert ${r.reportable ? 'error' : 'info'}" id="reportable-summary">${r.reportable ? t('reportableSummaryYes') : t('reportableSummaryNo')} ${r.exemptByEncryption ? t('exemptEncryption') : ''}</div>
  <table class="reasons"><tbody>${r.reasons.map(
    (x) => html`<tr class="reason" data-code="${x.code}" data-effective="${x.effective ? 'yes' : 'no'}">
  <td>${x.effective ? html`<span class="badge danger">■</span>` : html`<span class="badge info">□</span>`}</td>
  <td><b>${reasonName(x.code, p.lang)}</b><div class="basis">${x.basis}</div></td>
  <td>${p.lang === 'ja' ? x.evidence.ja : x.evidence.en}${x.override && x.code !== 'improper_purpose' ? html`<div class="small"><span class="badge warn">${t('personSays')}</span> ${x.override.value ? t('overrideApplies') : t('overrideNotApplies')} — ${x.override.by}: ${x.override.reason}</div>` : ''}
  ${canEdit && x.source === 'gateway'
    ? html`<details><summary>${t('overrideTitle')}</summary><form method="post" action="${base}/override">
    ${csrfField(req)}${version}<input type="hidden" name="code" value="${x.code}">
    <div><label class="inline"><input type="radio" name="value" value="true" required> ${t('overrideApplies')}</label>
    <label class="inline"><input type="radio" name="value" value="false"> ${t('overrideNotApplies')}</label>
    ${x.override ? html`<label class="inline"><input type="radio" name="value" value="clear"> ${t('overrideClear')}</label>` : ''}</div>
    <input type="text" name="reason" placeholder="${t('reason')}" required maxlength="4000">
    <div><button type="submit">${t('save')}</button></div></form></details>`
    : ''}</td>
</tr>`,
  )}</tbody></table>
  <div class="grid2">
    <div>${judgement('improperPurpose', t('judgeImproper'))}</div>
    <div>${judgement('strongEncryption', t('judgeStrongEncryption'), t('judgeStrongHint'))}</div>
  </div>
</section>`;
}

function deadlinesCard(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, incident: Incident, e: ReturnType<typeof evaluateIncident>, canEdit: boolean): SafeHtml {
  const d = e.deadlines;
  return html`<section class="card inc-deadlines">
  <h2>${t('deadlines')}</h2>
  <div class="deadline-box">
    <span>${t('preliminary')}</span>
    <span id="preliminary-due">${d.preliminary.from.date} 〜 <b>${d.preliminary.due.date}</b> <span class="badge ${deadlineTone(e.preliminary)}">${deadlineLabel(e.preliminary, t)}</span>${d.preliminary.due.nonBusinessDay ? html` <span class="small muted">${t('nonBusinessDay')}</span>` : ''}</span>
    <span>${t('final')} (${t('finalDays', { n: d.final.days })})</span>
    <span id="final-due"><b>${d.final.date}</b> <span class="badge ${deadlineTone(e.final)}">${deadlineLabel(e.final, t)}</span>${d.final.nonBusinessDay ? html` <span class="small muted">${t('nonBusinessDay')}</span>` : ''}</span>
    <span>${t('colAware')}</span><span>${formatDateTime(incident.data.awareAt, p.lang)}</span>
  </div>
  ${canEdit
    ? html`<details><summary class="small">${t('awareCorrect')}</summary><form method="post" action="/incidents/${incident.id}/aware" class="inc-form">
    ${csrfField(req)}<input type="hidden" name="version" value="${incident.version}">
    <label>${t('awareAt')} <input type="datetime-local" name="awareAt" required value="${jstInputValue(incident.data.awareAt)}"></label>
    <input type="text" name="reason" placeholder="${t('reason')}" required maxlength="4000">
    <div><button type="submit">${t('save')}</button></div></form></details>`
    : ''}
</section>`;
}

function scopeCard(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, incident: Incident, candidates: ScopeCandidate[], canEdit: boolean): SafeHtml {
  const included = new Set(incident.data.messages.map((m) => m.id));
  const excluded = new Map(incident.data.excluded.map((x) => [x.id, x]));
  return html`<section class="card inc-scope">
  <h2>${t('scopeTitle')}</h2>
  <p class="small muted">${t('scopeIntro')}</p>
  <form method="post" action="/incidents/${incident.id}/scope" class="inc-form" id="scope-form">
    ${csrfField(req)}<input type="hidden" name="version" value="${incident.version}">
    <label>${t('scopeWindow')} <input type="number" name="windowDays" min="0" max="90" value="${incident.data.scopeWindowDays}" ${canEdit ? '' : html`disabled`}></label>
    ${candidates.length
      ? candidates.map((c) => {
          const x = excluded.get(c.facts.id);
          return html`<label class="scope-row" data-id="${c.facts.id}"><input type="checkbox" name="include" value="${c.facts.id}" ${included.has(c.facts.id) ? html`checked` : ''} ${canEdit ? '' : html`disabled`}>
  <span><b class="mono">${c.facts.id}</b> ${formatDateTime(c.facts.leftAt ?? c.facts.receivedAt, p.lang)} ${c.facts.subject ? html`「${c.facts.subject}」` : ''}
  <span class="badge ${c.match === 'same_recipient' ? 'danger' : 'warn'}">${c.match === 'same_recipient' ? t('scopeSameRecipient') : t('scopeSameOrg')}: ${c.shared.join(', ')}</span>
  ${categoriesLine(p, c.facts.categories)} <span class="small muted">${p.t('personCount', { n: c.facts.personCount })}</span>
  ${x && !included.has(c.facts.id) ? html`<span class="small muted">${t('excludedBy', { by: x.by, reason: x.reason })}</span>` : ''}</span></label>`;
        })
      : html`<p class="muted">${t('scopeNone')}</p>`}
    ${canEdit
      ? html`<label>${t('scopeExcludeReason')} <input type="text" name="excludeReason" maxlength="4000"></label><div><button type="submit" id="scope-save">${t('scopeSave')}</button></div>`
      : ''}
  </form>
</section>`;
}

const fieldLabels: Record<PersonField, [string, string]> = {
  summary: ['概要（経緯）', 'Summary (what happened)'],
  items: ['個人データの項目（追記）', 'Data items (additions)'],
  cause: ['原因', 'Cause'],
  secondaryHarm: ['二次被害又はそのおそれの有無及びその内容', 'Secondary harm'],
  responseToPeople: ['本人への対応の実施状況', 'What was done for the people'],
  publication: ['公表の実施状況', 'Publication'],
  prevention: ['再発防止のための措置', 'Measures against recurrence'],
  other: ['その他参考となる事項', 'Other'],
};

function fieldsCard(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, incident: Incident, canEdit: boolean): SafeHtml {
  return html`<section class="card inc-fields">
  <h2>${t('reportFields')}</h2>
  <form method="post" action="/incidents/${incident.id}/fields" class="inc-form">
    ${csrfField(req)}<input type="hidden" name="version" value="${incident.version}">
    ${personFields.map((f) => html`<label for="field-${f}">${fieldLabels[f][p.lang === 'ja' ? 0 : 1]}</label><textarea id="field-${f}" name="${f}" maxlength="4000" ${canEdit ? '' : html`readonly`}>${incident.data.fields[f] ?? ''}</textarea>`)}
    ${canEdit ? html`<div><button type="submit" id="fields-save">${t('save')}</button></div>` : ''}
  </form>
</section>`;
}

const nextStatuses: Record<IncidentStatus, IncidentStatus[]> = {
  draft: ['preliminary_sent', 'final_sent', 'closed'],
  preliminary_sent: ['final_sent', 'closed'],
  final_sent: ['closed'],
  closed: [],
};

function statusCard(t: IncidentTranslate, req: FastifyRequest, incident: Incident, canEdit: boolean): SafeHtml {
  const label = (s: IncidentStatus) => (s === 'preliminary_sent' ? t('toPreliminarySent') : s === 'final_sent' ? t('toFinalSent') : t('toClosed'));
  const next = nextStatuses[incident.status];
  return html`<section class="card inc-status">
  <h2>${t('statusTitle')}: <span class="badge state" id="incident-status">${statusLabel(incident.status, t)}</span></h2>
  ${canEdit && next.length
    ? html`<form method="post" action="/incidents/${incident.id}/status" class="inc-form">
    ${csrfField(req)}<input type="hidden" name="version" value="${incident.version}">
    <label>${t('statusNote')} <input type="text" name="note" maxlength="4000"></label>
    <div class="buttons">${next.map((s) => html`<button type="submit" name="status" value="${s}" id="status-${s}">${label(s)}</button> `)}</div>
  </form>`
    : ''}
</section>`;
}

async function detailPage(ctx: WebContext, req: FastifyRequest, incident: Incident): Promise<SafeHtml> {
  const p = pageRequest(req);
  const t = tr(p);
  const auth = req.dlpAuth!;
  const canEdit = await mayEditIncident(ctx, auth.actor, incident);
  const e = evaluateIncident(incident, incidentDeps(ctx).calendar, ctx.clock.now());
  const candidates = await scopeOf(incidentDeps(ctx), incident);
  const wrong = new Set(incident.data.wrongRecipients);
  const events = (await ctx.store.events({ messageId: incident.data.anchorMessageId, limit: 1000 })).filter((ev) => ev.detail.incident === incident.id);
  const q = req.query as Record<string, unknown>;
  const base = `/incidents/${encodeURIComponent(incident.id)}`;
  return html`${head}<div class="pager"><a href="/incidents">← ${t('listTitle')}</a></div>
<div class="inc-head"><h1 class="mono">${incident.id}</h1>
  <span class="badge state">${statusLabel(incident.status, t)}</span>
  ${e.reportability.reportable ? html`<span class="badge danger" id="reportable-badge">${t('reportableYes')}</span>` : html`<span class="badge info" id="reportable-badge">${t('reportableNo')}</span>`}
</div>
${q.done === 'saved' ? html`<div class="alert ok" role="status">${t('saved')}</div>` : q.done === 'marked' ? html`<div class="alert ok" role="status">${t('marked')}</div>` : ''}
${q.error === 'conflict' ? html`<div class="alert error" role="alert">${t('conflict')}</div>` : ''}
<div class="inc-links">
  <a href="${base}/report" id="open-report">${t('openReport')}</a>
  <a href="${base}/notice">${t('openNotice')}</a>
  <a href="${base}/report.json">${t('exportJson')}</a>
  <a href="${base}/report.csv">${t('exportCsv')}</a>
</div>
${incident.data.description ? html`<section class="card"><h2>${t('description')}</h2><p>${incident.data.description}</p><p class="small muted">${incident.data.markedBy.id} · ${formatDateTime(incident.data.markedAt, p.lang)}</p></section>` : ''}
<div class="grid2">
<div class="col">
  ${deadlinesCard(p, t, req, incident, e, canEdit)}
  ${reasonsCard(p, t, req, incident, canEdit, e)}
  ${scopeCard(p, t, req, incident, candidates, canEdit)}
  <section class="card inc-messages"><h2>${t('inScope')} (${incident.data.messages.length})</h2>${incident.data.messages.map((m) => factsBlock(p, t, m, wrong))}</section>
</div>
<div class="col">
  ${statusCard(t, req, incident, canEdit)}
  ${fieldsCard(p, t, req, incident, canEdit)}
  <section class="card"><h2>${t('timeline')}</h2><ol class="timeline">${events.map((ev) => html`<li><span class="small muted">${formatDateTime(ev.at, p.lang)}</span><br><b>${incidentActionLabel(ev.action, p.lang) ?? actionLabel(ev.action, p.lang)}</b>${typeof ev.detail.status === 'string' ? html` → ${statusLabel(ev.detail.status as IncidentStatus, t)}` : ''} <span class="muted">— ${ev.actor}</span></li>`)}</ol></section>
</div>
</div>`;
}

/** Messages that left and this actor may see, newest first (for recording an incident). */
async function recentSent(ctx: WebContext, req: FastifyRequest): Promise<MessageRecord[]> {
  const since = ctx.clock.now() - 90 * 24 * 3_600_000;
  const records = await ctx.store.list({ states: ['delivered', 'queued', 'bounced'], kind: 'mail', since, limit: 300 });
  return records.filter((r) => hasLeft(r) && mayMarkMessage(ctx, req.dlpAuth!.actor, r)).slice(0, 50);
}

export function registerIncidentPages(app: FastifyInstance, ctx: WebContext): void {
  const deps = incidentDeps(ctx);

  app.get('/incidents', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const all = await listIncidents(deps);
    const visible: Incident[] = [];
    for (const i of all) if (await mayViewIncident(ctx, req.dlpAuth!.actor, i)) visible.push(i);
    return sendPage(reply, layout(p, { title: tr(p)('listTitle'), page: 'incidents', active: 'incidents' }, listPage(p, tr(p), visible, ctx)));
  });

  app.get('/incidents/new', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const t = tr(p);
    const id = (req.query as Record<string, unknown>).message;
    if (typeof id === 'string' && id) {
      const record = await ctx.store.get(id);
      if (!record || !mayMarkMessage(ctx, req.dlpAuth!.actor, record)) return errorPage(req, reply, 404, p.t('errorNotFound'));
      if (!hasLeft(record)) return errorPage(req, reply, 409, t('notLeft'));
      const facts = await currentFacts(deps, record);
      const body = html`${head}<h1>${t('newTitle')}</h1><p>${t('newIntro')}</p>${markForm(p, t, req, record, facts, ctx.clock.now(), '/incidents', csrfField(req))}`;
      return sendPage(reply, layout(p, { title: t('newTitle'), page: 'incident-new', active: 'incidents' }, body));
    }
    const recent = await recentSent(ctx, req);
    const body = html`${head}<h1>${t('newTitle')}</h1><p>${t('newIntro')}</p>
<section class="card"><form method="get" action="/incidents/new" class="toolbar"><label>${t('queueId')} <input type="text" name="message" id="message-id" required></label> <button type="submit">${t('open')}</button></form></section>
<section class="card"><h2>${t('recentSent')}</h2>${
      recent.length
        ? html`<ul class="plain">${recent.map((r) => html`<li><a href="/incidents/new?message=${r.id}" class="mono">${r.id}</a> ${formatDateTime(r.receivedAt, p.lang)} <span class="mono">${r.mailFrom}</span> → <span class="mono">${r.rcptTo.join(', ')}</span></li>`)}</ul>`
        : html`<p class="muted">${t('noRecent')}</p>`
    }</section>`;
    return sendPage(reply, layout(p, { title: t('newTitle'), page: 'incident-new', active: 'incidents' }, body));
  });

  app.post('/incidents', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const record = await ctx.store.get(str(body, 'message'));
    if (!record || !mayMarkMessage(ctx, req.dlpAuth!.actor, record)) return errorPage(req, reply, 404, p.t('errorNotFound'));
    const awareAt = parseJstInput(body.awareAt);
    if (awareAt === undefined) return errorPage(req, reply, 422, tr(p)('awareAt'));
    const result = await markIncident(deps, req.dlpAuth!.actor, {
      messageId: record.id,
      awareAt,
      description: str(body, 'description'),
      kind: str(body, 'kind') === 'other_leak' ? 'other_leak' : 'mis_sent',
      wrongRecipients: list(body, 'wrong'),
      via: 'session',
    });
    if (!result.ok) return errorPage(req, reply, result.error === 'not_found' ? 404 : result.error === 'forbidden' ? 403 : 422, result.message);
    return redirectTo(reply, result.value.id, 'done=marked');
  });

  app.get('/incidents/:id', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const p = pageRequest(req);
    const incident = await visibleIncident(ctx, req);
    if (!incident) return errorPage(req, reply, 404, p.t('errorNotFound'));
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: incident.data.anchorMessageId, actor: req.dlpAuth!.user.username, action: 'incident_viewed', detail: { incident: incident.id, ip: req.ip } });
    return sendPage(reply, layout(p, { title: incident.id, page: 'incident', active: 'incidents' }, await detailPage(ctx, req, incident)));
  });

  app.post('/incidents/:id/scope', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const windowDays = Number(str(found.body, 'windowDays') || found.incident.data.scopeWindowDays);
    const result = await setScope(deps, found.incident.id, found.version, req.dlpAuth!.actor, { include: list(found.body, 'include'), excludeReason: str(found.body, 'excludeReason'), windowDays });
    return afterChange(req, reply, found.incident.id, result);
  });

  app.post('/incidents/:id/aware', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const awareAt = parseJstInput(found.body.awareAt);
    if (awareAt === undefined) return errorPage(req, reply, 400, pageRequest(req).t('errorGeneric'));
    return afterChange(req, reply, found.incident.id, await setAwareAt(deps, found.incident.id, found.version, req.dlpAuth!.actor, awareAt, str(found.body, 'reason')));
  });

  app.post('/incidents/:id/judge', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const which = str(found.body, 'which');
    const value = str(found.body, 'value');
    if ((which !== 'improperPurpose' && which !== 'strongEncryption') || (value !== 'true' && value !== 'false')) return errorPage(req, reply, 400, pageRequest(req).t('errorGeneric'));
    return afterChange(req, reply, found.incident.id, await judge(deps, found.incident.id, found.version, req.dlpAuth!.actor, which, value === 'true', str(found.body, 'reason')));
  });

  app.post('/incidents/:id/override', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const code = str(found.body, 'code');
    const value = str(found.body, 'value');
    if (!['sensitive', 'financial', 'over_1000', 'encryption'].includes(code) || !['true', 'false', 'clear'].includes(value)) return errorPage(req, reply, 400, pageRequest(req).t('errorGeneric'));
    const result = await override(deps, found.incident.id, found.version, req.dlpAuth!.actor, code as 'sensitive', value === 'clear' ? null : value === 'true', str(found.body, 'reason'));
    return afterChange(req, reply, found.incident.id, result);
  });

  app.post('/incidents/:id/fields', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const fields: Partial<Record<PersonField, string>> = {};
    for (const f of personFields) if (typeof found.body[f] === 'string') fields[f] = found.body[f] as string;
    return afterChange(req, reply, found.incident.id, await setFields(deps, found.incident.id, found.version, req.dlpAuth!.actor, fields));
  });

  app.post('/incidents/:id/status', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const found = await editableIncident(ctx, req, reply);
    if (!found) return reply;
    const status = str(found.body, 'status');
    if (!['preliminary_sent', 'final_sent', 'closed'].includes(status)) return errorPage(req, reply, 400, pageRequest(req).t('errorGeneric'));
    return afterChange(req, reply, found.incident.id, await setStatus(deps, found.incident.id, found.version, req.dlpAuth!.actor, status as IncidentStatus, str(found.body, 'note')));
  });
}

export { visibleIncident };
