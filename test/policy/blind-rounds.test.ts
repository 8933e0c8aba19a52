/**
 * Behaviours found by the blind sets 37–52 (a law firm, technical-intern supervisors, a credit
 * union, a research lab, a labour union, a crew manning agency, a medical wholesaler, a private
 * investigator, a dialysis clinic, a probation officers' association …), through extraction,
 * detection and the shipped default policy: whose account an invoice gives, a union named as an
 * organisation, scores in a table, a My Number under a bare 番号 label, accounts abroad, drug
 * names, quoted ad copy, a colleague's direct line. Synthetic people, companies and numbers only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { createDetector, type Detector } from '../../src/detect/index.js';
import { extractMessage } from '../../src/extract/index.js';
import type { Finding } from '../../src/detect/types.js';
import { evaluatePolicy, loadPolicy, type LoadedPolicy } from '../../src/policy/index.js';

let detector: Detector;
let policy: LoadedPolicy;
beforeAll(async () => {
  const loaded = await loadPolicy('policies/default.yaml');
  detector = await createDetector({ hashKey: 'test' });
  policy = { ...loaded, organisation: { ...loaded.organisation, internalDomains: ['example.co.jp'] } };
});

interface Decided {
  held: boolean;
  rules: string[];
  findings: Finding[];
}

async function decide(options: Omit<Mail.Options, 'from'> & { to: string; from?: string }): Promise<Decided> {
  const raw = await new MailComposer({ from: '送信者 <sender@example.co.jp>', ...options }).compile().build();
  const extraction = await extractMessage(raw);
  const envelope = { mailFrom: 'sender@example.co.jp', rcptTo: [options.to.replace(/^.*<|>$/g, '')] };
  const detection = detector.detect(extraction, { envelope });
  const v = evaluatePolicy(policy, { envelope, extraction, detection, knownDomains: new Set() });
  const holding = v.matched.filter((m) => m.action.kind !== 'pass' && m.action.kind !== 'delay').map((m) => m.id);
  return { held: v.verdict !== 'pass', rules: holding, findings: detection.findings };
}

const sign = '\n\n--\n例示ラボ株式会社 経理\n青山 早苗\nTEL 03-0000-1111\n';

describe('accounts: whose are they', () => {
  it("an invoice's account repeated in the attachment without its holder is still the company's", async () => {
    const d = await decide({
      to: 'keiri@client.example',
      subject: '11月分 ご請求書',
      text: `経理ご担当者様\n\n11月分のご請求書をお送りします。\n\n　お振込先：みどり銀行 本町支店 普通 2468013\n　　　　　　カ）レイジラボ\n${sign}`,
      attachments: [{ filename: 'seikyu.txt', contentType: 'text/plain', content: '御請求書\nクライアント歯科 御中\n合計 120,000円\n振込先 みどり銀行 本町支店 普通 2468013\n' }],
    });
    expect(d.rules).not.toContain('external-personal-bank-account');
  });

  it('the same account given for a private person is held', async () => {
    const d = await decide({
      to: 'keiri@client.example',
      subject: '返金先のご連絡',
      text: `経理ご担当者様\n\n返金先は以下のとおりです。\n\n　お振込先：みどり銀行 本町支店 普通 2468013\n　口座名義：ヤマノ ハルカ\n${sign}`,
    });
    expect(d.rules).toContain('external-personal-bank-account');
  });

  it('an LLP or a joint stock company as beneficiary is a business', async () => {
    for (const holder of ['Harbour Lane LLP Tokyo Office', 'SONG HONG TRADING JOINT STOCK COMPANY']) {
      const d = await decide({
        to: 'ap@client.example',
        subject: 'Invoice 2026-118',
        text: `Dear Accounts Payable,\n\nPayment details:\n  Beneficiary: ${holder}\n  Bank: Example Trust Bank, Marunouchi Branch\n  Account No.: 0012457\n  SWIFT: EXTBJPJT\n\nKind regards,\nSanae Aoyama`,
      });
      expect(d.rules).not.toContain('external-personal-bank-account');
    }
  });

  it("'your IBAN' is the reader's own account; a family member's account abroad is held", async () => {
    const yours = await decide({
      to: 'orders@tiles.example',
      subject: 'PO 7781',
      text: 'Dear Marco,\n\nOur payment will come from Example Bank, Tokyo Branch, to your IBAN IT60 X054 2811 1010 0000 0123 456 as on your proforma.\n\nBest regards,\nSanae Aoyama',
    });
    expect(yours.rules).not.toContain('external-personal-bank-account');
    const allotment = await decide({
      to: 'ops@remit.example',
      subject: 'Allotment instruction',
      text: 'Dear team,\n\nSeafarer: AB Rodel SANTOS\nAllottee: Maria Santos (wife)\nBank: Example Savings Bank, Cebu branch\nAccount no.: 0042-7781-3305 (savings)\nAmount: USD 900 monthly\n\nRegards,\nSanae Aoyama',
    });
    expect(allotment.rules).toContain('external-personal-bank-account');
  });

  it('a named holder before 普通預金 and a number is a person\'s account, even in the subject', async () => {
    const d = await decide({ to: 'uketsuke@kanri.example', subject: '口座振替登録完了（森田 千春様 普通預金 0381749）', text: `ご担当者様\n\n登録が完了しました。${sign}` });
    expect(d.rules).toContain('external-personal-bank-account');
  });
});

describe('a labour union named as an organisation', () => {
  const union = '\n\n__\n例示精機労働組合 書記\n岩田 拓\nTEL 046-000-7701\n';
  it('the union signing its own mail, its events and its officers are not anyone\'s membership', async () => {
    const order = await decide({ to: 'order@flowers.example', subject: '供花のご注文', text: `花工房 御中\n\n例示精機労働組合の岩田です。\n・故人：石川 正雄 様（当組合 委員長 石川 浩 のご尊父）\n・名札：「例示精機労働組合 執行委員会 一同」${union}` });
    expect(order.held).toBe(false);
    const minutes = await decide({ to: 'jinji@example-seiki.example', subject: '第3回団体交渉 議事録（案）', text: `坂井課長\n\n第3回団体交渉の議事録（案）を送ります。\n出席：会社側 人事部長 柳、組合側 委員長 石川、書記長 岩田\n${union}` });
    expect(minutes.held).toBe(false);
  });
  it("a named member's membership is still held", async () => {
    const d = await decide({ to: 'info@sharoushi.example', subject: 'ご相談', text: `先生\n\n製造二課の田村 健一さんは組合員で、先月組合に加入しました。${union}` });
    expect(d.findings.some((f) => f.category === 'sensitive.union' && f.confidence !== 'low')).toBe(true);
  });
});

describe('scores and grades of named people', () => {
  it('a pasted table of operators with their monthly scores is held; the same table without names is not', async () => {
    const named = await decide({
      to: 'cs@client.example',
      subject: '個人別スコア',
      text: `ご担当者様\n\n| 氏名 | 6月スコア | 前月 |\n|---|---|---|\n| 比嘉 美咲 | 61.5 | 64.0 |\n| 宮城 健 | 58.0 | 66.5 |\n${sign}`,
    });
    expect(named.held).toBe(true);
    expect(named.findings.some((f) => f.category === 'evaluation' && f.confidence === 'high')).toBe(true);
    const teams = await decide({
      to: 'cs@client.example',
      subject: 'チーム別スコア',
      text: `ご担当者様\n\n| チーム | 6月スコア | 前月 |\n|---|---|---|\n| Aチーム | 61.5 | 64.0 |\n| Bチーム | 58.0 | 66.5 |\n${sign}`,
    });
    expect(teams.held).toBe(false);
  });
});

describe('identifiers with weak labels', () => {
  it('a valid My Number under a bare 番号 label is held when the mail is about a 支払調書', async () => {
    const d = await decide({ to: 'info@tax-office.example', subject: '支払調書作成用の情報', text: `ご担当 井口様\n\n講師への謝金の支払調書作成用の情報です。\n　講師：佐久間 誠 様\n　番号：6894 4176 4950\n${sign}` });
    expect(d.rules).toContain('external-my-number');
  });
  it('the same digits as a parcel number (お問い合わせ番号) in a delivery notice are not', async () => {
    const d = await decide({ to: 'info@tax-office.example', subject: '書類発送のご連絡', text: `ご担当 井口様\n\n源泉徴収票の原本を本日発送しました。\nお問い合わせ番号：6894 4176 4950\n${sign}` });
    expect(d.rules).not.toContain('external-my-number');
  });
});

describe('words of the dictionaries', () => {
  it('a disease name is not read as a person (マイコプラズマ in a table of absence counts)', async () => {
    const d = await decide({
      to: 'kodomo@city.example',
      subject: '欠席状況のご報告',
      text: `ご担当者様\n\n| 学年 | 在籍 | インフルエンザ | マイコプラズマ |\n|---|---|---|---|\n| 1年 | 14 | 2 | 0 |\n| 2年 | 12 | 1 | 1 |\n${sign}`,
    });
    expect(d.held).toBe(false);
    expect(d.findings.some((f) => f.category === 'person_name' && f.confidence !== 'low')).toBe(false);
  });
  it("a named pupil's bullying in an interview record and a complainant touched by her manager are held", async () => {
    const pupil = await decide({
      to: 'sc@school.example',
      subject: '面談記録',
      text: `先生\n\n面談記録です。\n\n生徒：大塚 陽菜（2年3組）\n内容：同じクラスの生徒に仲間外れにされ、SNSに悪口を書き込まれている。${sign}`,
    });
    expect(pupil.held).toBe(true);
    const complainant = await decide({
      to: 'sophie@hr-partners.example',
      subject: 'Investigation support',
      text: 'Dear Sophie,\n\n- Complainant: Ms Arisa Fujinami, Tokyo office.\n- She reports that her line manager touched her repeatedly at the team dinner.\n\nBest,\nSanae',
    });
    expect(complainant.held).toBe(true);
  });
  it('crew named by rank under a sentence giving their religion are held', async () => {
    const d = await decide({
      to: 'provisions@chandler.example',
      subject: 'Provisions order',
      text: 'Dear team,\n\nThe following crew are Muslim and observe Ramadan this month:\n- Oiler Agus Setiawan\n- Wiper Dimas Saputra\n\nThanks,\nSanae Aoyama',
    });
    expect(d.rules).toContain('external-sensitive');
  });
});

describe('a forwarded record below an English signature', () => {
  it("the reporter's home address and private mobile in the quoted part are a third person's", async () => {
    const d = await decide({
      to: 'aaron@forensics.example',
      subject: 'FW: Hotline report',
      text: `Aaron,\n\nCould your team scope this?\n\nClaire\n\n--\nClaire Whitfield\nPartner\nExample Law LLP\nT +81 3 0000 4410\n\n> From: Compliance Hotline <hotline@client.example>\n> Subject: Hotline report #12\n>\n> Reporter: 野田 真一 (Accounts Payable)\n> Home: 埼玉県さいたま市浦和区岸町6-2-15\n> Private mobile: 080-0000-7264\n`,
    });
    expect(d.rules).toContain('external-third-person-contact');
  });
});

describe('older residuals of sets 35 and 36', () => {
  it("a person's dog bite and rabies shots named only in the subject are held; a dog's rabies shot is not a person's", async () => {
    const person = await decide({ to: 'assist@travel-ins.example', subject: '【ご相談】沢井 俊介様 渡航先での犬咬傷・狂犬病曝露後接種の継続について', text: `ご担当者様\n\n標記の件、費用のご負担範囲を確認させてください。${sign}` });
    expect(person.rules).toContain('external-sensitive');
    const dog = await decide({ to: 'info@pet-hotel.example', subject: 'ご予約の確認', text: `ご担当者様\n\nお預かりのポチ（柴犬）は今年の狂犬病予防注射と混合ワクチンを済ませています。${sign}` });
    expect(dog.rules).not.toContain('external-sensitive');
  });
  it('a card number in a JSON "pan" field of a log is a card number', async () => {
    const d = await decide({
      to: 'support@cloud.example',
      subject: 'Case 5590 – timeouts',
      text: 'Hello,\n\nThe raw log is attached.\n\nBest regards,\nSanae',
      attachments: [{ filename: 'pay.log', contentType: 'text/plain', content: '2026-06-19T03:14:07Z DEBUG req=7f3c payload={"pan":"4111111111111111","exp":"09/29","holder":"NAOMI KITA"}\n' }],
    });
    expect(d.rules).toContain('external-card-number');
  });
  it("a performer's diagnosis under her stage name in capitals is held; 体調不良 is not", async () => {
    const diagnosed = await decide({ to: 'brand@client.example', subject: 'CM撮影の件', text: `山根様\n\nHIKARI（森下）が先週、医師から適応障害の診断を受け、1月は休養します。${sign}` });
    expect(diagnosed.rules).toContain('external-sensitive');
    const unwell = await decide({ to: 'brand@client.example', subject: 'CM撮影の件', text: `山根様\n\nHIKARI（森下）が体調不良のため、1月は休養します。${sign}` });
    expect(unwell.rules).not.toContain('external-sensitive');
  });
});

describe('blind sets 41-44', () => {
  it('a drug name before its strength is not a person, and a vaccine product is not a case', async () => {
    const d = await decide({
      to: 'pharmacy@client.example',
      subject: '在庫のご案内',
      text: `お取引先 各位\n\n感染拡大に備え、以下の在庫を確保しました。\n　・バロキサビル マルボキシル錠20mg\n　・インフルエンザHAワクチン 0.5mL\n${sign}`,
    });
    expect(d.held).toBe(false);
    expect(d.findings.some((f) => f.category === 'person_name' && f.confidence !== 'low')).toBe(false);
  });
  it('ad copy under review is wording, not a case; a passage quoted from a report about someone is data', async () => {
    const copy = await decide({ to: 'marketing@client.example', subject: '原稿チェック', text: `ご担当者様\n\n・「糖尿病が改善」→ 疾病の治療効果を表す表現のためNG\n・体験談の「山野さん（62歳）」→ 同意書の確認を\n${sign}` });
    expect(copy.rules).not.toContain('external-sensitive');
    const report = await decide({ to: 'chousa@research.example', subject: '報告書について', text: `ご担当者様\n\n報告書の「対象者 川本 隼 氏の本籍地は○○市の同和地区であり」という記載について、削除をお願いします。\n${sign}` });
    expect(report.rules).toContain('external-sensitive');
  });
  it('organisations and posts named after a term (透析クリニック, 里親会, 保護観察所長, 患者受入体制) are nobody\'s record', async () => {
    const d = await decide({
      to: 'renkei@hospital.example',
      subject: '連携会議の次第',
      text: `ご担当者様\n\nみなと透析クリニックの吉岡です。\n・全国里親会 会長 菅田 芳江 様：記念講演\n・名古屋保護観察所長 挨拶\n・災害時の透析患者受入体制（消防局 佐々木係長）\n${sign}`,
    });
    expect(d.rules).not.toContain('external-sensitive');
  });
  it('a course module named after a condition is a topic', async () => {
    const d = await decide({ to: 'training@partner.example', subject: 'Curriculum', text: 'Dear Pak Budi,\n\n  Dementia care basics   24 h   Lead: Ms. Hayashi\n\nBest regards,\nKenta' });
    expect(d.rules).not.toContain('external-sensitive');
  });
  it("the writer's own mobile and a colleague's direct line of the same office are not a third person's", async () => {
    const mine = await decide({ to: 'k.hoshino@client.example', subject: 'Visit', text: 'Hoshino-san,\n\nAttendees from our side: Yusuke Aramaki and myself.\nMy mobile on the day: 080-0000-2290.\n\nBest regards,\nMariko' });
    expect(mine.rules).not.toContain('external-third-person-contact');
    const colleague = await decide({
      to: 't.endo@partner.example',
      subject: 'Handover',
      text: "Endo-san,\n\nYour account will be handled by my colleague Ms. Risa Onodera.\nRisa's contact: risa.onodera@example.co.jp / +81-3-5555-0193\n\nBest regards,\nKenji\n\n--\nKenji Morioka\nExample Cruises K.K.\nTel +81-3-5555-0190\nkenji.morioka@example.co.jp",
    });
    expect(colleague.rules).not.toContain('external-third-person-contact');
  });
  it('a roster of neighbours with address and landline on each line is held (the address does not swallow the phone)', async () => {
    const d = await decide({
      to: 'partner@research.example',
      subject: '訪問先リスト',
      text: `ご担当者様\n\n  1. 岸田 昌代　豊中市上野西2-4-11　06-6852-3371\n  2. 服田 幸雄　豊中市上野西2-4-15　06-6852-1409\n  3. 曽田 直美　豊中市上野西2-5-3　06-6841-2218\n  4. 庄田 徹　　豊中市上野西2-5-7　06-6841-3350\n  5. 千田 和子　豊中市上野西2-6-8　06-6841-7762\n${sign}`,
    });
    expect(d.rules).toContain('external-bulk-personal');
  });
  it('exam results of named applicants and a candidates table with dates of birth are held', async () => {
    const exam = await decide({ to: 'kondo@school.example', subject: '選考結果', text: `近藤先生\n\n| 受験番号 | 氏名 | 小論文（50） | 面接（50） | 合否 |\n|---|---|---|---|---|\n| S-1021 | 松岡 陽菜 | 41 | 44 | 合格 |\n| S-1023 | 藤田 美桜 | 22 | 31 | 不合格 |\n${sign}` });
    expect(exam.held).toBe(true);
    const shortlist = await decide({
      to: 'kubo@care.example',
      subject: 'Shortlist',
      text: 'Dear Mr. Kubo,\n\n Name                     DOB          JLPT   Japanese (JFT-Basic)\n Angelica Dela Cruz       2000-03-15   N3     231\n Mark Anthony Bautista    1997-10-02   N4     208\n Rhea Mae Villanueva      2001-06-27   N4     203\n John Paul Mendoza        1999-12-11   N3     225\n Shiela Marie Torres      2002-01-30   N4     201\n\nBest regards,\nMaria',
    });
    expect(shortlist.held).toBe(true);
  });
  it('a My Number alone under a line that names it, in a 年末調整 thread, is held', async () => {
    const d = await decide({ to: 'fukui@tax.example', subject: 'Re: 年末調整', text: `福井様\n\n年末調整の書類の回収は12日でお願いします。\n\n> 石田さん\n> 新しく入った岸田くんの番号、本人から聞いたので送ります。\n> 1549 2181 9142\n${sign}` });
    expect(d.rules).toContain('external-my-number');
  });
  it("interns listed in capitals under a sentence giving their religion are held; ラマダン is not a name", async () => {
    const d = await decide({ to: 'nagata@catering.example', subject: '寮の食事', text: `長田様\n\n下記の実習生がイスラム教徒のため、ハラール食をお願いします。\n\n・SITI NURHALIZA（女性）\n・AHMAD FAUZI\n${sign}` });
    expect(d.rules).toContain('external-sensitive');
    const general = await decide({ to: 'hasebe@care-home.example', subject: 'ラマダンについて', text: `長谷部施設長\n\nラマダンについて、一般的な情報をまとめました。ほかの施設にも同じ内容をお送りしています。\n${sign}` });
    expect(general.rules).not.toContain('external-sensitive');
  });
  it("a patient's knee injury named only in the subject of a referral is held", async () => {
    const d = await decide({ to: 'renkei@ortho.example', subject: 'ご紹介の件：佐野 律子様（右膝 半月板損傷の疑い）', text: `地域連携室 御中\n\n書類一式を明日郵送いたします。${sign}` });
    expect(d.rules).toContain('external-sensitive');
  });
});

describe('blind sets 45-48', () => {
  it('alerts, service names, skits and course titles are topics, not anyone\'s record', async () => {
    const alert = await decide({ to: 'info@nursery.example', subject: '配送時の対応', text: `井上園長\n\n保健所から感染性胃腸炎の注意報が出ていますので、配膳員の検温を続けます。\n${sign}` });
    expect(alert.rules).not.toContain('external-sensitive');
    const visit = await decide({ to: 'kitamura@group-home.example', subject: '訪問日の変更', text: `北村様\n\n明日予定していた退院後訪問指導ですが、担当の 水野 が体調不良のため、日程を変更させてください。\n${sign}` });
    expect(visit.rules).not.toContain('external-sensitive');
    const skit = await decide({ to: 'seian@police.example', subject: '講習会', text: `平野係長\n\n講師：生活安全課 平野係長\n当社からは小松が特殊詐欺の寸劇、私が進行を担当します。\n${sign}` });
    expect(skit.rules).not.toContain('external-sensitive');
    const course = await decide({ to: 'k.kumada@univ.example', subject: 'シラバス作成のお願い', text: `熊田先生\n\n「障害の理解II」（2年前期）のシラバス作成をお願いいたします。\n・関連科目：「認知症の理解」（長尾先生）\n${sign}` });
    expect(course.rules).not.toContain('external-sensitive');
  });
  it("a manuscript's line quoted for a check is fiction's; a school's or a PTA's account is an organisation's", async () => {
    const galley = await decide({ to: 'author@novelist.example', subject: '連載小説 ゲラのご確認', text: `柚木先生\n\n1. 「千代が肺を患って入院したのは昭和三十八年の冬」とありますが、第17回では「三十九年」です。\n挿絵は今回も宮本さんにお願いしています。\n${sign}` });
    expect(galley.rules).not.toContain('external-sensitive');
    const pta = await decide({ to: 'murai@print.example', subject: 'Re: ご請求書', text: `村井様\n\n返金は下記のPTA口座へお願いいたします。\n\n　横浜銀行 中原支店 普通 1042918\n　口座名義：ミナミダイショウガッコウピーティーエー\n${sign}` });
    expect(pta.rules).not.toContain('external-personal-bank-account');
  });
  it('suicidal ideation named in the subject and a pharmacogenomic result of a named subject are held', async () => {
    const eap = await decide({ to: 'doctor@occupational.example', subject: '【至急】中田 拓海さん 希死念慮の訴えあり（本日面談）', text: `中西先生\n\n本日の面談内容について、取り急ぎご報告です。${sign}` });
    expect(eap.rules).toContain('external-sensitive');
    const pgx = await decide({ to: 'sponsor@pharma.example', subject: 'PGx query', text: 'Dear Dr. Whitcombe,\n\nThe central lab report for Tomoko Arakawa (subject 0207-018) shows her as a CYP2C19 poor metaboliser.\n\nBest regards,\nMari' });
    expect(pgx.rules).toContain('external-sensitive');
  });
  it('a scores table whose header a single space parts, and a guest list with a year in a header, are read as tables', async () => {
    const scores = await decide({ to: 'konno@care.example', subject: '学内評価', text: `紺野様\n\n氏名　　　　　生活支援技術（筆記）　実技　出席率\n菅田 大輝　　　72　　　　　　　　　　B　　96%\n阿部 真奈　　　58　　　　　　　　　　C　　88%\n${sign}` });
    expect(scores.held).toBe(true);
    const guests = await decide({
      to: 'spa@partner.example',
      subject: 'VIP list',
      text: 'Dear Ayumi-san,\n\nThe list is attached.\n\nWarm regards,\nMina',
      attachments: [{ filename: 'vip.csv', contentType: 'text/csv', content: 'Guest,Mobile,Birthday,Stays 2024\nMr Richard Hale,+1 415 555 0172,1966-12-22,9\nMs Grace Lim,+65 9123 4470,1979-04-08,6\n' }],
    });
    expect(guests.held).toBe(true);
  });
  it('a patient list with each patient\'s medicine is medical data', async () => {
    const d = await decide({
      to: 'mr@pharma.example',
      subject: 'ご依頼の資料',
      text: `坂口様\n\n資料を添付いたします。${sign}`,
      attachments: [{ filename: 'patients.csv', contentType: 'text/csv', content: '患者ID,氏名,年齢,製剤,開始日\nA-07112,木田 陸斗,11,スギ舌下錠,2023/06/14\nA-08840,小川 茜,34,ダニ舌下錠,2024/01/22\n' }],
    });
    expect(d.rules).toContain('external-sensitive');
  });
});

describe('blind sets 49-52', () => {
  it('employment-insurance numbers under a bare 被保険者番号 in a 資格喪失 mail are identity numbers', async () => {
    const d = await decide({ to: 'info@sharoushi.example', subject: '資格喪失届の件', text: `村田先生\n\n雇用保険資格喪失手続きをお願いいたします。\n 1. 森田 大地   被保険者番号 2207-318846-1  離職日 7/31\n${sign}` });
    expect(d.rules).toContain('external-identity-document');
  });
  it('a juvenile hearing, a threatened preterm labour and an anxiety disorder of named people are held', async () => {
    const juvenile = await decide({ to: 'media@league.example', subject: 'Re: Lee Jun-ho - family court (juvenile) hearing on 3/14', text: 'Hi,\n\nNoted, thank you.\n\nBest,\nRina' });
    expect(juvenile.rules).toContain('external-sensitive');
    const labour = await decide({ to: 'perinatal@hospital.example', subject: '田島 美咲様(34) 切迫早産29週 母体搬送受入れのご相談', text: `周産期センター 先生\n\n折り返しご連絡をお願いいたします。${sign}` });
    expect(labour.rules).toContain('external-sensitive');
    const anxiety = await decide({ to: 'megan@sponsor.example', subject: 'Absence', text: 'Hi Megan,\n\nKaito (Kaito Mizuno) was diagnosed with generalized anxiety disorder last month.\n\nBest regards,\nDaniel' });
    expect(anxiety.rules).toContain('external-sensitive');
  });
  it("a neighbour's complaint with her flat number and mobile is a third person's, not a department's", async () => {
    const d = await decide({ to: 'office@kanri.example', subject: '騒音の苦情', text: `管理事務所 御中\n\n 申出者:C棟 604号室 三宅 由香 様(携帯 090-0000-7163)\n 内容:深夜に足音が続いている。\n${sign}` });
    expect(d.rules).toContain('external-third-person-contact');
  });
  it("a story's characters (主人公ゆうた, お母さん), lecture titles and the writer's own introduction tie nothing to anyone", async () => {
    const story = await decide({ to: 'editor@books.example', subject: '読書会', text: `堀様\n\n物語の、主人公ゆうたがクラスでいじめられ、お母さんが入院して一人で過ごす場面を読みます。\n${sign}` });
    expect(story.rules).not.toContain('external-sensitive');
    const lectures = await decide({ to: 'kenshu@center.example', subject: '講座プログラム', text: `ご担当者様\n\n第1回 「DVの構造と被害者心理」講師：臨床心理士 竹田 陽子 氏\n第2回 「保護命令と離婚の法律」講師：弁護士 桜田 亜紀 氏\n${sign}` });
    expect(lectures.rules).not.toContain('external-sensitive');
    const notice = await decide({ from: '岡田 洋平 <sender@example.co.jp>', to: 'info@pharmacy.example', subject: '面会制限のお知らせ', text: `薬局 御中\n\nさくら台クリニックの岡田です。\n地域でインフルエンザの感染が広がっている状況を受け、面会制限を実施します。\n${sign}` });
    expect(notice.rules).not.toContain('external-sensitive');
  });
});

describe("the addressee's own data, sent to them", () => {
  const clinic = '\n\n****\nあおば通り整骨院 受付\n長谷部 ちひろ\nTEL 022-555-0318\n';
  it('a treatment named beside the writer (長谷部です, a 部 surname) and the staff member 担当 鳴海 is tied to neither', async () => {
    const text = `石川 里奈 様\n\nいつもご来院ありがとうございます。あおば通り整骨院の長谷部です。\nご依頼の領収書をお送りします。\n・11月の施術：右足関節捻挫（計6回）\n・次回のご予約：12月4日（木）18:30〜 担当 鳴海\nランニング再開は鳴海と相談しながらにしましょうね。${clinic}`;
    const own = await decide({ from: '長谷部 ちひろ <sender@example.co.jp>', to: '石川 里奈 <rina.ishikawa@gmail.com>', subject: '領収書の再発行', text });
    expect(own.rules).not.toContain('external-sensitive');
    // The same lines naming the patient in the sentence of the treatment: tied to her, held.
    const named = await decide({ from: '長谷部 ちひろ <sender@example.co.jp>', to: 'info@insurer.example', subject: '施術内容のご報告', text: text.replace('・11月の施術：', '・石川 里奈 様の11月の施術：').replace('石川 里奈 様\n\n', '保険会社 ご担当者様\n\n') });
    expect(named.rules).toContain('external-sensitive');
  });
  it("an estimate for treatment (岡田様) to 岡田 誠 himself is his own; to someone else it is held", async () => {
    const mail = { subject: 'インプラント治療のお見積り（岡田様）', text: `先日はご来院ありがとうございました。\nお見積りを添付いたします。${sign}` };
    const own = await decide({ ...mail, to: '岡田 誠 <makoto.okada@gmail.com>' });
    expect(own.rules).not.toContain('external-sensitive');
    const other = await decide({ ...mail, to: '西村 涼子 <ryoko.nishimura@gmail.com>' });
    expect(other.rules).toContain('external-sensitive');
  });
});

describe('blind sets 53-56', () => {
  it("a vet's referral is about the animal patient, also where the owner wants treatment; the owner's own infection is held", async () => {
    const referral = await decide({
      to: 'oncology@vet-center.example',
      subject: 'ご紹介：脾臓腫瘤の精査のお願い',
      text: `腫瘍科 松岡先生\n\n下記の症例について、精査と治療方針のご相談をお願いしたくご紹介いたします。\n\n　患者：ココ（柴犬、避妊雌、9歳）\n　飼い主：田村様\n　経過：脾臓に腫瘤、血管肉腫を疑う\n\n飼い主様は手術を含めた積極的な治療を希望されています。\n${sign}`,
    });
    expect(referral.rules).not.toContain('external-sensitive');
    const owner = await decide({ to: 'kansensho@hokenjo.example', subject: '飼い主 井上 隆 様（68歳）SFTS発症の疑い―飼い猫からの感染可能性について', text: `ご担当者様\n\n標記の件、ご連絡いたします。${sign}` });
    expect(owner.rules).toContain('external-sensitive');
  });

  it("a politician's support group as the party one deals with is no one's politics; a named member's is", async () => {
    const venue = await decide({
      to: '後援会 事務局 平井 <jimukyoku@koenkai.example>',
      subject: '新春の集い 会場仮予約',
      text: `早瀬りゅういち後援会 事務局\n平井 様\n\nご来賓：衆議院議員 早瀬 隆一 先生\n演台・垂れ幕の文言は後援会様からご指示ください。\n請求書の宛名は「早瀬りゅういち後援会」でよろしいでしょうか。${sign}`,
    });
    expect(venue.rules).not.toContain('external-sensitive');
    const member = await decide({ to: 'hr@client.example', subject: '採用候補者について', text: `人事ご担当者様\n\n採用候補者の山田 花子さんは早瀬りゅういち後援会に入会しているとのことです。${sign}` });
    expect(member.rules).toContain('external-sensitive');
  });

  it('a 宗教法人 as a contract party, with its 代表役員 and 所在地, is a corporation', async () => {
    const d = await decide({
      to: 'kishi@lease.example',
      subject: '複合機リース契約の更新',
      text: `岸 様\n\nリース契約の更新をお願いいたします。\n\n　契約者名：宗教法人 浄光寺\n　代表役員：藤堂 慈海\n　法人番号：7010505000812\n　所在地　：東京都台東区谷中6-2-15\n${sign}`,
    });
    expect(d.rules).not.toContain('external-sensitive');
    expect(d.rules).not.toContain('external-third-person-contact');
  });

  it('counts in minutes, history before 1926 and a quoted rule tie no term to the people named near them', async () => {
    const minutes = await decide({ to: 'horiuchi@clinic.example', subject: '感染対策委員会 議事録', text: `堀内先生\n\n出席：施設長、木下事務長、田中（看護）\n\n1. 5月の発生状況\n　・感染性胃腸炎疑いで個室対応（隔離）した件数 2件、いずれも5日以内に解除\n${sign}` });
    expect(minutes.rules).not.toContain('external-sensitive');
    const history = await decide({ to: 'editor@print.example', subject: 'コラム原稿', text: `吉川様\n\n日本では、北里柴三郎が1890年に破傷風菌の抗毒素を発見し、血清療法の道を開きました。\n天然痘は1980年に根絶が宣言されました。人類が感染症に勝った、初めての例です。\n${sign}` });
    expect(history.rules).not.toContain('external-sensitive');
    const rule = await decide({ to: 'chair@residents.example', subject: '集会室利用申込', text: `宮内理事長\n\n候補予定者 田辺 まさと 氏の事務所から申込がありました。\n使用細則では「政治・宗教・営利を目的とする利用は理事会の承認を要する」とされております。\n${sign}` });
    expect(rule.rules).not.toContain('external-sensitive');
  });

  it("an owners' association (KANRI KUMIAI) or a current account is a business's account", async () => {
    for (const lines of ['  Beneficiary : GRAND FORT SAGAMI-ONO KANRI KUMIAI\n  Bank        : Hibari Bank, Sagami-Ono Branch\n  Account no. : 5517380 (ordinary savings)', '  Bank: Marunouchi Global Bank, Head Office Branch, Current 1056832 (SWIFT MGBKJPJT)']) {
      const d = await decide({ to: 'owner@gmail.com', subject: 'Payment details', text: `Dear Mr. Chen,\n\nPlease pay by bank transfer to:\n${lines}\n\nBest regards,\nKazuya Suzuki` });
      expect(d.rules).not.toContain('external-personal-bank-account');
    }
  });

  it("a passport in aligned key:value lines, a My Number in brackets after a name for 支払調書, a statement's maker and a diabetic passenger are held", async () => {
    const passport = await decide({ to: 'dispatch@courier.example', subject: 'Delivery request', text: 'Hello,\n\n  Passenger  : Mr. Daniel HOFFMANN\n  Passport   : C4TK82J19 (Germany)\n  Deliver to : Hotel Mirador, room 1718\n\nThanks,\nEmily' });
    expect(passport.rules).toContain('external-identity-document');
    const myNumber = await decide({ to: 'iizuka@tax.example', subject: 'Re: 支払調書の未回収分', text: `飯塚様\n\n未回収の1名分、ご本人から回答がありました。\n　桐山 真央（721294939538）\nこちらで支払調書の作成をお願いいたします。${sign}` });
    expect(myNumber.rules).toContain('external-my-number');
    const statement = await decide({
      to: 'translator@gmail.com',
      subject: 'Job BL-3517',
      text: 'Hi,\n\nThe source file is attached.\n\nRahul',
      attachments: [{ filename: 'source.txt', contentType: 'text/plain', content: 'STATEMENT OF THE APPLICANT\nI, Bilal Ahmad Chaudhry, born 12 March 1990, make this statement.\n1. I am a member of the Ahmadiyya Muslim community.\n' }],
    });
    expect(statement.rules).toContain('external-sensitive');
    const diabetic = await decide({ to: 'dispatch@courier.example', subject: 'URGENT - insulin in delayed bag - pax NAKAMURA Hiroshi (Type 1 diabetic)', text: 'Hi,\n\nPlease put this file on the first run.\n\nThanks,\nEmily' });
    expect(diabetic.rules).toContain('external-sensitive');
  });
});

describe('older misses mended in stop 21', () => {
  const en = (to: string, subject: string, text: string) => decide({ to, subject, text: `${text}\n\nKind regards,\nYuko Matsuda` });
  it('a hospital or police station marked (fictional) is a made-up place, not a story: the people in the report stay real', async () => {
    const injury = await en('claims@pandi.example', 'crew injury', 'Dear Capt. Noda,\n\nCrew member: Mr. Andrius Kalnins, 2nd Engineer\nTreatment: taken by ambulance to Kobe Minato Central Hospital (fictional). X-ray shows a fracture; surgery planned.\nHe also has type 2 diabetes on medication.');
    expect(injury.rules).toContain('external-sensitive');
    const custody = await en('ops@manning.example', 'crew member detained', 'Dear Mr. Villareal,\n\nAB Noel REYES remains in custody at Kobe Mizujo Police Station (fictional). Police told us he is being investigated for assault after a fight.');
    expect(custody.rules).toContain('external-sensitive');
    // A story still is one: its characters' illnesses are nobody's.
    const story = await en('editor@books.example', 'Manuscript', 'Dear Editor,\n\nAll characters in this novel are fictional. In chapter 3, Anna Weber is diagnosed with cancer.');
    expect(story.rules).not.toContain('external-sensitive');
  });
  it("Liam O'Connor's fracture, a player's ADHD medication (his psychiatrist) and a shelter's roster with where each went are held", async () => {
    const patrol = await en('dispatch@taxi.example', 'Fwd: Patrol report', "Hello,\n\n14:05 – Liam O'Connor (Room 512, Irish, 34) fell on the course. Suspected fracture of the right tibia.");
    expect(patrol.rules).toContain('external-sensitive');
    const adhd = await en('alex@sponsor.example', 'Line-up change', 'Hi Alex,\n\nYuto Mori asked to skip the shoot. His psychiatrist changed his ADHD medication and he has had bad side effects.');
    expect(adhd.rules).toContain('external-sensitive');
    const roster = await decide({
      to: 'center@city.example',
      subject: '10月分 実績報告',
      text: `ご担当者様\n\n実績を添付にてご報告いたします。${sign}`,
      attachments: [{ filename: 'jisseki.csv', contentType: 'text/csv', content: 'No,氏名,年齢,入所日,退所先\n1,川口 沙耶,34,2024/10/21,（入所中）\n2,平田 亜希子,46,2024/09/12,千葉県船橋市 民間アパート（前原西2丁目）\n3,小西 真央,22,2024/10/08,実家（静岡県沼津市）\n' }],
    });
    expect(roster.rules).toContain('external-third-person-contact');
  });
});

describe('blind sets 57-60', () => {
  it("a My Number written after its label is held even when its check digit does not match; Type 1 diabetic, 帰化 and a cosmetic complication of named people are held", async () => {
    const labelled = await decide({ to: 'kazei@city.example.jp', subject: '就学援助 所得照会（個人番号 602895661972 ／転入世帯）', text: `ご担当者様\n\n照会書を郵送いたしました。${sign}` });
    expect(labelled.rules).toContain('external-my-number');
    const origin = await decide({ to: 'miura@agency.example', subject: 'ご縁について', text: `三浦様\n\n金子様のお父様は中国・大連のご出身で、金子 美玲様が小学生のときにご家族で日本に帰化されたそうです。${sign}` });
    expect(origin.rules).toContain('external-sensitive');
    const complication = await decide({ to: 'katagiri@clinic.example', subject: '【至急ご相談】松井 沙耶香様 ヒアルロン酸注入後の皮膚壊死疑い', text: `片桐先生\n\n本日16時頃にご本人が伺います。${sign}` });
    expect(complication.rules).toContain('external-sensitive');
  });

  it('names as English mail writes them: DANG QUOC BAO (Class B1) was arrested, a roommate AUNG KYAW MIN, Thomas GIRARD, Yuto Kawabata (DOB …) – admitted', async () => {
    const en = (subject: string, text: string) => decide({ to: 'agent@partner.example', subject, text: `${text}\n\nBest regards,\nKenji Matsuda` });
    expect((await en('Urgent', 'Dear Ms. Vo,\n\nDANG QUOC BAO (Class B1) was arrested by the police on 24 October.')).rules).toContain('external-sensitive');
    expect((await en('Re: dormitory', "Dear Mr. Park,\n\nMin-seok's roommate, AUNG KYAW MIN from Myanmar, was diagnosed with measles on Saturday.")).rules).toContain('external-sensitive');
    expect((await en('Confidential', 'Dear Ms. Dubois,\n\nYour exchange student Thomas GIRARD (ID 25X0087) was arrested for shoplifting.')).rules).toContain('external-sensitive');
    expect((await en('Yuto Kawabata (DOB 14/03/2006) – admitted with acute appendicitis, Brisbane', 'Dear Team,\n\nPlease confirm the guarantee of payment.')).rules).toContain('external-sensitive');
  });

  it('a CSV whose header has a year in a column name (GPA_AY2025) is read as a table of people', async () => {
    const d = await decide({
      to: 'office@scholarship.example',
      subject: 'Renewal list',
      text: 'Dear Office,\n\nPlease find attached our list.\n\nYu Hasegawa',
      attachments: [{ filename: 'list.csv', contentType: 'text/csv', content: 'student_id,name,GPA_AY2025,annual_family_income_JPY\n23G1107,LE VAN HUNG,3.42,1100000\n24G1013,SHRESTHA ANJALI,3.81,780000\n22U0451,WANG ZIHAN,2.61,2400000\n' }],
    });
    expect(d.held).toBe(true);
    expect(d.findings.some((f) => f.category === 'person_name' && f.confidence === 'high')).toBe(true);
  });

  it("a job's pay scale, a trial's patients as a class, a late doctor named again, a 宗教法人's taxes, a city's public account and the writer's own number given again are nobody's data", async () => {
    const ad = await decide({ to: 'info@sato-koumuten.example', subject: '求人原稿の校正', text: `総務ご担当 様\n\n先日の打合せで佐藤社長からお伺いした内容をもとに、原稿を作成しました。\n　給与：月給 30万円〜45万円\n　給与：日給 11,000円〜\n${sign}` });
    expect(ad.rules).not.toContain('external-third-person-contact');
    const trial = await decide({ to: 'chiken@hospital.example', subject: '審査資料の送付', text: `治験事務局 御中\n\n試験名：中等症〜重症喘息患者を対象としたTLS-405の第III相試験\n治験責任医師の桐生先生には、本日別途ご説明済みです。${sign}` });
    expect(trial.rules).not.toContain('external-sensitive');
    const condolence = await decide({ to: 'jimukyoku@ishikai.example', subject: '故 大槻先生のご葬儀について', text: `事務局 御中\n\n大槻 正三 先生（元会長）のご逝去の報に接し、謹んでお悔やみ申し上げます。\n地域の先生方を紹介してくださったのが大槻先生でした。心療内科がまだ理解されていなかった頃のことです。${sign}` });
    expect(condolence.rules).not.toContain('external-sensitive');
    const temple = await decide({ to: 'jimusho@temple.example', subject: '申告スケジュール', text: `寺務所 御中\n（責任役員 川村 様）\n\n宗教法人の場合、お布施などの宗教活動による収入は課税されませんが、駐車場は収益事業です。${sign}` });
    expect(temple.rules).not.toContain('external-sensitive');
    const city = await decide({ to: 'soumu@client.example', subject: 'テキスト代のお振込み', text: `総務部 西田 様\n\n　振込先：南川信用金庫 本店営業部　普通預金　0312457\n　口座名義：南川市会計管理者（ミナミカワシ カイケイカンリシャ）\n${sign}` });
    expect(city.rules).not.toContain('external-personal-bank-account');
    const school = await decide({ to: 'apply@agent.example', subject: 'Tuition', text: 'Dear Ms. Thapa,\n\n  Beneficiary: Gakko Hojin Sakura Gakuen\n  Bank: Tokyo Sakura Bank, Takadanobaba Branch\n  SWIFT/BIC: TSKRJPJT\n  Account type: Ordinary (futsu)\n  Account No.: 0738215\n\nAkiko Kobayashi' });
    expect(school.rules).not.toContain('external-personal-bank-account');
    const ownNumber = await decide({
      from: '村田 沙織 <sender@example.co.jp>',
      to: 'ogawa@print.example',
      subject: 'チラシ原稿の修正',
      text: '小川様\n\nみどりが丘眼科病院の村田です。\n来賓挨拶：「町田市長 石田 宏之 様（予定）」に差し替え\n申込方法：電話（042-000-7100）に加えて、WEBフォームのQRコードを入れてください。\n\n──────\nみどりが丘眼科病院　総務課\n村田 沙織　Saori Murata\n0-3-1 Midorigaoka, Machida, Tokyo 194-0000 Japan\nTEL 042-000-7100\n──────',
    });
    expect(ownNumber.rules).not.toContain('external-third-person-contact');
  });

  it('a late relative does not hide a living brother of the same surname', async () => {
    const d = await decide({ to: 'hoshi@legal.example', subject: 'Fw: 兄の署名', text: `星先生\n\n故 中島 ハル様の相続の件です。\n兄の中島 剛が詐欺罪で懲役3年の判決を受け、現在服役しています。${sign}` });
    expect(d.rules).toContain('external-sensitive');
  });
});

describe('blind sets 61-64', () => {
  it("the sender's own numbers and colleagues thanked by name are business, not a third person's contact", async () => {
    const condolence = await decide({
      from: 'Daniel Okafor <daniel.okafor@example.co.jp>',
      to: 'watanabe@partner.example',
      subject: 'Condolences',
      text: 'Dear Watanabe-san,\n\nWe were deeply saddened to learn of the passing of Mr Shoichi Kuroda, founder of Hope Asia Network.\n\nWith deepest sympathy,\n\nDaniel Okafor\nPartnerships Officer\nBridgeway Relief International (Tokyo)\n+81 3 5217 4415 | daniel.okafor@example.co.jp\nX: @BridgewayTokyo\n',
    });
    expect(condolence.rules).not.toContain('external-third-person-contact');
    const successor = await decide({ to: 'renkei@hospital.example', subject: '異動のご挨拶', text: `地域連携室 御中\n\n在任中は、退院調整の件で 岩田様をはじめ地域連携室の皆様に本当に助けていただきました。\n後任は野村（TEL 045-000-0003（進路指導室直通））が務めます。${sign}` });
    expect(successor.rules).not.toContain('external-third-person-contact');
  });

  it("a room's name, a corporation's abbreviated account name and an offer letter's signer are not the private reader's third persons", async () => {
    const booking = await decide({ to: '山本 彩 <aya.yamamoto@gmail.com>', subject: 'ご予約の確認', text: `山本 彩 様\n\nご予約ありがとうございます。\n　お部屋：ベイビューツイン（禁煙）1室 2名様\n　ご連絡先：090-0000-7315\n${sign}` });
    expect(booking.rules).not.toContain('external-third-person-contact');
    const donation = await decide({ to: 'csr@donor.example', subject: 'ご寄付のお礼', text: `ご担当者様\n\nご寄付の振込先は以下のとおりです。\n　ちば中央銀行 県庁前支店 普通 1234527\n　口座名義：シャ）サザンクロスシエンセンター\n${sign}` });
    expect(donation.rules).not.toContain('external-personal-bank-account');
    const offer = await decide({
      to: 'sofia.marin@gmail.com',
      subject: 'Offer letter',
      text: 'Dear Sofia,\n\nPlease find your offer letter attached.\n\nDaniel',
      attachments: [{ filename: 'offer.txt', contentType: 'text/plain', content: 'OFFER OF EMPLOYMENT\nPosition: Programme Officer\nStart date: 1 April 2026 | Salary: JPY 6,000,000 per annum\nSigned: Dr Aisha Rahman, Country Director\n' }],
    });
    expect(offer.rules).not.toContain('external-third-person-contact');
  });

  it('anonymised cases, classes of pupils, vaccine doses in a schedule and wheelchair seats are about nobody in particular', async () => {
    const minutes = await decide({ to: 'members@council.example', subject: '連絡協議会 議事録', text: `各位\n\n出席：県警 犯罪被害者支援室 佐伯 様、地検 被害者支援員 森 様\n\n事例検討（匿名化済み）\n・20代女性、性犯罪被害。事情聴取から公判まで4機関が関与し、説明の重複が本人の負担となった。\n${sign}` });
    expect(minutes.rules).not.toContain('external-sensitive');
    const course = await decide({ to: 'teachers@school.example', subject: '研修のご案内', text: `各位\n\n講師：大学教授 野村 聡 氏\n内容：発達障害のある児童生徒への合理的配慮の具体例\n${sign}` });
    expect(course.rules).not.toContain('external-sensitive');
    const vaccines = await decide({ to: 'hr@client.example', subject: '接種日程', text: `ご担当者様\n\n国際診療センターの岡田です。\n　11月2日（土）A型肝炎①・B型肝炎①・破傷風 12名\n　12月7日（土）A型肝炎②・B型肝炎② 12名\n${sign}` });
    expect(vaccines.rules).not.toContain('external-sensitive');
    const seats = await decide({ to: 'kawano@promoter.example', subject: '利用状況', text: `河野様\n\n障害者割引・車椅子席の利用状況をまとめました。\n\n公演　　障害者割引　車椅子席\n札幌　　 42枚　　　 6席\n横浜　　 88枚　　　12席\n\n横浜は車椅子席が残り2席です。${sign}` });
    expect(seats.rules).not.toContain('external-sensitive');
  });

  it('a leaked sample of customers at example.com, 要介護2・パーキンソン病 in a subject, practising Muslims, a Main occupant with DOB 22/07/1981 and a debtors table are held', async () => {
    const leaked = await decide({ to: 'security@vendor.example', subject: '顧客情報流出の疑い', text: `ご担当者様\n\nダークウェブ上で、依頼元の顧客情報とみられるデータが\nサンプルとして公開されていることを確認しました。先頭の数件は以下のとおりです。\nuser_id,name,email,tel\n100231,小島 美咲,misaki.kojima@example.com,090-0000-1123\n100232,長尾 健一,k.nagao@example.net,080-0000-2234\n100233,菊地 麻衣,mai.kikuchi@example.org,070-0000-3345\n${sign}` });
    expect(leaked.held).toBe(true);
    const subject = await decide({ to: 'soudan@care.example', subject: 'ショートステイ空き照会：佐藤 清様（要介護2・パーキンソン病）7/8〜7/12', text: `相談員 様\n\n空き状況をお知らせください。${sign}` });
    expect(subject.rules).toContain('external-sensitive');
    const faith = await decide({ to: 'ken@agent.example', subject: 'House hunting', text: 'Hi Ken,\n\n - Mr. Omar Haddad and his wife are practising Muslims. They pray five times a day.\n\nEmily' });
    expect(faith.rules).toContain('external-sensitive');
    const occupant = await decide({ to: 'apply@housing.example', subject: 'Housing application', text: 'Dear Team,\n\nMain occupant: Daniel Chukwuemeka Okafor DOB: 22/07/1981 Nationality: Nigeria\nMobile: 080-9924-0157\n\nEmily' });
    expect(occupant.rules).toContain('external-third-person-contact');
    const debtors = await decide({ to: 'chair@gmail.com', subject: '滞納状況', text: `理事長 様\n\n部屋　氏名　　　　　滞納月数　滞納額（円）　備考\n102　佐久間 正樹　　 3か月　　 97,500　　電話つながらず\n208　長尾 裕美　　　 2か月　　 64,200　　分納の申し出あり\n305　村田 康弘　　　 7か月　　243,600　　内容証明送付済\n411　三好 幸恵　　　 1か月　　 32,100\n506　金井 直人　　　 4か月　　130,800\n${sign}` });
    expect(debtors.rules).toContain('external-third-person-contact');
  });
});

describe('blind sets 65-68', () => {
  it("a doctor seen 'with Dr. …', a health-check package on an invoice, a chamber's signature with its web address and a discharge count are nobody's data", async () => {
    const appointment = await decide({ to: 'emma.clarke@gmail.com', subject: 'Your appointment', text: 'Dear Ms. Clarke,\n\nThis confirms your appointment with Dr. Whitfield:\nDate: Friday 14 June, 9:00\nVisit: annual health check with blood tests\nPlease fast from midnight.\n\nBayside International Clinic' });
    expect(appointment.rules).not.toContain('external-sensitive');
    const invoice = await decide({ to: 'ap@client.example', subject: 'Invoice', text: 'Dear Accounts,\n\nDescription: Executive health check package x 2 (May)\nPayee: Bayside International Clinic\n\nBest regards,\nAnna' });
    expect(invoice.rules).not.toContain('external-sensitive');
    const chamber = await decide({
      from: 'Katrin Vogel <k.vogel@example.co.jp>',
      to: 'office@member.example',
      subject: 'Condolences',
      text: 'Dear Mr. Oberhofer,\n\nWe were saddened to learn that your father, Mr. Anton Oberhofer, founder of Oberhofer GmbH, passed away.\n\nKind regards,\n\nKatrin Vogel\nExecutive Director\nDanube Chamber of Commerce in Japan\nT +81-3-6261-4470 | M +81-90-0000-8812\nwww.example.co.jp\n--\nConnecting Central Europe and Japan since 1994.\n',
    });
    expect(chamber.rules).not.toContain('external-third-person-contact');
    const minutes = await decide({ to: 'members@council.example', subject: '議事録', text: `各位\n\n出席：松本委員（北浜市家族会）\n・長期入院者（1年以上）の退院者数：今年度上半期 12人。\n${sign}` });
    expect(minutes.rules).not.toContain('external-sensitive');
  });

  it("a vice-chair's surgery, FA Yui Tanaka's COVID-19, our intern Mei Tanaka's positive test, 不法就労 of a named student and a believer's role are held", async () => {
    const chair = await decide({ to: 'gijika@city.example.jp', subject: '【ご連絡】行政視察 参加者変更（石黒副委員長：胃がん手術のため欠席）', text: `ご担当 様\n\n参加者が1名減となりました。${sign}` });
    expect(chair.rules).toContain('external-sensitive');
    const crew = await decide({ to: 'crewops@handling.example', subject: 'AS801 – crew change: FA Yui Tanaka (COVID-19 positive) replaced by FA Kana Mori', text: 'Dear Crew Ops,\n\nPlease note the crew change.\n\nDaniel' });
    expect(crew.rules).toContain('external-sensitive');
    const intern = await decide({ to: 'mori@member.example', subject: 'Follow-up', text: 'Dear Mori-san,\n\nOur intern, Mei Tanaka, who took the minutes, tested positive for COVID-19 yesterday evening.\n\nBest,\nLukas' });
    expect(intern.rules).toContain('external-sensitive');
    const student = await decide({ to: 'maruyama@gyosei.example', subject: '留学生 グエン・ヴァン・ナム君 資格外活動違反（不法就労）の件', text: `丸山先生\n\n明日のお打合せでご相談させてください。${sign}` });
    expect(student.rules).toContain('external-sensitive');
    const believer = await decide({ to: 'd.reyes@risk.example', subject: 'EDD second opinion', text: 'Dear Daniel,\n\nClient: Ms. Keiko Shimada (age 63)\nHer explanation: she is a long-standing believer and a regional leader of Seimei no Hikari Kyodan.\n\nRina' });
    expect(believer.rules).toContain('external-sensitive');
  });

  it("an invoice's beneficiary named on the line after 'stated on your invoice:' holds the account", async () => {
    const d = await decide({ to: 'ar@vendor.example', subject: 'Re: Invoice PCS-2025-0614', text: 'Dear Ms. Santos,\n\nWe will remit to the beneficiary account stated on your invoice:\n  Pacific Contact Solutions Inc.\n  Harbor Union Bank, Makati Main Branch, SWIFT HUBKPHMM\n  Account no. 1020-3344-5566\n\nBest regards,\nSaki Todo' });
    expect(d.rules).not.toContain('external-personal-bank-account');
  });
});

describe('blind sets 69-72', () => {
  it("a pharmacy company's name with 調剤, a manual's example patient, a word the text also writes as …剤, a rule that diagnoses are not written and an office's account are nobody's data", async () => {
    const malware = await decide({ to: 'hoshu@netguard.example', subject: '受付PCのウイルス感染疑い', text: `保守窓口 ご担当者様\n\n（担当の江藤様にもご共有ください）\nさくら調剤ホールディングスの北村です。\n本日、駅前店の受付PCでウイルス感染の疑いがあり、ネットワークから隔離しました。${sign}` });
    expect(malware.rules).not.toContain('external-sensitive');
    const profile = await decide({ to: 'renkei@clinic.example', subject: '薬局概要', text: `在宅医療部 ご担当者様\n\n薬局概要をお送りします。${sign}`, attachments: [{ filename: 'gaiyou.txt', contentType: 'text/plain', content: '薬局概要\n名称：さくら薬局 本町店\n開設者：株式会社さくら調剤ホールディングス\n管理薬剤師：北川 恵\n在宅対応：無菌調剤あり、24時間対応\n' }] });
    expect(profile.rules).not.toContain('external-sensitive');
    const manual = await decide({ to: 'support@vendor.example', subject: '受付マニュアル', text: `導入支援 ご担当者様\n\n受付マニュアルをお送りします。${sign}`, attachments: [{ filename: 'manual.txt', contentType: 'text/plain', content: '受付マニュアル\n\n新患受付\n・レセコンでカルテ番号が自動採番されることを確認\n・例）カルテNo. 0012345 ／ 氏名：ほしの 花子（テスト患者）\n' }] });
    expect(manual.rules).not.toContain('external-sensitive');
    const cleaning = await decide({ to: 'genba@clean.example', subject: '清掃手順の改訂', text: `現場責任者様\n\n改訂した清掃手順です。${sign}`, attachments: [{ filename: 'tejun.txt', contentType: 'text/plain', content: '清掃手順\n・待合室：1日2回、清拭剤で清拭（委託業者様）\n・具体的な患者名・病名は清掃記録に記載しない。\n' }] });
    expect(cleaning.rules).not.toContain('external-sensitive');
    const invoice = await decide({ to: 'keiri@koumuten.example', subject: '報酬のご請求', text: `経理ご担当者様\n\n請求書を添付いたします。${sign}`, attachments: [{ filename: 'seikyu.txt', contentType: 'text/plain', content: '請求書\nかえで司法書士事務所 代表司法書士 三浦 誠\nお振込先：みどり銀行 本町支店 普通 7654321\n　　　　　口座名義 カエデシホウショシジムショ\n' }] });
    expect(invoice.rules).not.toContain('external-personal-bank-account');
  });

  it("a notice of working conditions sent to the temp worker herself names the client's managers by department and post, not third persons", async () => {
    const d = await decide({
      to: '川口 さやか <sayaka.k.77@mail.example>',
      subject: '就業条件明示書の送付',
      text: `川口 さやか 様\n\n7月からの就業条件明示書をお送りします。時給が上がっていますのでご確認ください。${sign}`,
      attachments: [{ filename: 'meijisho.txt', contentType: 'text/plain', content: '就業条件明示書\n派遣労働者氏名：川口 さやか 殿\n派遣先：みなと化成株式会社 製造管理課\n指揮命令者：製造管理課 課長 水田 剛\n賃金：時給 1,450円\n派遣元責任者：中山 彩 052-000-8811\n派遣先責任者：総務課 課長 吉川 和彦 052-000-4400\n苦情処理申出先：派遣元 管理本部 堀田 雅人 052-000-8820\n' }],
    });
    expect(d.rules).not.toContain('external-third-person-contact');
  });

  it("a list of election candidates with a 党派 column passes; the same names with a 支持政党 column are held", async () => {
    const rows = (col: string) => `届出順\t氏名\t年齢\t${col}\t経歴\n1\t相川 浩一\t58\t自民\t県議3期\n2\t本田 加奈子\t47\t立民\t元NPO法人代表\n3\t笹本 拓\t39\t維新\t会社役員\n4\t高山 和夫\t66\t共産\t元高校教諭\n5\t樋口 莉奈\t35\t無所属\t弁護士\n`;
    const candidates = await decide({ to: 'yokoyama@design.example', subject: '県議選 候補者一覧の素材', text: `横山様\n\n告示日の選管発表に基づく候補者一覧をお送りします。${sign}`, attachments: [{ filename: 'kouho.csv', contentType: 'text/csv', content: rows('党派').replace(/\t/g, ',') }] });
    expect(candidates.held).toBe(false);
    const survey = await decide({ to: 'yokoyama@design.example', subject: 'アンケート結果', text: `横山様\n\nアンケート結果をお送りします。${sign}`, attachments: [{ filename: 'survey.csv', contentType: 'text/csv', content: rows('支持政党').replace(/\t/g, ',') }] });
    expect(survey.held).toBe(true);
  });

  it('a panel on a person of history with a life span, and a successor introduced to five partners of four organisations, pass', async () => {
    const panel = await decide({ to: 'design@studio.example', subject: '企画展パネル 校正', text: `ご担当者様\n\n校正をお返しします。\n\nパネル3　森岡 しず（1861–1934）\n村の名主の家に生まれる。晩年は失明しながらも郷土誌の編纂を続けた。${sign}` });
    expect(panel.rules).not.toContain('external-sensitive');
    const partners = ['a@one.example', 'b@one.example', 'c@two.example', 'd@three.example', 'e@four.example'];
    const raw = await new MailComposer({ from: '送信者 <sender@example.co.jp>', to: partners, subject: '施設長交代のご挨拶', text: `関係機関の皆さま\n\n7月1日付で施設長が交代いたします。後任は副施設長の竹中 直美です。${sign}` }).compile().build();
    const extraction = await extractMessage(raw);
    const envelope = { mailFrom: 'sender@example.co.jp', rcptTo: partners };
    const v = evaluatePolicy(policy, { envelope, extraction, detection: detector.detect(extraction, { envelope }), knownDomains: new Set() });
    expect(v.matched.map((m) => m.id)).not.toContain('many-visible-recipients');
  });

  it("くも膜下出血 and anaphylaxis in subjects, a patron's record block above the signature and a mobile after an address's slash are held", async () => {
    const tenant = await decide({ to: 'noguchi@cleanstar.example', subject: '【共有】5F 南商事 佐川 隆様 くも膜下出血で救急搬送（EV3号機内）', text: `野口様\n\n3号機のかご内の特別清掃をお願いします。${sign}` });
    expect(tenant.rules).toContain('external-sensitive');
    const pv = await decide({ to: 'priya@cro.example', subject: 'FU request – JP-2024-0187 – Ms. Haruka Nozomi (45F), anaphylaxis after 2nd infusion', text: 'Hi Priya,\n\nCould you send the follow-up questionnaire to the site?\n\nBest regards,\nMariko' });
    expect(pv.rules).toContain('external-sensitive');
    const patron = await decide({
      to: 'kono@volunteer.example',
      subject: '対面朗読のご依頼',
      text: '河野さん\n\n新しい利用者さんをお願いできればと思います。\n\n　利用者：石井 恵子さん（68歳）\n　障害の状況：視覚障害1級（緑内障で失明）\n　住所：みなと市港南台2-18-6\n　電話：045-000-6248（ご自宅）\n　希望：第2水曜 13:30～15:30、中央図書館 対面朗読室\n\nご都合はいかがでしょうか。\n\n*・゜゜・*:.。..。.:*・゜゜・*\nみなと市立中央図書館\nボランティア担当　平野 さやか\n電話 045-000-5520\n*・゜゜・*:.。..。.:*・゜゜・*\n',
    });
    expect(patron.held).toBe(true);
    expect(patron.rules).toContain('external-sensitive');
    const callCentre = await decide({ to: 'center@callrink.example', subject: '長期延滞者 架電依頼：大川 智子様（港南台3-12-5／090-4821-3381）', text: `ご担当者様\n\n電話での督促をお願いします。${sign}` });
    expect(callCentre.rules).toContain('external-third-person-contact');
  });

  it("a Latin name made a person by 様 or (applicant) in a subject, ムスリム・礼拝, 看取り期 and a colleague's words quoted on their own line are held", async () => {
    const applicant = await decide({ to: 'tom@relocation.example', subject: 'Samuel Okoro (G7 applicant) – juvenile court hearing 20 Nov – interview postponement', text: 'Dear Tom,\n\nCould we move the interview to the following week?\n\nClaire' });
    expect(applicant.rules).toContain('external-sensitive');
    const guest = await decide({ to: 'mori@catering.example', subject: '6/20〜 ご宿泊 Khalid Al-Rashidi様（ムスリム・礼拝／ハラール対応）の件', text: `森様\n\nルームサービスのお食事についてご相談です。${sign}` });
    expect(guest.rules).toContain('external-sensitive');
    const nursing = await decide({ to: 'miyake@clinic.example', subject: '【至急】佐久間 ハナ様 看取り期 本日より呼吸状態悪化', text: `三宅先生\n\n本日のご往診のお時間をお知らせください。${sign}` });
    expect(nursing.rules).toContain('external-sensitive');
    const guard = await decide({ to: 'eigyo@keibi.example', subject: 'Fw: 誘導員配置', text: `ご担当者様\n\n配置表ありがとうございました。${sign}\n-------- Forwarded Message --------\n所長\n\nゲート2：新任の 若松 司 さん とのことです。\n若松さんについて、職長さんから\n「前の現場で資材の窃盗で逮捕されて、いまは執行猶予中の人だ」\nと聞きました。\n` });
    expect(guard.rules).toContain('external-sensitive');
  });

  it('the care of a class of patients (終末期の患者さんの受持ち) is about no one', async () => {
    const d = await decide({ to: 'kyoin@college.example', subject: '実習指導者会議 議事録', text: `各位\n\n1. 後期の受持ち患者選定：終末期の患者さんの受持ちは指導者と教員の事前協議を必須とする。\n出席：上田 真理 副看護部長、木下 主任${sign}` });
    expect(d.rules).not.toContain('external-sensitive');
  });

  it("a veterinary practice's patients named ハナちゃん are animals; a clinic for people writing about ハナちゃん is held", async () => {
    const vetSign = '\n\n━━━━━━━━━━\nさくら動物病院\n院長・獣医師　藤田 隆\nTEL 042-000-0871\n';
    const vet = await decide({ from: '藤田 隆 <fujita@example.co.jp>', to: 'uno.k@mail.example', subject: 'モモちゃんの検査結果について', text: `宇田 敬三 様\n\nさくら動物病院の藤田です。\n\n■検査結果\n　・リンパ節の細胞診：高悪性度リンパ腫の疑いが強い\n\n■今後の選択肢\n　1. 抗がん剤治療（週1回の通院）\n\nどの選択肢でも、モモちゃんが楽に過ごせることを一番に考えていきます。${vetSign}` });
    expect(vet.rules).not.toContain('external-sensitive');
    const clinicSign = '\n\n━━━━━━━━━━\nさくら小児科クリニック\n院長　藤田 隆\nTEL 042-000-0871\n';
    const child = await decide({ from: '藤田 隆 <fujita@example.co.jp>', to: 'school@kodomo.example', subject: 'モモちゃんの検査結果について', text: `ご担当者様\n\nさくら小児科クリニックの藤田です。\n\n■検査結果\n　・リンパ節の細胞診：高悪性度リンパ腫の疑いが強い\n\n■今後\n　1. 抗がん剤治療（週1回の通院）\n\nモモちゃんが楽に過ごせることを一番に考えていきます。${clinicSign}` });
    expect(child.rules).toContain('external-sensitive');
  });

  it('a successor and a predecessor with their work mobiles, and committee members with their department in brackets, are at work; an employee with a home address is not', async () => {
    const successor = await decide({ to: 'genba@partner.example', subject: '担当者交代のご挨拶', text: `関係各位\n\n工事主任の本間 亮が異動となり、後任には同支店の北原 進が着任いたします。\n\n前任：本間 亮（携帯 090-1111-5126）\n後任：北原 進（携帯 090-2222-8840）\n${sign}` });
    expect(successor.rules).not.toContain('external-third-person-contact');
    const committee = await decide({ to: 'irb@member.example', subject: '治験審査委員会 開催のご案内', text: `委員各位\n\n第45回治験審査委員会を開催します。\n\n出席予定委員（敬称略）：\n委員長 河合 誠（内科）、副委員長 長尾 恵子（薬剤部）、委員 山岸 明（外部委員）\n${sign}` });
    expect(committee.findings.filter((f) => f.category === 'person_name' && f.subject === 'third_person')).toEqual([]);
    const housing = await decide({ to: 'fudosan@realty.example', subject: '社宅入居者', text: `ご担当者様\n\n入居予定者です。\n\n山岡 太郎（営業部） 自宅：東京都世田谷区桜丘3-2-1 携帯 090-3333-4444\n${sign}` });
    expect(housing.rules).toContain('external-third-person-contact');
  });

  it('people named by their work role (講師：…, （薬剤部）) are not whom a term a line away is about; in its own sentence they still are', async () => {
    const course = await decide({ to: 'career@univ.example', subject: '出前講座プログラム案', text: `キャリアセンター ご担当者様\n\nプログラム案を添付します。${sign}`, attachments: [{ filename: 'program.txt', contentType: 'text/plain', content: '出前講座 プログラム案\n\n講座B：障害のある学生向け（60分）\n 1. 障害者雇用と一般雇用、どう違う？\n 2. 障害者手帳と就職活動\n\n講師：吉川 千尋（精神保健福祉士）、三好 隼人（就労支援員）\n' }] });
    expect(course.rules).not.toContain('external-sensitive');
    const irb = await decide({ to: 'irb@member.example', subject: '治験審査委員会 開催のご案内', text: `委員各位\n\n審議事項\n1. 新規 1件（VTX-101 第Ⅱ相、乳がん）\n2. 継続審査 3件\n\n出席予定委員（敬称略）：\n委員長 河合 誠（内科）、副委員長 長尾 恵子（薬剤部）\n${sign}` });
    expect(irb.rules).not.toContain('external-sensitive');
    const colleague = await decide({ to: 'client@partner.example', subject: '訪問の件', text: `ご担当者様\n\n来週伺う予定だった長尾 恵子（営業部）が新型コロナウイルスに感染したため、訪問を延期させてください。${sign}` });
    expect(colleague.rules).toContain('external-sensitive');
  });
});

describe('blind sets 77-80', () => {
  it('a wrapped sentence in a quoted note is not a signature: the infection it reports about a named member is held', async () => {
    const d = await decide({
      to: '吉川 和代 <kazuyo@mail.example>',
      subject: 'Re: 体調について',
      text: `吉川様\n\nご連絡ありがとうございます。工房の加藤です。\n参考までに所内の連絡を下に付けておきます。\n\n> From: 加藤 大輔\n> To: 工房 職員\n> Subject: 【共有】体調不良者\n>\n> お疲れさまです。加藤です。\n> 本日、浅野 玲奈さんのお父様から電話があり、昨日さくら台クリニックを受診して\n> ノロウイルス陽性だったとのことです。今週いっぱいお休みです。\n>\n> 作業室の消毒は本日夕方に実施済みです。\n\n--\n工房　生活支援員　加藤 大輔\n049-000-4512（代表）\n`,
    });
    expect(d.rules).toContain('external-sensitive');
  });

  it('eye conditions, reproductive treatment and hyperventilation are medical terms, tied to the person named beside them', async () => {
    const eyes = await decide({ to: 'jimu@ganka.example', subject: '教習生 小野寺 蓮さん 色覚異常（第一色覚）の適性についてのご相談', text: `事務ご担当 新井様\n\n先ほどお電話でお話しした件です。${sign}` });
    expect(eyes.rules).toContain('external-sensitive');
    const fertility = await decide({ to: 'nomura@ladies.example', subject: '高橋 美咲様 妊娠判定（hCG 312 陽性）および転院時期のご相談', text: `野村 先生\n\n詳細は診療情報提供書を郵送にてお送りいたします。${sign}` });
    expect(fertility.rules).toContain('external-sensitive');
    const record = await decide({ to: 'koike@law.example', subject: 'ご相談の件', text: `小池先生\n\n相談室で記録した内容の要旨を下記にお送りします。\n\n> 相談者：岡田 七海さん（大学院 修士1年）\n> 内容：指導教員から、研究室での指導中に身体を触られる等の行為が続いている。\n> 　　　不眠と過呼吸の症状があり、研究室に行けていない。\n${sign}` });
    expect(record.rules).toContain('external-sensitive');
  });

  it('a place that offers a treatment (体外受精を受けられる場所) is not anyone\'s history', async () => {
    const d = await decide({ to: 'kiryu@mail.example', subject: 'お悔やみ申し上げます', text: `桐生 恵子 様\n\nこのたびは、当院前院長 桐生 正先生のご逝去の報に接し、謹んでお悔やみ申し上げます。\n先生が1992年に当院を開かれてから、札幌で体外受精を受けられる場所がまだ少なかった時代に、多くのご夫婦を支えてこられました。${sign}` });
    expect(d.rules).not.toContain('external-sensitive');
  });

  it("an English reference: 'she took … leave after being diagnosed with' ties the diagnosis to the person named above", async () => {
    const d = await decide({
      from: 'James Whitfield <james.whitfield@example.co.jp>',
      to: 'Laura Chen <laura.chen@hotel.example>',
      subject: 'Reference: Ms. Haruka Mori (former Guest Relations Supervisor)',
      text: 'Dear Laura,\n\nThank you for your call yesterday. As requested, here is a reference for\nMs. Haruka Mori, who worked with us from April 2019 to January 2025.\n\nHaruka joined us as a Guest Relations Agent and was promoted to Supervisor in\n2022. She was consistently rated "exceeds expectations" and handled our VIP\narrivals with real care. Guests frequently mentioned her by name in reviews.\n\nTo be transparent, she took three months of medical leave in 2023 after being\ndiagnosed with adjustment disorder (適応障害), and after her return we reduced\nher night shifts on the advice of our occupational physician. She performed well\nafter returning, but you may want to keep the schedule in mind.\n\nShe left us for personal reasons and would be eligible for rehire.\nPlease feel free to call me if you need anything else.\n\nKind regards,\n\nJames Whitfield\nDirector of Human Resources\nTHE HARBOURLINE TOKYO | Harbourline Hotels & Resorts\n1-0-8 Kaigan, Minato-ku, Tokyo 105-0000, Japan\nT +81 3-0000-7100 | D +81 3-0000-7140\njames.whitfield@example.co.jp\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for\nthe addressee(s) and may contain confidential information. If you have received\nthis e-mail in error, please notify the sender and delete it immediately.\n',
    });
    expect(d.rules).toContain('external-sensitive');
  });

  it('an unnamed one of a group (うち1名はアレルギー) is not about the person named a line away', async () => {
    const d = await decide({ to: '松尾 様 <matsuo@pharma.example>', subject: 'RE: 院内勉強会のお願い', text: `松尾 様\n\n勉強会の件、12月4日（木）12:30～でお願いいたします。\n参加は院長を含め9名の予定です（うち1名はアレルギーのため卵抜きでお願いできれば助かります）。\n\n原田様にもよろしくお伝えください。${sign}` });
    expect(d.rules).not.toContain('external-sensitive');
  });

  it("a CSV whose header carries a period (JLPT (Dec 2024)) still has a header: students' names and birth dates are held", async () => {
    const d = await decide({
      to: 'Mr. Shrestha <agent@consult.example>',
      subject: 'Attendance and progress report',
      text: 'Dear Mr. Shrestha,\n\nPlease find attached the quarterly report.\n\nBest regards,\nMai',
      attachments: [{ filename: 'progress.csv', contentType: 'text/csv', content: 'Student ID,Name,Date of birth,Class,Attendance (Apr-Jun),JLPT (Dec 2024),Warning\nM25-0402,GURUNG SANDEEP,2003-02-11,B2,97.8%,N4 pass,\nM25-0403,LAMA SUNITA,2002-06-09,B1,91.2%,N5 pass,\nM25-0406,THAPA BISHNU,2001-09-30,B1,68.4%,N5 fail,Attendance warning (2nd)\n' }],
    });
    expect(d.held).toBe(true);
    expect(d.findings.some((f) => f.category === 'birth_date' && f.confidence === 'high')).toBe(true);
  });

  it('wheelchair equipment (車いす対応2台, 車いすリフト) and a halfway house post (補導主任) are about no one; a passenger using a wheelchair is held', async () => {
    const fleet = await decide({ to: 'seibi@dealer.example', subject: '車検と車いすリフト点検の予約について', text: `整備部 ご担当者様\n\n下記車両の車検をお願いします。\n車両番号：なにわ 800 さ 24-17（福祉車両・車いす2台仕様）\nあわせて、車いすリフトの定期点検もお願いしたく存じます。${sign}` });
    expect(fleet.rules).not.toContain('external-sensitive');
    const post = await decide({ to: 'kyoryoku@company.example', subject: '担当交代のご挨拶', text: `ご担当者様\n\n潮見寮 補導主任の大槻です。\nこのたび、就労支援を担当しておりました北村が異動となりました。${sign}` });
    expect(post.rules).not.toContain('external-sensitive');
    const passenger = await decide({ to: 'haisha@bus.example', subject: '送迎のご依頼', text: `配車ご担当者様\n\nご利用者：坂上 茂 様\n坂上様は人工透析中で、車椅子をご利用です。${sign}` });
    expect(passenger.rules).toContain('external-sensitive');
  });

  it("a signature whose title names a driving licence (第二種運転免許) is still a signature: a taxi firm's flyer passes", async () => {
    const d = await decide({ to: 'soudan@hospital.example', subject: '介護タクシーのご案内', text: '医療福祉相談室 ご担当者様\n\n介護タクシーを営んでおります、有限会社ひだまり福祉移送の石黒と申します。\n\n　車両：車いす対応2台、ストレッチャー対応1台\n　料金：運賃はメーター制、介助料 1,000円〜、車いす貸出無料\n\n退院・転院・通院の送迎で、お役に立てることがあればご連絡ください。\n\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n有限会社ひだまり福祉移送\n代表取締役　石黒 修一（介護福祉士・第二種運転免許）\n〒546-0000 大阪市東住吉区湯里4丁目7番15号\nTEL 06-0000-2480\n携帯 090-0000-8826\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n' });
    expect(d.held).toBe(false);
  });

  it("a dormitory (潮見寮) is a place, not a person: a refund notice to the former resident himself passes; his balance sent to a third party is held", async () => {
    const own = await decide({ to: '金城 翔太 <kinjo.s@mail.example>', subject: '退寮後のご相談日と預り金のご返金について', text: '金城さん\n\nお疲れさまです。潮見寮の宮園です。\n新しい部屋での生活はいかがですか。仕事の方も順調と聞いて、スタッフ一同喜んでいます。\n\nお約束していた件、2点ご連絡します。\n\n1. 退寮後のご相談\n　7月11日(金)18時半から、寮の相談室でお待ちしています。\n　仕事終わりで遅れそうな場合は、私の携帯（090-0000-7283）にショートメールをください。\n\n2. 預り金のご返金\n　預り金の残高 32,400円 を、7月4日(金)に、金城さんから伺ったご本人名義の口座\n　（ゆうちょ銀行　番号 ****81）へお振込みします。\n　手数料は寮で負担します。\n\n何か困ったことがあれば、いつでも連絡してください。\n\n宮園 拓真（みやぞの たくま）\n潮見寮 就労支援スタッフ\n携帯 090-0000-7283 ／ 寮 06-0000-3321\n' });
    expect(own.held).toBe(false);
    const other = await decide({ to: 'kanri@apartment.example', subject: '元入居者の預り金について', text: 'ご担当者様\n\n潮見寮の宮園です。\n元入居者の金城 翔太さんの預り金の残高 32,400円 は、ご本人名義の口座（ゆうちょ銀行）へ返金予定です。\n金城さんの現住所：大阪市港区築港2-1-5 コーポ築港203\n' });
    expect(other.held).toBe(true);
  });

  it("a check-up's appointment (健診の日程, 内科健診：5月14日) is not its result; a result or a follow-up beside a name is held", async () => {
    const schedule = await decide({ to: '佐藤 美咲 様 <misaki.sato@mail.example>', subject: '陽葵ちゃんの内科健診・歯科健診の日程について', text: `佐藤 美咲 様\n\nひだまり保育園の佐伯です。\n陽葵ちゃんの春の健診日程をお知らせします。\n\n・内科健診：5月14日（水）10:00～\n・歯科健診：5月21日（水）10:30～\n${sign}` });
    expect(schedule.rules).not.toContain('external-sensitive');
    const result = await decide({ to: 'clinic@hospital.example', subject: '陽葵ちゃんの内科健診の結果について', text: `ご担当者様\n\n佐藤 陽葵ちゃんの内科健診で心雑音があり、要精密検査となりました。\n${sign}` });
    expect(result.rules).toContain('external-sensitive');
  });

  it('肺結核 is tuberculosis: named with a pupil in a subject it is held', async () => {
    const d = await decide({ to: 'yogo@school.example', subject: '接触者健診の日程調整（5年2組 藤田 蒼空さん・肺結核の件）', text: `養護教諭 金井 先生\n\n保健所の村瀬です。候補日をお送りします。${sign}` });
    expect(d.rules).toContain('external-sensitive');
  });

  it("a facility's name is not a person (医療機関：大宮健診センター): a former employee's own check-up results sent back to him pass; to someone else they are held", async () => {
    const report = { filename: 'kenshin.txt', contentType: 'text/plain', content: '定期健康診断結果通知書\n氏名 浜田 浩二　生年月日 1968年4月2日\n受診日 2023/05/17　血圧 152/94 判定 C（要再検査）\n医療機関：大宮健診センター\n' };
    const own = await decide({ to: '浜田 浩二 <kouji.hamada@mail.example>', subject: '健康診断結果の写しの送付（浜田様ご依頼分）', text: `浜田 浩二 様\n\nご依頼いただいた健康診断結果の写しをお送りします。${sign}`, attachments: [report] });
    expect(own.held).toBe(false);
    const other = await decide({ to: 'jinji@newemployer.example', subject: '健康診断結果の写し', text: `ご担当者様\n\n元社員の健康診断結果をお送りします。${sign}`, attachments: [report] });
    expect(other.rules).toContain('external-sensitive');
  });
});

describe('blind sets 81-84', () => {
  it("exam marks under school subjects and 合格/不合格 in a pasted table of named pupils are held; the same table of averages is not", async () => {
    const named = await decide({ to: '森下 様 <morishita@juku.example>', subject: '第1回入試の結果について', text: `教室長　森下 様\n\n貴塾生の結果をお送りします。\n\n受験番号　氏名　　　　　国語　算数　社会　理科　結果\n1024　　　藤田 悠真　　　72　　81　　38　　41　　合格\n1031　　　小松 結菜　　　65　　58　　42　　35　　合格\n1047　　　岡 大和　　　　48　　35　　29　　27　　不合格\n${sign}` });
    expect(named.held).toBe(true);
    expect(named.findings.some((f) => f.category === 'evaluation' && f.confidence !== 'low')).toBe(true);
    const averages = await decide({ to: '森下 様 <morishita@juku.example>', subject: '第1回入試の平均点', text: `教室長　森下 様\n\n平均点をお送りします。\n\n区分　　　国語　算数　社会　理科\n受験者平均　62　　58　　35　　33\n合格者平均　71　　69　　41　　39\n${sign}` });
    expect(averages.held).toBe(false);
  });

  it('marks by subject written in a subject line with a named pupil are held', async () => {
    const d = await decide({ to: 'juku@mirai.example', subject: 'Re: 受験番号1047 岡大和さん 第1回 国語48・算数35・社会29・理科27（合計139）不合格の件', text: `塾長 様\n\nご照会の件、承知いたしました。明日お電話でご説明いたします。${sign}` });
    expect(d.held).toBe(true);
  });

  it("a child named with the recipient's surname (大須賀 悠斗くん, to 大須賀 真由美) is the family's own; to another family it is held", async () => {
    const mail = {
      subject: '11月 模試の結果について（大須賀 悠斗くん）',
      text: `大須賀 悠斗くん 保護者様\n\n11月の模試の結果が返却されましたので、PDFをお送りします。\n特に数学が大きく伸びました（58点→76点）。${sign}`,
      attachments: [{ filename: 'seiseki.txt', contentType: 'text/plain', content: '模試 第4回 個人成績票\n受験者：大須賀 悠斗（中3）\n国語 78 / 数学 76 / 英語 70 / 理科 81 / 社会 77　合計 382\n偏差値 5教科 58.4\n' }],
    };
    const own = await decide({ to: '大須賀 真由美 <mayumi.o@mail.example>', ...mail });
    expect(own.held).toBe(false);
    const wrongFamily = await decide({ to: '佐藤 美和 <miwa.sato@mail.example>', ...mail });
    expect(wrongFamily.held).toBe(true);
  });

  it('a purpose a rule refuses (政治・宗教活動を目的とするご利用) is about no one', async () => {
    const d = await decide({ to: 'jimusho@candidate.example', subject: 'Re: 施設の貸切利用について', text: `ご担当者様\n\nお問い合わせありがとうございます。\n当クラブでは施設の貸切利用について、政治・宗教活動を目的とするご利用をお受けしておりません。\nなお、黒沢様が会員として通常どおりご利用いただくことは問題ございません。${sign}` });
    expect(d.rules).not.toContain('external-sensitive');
  });

  it("a building's katakana name (パークヒルズ城南) and board members listed after one title (理事 宇野・須田・秋山・大谷) are not third persons", async () => {
    const report = await decide({ to: 'sato@realty.example', subject: '重要事項調査報告書', text: `ご担当者様\n\n調査報告書をお送りします。${sign}`, attachments: [{ filename: 'report.txt', contentType: 'text/plain', content: '重要事項調査報告書\nマンション名 パークヒルズ城南　対象住戸 906号室\n管理費 18,400円／月\n管理組合全体の修繕積立金残高 182,450,000円（2024年10月末）\n' }] });
    expect(report.held).toBe(false);
    const minutes = await decide({ to: 'ogawa@mail.example', subject: '第12回理事会 議事録（案）', text: `小川理事長\n\n議事録（案）をお送りします。\n\n出席：理事長 小川、副理事長 松下、会計理事 岡部、理事 宇野・須田・秋山・大谷、\n\n第1号議案 10月度収支報告 → 承認\n　修繕積立金会計 残高 182,450,000円\n${sign}` });
    expect(minutes.held).toBe(false);
  });

  it('a grouped card number followed by a date (5240 0000 1234 5673 6/2ご注文分) is still a card number', async () => {
    const d = await decide({ to: 'ishii@shop.example', subject: '【利用確認】会員 田中 恵子様 5240 0000 1234 5673 6/2ご注文分', text: `石井 様\n\n先ほどお電話でお伝えした内容のとおりです。${sign}` });
    expect(d.findings.some((f) => f.category === 'credit_card' && f.confidence !== 'low')).toBe(true);
    expect(d.held).toBe(true);
  });

  it("brain injury, a disability grade and sports injuries named with a client or a pupil are held; a device's use for a condition is not", async () => {
    const grade = await decide({ to: 'koyama@law.example', subject: '原田美咲様 高次脳機能障害 後遺障害7級認定の件', text: `小山先生\n\n本日認定通知が届きました。金曜の打合せでご相談させてください。${sign}` });
    expect(grade.rules).toContain('external-sensitive');
    const pupil = await decide({ to: 'ishihara@school.example', subject: '中島 美咲さん（2年）オスグッド病による練習制限について', text: `石原 先生\n\n来週の練習前に一度、お時間をいただけますでしょうか。${sign}` });
    expect(pupil.rules).toContain('external-sensitive');
    const demo = await decide({ to: 'yano@medical-devices.example', subject: 'Re: デモのご相談', text: `矢野様\n\nデモの日程、承知しました。\n参加：院長 久保、理学療法士 桑原・小林・村井、看護師2名\n当日、足底腱膜炎やテニス肘での使用例と、照射条件の目安についてご説明いただけますと幸いです。${sign}` });
    expect(demo.rules).not.toContain('external-sensitive');
  });

  it("a driver's number for the day (当日携帯) is a work number; a wheelchair cushion (車いす用クッション) is a product", async () => {
    const booking = await decide({ to: 'haisha@bus.example', subject: 'Re: 【ご予約確認】8/20 貸切バス', text: `配車係 ご担当様\n\n内容確認しました。問題ございません。${sign}\n-----Original Message-----\nFrom: 観光バス 配車係\n\n> 以下の内容でご予約を承りました。\n> 予約番号　：HB-250820-031\n> 車両　　　：中型バス　多摩 200 か 15-07\n> 乗務員　　：運転士 坂井（当日携帯 080-0000-3395）\n> 料金　　　：88,000円\n` });
    expect(booking.held).toBe(false);
    const order = await decide({ to: 'juchu@wholesale.example', subject: '注文書（9月第1週分）', text: `受注センター 御中\n\n下記のとおり注文いたします。\n\n品名／型番／TAISコード／JAN／数量\n1. 四輪歩行器 ハッピーⅡ NR／00134-000081／4542136002351／6台\n2. 車いす用クッション ロホ・ミニ／00098-000415／4542136003587／10個\n${sign}` });
    expect(order.rules).not.toContain('external-sensitive');
  });
});

describe('blind sets 85-88', () => {
  it('a severe drug reaction and a gastrostomy named with a patient in a subject line are held', async () => {
    const sjs = await decide({ to: 'kawakami@cro.example', subject: '【重篤・追加報告】佐々木 良子様（58歳）スティーブンス・ジョンソン症候群 HKT-2024-00298', text: `川上様\n\n報告医から追加情報を入手しました。詳細は本日中にポータルへ登録します。${sign}` });
    expect(sjs.rules).toContain('external-sensitive');
    const peg = await decide({ to: 'okada@hospital.example', subject: '204号室 川村 清様 胃ろう造設後の再入居について', text: `地域連携室 岡田様\n\n退院前カンファレンスの候補日をありがとうございました。${sign}` });
    expect(peg.rules).toContain('external-sensitive');
  });

  it("equipment and programmes are about no one: スロープ（車椅子用）, 車椅子の貸出台数, a company's 障害者雇用, a line of work (産業医面談・健康診断の各業務)", async () => {
    const slope = await decide({ to: 'kyoto@school.example', subject: '投票所としての使用について', text: `教頭 佐藤先生\n\n選挙管理委員会事務局の山本です。\n体育館を投票所として使用させていただけますでしょうか。\nまた、昇降口のスロープ（車椅子用）の設置も、例年どおりお願いできれば幸いです。${sign}` });
    expect(slope.rules).not.toContain('external-sensitive');
    const minutes = await decide({ to: 'tanaka@handling.example', subject: 'Re: 定例会 議事録', text: `田中様\n\n1点だけ修正をお願いします。山口 由美さんからの指摘です。\n・3.(2) 車椅子の貸出台数「4台」→「6台」（8月に2台追加しています）\n${sign}` });
    expect(minutes.rules).not.toContain('external-sensitive');
    const board = await decide({ to: 'komon@consult.example', subject: '経営会議 議事録', text: `顧問 井上様\n\n議事録をお送りします。\n山口 由美さんから補足がありました。\n・2.（障害者雇用） 「法定雇用率2.5%に対し実雇用率2.3%。採用活動を継続、特例子会社は見送り」\n出席：社長 大野、専務 石川${sign}` });
    expect(board.rules).not.toContain('external-sensitive');
    const farewell = await decide({ to: 'kenpo@union.example', subject: '異動のご挨拶', text: `関係各位\n\n保健師の森は4月1日付で総務課へ異動することとなりました。\n在任中は、産業医面談・健康診断・カウンセリングの各業務で多大なるご支援をいただきました。\n後任は保健師の高木が務めます。${sign}` });
    expect(farewell.rules).not.toContain('external-sensitive');
  });

  it('一時保護 in a subject line with a bracket after it (（本日14時 児相同行）) is still found and held', async () => {
    const d = await decide({ to: 'imaizumi@city.example', subject: 'Re: 小6 三浦 陽向くん 一時保護の件（本日14時 児相同行）', text: `今泉様\n\n承知しました。14時に市役所1階の正面玄関でお待ちしております。\n\n相馬` });
    expect(d.rules).toContain('external-sensitive');
  });
});

describe('blind sets 89-92 (and what round 19 left)', () => {
  it("a paper's title in a reference list is literature, not a case; the same disease said of a named person is held", async () => {
    const refs = await decide({ to: 'asano@library.example', subject: '文献取り寄せのお願い', text: `浅野様\n\n6月度の文献検索結果のうち、下記2報の取り寄せをお願いいたします。\n\n　1. 小田切 聡, 服部 美奈子. カルベリン錠投与中に発現した低ナトリウム血症の2例.\n　　 日本てんかん学会誌. 2024;41(2):88-92.\n　2. 吉川 裕, ほか. 生物学的製剤使用中の帯状疱疹の発現状況. リウマチ科. 2024;71(5).\n${sign}` });
    expect(refs.rules).not.toContain('external-sensitive');
    const caseReport = await decide({ to: 'asano@library.example', subject: '症例のご連絡', text: `浅野様\n\n小田切 聡さんが低ナトリウム血症で入院されました。\n${sign}` });
    expect(caseReport.rules).toContain('external-sensitive');
  });

  it("a changed account read back is the organisation's: its holder named once, 当社の取引銀行 in the quoted notice", async () => {
    const d = await decide({
      to: 'okabe@building.example',
      subject: 'Re: 賃料振込口座変更のお知らせ',
      text: `岡部様\n\n振込口座変更のご案内、承知いたしました。\n\n　新口座：東京中央銀行 青山支店 普通 5830291\n　　　　　カ）アオヤマビルマネジメント\n${sign}\n> 株式会社ルミエール 御中\n>\n> このたび当社の取引銀行の統合に伴い、賃料のお振込先を下記のとおり変更させていただきます。\n> 旧口座：さくら橋銀行 表参道支店 普通 1049273\n> 新口座：東京中央銀行 青山支店 普通 5830291\n>\n> 株式会社青山ビルマネジメント 賃貸管理部 岡部 隆\n`,
    });
    expect(d.rules).not.toContain('external-personal-bank-account');
  });

  it('a space-aligned list whose last two columns one full-width space parts (2023〜2025年　36,000円) is read as a table and held', async () => {
    const d = await decide({
      to: '総代 小野 勝利 様 <katsutoshi.ono@gmail.com>',
      subject: '護持会費 未納の方について',
      text: `小野 総代様\n\n護持会費の未納の件、一覧にいたしました。\n\n氏名　　　　　住所　　　　　　　　　　　 未納期間　　 未納額\n内田 文雄　　台東区谷中3-14-2　　　　　 2023〜2025年　36,000円\n福島 健司　　荒川区西日暮里4-21-7　　　 2025年　　　 12,000円\n長谷川 清　　文京区千駄木1-8-30　　　　 2022〜2025年　48,000円\n片山 和恵　　台東区根岸5-3-11　　　　　 2025年　　　 12,000円\n新井 昭一　　北区田端6-2-4　　　　　　　2024〜2025年　24,000円\n${sign}`,
    });
    expect(d.rules).toContain('external-bulk-personal');
  });

  it('大野 is not the addressee 「小野 勝利 <katsutoshi.ono@…>」 although both read ono', async () => {
    const d = await decide({
      to: '総代 小野 勝利 様 <katsutoshi.ono@gmail.com>',
      subject: 'ご近所の方のご連絡先',
      text: `小野 総代様\n\n先日お話の出た方のご連絡先です。\n\n大野 ミツ様　台東区池之端2-5-9　090-0000-4417\n\nお声がけいただけますと助かります。${sign}`,
    });
    expect(d.rules).toContain('external-third-person-contact');
  });

  it("a veterinary practice's results go on about the pet named above them; a pet called 同居のレオくん is a pet", async () => {
    const d = await decide({
      to: '小池 綾乃 <ayano.koike.home@gmail.com>',
      subject: 'マロンちゃんの血液検査結果について',
      text: `小池 綾乃 様\n\nさくら通り動物病院の浅野です。\n昨日お預かりしたマロンちゃん（トイプードル・8歳）の血液検査結果が出ましたのでお知らせします。\n\n・ALT 142 U/L（基準 17〜78）→ やや高め\n・血糖 → 正常範囲\n\n肝臓の数値が少し高いものの、現時点で急ぐ治療は必要ないと考えています。\n7月中旬に再検査しましょう。\n\n同居のレオくんの健康診断も同じ日にできますので、ご希望があれば受付にお申し付けください。\n\n--\nさくら通り動物病院\n院長・獣医師　浅野 健一\n`,
    });
    expect(d.rules).not.toContain('external-sensitive');
  });

  it("a law office's account on an English invoice is the firm's; counted special meals (2 halal) are about no one, a named guest's are held", async () => {
    const invoice = await decide({ to: 'Rachel Tan <rachel.tan@harbourline.example.com>', subject: 'Invoice No. KH-2025-0612', text: 'Dear Ms. Tan,\n\nPlease find our invoice for May.\n\n  Bank: Shiokaze Bank, Ltd., Shibaura Branch\n  SWIFT/BIC: SKZBJPJT\n  Account No.: 1048821 (ordinary)\n  Account name: Kirishima & Hasegawa Law Office\n\nKind regards,\nSayaka Arai' });
    expect(invoice.rules).not.toContain('external-personal-bank-account');
    const meals = await decide({ to: 'groups@holidays.example.com', subject: 'Group SH-0925 meal counts', text: 'Dear Mr. Wong,\n\nI can confirm for group SH-0925:\n- Breakfast for 38 guests on both mornings\n- Special meals at the welcome dinner: 4 vegetarian, 2 halal, 1 no-seafood\n\nWarm regards,\nRina Okabe' });
    expect(meals.rules).not.toContain('external-sensitive');
    const named = await decide({ to: 'groups@holidays.example.com', subject: 'Group SH-0925 meals', text: 'Dear Mr. Wong,\n\nMr. Omar Haddad will need halal meals at every dinner.\n\nWarm regards,\nRina Okabe' });
    expect(named.rules).toContain('external-sensitive');
  });

  it("a worker's amputated finger in a subject line; a diagnosis under 対象：NAME 様（営業二課）; a passenger's condition under ARIMURA / KEIKO MRS — all held", async () => {
    const injury = await decide({ to: 'maruyama@subcontractor.example', subject: '【労災速報】丸三工業 鈴木 一郎さん 左手示指切断・搬送先について', text: `丸山社長\n\n取り急ぎご連絡いたします。打合せは明日9時に作業所で。${sign}` });
    expect(injury.rules).toContain('external-sensitive');
    const rtw = await decide({ to: 'yoshikawa@employer.example', subject: '職場復帰に向けた情報提供について', text: `人事部 吉川 様\n\nなにわ湊病院 リハビリテーション科の西田です。\n\n対象：村上 隆之 様（営業二課）\n経過：3月にくも膜下出血を発症し、手術後、当院にてリハビリを実施\n現在の状態：\n・高次脳機能障害（注意障害・遂行機能障害）が残っています\n${sign}` });
    expect(rtw.rules).toContain('external-sensitive');
    const meda = await decide({ to: 'special.handling@air.example.com', subject: 'MEDA transfer pax', text: 'Dear Special Handling Desk,\n\nWe would like to pre-advise a MEDA passenger.\n\n  Pax: ARIMURA / KEIKO MRS (age 74)\n  Condition: recovering from a stroke in April, right-side hemiplegia\n  Service: WCHC, aisle chair at boarding\n  Escort: daughter\n\nPlease confirm that the lift vehicle is booked.\n\nBest regards,\n\nKenji Tachibana (立花 健二)\nStation Operations Manager\nSkyGate Ground Services Co., Ltd.\nTel: +81-3-0000-7710\nk.tachibana@skygate.example.co.jp\n' });
    expect(meda.rules).toContain('external-sensitive');
  });
});

describe('round 19 leftovers: forwarded records', () => {
  it("a neighbour's complaint forwarded with her 11-digit landline under 連絡先 is held; an inquiry desk's number beside a colleague's name is not", async () => {
    const complaint = await decide({ to: 'kubo@carrier.example', subject: 'Fw: 近隣の方からのご指摘', text: `久保様\n\n記録を下に転送しますので、事実確認をお願いできますでしょうか。${sign}\n-----Original Message-----\nFrom: 堀 ちひろ\nSubject: 【相談記録】近隣からのご指摘\n\n受付日時：11/1 10:12　受付者：堀\nお申出者：同マンション1階 102号室にお住まいの 大森 敬三 様（70代男性）\n連絡先：048-0000-3719\n内容：\n　作業中、トラックが自宅の駐車場の前に約2時間停められた。\n` });
    expect(complaint.rules).toContain('external-third-person-contact');
    const minutes = await decide({ to: 'yamagishi@vendor.example', subject: '定例会 議事録', text: `山岸様\n\n議事録をお送りします。\n\n■課題\n・問い合わせ窓口の電話番号表記（029-0000-3300）をフッターに追加（山岸様）\n${sign}` });
    expect(minutes.held).toBe(false);
  });

  it("a student's forwarded message that the police took her statement as the victim is held", async () => {
    const d = await decide({ to: 'komatsu@law.example', subject: 'Fw: Help – what happened at my part-time job', text: `小松先生\n\n下記の学生から相談がありました。ご相談の時間をいただけますでしょうか。\n\n李\n\n-------- Forwarded Message --------\nFrom: Oyunbileg Saruul <oyunbileg.s@st.univ.example.ac.jp>\n\nDear Ms. Li,\n\nLast Friday I found a small camera in the staff changing room at the restaurant where I work.\nI reported it to Hongo police station on Saturday, and the police took my statement as the victim.\n\nOyunbileg Saruul (Faculty of Letters, 1st year)\n` });
    expect(d.rules).toContain('external-sensitive');
  });

  it('a consultation memo headed by 相談者：NAME is about that person several lines down; 被推薦者：NAME names a person', async () => {
    const memo = await decide({ to: 'ishikawa@law.example', subject: 'Fw: 相談メモ', text: `石川先生\n\n相談メモを下に転送いたします。${sign}\n---------- 転送メッセージ ----------\n差出人: Nguyen Thi Lan <lan.nguyen@coop.example.co.jp>\n日付: 2025年9月3日 18:20\n件名: 相談メモ（日本語訳）\n宛先: 平松 大輔 <d.hiramatsu@coop.example.co.jp>\n\n相談者：ヴー・ティ・トゥイ（24歳、関東フーズ株式会社 第二工場、1号2年目）\n相談日：2025年9月2日（組合事務所にて、ベトナム語）\n\n・6月ごろから班長の男性に「国に帰れ」「バカ」と毎日のように怒鳴られる。\n　ミスをした日は休憩に行かせてもらえないことがある。\n・7月から眠れなくなり、8月29日に市内の心療内科を受診。\n　「抑うつ状態」と診断され、睡眠薬を処方された。\n` });
    expect(memo.rules).toContain('external-sensitive');
    const letter = await decide({
      to: 'jimukyoku@scholarship.example.or.jp',
      subject: '奨学生推薦書の提出',
      text: `事務局 御中\n\n推薦書（1名分）を添付にて提出いたします。${sign}`,
      attachments: [{ filename: 'suisen.txt', contentType: 'text/plain', content: '推 薦 書\n\n被推薦者：BHANDARI SURAJ（バンダリ・スラジ）　国籍 ネパール\n所属：国際学部 2年\n\n推薦理由：\n本人は入学以来、優秀な成績を修めてきた。\n一方、家庭の経済状況は極めて厳しい。父親は昨年、腎不全で人工透析となり就労ができなくなった。\n' }],
    });
    expect(letter.rules).toContain('external-sensitive');
    const plan = await decide({ to: 'kenshin@clinic.example', subject: '健診のご案内', text: `ご担当者様\n\n対象者：新入社員\n健康診断の結果は各自にお渡しします。${sign}` });
    expect(plan.rules).not.toContain('external-sensitive');
  });
});

describe('blind sets 93-96', () => {
  it('a password-only mail alone passes (the pair with its encrypted file is what is held); a share link with the password to follow is still held', async () => {
    const password = await decide({ to: '地域医療連携室 <renkei@hospital.example.or.jp>', subject: 'パスワードのお知らせ（診療情報提供書送付の件）', text: `地域医療連携室 御中\n\n先ほどお送りした添付ファイルのパスワードをお知らせいたします。\n\n　パスワード：Kmr-1104-rq7T\n\n開封できない場合はお電話ください。${sign}` });
    expect(password.held).toBe(false);
    const notice = await decide({ to: 'tanaka@customer.example', subject: '資料送付', text: `田中様\n\n資料を下記の共有リンクにてお送りします。パスワードは別途お送りします。\nhttps://files.example.co.jp/s/AbC123\n${sign}` });
    expect(notice.rules).toContain('external-ppap');
  });

  it("a talk's outline (構成案： 1. うつ病とはどんな病気か) is what the talk covers; a named patient in such a list is still held", async () => {
    const talk = await decide({ to: 'ueda@council.example.or.jp', subject: '市民講座のご依頼', text: `上田 様\n\n市民講座のご依頼、お引き受けいたします。\n\n　講師：院長 小田切 真一（精神科医）\n　構成案：\n　　1. うつ病とはどんな病気か（導入として、夏目漱石が留学中に「神経衰弱」に\n　　　 悩んだエピソードを紹介します）\n　　2. 家族が気づくサイン、受診を勧めるときの声かけ\n　　3. 利用できる制度（自立支援医療、傷病手当金、障害年金の概要）\n${sign}` });
    expect(talk.rules).not.toContain('external-sensitive');
    const cases = await decide({ to: 'ueda@council.example.or.jp', subject: '事例検討会', text: `上田 様\n\n　構成案：\n　　1. 山田 花子さんのうつ病の経過と服薬\n${sign}` });
    expect(cases.rules).toContain('external-sensitive');
  });

  it("a trade union writing as a party (its officers, 組合員平均) is its business; a company telling a lawyer that a named employee joined a union is held", async () => {
    const union = await decide({
      from: '大野 拓海 <t.ono@seiki-union.example.jp>',
      to: '片山 労務課長 <katayama@seiki.example.com>',
      subject: '労使協議会 議題案',
      text: `人事部 労務課長 片山 様\n\nお世話になっております。労働組合 川崎支部 執行委員の大野です。\n組合側からの議題案をお送りします。\n・年末一時金 組合員平均2.6か月\n\n--\nミナト精機労組 川崎支部\n執行委員　大野 拓海\n`,
    });
    expect(union.rules).not.toContain('external-sensitive');
    const member = await decide({ to: 'bengoshi@law.example', subject: '人事の件', text: `先生\n\n製造部の山田 太郎さんが先月、労働組合に加入したとの報告がありました。\n${sign}` });
    expect(member.rules).toContain('external-sensitive');
  });

  it('an infection status, arrears after 滞納 and a CSV under 受験者名 are found with their person', async () => {
    const lab = await decide({ to: 'order@milling.example.com', subject: '印象体発送：大森 和子様（HCV抗体陽性）消毒済み', text: `受付ご担当者様\n\n件名の症例、本日発送しました。${sign}` });
    expect(lab.rules).toContain('external-sensitive');
    const arrears = await decide({ to: 'konishi@contractor.example.com', subject: '給水停止 執行日調整：三浦 和夫様（若葉野市緑町3-12-5）滞納 48,260円', text: `小西様\n\n18日の執行は見送り、26日に入金確認のうえ判断します。${sign}` });
    expect(arrears.rules).toContain('external-third-person-contact');
    const scores = await decide({
      to: 'long.pham@manpower.example.com.vn',
      subject: 'Skills test results',
      text: 'Dear Mr. Long,\n\nAttached are the May results.\n\nKind regards,\nNguyen Thi Lan',
      attachments: [{ filename: 'results_may.csv', contentType: 'text/csv', content: '受験者名,国籍,受験日,学科,実技,合否\nNGUYEN VAN TOAN,ベトナム,2025-05-24,78,85,合格\nTRAN THI MAI,ベトナム,2025-05-24,64,58,不合格\nLE MINH DUC,ベトナム,2025-05-24,81,90,合格\nDELA CRUZ MARK,フィリピン,2025-05-25,70,72,合格\nREYES ANGELICA,フィリピン,2025-05-25,55,61,不合格\n' }],
    });
    expect(scores.rules).toContain('external-bulk-personal');
  });
});

describe('people of history', () => {
  it("a column on 夏目漱石's 神経衰弱 and 胃潰瘍 is history; an author cited below a drawn rule ties nothing above it; a living 夏目 is held", async () => {
    const column = await decide({ to: 'katayama@magazine.example', subject: '連載第8回 原稿', text: `片山 様\n\n連載第8回の原稿をお送りします。\n\n――――――――――――――――――\n「文豪たちの不眠」（仮題）\n\n夏目漱石がロンドン留学中に「神経衰弱」に苦しみ、下宿に引きこもっていたことはよく知られています。\n帰国後も胃潰瘍に悩まされ、修善寺で大量に吐血した「修善寺の大患」は、作品にも大きな影を落としました。\n芥川龍之介も晩年は不眠に苦しみ、睡眠薬を常用していたと伝えられています。\n\n当時の「神経衰弱」という言葉は、現在でいえばうつ病や不安障害、\n過労による心身の不調まで幅広く含むものでした。\n――――――――――――――――――\n\n史実の部分は、岩波版全集の年譜と、荒正人『漱石研究年表』で確認しています。\n${sign}` });
    expect(column.rules).not.toContain('external-sensitive');
    const living = await decide({ to: 'katayama@magazine.example', subject: '執筆者の件', text: `片山 様\n\n連載担当の夏目 太郎さんが胃潰瘍で入院されました。\n${sign}` });
    expect(living.rules).toContain('external-sensitive');
  });
});

describe('older sets: check-up schedules and results by grade', () => {
  it("a school check-up's 担当日程 and last year's results by grade (学年別 う歯保有率) are about no one; a named pupil's result is held", async () => {
    const plan = await decide({ to: 'jimukyoku@dental.example.or.jp', subject: 'Re: 学校歯科健診の日程', text: `歯科医師会 事務局\n木村様\n\n日程表ありがとうございました。院長の青木と確認し、下記で問題ございません。\n\n　用賀小学校　　　　 5月13日（火）9:00〜11:30　青木\n　瀬田中学校　　　　 5月20日（火）13:30〜15:30　森\n${sign}\n> あおば歯科グループ 石原様\n>\n> いつもお世話になっております。歯科医師会の木村です。\n> 令和7年度の学校歯科健診の担当日程（案）をお送りします。\n> あわせて、昨年度の健診結果の概要（学年別 う歯保有率・要受診率）を添付いたします。\n>   用賀小　1年 9.8%／3年 14.6%／6年 18.4%　要受診率 12.0%\n>\n> 歯科医師会 事務局 木村 直子\n` });
    expect(plan.rules).not.toContain('external-sensitive');
    const pupil = await decide({ to: 'kimura@dental.example.or.jp', subject: '健診結果の件', text: `木村先生

3年2組 佐藤 陽菜さんの健診結果（要精密検査）について、保護者から問い合わせがありました。
${sign}` });
    expect(pupil.rules).toContain('external-sensitive');
  });
});

describe('blind sets 97-100', () => {
  it("a monitor's field of work (糖尿病領域の試験を担当) is no illness of his; an illness said of him is held", async () => {
    const intro = await decide({ to: 'chiken@hospital.example.ac.jp', subject: '担当モニター交代のご挨拶', text: `治験事務局 福田 様\n\nZK201-03 試験の貴院担当モニターを、8月1日より今野 雄介に交代いたします。\n今野は当社で5年間、糖尿病領域の試験を担当してまいりました。\n${sign}` });
    expect(intro.rules).not.toContain('external-sensitive');
    const ill = await decide({ to: 'chiken@hospital.example.ac.jp', subject: '担当モニターの件', text: `治験事務局 福田 様\n\n担当の今野 雄介は糖尿病の治療のため、来月まで訪問を控えます。\n${sign}` });
    expect(ill.rules).toContain('external-sensitive');
  });

  it("an organising committee as an English invoice's beneficiary is an organisation", async () => {
    const d = await decide({ to: 'r.green@sponsor.example.com', subject: 'Invoice WCM-SP-2026-014', text: 'Dear Rachel,\n\nPayment details for the first instalment:\n\n  Beneficiary: Wangan City Marathon Organising Committee\n  Bank: Wangan Bay Bank, Head Office\n  SWIFT/BIC: WBBKJPJTXXX\n  Account no.: 0288431 (ordinary)\n\nBest regards,\nLisa Fujii' });
    expect(d.rules).not.toContain('external-personal-bank-account');
  });

  it('a doctor standing in (院長の三浦が代わって診察いたします), agenda items (高齢透析患者の送迎, 入院時の情報連携) and a form asking アレルギーの有無 are about no one', async () => {
    const standIn = await decide({ to: 'info@naika.example.jp', subject: '副院長外来 休診のお知らせ', text: `ご担当者様\n\n副院長の小林が体調不良のため、7月11日（金）午後の外来を休診とさせていただきます。\n同日午後にご紹介予定の患者様がいらっしゃいましたら、院長の三浦が代わって診察いたしますので、通常どおりご紹介ください。\n${sign}` });
    expect(standIn.rules).not.toContain('external-sensitive');
    const minutes = await decide({ to: 'manabe@hospital.example.or.jp', subject: '連携会議 議事録（案）', text: `ご出席の皆さま\n\n議事録（案）をお送りします。\n\n■出席：城南医療センター 真鍋部長、松原内科 松原院長、居宅介護支援事業所さくら台 中井様、当院 杉山・原田・森本\n\n■議題と結論\n1. 高齢透析患者の送迎\n　・地域の送迎事業者が不足。区に要望する（森本）\n2. 入院時の情報連携\n　・紹介状のフォーマットを3施設で統一する案に合意\n${sign}` });
    expect(minutes.rules).not.toContain('external-sensitive');
    const form = await decide({ to: '田辺 かおり <k.tanabe.family@gmail.com>', subject: '入園手続きのご案内（田辺 結菜さん）', text: `田辺 かおり 様\n\n結菜さんの9月からの入園に向けて、手続きをご案内いたします。\n\n　提出書類（8月22日まで）\n　　 ・園児調査票\n　　 ・健康調査票（アレルギーの有無など）\n${sign}` });
    expect(form.rules).not.toContain('external-sensitive');
    const answered = await decide({ to: 'catering@vendor.example', subject: '給食の件', text: `ご担当者様\n\n田辺 結菜さん（ひよこ組）\nアレルギーの有無：あり（卵・乳）\n${sign}` });
    expect(answered.rules).toContain('external-sensitive');
  });
});

describe('blind sets 101-104', () => {
  it('a mobile before a full-width slash (090-0000-3318／青葉台2-14-6) in a subject line is a phone', async () => {
    const d = await decide({ to: 'fukamachi.pottery@gmail.com', subject: 'キャンセル待ち繰上げ：北村 紘一様（090-0000-3318／青葉台2-14-6）', text: `深町先生\n\n件名の方に、初回の持ち物について先生から直接お電話でご説明いただけますでしょうか。${sign}` });
    expect(d.rules).toContain('external-third-person-contact');
  });

  it("an accident report headed by 被保険者：NAME, and an English one by 'Crew member: Oiler Jomar B. VILLANUEVA', hold the diagnosis several lines down", async () => {
    const pupil = await decide({ to: 'claims@insurer.example.com', subject: '【事故報告】大会中の負傷について', text: `スポーツ保険サービス課 上地 様\n\n事故報告の内容をお送りします。\n\n■ 事故の概要\n・日時：2024年8月3日（土）10時35分頃\n・場所：総合運動公園 第2球技場 Bピッチ\n・被保険者：宮城 颯太（みやぎ そうた）さん　北斗市立みなみ小学校6年　12歳\n・所属チーム：みなみFCジュニア（団体加入番号 HK-2024-0318）\n\n■ 状況\n前半18分頃、相手選手と競り合った際に転倒し、右手をついて負傷。\n救護所で応急処置後、保護者の車で北斗中央病院整形外科を受診しました。\n\n■ 医療機関での診断\n右橈骨遠位端骨折（全治約6週間、ギプス固定）\n${sign}` });
    expect(pupil.rules).toContain('external-sensitive');
    const crew = await decide({ to: 'claims@pandi.example.com.tw', subject: 'MV Shiomi Breeze – crew injury', text: 'Dear Sirs,\n\nPlease note the following crew injury.\n\nCrew member: Oiler Jomar B. VILLANUEVA (Filipino, 34)\nDate/time: 2 July 2024, approx. 14:20 LT, at Kaohsiung berth 68\nCircumstances: slipped on the engine-room ladder while carrying spare parts.\nDiagnosis (Kaohsiung Harbour Hospital): fractures of the 6th and 7th left ribs with a small\npneumothorax; admitted for observation, expected 5–7 days.\n\nBest regards,\nRyo ISHIDA\nCrew Manager' });
    expect(crew.rules).toContain('external-sensitive');
  });
});

describe('blind sets 101-104 (names with their numbers, a check-up explained)', () => {
  it("a Latin name with an applicant's number (LIN Meihua (Applicant No. 25I-0157)) ties a diagnosis or a conviction to them", async () => {
    const tb = await decide({ to: 'agent@partner.example.com', subject: '[Urgent] LIN Meihua (Applicant No. 25I-0157) – TB screening positive, CoE on hold', text: 'Dear Mr. Chen,\n\nPlease see the subject line. We will call you tomorrow.\n\nBest regards,\nEmily Harris' });
    expect(tb.rules).toContain('external-sensitive');
    const record = await decide({ to: 'school@partner.example.com', subject: 'Applicant documents', text: 'Dear Ms. Harris,\n\nWe are sending the remaining documents for BATBAYAR Temuulen (application no. 25I-0233) by courier today.\n\nThere is one point we must tell you honestly. In 2022, when he was 19, Temuulen was convicted of assault after a fight and received a one-year suspended sentence.\n\nKind regards,\nGanbold' });
    expect(record.rules).toContain('external-sensitive');
  });

  it("a stress check's 実施スケジュール explained in a colleague's place is about no one", async () => {
    const d = await decide({ to: 'matsushita@client.example.com', subject: '明日の衛生委員会への産業医出席について', text: `人事課 松下 様\n\n明日の衛生委員会に出席予定だった産業医の高木が、体調不良のため伺えなくなりました。\n明日は私が代わりに出席し、ストレスチェックの実施スケジュールをご説明します。\n${sign}` });
    expect(d.rules).not.toContain('external-sensitive');
  });
});

describe('blind set 101: a ward notice and a form', () => {
  it("visiting rules that except 看取り期の患者さんのご家族, and 'our new medical certificate form', are about no one", async () => {
    const ward = await decide({ to: 'k.morinaga@hospital.example.or.jp', subject: 'RE: 面会制限のお知らせ', text: `森永師長\n\n派遣スタッフに本日中に周知いたします。${sign}\n-----Original Message-----\nFrom: 森永 加奈 <k.morinaga@hospital.example.or.jp>\n\n5階病棟でインフルエンザの集団感染が発生したため、本日から当面の間、下記のとおり面会を制限いたします。\n・病棟への面会は原則として禁止（看取り期の患者さんのご家族を除く）\n` });
    expect(ward.rules).not.toContain('external-sensitive');
    const visit = await decide({ to: 'claims@reinsurer.example.com', subject: 'Claims audit visit', text: 'Dear Mr. Weber,\n\nThank you for confirming the audit visit on 14 November. Ms. Kato and I will attend, and we would like to add a short session on our new medical certificate form (effective 1 October).\n\nBest regards,\nTakeshi Mori' });
    expect(visit.rules).not.toContain('external-sensitive');
  });
});

describe('blind sets 105-108', () => {
  it("a checklist's 車いす対応：なし and a condolence on one who supported 地域の精神科医療 are about no one", async () => {
    const trip = await decide({ to: '秋元 葵（さくら旅行） <kyoiku@travel.example.com>', subject: '修学旅行 行程案についてのご相談', text: `株式会社さくら旅行 教育旅行センター\n担当 秋元 様\n\nいつもお世話になっております。若葉台第二中学校 教頭の北村です。\n\n【2日目 班別行動の追加希望】\n・二条城（徳川慶喜による大政奉還の舞台として、事前学習で扱います）\n・寺田屋・伏見周辺（坂本龍馬ゆかりの地）\n\n【配慮事項（人数のみ）】\n・食物アレルギー対応：5名（卵 2名、えび・かに 2名、そば 1名）\n　※個別の内容は、9月の事前打合せで養護教諭から直接お伝えします。\n・車いす対応：なし\n・総人数：生徒 148名、引率 10名（看護師 1名を含む）\n${sign}` });
    expect(trip.rules).not.toContain('external-sensitive');
    const condolence = await decide({ to: '南浜病院 総務課 <soumu@hospital.example.or.jp>', subject: 'お悔やみ申し上げます', text: `医療法人 南浜病院\n総務課 御中\n\n前理事長 浜田 正道 先生のご逝去の報に接し、謹んでお悔やみ申し上げます。\n長年にわたり地域の精神科医療を支えてこられ、当法人の開設時にも\n多大なるご指導を賜りました。在りし日のお姿を偲び、心よりご冥福をお祈りいたします。\n\nご葬儀には理事長 野村が参列させていただきます。\n${sign}` });
    expect(condolence.rules).not.toContain('external-sensitive');
  });
});

describe('blind sets 105-108 (left over from their round)', () => {
  it("a programme's timed line (13:50 基調講演「被害者の声を社会へ」 NPO法人 被害者の声ネットワーク 代表 …氏) is about no one", async () => {
    const d = await decide({ to: 'kashikan@hall.example.jp', subject: '講演会（11/27）の進行表', text: `市民ホール 貸館係 御中\n\n11月27日（木）の講演会の進行表をお送りします。\n\n　13:30 開会挨拶　府知事 代理 府民安全室長\n　13:50 基調講演　「被害者の声を社会へ」NPO法人 被害者の声ネットワーク 代表 桜井 直子 氏\n　15:00 パネル討論（市長、弁護士会、当センター理事長）\n　16:00 閉会\n\nステージ上の名札は肩書きのみで結構です。\n${sign}` });
    expect(d.rules).not.toContain('external-sensitive');
    // The same person told of as a victim is held.
    const told = await decide({ to: 'kashikan@hall.example.jp', subject: '登壇者について', text: `市民ホール 貸館係 御中\n\n登壇する桜井 直子 氏はストーカー被害の被害者で、当日は警察の警護が付きます。\n${sign}` });
    expect(told.rules).toContain('external-sensitive');
  });

  it('minutes whose outbreak count wraps to the next line (…高齢者施設で\\n   3件の集団発生) name no patient', async () => {
    const d = await decide({ to: 'kansen@hospital.example.or.jp', subject: "第2回 北浜市感染症対策連絡会議 議事録の送付", text: "関係者各位\n\nお世話になっております。北浜市保健所の山口です。\n先日の連絡会議の議事録をお送りします。修正点があれば11月7日までにお知らせください。\n\n――――――――――――――――\n第2回 北浜市感染症対策連絡会議 議事録\n日時：2025年10月23日（木）18:30〜20:05\n出席：北浜中央病院 小松 直子（感染管理認定看護師）、長谷部 浩（感染症内科）\n　　　みなと記念病院 田辺 実（感染対策室長）\n　　　北浜市医師会 理事 大森 清（大森内科クリニック院長）\n　　　北浜市保健所 石井（課長）、山口（保健師）、松本（記録）\n議題と要旨\n1. 発生動向：インフルエンザ定点当たり6.9（第42週）。感染性胃腸炎は高齢者施設で\n   3件の集団発生（いずれも終息）。\n2. 面会制限：各院の運用を共有。みなと記念病院は11月から予約制面会に移行予定。\n3. 入院調整：夜間の高齢者施設からの相談窓口を医師会と保健所で一本化する案を了承。\n4. 次回：11月27日（木）\n――――――――――――――――\n\n――――――――――――――――――――\n北浜市保健所 保健予防課 感染症対策係\n保健師　山口 由紀子\n〒000-0000 北浜市中央区本町0-0-0 北浜市総合保健センター3階\nTEL 045-0000-3321（直通）／FAX 045-0000-3329\n――――――――――――――――――――\n" });
    expect(d.rules).not.toContain('external-sensitive');
  });

  it("a complainant listed by flat (402号室　千葉 亜紀子 様, a mobile and a private address) is a resident, not an organisation's contact", async () => {
    const d = await decide({ to: 'katayama@soundcheck.example.com', subject: "床衝撃音の測定のご依頼（グランメゾン桜ヶ丘）", text: "株式会社サウンドチェック計測\n担当 片山様\n\nお世話になります。グランメゾン桜ヶ丘管理組合 理事長の藤田です。\n先日お電話でご相談した床衝撃音の測定について、正式にお願いいたします。\n\n苦情を申し出ている居住者：\n　402号室　千葉 亜紀子 様\n　携帯 080-0000-4477　メール akiko.chiba.402@yahoo.co.jp\n　在宅：平日18時以降、土日終日（夜勤明けの平日午前は不可とのこと）\n苦情の内容：\n　真上の502号室（上原 拓海 様、30代男性・お一人暮らし）から、深夜0時〜2時頃に\n　足音やドンという音が頻繁にする、とのこと。\n　上原様ご本人は「夜勤のため帰宅が遅い、普通に歩いているだけ」と話しており、\n　理事会としては双方の言い分が食い違っております。\n\nまずは402号室での測定（夜間を含む24時間）をお願いできればと存じます。\n日程は千葉様と直接ご調整いただいて構いません。\n\n────────────────────\nグランメゾン桜ヶ丘管理組合\n理事長　藤田 和夫（1001号室）\n〒000-0000 北浜市青葉区桜ヶ丘0-0-0\n管理組合専用メール：rijicho@gm-sakuragaoka.example.jp\n────────────────────\n" });
    expect(d.rules).toContain('external-third-person-contact');
  });

  it("a child named plainly in a forwarded mail (長男の湊は…ADHD) is the forwarded writer's own family", async () => {
    const d = await decide({ from: '高橋 美咲 <misaki.takahashi@mikasa-bussan.example.co.jp>', to: 'naito@relocation.example.com', subject: "Fw: 子どもの学校について（バンコク赴任予定者）", text: "内藤様\n\nいつもお世話になっております。三笠物産の高橋です。\n\nバンコク赴任予定者の学校選びについて、ご本人から詳しい事情の連絡が\nありましたので、下記のとおり転送いたします。\n候補校のご提案にあたっては、サポート体制のある学校を優先して\nいただけますでしょうか。\nご本人への直接のご連絡は、11月以降でお願いしたいとのことです。\n\nよろしくお願いいたします。\n\n――――――――――――――――――――――――\n三笠物産株式会社\n人事部 グローバルモビリティ課（海外赴任デスク）\n高橋 美咲（Misaki Takahashi）\n〒100-0000 東京都千代田区丸の内0-0-0 三笠ビル12F\nTEL: 03-0000-4512 / FAX: 03-0000-4599\nE-mail: misaki.takahashi@mikasa-bussan.example.co.jp\n――――――――――――――――――――――――\n\n-------- Forwarded message --------\nFrom: 西川 誠 <makoto.nishikawa@mikasa-bussan.example.co.jp>\nDate: 2025年10月17日(金) 21:43\nSubject: 子どもの学校について\nTo: 高橋 美咲 <misaki.takahashi@mikasa-bussan.example.co.jp>\n\n高橋さん\n\nお疲れさまです。化学品本部の西川です。\n学校の件で、先にお伝えしておくべきことがあり連絡しました。\n\n長男の湊（2017年3月生、小学2年）は、昨年 ADHD（注意欠如・多動症）と\n限局性学習症の診断を受けており、現在は通級指導教室に週2回通っています。\n服薬（コンサータ）も続けています。\n\nバンコクでは、少人数クラスで Learning Support のあるインターナショナル\nスクールを希望しています。日本人学校の場合は特別支援学級の有無を確認したいです。\n主治医の意見書は英訳を準備中です。\n\nリロケーション会社にどこまで伝えるべきか、正直迷っています。\nご相談させてください。\n\n西川 誠\n化学品本部 機能化学品部　内線 5832\n" });
    expect(d.rules).toContain('external-sensitive');
    // A child of someone else's (ご長男, 息子さん) is not the writer's; nor a company's 長男 in a phrase of business.
    const theirs = await decide({ to: 'naito@relocation.example.com', subject: '学校の件', text: `内藤様\n\n息子さんの学校の件、ADHDの支援がある学校の一覧を作りました。\n${sign}` });
    expect(theirs.rules).not.toContain('external-sensitive');
  });

  it("a member's debit account at the JA's 本所 (みなみ高原農協 本所 普通 0012345 名義 オノデラ マサル) is a private account", async () => {
    const d = await decide({ to: 'center@payment.example.com', subject: '口座振替 新規登録のお願い', text: `口座振替センター 御中\n\n共済掛金の口座振替について、新規登録をお願いいたします。\n\n1. 小野寺 勝 様\n　口座：みなみ高原農協 本所 普通 0012345　名義 オノデラ マサル\n　振替開始：2025年4月27日\n${sign}` });
    expect(d.rules).toContain('external-personal-bank-account');
  });

  it('a pipe table whose header has a level in brackets (JLPT Dec (N3)) lists students with their scores', async () => {
    const d = await decide({ to: 'bao@agency.example.vn', subject: 'Progress report', text: 'Dear Mr. Bao,\n\nHere is the progress report for the students your agency sent to us.\n\nName               | Attendance | JLPT Dec (N3) | Unpaid fees\nTran Thi Mai       | 97.5%      | 132 / 180     | 0\nLe Van Duc         | 88.0%      | 95 / 180      | 0\nNguyen Hoang Nam   | 71.4%      | 61 / 180      | JPY 185,000\n\nBest regards,\nNguyen Thi Lan' });
    expect(d.held).toBe(true);
    expect(d.findings.some((f) => f.category === 'evaluation' && f.confidence === 'high')).toBe(true);
  });

  it("pupils' names with their marks in a subject line (田中 陽菜 72点／佐藤 蓮 68点／山本 葵 81点) are held; a year's two averages are not", async () => {
    const d = await decide({ to: 'manabe@music.example.com', subject: '予選結果のご報告：田中 陽菜 72点／佐藤 蓮 68点／山本 葵 81点', text: `真鍋様\n\n生徒3名の予選結果が届きましたので、件名のとおりご報告いたします。\n${sign}` });
    expect(d.held).toBe(true);
    const averages = await decide({ to: 'manabe@music.example.com', subject: '予選の平均点', text: `真鍋様\n\n今年の平均は前回 72点／今回 68点でした。\n${sign}` });
    expect(averages.held).toBe(false);
  });
});

describe('blind sets 109-112 (round 25)', () => {
  it("a campaign's 「被害者の声」パネル and a newsletter's novel (…の再生を描いた作品) with a Meiji-era activist (明治期に被害者救済を訴えた) tell of no victim", async () => {
    const dg047 = await decide({ from: "大槻 千尋 <otsuki@komorebi-shien.example.or.jp>", to: "岡山県警察本部 広報県民課 犯罪被害者支援室 矢野様 <yano@police-okayama.example.lg.jp>", subject: "犯罪被害者週間 街頭キャンペーンの打合せについて", text: "岡山県警察本部 広報県民課\n犯罪被害者支援室　矢野 様\n\nいつも大変お世話になっております。\nこもれび被害者支援センターの大槻でございます。\n\n11月の「犯罪被害者週間」に合わせた街頭キャンペーンにつきまして、今年も共催をお願いできれば幸いです。\n\n　日時（案）：11月25日（火）16:00～17:00\n　場所（案）：岡山駅東口 広場\n　内容：啓発チラシ・グッズ配布、パネル展示\n　ご来賓（予定）：県知事 吉備野 隆司 様（公務のご都合次第）、県警本部長\n\n昨年は「被害者の声」パネルに多くの方が足を止めてくださいました。\n今年は、大学生ボランティアによる呼びかけも検討しております。\n\n6月中に一度、打合せのお時間をいただけますでしょうか。\n────────────────────────\n認定NPO法人 こもれび被害者支援センター\n事務局長／犯罪被害相談員　大槻 千尋\n〒700-0822 岡山市北区表町2-5-14 表町ふれあいビル3F\n事務局 086-0000-5610　相談専用 086-0000-7830（平日10時～16時）\n────────────────────────\n" });
    expect(dg047.rules, 'dg047').not.toContain('external-sensitive');
    const dg092 = await decide({ from: "岸本 玲奈 <kishimoto@komorebi-shien.example.or.jp>", to: "吉備プリント 制作部 小西様 <konishi@kibi-print.example.com>", subject: "こもれび通信42号 入稿と校正紙の件", text: "小西さま\n\n岸本です。こもれび通信42号の原稿、入稿しました！\n\n今号の目玉は、作家の 宮之原 圭 さんのインタビューです。\n宮之原さんの小説『灯のある場所』（被害者遺族の再生を描いた作品）の映画化の話題と、\n明治期に被害者救済を訴えた社会運動家・森田 清之助 のエピソードを2ページで紹介しています。\n（宮之原さんのお写真は出版社から掲載許可をいただいています）\n\n校正紙は前回と同じく、宅急便で2部お願いします。\n先日お送りいただいた41号の色校は無事届きました（伝票番号 4802-0317-7366／4802-0317-7510）。\n\n進行はこちら↓\n・初校：6/2(月)着\n・校了：6/5(木)\n・発送：6/10(火)\n☆・‥…―━―…‥・☆・‥…―━―…‥・☆\n認定NPO法人 こもれび被害者支援センター\n事務局（広報・ファンドレイジング）岸本 玲奈\nTEL 086-0000-5610\nhttps://www.komorebi-shien.example.or.jp/\nご寄付はこちら → https://www.komorebi-shien.example.or.jp/donate\n☆・‥…―━―…‥・☆・‥…―━―…‥・☆\n" });
    expect(dg092.rules, 'dg092').not.toContain('external-sensitive');
  });

  it("an IT incident from 'すずかけ調剤 情シス 高畑です' (感染, 隔離, 処方箋 in a phishing subject) and a print order signed by the same pharmacy are about no one", async () => {
    const dg069 = await decide({ from: "Takahata Sho <takahata@suzukake-ph.example.co.jp>", to: "静岡セキュアネット SOC <soc@shizuoka-securenet.example.com>", subject: "【インシデント報告】富塚店 受付PC ランサムウェア感染疑い", text: "静岡セキュアネット SOC ご担当者様\n\nすずかけ調剤 情シス 高畑です。インシデント報告です。\n\n- 検知: 2025/05/23 10:42 EDRアラート (Ransom:Win32/Lockbit系の挙動)\n- 端末: 富塚店 受付PC (SZK-S05-PC02, 10.10.5.22)\n- 初動: 10:47 EDRからネットワーク隔離、店舗LANから物理的にも切り離し済み\n- 影響: 現時点で暗号化されたファイルなし。レセコンサーバ(10.10.5.10)への横展開は未確認\n- 感染経路: 10:39 に受信した「処方箋FAX転送」を装ったメール添付(.iso)を開いた可能性\n\nフォレンジック用のイメージ取得をお願いしたいです。\n店舗は予備機で営業継続してます。\n--\n高畑 翔 / すずかけ調剤 本部 情報システム課\n053-0000-4105 (直通)\n" });
    expect(dg069.rules, 'dg069').not.toContain('external-sensitive');
    const dg027 = await decide({ from: "Takahata Sho <takahata@suzukake-ph.example.co.jp>", to: "浜松プリントワークス 入稿窓口 <nyuko@hamamatsu-pw.example.com>", subject: "店頭POP 2025夏 入稿データ", text: "浜松プリントワークス ご担当者様\n\nすずかけ調剤 高畑です。店頭POPの入稿データを送ります。\n(デザイナーさん不在のため代理で送ってます)\n\n- POP_2025summer.zip (パスワードなし)\n  - readme.txt\n  - copy.txt\n\n画像データは別途ギガファイル便で送ります。納品は6/20希望です。\n--\n高畑 翔 / すずかけ調剤 本部 情報システム課\n053-0000-4105 (直通)\n" });
    expect(dg027.rules, 'dg027').not.toContain('external-sensitive');
  });

  it("a class closure's count (欠席者が9名（在籍36名中）) and a request for trainees' documents (健康診断書, 抗体検査結果の写し under 以下をお願い) name no one's health", async () => {
    const df034 = await decide({ from: "桜陵高等学校 教頭 平井 和彦 <hirai@ouryo.example.ed.jp>", to: "桜陵高等学校 保護者連絡用 <hogosha-info@ouryo.example.ed.jp>", subject: "2年C組 学級閉鎖のお知らせ（インフルエンザ）", text: "2年C組 保護者各位\n\n桜陵高等学校 教頭　平井 和彦\n\n日頃より本校の教育活動にご理解とご協力を賜り、厚く御礼申し上げます。\n\n本日、2年C組において、インフルエンザ（A型）による欠席者が9名（在籍36名中）となりました。\n学校医と協議の結果、感染拡大を防ぐため、下記のとおり学級閉鎖といたします。\n\n　期間：1月21日（水）〜1月23日（金）\n　再開：1月26日（月）より通常授業\n\n閉鎖期間中は不要不急の外出を控え、ご家庭で健康観察をお願いいたします。\n発熱等の症状がある場合は、医療機関を受診のうえ、学校へご連絡ください。\n課題は Classroom にて配信いたします。\n\nなお、本メールは保護者の皆さまへ BCC にてお送りしております。\n\n――――――――――――――――――――\n学校法人桜陵学園 桜陵高等学校\n教頭　平井 和彦\n〒192-0000 東京都八王子市桜陵台0-1-1\nTEL 042-0000-5151（代表）　FAX 042-0000-5152\nhttps://www.ouryo.example.ed.jp/\n――――――――――――――――――――\n" });
    expect(df034.rules, 'df034').not.toContain('external-sensitive');
    const df048 = await decide({ from: "ひだまりの丘 生活相談員 川村 <kawamura.m@hidamari-fukushi.example.or.jp>", to: "千葉福祉カレッジ 実習担当 岡田先生 <okada@chiba-fukushi.example.ac.jp>", subject: "介護実習（9月）受入れについて", text: "千葉福祉カレッジ\n介護福祉学科　岡田 先生\n\nいつもお世話になっております。ひだまりの丘の川村でございます。\n9月の介護実習Ⅱの受入れにつきまして、下記のとおり準備を進めております。\n\n　期間：9月1日（月）〜9月26日（金）\n　人数：3名（2年生）\n　実習指導者：介護主任 青木（介護福祉士・実習指導者講習修了）\n　オリエンテーション：8月22日（金）14:00〜（当施設 2階 会議室）\n\n実習生の皆さんには、事前に以下をお願いできますでしょうか。\n　・健康診断書（本年度のもの）と、麻疹・風疹の抗体検査結果の写し（ご本人保管分で結構です）\n　・上履き、名札\n\nご不明な点がございましたら、いつでもお声がけください。\n\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n社会福祉法人ひだまり福祉会\n特別養護老人ホーム ひだまりの丘\n生活相談員　川村 美穂（かわむら みほ）\n〒285-0000 千葉県佐倉台市ひだまり台0-3-1\nTEL 043-0000-2580　FAX 043-0000-2581\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n" });
    expect(df048.rules, 'df048').not.toContain('external-sensitive');
  });

  it("a bank the tokenizer splits (瀬戸みな|と|銀行の藤井です) is no person: a lecturer's own fee to them is not a third person's pay", async () => {
    const de056 = await decide({ from: "Kenta Fujii / 藤井 健太 <k.fujii@setominato-bank.example.co.jp>", to: "森岡 拓郎 先生 <t.morioka.office@gmail.com>", subject: "7/5 講演会 講師料お振込みのご案内", text: "森岡先生\n\n先日はお忙しい中、打合せのお時間をいただきありがとうございました。\n瀬戸みなと銀行の藤井です。\n7月5日（土）「地域経済の今とこれから」ご講演の講師料について、ご案内いたします。\n\n講師料　　：110,000円（税込）\n源泉徴収額：11,231円\n差引支給額：98,769円\nお振込先　：ご登録の口座（湊浜信用金庫 本店 普通 ****567）\nお振込予定：7月15日（火）\n\n交通費は当日、実費精算とさせてください（領収書をお持ちいただけると助かります）。\n当日は10:30に本店3階 大会議室へお越しください。よろしくお願いいたします。\n\n--\n瀬戸みなと銀行 本店営業部 法人営業第二課\n藤井 健太 (Kenta Fujii)\n携帯 090-0000-7712 / 直通 084-0000-2231" });
    expect(de056.rules, 'de056').not.toContain('external-third-person-contact');
  });

  it("staff announced in their new posts (…が理事長に就任, …が相談員として着任) and 当院's staff on a CC line are not whom a term nearby is about", async () => {
    const dg003 = await decide({ from: "大槻 千尋 <otsuki@komorebi-shien.example.or.jp>", to: "くらしき子どもこころクリニック 院長 佐野先生 <sano@kurashiki-kokoro.example.jp>", subject: "理事長交代ならびに新任相談員のご挨拶", text: "くらしき子どもこころクリニック\n院長　佐野 先生\n\n平素より当センターの活動にご理解とご協力を賜り、厚く御礼申し上げます。\n\nこのたび、6月の通常総会をもちまして、理事長 守屋 正道 が退任し、\n後任として、元岡山地方検察庁 検事の 中原 道子 が理事長に就任いたしました。\nまた、6月から臨床心理士の 片岡 里沙 が相談員として着任しております。\n\n先生には、これまでお子さまの受診で大変お世話になってまいりました。\n今後とも変わらぬご指導を賜りますよう、お願い申し上げます。\n\n略儀ながら、メールにてご挨拶申し上げます。\n────────────────────────\n認定NPO法人 こもれび被害者支援センター\n事務局長／犯罪被害相談員　大槻 千尋\n〒700-0822 岡山市北区表町2-5-14 表町ふれあいビル3F\n事務局 086-0000-5610　相談専用 086-0000-7830（平日10時～16時）\n────────────────────────\n" });
    expect(dg003.rules, 'dg003').not.toContain('external-sensitive');
    const dh072 = await decide({ from: "小池 智子 <koike.t@shiomi-city-hosp.example.jp>", to: "潮見北地域包括支援センター 日野 様 <hino@shiomikita-hokatsu.example.jp>, 潮見北地域包括支援センター 社会福祉士 大谷 様 <otani@shiomikita-hokatsu.example.jp>, 潮見北地域包括支援センター 主任ケアマネ 森永 様 <morinaga@shiomikita-hokatsu.example.jp>", cc: "片山 恵 <katayama.m@shiomi-city-hosp.example.jp>, 病棟看護師長 吉沢 <yoshizawa.n@shiomi-city-hosp.example.jp>, 医療ソーシャルワーカー 三好 あかり <miyoshi.a@shiomi-city-hosp.example.jp>", subject: "退院支援WG 第3回 資料と次回予定", text: "潮見北地域包括支援センター\n日野様、大谷様、森永様\n（CC：当院 片山、吉沢師長、三好）\n\n先日は第3回の退院支援ワーキンググループにご参加いただき、ありがとうございました。\n退院支援看護師の小池です。\n\n決定事項\n・「退院時 情報共有シート」は A4 1枚の新様式で試行（12月～2月）\n・入院時に包括へ連絡する基準：独居かつ要介護認定なし、の方を優先\n・試行期間中の件数と所要日数を両機関で集計し、3月に振り返り\n\n次回：2025年1月16日（木）15:00～16:00 当院2階 会議室B\n\n新様式の案は、年内に片山からお送りします。\n引き続きよろしくお願いいたします。\n\n潮見市立総合病院 地域医療連携室\n退院支援看護師 小池 智子\nTEL 0436-0000-7214／PHS 4821\n" });
    expect(dh072.rules, 'dh072').not.toContain('external-sensitive');
  });

  it("a research participant's 脳腫瘍の疑い, a juvenile's 傷害保護事件 and a worker's 右手人差し指切断, each in a subject line, are held", async () => {
    const de007 = await decide({ from: "井上 玲奈（研究倫理推進室） <inoue.rena@toto-rika.example.ac.jp>", to: "湊浜医療センター 放射線科 北原先生 <kitahara@minatohama-mc.example.or.jp>", subject: "【至急】研究参加者 田島直樹さん MRI偶発所見（脳腫瘍の疑い）の連絡手順について", text: "北原 先生\n\nお世話になっております。東都理科大学 研究倫理推進室の井上でございます。\n標記の件、本学の「偶発的所見への対応手順書」に沿って対応したく、\nご本人への連絡の前に、先生のご都合をお伺いできますでしょうか。\n明日の午前中にお電話を差し上げてもよろしいでしょうか。\n\n／／／／／／／／／／／／／／／／／／／／／／\n東都理科大学 研究推進部 研究倫理推進室\n（人を対象とする生命科学・医学系研究 倫理審査委員会 事務局）\n井上 玲奈（いのうえ れな）\nTEL 03-0000-4530　E-mail rinri-office@toto-rika.example.ac.jp\n／／／／／／／／／／／／／／／／／／／／／／" });
    expect(de007.rules, 'de007').toContain('external-sensitive');
    const dg035 = await decide({ from: "真壁 隆之 <makabe@aobadori-law.example.jp>", to: "神田 慎吾 弁護士 <s.kanda@kanda-sogo-law.example.jp>", subject: "少年 田村 翔太（16）傷害保護事件　付添人共同受任のお願い", text: "神田先生\n\n標記の件、先ほどお電話でご相談したとおりです。\n記録の閲覧が済みましたら、改めてご連絡します。\n審判期日は未定です。\n\nよろしくお願いします。\n--\n弁護士法人 青葉通り総合法律事務所\n弁護士　真壁 隆之（仙台弁護士会）\n〒980-0811 仙台市青葉区一番町2-4-10 青葉通りビル7F\nTEL 022-0000-3180 / FAX 022-0000-3181\n" });
    expect(dg035.rules, 'dg035').toContain('external-sensitive');
    const dh078 = await decide({ from: "森下 彩花 <morishita.ayaka@mikawa-drivetech.example.co.jp>", to: "須藤 麻里子 <sudo@aoba-sr.example.jp>", subject: "【労災】第二工場 山本 大輔さん 右手人差し指切断（プレス機）休業補償の手続き", text: "須藤様\n\nお世話になっております。三河ドライブテックの森下です。\n件名の件、本日午前に労働基準監督署へ第一報を入れました。\n\n休業補償給付（様式第8号）の作成について、一度お打合せのお時間を\nいただけますでしょうか。明日10時以降でしたら終日対応可能です。\n\n取り急ぎご連絡まで。\n\n━━━━━━━━━━━━━━━━━━━━━━━━\n三河ドライブテック株式会社\n人事総務部 人事グループ 主任　森下 彩花\n〒442-0000 愛知県豊川市穂ノ原3-12-1\nTEL：0533-0000-4120（直通）／FAX：0533-0000-4199\nMail：morishita.ayaka@mikawa-drivetech.example.co.jp\nhttps://www.mikawa-drivetech.example.co.jp/\n━━━━━━━━━━━━━━━━━━━━━━━━\n" });
    expect(dh078.rules, 'dh078').toContain('external-sensitive');
  });

  it("a candidate 高野 (1996年4月3日生) in a subject to 河野様 is not the addressee, though both read kono", async () => {
    const df073 = await decide({ from: "石田 麻衣 <ishida.m@arcline-sol.example.co.jp>", to: "丸菱ロジスティクス 情報システム部 河野様 <kono.y@marubishi-logi.example.com>", subject: "候補者 高野 悠斗（1996年4月3日生・相模原市南区在住）履歴書のご送付", text: "河野様\n\nお世話になっております、石田です。\n件名の件、先ほど郵送でお送りしました。\n面談のご調整をお願いできますでしょうか。\n\n今週は水曜と金曜の午後でしたらご本人も大丈夫とのことです。\n\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n株式会社アークライン・ソリューションズ\n営業部　石田 麻衣（いしだ まい）\n〒108-0023 東京都港区芝浦0-12-5 芝浦ベイサイドビル7F\nTEL 03-0000-7700 ／ 携帯 070-0000-3318\nishida.m@arcline-sol.example.co.jp\nhttps://www.arcline-sol.example.co.jp/\n＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊\n" });
    expect(df073.rules, 'df073').toContain('external-third-person-contact');
  });

  it("a forwarded member's complaint and a quoted resident's complaint, each ending in the private person's name, mobile and free-mail address, are held", async () => {
    const dh003 = await decide({ from: "本郷 翔（RHYTHM FIT 船橋店） <hongo.funabashi@rhythmfit.example.jp>", to: "ハピネスクリーン 船橋営業所 戸田 様 <toda@happiness-clean.example.com>", subject: "FW: シャワールームの清掃について", text: "ハピネスクリーン 戸田様\n\nいつもありがとうございます、船橋店の本郷です。\n会員さんから下記のご意見がありました。\n女性用シャワールームの排水口清掃、1日2回→3回に増やせますか？\nあわせて床の洗浄剤も見直しをお願いしたいです。\n\n---------- Forwarded message ---------\nFrom: 根本 <sanae.nemoto@yahoo.co.jp>\nDate: 2024年10月8日 21:03\nTo: RHYTHM FIT 船橋店 <funabashi@rhythmfit.example.jp>\nSubject: シャワールームについて\n\nRHYTHM FIT 船橋店 御中\n\n会員の根本です（会員番号 FB-126630）。\n女性用シャワールームの排水口に髪の毛がたまったままで、床もぬるぬるしています。\n先週も受付でお伝えしましたが、今日も同じ状態でした。\n改善されないなら退会も考えます。\n\n根本 早苗\nTEL 080-0000-9318\nsanae.nemoto@yahoo.co.jp\n\nRHYTHM FIT 船橋店\n店長 本郷 翔\n047-0000-6688（店舗）\n" });
    expect(dh003.rules, 'dh003').toContain('external-third-person-contact');
    const dh093 = await decide({ from: "杉浦 真一 <sugiura@bayside-cm.example.co.jp>", to: "湾岸リーシング 賃貸管理課 ご担当者様 <chintai@wangan-leasing.example.com>", subject: "Re: パークヒルズ東雲 703号室 入居者様への生活音のご案内のお願い", text: "湾岸リーシング株式会社\n賃貸管理課 ご担当者様\n\nお世話になっております。パークヒルズ東雲を管理しております\nベイサイド・コミュニティ管理の杉浦です。\n\n貴社で賃貸管理されている703号室の入居者様について、\n生活音に関するご相談が寄せられております。\n掲示と全戸配布も行っておりますが、貴社からも入居者様へ\nご案内いただけますでしょうか。\n\nいただいたご連絡を念のため下に付けておきます。\n\n2024年6月21日 7:48 中山 さんは書きました:\n> ベイサイド・コミュニティ管理 御中\n>\n> パークヒルズ東雲 603号室の中山です。\n> 真上の703号室の方の足音と、深夜1時過ぎまでの話し声が毎晩のように続いています。\n> 先月も管理員さんにお伝えしましたが改善されません。\n> 小さい子どもがいて眠れず困っています。\n>\n> 日中は仕事のため、連絡は以下にお願いします。\n> 中山 涼子\n> 携帯：080-0000-4416\n> メール：nakayama.ryoko@yahoo.co.jp\n\n----------------------------------------\nベイサイド・コミュニティ管理株式会社\n管理業務部 フロント第二課　杉浦 真一\n〒135-0000 東京都江東区東雲1-9-20 ベイサイドビル4F\nTEL 03-0000-4501 / FAX 03-0000-4502\n管理センター（24時間）03-0000-4599\n----------------------------------------\n" });
    expect(dh093.rules, 'dh093').toContain('external-third-person-contact');
  });

  it("an owner's arrears in brackets after the label in a subject line (管理費等滞納（3か月 48,600円）) are held", async () => {
    const dh043 = await decide({ from: "石黒 由美 <ishiguro.y@bayside-cm.example.co.jp>", to: "湾岸リーシング 賃貸管理課 <chintai@wangan-leasing.example.com>", subject: "ベイテラス豊洲 1203号室 大西 康弘様 管理費等滞納（3か月 48,600円）", text: "湾岸リーシング株式会社\n賃貸管理課 ご担当者様\n\nいつもお世話になっております。\nベイサイド・コミュニティ管理 会計・収納課の石黒でございます。\n\n件名の件につきまして、オーナー様へのご連絡方法を確認させてください。\n書面をお送りしている住所に届いていないようでございます。\n\nお手数ですがご返信いただけますと幸いです。\n\nベイサイド・コミュニティ管理(株)\n会計・収納課　石黒 由美\nTEL：03-0000-4510（直通）\nMAIL：ishiguro.y@bayside-cm.example.co.jp\n" });
    expect(dh043.rules, 'dh043').toContain('external-third-person-contact');
  });

  it('guards: a leaving told with its reason, 当院\'s patient, a named person\'s certificate asked for again stay held', async () => {
    const leaving = await decide({ to: 'soumu@partner.example.com', subject: '担当者変更', text: `ご担当者様\n\n営業部の山田 一郎さんが今月末で退職いたします。\nうつ病の治療に専念するためです。\n${sign}` });
    expect(leaving.rules).toContain('external-sensitive');
    const patient = await decide({ to: 'renkei@hospital.example.com', subject: '転院のご相談', text: `佐藤様\n\n当院 患者 山田 太郎は糖尿病で入院中です。\n${sign}` });
    expect(patient.rules).toContain('external-sensitive');
    const again = await decide({ to: 'jinji@partner.example.com', subject: '再提出のお願い', text: `ご担当者様\n\n山田 一郎さんの健康診断書（要再検査：肝機能）の写しを、再度ご提出をお願いいたします。\n${sign}` });
    expect(again.rules).toContain('external-sensitive');
  });
});

describe('blind sets 113-116 (round 26)', () => {
  it("study-group minutes: the presenters of cases in brackets (症例検討1（荏田リハ 大森さん）) and a technique's long katakana name are not whom 70代女性、右TKA術後 is about; an abstract's speakers (【演者】奥寺 俊介、堀 拓海) neither", async () => {
    const di005 = await decide({ from: "堀 拓海 <hori-pt@shirakaba-ortho.example.jp>", to: "荏田リハビリ病院 PT 大森 <omori-pt@eda-reha-hp.example.or.jp>, たまプラ整形 PT 川島 <kawashima@tamapla-seikei.example.jp>", cc: "荏田リハビリ病院 OT 斉藤 <saito-ot@eda-reha-hp.example.or.jp>", subject: "6/26 青葉区PT勉強会 議事録", text: "大森さん、川島さん、斉藤さん\n\n昨日はおつかれさまでした！議事録まとめたので共有します。\n\n■ 日時・場所　6/26(木) 19:00-20:40　しらかば整形 2F\n■ 参加　9名（荏田リハ 3、たまプラ整形 2、しらかば 4）\n\n■ 症例検討1（荏田リハ 大森さん）\n　70代女性、右TKA術後。屈曲可動域の停滞（105°）への介入。\n　→ パテラモビライゼーションと自主トレ指導の頻度について議論。\n\n■ 症例検討2（しらかば 堀）\n　10代男性、ACL再建術後。スポーツ復帰テストの基準をどこに置くか。\n　→ 片脚ホップテスト LSI 90% 以上を目安にする意見が多かった。\n\n■ 次回　8/28(木)　担当：たまプラ整形 川島さん\n　テーマ候補：肩関節周囲炎の夜間痛\n\n抜けがあったら追記お願いします～\n\nしらかば整形外科リハビリクリニック\nリハビリテーション科　理学療法士　堀 拓海\n045-0000-2270（リハ室 内線22）" });
    expect(di005.rules, 'di005').not.toContain('external-sensitive');
    const di045 = await decide({ from: "奥寺 俊介 <okudera@shirakaba-ortho.example.jp>", to: "神奈川整形外科集談会 事務局 <jimukyoku@kanagawa-seikei-shudankai.example.jp>", subject: "演題登録：TKA術後早期リハビリの成績", text: "神奈川整形外科集談会 事務局 御中\n\nしらかば整形外科リハビリクリニックの奥寺です。\n第121回集談会の一般演題を登録します。抄録は下記のとおりです（全角398字）。\n\n【演題名】当院におけるTKA術後早期外来リハビリテーションの成績\n【演者】奥寺 俊介、堀 拓海（しらかば整形外科リハビリクリニック）\n【目的】TKA術後に当院外来でリハビリを行った症例の機能回復を検討した。\n【対象】2022年4月～2024年3月に連携病院でTKAを受け、当院で外来リハを行った42例\n（男性9例、女性33例、平均年齢74.2歳）。\n【結果】術後3か月の膝屈曲角度は平均118.6°、JOAスコアは術前52.4点から82.1点に改善した。\n6分間歩行距離は術前比で平均+64mであった。転倒は2例、再入院はなかった。\n【結語】連携病院との情報共有により、術後早期から外来で安全にリハビリを継続できた。\n\nCOIはありません。よろしくお願いいたします。\n\n--\nしらかば整形外科リハビリクリニック\n院長　奥寺 俊介（日本整形外科学会 専門医）\nTEL 045-0000-2270" });
    expect(di045.rules, 'di045').not.toContain('external-sensitive');
  });

  it("a forwarded school report headed 被害児童　5年2組 NAME: the diagnosis four items below is that child's", async () => {
    const di058 = await decide({ from: "佐伯 真理子 <saeki-mariko@city.asagiri.example.lg.jp>", to: "小田切 聡 <odagiri@asagiri-shinri.example.jp>", subject: "Fwd: 【第一報】いじめ重大事態（疑い）の報告", text: "あさぎり心理相談オフィス\n臨床心理士・公認心理師　小田切 聡 先生\n\nお世話になっております。朝霧市教育委員会 学校教育課の佐伯です。\nこのたびは、調査委員会の委員をお引き受けいただき、誠にありがとうございます。\n\n第1回委員会（6月27日）に先立ち、学校から当課へ提出された第一報を転送いたします。\n正式な資料は当日配布いたしますが、事前にご確認いただけますと幸いです。\n取扱いには十分ご注意くださいますようお願いいたします。\n\n――――――――――――――――――――――――\n朝霧市教育委員会 学校教育課\n指導主事　佐伯 真理子（さえき まりこ）\n〒359-0000 朝霧市本町一丁目1番1号 市役所本庁舎4階\nTEL 04-0000-3121（直通）／FAX 04-0000-3199\n――――――――――――――――――――――――\n\n---------- Forwarded message ---------\nFrom: 朝霧市立第四小学校 教頭 浜田 <hamada@dai4-es.asagiri.example.lg.jp>\nDate: 2025年6月5日(木) 17:32\nSubject: 【第一報】いじめ重大事態（疑い）の報告\nTo: 学校教育課 <gakko-kyoiku@city.asagiri.example.lg.jp>\n\n学校教育課 ご担当様\n\n第四小学校 教頭の浜田です。標記の件、第一報を報告します。\n\n１　被害児童　5年2組 宮坂 心春（みやさか こはる）\n２　概要　4月中旬から、同学級の児童3名（男子2名・女子1名）が、本児の持ち物を隠す、\n　　グループのトークで悪口を書き込む等の行為を繰り返していた。\n３　欠席状況　5月12日以降欠席が続いており、本日時点で連続18日。\n４　医療　保護者より、5月30日に朝霧こころのクリニックを受診し「適応障害」との\n　　診断を受けたと連絡あり。診断書は後日提出予定。\n５　対応　6月2日に学年で関係児童から聞き取り。保護者は第三者による調査を希望。\n\n以上、取り急ぎ第一報とします。詳細は6月9日の報告書で提出します。" });
    expect(di058.rules, 'di058').toContain('external-sensitive');
  });

  it("a nursery's health letter to all parents (年長さん: a class, not a named child) and a transfer greeting (特殊詐欺の被害防止対策: a programme) name no one's health or victimisation", async () => {
    const dk011 = await decide({ from: "川口 あゆみ <a.kawaguchi@hinata-hoikuen.example.jp>", to: "ひなたぼっこ保育園 <info@hinata-hoikuen.example.jp>", subject: "【ほけんだより】夏の健康管理と予防接種のお知らせ", text: "保護者のみなさま\n\nこんにちは、主任の川口です。ほけんだより7月号の内容を、メールでもお送りします！\n\n◆ 予防接種のスケジュール確認を\n　1歳になったら：MR（麻しん風しん）1期、水痘1回目、おたふくかぜ\n　年長さん（5～6歳）：MR 2期は4月～翌3月の1年間が対象です\n　　→ まだの方は、夏休み中の接種がおすすめです\n◆ 嘱託医健診（内科）：7月16日（水）午前\n◆ とびひ・プール熱の季節です。発疹や目の充血があるときは受診をお願いします。\n\n母子手帳のコピーの提出は不要です。接種後に、園の「健康カード」へご記入ください。\n\nひなたぼっこ保育園\n主任保育士　川口あゆみ\n042-0000-7810" });
    expect(dk011.rules, 'dk011').not.toContain('external-sensitive');
    const dk029 = await decide({ from: "高梨 誠司 <s-takanashi@police.pref-wakaba.example.jp>", to: "公益社団法人若葉県防犯協会 事務局 <jimukyoku@wakaba-bouhan.example.or.jp>, 若葉市 防災安全課 <bousai-anzen@city.wakaba.example.lg.jp>, 若葉損保サービス株式会社 平田 <hoken-jimu@wakaba-sonpo.example.com>, 株式会社若葉銀行 事務統括部 内藤 <bouhan@wakaba-bank.example.com>, 若葉市商工会 事務局 <jimukyoku@wakaba-shokokai.example.or.jp>", subject: "異動のごあいさつ（地域総務課 高梨）", text: "関係各位\n\nいつも大変お世話になっております。\n若葉県警察本部 地域総務課の高梨でございます。\n\n私事で恐縮ですが、7月1日付の人事異動により、\n若葉東警察署 地域課長として勤務することとなりました。\n本部在任中の3年間、防犯ボランティア活動や特殊詐欺の被害防止対策で\n皆様には大変お世話になり、心より御礼申し上げます。\n\n後任は、交通企画課から参ります 警部補 加賀 美穂（かが みほ）です。\n7月1日以降は、下記の係代表アドレスまたは加賀宛てにご連絡をお願いいたします。\n　係代表：chiiki-anzen@police.pref-wakaba.example.jp\n　電話　：029-0000-3124（変更ありません）\n\n新任地でも地域の安全のために努めてまいります。\n今後ともどうぞよろしくお願い申し上げます。\n\n――――――――――――――――――――――――\n若葉県警察本部 地域部 地域総務課\n地域安全係長 警部補　高梨 誠司\n〒310-8550 若葉県若葉市中央三丁目2番1号\nTEL 029-0000-3124（係直通）　警電 6-3124\n――――――――――――――――――――――――" });
    expect(dk029.rules, 'dk029').not.toContain('external-sensitive');
  });

  it("a company addressed with 様 (鈴木建設様, 鈴木建設さん) is no person with a phone", async () => {
    const dk095 = await decide({ from: "野口 大輔 <d-noguchi@kamome-shinkumi.example.jp>", to: "ハマ広告企画 制作部 青山 <seisaku@hama-kokoku.example.com>", subject: "Re: 新商品チラシ 初校", text: "ハマ広告企画\n青山さま\n\n野口です。初校ありがとうございます！\n何点か修正お願いします。\n\n・表面タイトルの「ミライ」「ハルカ」 → 「ミライ（教育ローン）」「ハルカ（リフォームローン）」と括弧で種類を入れてください\n・家族の写真の下に「写真はイメージです」\n・金利表：ハルカの変動金利 年2.475% → 年2.375%（7/1改定後）\n・事例の「鈴木建設様でリフォームされたお客様の声」はNGになりました（鈴木建設さんの了承がとれず…）。「地元の工務店で」に変えてください\n・裏面の店舗一覧、港町支店の電話を 045-0000-3410 に修正\n\n再校は7/4までにいただけると助かります。宜しくお願いします。\n\nかもめ信用組合 融資課\n野口 大輔\nTEL:045-0000-3301 携帯:080-0000-9214\n\n> 新商品チラシ（A4両面）の初校をお送りします。ご確認をお願いいたします。\n> ハマ広告企画 青山" });
    expect(dk095.rules, 'dk095').not.toContain('external-third-person-contact');
  });
});

describe('blind sets 117-120 (round 27)', () => {
  it("a school's admission notice to the parent (学校法人's account, ガツコウホウジン) and a plain catalogue whose office number recurs in the attachment name no third person's contact", async () => {
    const dm045 = await decide({"from":"石塚 直樹 <n-ishizuka@seirei.example.ac.jp>","to":"中村 健太郎 <kentaro.nakamura@yahoo.co.jp>","subject":"合格のお知らせと入学手続きのご案内(受験番号 20431)","text":"中村 健太郎 様\n\nこのたびは、青嶺高等学校 2026年度推薦入試(受験番号 20431)への\nご出願をいただき、誠にありがとうございました。\n厳正なる選考の結果、合格となりましたことをお知らせいたします。\n心よりお祝い申し上げます。\n\n入学手続きにつきまして、下記のとおりご案内いたします。\n\n1.入学金     250,000円\n2.納入期限   2026年2月3日(火) 15:00\n3.振込先     東京あさひ銀行 等々力支店 普通 2086513\n               口座名義 ガツコウホウジン セイレイガクエン\n4.手続書類   合格通知書に同封の「入学手続書類一式」をご参照ください。\n\nご不明な点がございましたら、事務室(03-0000-6205)までお問い合わせください。\n\n***************************************************\n 学校法人 青嶺学園  法人事務局 事務室(経理・総務)\n   石塚 直樹  Naoki Ishizuka\n   〒158-0000 東京都世田谷区等々力九丁目12番3号\n   TEL:03-0000-6200(代表) / 03-0000-6205(事務室直通)\n   FAX:03-0000-6201\n   Mail:n-ishizuka@seirei.example.ac.jp\n   Web :https://www.seirei.example.ac.jp/\n ※本メールの内容に誤りがございましたら、お手数ですが\n   事務室までご一報ください。\n***************************************************\n"});
    const dm062 = await decide({"from":"岡部 真理 <m-okabe@minori-fukushi.example.or.jp>","to":"小鳥遊 綾 <aya@kotori-shop.example.jp>","subject":"2025冬カタログ・価格表の送付","text":"cafe & shop ことり\n小鳥遊様\n\nお世話になっております。みのり福祉会の岡部です。\n冬季の商品カタログと卸価格表をzipでお送りします。\n新商品「ユズキ」の写真は後日別途お送りします。\n\n--------------------------------\n社会福祉法人みのり福祉会 法人本部 事務局\n岡部 真理 (Okabe Mari)\nTEL:06-0000-4470  FAX:06-0000-4472\nMail:m-okabe@minori-fukushi.example.or.jp\n--------------------------------\n","attachments":[{"filename":"みのり工房_2025冬カタログ.zip/商品一覧.csv","contentType":"text/csv","content":"商品名,JAN,内容量,卸価格,参考上代\nハルカ(プレーン),4912345001016,8枚,230,350\nミナミ(抹茶),4912345001023,8枚,250,380\nユズキ(柚子ジンジャー),4912345001030,8枚,250,380\nさをり織りコースター,4912345002013,2枚組,400,600\n布ぞうり(大人用),4912345002020,1足,900,\"1,400\"\n"},{"filename":"みのり工房_2025冬カタログ.zip/ご注文方法.txt","contentType":"text/plain","content":"ご注文はメールまたはFAX(06-0000-4472)で承ります。\n締切:毎週水曜 / 発送:翌週火曜\n送料:1万円以上で無料\n"}]});
    expect(dm045.rules, 'dm045').not.toContain('external-third-person-contact');
    expect(dm062.rules, 'dm062').not.toContain('external-third-person-contact');
  });

  it("an invoice line 歯科健診 is no name ending in a term; 赤ちゃんの熱中症対策 and a clinic timetable (内科) tell no one's health", async () => {
    const dn061 = await decide({"from":"佐伯 和彦 <saeki@aobakai-dental.example.jp>","to":"伊藤 様(東北ロジテック 健康推進課) <k.ito@tohoku-logitech.example.com>","subject":"事業所歯科健診 ご請求書送付のご案内(請求書番号 AO-2025-0614)","text":"東北ロジテック株式会社\n総務部 健康推進課 伊藤 様\n\n平素より格別のお引き立てを賜り、厚く御礼申し上げます。\n医療法人社団青葉会 事務長の佐伯でございます。\n\n先日は事業所歯科健診の実施にあたり、多大なるご協力を賜りありがとうございました。\nご請求書を添付にてお送りいたしますので、ご査収のほどよろしくお願い申し上げます。\n\n 請求書番号:AO-2025-0614\n ご請求金額:468,600円(税込)\n お支払期限:2025年7月31日(木)\n\n【お振込先】\n 東北みらい銀行 本店営業部 当座 1182046\n 口座名義:医療法人社団青葉会(イリヨウホウジンシヤダン アオバカイ)\n\n※適格請求書発行事業者 登録番号:T9370005012846\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n医療法人社団 青葉会 あおば歯科グループ\n法人本部 事務長  佐伯 和彦(さえき かずひこ)\n〒980-0021 宮城県仙台市青葉区中央二丁目8-14 あおばメディカルビル3F\nTEL 022-0000-4180 / FAX 022-0000-4181\nMail saeki@aobakai-dental.example.jp\nhttps://www.aobakai-dental.example.jp/\n 本院 / 泉中央院 / 長町院\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n","attachments":[{"filename":"請求書_AO-2025-0614.txt","contentType":"text/plain","content":"                請 求 書\n\n東北ロジテック株式会社 御中                 請求書番号 AO-2025-0614\n                                            発行日 2025年6月16日\n\n医療法人社団 青葉会\n登録番号 T9370005012846\n\n件名:事業所歯科健診(2025年6月実施分)\n\n品目                               | 数量  | 単価    | 金額\n歯科健診(問診・口腔内診査・結果票) | 142名 | 3,000円 | 426,000円\n小計                               |       |         | 426,000円\n消費税(10%)                        |       |         | 42,600円\n合計                               |       |         | 468,600円\n\nお振込先:東北みらい銀行 本店営業部 当座 1182046\n口座名義:医療法人社団青葉会(イリヨウホウジンシヤダン アオバカイ)\n"}]});
    const dn066 = await decide({"from":"吉永 美穂 <m-yoshinaga@city.kitahama.example.lg.jp>","to":"すくすくデジタル コンテンツ担当 <content@sukusuku-digital.example.com>","subject":"母子手帳アプリ 7月配信記事の原稿(zip)","text":"株式会社すくすくデジタル\nコンテンツご担当者様\n\nいつもお世話になっております。\n北浜市 こども家庭センターの吉永です。\n\n7月配信分の記事原稿3本を、zipにまとめてお送りいたします。\n配信日はいずれも 7月1日(火) でお願いいたします。\nイラストは前回と同じテイストで、ご提案いただけますと助かります。\n\n----------------------------------------\n北浜市 こども未来部 子育て支援課\nこども家庭センター 母子保健係 保健師\n吉永 美穂(よしなが みほ)\nTEL 047-0000-3140 / FAX 047-0000-3149\nm-yoshinaga@city.kitahama.example.lg.jp\n----------------------------------------\n","attachments":[{"filename":"7月配信原稿_北浜市.zip/01_赤ちゃんの熱中症対策.txt","contentType":"text/plain","content":"【赤ちゃんの熱中症対策】\n赤ちゃんは体温調節が未熟なため、大人よりも熱中症になりやすいといわれています。\n・室温は26〜28℃を目安に、エアコンを上手に使いましょう\n・ベビーカーは地面からの照り返しで高温になります。長時間の外出は控えましょう\n・母乳やミルクをこまめに飲ませましょう\nぐったりしている、おしっこが少ないなどの様子があれば、すぐに医療機関を受診してください。\n"},{"filename":"7月配信原稿_北浜市.zip/02_離乳食教室のご案内.txt","contentType":"text/plain","content":"【離乳食教室(後期)のご案内】\n日時:7月17日(木)10:00〜11:30\n会場:北浜市保健センター 2階 調理実習室\n対象:生後9〜11か月のお子さんと保護者(先着15組)\n申込:母子手帳アプリの予約機能から\n"},{"filename":"7月配信原稿_北浜市.zip/03_予防接種のスケジュール.txt","contentType":"text/plain","content":"【予防接種、忘れていませんか?】\n1歳になったら、MR(麻しん風しん)・水痘・小児用肺炎球菌(追加)などの接種時期です。\nアプリの「予防接種」タブで、お子さんの接種予定を確認できます。\n"}]});
    const do058 = await decide({"from":"岡野 美咲（あおば調剤薬局みなと店） <minato-ten@aoba-ph.example.co.jp>","to":"港湾ロジスティクス 総務課 大木様 <ohki@kowan-logi.example.com>","subject":"インフルエンザ予防接種（職域）日程のご案内","text":"港湾ロジスティクス株式会社\n総務課 大木様\n\nみなと店の岡野です。今年の職域接種、提携の山崎内科さんと日程を固めました。\n\n10/21(火) 12:00-14:00 本社3F会議室 (定員60名)\n10/28(火) 17:30-19:30 本社3F会議室 (定員60名)\n11/4(火) 12:00-14:00 大黒町倉庫 休憩室 (定員40名)\n\n・当日は問診票を記入のうえお越しください(様式は前年と同じ)\n・卵アレルギー等で心配な方は、事前に山崎内科さんへ直接ご相談を\n・申込人数は部署ごとの合計だけお知らせいただければ大丈夫です\n\nあおば調剤薬局 みなと店\n管理薬剤師 岡野\nTEL 045-0000-7182 / FAX 045-0000-7183"});
    expect(dn061.rules, 'dn061').not.toContain('external-sensitive');
    expect(dn066.rules, 'dn066').not.toContain('external-sensitive');
    expect(do058.rules, 'do058').not.toContain('external-sensitive');
  });

  it("a cram school's report to the parent on 陸くん, and a reader's own new address sent back to him, are the family's own", async () => {
    const dp040 = await decide({"from":"西村拓也(翔英ゼミ湘南台) <shonandai@shoei-zemi.example.co.jp>","to":"宮田 <miyata.family.shonan@yahoo.co.jp>","subject":"陸くんの模試結果と面談日程","text":"宮田様\n\nいつもお世話になっております.翔英ゼミ湘南台の西村です.\n陸くんの第3回模試の結果が出ましたのでお知らせします!\n\n 5科偏差値 68(前回 64)\n 数学 71 / 英語 66 / 国語 63 / 理科 69 / 社会 65\n\n特に数学の伸びがすごいです.夏で英語の長文をもう一段上げたいですね.\n三者面談は7/19(土)の15:00か16:00でいかがでしょうか?\n\n**************************\n翔英ゼミナール 湘南台教室\n教室長 西村拓也\nTEL 0466-0000-4120\n(火〜土 14:00-22:00)\n**************************\n"});
    const dp074 = await decide({"from":"小池 彩花 <a-koike@koto-shimpo.example.co.jp>","to":"宇野 拓真 <takuma.uno.0630@gmail.com>","subject":"住所変更の受付完了のお知らせ","text":"宇野 拓真 様\n\nいつも湖東新報をご愛読いただき、ありがとうございます.\n読者センターの小池です.\n\n住所変更のお手続き、受け付けました.\n\n 新住所: 近江八幡市鷹飼町1-2-9-301\n お届け開始: 7月15日(火)朝刊から\n 担当販売所: 湖東新報 近江八幡販売所(0748-0000-3120)\n\n何かあれば読者センターまでお気軽にどうぞ.\n今後ともよろしくお願いいたします.\n\n---\n湖東新報 読者センター(購読)\n小池\n0749-0000-1500\n"});
    expect(dp040.rules, 'dp040').not.toContain('external-third-person-contact');
    expect(dp074.rules, 'dp074').not.toContain('external-third-person-contact');
  });

  it('subject lines naming a pupil with 起立性調節障害, a customer fleeing DV (DV避難) and a guest the police were called over are held', async () => {
    const dm064 = await decide({"from":"三浦 彩花 <a-miura@seirei.example.ac.jp>","to":"永井 翔 <nagai@apple-school.example.jp>","subject":"2-3 森本 蓮さん(起立性調節障害で長期欠席中)の補習日程","text":"個別指導スクールアップル 自由が丘校\n永井様\n\nお世話になっております。青嶺高校の三浦です。\n標記の件、11月の補習を下記日程でお願いします。\n\n11/11(火) 16:00-17:30 数学II\n11/13(木) 16:00-17:30 英語コミュニケーション\n11/18(火) 16:00-17:30 数学II\n11/20(木) 16:00-17:30 化学基礎\n\n場所:本校 第2相談室(いつもの部屋です)\n教材:前回と同じプリント+11月分の課題\n請求:学校宛でお願いします。\n\nAyaka Miura / 三浦 彩花\n青嶺高等学校 2学年主任 (English)\n03-0000-6200 ext.215\n"});
    const do049 = await decide({"from":"木下 達也 <kinoshita@hayate-move.example.co.jp>","to":"北斗ライン 配車担当 森様 <haisha@hokuto-line.example.com>","subject":"【注意】6/14 遠藤 美咲様 DV避難のため転居先非開示 作業","text":"森様\n標記の件、作業は通常通りです。詳細は当日リーダーに口頭で伝えます。\n伝票の控えは現場に残さないでください。\n木下"});
    const dp045 = await decide({"from":"松岡 直樹 <n-matsuoka@shoei-zemi.example.co.jp>","to":"湘南エデュケーション 辻堂教室 秋山 様 <akiyama@shonan-edu.example.com>","subject":"Re: 【転塾引継ぎ】村上 陽菜さん（不登校・起立性調節障害）","text":"秋山さん\n\nお疲れ様です。本部 教務部の松岡です。\n\n標記の件、受講コマは火・金の17:00〜で調整済みです。\n湘南台での面談記録は、来週の教室長研修のときに手渡しします。\n\nよろしくお願いします。\n\n----------------------------------------\n翔英ゼミナール 本部 教務部\n松岡 直樹\nTEL 045-0000-6610（教務部直通）\n----------------------------------------\n"});
    const dp056 = await decide({"from":"中園 翼 <t.nakazono@shiomigahama-resort.example.jp>","to":"ホテル潮見台 フロント 宮崎さん <front@hotel-shiomidai.example.com>","subject":"【共有】佐伯 健二様 前回滞在時に器物損壊で警察対応（8/15御予約あり）","text":"宮崎さん\n件名の方、そちらにも8/15で予約入ってるって聞いたので一応共有です.詳細は電話します!\n汐見ヶ浜 中園\n"});
    expect(dm064.rules, 'dm064').toContain('external-sensitive');
    expect(do049.rules, 'do049').toContain('external-sensitive');
    expect(dp045.rules, 'dp045').toContain('external-sensitive');
    expect(dp056.rules, 'dp056').toContain('external-sensitive');
  });

  it("parents' accounts that failed to debit (支店 普 1138407) and another client's transferee list sent by mistake are held", async () => {
    const dm090 = await decide({"from":"大塚 亮 <r-otsuka@yodomirai-shinkin.example.co.jp>","to":"池田 典子 <jimu@juso-hikari.example.or.jp>","subject":"11月分 振替不能のお知らせ","text":"十三ひかり幼稚園 池田さま\n\nいつもお世話になっております!淀川みらい信金の大塚です。\n11/27振替分の保育料で、振替できなかった方が3件ありましたので\n明細を添付で送ります。\n\n再振替は12/10(水)です。\nそれまでに保護者さんへご連絡いただけると助かります〜\n\nあと、解約済みの方は新しい口座振替依頼書が必要なので、\n用紙を次回訪問のときに持っていきますね!\n\n淀川みらい信金 十三支店 渉外係 大塚 亮\n携帯 090-0000-6418 / 支店 06-0000-3311\n","attachments":[{"filename":"振替不能明細_202511.txt","contentType":"text/plain","content":"口座振替不能明細(2025年11月27日 振替分)\n委託者:学校法人ひかり学園 十三ひかり幼稚園\n\n 保護者名       園児名(組)       金融機関・支店        口座番号   金額     不能理由\n 鈴木 亜希子    鈴木 湊(年長)    淀川みらい 十三支店   普 1138407  28,500  残高不足\n 吉岡 大樹      吉岡 凛(年中)    淀川みらい 塚本支店   普 2071955  28,500  残高不足\n 村上 沙耶      村上 結愛(年少)  淀川みらい 十三支店   普 1562230  31,200  取引なし(解約済)\n\n合計 3件  88,200円\n再振替日:2025年12月10日(水)\n"}]});
    const do035 = await decide({"from":"大河内 誠 <okochi.makoto@hayate-move.example.co.jp>","to":"大宮化成 総務部 工藤様 <kudo.a@omiya-kasei.example.com>","subject":"事業所移転に伴うお見積書送付の件","text":"大宮化成株式会社\n総務部　工藤 様\n\nいつも大変お世話になっております。ハヤテ引越センターの大河内でございます。\n先日はお忙しいところ現地調査のお時間をいただき、誠にありがとうございました。\n\nご依頼の事業所移転に係るお見積書を添付にてお送りいたします。\nご不明な点やご要望がございましたら、お気軽にお申し付けください。\n\n何卒よろしくお願い申し上げます。\n\n────────────────────────────────\n　株式会社ハヤテ引越センター\n　法人営業部　第一営業課　課長\n　大河内 誠（Makoto Okochi）\n　〒330-0000 埼玉県さいたま市大宮区桜木町2-318 ハヤテ大宮ビル\n　TEL 048-0000-3300（代表）／048-0000-3312（直通）\n　携帯 090-0000-8134\n　E-mail okochi.makoto@hayate-move.example.co.jp\n　https://www.hayate-move.example.co.jp/corporate/\n　国土交通大臣許可 一般貨物自動車運送事業\n　引越安心マーク取得事業者\n────────────────────────────────","attachments":[{"filename":"転勤者一覧_東武電工様_0829.txt","contentType":"text/plain","content":"東武電工株式会社様　10月異動 ご転勤者様一覧（2025/08/29 時点）\n\nNo.1  青山 健太郎　　吹田市千里山西3-21-8 → さいたま市（社宅手配中）　携帯 090-0000-2218　9/27(土)\nNo.2  西村 智之　　　名古屋市昭和区川名本町2-6 → 川越市（自己手配）　携帯 080-0000-9930　9/28(日)\nNo.3  長谷川 由佳　　仙台市太白区長町5-3-12 → さいたま市（社宅手配中）　携帯 070-0000-4471　10/4(土)\nNo.4  村田 航　　　　広島市中区大手町4-2-9 → 上尾市（自己手配）　携帯 090-0000-6653　10/5(日)\n\n※ 単身赴任：No.2、No.4\n※ 費用負担：全額会社負担（梱包・開梱サービス含む）"}]});
    expect(dm090.rules, 'dm090').toContain('external-personal-bank-account');
    expect(do035.rules, 'do035').toContain('external-third-person-contact');
  });

  it("guards: a subject's name followed by its diagnosis (宮下 拓也 うつ病による休職) and a pupil named 芦田 湊 くん to a private tutor stay held", async () => {
    const dj049 = await decide({"from":"野口 さやか <noguchi.s@towa-guard.example.co.jp>","to":"あさひ産業医事務所 河野 先生 <kono@asahi-sangyoi.example.jp>","subject":"【面談依頼】第二警備課 宮下 拓也 うつ病による休職からの復職面談","text":"河野先生\n\nいつもお世話になっております。東和ガードサービス人事課の野口です。\n標記の件、主治医の「復職可」の診断書が提出されましたので、面談の日程をご調整いただけますでしょうか。\n\n候補：6/19（木）午後、6/24（火）午前\n\nよろしくお願いいたします。\n\n――\n東和ガードサービス株式会社 総務部 人事課\n野口 さやか\nTEL 03-0000-7720（直通）\n"});
    const bm079 = await decide({"from":"まなびリンク 長谷川 <hasegawa.r@manabilink.example.jp>","to":"杉本 かおり <kaori.sugimoto.tutor@gmail.com>","subject":"新しくご担当いただく生徒さんについて","text":"杉本 先生\n\nこんにちは、まなびリンクの長谷川です。\n来週から新しくご担当いただく生徒さんについて、事前にお伝えしておきます。\n\n　生徒：芦田 湊 くん（北浜市立汐見小学校 4年）\n　科目：国語・算数（週1回 火曜 17:30〜19:00）\n　ご自宅：北浜市汐見町1丁目（詳しい住所は初回訪問前にお電話でお伝えします）\n\nお母様から、湊くんはADHDと学習障害（読字）の診断を受けていて、\n療育手帳はないものの、通級指導教室に週1回通っていると伺っています。\n長い文章を読むのが苦手なので、問題文は先生が読み上げてあげてください。\n45分を過ぎると集中が切れやすいので、途中で5分ほど休憩を入れると良いそうです。\n\n初回は私も同行しますので、15分前に汐見小学校の正門前で待ち合わせましょう。\n\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n家庭教師のまなびリンク 北浜本部 教務部\nマッチング・学習相談担当　長谷川 理沙\n〒790-0033 北浜市駅前通り2-4-1 駅前第一ビル5F\nフリーダイヤル 0120-555-018（10:00〜21:00／日曜休み）\n直通 0896-33-4120　hasegawa.r@manabilink.example.jp\n「一人ひとりに、ちょうどいい先生を。」\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n"});
    expect(dj049.rules, 'dj049').toContain('external-sensitive');
    expect(bm079.rules, 'bm079').toContain('external-sensitive');
  });
});
