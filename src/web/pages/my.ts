/**
 * 自分の送信メール (/my): a signed-in sender's own delayed, held and recent mail, with the
 * self-check, 今すぐ送信, 送信を取り消す and the message's history. Any account may open it and
 * sees only mail it sent (src/workflow/sender-mail.ts decides); someone else's message answers
 * 404 like a message that does not exist. POSTs carry the session's CSRF token (checked in ui.ts);
 * every view and every action is audited.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { recentWindowMs } from '../../workflow/sender-mail.js';
import type { SenderMail, WorkflowResult } from '../../workflow/types.js';
import { myCss } from '../assets/my-css.js';
import type { WebContext } from '../context.js';
import { actionLabel, formatDateTime, stateLabel } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { senderText, type SenderTranslate } from '../i18n-my.js';
import { errorPage, layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { myMailItem, type MyMailItem } from '../view/my-mail.js';

const head = html`<link rel="stylesheet" href="/assets/my.css">`;

/** A browser session (not an API token); else the sign-in page, then back here. */
function signedIn(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.dlpAuth?.via === 'session') return true;
  if (req.dlpAuth) {
    void errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    return false;
  }
  void reply.redirect(`/sign-in?next=${encodeURIComponent(req.url)}`, 303);
  return false;
}

function stateBadge(p: PageRequest, t: SenderTranslate, item: MyMailItem): SafeHtml {
  const label =
    item.state === 'delayed' ? t('stateDelayed') : item.state === 'awaiting_self_check' ? t('stateSelfCheck') : item.state === 'awaiting_approval' ? t('stateApproval') : item.state === 'returned' ? t('stateReturned') : stateLabel(item.state, p.t, p.lang);
  const tone = item.state === 'delayed' || item.state === 'returned' ? 'warn' : item.live ? 'info' : item.state === 'delivered' || item.state === 'queued' ? 'state' : 'danger';
  return html`<span class="badge ${tone}" data-state="${item.state}">${label}</span>`;
}

function csrfField(p: PageRequest): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${p.auth?.session?.csrfToken ?? ''}">`;
}

function recipientsLine(t: SenderTranslate, item: MyMailItem): SafeHtml {
  return html`${item.recipients.map((r, i) => html`${i ? ', ' : ''}<span class="mono">${r.address}</span>${r.outside ? html` <span class="mark warn">${t('external')}</span>` : ''}`)}`;
}

function card(p: PageRequest, t: SenderTranslate, item: MyMailItem): SafeHtml {
  const base = `/my/${encodeURIComponent(item.id)}`;
  const kind = item.state === 'delayed' ? 'delayed' : 'held';
  return html`<li class="mycard ${kind}" data-id="${item.id}">
  <div class="head"><span class="subject">${item.subject ?? t('subjectWithheld')}</span>${stateBadge(p, t, item)}</div>
  <dl class="facts">
    ${item.dueAt !== null ? html`<dt>${t('dueAt')}</dt><dd class="due">${formatDateTime(item.dueAt, p.lang)}</dd>` : ''}
    ${item.deadline !== null ? html`<dt>${t('deadline')}</dt><dd>${formatDateTime(item.deadline, p.lang)}</dd>` : ''}
    <dt>${t('recipients')}</dt><dd>${recipientsLine(t, item)}</dd>
    <dt>${t('organisations')}</dt><dd>${item.organisations.length ? item.organisations.join(', ') : t('none')}</dd>
    <dt>${t('attachments')}</dt><dd>${item.attachments.length ? html`${item.attachments.map((a, i) => html`${i ? ', ' : ''}<span class="mono">${a}</span>`)}` : t('none')}</dd>
    <dt>${t('receivedAt')}</dt><dd>${formatDateTime(item.receivedAt, p.lang)} <span class="small muted mono">${item.id}</span></dd>
  </dl>
  ${item.state === 'awaiting_approval' ? html`<p class="small muted">${t('approvalNote')}</p>` : ''}
  <div class="actions">
    ${item.canSelfCheck ? html`<a class="button primary" href="${base}/self-check">${t('selfCheckButton')}</a>` : ''}
    ${item.canSendNow ? html`<form method="post" action="${base}/send-now">${csrfField(p)}<button type="submit" class="primary send-now">${t('sendNowButton')}</button></form>` : ''}
    ${item.canCancel ? html`<a class="button cancel" href="${base}/cancel">${t('cancelButton')}</a>` : ''}
    <a href="${base}">${t('historyLink')}</a>
  </div>
</li>`;
}

