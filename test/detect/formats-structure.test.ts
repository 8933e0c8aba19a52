/** Signature structure, body tables, bracketed/split values, labels of the value, sensitive context. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector } from '../../src/detect/index.js';
import { best, detector, mail, table, withTables } from './helpers.js';

let d: Detector;
beforeAll(async () => {
  d = await detector();
});

const mediumOrHigh = (body: string) => d.detect(mail(body)).findings.filter((f) => f.confidence !== 'low');

describe('signature blocks by structure', () => {
  it('a plain block under the sign-off with an English Direct line stays low', () => {
    const body = `岡田様\n\n資料を送付いたします。\n\nよろしくお願いいたします。\n\n森本\n北星テクノ株式会社\nDirect: +81 45 612 3390\nmorimoto.k@example.org\n`;
    expect(mediumOrHigh(body)).toEqual([]);
  });

  it('a **** box with 代表 and 法人番号 stays low', () => {
    const body = `各位\n\n来週の予定をご連絡します。\n\n######\n 合同会社ミナトワークス\n 小池 さくら\n 本社：大阪府大阪市西区靱本町1丁目4番2号\n 代表 06(6441)7720\n 法人番号 7123456789012\n######\n`;
    expect(mediumOrHigh(body)).toEqual([]);
  });

  it('an <hr> signature in an HTML-ish body stays low', () => {
    const body = `ご確認ください。<br>\n<br>\n<hr>\n株式会社テスト<br>\n三浦 大輔<br>\nTEL:（052）201-7788<br>\n`;
    expect(mediumOrHigh(body)).toEqual([]);
  });

  it('a quoted company signature in a forwarded chain stays low, the customer data stays reported', () => {
    const body = `参考まで転送します。\n\n-----Original Message-----\nFrom: 顧客 <kokyaku@example.net>\nSubject: 住所変更\n\n> 電話：090-2222-3333 に変更です。\n> \n> >> ご連絡ありがとうございます。\n> >> 株式会社サンプル 窓口\n> >> フリーダイヤル 0120-111-222\n`;
    const r = d.detect(mail(body));
    expect(best(r.findings, 'phone')).toBe('high');
    expect(r.findings.filter((f) => f.category === 'phone' && f.confidence !== 'low')).toHaveLength(1);
  });

  it('a keyword in the signature does not support a number in the body', () => {
    const body = `商品の情報です。\nJANコード：4901234567894\n型番 7123456789012\n\n--\n株式会社テスト\n法人番号 7123456789012\nTEL 03-1111-2222\n`;
    expect(mediumOrHigh(body).filter((f) => f.category === 'corporate_number')).toEqual([]);
  });
});

describe('tables pasted in the body', () => {
  it('labels CSV, pipe and aligned cells by their column header', () => {
    for (const body of [
      `名簿です。\n\nNo,氏名,生年月日,電話番号\n1,桐山 悠,S52.3.14,03(5511)2233\n2,堀北 真央,1990/07/21,080(1234)9876\n\n以上`,
      `名簿です。\n\n| No | 氏名 | 生年月日 | 電話番号 |\n|---|---|---|---|\n| 1 | 桐山 悠 | S52.3.14 | 03(5511)2233 |\n\n以上`,
      `名簿です。\n\nNo  氏名        生年月日      電話番号\n----------------------------------\n1   桐山 悠  H3.11.2  (080)1234-9876\n\n以上`,
    ]) {
      const r = d.detect(mail(body));
      expect(best(r.findings, 'person_name')).toBe('high');
      expect(best(r.findings, 'birth_date')).toBe('high');
      expect(best(r.findings, 'phone')).toBe('high');
    }
  });

  it('a stock list with a 倉庫TEL column and no person column is not a phone finding', () => {
    const r = d.detect(withTables(table(['品番', '品名', '在庫数', '倉庫TEL'], [['A-1', 'ボルト', '120', '03-3333-4444'], ['A-2', 'ナット', '80', '06-6666-7777']])));
    expect(best(r.findings, 'phone')).toBe('low');
  });

  it('a JAN column in a body TSV does not make corporate numbers, a 発売日 column no birth dates', () => {
    const body = `価格表です。\n\n品番\tJAN\t発売日\nX-1\t7123456789012\t平成30年1月5日生\n\n以上`;
    const r = d.detect(mail(body));
    expect(best(r.findings, 'corporate_number')).toBe('none');
    expect(best(r.findings, 'birth_date')).toBe('none');
  });
});

describe('formats', () => {
  it('phones with brackets around the area or local part', () => {
    for (const p of ['090(2345)6789', '（070）2345-6789', '03（3210）5432', '0465(22)1234']) {
      const f = d.detect(mail(`携帯：${p}`)).findings;
      expect(best(f, 'phone')).toBe('high');
    }
  });

  it('phones written in kanji digits', () => {
    expect(best(d.detect(mail('携帯：〇八〇ー二三四五ー六七八九')).findings, 'phone')).toBe('high');
  });

  it('番地-only addresses, postal codes without 〒 and across <br>, indented continuation lines', () => {
    expect(best(d.detect(mail('送付先：愛知県豊橋市魚町百二十番地')).findings, 'address')).toBe('high');
    expect(best(d.detect(mail('441-8019\n愛知県豊橋市魚町5番地3')).findings, 'address')).toBe('high');
    expect(best(d.detect(mail('441-8019<br>豊橋市魚町2丁目3番4号')).findings, 'address')).toBe('high');
    expect(best(d.detect(mail('お届け先：長崎県長崎市\n　万屋町3丁目4-5 コーポ山手201号室')).findings, 'address')).toBe('high');
    expect(best(d.detect(mail('住居地：長崎市万屋町十二番地')).findings, 'address')).toBe('high');
  });

  it('values broken across a line break after their label', () => {
    const r = d.detect(mail('個人番号\n1234-5678-\n9018\nカード番号 41111111\n11111111\n携帯 090-8765-\n4321\n'));
    expect(best(r.findings, 'my_number')).toBe('high');
    expect(best(r.findings, 'credit_card')).toBe('high');
    expect(best(r.findings, 'phone')).toBe('high');
  });

  it('digits on two lines without a label are not joined', () => {
    const r = d.detect(mail('注文 1234-5678-\n9018 を発送しました。'));
    expect(best(r.findings, 'my_number')).not.toBe('high');
  });

  it('birth dates: era abbreviations and English dates with a birth label', () => {
    expect(best(d.detect(mail('生年月日：H7.10.3')).findings, 'birth_date')).toBe('high');
    expect(best(d.detect(mail('Date of birth: 3 Mar 1985')).findings, 'birth_date')).toBe('high');
    expect(best(d.detect(mail('DOB: Sep. 21, 1979')).findings, 'birth_date')).toBe('high');
    expect(best(d.detect(mail('Meeting: Sep. 21, 2024')).findings, 'birth_date')).toBe('none');
  });

  it('a birth keyword on the next line does not make 在留期限 a birth date', () => {
    const r = d.detect(mail('在留期限：令和9年1月20日\n生年月日：1992年6月1日'));
    expect(r.summary.categories['birth_date']).toBe(1);
  });

  it('ゆうちょ 記号・番号 and transfer branch form; one-letter passport numbers with the label', () => {
    const r = d.detect(mail('振込先はゆうちょ銀行です。\n記号・番号 13570-24681357\n（他行から：〇一八店 普通 7654321）\n旅券番号：K1234567'));
    expect(r.summary.categories['bank_account']).toBe(2);
    expect(best(r.findings, 'passport')).toBe('high');
  });
});

describe('sensitive terms about a mentioned person', () => {
  it('a name with a title or honorific in the sentence lifts the term', () => {
    expect(best(d.detect(mail('髙森係長は持病の糖尿病で通院しています。')).findings, 'sensitive.medical')).not.toBe('low');
    expect(best(d.detect(mail('先月、榊 一真（41歳）が窃盗の容疑で事情聴取を受けました。')).findings, 'sensitive.criminal_procedure')).not.toBe('low');
    expect(best(d.detect(mail('私事ですが、来月から胃潰瘍の治療で入院します。')).findings, 'sensitive.medical')).not.toBe('low');
  });

  it('organisations with 様 and departments with titles do not', () => {
    expect(best(d.detect(mail('宗教法人 妙光寺様よりご入金がありました。')).findings, 'sensitive.creed')).not.toBe('medium');
    expect(best(d.detect(mail('営業部長によると、糖尿病の市場が伸びています。')).findings, 'sensitive.medical')).toBe('low');
  });

  it('new vocabulary: 生活保護, 特殊詐欺, 事情聴取, 日系…人', () => {
    const r = d.detect(mail('小川さんは日系ペルー人で、生活保護を受けています。小川さんは特殊詐欺の被害に遭い、事情聴取に協力しました。'));
    for (const c of ['sensitive.race', 'sensitive.social_status', 'sensitive.crime_victim', 'sensitive.criminal_procedure']) expect(best(r.findings, c)).not.toBe('low');
  });
});
