import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuditEvent, MessageRecord } from '../../store/types.js';
import { heldStates } from '../../store/types.js';
import type { WorkflowError } from '../../workflow/types.js';
import type { WebContext } from '../context.js';
import { hasRole } from '../context.js';
import { html, type SafeHtml } from '../html.js';
import type { MessageKey } from '../i18n.js';
import { errorPage, layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { actionLabel, categoryName, categoryTone, formatDateTime, formatDuration, formatSize, stateLabel } from '../format.js';
import { categoryBadges, recipientLine } from '../view/components.js';
import { formatCount } from '../format.js';
import { describe, detailWords, reasonText } from '../words.js';
import { messagePreview, organisationOf, type MessagePreview, type TablePreview } from '../view/preview.js';
import type { RiskReason } from '../../workflow/considered.js';
import { rejectReasons } from '../../workflow/types.js';
import { rejectReasonLabel } from '../../workflow/reject-reasons.js';
import { messageView, type HeldMessageView } from '../view/held-message.js';
import { loadQueue, mayDecide, mayView } from '../view/queue-data.js';
import { originalText } from '../view/mail-content.js';
import { decide, decisions, type Decision } from '../decide.js';
import { requireSignIn } from './sign-in.js';
import { hasLeft } from '../../incident/facts.js';
import { incidentText } from '../i18n-incidents.js';
import { downloadLinksSection, registerDownloadLinkRoutes } from './download-links.js';

const errorKeys: Record<WorkflowError, MessageKey> = {
  not_found: 'errorNotFound',
  wrong_state: 'errorWrongState',
  forbidden: 'errorForbidden',
  self_approval: 'errorSelfApproval',
  token_invalid: 'tokenInvalid',
  token_expired: 'tokenExpired',
  token_used: 'tokenUsed',
  view_required: 'errorViewRequired',
  confirmation_required: 'errorConfirmationRequired',
  reason_required: 'errorReasonRequired',
};

const doneKeys = { approved: 'approved', rejected: 'rejected', returned: 'returned' } as const satisfies Record<string, MessageKey>;
type Done = keyof typeof doneKeys;

function riskLine(p: PageRequest, r: RiskReason): string {
  switch (r.kind) {
    case 'bulk_personal_data':
      return p.t('riskBulk', { n: formatCount(r.persons, p.lang), threshold: formatCount(r.threshold, p.lang) });
    case 'sensitive':
      return p.t('riskSensitive', { categories: r.categories.map((c) => categoryName(c, p.lang)).join('、') });
    case 'my_number':
      return p.t('riskMyNumber');
    case 'uninspectable':
      return p.t('riskUninspectable', { n: r.parts });
    case 'lookalike_recipient':
      return p.t('riskLookalike', { domains: r.domains.join(', ') });
    default: {
      const never: never = r;
      return String(never);
    }
  }
}

function decisionSection(p: PageRequest, m: HeldMessageView, record: MessageRecord, base: string, csrf: string): SafeHtml {
  const waitingForSender = record.state === 'awaiting_self_check';
  const considered = m.considered?.required ? m.considered : undefined;
  const statement = considered ? (p.lang === 'ja' ? considered.statement.ja : considered.statement.en) : '';
  return html`<section class="card decision o-decision" id="decision">
    <h2>${p.t('sectionDecision')}</h2>
    ${considered
      ? html`<div class="alert warn considered" id="considered"><b>${p.t('consideredTitle')}</b><p class="small">${p.t('consideredIntro')}</p><ul>${considered.reasons.map((r) => html`<li>${riskLine(p, r)}</li>`)}</ul></div>`
      : ''}
    <form method="post" action="${base}/approve" id="decision-form">
      <input type="hidden" name="_csrf" value="${csrf}">
      ${waitingForSender ? html`<p class="alert info" id="approve-blocked">${p.t('approveWaitsSelfCheck')}</p>` : ''}
      ${considered && !waitingForSender
        ? html`<label class="check confirm-statement"><input type="checkbox" name="confirm" value="${statement}" id="confirm-statement" required> <span>${p.t('consideredConfirm', { statement })}</span></label>`
        : ''}
      <label for="comment">${p.t('comment')}</label>
      <textarea id="comment" name="comment" maxlength="2000"></textarea>
      ${m.recipients.filter((r) => r.visible).length > 1 && !waitingForSender
        ? html`<label class="check"><input type="checkbox" name="releaseAs" value="bcc" id="release-as-bcc"> ${p.t('releaseAsBcc')}</label>`
        : ''}
      <div class="buttons">
        <button type="submit" class="primary" id="approve-button" formaction="${base}/approve" ${waitingForSender ? html`disabled aria-describedby="approve-blocked"` : ''}${considered && !waitingForSender ? html` data-needs-confirm="1"` : ''}>${p.t('approve')}</button>
      </div>
    </form>
    <form method="post" action="${base}/reject" id="reject-form" class="reject-form">
      <input type="hidden" name="_csrf" value="${csrf}">
      <h3>${p.t('rejectOrReturn')}</h3>
      <label for="reject-reason">${p.t('rejectReasonLabel')}</label>
      <select id="reject-reason" name="reason">
        <option value="">${p.t('rejectReasonPick')}</option>
        ${rejectReasons.map((r) => html`<option value="${r}">${rejectReasonLabel(r, p.lang)}</option>`)}
      </select>
      <label for="reject-comment">${p.t('rejectComment')}</label>
      <textarea id="reject-comment" name="comment" maxlength="2000"></textarea>
      <p class="small muted">${p.t('returnHint')}</p>
      <div class="buttons">
        <button type="submit" class="danger" id="reject-button" formaction="${base}/reject">${p.t('reject')}</button>
        <button type="submit" id="return-button" formaction="${base}/return">${p.t('returnToSender')}</button>
      </div>
    </form>
  </section>`;
}

function whoHolds(p: PageRequest, m: HeldMessageView, held: boolean): SafeHtml {
  if (!held) return html``;
  const h = m.hold;
  const list = (xs: string[] | undefined) => (xs?.length ? xs.join(', ') : '—');
  return html`<dt>${p.t('holdApprovers')}</dt><dd id="hold-approvers">${list(h.approvers)}${h.fallback ? html` <span class="badge warn">${p.t('holdFallback')}</span>` : ''}</dd>
      <dt>${p.t('holdDelegates')}</dt><dd id="hold-delegates">${list(h.delegates)}</dd>
      <dt>${p.t('holdEscalation')}</dt><dd>${h.escalatedAt ? p.t('holdEscalated', { at: formatDateTime(h.escalatedAt, p.lang) }) : h.delegates?.length ? p.t('holdEscalatesTo', { who: h.delegates.join(', ') }) : '—'}</dd>`;
}

function recipientGroups(p: PageRequest, m: HeldMessageView): SafeHtml {
  const groups = new Map<string, typeof m.recipients>();
  for (const r of m.recipients) {
    const org = organisationOf(r.address);
    groups.set(org, [...(groups.get(org) ?? []), r]);
  }
  return html`<ul class="plain org-groups">${[...groups].map(
    ([org, rs]) => html`<li class="org"><b>${org}</b> <span class="small muted">(${p.t('recipientsCount', { n: rs.length })})</span>
      <ul class="plain">${rs.map((r) => html`<li>${recipientLine(p, r)}${r.lookalikeOf ? html` <span class="small muted">≈ ${r.lookalikeOf}</span>` : ''}</li>`)}</ul></li>`,
  )}</ul>`;
}

function tableHtml(p: PageRequest, t: TablePreview): SafeHtml {
  return html`<div class="preview-table"><div class="small muted loc">${t.location} · ${p.t('previewRows', { shown: t.rows.length, total: formatCount(t.totalRows, p.lang) })}</div>
  <div class="scroll"><table class="findings">${t.header ? html`<thead><tr>${t.header.map((c) => html`<th>${c}</th>`)}</tr></thead>` : ''}
  <tbody>${t.rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table></div></div>`;
}

function previewSection(p: PageRequest, preview: MessagePreview): SafeHtml {
  return html`<p class="small muted">${p.t('previewNotice')}</p>
  ${preview.attachments.map(
    (a) => html`<div class="preview-attachment"><div><span class="mono">${a.filename || '(no name)'}</span> <span class="small muted">${a.contentType} · ${formatSize(a.size)}</span></div>
    ${a.archive
      ? a.archive.error
        ? html`<div class="alert warn small">${p.t('previewArchiveError')}</div>`
        : html`<ul class="tree">${a.archive.entries.map((e) => html`<li class="${e.directory ? 'dir' : 'file'}"><span class="mono">${e.name}</span>${e.directory ? '' : html` <span class="small muted">${formatSize(e.size)}</span>`}${e.encrypted ? html` <span class="badge danger">${p.t('previewEncrypted')}</span>` : ''}</li>`)}${a.archive.truncated ? html`<li class="muted">…</li>` : ''}</ul>`
      : ''}
    ${a.tables.map((t) => tableHtml(p, t))}</div>`,
  )}
  ${preview.bodyTables.map((t) => tableHtml(p, t))}`;
}

function doneBanner(p: PageRequest, done: Done, next: string | undefined): SafeHtml {
  return html`<div class="alert ok decided" role="status" id="decided"><div>${p.t(doneKeys[done])}</div>
  <div class="next-step">${next ? html`<a class="button primary" rel="next" id="next-message" href="/messages/${encodeURIComponent(next)}">${p.t('decidedNext')}</a>` : html`<span class="muted">${p.t('decidedQueueEmpty')}</span> <a href="/queue">${p.t('backToQueue')}</a>`}</div></div>`;
}

async function loadVisible(ctx: WebContext, req: FastifyRequest): Promise<MessageRecord | undefined> {
  const id = (req.params as { id: string }).id;
  const record = await ctx.store.get(id);
  if (!record || record.kind !== 'mail' || !mayView(ctx, req.dlpAuth!.actor, record)) return undefined;
  return record;
}

async function neighbours(ctx: WebContext, req: FastifyRequest, id: string): Promise<{ prev?: string; next?: string }> {
  const { all } = await loadQueue(ctx, req.dlpAuth!.actor, {});
  const i = all.findIndex((m) => m.id === id);
  if (i < 0) return all[0] ? { next: all[0].id } : {};
  return { ...(i > 0 ? { prev: all[i - 1]!.id } : {}), ...(i + 1 < all.length ? { next: all[i + 1]!.id } : {}) };
}

/** Whom a finding is about (the detection's subject step), for reviewers. */
function subjectLabel(subject: NonNullable<HeldMessageView['findings'][number]['subject']>, lang: PageRequest['lang']): string {
  const labels = {
    third_person: ['第三者の情報', 'third person'],
    business_contact: ['取引先・組織の連絡先', 'business contact'],
    participant: ['宛先・送信者本人', 'participant'],
  } as const;
  return labels[subject][lang === 'en' ? 1 : 0];
}

function findingsTable(p: PageRequest, m: HeldMessageView): SafeHtml {
  if (m.findings.length === 0) return html`<p class="muted">${p.t('noFindings')}</p>`;
  const conf = { high: p.t('confidenceHigh'), medium: p.t('confidenceMedium'), low: p.t('confidenceLow') };
  return html`<table class="findings">
<thead><tr><th>${p.t('colCategory')}</th><th>${p.t('colConfidence')}</th><th class="num">${p.t('colCount')}</th><th>${p.t('colLocation')}</th><th>${p.t('colSample')}</th></tr></thead>
<tbody>${m.findings.map(
    (f) => html`<tr>
  <td><span class="badge ${categoryTone(f.category)}">${categoryName(f.category, p.lang)}</span></td>
  <td data-label="${p.t('colConfidence')}">${conf[f.confidence]}</td>
  <td class="num" data-label="${p.t('colCount')}">${formatCount(f.count, p.lang)}</td>
  <td class="loc">${f.location}${f.cells?.length ? html`<div class="small muted">${f.cells.slice(0, 5).join(', ')}${f.cells.length > 5 ? ' …' : ''}</div>` : ''}</td>
  <td><span class="mono">${f.sample}</span>${f.context ? html`<div class="context" title="${p.t('colContext')}">${f.context}</div>` : ''}${f.reason ? html`<div class="small muted">${reasonText(f.reason, p.lang)}</div>` : ''}${f.subject ? html`<div class="small muted subject">${subjectLabel(f.subject, p.lang)}${f.subjectReason ? `: ${f.subjectReason}` : ''}</div>` : ''}</td>
</tr>`,
  )}</tbody></table>`;
}

function timeline(p: PageRequest, events: AuditEvent[]): SafeHtml {
  return html`<ol class="timeline">${events.map((e) => {
    const comment = typeof e.detail.comment === 'string' ? e.detail.comment : '';
    const why = e.action.endsWith('_refused') || e.action === 'denied' ? detailWords({ ...(e.detail.reason !== undefined ? { reason: e.detail.reason } : {}) }, p.lang, (ms) => formatDateTime(ms, p.lang)) : [];
    return html`<li><span class="small muted">${formatDateTime(e.at, p.lang)}</span><br><b>${actionLabel(e.action, p.lang)}</b> <span class="muted">— ${e.actor}</span>${why.map(([k, v]) => html` <span class="small">(${k}: ${v})</span>`)}${comment ? html`<div class="context">${comment}</div>` : ''}</li>`;
  })}</ol>`;
}

interface RenderOptions {
  original?: { headers: Array<[string, string]>; text: string };
  status?: number;
}

async function renderMessage(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, record: MessageRecord, opts: RenderOptions = {}): Promise<FastifyReply> {
  const p = pageRequest(req);
  const auth = req.dlpAuth!;
  const m = await messageView(ctx, record);
  const events = await ctx.store.events({ messageId: record.id, limit: 500 });
  const raw = record.purged || record.size > 10 * 1024 * 1024 ? undefined : await ctx.store.getRaw(record.id);
  const preview = raw ? await messagePreview(raw, m.findings).catch((err: Error) => (ctx.log.warn({ id: record.id, err: err.message }, 'attachment preview failed'), undefined)) : undefined;
  const nav = await neighbours(ctx, req, record.id);
  const now = ctx.clock.now();
  const held = (heldStates as readonly string[]).includes(record.state);
  const canDecide = held && mayDecide(auth.actor) && (ctx.workflow.canDecide?.(auth.actor, record) ?? true);
  const fatigue = held && ctx.workflow.fatigueHint ? await ctx.workflow.fatigueHint(record).catch(() => undefined) : undefined;
  const canReveal = hasRole(auth, 'admin', 'approver') && !record.purged;
  const csrf = auth.session?.csrfToken ?? '';
  const query = req.query as Record<string, unknown>;
  const error = typeof query.error === 'string' && query.error in errorKeys
    ? query.error === 'wrong_state' && record.state === 'awaiting_self_check' ? p.t('approveWaitsSelfCheck') : p.t(errorKeys[query.error as WorkflowError])
    : undefined;
  const base = `/messages/${encodeURIComponent(record.id)}`;

  const done = typeof query.done === 'string' && query.done in doneKeys ? (query.done as Done) : undefined;
  const body = html`<div class="pager">
  <a href="/queue">${p.t('backToQueue')}</a>
  <span>${nav.prev ? html`<a rel="prev" href="/messages/${nav.prev}">${p.t('prev')}</a>` : ''} ${nav.next && !done ? html`<a rel="next" href="/messages/${nav.next}">${p.t('next')}</a>` : ''}</span>
</div>
<h1>${m.headers.subject || '(no subject)'}</h1>
${error ? html`<div class="alert error" role="alert">${error}</div>` : ''}
${done ? doneBanner(p, done, nav.next) : ''}
${!held && !done ? html`<div class="alert info">${p.t('notHeld', { state: stateLabel(record.state, p.t, p.lang) })}</div>` : ''}
${hasLeft(record) && mayDecide(auth.actor) ? html`<p><a href="/incidents/new?message=${record.id}" id="mark-incident">${incidentText(p.lang)('markNew')}</a></p>` : ''}
${m.monitorOnly ? html`<div class="alert info">${p.t('monitorOnly')}</div>` : ''}
${fatigue?.text ? html`<div class="alert info"><b>${p.t('fatigueTitle')}:</b> ${fatigue.text}</div>` : ''}
<div class="grid2 message-grid">
<div class="col">
  <section class="card o-facts">
    <dl class="facts">
      <dt>${p.t('from')}</dt><dd>${m.headers.from || m.mailFrom}</dd>
      <dt>${p.t('envelopeFrom')}</dt><dd class="mono">${m.mailFrom || '<>'}</dd>
      <dt>${p.t('state')}</dt><dd><span class="badge state">${stateLabel(record.state, p.t, p.lang)}</span></dd>
      <dt>${p.t('received')}</dt><dd>${formatDateTime(record.receivedAt, p.lang)}</dd>
      ${held && m.hold.deadline !== undefined ? html`<dt>${p.t('deadline')}</dt><dd>${formatDateTime(m.hold.deadline, p.lang)} <span class="small">(${m.hold.deadline > now ? p.t('deadlineIn', { t: formatDuration(m.hold.deadline - now, p.t) }) : p.t('deadlinePassed')})</span></dd>` : ''}
      ${!held && m.hold.decidedAt !== undefined ? html`<dt>${p.t('decidedBy')}</dt><dd id="decided-by">${m.hold.decidedBy === 'system' ? stateLabel(record.state, p.t, p.lang) : m.hold.decidedBy ?? '—'} · ${formatDateTime(m.hold.decidedAt, p.lang)}${m.hold.rejectReason ? html`<div class="small">${rejectReasonLabel(m.hold.rejectReason, p.lang)}</div>` : ''}${m.hold.comment ? html`<div class="context">${m.hold.comment}</div>` : ''}</dd>` : ''}
      <dt>${p.t('size')}</dt><dd>${formatSize(record.size)}</dd>
      ${whoHolds(p, m, held)}
      <dt>${p.t('colFindings')}</dt><dd>${categoryBadges(p, m.categories, m.personCount)}</dd>
    </dl>
  </section>
  <section class="card o-why">
    <h2>${p.t('sectionWhy')}</h2>
    ${m.rules.length === 0 ? html`<p class="muted">—</p>` : m.rules.map((r) => html`<div class="rule"><div><b>${describe(r.description, p.lang) || r.id}</b> <span class="id">${r.id}</span></div><div>${describe(r.reason, p.lang)}</div></div>`)}
  </section>
  <section class="card o-findings">
    <h2>${p.t('sectionFindings')}</h2>
    ${m.personCount !== undefined || m.recordCount !== undefined
      ? html`<p class="small muted">${m.personCount !== undefined ? html`${p.t('personCountLabel')}: <b>${formatCount(m.personCount, p.lang)}</b> ` : ''}${m.recordCount ? html`· ${p.t('recordCountLabel')}: <b>${formatCount(m.recordCount, p.lang)}</b>` : ''}</p>`
      : ''}
    ${findingsTable(p, m)}
  </section>
  <section class="card o-recipients" id="recipients">
    <h2>${p.t('sectionRecipients')} (${m.recipients.length})</h2>
    ${recipientGroups(p, m)}
  </section>
  <section class="card o-attachments" id="preview">
    <h2>${p.t('sectionAttachments')} (${m.attachments.length})</h2>
    ${m.attachments.length === 0 && !preview?.bodyTables.length
      ? html`<p class="muted">${p.t('noAttachments')}</p>`
      : preview
        ? previewSection(p, preview)
        : html`<ul class="plain">${m.attachments.map((a) => html`<li><span class="mono">${a.filename || '(no name)'}</span> <span class="small muted">${a.contentType} · ${formatSize(a.size)}</span></li>`)}</ul>`}
  </section>
  <section class="card o-original" id="original">
    <h2>${p.t('sectionOriginal')}</h2>
    ${record.purged
      ? html`<p class="muted">${p.t('originalPurged')}</p>`
      : opts.original
        ? html`<p class="small muted">${p.t('originalTextOnly')}</p>
          <dl class="facts small">${opts.original.headers.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
          <pre class="original">${opts.original.text}</pre>`
        : canReveal
          ? html`<p class="small muted">${p.t('revealNotice')}</p>
            <form method="post" action="${base}/content" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">${p.t('revealOriginal')}</button></form>
            <form method="post" action="${base}/download" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">${p.t('downloadEml')}</button></form>`
          : html`<p class="muted">—</p>`}
  </section>
</div>
<div class="col">
  ${canDecide
    ? decisionSection(p, m, record, base, csrf)
    : held && mayDecide(auth.actor)
      ? html`<section class="card o-decision" id="decision"><p class="alert info" id="view-only">${p.t('deptViewOnly', { who: [...(m.hold.approvers ?? []), ...(m.hold.delegates ?? [])].join(', ') || '—' })}</p></section>`
      : ''}
  ${await downloadLinksSection(ctx, req, record, csrf)}
  <section class="card o-timeline">
    <h2>${p.t('sectionTimeline')}</h2>
    ${timeline(p, events)}
  </section>
</div>
</div>`;
  return sendPage(reply, layout(p, { title: p.t('messageTitle'), page: 'message', active: 'queue' }, body), opts.status ?? 200);
}

function decisionDone(decision: Decision): Done {
  switch (decision) {
    case 'approve':
      return 'approved';
    case 'reject':
      return 'rejected';
    case 'return':
      return 'returned';
    default: {
      const never: never = decision;
      throw new Error(`unknown decision ${String(never)}`);
    }
  }
}

export function registerMessagePage(app: FastifyInstance, ctx: WebContext): void {
  app.get('/messages/:id', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const record = await loadVisible(ctx, req);
    if (!record) return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: record.id, actor: req.dlpAuth!.user.username, action: 'message_viewed', detail: { ip: req.ip, via: 'web' } });
    return renderMessage(ctx, req, reply, record);
  });

  for (const decision of decisions) {
    app.post(`/messages/:id/${decision}`, async (req, reply) => {
      if (!requireSignIn(req, reply)) return reply;
      const record = await loadVisible(ctx, req);
      if (!record) return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
      const body = (req.body ?? {}) as Record<string, unknown>;
      const result = await decide(ctx, req.dlpAuth!.actor, record.id, decision, body);
      const here = `/messages/${encodeURIComponent(record.id)}`;
      if (!result.ok) return reply.redirect(`${here}?error=${result.error}#decision`, 303);
      const done: Done = decisionDone(decision);
      if (body.from === 'queue') return reply.redirect(`/queue?done=${done}`, 303);
      // Stay on the decided message, with its new state and a clear way on (never the next one under this banner).
      return reply.redirect(`${here}?done=${done}`, 303);
    });
  }

  registerDownloadLinkRoutes(app, ctx, (req) => loadVisible(ctx, req));

  // Deliberate, logged access to the original content (approvers and admins only).
  app.post('/messages/:id/content', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    if (!hasRole(req.dlpAuth, 'admin', 'approver')) return errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    const record = await loadVisible(ctx, req);
    if (!record) return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    const raw = record.purged ? undefined : await ctx.store.getRaw(record.id);
    if (!raw) return renderMessage(ctx, req, reply, { ...record, purged: true });
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: record.id, actor: req.dlpAuth!.user.username, action: 'content_viewed', detail: { ip: req.ip } });
    return renderMessage(ctx, req, reply, record, { original: await originalText(raw) });
  });

  app.post('/messages/:id/download', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    if (!hasRole(req.dlpAuth, 'admin', 'approver')) return errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    const record = await loadVisible(ctx, req);
    if (!record) return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    const raw = record.purged ? undefined : await ctx.store.getRaw(record.id);
    if (!raw) return errorPage(req, reply, 410, pageRequest(req).t('originalPurged'));
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: record.id, actor: req.dlpAuth!.user.username, action: 'content_downloaded', detail: { ip: req.ip, bytes: raw.length } });
    const safeId = record.id.replace(/[^A-Za-z0-9._-]/g, '_');
    return reply
      .type('message/rfc822')
      .header('content-disposition', `attachment; filename="${safeId}.eml"`)
      .send(raw);
  });
}