function recentTable(p: PageRequest, t: SenderTranslate, items: MyMailItem[]): SafeHtml {
  if (!items.length) return html`<p class="muted">${t('noneRecent')}</p>`;
  return html`<table class="recent"><thead><tr><th>${t('receivedAt')}</th><th>${t('subject')}</th><th>${t('recipients')}</th><th>${t('state')}</th><th></th></tr></thead><tbody>
${items.map(
  (item) => html`<tr data-id="${item.id}"><td>${formatDateTime(item.receivedAt, p.lang)}</td><td>${item.subject ?? t('subjectWithheld')}${item.attachments.length ? html`<div class="small muted">${item.attachments.join(', ')}</div>` : ''}</td><td>${recipientsLine(t, item)}</td><td>${stateBadge(p, t, item)}${item.comment ? html`<div class="small">${t('comment')}: ${item.comment}</div>` : ''}</td><td><a href="/my/${encodeURIComponent(item.id)}">${t('historyLink')}</a></td></tr>`,
)}</tbody></table>`;
}

function banner(p: PageRequest, t: SenderTranslate, query: Record<string, unknown>): SafeHtml {
  const id = typeof query.id === 'string' ? query.id.slice(0, 64) : '';
  const state = typeof query.state === 'string' ? query.state.slice(0, 40) : '';
  if (query.done === 'sent') return html`<div class="alert ok" role="status" id="done">${t('sentNow', { id })}</div>`;
  if (query.done === 'cancelled') return html`<div class="alert info" role="status" id="done">${t('cancelled', { id })}</div>`;
  if (query.error === 'wrong_state') return html`<div class="alert error" role="alert" id="done">${t('notPossible', { state })}</div>`;
  return html``;
}

function page(p: PageRequest, reply: FastifyReply, title: string, body: SafeHtml, status = 200): FastifyReply {
  return sendPage(reply, layout(p, { title, page: 'my', active: 'my' }, html`${head}${body}`), status);
}

