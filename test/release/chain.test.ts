/**
 * The release chain as other modules will use it: steps run in order, each on the previous
 * output; a `last` step (signing) sees the final bytes; the stored form is what every later
 * call returns; mail no step applies to is returned as accepted, without being stored.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { createReleaseChain } from '../../src/release/default-chain.js';
import { releasedFormOf } from '../../src/release/released-form.js';
import type { ReleaseTransform } from '../../src/release/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { tempDir } from '../helpers/gateway.js';

const store = new SqliteStore(path.join(tempDir('dlp-chain-'), 'gateway.db'));
afterAll(() => store.close());

const prefix: ReleaseTransform = {
  name: 'test-prefix',
  appliesTo: (ctx) => ctx.recipients.some((r) => !r.endsWith('@example.co.jp')),
  apply: (raw) => ({ raw: Buffer.from(raw.toString('latin1').replace(/^Subject: /m, 'Subject: [EXT] '), 'latin1'), auditNotes: [{ step: 'test-prefix', detail: { prefix: '[EXT]' } }] }),
};
const seen: Buffer[] = [];
const sign: ReleaseTransform = {
  name: 'test-sign',
  appliesTo: (ctx) => ctx.recipients.some((r) => !r.endsWith('@example.co.jp')),
  apply: (raw) => {
    seen.push(raw);
    return { raw: Buffer.concat([Buffer.from(`X-Signed: ${seen.length}\r\n`), raw]), auditNotes: [{ step: 'test-sign', detail: {} }] };
  },
};

async function accept(id: string, to: string): Promise<void> {
  await store.accept(
    { id, receivedAt: 1, mailFrom: 'yamada.taro@example.co.jp', rcptTo: [to], raw: Buffer.from('Subject: hello\r\n\r\nbody\r\n'), client: {} },
    { at: 1, messageId: id, actor: 'test', action: 'received' },
  );
}

describe('release chain', () => {
  it('runs extra then last steps in order, stores once, returns the stored form on a retry', async () => {
    const { config } = await loadConfig({ env: {}, overrides: {} });
    const transforms = createReleaseChain({ store, config, extra: [prefix], last: [sign] });
    expect(transforms.map((t) => t.name)).toEqual(['forced-bcc', 'separate-attachments', 'subject-prefix', 'add-bcc', 'test-prefix', 'test-sign', 'dkim-sign']);
    await accept('c1', 'sato.hanako@partner.example.jp');
    const record = (await store.get('c1'))!;
    const first = await releasedFormOf({ store, clock: { now: () => 2 }, transforms }, record);
    expect(first.raw.toString()).toBe('X-Signed: 1\r\nSubject: [EXT] hello\r\n\r\nbody\r\n');
    expect(seen[0]!.toString()).toContain('Subject: [EXT] hello');
    const retry = await releasedFormOf({ store, clock: { now: () => 3 }, transforms }, record);
    expect(retry.raw.equals(first.raw)).toBe(true);
    expect(seen).toHaveLength(1); // not rebuilt: the stored form is relayed
    const [stored] = await store.events({ messageId: 'c1', action: 'message_modified' });
    expect((stored!.detail.steps as Array<{ step: string }>).map((s) => s.step)).toEqual(['test-prefix', 'test-sign']);
    expect((await store.getRaw('c1'))!.toString()).toBe('Subject: hello\r\n\r\nbody\r\n'); // the original stays
  });

  it('mail no step applies to comes back as accepted and nothing is stored', async () => {
    const { config } = await loadConfig({ env: {}, overrides: {} });
    const transforms = createReleaseChain({ store, config, extra: [prefix], last: [sign] });
    await accept('c2', 'suzuki@example.co.jp');
    const record = (await store.get('c2'))!;
    const raw = await releasedFormOf({ store, clock: { now: () => 2 }, transforms }, record);
    expect(raw.raw.equals((await store.getRaw('c2'))!)).toBe(true);
    expect(raw.addedRecipients).toEqual([]);
    expect(await store.getReleasedForm('c2')).toBeUndefined();
  });
});
