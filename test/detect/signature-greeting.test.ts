import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/index.js';
import { detector, mail } from './helpers.js';

let d: Detector;
beforeAll(async () => {
  d = await detector();
});

const from = [{ name: '鈴木 一郎', address: 'suzuki@example.co.jp' }];
const to = [{ name: '山田 花子', address: 'hanako@example.jp' }];

describe('signature and greeting', () => {
  it('yield no medium/high findings and no people', () => {
    const body = `株式会社サンプル商事
営業部 山田花子様

いつもお世話になっております。
先日の会議資料をお送りします。ご確認ください。

--
鈴木 一郎
株式会社テスト 営業部
〒100-0005 東京都千代田区丸の内1-2-3 テストビル5F
TEL: 03-1234-5678 / 携帯: 090-1111-2222
E-mail: suzuki@example.co.jp
`;
    const r = d.detect(mail(body, { from, to }));
    expect(r.findings.filter((f) => f.confidence !== 'low')).toEqual([]);
    expect(r.summary.personCount).toBe(0);
    expect(r.summary.categories).toEqual({});
  });

  it('a boxed signature without "--" at the end of the body is recognised', () => {
    const body = `山田様\n\nお見積りを添付します。\n\n━━━━━━━━━━━━\n株式会社テスト 購買部\n佐々木 健\nTel 06-1234-5678\nMail: sasaki@example.jp\n━━━━━━━━━━━━\n`;
    const r = d.detect(mail(body));
    expect(r.findings.filter((f) => f.confidence !== 'low')).toEqual([]);
  });

  it('the sender named in From is not counted when mentioned in the body', () => {
    const r = d.detect(mail('お世話になります。鈴木一郎です。本日はありがとうございました。', { from }));
    expect(r.findings.filter((f) => f.category === 'person_name' && f.confidence !== 'low')).toEqual([]);
  });

  it('personal data in the body is still reported next to a signature', () => {
    const body = `山田様\n\n新しく入社する方の連絡先です。\n氏名：高橋 美咲\n携帯：080-9876-5432\n\n--\n鈴木 一郎\nTEL: 03-1234-5678\n`;
    const r = d.detect(mail(body, { from }));
    expect(r.summary.categories['person_name']).toBe(1);
    expect(r.summary.categories['phone']).toBe(1);
    expect(r.summary.personCount).toBe(1);
  });

  it('a record block with data labels near the end is not mistaken for a signature', () => {
    const body = `お疲れさまです。\n\n氏名：高橋 美咲\n生年月日：1990年1月2日\nTEL：080-9876-5432\n株式会社テスト 営業部\n`;
    const r = d.detect(mail(body));
    expect(r.summary.categories['phone']).toBe(1);
    expect(r.summary.categories['birth_date']).toBe(1);
  });
});

describe('signature boundaries', () => {
  it('a closing sentence right before the signature is still body text', () => {
    const body = `山田様\n\n氏名：高橋 美咲\n\nなお、ご本人より糖尿病で通院中との申告がありました。\n\n--\n鈴木 一郎\n株式会社テスト\nTEL: 03-1234-5678\n`;
    const r = d.detect(mail(body));
    expect(r.findings.some((f) => f.category === 'sensitive.medical' && f.confidence !== 'low')).toBe(true);
  });
});

describe('English signatures found by the twenty-first hand-written set', () => {
  it('a street address with commas and an NPO line do not stop a signature', async () => {
    const { findMailZones } = await import('../../src/detect/signature.js');
    const bank = 'Dear Khun Pimchanok,\n\nThank you for hosting our staff.\n\nKind regards,\nRyo Tajima\nAssistant Manager, Human Resources Department\nTokai Mirai Bank, Ltd.\n3-2-8 Sakae, Naka-ku, Nagoya 460-0008, Japan\nTel +81 52-261-3380 / r.tajima@tokaimirai-bank.example\n';
    expect(findMailZones(bank).filter((z) => z.kind === 'signature')).toHaveLength(1);
    const npo = 'Dear Sophea,\n\nWe were saddened.\n\nWith deepest sympathy,\nEmily Carter\nProgram Officer, Partnerships (Asia-Pacific)\nGlobal Hands Japan (NPO)\ne.carter@globalhands.example | +81 75-212-6634\n';
    expect(findMailZones(npo).filter((z) => z.kind === 'signature')).toHaveLength(1);
    // A quoted message's record of a volunteer, with an address line and English prose, is no signature.
    const record = 'Dear Ramesh,\nVolunteer: Mr. Daichi Yoshinaga (registered nurse), arriving 1 September.\nEmergency contact in Japan: Mr. Osamu Yoshinaga (father),\n  2-8-17 Higashi-Kujo, Minami-ku, Kyoto, tel +81 90-6218-4035\nHealth note for your school nurse: Daichi has mild asthma and carries an inhaler\nBest, Sota Nakanishi\n';
    expect(findMailZones(record).filter((z) => z.kind === 'signature' && z.start < record.indexOf('asthma') && z.end > record.indexOf('asthma'))).toEqual([]);
    // Two rows of comma-separated data are a table, not a signature.
    const rows = 'Participants:\n\nYAMADA Taro, 090-1234-5678, Tokyo, Sales\nSATO Hanako, 080-2345-6789, Osaka, Sales\n';
    expect(findMailZones(rows).filter((z) => z.kind === 'signature')).toEqual([]);
  });
});

describe('quoted messages from abroad (found by the twentieth hand-written set)', () => {
  it('a German reply header starts a quoted message; its signature with GmbH and +49 numbers is one', async () => {
    const { findMailZones } = await import('../../src/detect/signature.js');
    const own = 'Dear Klaus,\n\nthank you, this is clear now.\n\nKind regards\nMarco Bellini\nVendor Manager | TransCope Inc.\nT +81 3 5422 8165 | m.bellini@transcope.example\n\n';
    const quoted = 'Von: Klaus Hoffmann <k.hoffmann@hellerweiss.example>\nGesendet: Dienstag, 18. Februar 2025 16:05\nBetreff: AW: Operating manual\n\nHello Marco,\n\nChapters 1, 2 and 7 are final.\n\nBest regards\nKlaus Hoffmann\nTechnical Documentation\nHeller-Weiss Maschinenbau GmbH | Industriestraße 41 | 73037 Göppingen | Germany\nTel. +49 7161 9388-214 | Mobil +49 171 552 8830\n';
    const text = own + quoted;
    const zones = findMailZones(text).filter((z) => z.kind === 'signature');
    expect(zones).toHaveLength(2);
    expect(zones.some((z) => z.start <= text.indexOf('Mobil') && z.end > text.indexOf('Mobil'))).toBe(true);
    // 'De:' in a sentence, with no header field after it, starts nothing.
    expect(findMailZones('Bonjour,\nDe: la part de Marie, merci.\nMarie Dupont\nTel +33 1 42 60 11 22\nArtMove SARL\n').filter((z) => z.kind === 'signature')).toHaveLength(1);
  });
});