export function registerMyPages(app: FastifyInstance, ctx: WebContext): void {
  app.get('/assets/my.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(myCss));
  const sender: SenderMail | undefined = ctx.workflow.senderMail;
  if (!sender) return;

  async function loadItem(id: string, req: FastifyRequest) {
    const own = await sender!.load(id, req.dlpAuth!.actor);
    return own.ok ? { record: own.record, item: myMailItem(own.record, own.raw) } : undefined;
  }

  app.get('/my', async (req, reply) => {
    if (!signedIn(req, reply)) return reply;
    const p = pageRequest(req);
    const t = senderText(p.lang);
    const actor = req.dlpAuth!.actor;
    const records = await sender.list(actor);
    const items: MyMailItem[] = [];
    for (const r of records) items.push(myMailItem(r, r.purged ? undefined : await ctx.store.getRaw(r.id)));
    const live = items.filter((i) => i.live);
    const recent = items.filter((i) => !i.live);
    // A view of held content: which messages were shown, to whom (ids only).
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: null, actor: actor.id, action: 'sender_page_viewed', detail: { ip: req.ip, shown: live.map((i) => i.id).slice(0, 50), recent: recent.length } });
    const noAddress = !actor.email && !actor.id.includes('@');
    return page(p, reply, t('title'), html`<h1>${t('title')}</h1>
${banner(p, t, req.query as Record<string, unknown>)}
<p class="muted">${t('intro')}</p>
${noAddress ? html`<div class="alert warn">${t('noAccountAddress')}</div>` : ''}
<section id="waiting"><h2>${t('sectionWaiting')} (${live.length})</h2>
${live.length ? html`<ul class="mylist">${live.map((i) => card(p, t, i))}</ul>` : html`<p class="muted card">${t('noneWaiting')}</p>`}</section>
<section class="card gap-top" id="recent"><h2>${t('sectionRecent', { days: Math.round(recentWindowMs / 86_400_000) })}</h2>${recentTable(p, t, recent)}</section>`);
  });

  app.get('/my/:id', async (req, reply) => {
    if (!signedIn(req, reply)) return reply;
    const p = pageRequest(req);
    const t = senderText(p.lang);
    const found = await loadItem((req.params as { id: string }).id, req);
    if (!found) return errorPage(req, reply, 404, p.t('errorNotFound'));
    const { item } = found;
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: item.id, actor: req.dlpAuth!.user.username, action: 'message_viewed', detail: { ip: req.ip, via: 'my' } });
    // The sender's history: what happened to the message, when (not who looked at it).
    const events = (await ctx.store.events({ messageId: item.id, limit: 200 })).filter((e) => !/_viewed$|^content_|^token_refused$/.test(e.action));
    return page(p, reply, t('historyTitle'), html`<p><a href="/my">${t('backToMy')}</a></p>
<ul class="mylist">${card(p, t, item)}</ul>
${item.comment ? html`<div class="alert warn gap-top">${t('comment')}: ${item.comment}</div>` : ''}
<section class="card gap-top" id="history"><h2>${t('historyTitle')}</h2>
<ol class="timeline">${events.map((e) => html`<li><span class="small muted">${formatDateTime(e.at, p.lang)}</span> ${actionLabel(e.action, p.lang)}</li>`)}</ol></section>`);
  });

  app.get('/my/:id/self-check', async (req, reply) => {
    if (!signedIn(req, reply)) return reply;
    const id = (req.params as { id: string }).id;
    const result = await sender.selfCheckPath(id, req.dlpAuth!.actor);
    if (!result.ok) return failed(req, reply, id, result);
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: id, actor: req.dlpAuth!.user.username, action: 'self_check_opened', detail: { ip: req.ip, via: 'my' } });
    return reply.redirect(result.path, 303);
  });

  app.get('/my/:id/cancel', async (req, reply) => {
    if (!signedIn(req, reply)) return reply;
    const p = pageRequest(req);
    const t = senderText(p.lang);
    const found = await loadItem((req.params as { id: string }).id, req);
    if (!found) return errorPage(req, reply, 404, p.t('errorNotFound'));
    const { item } = found;
    if (!item.canCancel) return reply.redirect(`/my?error=wrong_state&id=${encodeURIComponent(item.id)}&state=${encodeURIComponent(stateLabel(item.state, p.t, p.lang))}`, 303);
    await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: item.id, actor: req.dlpAuth!.user.username, action: 'message_viewed', detail: { ip: req.ip, via: 'my-cancel' } });
    return page(p, reply, t('cancelTitle'), html`<section class="card narrow" id="cancel-confirm"><h1>${t('cancelTitle')}</h1><p>${t('cancelText')}</p></section>
<ul class="mylist">${card(p, t, { ...item, canCancel: false, canSendNow: false, canSelfCheck: false })}</ul>
<form method="post" action="/my/${encodeURIComponent(item.id)}/cancel" class="card">${csrfField(p)}
<div class="buttons"><button type="submit" class="danger" id="cancel-yes">${t('cancelYes')}</button> <a class="button" href="/my" id="cancel-no">${t('cancelNo')}</a></div></form>`);
  });

  function failed(req: FastifyRequest, reply: FastifyReply, id: string, result: Extract<WorkflowResult, { ok: false }>): FastifyReply {
    const p = pageRequest(req);
    if (result.error === 'not_found') return errorPage(req, reply, 404, p.t('errorNotFound'));
    return reply.redirect(`/my?error=wrong_state&id=${encodeURIComponent(id)}`, 303);
  }

  app.post('/my/:id/send-now', async (req, reply) => {
    if (!signedIn(req, reply)) return reply;
    const id = (req.params as { id: string }).id;
    const result = await sender.sendNow(id, req.dlpAuth!.actor);
    if (!result.ok) return failed(req, reply, id, result);
    ctx.wakeRelay();
    return reply.redirect(`/my?done=sent&id=${encodeURIComponent(id)}`, 303);
  });

  app.post('/my/:id/cancel', async (req, reply) => {
    if (!signedIn(req, reply)) return reply;
    const id = (req.params as { id: string }).id;
    const result = await sender.cancel(id, req.dlpAuth!.actor);
    if (!result.ok) return failed(req, reply, id, result);
    return reply.redirect(`/my?done=cancelled&id=${encodeURIComponent(id)}`, 303);
  });
}
