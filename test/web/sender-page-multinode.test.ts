/** The sender page on two nodes sharing PostgreSQL: a link mailed by one node works once on any node; the page shows mail accepted anywhere. */
import { afterEach, describe, expect, it } from 'vitest';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, waitUntil } from '../helpers/gateway.js';
import { createTestDatabase, requirePostgres } from '../helpers/postgres.js';
import { TestUpstream } from '../helpers/upstream.js';
import { ManualClock, originals } from '../workflow/harness.js';
import { delayMs, startDelayNode, type DelayNode } from '../delay/harness.js';
import { followLink, requestLink, WebSession } from './sender-helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const yamada = 'yamada.taro@example.co.jp';

if (await requirePostgres('sender page on two nodes')) {
  describe('sender page on two nodes sharing PostgreSQL', () => {
    it('the mailed link signs in once across nodes, and a cancel on one node stops the release on both', async () => {
      const db = await createTestDatabase('dlp_test_sender');
      cleanups.push(() => db.drop());
      const upstream = new TestUpstream();
      await upstream.start();
      cleanups.push(() => upstream.stop());
      const clock = new ManualClock();
      const nodes: DelayNode[] = [];
      for (let i = 0; i < 2; i++) {
        const node = await startDelayNode({ upstream, clock, storeUrl: db.url });
        cleanups.push(() => node.gw.cleanup());
        nodes.push(node);
      }
      const [a, b] = nodes as [DelayNode, DelayNode];
      const { client } = await greet(a.gw.smtpPort);
      const answer = await client.send(yamada, ['sato@partner.example.jp'], sampleMail({ subject: '[DELAY] 二台構成の見積書', to: ['sato@partner.example.jp'] }));
      client.destroy();
      const id = /queued as (\S+)/.exec(answer)![1]!;
      await waitUntil(async () => (await a.store.get(id))?.state === 'delayed', 10_000, 'delayed');

      // Asked on node A, followed on node B; the same link on node A is spent.
      const { link } = await requestLink(new WebSession(a.web), upstream, yamada);
      const onB = new WebSession(b.web);
      expect((await followLink(onB, link)).location).toBe('/my');
      expect((await followLink(new WebSession(a.web), link)).status).toBe(410);
      expect((await a.store.getUser(yamada))!.roles).toEqual(['sender']);

      const my = await onB.get('/my');
      expect(my.body).toContain(id);
      expect((await onB.post(`/my/${id}/cancel`)).location).toContain('done=cancelled');

      clock.advance(delayMs + 1_000);
      for (const node of nodes) node.gw.wakeRelease();
      await new Promise((r) => setTimeout(r, 800));
      expect(originals(upstream, yamada)).toHaveLength(0);
      expect((await a.store.get(id))!.state).toBe('cancelled');
      expect(await a.store.events({ messageId: id, action: 'delay_cancelled' })).toHaveLength(1);
    });
  });
}
