/**
 * The subject attribution step: whom each finding is about (third person, business contact,
 * participant) and why. Synthetic people and companies only.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionResult, MailAddress } from '../../src/extract/types.js';
import type { Finding } from '../../src/detect/types.js';
import { best, detector, mail, table, withTables } from './helpers.js';

const box = (address: string, name = ''): MailAddress => ({ name, address });

function envelopeMail(body: string, to: MailAddress[], from: MailAddress = box('sato@example.co.jp', '佐藤 一郎')): ExtractionResult {
  return mail(body, { from: [from], to });
}

/** The findings of a category (any confidence), with their subjects and reasons. */
function about(findings: Finding[], category: string): Array<[string | undefined, string | undefined]> {
  return findings.filter((f) => f.category === category).map((f) => [f.subject, f.subjectReason]);
}
const kinds = (findings: Finding[], category: string) => new Set(about(findings, category).map(([s]) => s));

describe('organisation and facility contact details are business contacts', () => {
  it('company profile: 商号, 本社所在地, 代表者, 代表電話', async () => {
    const d = await detector();
    const body = `取引先登録用に弊社の概要をお送りします。

【会社概要】
商号：東雲精機株式会社
本社所在地：〒150-0002 東京都渋谷区渋谷二丁目15番1号
代表者：代表取締役 大河内 正蔵
代表電話：03-5468-1200
設立：1987年4月

よろしくお願いいたします。`;
    const r = d.detect(envelopeMail(body, [box('kobayashi@nishiki-trading.example')]));
    expect(kinds(r.findings, 'address')).toEqual(new Set(['business_contact']));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['business_contact']));
    for (const [, reason] of about(r.findings, 'address')) expect(reason).toMatch(/organisation|signature/);
    expect(r.findings.filter((f) => f.category === 'person_name' && f.subject === 'third_person' && f.confidence !== 'low')).toEqual([]);
    expect(r.summary.personCount).toBe(0);
  });

  it('venue and access block of a seminar with a public lecturer', async () => {
    const d = await detector();
    const body = `下記のとおりセミナーを開催いたします。

講師：北斗大学 経済学部 教授 真壁 宗一郎 氏
日時：12月3日（水）14:00〜16:00
会場：みなと市民会館 大ホール
　　　〒231-0023 神奈川県横浜市中区山下町2番地
　　　みなとみらい線 元町・中華街駅より徒歩3分
問合せ先：セミナー事務局 045-222-3400`;
    const r = d.detect(envelopeMail(body, [box('tanaka@aozora-kogyo.example')]));
    expect(kinds(r.findings, 'address')).toEqual(new Set(['business_contact']));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['business_contact']));
    const lecturer = r.findings.filter((f) => f.category === 'person_name' && f.confidence !== 'low');
    for (const f of lecturer) expect(f.subject).toBe('business_contact');
  });

  it('an address next to 株式会社 / 支店 / ビル n階 in prose', async () => {
    const d = await detector();
    const body = `納品先は下記にお願いいたします。

株式会社ミナミ物産 大阪支店
大阪府大阪市北区梅田三丁目4番5号 梅田スカイビル 12階
TEL 06-6345-7788`;
    const r = d.detect(envelopeMail(body, [box('ueda@minami-bussan.example')]));
    expect(kinds(r.findings, 'address')).toEqual(new Set(['business_contact']));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['business_contact']));
  });

  it('the recipients’ own organisation, taken from their display name', async () => {
    const d = await detector();
    const body = `先日はありがとうございました。

あさひ工務店 早乙女 健吾様より、工程表をいただきました。`;
    const r = d.detect(envelopeMail(body, [box('info@asahi.example', '工事部 (株式会社あさひ工務店)')]));
    // 「あさひ工務店」 is not a company word by itself: it is known from the recipient's display name.
    const names = r.findings.filter((f) => f.category === 'person_name' && f.confidence !== 'low');
    expect(names.length).toBeGreaterThan(0);
    for (const f of names) expect([f.subject, f.subjectReason]).toEqual(['business_contact', 'named with an organisation']);
  });

  it('an invoice account held by a company is the organisation’s, a person’s account is not', async () => {
    const d = await detector();
    const company = d.detect(envelopeMail(`【お振込先】\nみずほ銀行 丸の内支店\n普通預金 1234567\n口座名義：カ）シノノメセイキ\n`, [box('keiri@client.example')]));
    expect(about(company.findings, 'bank_account')).toEqual([['business_contact', 'account held by an organisation']]);
    const person = d.detect(envelopeMail(`返金先の口座です。\n\nみずほ銀行 丸の内支店\n普通預金 1234567\n口座名義 宇佐美 千鶴\n`, [box('keiri@client.example')]));
    expect(kinds(person.findings, 'bank_account')).toEqual(new Set(['third_person']));
  });

  it('a doctor, a nurse or a teacher named with their title is a business contact', async () => {
    const d = await detector();
    for (const line of ['講師：精神科 医長 三浦 恭子', '担当：養護教諭 石井 里奈（直通 045-621-3307）', '主治医の加納 誠 先生']) {
      const r = d.detect(envelopeMail(`セミナーのご案内です。\n\n${line}\n`, [box('renkei@clinic.example')]));
      for (const f of r.findings.filter((x) => x.category === 'person_name' && x.confidence !== 'low')) expect(f.subject, line).toBe('business_contact');
    }
  });

  it('a press release: executives with their titles and the inquiries desk’s number are business contacts', async () => {
    const d = await detector();
    const body = `報道関係者各位\n\n開店記念式典：2027年1月12日（火）9:00\n出席予定：取締役頭取 内山 晃一、常務執行役員 営業本部長 片桐 由香\n\n本件に関するお問い合わせ：経営企画部 広報グループ 054-271-1100\n`;
    const r = d.detect(envelopeMail(body, [box('press@news.example')]));
    for (const f of r.findings.filter((x) => (x.category === 'person_name' || x.category === 'phone') && x.confidence !== 'low')) expect(f.subject, f.sample).toBe('business_contact');
  });

  it('an account held by a hospital or a school, in the bank’s kana abbreviation, is the organisation’s', async () => {
    const d = await detector();
    for (const holder of ['イ）リヨクヨウカイ ミドリチユウオウビヨウイン', 'ガク）サクラガオカガクエン']) {
      const body = `請求書をお送りいたします。\n\n【お振込先】 群馬みらい銀行 前橋中央支店 普通 1234530\n口座名義：${holder}\n\nよろしくお願いいたします。`;
      const r = d.detect(envelopeMail(body, [box('keiri@partner-hoken.example')]));
      expect(kinds(r.findings, 'bank_account'), holder).toEqual(new Set(['business_contact']));
    }
  });
});

