/**
 * Raw outside mail through extraction, detection (with the envelope) and the shipped default
 * policy: ordinary business mail passes, a customer's data forwarded outside is held.
 * Synthetic people and companies only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { createDetector, type Detector } from '../../src/detect/index.js';
import { extractMessage } from '../../src/extract/index.js';
import { evaluatePolicy, loadPolicy, type LoadedPolicy, type Verdict } from '../../src/policy/index.js';

let detector: Detector;
let policy: LoadedPolicy;
beforeAll(async () => {
  [detector, policy] = await Promise.all([createDetector({ hashKey: 'test' }), loadPolicy('policies/default.yaml')]);
});

async function decide(options: Mail.Options, rcptTo: string[]): Promise<Verdict> {
  const raw = await new MailComposer(options).compile().build();
  const extraction = await extractMessage(raw);
  const envelope = { mailFrom: 'sato@example.co.jp', rcptTo };
  return evaluatePolicy(policy, { envelope, extraction, detection: detector.detect(extraction, { envelope }), knownDomains: new Set(['repair.example', 'client.example']) });
}

const signature = `--
例示株式会社 カスタマーサポート部
佐藤 一郎
TEL 03-1234-5678 / sato@example.co.jp`;

describe('default policy on raw business mail', () => {
  it('holds a customer inquiry forwarded to an outside contractor (third person’s data)', async () => {
    const text = `鈴木様

お客様から下記の問い合わせがありました。訪問修理の手配をお願いします。

${signature}

---------- Forwarded message ---------
From: 榎本 美沙 <misa.e1988@gmail.com>
Date: 2026年11月20日(金) 10:12
Subject: 修理依頼
To: support@example.co.jp

購入した洗濯機が動きません。

氏名：榎本 美沙
住所：〒336-0017 埼玉県さいたま市南区南浦和二丁目3番4号
電話：090-2468-1357
`;
    const v = await decide({ from: '佐藤 一郎 <sato@example.co.jp>', to: 'suzuki@repair.example', subject: 'Fw: 修理依頼', text }, ['suzuki@repair.example']);
    expect(v.verdict).toBe('hold');
    expect(v.matched.map((m) => m.id)).toContain('external-third-person-contact');
  });

  it('passes an Outlook HTML reply whose quoted thread carries the correspondents’ signatures', async () => {
    const quoted = `差出人: 早乙女 健吾 <saotome@client.example>
送信日時: 2026年11月20日 10:12
宛先: sato@example.co.jp
件名: 工程表

佐藤様

工程表を更新しました。

株式会社あさひ工務店
工事部 主任 早乙女 健吾
〒460-0008 愛知県名古屋市中区栄四丁目1番1号
TEL 052-261-4455 / 携帯 090-3344-5566`;
    const p = (l: string) => `<p class="MsoNormal">${l || '<o:p>&nbsp;</o:p>'}</p>`;
    const html = `<html><body><div class="WordSection1">${['早乙女様', '', 'ご連絡ありがとうございます。承知しました。', '', ...signature.split('\n')].map(p).join('\n')}
<div style="border:none;border-top:solid #E1E1E1 1.0pt">${quoted.split('\n').map(p).join('\n')}</div></div></body></html>`;
    const v = await decide({ from: '佐藤 一郎 <sato@example.co.jp>', to: 'saotome@client.example', subject: 'RE: 工程表', html }, ['saotome@client.example']);
    expect(v.verdict).toBe('pass');
  });

  it('passes a company profile and a calendar invitation to the people named in it', async () => {
    const profile = `取引先登録用に弊社の概要をお送りします。

商号：例示株式会社
本社所在地：〒100-0005 東京都千代田区丸の内一丁目9番2号 グラントウキョウビル 20階
代表者：代表取締役 大河内 正蔵
代表電話：03-5468-1200

${signature}`;
    expect((await decide({ from: 'sato@example.co.jp', to: 'ueda@client.example', subject: '会社概要', text: profile }, ['ueda@client.example'])).verdict).toBe('pass');

    const ics = [
      'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
      'ORGANIZER;CN=佐藤 一郎:mailto:sato@example.co.jp',
      'ATTENDEE;CN=小野寺 恵美子;RSVP=TRUE:mailto:onodera@client.example',
      'DTSTART:20261203T050000Z', 'SUMMARY:定例会', 'LOCATION:東京都千代田区丸の内一丁目9番2号 20階 会議室A',
      'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    const v = await decide({ from: 'sato@example.co.jp', to: 'onodera@client.example', subject: '招待: 定例会', text: '定例会の招待です。', icalEvent: { method: 'request', content: ics } }, ['onodera@client.example']);
    expect(v.verdict).toBe('pass');
  });
});
