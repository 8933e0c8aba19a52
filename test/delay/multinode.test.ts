import { afterEach, describe, expect, it } from 'vitest';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, waitUntil } from '../helpers/gateway.js';
import { createTestDatabase, requirePostgres } from '../helpers/postgres.js';
import { ManualClock, originals } from '../workflow/harness.js';
import { delayMs, startDelayNode, type DelayNode } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const sender = 'yamada.taro@example.co.jp';

if (await requirePostgres('send delay on two nodes')) {
  describe('send delay on two nodes sharing PostgreSQL', () => {
    it('releases every delayed message once, on time, whichever node accepted it', async () => {
      const db = await createTestDatabase('dlp_test_delay');
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
      const ids: string[] = [];
      for (let n = 0; n < 12; n++) {
        const node = nodes[n % 2]!;
        const { client } = await greet(node.gw.smtpPort);
        const answer = await client.send(sender, [`user${n}@partner.example.jp`], sampleMail({ subject: `[DELAY] 二台構成 ${n}`, to: [`user${n}@partner.example.jp`] }));
        client.destroy();
        ids.push(/queued as (\S+)/.exec(answer)![1]!);
      }
      const store = nodes[0]!.store;
      await waitUntil(async () => (await Promise.all(ids.map((id) => store.get(id)))).every((r) => r?.state === 'delayed'), 10_000, 'all delayed');
      clock.advance(delayMs - 1_000);
      for (const node of nodes) node.gw.wakeRelease();
      await new Promise((r) => setTimeout(r, 500));
      expect(originals(upstream, sender)).toHaveLength(0);

      clock.advance(1_000);
      for (const node of nodes) node.gw.wakeRelease();
      await waitUntil(async () => (await Promise.all(ids.map((id) => store.get(id)))).every((r) => r?.state === 'delivered'), 15_000, 'all delivered');
      await new Promise((r) => setTimeout(r, 500));
      const sent = originals(upstream, sender);
      expect(sent).toHaveLength(ids.length);
      expect(new Set(sent.map((m) => m.rcptTo[0])).size).toBe(ids.length);
      for (const id of ids) expect(await store.events({ messageId: id, action: 'delay_released' })).toHaveLength(1);
    });
  });
}
