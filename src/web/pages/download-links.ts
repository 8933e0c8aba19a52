/**
 * The message page's section on attachments sent as a download link (src/release/): the link's
 * state, the download log (when, which recipient, address, user agent) and the revoke button
 * for the sender, an approver or an admin. Revoking is a CSRF-checked POST (the UI's global
 * check), compare-and-set, audited; the recipient's page then says the link was withdrawn.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MessageRecord } from '../../store/types.js';
import { linkState, revokeLink } from '../../download/service.js';
import type { WebContext } from '../context.js';
import { hasRole } from '../context.js';
import { html, type SafeHtml } from '../html.js';
import { errorPage, pageRequest } from '../layout.js';
import { formatDateTime, formatSize } from '../format.js';
import { requireSignIn } from './sign-in.js';

const words = {
  ja: {
    title: '添付ファイルのダウンロードリンク',
    state: { active: '公開中', revoked: '取り消し済み', expired: '期限切れ', purged: '期限切れ（ファイル削除済み）' },
    expires: '有効期限',
    files: 'ファイル',
    downloads: '回',
    log: 'ダウンロード履歴',
    none: 'まだダウンロードされていません。',
    when: '日時',
    who: '受信者',
    address: '接続元',
    agent: 'ブラウザ',
    noCode: '（確認コードなし）',
    revoke: 'リンクを取り消す',
    confirm: '取り消すと、受信者はファイルをダウンロードできなくなります（元に戻せません）。',
    revokedBy: (by: string, at: string) => `${at} に ${by} が取り消しました。`,
  },
  en: {
    title: 'Attachments as a download link',
    state: { active: 'active', revoked: 'withdrawn', expired: 'expired', purged: 'expired (files removed)' },
    expires: 'Expires',
    files: 'Files',
    downloads: 'downloads',
    log: 'Download log',
    none: 'Not downloaded yet.',
    when: 'When',
    who: 'Recipient',
    address: 'Address',
    agent: 'User agent',
    noCode: '(no code required)',
    revoke: 'Withdraw the link',
    confirm: 'After withdrawing, recipients can no longer download the files (cannot be undone).',
    revokedBy: (by: string, at: string) => `Withdrawn by ${by} at ${at}.`,
  },
} as const;

/** Sender (signed-in user whose address sent it), approver or admin. */
export function mayRevoke(req: FastifyRequest, record: MessageRecord): boolean {
  const auth = req.dlpAuth;
  if (!auth) return false;
  return hasRole(auth, 'admin', 'approver') || (!!auth.user.email && auth.user.email.toLowerCase() === record.mailFrom.toLowerCase());
}

export async function downloadLinksSection(ctx: WebContext, req: FastifyRequest, record: MessageRecord, csrf: string): Promise<SafeHtml | ''> {
  const links = await ctx.store.downloadLinksForMessage(record.id);
  if (links.length === 0) return '';
  const p = pageRequest(req);
  const w = words[p.lang === 'en' ? 'en' : 'ja'];
  const log = await ctx.store.downloadLog(record.id);
  const now = ctx.clock.now();
  const base = `/messages/${encodeURIComponent(record.id)}`;
  return html`<section class="card o-download-links" id="download-links">
    <h2>${w.title}</h2>
    ${links.map((link) => {
      const state = linkState(link, now);
      return html`<p><span class="badge ${state === 'active' ? 'info' : 'warn'}" data-link-state="${state}">${w.state[state]}</span>
        ${w.expires}: ${formatDateTime(link.expiresAt, p.lang)}</p>
      ${link.revokedAt !== null ? html`<p class="alert info" id="link-revoked">${w.revokedBy(link.revokedBy ?? '—', formatDateTime(link.revokedAt, p.lang))}</p>` : ''}
      <p>${w.files}:</p><ul>${link.data.files.map((f) => html`<li>${f.name} (${formatSize(f.size)}) — ${f.downloads} ${w.downloads}</li>`)}</ul>
      ${state === 'active' && mayRevoke(req, record)
        ? html`<form method="post" action="${base}/download-link/revoke"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="link" value="${link.id}">
          <p class="muted">${w.confirm}</p><button type="submit" class="danger" id="revoke-link">${w.revoke}</button></form>`
        : ''}`;
    })}
    <h3>${w.log}</h3>
    ${log.length === 0
      ? html`<p class="muted" id="download-log-empty">${w.none}</p>`
      : html`<ul class="download-log" id="download-log">
        ${log.map((e) => html`<li><b>${formatDateTime(e.at, p.lang)}</b> ${e.recipient ?? w.noCode} — ${e.fileName}<br><small class="muted">${w.address}: ${e.clientAddress} · ${w.agent}: ${e.userAgent}</small></li>`)}
      </ul>`}
  </section>`;
}

export function registerDownloadLinkRoutes(app: FastifyInstance, ctx: WebContext, loadVisible: (req: FastifyRequest) => Promise<MessageRecord | undefined>): void {
  app.post('/messages/:id/download-link/revoke', async (req, reply) => {
    if (!requireSignIn(req, reply)) return reply;
    const record = await loadVisible(req);
    if (!record) return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    if (!mayRevoke(req, record)) return errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    const linkId = String((req.body as { link?: unknown } | undefined)?.link ?? '');
    const link = (await ctx.store.downloadLinksForMessage(record.id)).find((l) => l.id === linkId);
    if (!link) return errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
    await revokeLink(ctx.store, link, req.dlpAuth!.user.username, ctx.clock.now());
    return reply.redirect(`/messages/${encodeURIComponent(record.id)}#download-links`, 303);
  });
}
