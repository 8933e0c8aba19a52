import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { WebContext } from '../context.js';
import { secureRequest, sessionCookieName, setCookie } from '../context.js';
import { boundToken, newNonce, safeEqual } from '../auth/csrf.js';
import { sessionAbsoluteMs } from '../auth/sessions.js';
import { parseCookies } from '../cookies.js';
import { html } from '../html.js';
import { errorPage, layout, pageRequest, sendPage } from '../layout.js';
import { queueLockNotice } from '../auth/lock-notice.js';
import { isSenderOnly } from '../../workflow/permissions.js';
import { senderText } from '../i18n-my.js';

const nonceCookie = 'dlp_signin';

/** Only local paths: never redirect off-site after sign-in. */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : '/queue';
}

function renderSignIn(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, status: number, error?: string, username = ''): FastifyReply {
  const p = pageRequest(req);
  const nonce = newNonce();
  setCookie(ctx, req, reply, nonceCookie, nonce, { path: '/sign-in', maxAgeSeconds: 3600 });
  const next = safeNext((req.query as Record<string, unknown>).next ?? (req.body as Record<string, unknown> | undefined)?.next);
  const expired = (req.query as Record<string, unknown>).expired === '1';
  return sendPage(
    reply,
    layout(
      p,
      { title: p.t('signInTitle'), page: 'sign-in', bare: true },
      html`<section class="card narrow">
  <h1>${p.t('signInTitle')}</h1>
  ${error ? html`<div class="alert error" role="alert">${error}</div>` : expired ? html`<div class="alert info">${p.t('sessionExpired')}</div>` : ''}
  <form method="post" action="/sign-in" autocomplete="on">
    <input type="hidden" name="_csrf" value="${boundToken(nonce, 'sign-in')}">
    <input type="hidden" name="next" value="${next}">
    <label for="username">${p.t('username')}</label>
    <input type="text" id="username" name="username" value="${username}" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus>
    <label for="password">${p.t('password')}</label>
    <input type="password" id="password" name="password" autocomplete="current-password" required>
    <p><button type="submit" class="primary">${p.t('signInButton')}</button></p>
  </form>
  <p class="small" id="sign-in-link-offer">${senderText(p.lang)('linkOffer')} <a href="/sign-in/link">${senderText(p.lang)('linkOfferLink')}</a></p>
</section>`,
    ),
    status,
  );
}

export function registerSignIn(app: FastifyInstance, ctx: WebContext): void {
  app.get('/sign-in', async (req, reply) => {
    if (req.dlpAuth?.via === 'session') return reply.redirect(safeNext((req.query as Record<string, unknown>).next));
    return renderSignIn(ctx, req, reply, 200);
  });

  app.post('/sign-in', async (req, reply) => {
    const p = pageRequest(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const nonce = parseCookies(req.headers.cookie)[nonceCookie];
    if (!nonce || !safeEqual(typeof body._csrf === 'string' ? body._csrf : undefined, boundToken(nonce, 'sign-in'))) {
      return errorPage(req, reply, 403, p.t('errorCsrf'));
    }
    const now = ctx.clock.now();
    const username = typeof body.username === 'string' ? body.username.trim().slice(0, 200) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1024) : '';
    const client = req.ip;
    // Reserves the attempt: guesses sent in parallel are counted before their passwords are checked.
    const verdict = ctx.signInGuard.begin(username, client, now);
    if (verdict === 'client_limited') {
      reply.header('retry-after', '900');
      return renderSignIn(ctx, req, reply, 429, p.t('signInRateLimited'));
    }
    let outcome: Awaited<ReturnType<typeof ctx.authenticator.authenticate>>;
    try {
      outcome = await ctx.authenticator.authenticate(username, password);
    } catch (err) {
      if (verdict === 'allowed') ctx.signInGuard.release(username, client);
      throw err;
    }
    if (!outcome.ok || verdict === 'locked') {
      const account = await ctx.store.getUser(username);
      const reason = verdict === 'locked' ? 'locked_for_client' : outcome.ok ? 'ok' : outcome.reason;
      // A correct password while this client is locked does not count as a failure (nor let it in).
      const locked = verdict === 'locked' ? {} : ctx.signInGuard.failure(username, client, now);
      await ctx.store.appendEvent({
        at: now,
        messageId: null,
        actor: account ? account.username : 'unknown',
        action: verdict === 'locked' || locked.lockedUntil ? 'sign_in_locked' : 'sign_in_failed',
        detail: { reason, ip: client, ...(locked.lockedUntil ? { lockedUntil: locked.lockedUntil } : {}) },
      });
      if (locked.lockedUntil && account && !account.disabled) await queueLockNotice(ctx, account, client, locked.lockedUntil);
      // The same answer whether the account is unknown, the password wrong or this client locked.
      const disabled = outcome.ok === false && outcome.reason === 'disabled';
      return renderSignIn(ctx, req, reply, 401, disabled ? p.t('signInDisabled') : p.t('signInInvalid'), username);
    }
    ctx.signInGuard.success(username, client);
    const { cookieValue } = await ctx.sessions.create(outcome.user.username);
    setCookie(ctx, req, reply, sessionCookieName(secureRequest(ctx, req)), cookieValue, { maxAgeSeconds: sessionAbsoluteMs / 1000 });
    setCookie(ctx, req, reply, nonceCookie, '', { path: '/sign-in', maxAgeSeconds: 0 });
    await ctx.store.appendEvent({ at: now, messageId: null, actor: outcome.user.username, action: 'signed_in', detail: { ip: req.ip, method: 'password' } });
    return reply.redirect(safeNext(body.next), 303);
  });

  app.post('/sign-out', async (req, reply) => {
    const name = sessionCookieName(secureRequest(ctx, req));
    await ctx.sessions.destroy(parseCookies(req.headers.cookie)[name]);
    setCookie(ctx, req, reply, name, '', { maxAgeSeconds: 0 });
    if (req.dlpAuth) await ctx.store.appendEvent({ at: ctx.clock.now(), messageId: null, actor: req.dlpAuth.user.username, action: 'signed_out', detail: {} });
    return reply.redirect('/sign-in', 303);
  });
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export function requireSignIn(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.dlpAuth) {
    // Staff pages only: a sender account has its own page (/my) and never reaches the queue or another's mail.
    if (!isSenderOnly(req.dlpAuth.user.roles)) return true;
    if (req.method === 'GET' && (req.url === '/queue' || req.url.startsWith('/queue?'))) void reply.redirect('/my', 303);
    else void errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    return false;
  }
  const hadCookie = /dlp_session=/.test(req.headers.cookie ?? '');
  void reply.redirect(`/sign-in?next=${encodeURIComponent(req.url)}${hadCookie ? '&expired=1' : ''}`, 303);
  return false;
}
