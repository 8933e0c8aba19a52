/** The separate-attachments step on message shapes other than the common multipart/mixed. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { createSeparateAttachments } from '../../src/release/separate-attachments.js';
import { FileVault } from '../../src/release/vault.js';
import type { ReleaseContext } from '../../src/release/types.js';
import type { Verdict } from '../../src/policy/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { tempDir } from '../helpers/gateway.js';
import { linkSettings } from './harness.js';

const store = new SqliteStore(path.join(tempDir('dlp-mime-'), 'gateway.db'));
afterAll(() => store.close());
const step = createSeparateAttachments({ store, vault: new FileVault(randomBytes(32)), publicUrl: 'https://files.example.co.jp' });

function ctx(settings = linkSettings): ReleaseContext {
  return {
    id: `m${randomBytes(4).toString('hex')}`,
    mailFrom: 'yamada.taro@example.co.jp',
    recipients: ['sato.hanako@partner.example.jp'],
    verdict: { verdict: 'pass', separateAttachments: settings } as unknown as Verdict,
    releaseAs: null,
    now: Date.UTC(2026, 10, 30),
  };
}

const head = ['From: yamada.taro@example.co.jp', 'To: sato.hanako@partner.example.jp', 'Subject: test', 'Message-ID: <a1@example.co.jp>', 'MIME-Version: 1.0'];
const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8');

describe('separate-attachments on other shapes', () => {
  it('a message without attachments (multipart/alternative) is left alone', async () => {
    const raw = crlf([...head, 'Content-Type: multipart/alternative; boundary=b', '', '--b', 'Content-Type: text/plain', '', 'hi', '--b', 'Content-Type: text/html', '', '<p>hi</p>', '--b--', '']);
    expect(await step.apply(raw, ctx())).toBeNull();
  });

  it('a message that is one PDF becomes multipart/mixed with the link part; other headers kept', async () => {
    const pdf = randomBytes(2000);
    const raw = crlf([...head, 'Content-Type: application/pdf; name="a.pdf"', 'Content-Transfer-Encoding: base64', 'Content-Disposition: attachment; filename="a.pdf"', '', pdf.toString('base64'), '']);
    const out = (await step.apply(raw, ctx()))!.raw;
    const parsed = await simpleParser(out);
    expect(parsed.attachments).toHaveLength(0);
    expect(parsed.text).toContain('https://files.example.co.jp/d/');
    expect(parsed.html).toContain('https://files.example.co.jp/d/');
    expect(out.toString('latin1').startsWith(head.join('\r\n'))).toBe(true);
    expect(out.toString('latin1')).not.toMatch(/application\/pdf/);
  });

  it('HTML with an inline (cid:) image keeps the image; the real attachment leaves; small files stay by exception', async () => {
    const img = randomBytes(300).toString('base64');
    const raw = crlf([
      ...head,
      'Content-Type: multipart/mixed; boundary=outer',
      '',
      '--outer',
      'Content-Type: multipart/related; boundary=rel',
      '',
      '--rel',
      'Content-Type: text/html; charset=UTF-8',
      '',
      '<p>logo <img src="cid:logo@x"></p>',
      '--rel',
      'Content-Type: image/png; name="logo.png"',
      'Content-ID: <logo@x>',
      'Content-Transfer-Encoding: base64',
      '',
      img,
      '--rel--',
      '--outer',
      'Content-Type: application/vnd.ms-excel; name="=?UTF-8?B?5ZCN57C/Lnhsc3g=?="',
      'Content-Transfer-Encoding: base64',
      '',
      randomBytes(4000).toString('base64'),
      '--outer',
      'Content-Type: text/csv; name="tiny.csv"',
      'Content-Disposition: attachment; filename="tiny.csv"',
      '',
      'a,b',
      '--outer--',
      '',
    ]);
    const result = (await step.apply(raw, ctx({ ...linkSettings, keepBelowBytes: 100 })))!;
    const parsed = await simpleParser(result.raw);
    expect(parsed.attachments.map((a) => a.filename).sort()).toEqual(['logo.png', 'tiny.csv']);
    expect(result.raw.includes(Buffer.from(img))).toBe(true);
    expect(parsed.text).toContain('名簿.xlsx');
    expect(result.auditNotes[0]!.detail).toMatchObject({ files: 1 });
  });
});
