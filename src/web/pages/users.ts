/**
 * Accounts (admins only): add, edit (roles, department, display name, address), disable/enable,
 * reset the password, unlock sign-in. Every change is audited. Also warns about approvers and
 * delegates named in approvers.yaml that no account can act as.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { allRoles, type Role, type UserRecord } from '../../store/types.js';
import { withoutAccount } from '../../workflow/approvers/principals.js';
import type { WebContext } from '../context.js';
import { hasRole } from '../context.js';
import { hashPassword, minPasswordLength } from '../auth/password.js';
import { html, type SafeHtml } from '../html.js';
import { errorPage, layout, pageRequest, sendPage, type PageRequest } from '../layout.js';
import { formatDateTime } from '../format.js';
import { requireSignIn } from './sign-in.js';

const roles: readonly Role[] = allRoles;

/** The warning an admin sees (queue and users pages) when the routing names people without accounts. */
export async function missingAccountsBanner(ctx: WebContext, p: PageRequest): Promise<SafeHtml> {
  if (!hasRole(p.auth, 'admin') || !ctx.workflow.namedPrincipals) return html``;
  const missing = withoutAccount(ctx.workflow.namedPrincipals(), await ctx.store.listUsers());
  if (!missing.length) return html``;
  return html`<div class="alert warn" id="missing-accounts" role="status"><b>${p.t('missingAccountsTitle')}</b> ${p.t('missingAccountsText')}
  <ul>${missing.map((m) => html`<li><span class="mono">${m.principal}</span>${m.email ? html` (${m.email})` : ''} <span class="small muted">${m.where.join(', ')}</span></li>`)}</ul>
  <a href="/users">${p.t('navUsers')}</a></div>`;
}

function rolesOf(body: Record<string, unknown>): Role[] {
  const raw = body.roles;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((r): r is Role => typeof r === 'string' && (roles as readonly string[]).includes(r));
}

function text(body: Record<string, unknown>, key: string, max = 200): string {
  const v = body[key];
  return typeof v === 'string' ? v.trim().slice(0, max) : '';
}

function userForm(p: PageRequest, csrf: string, u: UserRecord | undefined): SafeHtml {
  const action = u ? `/users/${encodeURIComponent(u.username)}` : '/users';
  return html`<form method="post" action="${action}" class="user-form">
  <input type="hidden" name="_csrf" value="${csrf}">
  ${u ? '' : html`<label for="u-name">${p.t('username')}</label><input type="text" id="u-name" name="username" required pattern="[A-Za-z0-9._@-]{1,64}" autocapitalize="none">`}
  <label for="u-display">${p.t('userDisplayName')}</label><input type="text" id="u-display" name="displayName" value="${u?.displayName ?? ''}">
  <label for="u-email">${p.t('userEmail')}</label><input type="text" id="u-email" name="email" value="${u?.email ?? ''}" required>
  <label for="u-dept">${p.t('userDepartment')}</label><input type="text" id="u-dept" name="department" value="${u?.department ?? ''}">
  <fieldset class="roles"><legend>${p.t('userRoles')}</legend>${roles.map((r) => html`<label class="check"><input type="checkbox" name="roles" value="${r}" ${u?.roles.includes(r) ? html`checked` : ''}> ${p.t(`role_${r}`)}</label>`)}</fieldset>
  ${u ? '' : html`<label for="u-pw">${p.t('userNewPassword', { n: minPasswordLength })}</label><input type="password" id="u-pw" name="password" autocomplete="new-password" required minlength="${minPasswordLength}">`}
  <p><button type="submit" class="primary">${u ? p.t('userSave') : p.t('userAdd')}</button></p>
</form>`;
}

