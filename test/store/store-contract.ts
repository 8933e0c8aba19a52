import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import type { Store } from '../../src/store/types.js';

/** The behaviour every store backend must have; run against SQLite and PostgreSQL. */
export function storeContract(name: string, open: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const msg = (id: string, at = 1000) => ({
      id,
      receivedAt: at,
      mailFrom: 'a@example.co.jp',
      rcptTo: ['b@partner.example.jp', 'c@partner.example.jp'],
      raw: Buffer.from(`Subject: ${id}\r\n\r\n本文\r\n`),
      client: { address: '127.0.0.1' },
    });
    const ev = (id: string, action: string, at = 1000) => ({ at, messageId: id, actor: 'test', action });

    it('stores raw bytes exactly and the envelope with per-recipient state', async () => {
      const m = msg('M1');
      await store.accept(m, ev('M1', 'received'));
      expect((await store.getRaw('M1'))!.equals(m.raw)).toBe(true);
      const rec = await store.get('M1');
      expect(rec).toMatchObject({ id: 'M1', state: 'received', mailFrom: 'a@example.co.jp', size: m.raw.length, kind: 'mail' });
      expect(rec!.recipients).toEqual([
        { address: 'b@partner.example.jp', status: 'pending' },
        { address: 'c@partner.example.jp', status: 'pending' },
      ]);
    });

    it('rejects a duplicate queue id', async () => {
      await store.accept(msg('M1'), ev('M1', 'received'));
      await expect(store.accept(msg('M1'), ev('M1', 'received'))).rejects.toThrow();
    });

    it('hands work to one claimer at a time and again after the lease expires', async () => {
      await store.accept(msg('M1'), ev('M1', 'received'));
      expect((await store.claim('inspect', 'node-a', 2000, 1000, 10)).map((m) => m.id)).toEqual(['M1']);
      expect(await store.claim('inspect', 'node-b', 2500, 1000, 10)).toEqual([]);
      // node-a died: its lease runs out and node-b resumes the work.
      expect((await store.claim('inspect', 'node-b', 3001, 1000, 10)).map((m) => m.id)).toEqual(['M1']);
      // node-a's late update is refused: it no longer holds the lease.
      expect(await store.update('M1', ['received'], { state: 'queued' }, ev('M1', 'passed'), 'node-a')).toBe(false);
      expect(await store.update('M1', ['received'], { state: 'queued' }, ev('M1', 'passed'), 'node-b')).toBe(true);
      expect(await store.claim('inspect', 'node-b', 4000, 1000, 10)).toEqual([]);
      expect((await store.claim('relay', 'node-b', 4000, 1000, 10)).map((m) => m.id)).toEqual(['M1']);
    });

    it('claims by size lane: small messages are not queued behind earlier large ones', async () => {
      const big = (id: string, at: number) => ({ ...msg(id, at), raw: Buffer.concat([Buffer.from(`Subject: ${id}\r\n\r\n`), Buffer.alloc(5000, 0x61)]) });
      await store.accept(big('L1', 1000), ev('L1', 'received'));
      await store.accept(big('L2', 1001), ev('L2', 'received'));
      await store.accept(msg('S1', 1002), ev('S1', 'received'));
      expect((await store.claim('inspect', 'n', 2000, 1000, 1, { below: 4096 })).map((m) => m.id)).toEqual(['S1']);
      expect((await store.claim('inspect', 'n', 2000, 1000, 10, { below: 4096 })).map((m) => m.id)).toEqual([]);
      expect((await store.claim('inspect', 'n', 2000, 1000, 10, { min: 4096 })).map((m) => m.id)).toEqual(['L1', 'L2']);
    });

    it('extends a lease only for its holder', async () => {
      await store.accept(msg('M1'), ev('M1', 'received'));
      await store.claim('inspect', 'node-a', 2000, 1000, 10);
      expect(await store.extendLease('M1', 'node-b', 9000)).toBe(false);
      expect(await store.extendLease('M1', 'node-a', 9000)).toBe(true);
      // Still leased at 5000 thanks to the extension: nobody else may claim it.
      expect(await store.claim('inspect', 'node-b', 5000, 1000, 10)).toEqual([]);
      expect((await store.claim('inspect', 'node-b', 9001, 1000, 10)).map((m) => m.id)).toEqual(['M1']);
    });

    it('updates by compare-and-set on the state so one transition wins', async () => {
      await store.accept(msg('M1'), ev('M1', 'received'));
      await store.update('M1', ['received'], { state: 'awaiting_approval' }, ev('M1', 'held'));
      const results = await Promise.all([
        store.update('M1', ['awaiting_approval'], { state: 'queued' }, ev('M1', 'approved')),
        store.update('M1', ['awaiting_approval'], { state: 'queued' }, ev('M1', 'approved')),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store.events({ messageId: 'M1' })).map((e) => e.action)).toEqual(['received', 'held', 'approved']);
    });

    it('applies a deferred-durability update like any other: compare-and-set, lease check, audit event, visible to the next claim', async () => {
      await store.accept(msg('M1'), ev('M1', 'received'));
      await store.accept(msg('M2'), ev('M2', 'received'));
      const [claimed] = await store.claim('inspect', 'node-a', 1000, 60_000, 1);
      expect(claimed!.id).toBe('M1');
      // Another owner, or a state it is no longer in, changes nothing.
      expect(await store.update('M1', ['received'], { state: 'queued' }, ev('M1', 'passed'), 'node-b', 'deferred')).toBe(false);
      // Deferred and durable writes of one moment (one group commit) both apply.
      const [a, b] = await Promise.all([
        store.update('M1', ['received'], { state: 'queued', nextAttemptAt: 1000 }, ev('M1', 'passed'), 'node-a', 'deferred'),
        store.update('M2', ['received'], { state: 'awaiting_approval' }, ev('M2', 'held')),
      ]);
      expect([a, b]).toEqual([true, true]);
      expect(await store.update('M1', ['received'], { state: 'queued' }, ev('M1', 'passed'), undefined, 'deferred')).toBe(false);
      expect((await store.claim('relay', 'node-a', 1001, 60_000, 5)).map((r) => r.id)).toEqual(['M1']);
      expect((await store.events({ messageId: 'M1' })).map((e) => e.action)).toEqual(['received', 'passed']);
    });

    it('does not offer queued work before its next attempt time', async () => {
      await store.accept({ ...msg('M1'), initialState: 'queued' }, ev('M1', 'received'));
      await store.update('M1', ['queued'], { nextAttemptAt: 5000, attempts: 1 }, null);
      expect(await store.claim('relay', 'n', 4999, 1000, 10)).toEqual([]);
      expect((await store.claim('relay', 'n', 5000, 1000, 10)).map((m) => m.id)).toEqual(['M1']);
    });

    it('releases a delayed message at its due time, to one claimer, once (send delay)', async () => {
      await store.accept(msg('D1'), ev('D1', 'received'));
      await store.update('D1', ['received'], { state: 'delayed', nextAttemptAt: 5000 }, ev('D1', 'delayed'));
      expect(await store.claim('relay', 'n', 9000, 1000, 10)).toEqual([]);
      expect(await store.claim('release', 'node-a', 4999, 1000, 10)).toEqual([]);
      expect((await store.claim('release', 'node-a', 5000, 1000, 10)).map((m) => m.id)).toEqual(['D1']);
      expect(await store.claim('release', 'node-b', 5100, 1000, 10)).toEqual([]);
      expect(await store.update('D1', ['delayed'], { state: 'queued', nextAttemptAt: 5100 }, ev('D1', 'delay_released'), 'node-b')).toBe(false);
      expect(await store.update('D1', ['delayed'], { state: 'queued', nextAttemptAt: 5100 }, ev('D1', 'delay_released'), 'node-a')).toBe(true);
      expect(await store.claim('release', 'node-b', 99_000, 1000, 10)).toEqual([]);
      expect((await store.claim('relay', 'node-b', 5100, 1000, 10)).map((m) => m.id)).toEqual(['D1']);
      expect((await store.events({ messageId: 'D1', action: 'delay_released' })).length).toBe(1);
    });

    it('keeps an append-only audit trail and purges content but not records', async () => {
      await store.accept(msg('M1'), ev('M1', 'received'));
      await store.update('M1', ['received'], { state: 'queued' }, ev('M1', 'passed'));
      await store.update('M1', ['queued'], { state: 'delivered' }, ev('M1', 'delivered', 2000));
      expect(await store.purgeContent(1500, 3000)).toBe(0);
      expect(await store.purgeContent(10_000_000_000_000, 3000)).toBe(1);
      expect(await store.getRaw('M1')).toBeUndefined();
      expect((await store.get('M1'))!.purged).toBe(true);
      expect((await store.events({ messageId: 'M1' })).map((e) => e.action)).toEqual(['received', 'passed', 'delivered', 'content_purged']);
    });

    it('keeps a returned (差し戻し) message as final: listed by state, held no more, content purged by retention', async () => {
      await store.accept(msg('R1'), ev('R1', 'received'));
      await store.update('R1', ['received'], { state: 'awaiting_approval', hold: { stages: ['approval'] } }, ev('R1', 'held'));
      expect(await store.update('R1', ['awaiting_approval'], { state: 'returned', hold: { stages: ['approval'], comment: '宛先を直してください' } }, ev('R1', 'returned', 2000))).toBe(true);
      // Terminal: nothing moves it on as if it were still held.
      expect(await store.update('R1', ['awaiting_approval', 'awaiting_self_check'], { state: 'queued' }, null)).toBe(false);
      expect((await store.list({ states: ['returned'] })).map((r) => r.id)).toEqual(['R1']);
      expect((await store.list({ states: ['awaiting_approval'] })).map((r) => r.id)).toEqual([]);
      expect((await store.countByState()).returned).toBe(1);
      expect(await store.purgeContent(10_000_000_000_000, 3000)).toBe(1);
      expect((await store.get('R1'))!).toMatchObject({ state: 'returned', purged: true, hold: { comment: '宛先を直してください' } });
    });

    it('keeps users, sessions and API tokens', async () => {
      const user = {
        username: 'tanaka',
        displayName: '田中 一郎',
        email: 'tanaka@example.co.jp',
        roles: ['approver' as const],
        passwordHash: '$argon2id$x',
        department: '営業部',
        failedLogins: 0,
        lockedUntil: 0,
        disabled: false,
        createdAt: 1,
      };
      await store.upsertUser(user);
      await store.upsertUser({ ...user, failedLogins: 3 });
      expect(await store.getUser('tanaka')).toEqual({ ...user, failedLogins: 3 });
      expect((await store.listUsers()).map((u) => u.username)).toEqual(['tanaka']);
      await store.createSession({ id: 'S1', username: 'tanaka', csrfToken: 'c', createdAt: 1, expiresAt: 100, lastSeenAt: 1 });
      await store.touchSession('S1', 50, 200);
      expect(await store.getSession('S1')).toMatchObject({ lastSeenAt: 50, expiresAt: 200 });
      expect(await store.deleteExpiredSessions(150)).toBe(0);
      expect(await store.deleteExpiredSessions(250)).toBe(1);
      expect(await store.getSession('S1')).toBeUndefined();
      await store.createApiToken({ id: 'T1', username: 'tanaka', secretHash: 'h', label: 'ci', createdAt: 1, lastUsedAt: null });
      expect(await store.getApiToken('T1')).toMatchObject({ username: 'tanaka', secretHash: 'h' });
      await store.deleteApiToken('T1');
      expect(await store.getApiToken('T1')).toBeUndefined();
    });

    it('links a provider identity to one account by (provider, subject) and remembers the provider of a session', async () => {
      expect(await store.getIdentity('entra', 'sub-1')).toBeUndefined();
      const link = { provider: 'entra', subject: 'sub-1', username: 'sato@example.co.jp', createdAt: 10, lastSignInAt: 10 };
      const linked = await Promise.all([store.linkIdentity(link), store.linkIdentity({ ...link, username: 'someone-else' })]);
      expect(linked.filter(Boolean)).toHaveLength(1);
      expect((await store.getIdentity('entra', 'sub-1'))?.username).toBe(linked[0] ? 'sato@example.co.jp' : 'someone-else');
      // The same subject at another provider is another person.
      expect(await store.getIdentity('google', 'sub-1')).toBeUndefined();
      await store.touchIdentity('entra', 'sub-1', 99);
      expect(await store.getIdentity('entra', 'sub-1')).toMatchObject({ createdAt: 10, lastSignInAt: 99 });
      await store.createSession({ id: 'S2', username: 'sato@example.co.jp', csrfToken: 'c', createdAt: 1, expiresAt: 100, lastSeenAt: 1, provider: 'entra', idToken: 'eyJ.x.y' });
      expect(await store.getSession('S2')).toMatchObject({ provider: 'entra', idToken: 'eyJ.x.y' });
      await store.createSession({ id: 'S3', username: 'tanaka', csrfToken: 'c', createdAt: 1, expiresAt: 100, lastSeenAt: 1 });
      expect(await store.getSession('S3')).toMatchObject({ provider: null, idToken: null });
    });

    it('consumes a single-use token exactly once, even under concurrent attempts', async () => {
      const results = await Promise.all([store.consumeToken('tok', 1, 1000), store.consumeToken('tok', 1, 1000), store.consumeToken('tok', 2, 1000)]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.consumeToken('tok', 3, 1000)).toBe(false);
    });

    it('remembers recipient domains per sender and organisation', async () => {
      await store.rememberDomains(['sender:a@example.co.jp', 'org'], ['partner.example.jp'], 1);
      expect([...(await store.knownDomains(['sender:a@example.co.jp']))]).toEqual(['partner.example.jp']);
      expect((await store.knownDomains(['sender:z@example.co.jp'])).size).toBe(0);
      expect([...(await store.knownDomains(['org']))]).toEqual(['partner.example.jp']);
    });

    it('stores a released form once: the first writer wins (bytes and added recipients), one audit event, purged with the content', async () => {
      await store.accept(msg('M1'), ev('M1', 'received'));
      expect(await store.getReleasedForm('M1')).toBeUndefined();
      const first = { raw: Buffer.from('Subject: =?UTF-8?B?44CQ56S+5aSW44CR?=\r\n\r\n本文\r\n'), addedRecipients: ['boss@example.co.jp', 'archive@example.co.jp'] };
      const second = { raw: Buffer.from('other'), addedRecipients: ['x@example.co.jp'] };
      const [a, b] = await Promise.all([
        store.saveReleasedForm('M1', first, ev('M1', 'message_modified', 2000)),
        store.saveReleasedForm('M1', second, ev('M1', 'message_modified', 3000)),
      ]);
      expect(a.raw.equals(b.raw)).toBe(true);
      const stored = (await store.getReleasedForm('M1'))!;
      expect(stored.raw.equals(a.raw)).toBe(true);
      expect(stored.addedRecipients).toEqual(a.addedRecipients);
      expect(b.addedRecipients).toEqual(a.addedRecipients);
      expect([first.raw, second.raw].some((r) => r.equals(stored.raw))).toBe(true);
      expect(stored.addedRecipients).toEqual(stored.raw.equals(first.raw) ? first.addedRecipients : second.addedRecipients);
      expect((await store.events({ messageId: 'M1' })).filter((e) => e.action === 'message_modified')).toHaveLength(1);
      await store.update('M1', ['received'], { state: 'delivered' }, ev('M1', 'delivered', 2000));
      expect(await store.purgeContent(10_000, 10_000)).toBe(1);
      expect(await store.getReleasedForm('M1')).toBeUndefined();
    });

    it('finds the newest encrypted send of a sender to a recipient set inside the window, forgets old ones', async () => {
      await store.rememberEncryptedSend({ messageId: 'A1', sender: 'a@example.co.jp', recipientsHash: 'h1', at: 1_000 }, 0);
      await store.rememberEncryptedSend({ messageId: 'A2', sender: 'a@example.co.jp', recipientsHash: 'h1', at: 5_000 }, 0);
      await store.rememberEncryptedSend({ messageId: 'B1', sender: 'b@example.co.jp', recipientsHash: 'h1', at: 5_000 }, 0);
      expect((await store.findEncryptedSend('a@example.co.jp', 'h1', 0))?.messageId).toBe('A2');
      expect((await store.findEncryptedSend('a@example.co.jp', 'h1', 0, 'A2'))?.messageId).toBe('A1');
      expect(await store.findEncryptedSend('a@example.co.jp', 'h2', 0)).toBeUndefined();
      expect(await store.findEncryptedSend('a@example.co.jp', 'h1', 5_001)).toBeUndefined();
      // Remembering again is idempotent (an inspection retried after a crash).
      await store.rememberEncryptedSend({ messageId: 'A2', sender: 'a@example.co.jp', recipientsHash: 'h1', at: 5_000 }, 0);
      expect((await store.findEncryptedSend('a@example.co.jp', 'h1', 4_000))?.messageId).toBe('A2');
      // Entries before `forgetBefore` are dropped.
      await store.rememberEncryptedSend({ messageId: 'C1', sender: 'c@example.co.jp', recipientsHash: 'h3', at: 9_000 }, 3_000);
      expect((await store.findEncryptedSend('a@example.co.jp', 'h1', 0))?.messageId).toBe('A2');
      expect(await store.findEncryptedSend('a@example.co.jp', 'h1', 0, 'A2')).toBeUndefined();
    });
  });
}
