/** Parts of the incident pages: the cards of an incident, the list, the recording form (rendering only). */
import type { FastifyRequest } from 'fastify';
import { evaluateIncident } from '../../incident/evaluate.js';
import { peopleCount } from '../../incident/reportability.js';
import type { ScopeCandidate } from '../../incident/scope.js';
import { personFields, type Incident, type IncidentStatus, type MessageFacts, type PersonField } from '../../incident/types.js';
import type { MessageRecord } from '../../store/types.js';
import type { WebContext } from '../context.js';
import { categoryName, categoryTone, formatDateTime, formatDuration } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import type { IncidentTranslate } from '../i18n-incidents.js';
import type { PageRequest } from '../layout.js';
import { deadlineLabel, deadlineTone, jstInputValue, reasonName, statusLabel } from './incident-view.js';

export const head = html`<link rel="stylesheet" href="/assets/incident.css"><script src="/assets/incident.js" defer></script>`;

export function csrfField(req: FastifyRequest): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${req.dlpAuth?.session?.csrfToken ?? ''}">`;
}

export function categoriesLine(p: PageRequest, categories: Record<string, number>): SafeHtml {
  const entries = Object.entries(categories).filter(([, n]) => n > 0);
  if (!entries.length) return html`<span class="muted">—</span>`;
  return html`${entries.map(([c, n]) => html`<span class="badge ${categoryTone(c)}">${categoryName(c, p.lang)} ${n}</span> `)}`;
}

export function factsBlock(p: PageRequest, t: IncidentTranslate, m: MessageFacts, wrong: ReadonlySet<string>): SafeHtml {
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

export function listPage(p: PageRequest, t: IncidentTranslate, incidents: Incident[], ctx: WebContext): SafeHtml {
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

export function markForm(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, record: MessageRecord, facts: MessageFacts, now: number, action: string, extraHidden: SafeHtml = html``): SafeHtml {
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

export function reasonsCard(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, incident: Incident, canEdit: boolean, e: ReturnType<typeof evaluateIncident>): SafeHtml {
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

export function deadlinesCard(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, incident: Incident, e: ReturnType<typeof evaluateIncident>, canEdit: boolean): SafeHtml {
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

export function scopeCard(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, incident: Incident, candidates: ScopeCandidate[], canEdit: boolean): SafeHtml {
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

export const fieldLabels: Record<PersonField, [string, string]> = {
  summary: ['概要（経緯）', 'Summary (what happened)'],
  items: ['個人データの項目（追記）', 'Data items (additions)'],
  cause: ['原因', 'Cause'],
  secondaryHarm: ['二次被害又はそのおそれの有無及びその内容', 'Secondary harm'],
  responseToPeople: ['本人への対応の実施状況', 'What was done for the people'],
  publication: ['公表の実施状況', 'Publication'],
  prevention: ['再発防止のための措置', 'Measures against recurrence'],
  other: ['その他参考となる事項', 'Other'],
};

export function fieldsCard(p: PageRequest, t: IncidentTranslate, req: FastifyRequest, incident: Incident, canEdit: boolean): SafeHtml {
  return html`<section class="card inc-fields">
  <h2>${t('reportFields')}</h2>
  <form method="post" action="/incidents/${incident.id}/fields" class="inc-form">
    ${csrfField(req)}<input type="hidden" name="version" value="${incident.version}">
    ${personFields.map((f) => html`<label for="field-${f}">${fieldLabels[f][p.lang === 'ja' ? 0 : 1]}</label><textarea id="field-${f}" name="${f}" maxlength="4000" ${canEdit ? '' : html`readonly`}>${incident.data.fields[f] ?? ''}</textarea>`)}
    ${canEdit ? html`<div><button type="submit" id="fields-save">${t('save')}</button></div>` : ''}
  </form>
</section>`;
}

export const nextStatuses: Record<IncidentStatus, IncidentStatus[]> = {
  draft: ['preliminary_sent', 'final_sent', 'closed'],
  preliminary_sent: ['final_sent', 'closed'],
  final_sent: ['closed'],
  closed: [],
};

export function statusCard(t: IncidentTranslate, req: FastifyRequest, incident: Incident, canEdit: boolean): SafeHtml {
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
