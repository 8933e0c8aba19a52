/**
 * Sign-in by mailed link, for senders without a password or SSO: `/sign-in/link` asks for an
 * address; only an address in the organisation's own domains gets a link (through the notice
 * outbox), and the page answers the same in every case, so it tells nobody which addresses exist.
 * The link's GET only shows a button (mail scanners prefetch links); the POST spends the link
 * once and signs the sender in as a `sender` account, created on first use.
 */
import os from 'node:os';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { maskAddress } from '../../log/logger.js';
import { newQueueId } from '../../receive/queue-id.js';
import type { UserRecord } from '../../store/types.js';
import { composeNotice } from '../../workflow/notices/compose.js';
import type { NoticeDocument } from '../../workflow/notices/document.js';
import { isSenderOnly } from '../../workflow/permissions.js';
import { loadSecret } from '../../workflow/secret.js';
import { boundToken, newNonce, safeEqual } from '../auth/csrf.js';
import { isOrganisationAddress } from '../auth/organisation-domains.js';
import { RateLimiter } from '../auth/rate-limit.js';
import { sessionAbsoluteMs } from '../auth/sessions.js';
import { plainAddress, readSignInLink, signInLinkToken } from '../auth/sign-in-link.js';
import type { WebContext } from '../context.js';
import { secureRequest, sessionCookieName, setCookie } from '../context.js';
import { parseCookies } from '../cookies.js';
import { html, type SafeHtml } from '../html.js';
import { senderText } from '../i18n-my.js';
import { layout, pageRequest, sendPage, type PageRequest } from '../layout.js';

const nonceCookie = 'dlp_signin_link';

function page(p: PageRequest, reply: FastifyReply, status: number, body: SafeHtml): FastifyReply {
  const t = senderText(p.lang);
  return sendPage(reply, layout(p, { title: t('linkTitle'), page: 'sign-in', bare: true }, html`<link rel="stylesheet" href="/assets/my.css"><section class="card narrow">${body}</section>`), status);
}

function linkMail(link: string): NoticeDocument {
  return {
    subject: '【DLPゲートウェイ】サインイン用リンク / Sign-in link',
    ja: [
      { kind: 'para', text: '「自分の送信メール」ページへのサインイン用リンクです。15分以内に1回だけ使えます。心当たりがない場合はこのメールを破棄してください。' },
      { kind: 'link', label: 'サインインする', url: link },
      { kind: 'para', text: 'このリンクを他人に転送しないでください。' },
    ],
    en: [
      { kind: 'para', text: 'Your link to sign in to "My sent mail". It works once within 15 minutes. If you did not ask for it, ignore this mail.' },
      { kind: 'link', label: 'Sign in', url: link },
      { kind: 'para', text: 'Do not forward this link.' },
    ],
  };
}

