import { afterEach, describe, expect, it } from 'vitest';
import { isSenderOnly, isSendersOwn, senderAddresses } from '../../src/workflow/permissions.js';
import { openAddress, plainAddress, readSignInLink, sealAddress, signInLinkToken, signInLinkTtlMs } from '../../src/web/auth/sign-in-link.js';
import { isOrganisationAddress } from '../../src/web/auth/organisation-domains.js';
import { Client, createHarness, type Harness } from './harness.js';

const key = Buffer.from('k'.repeat(40));

describe('sender permissions (pure)', () => {
  it('own mail is the envelope sender or a From:/Sender: address of the account, case-insensitive; nothing for an account without an address', () => {
    const me = senderAddresses({ id: 'yamada', email: 'Yamada.Taro@example.co.jp' });
    expect(me).toEqual(['yamada.taro@example.co.jp']);
    expect(isSendersOwn(me, 'YAMADA.TARO@example.co.jp', [])).toBe(true);
    expect(isSendersOwn(me, 'noreply@example.co.jp', ['yamada.taro@example.co.jp'])).toBe(true);
    expect(isSendersOwn(me, 'suzuki@example.co.jp', ['suzuki@example.co.jp'])).toBe(false);
    expect(isSendersOwn(me, '', [])).toBe(false);
    expect(isSendersOwn([], 'yamada.taro@example.co.jp', [])).toBe(false);
    // A JIT account's username is its address.
    expect(senderAddresses({ id: 'kato@example.co.jp' })).toEqual(['kato@example.co.jp']);
    expect(senderAddresses({ id: 'sender:kato@example.co.jp' })).toEqual([]);
  });

  it('sender-only means no staff role', () => {
    expect(isSenderOnly(['sender'])).toBe(true);
    expect(isSenderOnly(['sender', 'approver'])).toBe(false);
    expect(isSenderOnly(['admin'])).toBe(false);
    expect(isSenderOnly([])).toBe(false);
  });
});

describe('mailed sign-in links (pure)', () => {
  it('seal the address (unreadable, tamper-evident), expire after 15 minutes, refuse another key or purpose', () => {
    const sealed = sealAddress(key, 'kato@example.co.jp');
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain('kato');
    expect(openAddress(key, sealed)).toBe('kato@example.co.jp');
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[flipped.length - 1]! ^= 1;
    expect(openAddress(key, flipped.toString('base64url'))).toBeUndefined();
    const now = Date.parse('2026-11-24T10:00:00+09:00');
    const token = signInLinkToken(key, 'kato@example.co.jp', now);
    expect(readSignInLink(key, token, now + signInLinkTtlMs - 1)).toMatchObject({ ok: true, address: 'kato@example.co.jp' });
    expect(readSignInLink(key, token, now + signInLinkTtlMs)).toEqual({ ok: false, error: 'token_expired' });
    expect(readSignInLink(Buffer.from('z'.repeat(40)), token, now)).toEqual({ ok: false, error: 'token_invalid' });
  });

  it('only plain addresses in the organisation domains (subdomains included)', () => {
    expect(plainAddress(' Kato@Example.co.jp ')).toBe('kato@example.co.jp');
    expect(plainAddress('Kato <kato@example.co.jp>')).toBeUndefined();
    expect(plainAddress('kato@example.co.jp\r\nBcc: x@evil.example')).toBeUndefined();
    expect(isOrganisationAddress('kato@example.co.jp', ['example.co.jp'])).toBe(true);
    expect(isOrganisationAddress('kato@osaka.example.co.jp', ['example.co.jp'])).toBe(true);
    expect(isOrganisationAddress('kato@example.co.jp.evil.example', ['example.co.jp'])).toBe(false);
    expect(isOrganisationAddress('kato@notexample.co.jp', ['example.co.jp'])).toBe(false);
  });
});

describe('users page', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('an admin can give the sender role; such an account with a password lands on /my and nowhere else', async () => {
    h = await createHarness();
    await h.addUser('admin', ['admin']);
    const admin = new Client(h.app);
    await admin.signIn('admin');
    const page = await admin.get('/users');
    expect(page.body).toContain('value="sender"');
    expect(page.body).toContain('送信者（自分のメールのみ）');
    const created = await admin.post('/users', { _csrf: admin.csrf, username: 'yamada', email: 'yamada.taro@example.co.jp', roles: 'sender', password: 'correct horse battery staple' });
    expect(created.statusCode).toBe(200);
    expect((await h.store.getUser('yamada'))!.roles).toEqual(['sender']);

    const held = await h.hold({ from: 'yamada.taro@example.co.jp' });
    const other = await h.hold({ from: 'suzuki@example.co.jp' });
    const sender = new Client(h.app, '198.51.100.9');
    const signedIn = await sender.post('/sign-in', { _csrf: (await sender.get('/sign-in'), sender.csrf), username: 'yamada', password: 'correct horse battery staple' });
    expect(signedIn.statusCode).toBe(303);
    const landing = await sender.get(signedIn.headers.location as string);
    expect(landing.statusCode).toBe(303);
    expect(landing.headers.location).toBe('/my');
    const my = await sender.get('/my');
    expect(my.body).toContain(held.id);
    expect(my.body).not.toContain(other.id);
    expect(my.body).not.toContain('href="/queue"');
    expect((await sender.get(`/messages/${held.id}`)).statusCode).toBe(403);
    expect((await sender.get('/stats')).statusCode).toBe(403);

    // Waiting for a supervisor: no cancel for the sender, refused if tried.
    await sender.get('/my');
    const refused = await sender.post(`/my/${held.id}/cancel`, { _csrf: sender.csrf });
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toContain('error=wrong_state');
    expect((await h.store.get(held.id))!.state).toBe('awaiting_approval');

    // Waiting for the sender's own check: 送信を取り消す from the page, as the account, with the usual notice.
    const own = await h.hold({ from: 'yamada.taro@example.co.jp', stages: ['selfCheck', 'approval'] });
    expect((await sender.get(`/my/${own.id}/cancel`)).body).toContain('送信を取り消しますか');
    const cancelled = await sender.post(`/my/${own.id}/cancel`, { _csrf: sender.csrf });
    expect(cancelled.headers.location).toContain('done=cancelled');
    expect((await h.store.get(own.id))!.state).toBe('cancelled');
    expect((await h.store.events({ messageId: own.id, action: 'cancelled' }))[0]!.actor).toBe('yamada');
  });
});
