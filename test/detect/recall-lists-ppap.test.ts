/**
 * Recall for what senders write outside forms and labelled tables: romaji names in lists and
 * rows beside personal data, bank accounts in a sentence, full-width lists without a header row,
 * and PPAP (password "sent separately") — with the harmless look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../src/extract/types.js';
import { best, detector, mail, of, table, withTables } from './helpers.js';

const detect = async (extraction: ExtractionResult) => (await detector()).detect(extraction);

describe('romaji names beside personal data', () => {
  it('capitalised surnames first (YAMADA Taro) in a list: each line is a person', async () => {
    const r = await detect(mail('参加者一覧です。\nYAMADA Taro  090-1234-5678  taro@example.com\nSATO Hanako  080-2345-6789  hanako@example.com\nSUZUKI Ichiro  070-3456-7890  ichiro@example.com'));
    expect(best(r.findings, 'person_name')).toBe('high');
    expect(r.summary.personCount).toBe(3);
  });

  it('given name first (Taro Yamada), comma-separated, with cities', async () => {
    const r = await detect(mail('Participants:\nTaro Yamada, 090-1234-5678, Tokyo\nHanako Sato, 080-2345-6789, Osaka\nKenta Hattori, 070-3456-7890, Nagoya'));
    expect(r.summary.personCount).toBe(3);
  });

  it('romaji names in a table without a name column, beside phones', async () => {
    const rows = [
      ['TANAKA Kenta', '営業部', '090-0000-1111'],
      ['ITO Yoko', '総務部', '080-0000-2222'],
    ];
    const r = await detect(withTables(table(null, rows)));
    expect(of(r.findings, 'person_name').map((f) => f.confidence)).toContain('high');
    expect(r.summary.personCount).toBe(2);
  });

  it('English words and places leading lines of phone numbers are not names', async () => {
    const r = await detect(mail('Contacts:\nTokyo Office, 03-1234-5678\nOsaka Branch, 06-1234-5678\nHome Page: 03-1111-2222\nSales Team: 03-2222-3333'));
    expect(of(r.findings, 'person_name').filter((f) => f.confidence !== 'low')).toEqual([]);
    expect(r.summary.personCount).toBe(0);
  });
});

describe('full-width lists without a header row', () => {
  it('名前　住所　電話 lines in full-width spaces and digits: three people', async () => {
    const r = await detect(mail('名簿を送ります。\n山田　太郎　東京都千代田区千代田１－１　０９０－１２３４－５６７８\n佐藤　花子　大阪府大阪市北区梅田２－２　０８０－２３４５－６７８９\n鈴木　一郎　愛知県名古屋市中区栄３－３　０７０－３４５６－７８９０'));
    expect(r.summary.personCount).toBe(3);
    expect(best(r.findings, 'person_name')).toBe('high');
  });

  it('a list of offices with their phone numbers is not a list of people', async () => {
    const r = await detect(mail('各拠点の連絡先です。\n東京本社　０３－１２３４－５６７８\n大阪支店　０６－１２３４－５６７８\n名古屋営業所　０５２－１２３－４５６７'));
    expect(r.summary.personCount).toBe(0);
  });
});

describe('bank accounts in a sentence', () => {
  it('bank, branch, type and number spread over a Japanese sentence', async () => {
    const r = await detect(mail('振込先は三菱UFJ銀行の渋谷支店で、普通預金の口座番号は1234567です。'));
    expect(best(r.findings, 'bank_account')).toBe('high');
  });

  it('number before the type, bank after it', async () => {
    const r = await detect(mail('口座は7654321（普通）、みずほ銀行新宿支店になります。'));
    expect(best(r.findings, 'bank_account')).toBe('high');
  });

  it('English prose', async () => {
    const r = await detect(mail('Please transfer the fee to Mizuho Bank, Shinjuku Branch, ordinary account No. 1234567.'));
    expect(best(r.findings, 'bank_account')).toBe('high');
  });

  it('a 7-digit order number in a mail about a bank branch visit is not an account', async () => {
    const r = await detect(mail('本日、銀行の渋谷支店へ伺いました。注文番号 1234567 の件は明日ご連絡します。'));
    expect(of(r.findings, 'bank_account')).toEqual([]);
  });
});

describe('PPAP', () => {
  const withEncrypted = (body: string): ExtractionResult => ({
    ...mail(body),
    attachments: [{ index: 1, filename: '見積書.zip', contentType: 'application/zip', size: 1000, location: 'attachment[1] 見積書.zip', encrypted: true, inspected: false }],
    encrypted: [{ location: 'attachment[1] 見積書.zip › 見積書.xlsx', reason: 'encrypted', detail: 'ZipCrypto' }],
  });

  it('"password follows separately" with an encrypted attachment is ppap_notice', async () => {
    const r = await detect(withEncrypted('見積書を添付いたします。\nパスワードは別途メールにてお送りします。'));
    expect(of(r.findings, 'ppap_notice')).toEqual([expect.objectContaining({ confidence: 'high', location: 'body (text/plain)' })]);
  });

  it('with a share link instead of an attachment (English too)', async () => {
    const ja = await detect(mail('下記URLよりダウンロードしてください。\nhttps://files.example.com/s/abc123\n解凍パスワードは後ほどお送りします。'));
    expect(of(ja.findings, 'ppap_notice')).toHaveLength(1);
    const en = await detect(mail('Please download the file from https://share.example.com/x. The password will be sent in a separate email.'));
    expect(of(en.findings, 'ppap_notice')).toHaveLength(1);
  });

  it('a meeting link with its passcode sent separately, or a signature\'s home page, is not a share link', async () => {
    const zoom = await detect(mail('Zoom link: https://zoom.example.jp/j/84120093317 (passcode sent separately to panelists only)\n\nBest,\nYuki\n--\nHokurei University\nhttps://www.hokurei-u.example.jp/intl/\n'));
    expect(of(zoom.findings, 'ppap_notice')).toHaveLength(0);
  });

  it('the short follow-up mail that is a password is ppap_password, the password never shown', async () => {
    const r = await detect(mail('先ほどお送りしたファイルのパスワードをお知らせします。\n\nパスワード：Xk8#pq2Mz\n\nよろしくお願いいたします。'));
    const [finding] = of(r.findings, 'ppap_password');
    expect(finding).toMatchObject({ confidence: 'high' });
    expect(JSON.stringify(r.findings)).not.toContain('Xk8#pq2Mz');
  });

  it('an encrypted attachment without the announcement, or a password-policy notice, is not PPAP', async () => {
    const plain = await detect(withEncrypted('資料を添付します。ご確認ください。'));
    expect(of(plain.findings, 'ppap_notice')).toEqual([]);
    const policy = await detect(mail('パスワードの変更手続きは別途ご案内します。社内ポータル https://portal.example.co.jp をご覧ください。\nパスワードは8文字以上にしてください。'));
    expect([...of(policy.findings, 'ppap_notice'), ...of(policy.findings, 'ppap_password')]).toEqual([]);
  });
});