export function registerSenderSignIn(app: FastifyInstance, ctx: WebContext): void {
  // Mailed links are a local way in: with web.localSignIn `admins` or `off` (SSO only) they are not offered at all.
  if (ctx.config.web.localSignIn !== 'all') return;
  const key = loadSecret({ configured: ctx.config.workflow.secret, env: process.env.DLP_SECRET, dataDir: ctx.config.storage.dataDir, log: ctx.log });
  // Per client: 10 requests in 15 minutes. Per address: 3 links an hour, so nobody floods a mailbox.
  const perClient = new RateLimiter(10, 15 * 60_000);
  const perAddress = new RateLimiter(3, 60 * 60_000);
  const baseUrl = (ctx.config.web.baseUrl || `http://${ctx.config.web.host}:${ctx.config.web.port}`).replace(/\/+$/, '');
  const hostname = ctx.config.smtp.hostname ?? os.hostname();

  function formToken(req: FastifyRequest, reply: FastifyReply, binding: string): string {
    const nonce = newNonce();
    setCookie(ctx, req, reply, nonceCookie, nonce, { path: '/sign-in/link', maxAgeSeconds: 3600 });
    return boundToken(nonce, binding);
  }
  function formValid(req: FastifyRequest, binding: string): boolean {
    const nonce = parseCookies(req.headers.cookie)[nonceCookie];
    const given = (req.body as Record<string, unknown> | undefined)?._csrf;
    return !!nonce && safeEqual(typeof given === 'string' ? given : undefined, boundToken(nonce, binding));
  }

  async function mailLink(address: string, ip: string): Promise<void> {
    const now = ctx.clock.now();
    const token = signInLinkToken(key, address, now);
    const sender = ctx.config.workflow.noticeSender;
    const id = newQueueId(now);
    const raw = await composeNotice({ from: `"DLP Gateway" <${sender || `mailer-daemon@${hostname}`}>`, to: address, doc: linkMail(`${baseUrl}/sign-in/link/${token}`), now, hostname, aboutId: id, type: 'sign_in_link' });
    await ctx.store.accept(
      { id, kind: 'notice', receivedAt: now, mailFrom: sender, rcptTo: [address], raw, client: { notice: 'sign_in_link' }, initialState: 'queued' },
      { at: now, messageId: id, actor: 'web', action: 'notice_queued', detail: { type: 'sign_in_link' } },
    );
    await ctx.store.appendEvent({ at: now, messageId: null, actor: 'web', action: 'sign_in_link_sent', detail: { to: maskAddress(address), notice: id, ip } });
    ctx.wakeRelay();
  }

  app.get('/sign-in/link', async (req, reply) => {
    const p = pageRequest(req);
    const t = senderText(p.lang);
    const csrf = formToken(req, reply, 'sign-in-link');
    return page(p, reply, 200, html`<h1>${t('linkTitle')}</h1><p>${t('linkIntro')}</p>
<form method="post" action="/sign-in/link"><input type="hidden" name="_csrf" value="${csrf}">
<label for="address">${t('linkAddress')}</label>
<input type="email" id="address" name="address" autocomplete="email" autocapitalize="none" spellcheck="false" required maxlength="254" inputmode="email">
<p><button type="submit" class="primary" id="link-button">${t('linkButton')}</button></p></form>
<p class="small"><a href="/sign-in">← ${p.t('signInTitle')}</a></p>`);
  });

  app.post('/sign-in/link', async (req, reply) => {
    const p = pageRequest(req);
    const t = senderText(p.lang);
    if (!formValid(req, 'sign-in-link')) return page(p, reply, 403, html`<div class="alert error" role="alert">${p.t('errorCsrf')}</div>`);
    const now = ctx.clock.now();
    if (!perClient.allow(req.ip, now)) {
      await ctx.store.appendEvent({ at: now, messageId: null, actor: 'web', action: 'sign_in_link_refused', detail: { reason: 'client_rate_limited', ip: req.ip } });
      reply.header('retry-after', '900');
      return page(p, reply, 429, html`<h1>${t('linkTitle')}</h1><div class="alert error" role="alert">${t('linkLimited')}</div>`);
    }
    const address = plainAddress((req.body as Record<string, unknown>).address);
    const domains = address ? await ctx.organisationDomains() : [];
    const reason = !address ? 'not_an_address' : !isOrganisationAddress(address, domains) ? 'outside_organisation' : !perAddress.allow(address, now) ? 'address_rate_limited' : undefined;
    if (address && !reason) await mailLink(address, req.ip);
    else await ctx.store.appendEvent({ at: now, messageId: null, actor: 'web', action: 'sign_in_link_refused', detail: { reason, ...(address ? { to: maskAddress(address) } : {}), ip: req.ip } });
    // One answer for every address: whether it exists, is outside or was limited is not told.
    return page(p, reply, 200, html`<h1>${t('linkTitle')}</h1><div class="alert info" role="status" id="link-sent">${t('linkSent')}</div>`);
  });

  function invalid(p: PageRequest, reply: FastifyReply, status = 410): FastifyReply {
    return page(p, reply, status, html`<h1>${senderText(p.lang)('linkOpenTitle')}</h1><div class="alert error" role="alert" id="link-invalid">${senderText(p.lang)('linkInvalid')}</div><p><a href="/sign-in/link">${senderText(p.lang)('linkOfferLink')}</a></p>`);
  }

  app.get('/sign-in/link/:token', async (req, reply) => {
    const p = pageRequest(req);
    const t = senderText(p.lang);
    const token = (req.params as { token: string }).token;
    const link = readSignInLink(key, token, ctx.clock.now());
    if (!link.ok) return invalid(p, reply);
    const csrf = formToken(req, reply, `sign-in-link:${token}`);
    return page(p, reply, 200, html`<h1>${t('linkOpenTitle')}</h1><p>${t('linkOpenText', { address: link.address })}</p>
<form method="post" action="/sign-in/link/${token}"><input type="hidden" name="_csrf" value="${csrf}">
<p><button type="submit" class="primary" id="link-sign-in">${t('linkOpenButton')}</button></p></form>`);
  });

  app.post('/sign-in/link/:token', async (req, reply) => {
    const p = pageRequest(req);
    const t = senderText(p.lang);
    const token = (req.params as { token: string }).token;
    if (!formValid(req, `sign-in-link:${token}`)) return page(p, reply, 403, html`<div class="alert error" role="alert">${p.t('errorCsrf')}</div>`);
    const now = ctx.clock.now();
    const link = readSignInLink(key, token, now);
    if (!link.ok || !(await ctx.store.consumeToken(link.claims.jti, now, link.claims.expiresAt))) {
      await ctx.store.appendEvent({ at: now, messageId: null, actor: 'web', action: 'sign_in_failed', detail: { method: 'mail_link', reason: link.ok ? 'token_used' : link.error, ip: req.ip } });
      return invalid(p, reply);
    }
    const address = link.address;
    // The account named by the address, else a sender account made for this address (e.g. by the CLI).
    let user = (await ctx.store.getUser(address)) ?? (await ctx.store.listUsers()).find((u) => u.email.toLowerCase() === address && isSenderOnly(u.roles) && !u.disabled);
    if (user && (user.disabled || !isSenderOnly(user.roles))) {
      // A staff account is never opened by a mailed link (the mailbox alone is not enough for the queue).
      await ctx.store.appendEvent({ at: now, messageId: null, actor: user.username, action: 'sign_in_failed', detail: { method: 'mail_link', reason: user.disabled ? 'disabled' : 'staff_account', ip: req.ip } });
      return page(p, reply, 403, html`<h1>${t('linkOpenTitle')}</h1><div class="alert error" role="alert">${user.disabled ? p.t('signInDisabled') : t('linkNotForStaff')}</div>`);
    }
    if (!user) {
      const created: UserRecord = {
        username: address,
        displayName: address.slice(0, address.indexOf('@')),
        email: address,
        roles: ['sender'],
        // No password: this account signs in by mailed link (or SSO) only.
        passwordHash: '',
        department: null,
        failedLogins: 0,
        lockedUntil: 0,
        disabled: false,
        createdAt: now,
      };
      await ctx.store.upsertUser(created);
      await ctx.store.appendEvent({ at: now, messageId: null, actor: 'web', action: 'user_created', detail: { username: maskAddress(address), roles: ['sender'], via: 'mail_link' } });
      user = created;
    }
    const { cookieValue } = await ctx.sessions.create(user.username);
    setCookie(ctx, req, reply, sessionCookieName(secureRequest(ctx, req)), cookieValue, { maxAgeSeconds: sessionAbsoluteMs / 1000 });
    setCookie(ctx, req, reply, nonceCookie, '', { path: '/sign-in/link', maxAgeSeconds: 0 });
    await ctx.store.appendEvent({ at: now, messageId: null, actor: user.username, action: 'signed_in', detail: { ip: req.ip, method: 'mail_link' } });
    return reply.redirect('/my', 303);
  });
}
