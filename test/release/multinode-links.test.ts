/**
 * Several nodes on PostgreSQL: a link issued (files encrypted into BYTEA rows) by the node that
 * relayed the message is served by another node's download listener with the same master key,
 * and a withdrawal on one node is seen by the other.
 */
import nodemailer from 'nodemailer';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { createDownloadServer } from '../../src/download/server.js';
import { revokeLink } from '../../src/download/service.js';
import { FileVault, parseMasterKey } from '../../src/release/vault.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { createTestDatabase, requirePostgres, type TestDatabase } from '../helpers/postgres.js';
import { linkSettings, linkUrlOf, mailWithAttachment, masterKey, samplePdf, startLinkGateway } from './harness.js';

const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe('download links on several PostgreSQL nodes', async () => {
  if (!(await requirePostgres('download links multi-node'))) return;

  it('node B serves the file node A stored; a withdrawal on A answers 410 on B', async () => {
    const db: TestDatabase = await createTestDatabase();
    cleanups.push(() => db.drop());
    const { gw, upstream, publicUrl } = await startLinkGateway(cleanups, { storeUrl: db.url, settings: { ...linkSettings, verifyCode: false } });
    const pdf = samplePdf(512 * 1024);
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: gw.smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({ envelope: { from: 'yamada.taro@example.co.jp', to: ['sato.hanako@partner.example.jp'] }, raw: mailWithAttachment({ subject: '[LINK] 複数ノード', pdf: pdf.bytes }) });
    transport.close();
    const [delivered] = await upstream.waitFor(1);
    const url = linkUrlOf((await simpleParser(delivered!.raw)).text ?? '', publicUrl);
    const path = new URL(url).pathname;

    const storeB = await PostgresStore.open(db.url);
    cleanups.push(() => storeB.close());
    const nodeB = await createDownloadServer({
      store: storeB,
      vault: new FileVault(parseMasterKey(masterKey)),
      clock: { now: () => Date.now() },
      publicUrl,
      settings: { codeTtlMs: 600_000, maxFailures: 5, lockMs: 900_000, maxRequestsPerHour: 5, grantMs: 3_600_000 },
      sendNotice: async () => undefined,
    });
    await nodeB.listen({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => nodeB.close());
    const b = `http://127.0.0.1:${(nodeB.server.address() as { port: number }).port}`;

    const file = await fetch(`${b}${path}/f/0`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(pdf.bytes)).toBe(true);
    const [message] = await gw.store.list({ kind: 'mail' });
    const [link] = await gw.store.downloadLinksForMessage(message!.id);
    expect(link!.data.files[0]!.downloads).toBe(1);
    expect(await revokeLink(gw.store, link!, 'admin', Date.now())).toBe(true);
    expect((await fetch(`${b}${path}`)).status).toBe(410);
  });
});
