import type { FastifyReply, FastifyRequest } from 'fastify';
import { html, type SafeHtml } from './html.js';
import { requestLang, translator, type Lang, type Translate } from './i18n.js';
import { hasRole, type RequestAuth } from './context.js';
import { incidentText } from './i18n-incidents.js';
import { senderText } from './i18n-my.js';
import { isSenderOnly } from '../workflow/permissions.js';
import { directoryText } from './i18n-directory.js';

export interface PageRequest {
  lang: Lang;
  t: Translate;
  auth: RequestAuth | null;
  /** Path and query of this page, for the language switch. */
  url: string;
}

export function pageRequest(req: FastifyRequest): PageRequest {
  const { lang } = requestLang(req);
  return { lang, t: translator(lang), auth: req.dlpAuth, url: req.url };
}

/**
 * This page in the other language, as a local path. Request targets like `//` (not a URL: the
 * error page answered 500) or `/.//evil.example` (path `//evil.example`: a link to another site)
 * must neither throw nor leave the site.
 */
function langSwitchHref(url: string, lang: Lang): string {
  let u: URL;
  try {
    u = new URL(url, 'http://x');
  } catch {
    u = new URL('/', 'http://x');
  }
  u.searchParams.set('lang', lang === 'ja' ? 'en' : 'ja');
  return `${u.pathname.replace(/^\/{2,}/, '/')}${u.search}`;
}

export interface LayoutOptions {
  title: string;
  active?: 'queue' | 'history' | 'audit' | 'stats' | 'users' | 'incidents' | 'my' | 'directory';
  /** Page body class (used by app.js to pick keyboard behaviour). */
  page: string;
  /** Hide navigation (sign-in, self-check). */
  bare?: boolean;
}

export function layout(p: PageRequest, opts: LayoutOptions, body: SafeHtml): SafeHtml {
  const { t, auth } = p;
  const nav =
    !opts.bare && auth
      ? html`<nav class="nav" aria-label="main">
          ${isSenderOnly(auth.user.roles) ? '' : html`<a href="/queue" ${opts.active === 'queue' ? html`aria-current="page"` : ''}>${t('navQueue')}</a>
          <a href="/history" ${opts.active === 'history' ? html`aria-current="page"` : ''}>${t('navHistory')}</a>`}
          ${hasRole(auth, 'admin', 'auditor') ? html`<a href="/audit" ${opts.active === 'audit' ? html`aria-current="page"` : ''}>${t('navAudit')}</a>` : ''}
          ${hasRole(auth, 'admin', 'auditor') ? html`<a href="/stats" ${opts.active === 'stats' ? html`aria-current="page"` : ''}>${t('navStats')}</a>` : ''}
          ${hasRole(auth, 'admin', 'auditor', 'approver') ? html`<a href="/incidents" ${opts.active === 'incidents' ? html`aria-current="page"` : ''}>${incidentText(p.lang)('navIncidents')}</a>` : ''}
          ${hasRole(auth, 'admin') ? html`<a href="/users" ${opts.active === 'users' ? html`aria-current="page"` : ''}>${t('navUsers')}</a>` : ''}
          ${hasRole(auth, 'admin') ? html`<a href="/directory" ${opts.active === 'directory' ? html`aria-current="page"` : ''}>${directoryText(p.lang)('nav')}</a>` : ''}
          <a href="/my" ${opts.active === 'my' ? html`aria-current="page"` : ''}>${senderText(p.lang)('navMy')}</a>
        </nav>
        <div class="user">
          <span class="who" title="${auth.user.roles.join(', ')}">${auth.user.displayName || auth.user.username}</span>
          <form method="post" action="/sign-out" class="inline">
            <input type="hidden" name="_csrf" value="${auth.session?.csrfToken ?? ''}">
            <button type="submit" class="link">${t('signOut')}</button>
          </form>
        </div>`
      : '';
  return html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${opts.title} – ${t('appName')}</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body class="page-${opts.page}">
<a class="skip" href="#main">${t('skipToContent')}</a>
<header class="top">
  <a class="brand" href="${auth ? (isSenderOnly(auth.user.roles) ? '/my' : '/queue') : '#'}">${t('appName')}</a>
  ${nav}
  <a class="lang" href="${langSwitchHref(p.url, p.lang)}" lang="${p.lang === 'ja' ? 'en' : 'ja'}">${t('langSwitch')}</a>
</header>
<main id="main">
${body}
</main>
</body>
</html>`;
}

export function sendPage(reply: FastifyReply, page: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(page.value);
}

export function errorPage(req: FastifyRequest, reply: FastifyReply, status: number, message: string): FastifyReply {
  const p = pageRequest(req);
  return sendPage(
    reply,
    layout(p, { title: p.t('errorTitle'), page: 'error' }, html`<section class="card narrow"><h1>${p.t('errorTitle')} (${status})</h1><p>${message}</p><p><a href="/queue">${p.t('backToQueue')}</a></p></section>`),
    status,
  );
}