describe('signatures wherever they stand are business contacts', () => {
  const signature = `━━━━━━━━━━━━━━━━
株式会社あさひ工務店
工事部 主任 早乙女 健吾
〒460-0008 愛知県名古屋市中区栄四丁目1番1号
TEL 052-261-4455 / 携帯 090-3344-5566
━━━━━━━━━━━━━━━━`;

  it('quoted two levels deep with >>', async () => {
    const d = await detector();
    const quoted = signature.split('\n').map((l) => `>> ${l}`).join('\n');
    const body = `佐藤様\n\n承知しました。\n\n> 佐藤です。\n> よろしくお願いします。\n>\n>> お見積りをお送りします。\n>>\n${quoted}\n`;
    const r = d.detect(envelopeMail(body, [box('saotome@asahi-koumuten.example')]));
    for (const c of ['address', 'phone']) {
      const fs = r.findings.filter((f) => f.category === c);
      expect(fs.length).toBeGreaterThan(0);
      for (const f of fs) expect([f.subject, f.subjectReason]).toEqual(['business_contact', 'signature']);
    }
  });

  it('below an Outlook 「差出人 / 送信日時」 block and below -----Original Message-----', async () => {
    const d = await detector();
    for (const header of [
      `________________________________\n差出人: 早乙女 健吾 <saotome@asahi-koumuten.example>\n送信日時: 2026年11月20日 10:12\n宛先: sato@example.co.jp\n件名: RE: 工程表`,
      `-----Original Message-----\nFrom: saotome@asahi-koumuten.example\nSent: Friday, November 20, 2026 10:12 AM\nTo: sato@example.co.jp\nSubject: RE: 工程表`,
    ]) {
      const body = `ご確認ありがとうございます。\n\n佐藤\n\n${header}\n\n佐藤様\n\n工程表を更新しました。\n\n${signature}\n`;
      const r = d.detect(envelopeMail(body, [box('saotome@asahi-koumuten.example')]));
      const contact = r.findings.filter((f) => (f.category === 'address' || f.category === 'phone') && f.subject === 'third_person');
      expect(contact).toEqual([]);
    }
  });

  it('inside a Gmail HTML blockquote', async () => {
    const d = await detector();
    const { extractMessage } = await import('../../src/extract/index.js');
    const MailComposer = (await import('nodemailer/lib/mail-composer/index.js')).default;
    const quoted = signature.split('\n').map((l) => `<div>${l}</div>`).join('');
    const html = `<div dir="ltr">承知しました。<br></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">2026年11月20日(金) 10:12 早乙女 健吾 &lt;saotome@asahi-koumuten.example&gt;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div>佐藤様</div><div><br></div><div>工程表を更新しました。</div><div><br></div>${quoted}</blockquote></div>`;
    const raw = await new MailComposer({ from: 'sato@example.co.jp', to: 'saotome@asahi-koumuten.example', subject: 'Re: 工程表', html }).compile().build();
    const r = d.detect(await extractMessage(raw));
    const contact = r.findings.filter((f) => f.category === 'address' || f.category === 'phone');
    expect(contact.length).toBeGreaterThan(0);
    for (const f of contact) expect(f.subject).toBe('business_contact');
  });

  it('after “On … wrote:” and inside an attached .eml', async () => {
    const d = await detector();
    const body = `Thanks.\n\nOn Fri, Nov 20, 2026 at 10:12 AM 早乙女 健吾 <saotome@asahi-koumuten.example> wrote:\n${['工程表を更新しました。', '', ...signature.split('\n')].map((l) => `> ${l}`).join('\n')}\n`;
    const r = d.detect(envelopeMail(body, [box('saotome@asahi-koumuten.example')]));
    expect(r.findings.filter((f) => f.subject === 'third_person' && f.confidence !== 'low')).toEqual([]);

    const eml: ExtractionResult = {
      ...mail('以前のメールを添付します。'),
      segments: [
        { location: 'body (text/plain)', source: 'body', text: '以前のメールを添付します。' },
        { location: 'attachment[1] previous.eml › body (text/plain)', source: 'attachment', attachment: 'previous.eml', text: `佐藤様\n\n工程表を更新しました。\n\n${signature}\n` },
      ],
    };
    const inEml = d.detect({ ...eml, headers: { ...eml.headers, to: [box('ueda@client.example')] } });
    const located = inEml.findings.filter((f) => f.location.includes('previous.eml') && (f.category === 'address' || f.category === 'phone'));
    expect(located.length).toBeGreaterThan(0);
    for (const f of located) expect(f.subject).toBe('business_contact');
  });
});

describe('the addressees themselves are participants', () => {
  it('from the recipients’ display names', async () => {
    const d = await detector();
    const r = d.detect(envelopeMail(`本日の打合せでは、山之内 真由美様からご指摘をいただきました。`, [box('m.yamanouchi@client.example', '山之内 真由美')]));
    const names = r.findings.filter((f) => f.category === 'person_name');
    expect(names.length).toBeGreaterThan(0);
    for (const f of names) expect(f.subject).toBe('participant');
    expect(r.summary.personCount).toBe(0);
  });

  it('a greeting 「山本様」 matched to the recipient’s address when there is no display name', async () => {
    const d = await detector();
    const body = `議事録をお送りします。\n\n出席者：山本様、佐藤\n\n次回までに山本 太郎様より資料をご共有いただく予定です。`;
    const r = d.detect(envelopeMail(body, [box('t.yamamoto@client.example')]));
    const yamamoto = r.findings.filter((f) => f.category === 'person_name' && f.sample.startsWith('山本'));
    expect(yamamoto.length).toBeGreaterThan(0);
    for (const f of yamamoto) expect(f.subject).toBe('participant');
    // Not someone else: the reading must match, and a given-name initial must agree.
    const other = d.detect(envelopeMail(`次回までに山本 花子様より資料をご共有いただく予定です。`, [box('t.yamamoto@client.example')]));
    expect(other.findings.filter((f) => f.category === 'person_name' && f.confidence !== 'low').map((f) => f.subject)).toEqual(['third_person']);
  });

  it('a Bcc recipient known only from the envelope', async () => {
    const d = await detector();
    const body = `長谷川様より、先日ご連絡をいただきました。`;
    const x = envelopeMail(body, [box('info@client.example')]);
    const without = d.detect(x);
    const withEnvelope = d.detect(x, { envelope: { mailFrom: 'sato@example.co.jp', rcptTo: ['info@client.example', 'hasegawa@partner.example'] } });
    const subjectOf = (r: typeof without) => r.findings.filter((f) => f.category === 'person_name' && f.confidence !== 'low').map((f) => f.subject);
    expect(subjectOf(without)).toEqual(['third_person']);
    expect(subjectOf(withEnvelope)).toEqual(['participant']);
  });

  it('ORGANIZER / ATTENDEE of a calendar invitation who take part in the message', async () => {
    const d = await detector();
    const ics = [
      'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT',
      'ORGANIZER;CN=佐藤 一郎:mailto:sato@example.co.jp',
      'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=小野寺 恵美子:mailto:onod',
      ' era@client.example',
      'LOCATION:東雲精機株式会社 本社 8F 会議室A',
      'END:VEVENT', 'END:VCALENDAR',
    ].join('\n');
    const x: ExtractionResult = {
      ...envelopeMail('会議の招待をお送りします。', [box('onodera@client.example')]),
    };
    x.segments.push({ location: 'attachment[1] invite.ics', source: 'attachment', attachment: 'invite.ics', text: ics });
    const r = d.detect(x);
    const names = r.findings.filter((f) => f.category === 'person_name' && f.location.includes('invite.ics'));
    for (const f of names) expect(f.subject).toBe('participant');
    expect(r.findings.filter((f) => f.subject === 'third_person' && f.confidence !== 'low')).toEqual([]);
    // An attendee who is not among this message's recipients is still a business contact, not a third person.
    const forwarded = d.detect({ ...x, headers: { ...x.headers, to: [box('kato@other.example')] } });
    expect(forwarded.findings.filter((f) => f.location.includes('invite.ics') && f.subject === 'third_person' && f.confidence !== 'low')).toEqual([]);
  });
});

