import { afterEach, describe, expect, it } from 'vitest';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, startGateway, waitUntil } from '../helpers/gateway.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Ordinary business prose, long enough that scanning it takes a while (synthetic text). */
const longBody = (n: number) =>
  Array.from({ length: 1500 }, (_, i) => `第${n}-${i}項：来期の販売計画について、営業部と企画部で検討した結果を共有いたします。ご確認をお願いいたします。`).join('\r\n');

describe('inspection lanes in the gateway', () => {
  it('decides a plain mail while a burst of large messages is still waiting', async () => {
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    const gw = await startGateway({ 'upstream.url': upstream.url, 'processing.concurrency': 2, 'processing.largeMessageBytes': 32 * 1024 }, {}, { inspect: true });
    cleanups.push(() => gw.cleanup());
    const { client } = await greet(gw.smtpPort);
    const from = 'yamada.taro@example.co.jp';
    const to = ['suzuki@example.co.jp'];
    const largeIds: string[] = [];
    for (let n = 0; n < 6; n++) {
      const raw = sampleMail({ to, subject: `販売計画 ${n}`, body: longBody(n) });
      expect(raw.length).toBeGreaterThan(32 * 1024);
      largeIds.push(/queued as (\S+)/.exec(await client.send(from, to, raw))![1]!);
    }
    const smallAnswer = await client.send(from, to, sampleMail({ to, subject: '会議室の予約', body: '鈴木様\r\n\r\n明日の会議室は3階です。\r\n' }));
    client.destroy();
    const smallId = /queued as (\S+)/.exec(smallAnswer)![1]!;

    await waitUntil(async () => (await gw.store.get(smallId))?.state !== 'received', 60_000, 'the plain mail decided');
    const stillWaiting = (await Promise.all(largeIds.map((id) => gw.store.get(id)))).filter((m) => m?.state === 'received').length;
    // First come, first served would decide the plain mail last; its lane takes it at once.
    expect(stillWaiting).toBeGreaterThanOrEqual(3);
    // And nothing is starved: every large message is decided and relayed too.
    await upstream.waitFor(7, 120_000);
  }, 180_000);
});
