import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log/logger.js';
import { TestUpstream } from '../helpers/upstream.js';
import { greet } from '../helpers/smtp-client.js';
import { sampleMail, startGateway, tempDir, waitUntil } from '../helpers/gateway.js';
import type { HoldInfo } from '../../src/workflow/types.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const routing = (approver: string) => `version: 1\npeople:\n  ${approver}: { email: ${approver}@example.co.jp }\nfallback:\n  approvers: [${approver}]\n`;

describe('approver routing file', () => {
  it('is reloaded by the running gateway when it changes', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'approvers.yaml');
    writeFileSync(file, routing('alice'));
    const upstream = new TestUpstream();
    await upstream.start();
    cleanups.push(() => upstream.stop());
    // The gateway's own log says when it reloaded the routing: wait for that, not for a fixed time.
    let logged = '';
    const destination = new Writable({ write: (chunk: Buffer, _enc, done) => ((logged += chunk.toString()), done()) });
    const log = createLogger({ level: 'info', destination });
    const gw = await startGateway({ 'upstream.url': upstream.url, 'workflow.approversPath': file, 'processing.concurrency': 1 }, {}, { inspect: true, log });
    cleanups.push(() => gw.cleanup());

    const send = async (n: number): Promise<string> => {
      const raw = sampleMail({ to: ['tanaka@other.example.com'], subject: `書類 ${n}`, body: '田中様\r\n\r\n山本 健一さんの個人番号: 1234 5678 9018\r\n' });
      const { client } = await greet(gw.smtpPort);
      const answer = await client.send('yamada.taro@example.co.jp', ['tanaka@other.example.com'], raw);
      client.destroy();
      return /queued as (\S+)/.exec(answer)![1]!;
    };
    const approversOf = async (id: string): Promise<string[] | undefined> => ((await gw.store.get(id))?.hold as HoldInfo | null)?.approvers;

    const first = await send(1);
    await waitUntil(async () => (await approversOf(first))?.length === 1, 120_000, 'first hold routed');
    expect(await approversOf(first)).toEqual(['alice']);

    logged = '';
    writeFileSync(file, routing('bob'));
    await waitUntil(() => logged.includes('approver routing reloaded'), 30_000, 'the approvers file to be reloaded');
    const second = await send(2);
    await waitUntil(async () => (await approversOf(second))?.length === 1, 120_000, 'second hold routed');
    expect(await approversOf(second)).toEqual(['bob']);
  });
});