async function usersPage(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, flash?: { tone: 'ok' | 'error'; text: string }, status = 200): Promise<FastifyReply> {
  const p = pageRequest(req);
  const csrf = req.dlpAuth!.session?.csrfToken ?? '';
  const now = ctx.clock.now();
  const users = (await ctx.store.listUsers()).sort((a, b) => a.username.localeCompare(b.username));
  const body = html`<h1>${p.t('usersTitle')}</h1>
${flash ? html`<div class="alert ${flash.tone}" role="${flash.tone === 'error' ? 'alert' : 'status'}">${flash.text}</div>` : ''}
${await missingAccountsBanner(ctx, p)}
<section class="card flush"><table class="findings users">
<thead><tr><th>${p.t('username')}</th><th>${p.t('userDisplayName')}</th><th>${p.t('userEmail')}</th><th>${p.t('userRoles')}</th><th>${p.t('userDepartment')}</th><th>${p.t('state')}</th><th></th></tr></thead>
<tbody>${users.map((u) => {
    const locks = ctx.signInGuard.locks(u.username, now);
    return html`<tr data-user="${u.username}"><td class="mono">${u.username}</td><td data-label="${p.t('userDisplayName')}">${u.displayName}</td><td data-label="${p.t('userEmail')}">${u.email}</td>
  <td data-label="${p.t('userRoles')}">${u.roles.map((r) => p.t(`role_${r}`)).join('、')}</td><td data-label="${p.t('userDepartment')}">${u.department ?? '—'}</td>
  <td data-label="${p.t('state')}">${u.disabled ? html`<span class="badge danger">${p.t('userDisabled')}</span>` : p.t('userActive')}${locks.length ? html` <span class="badge warn">${p.t('userLocked', { n: locks.length })}</span>` : ''}</td>
  <td><a href="/users/${encodeURIComponent(u.username)}">${p.t('userEdit')}</a></td></tr>`;
  })}</tbody></table></section>
<section class="card narrow-form"><h2>${p.t('userAdd')}</h2>${userForm(p, csrf, undefined)}</section>`;
  return sendPage(reply, layout(p, { title: p.t('usersTitle'), page: 'users', active: 'users' }, body), status);
}

async function editPage(ctx: WebContext, req: FastifyRequest, reply: FastifyReply, u: UserRecord, flash?: { tone: 'ok' | 'error'; text: string }, status = 200): Promise<FastifyReply> {
  const p = pageRequest(req);
  const csrf = req.dlpAuth!.session?.csrfToken ?? '';
  const base = `/users/${encodeURIComponent(u.username)}`;
  const locks = ctx.signInGuard.locks(u.username, ctx.clock.now());
  const body = html`<p><a href="/users">${p.t('usersBack')}</a></p><h1>${u.displayName} <span class="muted mono small">${u.username}</span></h1>
${flash ? html`<div class="alert ${flash.tone}" role="${flash.tone === 'error' ? 'alert' : 'status'}">${flash.text}</div>` : ''}
<div class="grid2"><section class="card">${userForm(p, csrf, u)}</section>
<div>
<section class="card"><h2>${p.t('userResetPassword')}</h2><form method="post" action="${base}/password"><input type="hidden" name="_csrf" value="${csrf}">
  <label for="pw">${p.t('userNewPassword', { n: minPasswordLength })}</label><input type="password" id="pw" name="password" autocomplete="new-password" required minlength="${minPasswordLength}">
  <p><button type="submit">${p.t('userResetPassword')}</button></p></form></section>
<section class="card"><h2>${p.t('userSignInLocks')}</h2>
  ${locks.length ? html`<ul class="plain">${locks.map((l) => html`<li class="mono">${l.client} <span class="small muted">${formatDateTime(l.lockedUntil, p.lang)}</span></li>`)}</ul>` : html`<p class="muted">—</p>`}
  <form method="post" action="${base}/unlock"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" id="unlock-button">${p.t('userUnlock')}</button></form></section>
<section class="card"><form method="post" action="${base}/${u.disabled ? 'enable' : 'disable'}"><input type="hidden" name="_csrf" value="${csrf}">
  <button type="submit" class="${u.disabled ? '' : 'danger'}" id="toggle-button">${u.disabled ? p.t('userEnable') : p.t('userDisable')}</button></form></section>
</div></div>`;
  return sendPage(reply, layout(p, { title: p.t('usersTitle'), page: 'users', active: 'users' }, body), status);
}