describe('third persons stay third persons', () => {
  it('a forwarded customer inquiry keeps the customer’s data third-person', async () => {
    const d = await detector();
    const body = `鈴木様

お客様から下記の問い合わせがありました。訪問修理の手配をお願いします。

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
    const r = d.detect(envelopeMail(body, [box('suzuki@repair-service.example')]));
    expect(kinds(r.findings, 'address')).toEqual(new Set(['third_person']));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['third_person']));
    expect(about(r.findings, 'person_name').some(([s]) => s === 'third_person')).toBe(true);
    expect(r.summary.personCount).toBeGreaterThanOrEqual(1);
  });

  it('a staff list pasted in the body is records, even with departments', async () => {
    const d = await detector();
    const body = `名簿です。\n\n営業部 安藤 雅人様 090-1111-2222\n総務部 今井 早苗様 090-3333-4444\n経理部 上野 浩之様 090-5555-6666\n`;
    const r = d.detect(envelopeMail(body, [box('kato@agency.example')]));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['third_person']));
    expect(r.summary.personCount).toBeGreaterThanOrEqual(3);
  });

  it('an attendee list of people with their organisations, and a 担当 label, are business contacts', async () => {
    const d = await detector();
    const body = `本日の打合せの議事録です。

出席者（敬称略）
あおば商事 新垣 結衣様
あおば商事 比嘉 翔太様
当社 佐藤

担当：営業部 我那覇 (携帯 090-8765-4321)
`;
    const r = d.detect(envelopeMail(body, [box('info@aoba-shoji.example')]));
    for (const f of r.findings.filter((x) => x.category === 'person_name' && x.confidence !== 'low')) expect(f.subject).toBe('business_contact');
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['business_contact']));
  });

  it('a resident and the family listed with record labels are third persons, not an organisation', async () => {
    const d = await detector();
    const body = `南大阪不動産株式会社
法人営業ご担当者様

お世話になっております。東邦ミナト産業 総務課の井上です。
1月に東京から大阪へ転勤する社員の借上社宅について、物件紹介をお願いします。

　入居者：吉川 信彦（部長職、年収 約1,050万円）
　現住所：東京都江東区豊洲4-11-3-2204
　同居家族：妻 吉川 千秋（1979/05/03）、長男 吉川 陸（2011/09/14、中学3年）、
　　　　　　長女 吉川 彩花（2015/02/20、小学5年）
　希望：3LDK以上、北摂エリア、家賃上限 220,000円（会社負担 70%）

賃貸借契約は法人契約でお願いいたします。
`;
    const r = d.detect(envelopeMail(body, [box('houjin@fudosan.example')]));
    expect(kinds(r.findings, 'address')).toEqual(new Set(['third_person']));
    for (const f of r.findings.filter((x) => x.category === 'person_name' && x.confidence !== 'low')) expect(f.subject).toBe('third_person');
  });

  it('a list of people separated by slashes under a slash header is a table of records', async () => {
    const d = await detector();
    const body = `団体受検の申込者名簿をお送りします。

受検者氏名 / 生年月日 / 所属 / 模試得点
菅野 勇気 / 2000-05-27 / 物流課 / 72点
坂口 翼 / 1998-12-13 / 淀川電設（株）/ 48点
三好 早紀 / 2003-07-21 / 滋賀工場 / 66点
`;
    const r = d.detect(envelopeMail(body, [box('jimu@kentei.example')]));
    const births = r.findings.filter((f) => f.category === 'birth_date' && f.confidence !== 'low');
    expect(births.length).toBeGreaterThan(0);
    expect(kinds(r.findings, 'birth_date')).toEqual(new Set(['third_person']));
  });

  it('colleagues listed with their work addresses at the sender’s own organisation are business contacts', async () => {
    const d = await detector();
    const body = `管理者アカウントの追加をお願いします。

| 氏名 | 部署 | メール | 権限 |
|---|---|---|---|
| 伊藤 大輔 | 情報システム部 | d-ito@tohominato.example | Owner |
| 岡田 真央 | 情報システム部 | m-okada@tohominato.example | Admin |
| 西田 陽菜 | 総務部 | h-nishida@tohominato.example | Admin |
`;
    const r = d.detect(envelopeMail(body, [box('support@saas-vendor.example')], box('d-ito@tohominato.example', '伊藤 大輔')));
    expect(kinds(r.findings, 'email_address')).toEqual(new Set(['participant', 'business_contact']));
    // The same list with the colleagues' private addresses stays third-person data.
    const privateList = body.replace('m-okada@tohominato.example', 'mao.okada@home-isp.example').replace('h-nishida@tohominato.example', 'hina.n@home-isp.example');
    const r2 = d.detect(envelopeMail(privateList, [box('support@saas-vendor.example')], box('d-ito@tohominato.example', '伊藤 大輔')));
    expect(kinds(r2.findings, 'email_address').has('third_person')).toBe(true);
  });

  it('a table of pay keyed by employee number, and a loan applicant with their employer, are third persons', async () => {
    const d = await detector();
    const pay = `ご指摘のあった3名の報酬月額を以下に記載します。

 社員番号  氏名        基本給     時間外手当  賞与(夏)
 H0231    岡本 大輔    312,000    84,550     620,000
 H0418    水野 春香    268,000    21,300     480,000
`;
    const r = d.detect(envelopeMail(pay, [box('mori@sharoushi.example')]));
    expect(kinds(r.findings, 'income')).toEqual(new Set(['third_person']));
    for (const f of r.findings.filter((x) => x.category === 'person_name' && x.confidence !== 'low')) expect(f.subject).toBe('third_person');
    const loan = `下記の保証審査をお願いいたします。\n\n申込人：久保田 翔 様（32歳）\n勤務先：遠州機械株式会社（勤続9年）\n年収：6,120,000円\n`;
    const r2 = d.detect(envelopeMail(loan, [box('shinsa@hosho.example')]));
    for (const f of r2.findings.filter((x) => x.category === 'person_name' && x.confidence !== 'low')) expect(f.subject).toBe('third_person');
    expect(['medium', 'high']).toContain(best(r2.findings, 'income'));
  });

  it('a roster table: every row is a third person', async () => {
    const d = await detector();
    const r = d.detect(withTables(table(['氏名', '住所', '電話番号'], [
      ['安藤 雅人', '東京都練馬区豊玉北5-1-1', '090-1111-2222'],
      ['今井 早苗', '東京都杉並区阿佐谷南1-2-3', '090-3333-4444'],
    ])));
    for (const f of r.findings.filter((x) => x.confidence !== 'low')) expect(f.subject).toBe('third_person');
    expect(r.summary.personCount).toBe(2);
  });

  it('a roster row with a participant’s display name is still a record unless it holds their address', async () => {
    const d = await detector();
    const roster = table(['氏名', '電話番号', 'メールアドレス'], [
      ['安藤 雅人', '090-1111-2222', 'm.ando@example.jp'],
      ['今井 早苗', '090-3333-4444', 'sanae.imai@example.jp'],
      ['上野 浩之', '090-5555-6666', 'h.ueno@client.example'],
    ]);
    const x = { ...withTables(roster), headers: { ...mail('').headers, from: [box('ando@example.co.jp', '安藤 雅人')], to: [box('h.ueno@client.example', '上野 浩之')] } };
    const r = d.detect(x);
    // 安藤 雅人 shares the sender's display name but the row's values are not his addresses: a namesake
    // or his roster row, counted. 上野 浩之's row holds the recipient's own address: theirs.
    expect(r.summary.recordCount).toBe(2);
    expect(r.summary.personCount).toBe(2);
    const rowSubjects = (row: number) => r.findings.filter((f) => f.cells?.some((c) => c.endsWith(`${row}`)) && f.confidence !== 'low').map((f) => f.subject);
    expect(new Set(rowSubjects(2))).toEqual(new Set(['third_person']));
    expect(new Set(rowSubjects(4))).toEqual(new Set(['participant']));
  });
});

describe('sensitive data sent back to the person it is about (found by the fifth and sixth hand-written sets)', () => {
  const form = (name: string) => `お預かりしたヘルスチェックシートをお返しします。\n\n氏名：${name}　生年月日：1981/03/18\n現在服用中の薬：降圧剤（アムロジピン）\n整形外科的な既往：腰椎椎間板ヘルニア`;

  it('a form naming the addressee, by their address or their display name, is about the addressee', async () => {
    const d = await detector();
    const byAddress = d.detect(envelopeMail(form('菅野 智也'), [box('tomoya.kanno@mailbox.example')]));
    expect(kinds(byAddress.findings, 'sensitive.medical')).toEqual(new Set(['participant']));
    const byDisplayName = d.detect(envelopeMail(form('菅野 智也'), [box('t-k@mailbox.example', '菅野 智也')]));
    expect(kinds(byDisplayName.findings, 'sensitive.medical')).toEqual(new Set(['participant']));
  });

  it('stays a third person’s when the form names someone else, a namesake, or another person by role', async () => {
    const d = await detector();
    // Sent to someone else: the person in the form is not the addressee.
    const other = d.detect(envelopeMail(form('菅野 智也'), [box('yuki.sugawara@mailbox.example')]));
    expect(kinds(other.findings, 'sensitive.medical')).toEqual(new Set(['third_person']));
    // Same surname, another given name (a family member): not the addressee.
    const namesake = d.detect(envelopeMail(form('菅野 花子'), [box('tomoya.kanno@mailbox.example')]));
    expect(kinds(namesake.findings, 'sensitive.medical')).toEqual(new Set(['third_person']));
    // The sender's own surname is no proof: a colleague of the same name.
    const colleague = d.detect(envelopeMail('吉田 駿さんの件でご相談です。先月の健康診断で高血圧の所見があり、現在通院中です。', [box('yamada@partner.example')], box('yoshida.shota@example.co.jp', '吉田 翔太')));
    expect(kinds(colleague.findings, 'sensitive.medical')).toEqual(new Set(['third_person']));
    // The addressee named, but the sentence is about a patient.
    const patient = d.detect(envelopeMail('菅野 智也様\n\n菅野 智也様よりご紹介いただいた患者様の糖尿病について、検査結果をお送りします。', [box('tomoya.kanno@clinic.example')]));
    expect([...kinds(patient.findings, 'sensitive.medical')]).not.toContain('participant');
  });
});

describe('speakers of a seminar', () => {
  it('the topics of a talk are not the speakers’ history, also for a speaker listed under the label', async () => {
    const d = await detector();
    const body = '市民公開講座のご案内です。\n\n日時：1月18日（土）13:30～\n講師：吉野 雅人（北陵大学医学部 准教授）\n　　　山本 恵子（地域支援推進員）\n内容：うつ病・適応障害で休職する社員が出たときの対応\n';
    const r = d.detect(envelopeMail(body, [box('info@center.example')]));
    expect(r.findings.filter((f) => f.category.startsWith('sensitive.') && f.confidence !== 'low')).toEqual([]);
    const speakers = r.findings.filter((f) => f.category === 'person_name' && f.confidence !== 'low');
    // Both speakers (one finding counts both: same kind, place and reason).
    expect(speakers.reduce((n, f) => n + f.count, 0)).toBe(2);
    expect(speakers.every((f) => f.subject === 'business_contact' && f.subjectReason === 'named as 「講師」')).toBe(true);
    // The same words in a sentence about a named employee are about him.
    const employee = d.detect(envelopeMail('営業部の長沢 恵さんがうつ病で休職することになりました。', [box('info@center.example')]));
    expect(best(employee.findings, 'sensitive.medical')).toBe('high');
  });
});

describe('an identifier sent back to its holder', () => {
  const confirm = (name: string) => `ESTA申請代行の入力内容をご確認ください。\n\n 氏名（ローマ字）：${name}\n 旅券番号：TZ1048377\n 有効期限：2033年4月21日\n`;
  it('is the addressee’s when the name beside it is the addressee’s, and a third person’s otherwise', async () => {
    const d = await detector();
    const own = d.detect(envelopeMail(confirm('ENDO TAKESHI'), [box('takeshi.endo.sd@mail.example')]));
    expect(about(own.findings, 'passport')).toEqual([['participant', 'identifier of the addressee named with it']]);
    // The same mail to someone else (a mis-sent confirmation), or naming a companion too.
    const misSent = d.detect(envelopeMail(confirm('ENDO TAKESHI'), [box('takashi.endo@mail.example')]));
    expect(kinds(misSent.findings, 'passport')).toEqual(new Set(['third_person']));
    const companion = d.detect(envelopeMail(`${confirm('ENDO TAKESHI')} 同行者：佐藤 美咲 様（旅券番号 TR2233445）\n`, [box('takeshi.endo.sd@mail.example')]));
    expect(kinds(companion.findings, 'passport')).toEqual(new Set(['third_person']));
  });
});

describe('contacts of other companies in a plan', () => {
  it('a person named with their company and role there is a business contact, mobile included', async () => {
    const d = await detector();
    const body = '搬入計画をお送りします。\n\n【搬入】12/6（金）\n　13:00 施工：株式会社ステージワークス（責任者 大塚様 090-7712-0384）\n　16:00 音響：サウンドブレイン（責任者 北村様 080-3312-5521）\n　18:00 什器：デリカ大阪（担当 島田様）\n';
    const r = d.detect(envelopeMail(body, [box('saiji@hall.example')]));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['business_contact']));
    // The same mobile of a private person in a list is not.
    const roster = d.detect(envelopeMail('参加者名簿です。\n\n・大塚 健一様 090-7712-0384\n・北村 真理様 080-3312-5521\n・島田 陽子様 070-1234-5678\n', [box('saiji@hall.example')]));
    expect(kinds(roster.findings, 'phone')).toEqual(new Set(['third_person']));
  });
});

describe('found by the seventh and eighth hand-written sets', () => {
  it('an account sent back to its holder for confirmation is the addressee’s, also in a quoted reply', async () => {
    const d = await detector();
    const body = '返金先口座を以下の通り承りました。\n\n　金融機関：みなと信用金庫　本町支店\n　口座種別：普通\n　口座番号：0412778\n　口座名義：ハセベ リョウ\n\n> 返金はこの口座にお願いします。\n> みなと信用金庫 本町支店 普通 0412778 ハセベリョウ\n';
    const own = d.detect(envelopeMail(body, [box('ryo.hasebe@mail.example')]));
    expect(kinds(own.findings, 'bank_account')).toEqual(new Set(['participant']));
    const other = d.detect(envelopeMail(body, [box('refund@bank-partner.example')]));
    expect(kinds(other.findings, 'bank_account')).toEqual(new Set(['third_person']));
  });

  it('a chief mourner’s mobile is hers though a centre is named nearby; the sender’s name before 宛 is the sender', async () => {
    const d = await detector();
    const mourner = d.detect(envelopeMail('読者センター様\n本日掲載の告別式は11時です。\n喪主様携帯 090-3381-6624 へ直接どうぞ、とのことです。', [box('news@radio.example')]));
    expect(kinds(mourner.findings, 'phone')).toEqual(new Set(['third_person']));
    const invoice = d.detect(envelopeMail('弊社ヘルパー8名で申し込みます。請求書は管理部 本間宛にお願いします。', [box('seminar@center.example')], box('homma.n@care.example', '本間 直樹')));
    expect(about(invoice.findings, 'person_name').map(([s]) => s)).not.toContain('third_person');
  });

  it('a signature with its organisation named in English is a signature', async () => {
    const d = await detector();
    const r = d.detect(envelopeMail('第3四半期の請求書を送付します。\n\nPriya Raman / プリヤ・ラマン\nくらしネクサス 事業管理コーディネーター\nKurashi Nexus (Housing & Livelihood Support Center)\nTEL 0285-30-7725', [box('shomu@city.example.lg.jp')], box('p.raman@nexus.example', 'Priya Raman')));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['business_contact']));
  });
});

describe('found by the eighth hand-written set', () => {
  it('a forwarded accident report from a private person: the writer and her mobile are a third person’s', async () => {
    const d = await detector();
    const body = '田村様\n\nご本人からのメールを転送します。\n\n----- Forwarded message -----\nFrom: 小田切 節子 <setsuko.odagiri@isp.example>\nDate: 2026/11/26 11:08\nSubject: 転倒事故について\n\n観光協会 御中\n朝市会場の濡れたスロープで足を滑らせ転倒しました。\n連絡先：090-6104-2287　住所：千葉県いすみ市岬町長者415-3\n';
    const r = d.detect(envelopeMail(body, [box('tamura@insurance.example')]));
    expect(kinds(r.findings, 'person_name')).toContain('third_person');
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['third_person']));
    // A company's relocation notice forwarded the same way stays a business contact's.
    const notice = d.detect(envelopeMail('ご参考までに転送いたします。\n\n---------- Forwarded message ---------\nFrom: 木村 浩二 <kimura@gas.example>\nSubject: 本社移転のお知らせ\n\nお客様各位\n\n新住所：〒158-1231 東京都世田谷区1丁目6番4号\n新電話番号：06-3354-5322\n', [box('yamamoto@furniture.example')]));
    expect(kinds(notice.findings, 'person_name')).not.toContain('third_person');
  });

  it('a site office number by its label, a head’s title alone, a form’s 様式 and a numbered theme line', async () => {
    const d = await detector();
    const fault = d.detect(envelopeMail('至急点検をお願いします。現場の窓口は工事主任の平松（作業所TEL 03-5632-8110）です。', [box('service@lease.example')]));
    expect(kinds(fault.findings, 'phone')).toEqual(new Set(['business_contact']));
    const form = d.detect(envelopeMail('同意書の様式を改定しました。\n\n葵岡総合病院 院長 殿\n私は、私の診療に関する情報を提供することに同意します。\n患者氏名：○○ ○○', [box('claims@life.example')]));
    expect(form.findings.filter((f) => f.category === 'person_name' && f.confidence !== 'low')).toEqual([]);
    const seminar = d.detect(envelopeMail('下記のとおり勉強会を開催いたします。\n\n３．テーマ　「認知症の方の入退院支援」\n４．講師　認知症看護認定看護師　木下 由佳\n', [box('jimukyoku@cm.example')]));
    expect(seminar.findings.filter((f) => f.category.startsWith('sensitive.') && f.confidence !== 'low')).toEqual([]);
  });
});

describe('found by the ninth hand-written set', () => {
  it('a beneficiary block is data, not a signature; a person named with a title in brackets is a business contact', async () => {
    const d = await detector();
    const benefit = d.detect(envelopeMail('受取人情報は以下のとおりです。\n\n受取人：長谷川 恵子 様（妻）\n住所：神奈川県横浜市旭区今宿東町1523-8\n電話：090-6671-3025\n振込先：横浜港南信用金庫 二俣川支店 普通 4417290 ハセガワ ケイコ\n\nよろしくお願いいたします。', [box('miyaji@office.example')]));
    expect(kinds(benefit.findings, 'phone')).toEqual(new Set(['third_person']));
    const contact = d.detect(envelopeMail('From December, our Singapore HR contact will be Mr. Daniel Lim (HR Manager, Towa Tsusho Asia Pte. Ltd.), daniel.lim@towa-asia.example, +65 6221 4470.', [box('mobility@tax.example')]));
    expect(kinds(contact.findings, 'person_name')).toEqual(new Set(['business_contact']));
  });
});

describe('found by the tenth hand-written set', () => {
  it('the addressee’s registered details and payout account are read back to them', async () => {
    const d = await detector();
    const account = d.detect(envelopeMail('Before we send the payout, please double-check the details you gave us:\n  Name: Ryo Fukazawa\n  Bank: Sakuragi Bank, Koenji Branch\n  Account no.: 4418207 (Ordinary)\n', [box('ryo.fkzw@hobby.example', 'Ryo Fukazawa')]));
    expect(kinds(account.findings, 'bank_account')).toEqual(new Set(['participant']));
    const registered = d.detect(envelopeMail('ご本人様の確認のため、ご登録内容を記載いたします。\n\n・会員番号：MS-0033719\n・ご登録メール：yumiko.takahata@mail.example\n・ご登録電話番号：090-2740-8815\n', [box('yumiko.takahata@mail.example', '高畑 由美子')]));
    expect(kinds(registered.findings, 'phone')).toEqual(new Set(['participant']));
  });

  it('an employee named with her department but given with her private mobile, in a phone-written reply, is a third person', async () => {
    const d = await detector();
    const body = '遠藤様\nログ確認しました。取り急ぎ要点のみ。\n\n対象：物流企画部 菅野 翔太 さん（u-1100452）\n11/26 23:40〜23:58 に顧客一覧CSVを計14回DL\nMFAの復旧用に登録されているのは 個人携帯 080-3345-9172 と 個人メール shota.kanno.sk@freemail.example です\n\n高村\niPhoneから送信\n';
    const r = d.detect(envelopeMail(body, [box('endo.k@logi.example')]));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['third_person']));
    expect(kinds(r.findings, 'person_name')).toContain('third_person');
  });
});

describe('found by the eleventh and twelfth hand-written sets', () => {
  it('work phones by their note or label, and contacts of companies listed with their role', async () => {
    const d = await detector();
    const crews = d.detect(envelopeMail('12月の班編成です。\n\n 東町    大川       080-2231-4401（班用）\n 西浜    坂上       080-2231-4402（班用）\n 本郷    三木       080-2231-4403（班用）\n', [box('okawa@kenshin.example')]));
    expect(kinds(crews.findings, 'phone')).toEqual(new Set(['business_contact']));
    const bus = d.detect(envelopeMail('運転手の吉井様の乗務携帯 090-1108-7712（会社貸与）に出発時連絡を入れます。', [box('haisha@bus.example')]));
    expect(kinds(bus.findings, 'phone')).toEqual(new Set(['business_contact']));
    const partners = d.detect(envelopeMail('協力業者一覧です。\n\n 設備  : 三和設備 担当 岡本  03-3710-2281\n 電気  : 光電工   担当 福井  03-3710-5540\n', [box('genba@komuten.example')]));
    expect(kinds(partners.findings, 'phone')).toEqual(new Set(['business_contact']));
  });

  it('a refund account in kana (surname and given name) read back to its holder; a forwarded refund request is data, not a signature', async () => {
    const d = await detector();
    const refund = d.detect(envelopeMail('下記口座へ12月10日に返金いたします。\n翡翠信用金庫 浜町支店 普通 0628815 ノナカ ヨシト\n', [box('y.nonaka.home@mail.example', '野中 義人')]));
    expect(kinds(refund.findings, 'bank_account')).toEqual(new Set(['participant']));
    const forwarded = d.detect(envelopeMail('下記のお客様、返金処理をお願いします。\n--\n料金センター 石黒\n\n-----Original Message-----\n差出人: コールセンター\n\nお客様番号 40230418 野中 義人様より入電。\n返金先：翡翠信用金庫 浜町支店 普通 0628815 ノナカ ヨシト\n連絡先 080-5520-1937\n', [box('ryokin@city.example.lg.jp')]));
    expect(forwarded.findings.find((f) => f.category === 'bank_account')?.subject).toBe('third_person');
  });
});

describe('found by the thirteenth and fourteenth hand-written sets', () => {
  it('duty and direct numbers, a company account in English, a contact with her work address in brackets, an English greeting', async () => {
    const d = await detector();
    const duty = d.detect(envelopeMail('各空港の連絡先です。\n\n 那覇　琉球GH　運営課当番　098-858-2210\n 福岡　旅客サービス部　岡田　092-471-3380（平日） / 092-471-3399（当番デスク）\n', [box('ops@gh.example')]));
    expect(kinds(duty.findings, 'phone')).toEqual(new Set(['business_contact']));
    const line = d.detect(envelopeMail('Dear Ms. Wulandari,\n\nCould you confirm the format? My direct line is +81-92-803-4410.', [box('edu@embassy.example')]));
    expect(line.findings.filter((f) => f.category === 'person_name' && f.confidence !== 'low')).toEqual([]);
    expect(kinds(line.findings, 'phone')).toEqual(new Set(['business_contact']));
    const account = d.detect(envelopeMail('Our only account: Yokohama Minato Bank, Kanazawa Branch, SWIFT YMNBJPJT, A/C 1207734, Kaiyo Auto Export Co., Ltd.', [box('sales@motors.example')]));
    expect(kinds(account.findings, 'bank_account')).toEqual(new Set(['business_contact']));
    const contact = d.detect(envelopeMail('Group bookings will be handled by our new Group Sales Manager, Ms. Kanae Oshiro (k.oshiro@aoi-hotels.example, +81-75-212-8815).', [box('daniel@tours.example')], box('n.kuga@aoi-hotels.example', 'Naoto Kuga')));
    expect(kinds(contact.findings, 'person_name')).toEqual(new Set(['business_contact']));
  });
});

describe('data sent back to its holder (found by the eighteenth hand-written set)', () => {
  it('a katakana holder reads as the addressee’s address word by word and without voicing', async () => {
    const d = await detector();
    const royalty = 'お振込先は、先生にご登録いただいている下記の口座です。\n　ちば湾岸銀行 本八幡支店 普通 3350917 シノツカ マリ\n';
    expect(kinds(d.detect(envelopeMail(royalty, [box('mari.shinozuka@gmail.com', '篠塚 真理')])).findings, 'bank_account')).toEqual(new Set(['participant']));
    expect(kinds(d.detect(envelopeMail(royalty, [box('keiko.shinozuka@gmail.com', '篠塚 恵子')])).findings, 'bank_account')).toEqual(new Set(['third_person']));
    const latin = 'Please confirm the account below:\n  Bank: Sakura Minato Bank, Ebisu Branch\n  Account type: Ordinary (futsu)\n  Account no.: 6621904\n  Account holder: JOHNSON MARK\n';
    expect(kinds(d.detect(envelopeMail(latin, [box('mark.johnson.tokyo@gmail.com', 'Mark Johnson')])).findings, 'bank_account')).toEqual(new Set(['participant']));
    expect(kinds(d.detect(envelopeMail(latin, [box('refunds@ticket-partner.example')])).findings, 'bank_account')).toEqual(new Set(['third_person']));
    const refund = 'ご返金先（お客様ご指定）：東海ひかり銀行 金山支店 普通 7702195 ｽｷﾞｳﾗ ﾁﾅﾂ\n';
    expect(kinds(d.detect(envelopeMail(refund, [box('chinatsu.sugiura@gmail.com', '杉浦 千夏')])).findings, 'bank_account')).toEqual(new Set(['participant']));
  });
  it('an identifier nobody is named with, in a mail to one private person, is theirs', async () => {
    const d = await detector();
    const body = '杉浦 千夏 様\nご返金の手続きについてご連絡いたします。\n※先日お預かりした旅券（番号 TR5528103）のコピーは、当社規定により破棄いたしました。\n';
    expect(kinds(d.detect(envelopeMail(body, [box('chinatsu.sugiura@gmail.com', '杉浦 千夏')])).findings, 'passport')).toEqual(new Set(['participant']));
    // To a company, or to two people, or with someone else named: not the addressee's.
    expect(kinds(d.detect(envelopeMail(body, [box('tehai@travel-partner.example', '手配担当')])).findings, 'passport')).toEqual(new Set(['third_person']));
    expect(kinds(d.detect(envelopeMail(body, [box('chinatsu.sugiura@gmail.com'), box('ken.ota@gmail.com')])).findings, 'passport')).toEqual(new Set(['third_person']));
    const other = `${body}同行者：佐藤 美咲 様\n`;
    expect(kinds(d.detect(envelopeMail(other, [box('chinatsu.sugiura@gmail.com', '杉浦 千夏')])).findings, 'passport')).toEqual(new Set(['third_person']));
  });
});

describe('accounts of organisations named as their holders (found by the fifteenth and seventeenth hand-written sets)', () => {
  it('a university, a law office in bank kana, a management association with its chair', async () => {
    const d = await detector();
    const to = [box('ap@sponsor.example')];
    for (const body of [
      'Remittance details\n  Bank: Kanto Metropolitan Bank, Honkomagome Branch\n  Account no.: 1408832 (ordinary)\n  Account name: Tohto Medical University (Gakko Hojin Tohto Ika Daigaku)\n',
      'お振込先\n　みずなみ銀行　浜松町支店　普通　3058812\n　口座名義　ミナトソウゴウホウリツシホウシヨシジムシヨ　ベンゴシ　マナベキヨウコ\n',
      '下記の管理組合口座へお振込みください。\n　横浜ベイ銀行 関内支店 普通 5502871\n　グランシエル山手管理組合 理事長 小宮山 徹\n',
    ]) {
      expect(kinds(d.detect(envelopeMail(body, to)).findings, 'bank_account'), body).toEqual(new Set(['business_contact']));
    }
    // A patient's refund account stays theirs though the hospital is named in the paragraph.
    const refund = 'みなと病院 会計課より返金のご連絡です。\n返金先：横浜ベイ銀行 関内支店 普通 5502871\n口座名義：ヤマダ タロウ\n';
    expect(kinds(d.detect(envelopeMail(refund, to)).findings, 'bank_account')).toEqual(new Set(['third_person']));
    // （メーカー見積書を添付） is no company's kana abbreviation （メ） in the paragraph.
    const claim = '保険金請求の書類をお送りします。\n　お客様：石原 里香 様\n　修理見積：68,200円（メーカー見積書を添付）\n　振込先：はまかぜ銀行 菊名支店 普通 4418207 イシハラ リカ\n';
    expect(kinds(d.detect(envelopeMail(claim, to)).findings, 'bank_account')).toEqual(new Set(['third_person']));
  });
});

describe('debtors and forwarded complaints (found by the seventeenth hand-written set)', () => {
  it('a debtor’s record naming his employer is his, not the employer’s contact block', async () => {
    const d = await detector();
    const body = '支払督促の申立てをご依頼したく、概要をお送りします。\n\n　区分所有者：桑田 義男（くわた よしお）\n　住所：横浜市中区山手町246-3 グランシエル山手703\n　携帯：090-8817-3302\n　勤務先：株式会社ヨコハマ港湾サービス（本牧ふ頭）\n　滞納額：418,800円（12か月）\n';
    const r = d.detect(envelopeMail(body, [box('t.kurokawa@lawoffice.example')]));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['third_person']));
    expect(best(r.findings, 'income')).not.toBe('low');
  });
  it('the writer of a forwarded complaint from a private address, named in Latin letters, is a third person', async () => {
    const d = await detector();
    const body = '宮下様\n苦情が届いています。\n\n---------- Forwarded message ---------\nFrom: Hannah Whitlock <hannah.whitlock88@btinternet.com>\nSubject: Complaint\n\nI was refused entry.\n\nHannah Whitlock\n+44 7700 914 362\n';
    const r = d.detect(envelopeMail(body, [box('miyashita@promoter.example')]));
    expect(kinds(r.findings, 'person_name')).toContain('third_person');
    // From a partner's work address: a business correspondent.
    const partner = d.detect(envelopeMail(body.replace('hannah.whitlock88@btinternet.com', 'h.whitlock@venue-partner.example'), [box('miyashita@promoter.example')]));
    expect(about(partner.findings, 'person_name').filter(([, reason]) => reason?.includes('header'))).not.toEqual([]);
  });
});

describe('an organisation’s numbers and staff in prose (found by the eighteenth hand-written set)', () => {
  it('the signature’s number given again in the text, a shop’s number, a post in brackets before a name', async () => {
    const d = await detector();
    const campaign = '早割のお申込み締切は12月20日です。お電話（052-262-7015）または専用ページからお申込みください。\n\n株式会社みちくさトラベル 団体旅行営業部\n宮武 翔太\nTEL 052-262-7015\nmiyatake@michikusa-travel.example\n';
    expect(kinds(d.detect(envelopeMail(campaign, [box('dantai@michikusa-travel.example')])).findings, 'phone')).toEqual(new Set(['business_contact']));
    const pos = '至急、現地調査をお願いできますでしょうか。\n店舗の連絡先は大橋店 092-553-2210（薬局長 樋口）です。\n';
    const r = d.detect(envelopeMail(pos, [box('support@retail-sys.example')]));
    expect(kinds(r.findings, 'phone')).toEqual(new Set(['business_contact']));
    expect(kinds(r.findings, 'person_name')).not.toContain('third_person');
    // A fax number is an office's (the sponsor's safety desk in a site visit's minutes), not a home's.
    const minutes = d.detect(envelopeMail('5. Safety reporting - SAE to Meridian within 24h (Dr. Haruka Mizuno to report, fax +65-6220-4418).\n', [box('cra@sponsor.example')]));
    expect(kinds(minutes.findings, 'phone')).toEqual(new Set(['business_contact']));
    expect(kinds(d.detect(envelopeMail('ご自宅FAX 03-3321-6620（山田 花子様）へお送りください。\n', [box('cra@sponsor.example')])).findings, 'phone')).toEqual(new Set(['third_person']));
    // A private person's number in prose stays theirs.
    const privateOne = d.detect(envelopeMail('お客様の連絡先は 090-3318-6620（山田 花子様）です。\n', [box('support@retail-sys.example')]));
    expect(kinds(privateOne.findings, 'phone')).toEqual(new Set(['third_person']));
  });
});

describe('found by the twentieth hand-written set', () => {
  it('a client’s residence card sent to a freelancer is the client’s (SANTOS, JOHN PATRICK is a name)', async () => {
    const d = await detector();
    const body = 'Hi Maricel,\nI paste the key data:\n  Name: SANTOS, JOHN PATRICK REYES\n  Date of birth: 1994-08-21\n  Residence card No.: UH48207715KA\n  Passport No.: P7719264B\n';
    const r = d.detect(envelopeMail(body, [box('maricel.dizon.translates@outlook.com', 'Maricel Dizon')]));
    expect(kinds(r.findings, 'residence_card')).toEqual(new Set(['third_person']));
    expect(kinds(r.findings, 'passport')).toEqual(new Set(['third_person']));
  });
  it('the addressee’s own passport and account, named in capitals or after the number, go back to them', async () => {
    const d = await detector();
    const admission = 'Your details as we have them on file:\n  Name (as in passport): NGUYEN THI LAN\n  Passport No.: C4821937\n';
    expect(kinds(d.detect(envelopeMail(admission, [box('lan.nguyen.hn98@gmail.com', 'Nguyen Thi Lan')])).findings, 'passport')).toEqual(new Set(['participant']));
    expect(kinds(d.detect(envelopeMail(admission, [box('admissions@agent.example', 'Study Agent')])).findings, 'passport')).toEqual(new Set(['third_person']));
    const payment = 'To your account (as registered):\n  Shinsei Minato Bank, Akasaka Branch, Ordinary 4471829, DIZON MARICEL\n';
    expect(kinds(d.detect(envelopeMail(payment, [box('maricel.dizon.translates@outlook.com', 'Maricel Dizon')])).findings, 'bank_account')).toEqual(new Set(['participant']));
    expect(kinds(d.detect(envelopeMail(payment, [box('ap@client.example')])).findings, 'bank_account')).toEqual(new Set(['third_person']));
  });
  it('an electronic records system and a breakdown of counts are no one’s data', async () => {
    const d = await detector();
    const outage = '西村です。\nレセコンと電子カルテの連携に障害が出ており、会計データが電子カルテ側に反映されません。\n';
    expect(d.detect(envelopeMail(outage, [box('support@vendor.example')])).findings.filter((f) => f.category === 'sensitive.medical' && f.confidence !== 'low')).toEqual([]);
    const report = '田所でございます。\n申請 63件 / 採択 48件\n※生活保護世帯・児童養護施設出身者等の内訳は、5名未満の区分は「若干名」と表記しております。\n';
    expect(d.detect(envelopeMail(report, [box('jimu@foundation.example')])).findings.filter((f) => f.category.startsWith('sensitive.') && f.confidence !== 'low')).toEqual([]);
  });
});

describe('found by the nineteenth hand-written set', () => {
  it('a doctor’s own registration sent back to him (先生 in his display name), posts before names, a facility’s lines', async () => {
    const d = await detector();
    const own = '安斎先生\nご登録内容をご確認ください。\n　氏名：安斎 智史（あんざい さとし）\n　生年月日：1982年4月9日\n　携帯：090-6612-8871\n';
    expect(kinds(d.detect(envelopeMail(own, [box('satoshi.anzai.md@gmail.com', '安斎 智史 先生')])).findings, 'phone')).toEqual(new Set(['participant']));
    const offer = '1. かとう皮ふ科クリニック（練馬区）\n　院長：加藤 紗希 先生（日本皮膚科学会 専門医）\n　土曜 9:00-13:00、日給10万円\n';
    expect(kinds(d.detect(envelopeMail(offer, [box('ruriko.kasai.derm@gmail.com', '葛西 るり子 先生')])).findings, 'person_name')).toEqual(new Set(['business_contact']));
    const change = '【変更】管理者：久保寺 健一 → 小田切 直人\n【変更】電話番号（請求担当直通）：04-2958-3316\n';
    expect(kinds(d.detect(envelopeMail(change, [box('support@caresoft.example')])).findings, 'phone')).toEqual(new Set(['business_contact']));
    const account = '新口座\n　武蔵野中央信用金庫 入間川支店 普通預金 0305517\n　口座名義 シヤカイフクシホウジン ケイワカイ\n';
    expect(kinds(d.detect(envelopeMail(account, [box('family@example.co.jp')])).findings, 'bank_account')).toEqual(new Set(['business_contact']));
  });
  it('a practitioner’s experience and a work schedule are no one’s history; a sandbox sample introduced as dummy names nobody', async () => {
    const d = await detector();
    const job = '院長：斎藤 亮 先生。レーザー治療の経験があれば尚可\n・勤務：外来2コマ、手術 週2〜3日\n';
    expect(d.detect(envelopeMail(job, [box('ryo.onuma.md@gmail.com')])).findings.filter((f) => f.category.startsWith('sensitive.') && f.confidence !== 'low')).toEqual([]);
    const sample = '3) Sample payload\nHere is the employee object from our sandbox. All values are dummy data:\n\n{\n  "name": "Taro Yamada",\n  "email": "taro.yamada@example.com",\n  "birth_date": "1990-01-01"\n}\n';
    expect(d.detect(envelopeMail(sample, [box('dpo@consulting.example')])).findings.filter((f) => f.confidence !== 'low' && ['person_name', 'birth_date', 'email_address'].includes(f.category))).toEqual([]);
  });
});

describe('found by the twenty-second hand-written set', () => {
  it('a residence card sent back to the worker greeted by his given name; おつかれさま is no name', async () => {
    const d = await detector();
    const body = 'ナムさん\n\nおつかれさまです。グエンです。\nナムさんの在留期間更新の許可が出ました！\n・カード番号：UK28461937NM\n';
    expect(kinds(d.detect(envelopeMail(body, [box('namtv1998@gmail.com', 'Tran Van Nam')])).findings, 'residence_card')).toEqual(new Set(['participant']));
    expect(kinds(d.detect(envelopeMail(body, [box('soumu@partner.example')])).findings, 'residence_card')).toEqual(new Set(['third_person']));
  });
  it('a debit file with names only in kana and an account-number column; a reinsurance referral in English', async () => {
    const d = await detector();
    const debit = d.detect(withTables(table(['契約番号', '契約者名カナ', '金融機関コード', '支店コード', '預金種目', '口座番号'], [['HK2019-004418', 'ｻｻｷ ﾖｼｺ', '0005', '412', '1', '3308124'], ['HK2020-017733', 'ｲﾄｳ ﾏｻﾙ', '0134', '031', '1', '1192807']])));
    expect(best(debit.findings, 'bank_account')).toBe('high');
    expect(debit.summary.personCount).toBe(2);
    const referral = 'Proposed life: Mr Hiroshi Kanzaki\nDate of birth: 12 March 1966 (age 59), male\nOccupation: President, Kanzaki Logistics Co., Ltd.\n';
    expect(kinds(d.detect(envelopeMail(referral, [box('c.donovan@reinsurer.example')])).findings, 'person_name')).toEqual(new Set(['third_person']));
  });
  it('a play’s script names characters, not people; an athlete’s harassment report in English is about her', async () => {
    const d = await detector();
    const script = '『灯台守の娘』第3稿　第二幕 第一場（法廷）\n検事　被告人、佐伯修。昭和五十八年四月二日生まれ。本籍、東京都墨田区向島五丁目。\n　　　前科二犯。平成二十四年、窃盗により懲役一年六月、執行猶予三年。\n';
    const r = d.detect(envelopeMail(script, [box('info@subtitles.example')]));
    expect(r.findings.filter((f) => f.confidence !== 'low' && f.category !== 'phone')).toEqual([]);
    // A sentence about a script names real people (the scriptwriter).
    expect(best(d.detect(envelopeMail('当時の一部資料には、原作のみで脚本は伊丹 万作 氏とするものもある。', [box('info@subtitles.example')])).findings, 'person_name')).not.toBe('none');
    const report = 'Ms. Sakura ISHII (JPN, age 21) reported that a coach repeatedly touched her inappropriately. She filed a report with the Szeged police on 8 May.';
    expect(best(d.detect(envelopeMail(report, [box('safeguarding@federation.example')])).findings, 'sensitive.crime_victim')).not.toBe('low');
  });
});

describe('a one-character surname and given name in the To header (found by the twentieth hand-written set)', () => {
  it('林 蓮 on a payslip sent to 林 蓮 is the addressee; to anyone else a third person', async () => {
    const d = await detector();
    const body = '林さん\n\n10月分の内容をこちらに貼ります。\n\n■2024年10月分 給与明細\n氏名：林 蓮\n基本給（時給1,250円）　108,125円\n差引支給額　　　　　　　118,635円\n';
    // Sent to him, the name is the addressee's and ties the pay to nobody else: it stays low.
    expect(best(d.detect(envelopeMail(body, [box('ren.hayashi0107@gmail.com', '林 蓮')])).findings, 'income')).toBe('low');
    expect(best(d.detect(envelopeMail(body, [box('jinji@agency.example', '人事部')])).findings, 'income')).not.toBe('low');
  });
});

describe('found by the twenty-fourth hand-written set', () => {
  it('a signature after a closing without a company line; a beneficiary in capitals; phones after a slash', async () => {
    const d = await detector();
    const meeting = 'Dear Ms. Lin,\n\nThank you. 24 June works well for us.\n\nBest regards,\nDaichi Horiuchi\nAdvertising Sales, The Kita-Shinano Nippo\nTel +81-26-235-4470 / Mobile +81-80-5123-6690\n';
    expect(kinds(d.detect(envelopeMail(meeting, [box('yuting.lin@journeys.example')])).findings, 'phone')).toEqual(new Set(['business_contact']));
    const tt = 'Beneficiary:      TOHO MARITECH TRADING CO., LTD.\nBank:             MUFG Bank, Ltd. – Tamachi Branch\nAccount no.:      USD Current 0318842\n';
    expect(kinds(d.detect(envelopeMail(tt, [box('lan.nt@hullparts.example')])).findings, 'bank_account')).not.toContain('third_person');
    const arrears = '物件／号室／契約者名／滞納額／携帯\nメゾン高砂 203／金子 悠真／148,000円／090-2284-7716\nヴェルデ浦和 201／川上 慎也／71,500円／090-6615-8841\n';
    expect(best(d.detect(envelopeMail(arrears, [box('daiben@guarantee.example')])).findings, 'phone')).not.toBe('none');
  });
  it('an obituary’s illness, candidates’ parties and a questionnaire’s example are nobody’s data', async () => {
    const d = await detector();
    const sensitive = (body: string) => d.detect(envelopeMail(body, [box('print@printer.example')])).findings.filter((f) => f.category.startsWith('sensitive.') && f.confidence !== 'low');
    expect(sensitive('【1】\n　父　高見沢 ハル 儀　かねて療養中のところ六月六日 九十一歳にて永眠いたしました\n　喪主 長男 高見沢 正人\n')).toEqual([]);
    expect(sensitive('届出順／候補者名／党派\n1　小松原 義信　無所属（自由民主党・公明党推薦）\n2　藤森 なおみ　無所属（立憲民主党推薦）\n')).toEqual([]);
    const example = d.detect(envelopeMail('1. 表面の「記入例」欄、見本の値を以下に差し替えてください。\n　　氏名：山田 花子（ヤマダ ハナコ）\n　　生年月日：1990年1月1日\n　　電話番号：090-0000-0000\n', [box('print@printer.example')]));
    expect(example.findings.filter((f) => f.confidence !== 'low' && ['person_name', 'birth_date', 'phone'].includes(f.category))).toEqual([]);
  });
  it('guests listed with their company in brackets, then their faith', async () => {
    const d = await detector();
    const guests = '- Arif Rahman (PT Samudra Teknik, our Jakarta agent) – he is a practising Muslim: halal only\n- Kavya Iyer (Marinetech Solutions, Chennai) – strictly vegetarian for religious reasons (Hindu)\n';
    expect(best(d.detect(envelopeMail(guests, [box('j.brenner@technik.example')])).findings, 'sensitive.creed')).not.toBe('low');
  });
});