export function registerUsersPage(app: FastifyInstance, ctx: WebContext): void {
  const admin = (req: FastifyRequest, reply: FastifyReply): boolean => {
    if (!requireSignIn(req, reply)) return false;
    if (hasRole(req.dlpAuth, 'admin')) return true;
    void errorPage(req, reply, 403, pageRequest(req).t('errorForbidden'));
    return false;
  };
  const audit = (req: FastifyRequest, action: string, detail: Record<string, unknown>) =>
    ctx.store.appendEvent({ at: ctx.clock.now(), messageId: null, actor: req.dlpAuth!.user.username, action, detail: { ip: req.ip, ...detail } });
  const load = async (req: FastifyRequest) => ctx.store.getUser((req.params as { name: string }).name);

  app.get('/users', async (req, reply) => (admin(req, reply) ? usersPage(ctx, req, reply) : reply));

  app.post('/users', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    const p = pageRequest(req);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const username = text(body, 'username', 64);
    const email = text(body, 'email');
    const wanted = rolesOf(body);
    const password = typeof body.password === 'string' ? body.password : '';
    const problem = !/^[A-Za-z0-9._@-]{1,64}$/.test(username) ? p.t('userErrorName')
      : !/^[^\s@]+@[^\s@]+$/.test(email) ? p.t('userErrorEmail')
      : wanted.length === 0 ? p.t('userErrorRoles')
      : [...password].length < minPasswordLength ? p.t('userErrorPassword', { n: minPasswordLength })
      : (await ctx.store.getUser(username)) ? p.t('userErrorExists')
      : undefined;
    if (problem) return usersPage(ctx, req, reply, { tone: 'error', text: problem }, 422);
    await ctx.store.upsertUser({ username, displayName: text(body, 'displayName') || username, email, roles: wanted, passwordHash: await hashPassword(password), department: text(body, 'department') || null, failedLogins: 0, lockedUntil: 0, disabled: false, createdAt: ctx.clock.now() });
    await audit(req, 'user_created', { username, roles: wanted });
    return usersPage(ctx, req, reply, { tone: 'ok', text: p.t('userCreated', { name: username }) });
  });

  app.get('/users/:name', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    const u = await load(req);
    return u ? editPage(ctx, req, reply, u) : errorPage(req, reply, 404, pageRequest(req).t('errorNotFound'));
  });

  app.post('/users/:name', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    const p = pageRequest(req);
    const u = await load(req);
    if (!u) return errorPage(req, reply, 404, p.t('errorNotFound'));
    const body = (req.body ?? {}) as Record<string, unknown>;
    const email = text(body, 'email');
    const wanted = rolesOf(body);
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return editPage(ctx, req, reply, u, { tone: 'error', text: p.t('userErrorEmail') }, 422);
    if (wanted.length === 0) return editPage(ctx, req, reply, u, { tone: 'error', text: p.t('userErrorRoles') }, 422);
    if (u.username === req.dlpAuth!.user.username && !wanted.includes('admin')) return editPage(ctx, req, reply, u, { tone: 'error', text: p.t('userErrorOwnAdmin') }, 422);
    const updated = { ...u, displayName: text(body, 'displayName') || u.username, email, roles: wanted, department: text(body, 'department') || null };
    await ctx.store.upsertUser(updated);
    await audit(req, 'user_updated', { username: u.username, roles: wanted, department: updated.department });
    return editPage(ctx, req, reply, updated, { tone: 'ok', text: p.t('userSaved') });
  });

  app.post('/users/:name/password', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    const p = pageRequest(req);
    const u = await load(req);
    if (!u) return errorPage(req, reply, 404, p.t('errorNotFound'));
    const password = typeof (req.body as Record<string, unknown>)?.password === 'string' ? ((req.body as Record<string, unknown>).password as string) : '';
    if ([...password].length < minPasswordLength) return editPage(ctx, req, reply, u, { tone: 'error', text: p.t('userErrorPassword', { n: minPasswordLength }) }, 422);
    const updated = { ...u, passwordHash: await hashPassword(password), failedLogins: 0, lockedUntil: 0 };
    await ctx.store.upsertUser(updated);
    ctx.signInGuard.unlock(u.username);
    await audit(req, 'password_reset', { username: u.username });
    return editPage(ctx, req, reply, updated, { tone: 'ok', text: p.t('userPasswordReset') });
  });

  app.post('/users/:name/unlock', async (req, reply) => {
    if (!admin(req, reply)) return reply;
    const p = pageRequest(req);
    const u = await load(req);
    if (!u) return errorPage(req, reply, 404, p.t('errorNotFound'));
    const cleared = ctx.signInGuard.unlock(u.username);
    const updated = { ...u, failedLogins: 0, lockedUntil: 0 };
    await ctx.store.upsertUser(updated);
    await audit(req, 'sign_in_unlocked', { username: u.username, rows: cleared });
    return editPage(ctx, req, reply, updated, { tone: 'ok', text: p.t('userUnlocked') });
  });

  for (const [path, disabled] of [['disable', true], ['enable', false]] as const) {
    app.post(`/users/:name/${path}`, async (req, reply) => {
      if (!admin(req, reply)) return reply;
      const p = pageRequest(req);
      const u = await load(req);
      if (!u) return errorPage(req, reply, 404, p.t('errorNotFound'));
      if (disabled && u.username === req.dlpAuth!.user.username) return editPage(ctx, req, reply, u, { tone: 'error', text: p.t('userErrorOwnAdmin') }, 422);
      const updated = { ...u, disabled };
      await ctx.store.upsertUser(updated);
      await audit(req, disabled ? 'user_disabled' : 'user_enabled', { username: u.username });
      return editPage(ctx, req, reply, updated, { tone: 'ok', text: p.t(disabled ? 'userDisabledDone' : 'userEnabledDone') });
    });
  }
}
