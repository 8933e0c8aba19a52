/**
 * Independent hold-out set: `npx tsx test/eval-holdout/generate.ts` writes holdout.json.
 * Written without reading the detector, its dictionaries or the first set's generator.
 * Styles: forwarded chains, 敬語 variants, full/half width, values split across lines, TSV/CSV and
 * aligned tables in the body, English+Japanese, HTML-ish breaks, 「項目：値」 forms, 和暦 (元年),
 * katakana/旧字体 names, and many negatives. Labels: body spans (positives), optional spans (neither
 * right nor wrong), traps (negatives, for diagnosis), signature/greeting zones, message-level sensitive
 * categories about identified people, personCount (null when unclear).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Body, Rng, People, type Person, type HLabel, type HZone, type HTrap, type HTable,
  fw, kanjiNum, kanjiDigits, wareki, birth, dateFmt, fullName, halfKana, address, postalFmt, COMPANIES, HOSPITALS,
  myNumber, myNumberCheck, corporateNumber, passesCorporate, creditCard, groupCard, ean13, isbn13, iban, mobile, landline, phoneFmt,
  BANKS, BRANCHES, passport, license, residenceCard, pension, emailOf, ROMA_LOCAL, KATA_FOREIGN, ROMAN, LATIN_FOREIGN, PLACES,
} from './lib.js';

export interface HoldoutCase {
  id: string;
  template: string;
  styles: string[];
  from: { name: string; address: string };
  to: Array<{ name: string; address: string }>;
  subject: string;
  body: string;
  labels: HLabel[];
  zones: HZone[];
  optional: HLabel[];
  traps: HTrap[];
  table?: HTable;
  /** Sensitive categories about an identified person in this message. */
  sensitive: string[];
  /** Distinct people whose data is disclosed (signature/greeting excluded); null when unclear. */
  personCount: number | null;
}

const SEED = 90210;
const r = new Rng(SEED);
const people = new People(r, 31337);

interface Ctx { b: Body; sender: Person; senderCo: string; rcpt: Person; rcptCo: string }
interface Meta { subject: string; styles: string[]; sensitive?: string[]; personCount: number | null; table?: HTable }
type Template = (c: Ctx) => Meta;

const DEPTS = ['総務部', '人事部', '営業二課', '経理部', '情報システム部', '業務推進室', 'カスタマーサポート'];

function greeting(c: Ctx): void {
  const { b } = c;
  b.zone('greeting', () => {
    switch (r.int(0, 4)) {
      case 0: b.t(`${c.rcptCo}\n${r.pick(DEPTS)} ${c.rcpt.sei}様\n`); break;
      case 1: b.t(`${c.rcptCo} ${c.rcpt.sei} ${c.rcpt.mei} 様\n`); break;
      case 2: b.t(`${c.rcpt.sei}さん\n`); break;
      case 3: b.t(`${c.rcptCo}\n${r.pick(DEPTS)}\n${c.rcpt.sei}${c.rcpt.mei}様\n`); break;
      default: b.t(`${c.rcpt.sei}部長\n（cc: ${r.pick(DEPTS)}各位）\n`); break;
    }
  });
  b.t('\n');
  b.t(r.pick(['いつもお世話になっております。', '平素より格別のご高配を賜り、厚く御礼申し上げます。', 'お疲れさまです。', 'お世話になります。', '先日はお時間をいただき、誠にありがとうございました。']));
  b.t(`${c.senderCo}の${c.sender.sei}でございます。\n\n`);
}

function signature(c: Ctx, closing = true): void {
  const { b } = c;
  if (closing) b.t(r.pick(['\n何卒よろしくお願い申し上げます。\n', '\nよろしくお願いいたします。\n', '\nご確認のほど、よろしくお願い致します。\n', '\n以上、取り急ぎご連絡まで。\n', '\nお手数をおかけしますが、ご査収くださいますようお願い申し上げます。\n']));
  b.t('\n');
  b.zone('signature', () => {
    const a = address(r);
    const tel = landline(r);
    const style = r.int(0, 3);
    if (style === 0) {
      b.t(`--\n${c.senderCo}\n${r.pick(DEPTS)}　${c.sender.sei} ${c.sender.mei}\n${a.postal} ${a.line}\nTEL ${phoneFmt(r, tel)} / FAX ${tel.a}-${tel.b}-${String((Number(tel.c) + 1) % 10000).padStart(4, '0')}\nE-mail: ${emailOf(r, r.pick(ROMA_LOCAL))}\n`);
    } else if (style === 1) {
      b.t(`━━━━━━━━━━━━━━━━━━\n${c.senderCo}　${r.pick(DEPTS)}\n${c.sender.sei}　${c.sender.mei}${c.sender.seiKana ? `（${halfKana(c.sender.seiKana)}）` : ''}\n〒${fw(a.postal)} ${a.line}\nＴＥＬ：${fw(`${tel.a}-${tel.b}-${tel.c}`)}\n携帯：${phoneFmt(r, mobile(r))}\n━━━━━━━━━━━━━━━━━━\n`);
    } else if (style === 2) {
      b.t(`${c.sender.sei}\n${c.senderCo}\nDirect: +81 ${tel.a.slice(1)} ${tel.b} ${tel.c}\n${emailOf(r, r.pick(ROMA_LOCAL))}\n`);
    } else {
      b.t(`**************************\n ${c.senderCo}\n ${c.sender.sei} ${c.sender.mei}\n 本社：${a.line}\n 代表 ${tel.a}(${tel.b})${tel.c}\n 法人番号 ${corporateNumber(r)}\n**************************\n`);
    }
  });
}

// ============================================================== templates: positives
const hrForm: Template = (c) => {
  const { b } = c;
  const p = people.kanaPerson();
  greeting(c);
  b.t(r.pick(['下記の通り、新入社員の情報をお送りいたします。\n', '標記の件、入社手続きに必要な情報を下記にてご連絡申し上げます。\n', '例の件ですが、中途入社の方の情報です。ご確認ください。\n']));
  b.t('\n【入社者情報】\n');
  const colon = r.pick(['：', ':', '　：　', ' : ']);
  b.t(`氏名${colon}`).v('person_name', fullName(r, p)).t('\n');
  if (r.chance(0.6)) b.t(`フリガナ${colon}`).v('person_name', `${p.seiKana} ${p.meiKana}`).t('\n');
  const bd = r.chance(0.3) ? { y: 1989, m: r.int(2, 12), d: r.int(1, 28) } : birth(r, 1965, 2003);
  b.t(`生年月日${colon}`).v('birth_date', r.chance(0.6) ? wareki(bd) : dateFmt(r, bd)).t(r.pick(['\n', '（満' + (2025 - bd.y) + '歳）\n']));
  const a = address(r);
  b.t(`現住所${colon}`).v('address', `${postalFmt(r, a.postal)} ${a.line}`).t('\n');
  b.t(`連絡先${colon}`).v('phone', phoneFmt(r, mobile(r))).t('\n');
  let n = 0;
  if (r.chance(0.6)) { const mn = myNumber(r); b.t(`個人番号${colon}`).v('my_number', r.pick([mn, `${mn.slice(0, 4)} ${mn.slice(4, 8)} ${mn.slice(8)}`, fw(mn)])).t('\n'); n++; }
  if (r.chance(0.5)) b.t(`基礎年金番号${colon}`).v('pension_number', pension(r)).t('\n');
  if (r.chance(0.4)) b.t(`メールアドレス${colon}`).v('email_address', emailOf(r, r.pick(ROMA_LOCAL))).t('\n');
  b.t(`入社日${colon}`).n('date_not_birthday', `${wareki({ y: 2025, m: r.int(4, 10), d: 1 })}`).t('\n');
  b.t(`社員番号${colon}`).n('employee_id', `E${r.digits(6)}`).t('\n');
  void n;
  signature(c);
  return { subject: r.pick(['入社手続きのご連絡', '【社外秘】新入社員情報', 'Re: 入社書類の件']), styles: ['form'], personCount: 1 };
};

const forwardChain: Template = (c) => {
  const { b } = c;
  const cust = people.person(); const other = people.person();
  b.zone('greeting', () => b.t(`${c.rcpt.sei}さん\n`));
  b.t(r.pick(['\nお疲れさまです。下記、お客様からの問い合わせを転送します。対応をお願いできますか。\n', '\n以下、ご参考まで転送いたします。\n', '\nFYI です。先方とのやり取りを共有します。\n']));
  b.t('\n');
  const fromEmail = emailOf(r, r.pick(ROMA_LOCAL));
  if (r.chance(0.5)) {
    b.t('-----Original Message-----\nFrom: ').o('person_name', `${cust.sei} ${cust.mei}`).t(' <').o('email_address', fromEmail).t('>\nSent: Tuesday, June 10, 2025 9:41 AM\nTo: ').o('email_address', 'support@example.co.jp').t('\nSubject: 配送先変更のお願い\n\n');
  } else {
    b.t('> 2025/06/10 9:41、').o('person_name', `${cust.sei}${cust.mei}`).t(' <').o('email_address', fromEmail).t('> のメール:\n>\n');
  }
  const q = '> ';
  b.t(`${q}ご担当者様\n${q}\n${q}お世話になります。先日注文した者です（注文番号 `).n('order_number', (() => { const d = r.digits(11); return d + String(myNumberCheck(d)); })()).t('）。\n');
  b.t(`${q}引っ越しのため、お届け先を以下に変更していただけますでしょうか。\n${q}\n`);
  const a = address(r);
  const split = r.chance(0.5);
  b.t(`${q}住所：`);
  if (split) { const cut = Math.max(4, Math.floor(a.line.length / 2)); b.v('address', `${a.postal} ${a.line.slice(0, cut)}\n${q}　　　${a.line.slice(cut)}`); }
  else b.v('address', `${postalFmt(r, a.postal)}${a.line}`);
  b.t(`\n${q}氏名：`).v('person_name', fullName(r, cust)).t(`\n${q}電話：`).v('phone', phoneFmt(r, mobile(r))).t(`\n${q}\n`);
  let count = 1;
  if (r.chance(0.5)) { b.t(`${q}なお、受け取りは家族の`).v('person_name', `${cust.sei}${other.mei}`).t(`（携帯 `).v('phone', phoneFmt(r, mobile(r))).t(`）が代理で行う場合があります。\n`); count = 2; }
  if (r.chance(0.4)) { b.t(`${q}支払いは前回と同じカード（`).v('credit_card', groupCard(r, creditCard(r))).t(`）でお願いします。\n`); }
  b.t(`${q}\n`);
  b.zone('signature', () => b.t(`${q}${cust.sei}\n`));
  b.t(`${q}\n${q}>> ご注文ありがとうございます。出荷予定日は`).n('date_not_birthday', '6月12日').t('です。\n');
  b.zone('signature', () => b.t(`${q}>> ${c.senderCo} お客様窓口\n${q}>> フリーダイヤル 0120-${r.digits(3)}-${r.digits(3)}\n`));
  signature(c, false);
  return { subject: r.pick(['Fw: 配送先変更のお願い', 'FW: お問い合わせ（配送）', '転送: 配送先変更']), styles: ['forward', 'quoted'], personCount: count };
};

const englishMixed: Template = (c) => {
  const { b } = c;
  const [first, last] = r.pick(ROMAN);
  b.zone('greeting', () => b.t(r.pick(['Dear Ms. Johnson,\n', `Hi ${c.rcpt.sei}-san,\n`, 'Dear HR team,\n'])));
  b.t('\nThank you for your support. ご依頼のあった出張者の情報を以下にお送りします。\nPlease arrange the visa invitation letter for the following traveller.\n\n');
  const nameStyle = r.int(0, 2);
  b.t('Name: ').v('person_name', nameStyle === 0 ? `${first} ${last}` : nameStyle === 1 ? `${last.toUpperCase()} ${first}` : `${last}, ${first}`).t('\n');
  const bd = birth(r, 1970, 1999);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][bd.m - 1]!;
  b.t(r.pick(['Date of Birth: ', 'DOB: ', 'Birthday: '])).v('birth_date', r.pick([`${bd.y}-${String(bd.m).padStart(2, '0')}-${String(bd.d).padStart(2, '0')}`, `${bd.d} ${mon} ${bd.y}`, `${mon}. ${bd.d}, ${bd.y}`])).t('\n');
  b.t(r.pick(['Passport No.: ', 'Passport number: ', '旅券番号 / Passport: '])).v('passport', passport(r)).t('\n');
  const [postal, , city, town] = r.pick(PLACES);
  void city; void town;
  b.t('Home address: ').v('address', `${r.int(1, 9)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Taishido, Setagaya-ku, Tokyo', 'Umeda, Kita-ku, Osaka', 'Tenjin, Chuo-ku, Fukuoka', 'Sakae, Naka-ku, Nagoya'])} ${postal}`).t(', Japan\n');
  b.t('Mobile: ').v('phone', `+81 ${r.pick(['90', '80', '70'])}-${r.digits(4)}-${r.digits(4)}`).t('\n');
  if (r.chance(0.5)) b.t('Personal e-mail: ').v('email_address', emailOf(r, `${first.toLowerCase()}.${last.toLowerCase()}`)).t('\n');
  b.t('\nTravel dates: ').n('date_not_birthday', 'July 14, 2025').t(' – ').n('date_not_birthday', 'July 21, 2025').t('\nFlight: NH ').n('flight_number', r.digits(3)).t(', booking ref. ').n('booking_ref', 'K7Q2ZP').t('\n');
  b.t('Hotel: Hilton Singapore Orchard, 333 Orchard Rd, Singapore 238867 (tel ').o('phone', '+65 6737 2233').t(')\n');
  b.t('\nBest regards,\n');
  b.zone('signature', () => b.t(`${c.sender.sei} ${c.sender.mei} / ${c.senderCo}\nTel: +81-3-${r.digits(4)}-${r.digits(4)}\n`));
  return { subject: 'Visa invitation / 出張者情報', styles: ['english'], personCount: 1 };
};

function rosterRows(n: number): Array<{ p: Person; name: string; bd: string; tel: string; addr: string; mail: string }> {
  const out = [];
  for (let i = 0; i < n; i++) {
    const p = people.person(); const a = address(r);
    out.push({ p, name: `${p.sei} ${p.mei}`, bd: dateFmt(r, birth(r, 1940, 2015)), tel: phoneFmt(r, r.chance(0.6) ? mobile(r) : landline(r)), addr: a.line, mail: emailOf(r, r.pick(ROMA_LOCAL)) });
  }
  return out;
}

const bodyTable: Template = (c) => {
  const { b } = c;
  const n = r.int(3, 6); const rows = rosterRows(n);
  const style = r.pick(['tsv', 'csv', 'aligned', 'pipe'] as const);
  greeting(c);
  b.t(r.pick(['来月の研修参加者の一覧を貼り付けます。\n', '町内会の名簿を更新しました。抜けがないかご確認ください。\n', '説明会の申込者リストです（本日分）。\n']));
  b.t('\n');
  const cols = ['No', '氏名', '生年月日', '電話番号', r.chance(0.5) ? '住所' : 'メール'];
  const useAddr = cols[4] === '住所';
  if (style === 'tsv' || style === 'csv') {
    const sep = style === 'tsv' ? '\t' : ',';
    b.t(cols.join(sep) + '\n');
    rows.forEach((x, i) => {
      b.t(`${i + 1}${sep}`).v('person_name', x.name).t(sep).v('birth_date', x.bd).t(sep).v('phone', x.tel).t(sep);
      if (useAddr) b.v('address', style === 'csv' ? `"${x.addr}"` : x.addr); else b.v('email_address', x.mail);
      b.t('\n');
    });
  } else if (style === 'aligned') {
    b.t(`${cols[0]}  ${cols[1]}          ${cols[2]}        ${cols[3]}         ${cols[4]}\n`);
    b.t('-'.repeat(60) + '\n');
    rows.forEach((x, i) => {
      b.t(`${String(i + 1).padEnd(3)} `).v('person_name', x.name).t(' '.repeat(Math.max(2, 12 - x.name.length * 2))).v('birth_date', x.bd).t('  ').v('phone', x.tel).t('  ');
      if (useAddr) b.v('address', x.addr); else b.v('email_address', x.mail);
      b.t('\n');
    });
  } else {
    b.t(`| ${cols.join(' | ')} |\n|${cols.map(() => '---').join('|')}|\n`);
    rows.forEach((x, i) => {
      b.t(`| ${i + 1} | `).v('person_name', x.name).t(' | ').v('birth_date', x.bd).t(' | ').v('phone', x.tel).t(' | ');
      if (useAddr) b.v('address', x.addr); else b.v('email_address', x.mail);
      b.t(' |\n');
    });
  }
  signature(c);
  return { subject: r.pick(['参加者一覧', '名簿更新のお願い', '申込者リスト送付']), styles: ['table-in-body', style], personCount: n };
};

const htmlish: Template = (c) => {
  const { b } = c;
  const p = people.person(); const a = address(r);
  b.zone('greeting', () => b.t(`${c.rcptCo}<br>\n${c.rcpt.sei}様<br>\n`));
  b.t('<br>\nいつも大変お世話になっております。<br>\n会員登録の内容変更がありましたので、お知らせいたします。<br>\n<br>\n');
  b.t('<b>会員番号</b>&nbsp;').n('member_id', r.digits(10)).t('<br>\n');
  b.t('<b>お名前</b>&nbsp;').v('person_name', `${p.sei}&nbsp;${p.mei}`).t('&nbsp;様<br>\n');
  b.t('<b>ご住所</b>&nbsp;').v('address', `${a.postal}<br>${a.line}`).t('<br>\n');
  b.t('<b>お電話</b>&nbsp;').v('phone', phoneFmt(r, r.chance(0.5) ? mobile(r) : landline(r))).t('<br>\n');
  const em = emailOf(r, r.pick(ROMA_LOCAL));
  b.t('<b>メール</b>&nbsp;<a href="mailto:').v('email_address', em).t('">').v('email_address', em).t('</a><br>\n');
  if (r.chance(0.5)) b.t('<b>生年月日</b>&nbsp;').v('birth_date', dateFmt(r, birth(r))).t('<br>\n');
  b.t('<br>\n今後ともよろしくお願いいたします。<br>\n<br>\n');
  b.zone('signature', () => b.t(`<hr>\n${c.senderCo}<br>\n${c.sender.sei} ${c.sender.mei}<br>\nTEL:${phoneFmt(r, landline(r))}<br>\n`));
  return { subject: '会員情報変更のお知らせ', styles: ['html'], personCount: 1 };
};

const splitValues: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  b.t('先ほどお電話でお伝えした内容を念のためメールでもお送りします。\n');
  b.t(`申込者は`).v('person_name', `${p.sei}\n${p.mei}`).t('様です（改行失礼します）。\n');
  const card = creditCard(r);
  b.t('カード番号は ').v('credit_card', `${card.slice(0, 8)}\n${card.slice(8)}`).t(' 、有効期限は ').n('card_expiry', `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(26, 31)}`).t(' です。\n');
  const a = address(r);
  b.t('お届け先：').v('address', `${a.line.slice(0, 6)}\n　${a.line.slice(6)}`).t('\n');
  const mn = myNumber(r);
  if (r.chance(0.6)) b.t('マイナンバー（個人番号）\n').v('my_number', `${mn.slice(0, 4)}-${mn.slice(4, 8)}-\n${mn.slice(8)}`).t('\n');
  const ph = mobile(r);
  b.t('ご連絡先 ').v('phone', `${ph.a}-${ph.b}-\n${ph.c}`).t('\n');
  signature(c);
  return { subject: '申込内容の件（念のため）', styles: ['split-lines'], personCount: 1 };
};

const foreignResident: Template = (c) => {
  const { b } = c;
  const kata = r.pick(KATA_FOREIGN); const [sur, giv] = r.pick(LATIN_FOREIGN);
  greeting(c);
  b.t(r.pick(['技能実習生の在留期間更新について、必要事項をご連絡いたします。\n', '外国人スタッフの雇用契約に関し、在留カードの情報をお送りいたします。\n']));
  b.t('\n■対象者\n氏名（カナ）：').v('person_name', kata).t('\n氏名（ローマ字）：').v('person_name', `${sur.toUpperCase()} ${giv.toUpperCase()}`).t('\n国籍：').n('nationality', r.pick(['ベトナム', 'フィリピン', 'インドネシア', 'ネパール'])).t('\n');
  b.t('在留カード番号：').v('residence_card', r.chance(0.3) ? fw(residenceCard(r)) : residenceCard(r)).t('\n');
  b.t('在留期限：').n('date_not_birthday', wareki({ y: 2026, m: r.int(1, 12), d: r.int(1, 28) })).t('\n');
  if (r.chance(0.6)) b.t('旅券番号：').v('passport', passport(r).replace(/^../, r.pick(['C', 'P', 'EA', 'B'])).slice(0, 9)).t('\n');
  const bd = birth(r, 1985, 2004);
  b.t('生年月日：').v('birth_date', `${bd.y}年${bd.m}月${bd.d}日`).t('\n');
  b.t('住居地：').v('address', address(r).line).t('\n');
  signature(c);
  return { subject: '在留期間更新の件', styles: ['katakana-name', 'foreign'], personCount: 1 };
};

const bankTransfer: Template = (c) => {
  const { b } = c;
  const p = people.kanaPerson();
  greeting(c);
  b.t(r.pick(['立替経費の精算につきまして、下記口座へお振込みいただけますと幸いです。\n', '退職金の振込先をご本人様より伺いましたので、ご連絡申し上げます。\n', '謝礼のお振込み先は下記のとおりでございます。\n']));
  b.t('\n振込先：').v('bank_account', `${r.pick(BANKS)} ${r.pick(BRANCHES)} ${r.pick(['普通', '当座', '普通預金'])} ${r.chance(0.2) ? fw(r.digits(7)) : r.digits(7)}`).t('\n');
  b.t('口座名義：').v('person_name', r.chance(0.6) ? halfKana(`${p.seiKana} ${p.meiKana}`) : `${p.seiKana} ${p.meiKana}`).t('\n');
  b.t('振込金額：').n('amount', `${r.int(1, 999)},${r.digits(3)}円`).t('\n');
  b.t('振込期日：').n('date_not_birthday', `${r.int(6, 12)}月${r.pick(['10', '25', '末'])}日`).t('\n');
  b.t('請求書番号：').n('invoice_number', `INV-2025${r.digits(4)}-${r.digits(3)}`).t('\n');
  signature(c);
  return { subject: '振込先のご連絡', styles: ['half-width-kana', '敬語'], personCount: 1 };
};

const yucho: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  b.t('ゆうちょ銀行の口座をご指定とのことで、承知いたしました。\n');
  b.t('名義人 ').v('person_name', `${p.sei}${p.mei}`).t(' 様\n記号・番号 ').v('bank_account', `1${r.digits(4)}-${r.digits(7)}1`).t('\n');
  b.t('（他行からの振込用：').v('bank_account', `${kanjiNum(r.int(1, 9))}${r.pick(['〇', '一', '二'])}八店 普通 ${r.digits(7)}`).t('）\n');
  signature(c);
  return { subject: '口座情報', styles: ['bank'], personCount: 1 };
};

const medicalLeave: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  const cond = r.pick(['適応障害', 'うつ病', '乳がん', '腰椎椎間板ヘルニア', '1型糖尿病', 'パニック障害', '脳梗塞', 'クローン病']);
  const n = fullName(r, p);
  b.t(r.pick(['ご報告です。', '内密にご相談させてください。', '恐れ入りますが、下記ご承知おきください。'])).v('person_name', n).t(r.pick(['さん', '氏', '主任'])).t('（社員番号 ').n('employee_id', r.digits(6)).t('）が、');
  b.s('sensitive.medical', cond, true).t(r.pick(['の診断を受け、', 'の治療のため、', 'により、'])).t(`${r.pick(['来月末まで', '当面の間', '3か月'])}休職することになりました。\n`);
  b.t('主治医の').o('hospital', r.pick(HOSPITALS)).t('からは、').s('sensitive.medical', r.pick(['通院しながらの時短勤務', '服薬の継続', '入院治療']), true).t('が必要との診断書が出ております。\n');
  if (r.chance(0.4)) b.t('緊急連絡先（ご家族）：').v('phone', phoneFmt(r, mobile(r))).t('\n');
  b.t('本件は人事部内限りでお願いいたします。\n');
  signature(c);
  return { subject: r.pick(['【親展】休職のご報告', '人事：休職者の件', 'ご相談（内密）']), styles: ['sensitive', '敬語'], sensitive: ['sensitive.medical'], personCount: 1 };
};

const healthCheckup: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  b.t(`今年度の定期健康診断の結果、`).v('person_name', `${p.sei}${p.mei}`).t('さん（').n('dept', r.pick(DEPTS)).t('）が');
  b.s('sensitive.health_checkup', r.pick(['要精密検査', '要再検査（C判定）', '要医療（D判定）']), true).t('となりました。\n');
  b.t('所見：').s('sensitive.health_checkup', r.pick([`血圧 ${r.int(150, 180)}/${r.int(95, 110)} mmHg`, `HbA1c ${r.int(7, 9)}.${r.int(0, 9)}%`, `γ-GTP ${r.int(110, 250)} IU/L`, '心電図異常（右脚ブロック）', '胸部X線 要精検']), true).t('\n');
  b.t('産業医面談の日程を調整いただけますでしょうか。候補日：').n('date_not_birthday', `${r.int(7, 9)}月${r.int(1, 28)}日`).t('\n');
  signature(c);
  return { subject: '健診結果（要精検者）のご連絡', styles: ['sensitive'], sensitive: ['sensitive.health_checkup'], personCount: 1 };
};

const disability: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  b.t('障害者雇用枠でご応募いただいた方について共有いたします。\n\n');
  b.t('応募者：').v('person_name', fullName(r, p)).t('\n');
  b.t('手帳：').s('sensitive.disability', r.pick(['身体障害者手帳2級（下肢機能障害）', '精神障害者保健福祉手帳3級', '療育手帳B2', '身体障害者手帳4級（聴覚障害）']), true).t('\n');
  const care = r.pick(['車いす使用のため段差のない席', '筆談での指示', '通院のため月1回の休暇']);
  b.t('配慮事項：').s('sensitive.disability', care, true).t('\n');
  // 通院 is health information about the applicant as well.
  const sens = care.startsWith('通院') ? ['sensitive.disability', 'sensitive.medical'] : ['sensitive.disability'];
  b.t('連絡先：').v('email_address', emailOf(r, r.pick(ROMA_LOCAL))).t('\n');
  signature(c);
  return { subject: '応募者情報（障害者雇用枠）', styles: ['sensitive', 'form'], sensitive: sens, personCount: 1 };
};

const criminal: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  const kind = r.int(0, 2);
  const cats: string[] = [];
  b.t('取り急ぎご報告いたします。\n');
  b.v('person_name', fullName(r, p)).t('（').n('age', `${r.int(22, 60)}歳`).t('、').n('dept', r.pick(DEPTS)).t('）について、');
  if (kind === 0) { b.s('sensitive.criminal_procedure', r.pick(['昨夜、酒気帯び運転の疑いで逮捕された', '業務上横領の容疑で書類送検された', '窃盗の容疑で警察の事情聴取を受けた']), true).t('との連絡が家族からありました。\n'); cats.push('sensitive.criminal_procedure'); }
  else if (kind === 1) { b.t('採用後に判明した件ですが、').s('sensitive.criminal_record', r.pick(['過去に傷害罪で懲役2年執行猶予4年の判決を受けていた', '前科（詐欺罪、罰金刑）がある', '道路交通法違反で罰金前科がある']), true).t('ことがわかりました。\n'); cats.push('sensitive.criminal_record'); }
  else { b.s('sensitive.crime_victim', r.pick(['元交際相手からのストーカー被害を受けており、警察に被害届を提出している', '通勤途中に痴漢の被害に遭い、現在警察の捜査中である', '特殊詐欺の被害に遭った']), true).t('とのことです。\n'); cats.push('sensitive.crime_victim'); }
  b.t('社内での取り扱いについては、明日の会議でご相談させてください。\n');
  signature(c);
  return { subject: r.pick(['【至急・親展】社員の件', '人事案件のご報告']), styles: ['sensitive'], sensitive: cats, personCount: 1 };
};

const creedRace: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  const kind = r.int(0, 3);
  let cat = '';
  b.t('来週の懇親会の手配について、一点ご配慮をお願いいたします。\n');
  b.v('person_name', `${p.sei}${r.pick(['さん', '様', '課長'])}`).t('は');
  if (kind === 0) { cat = 'sensitive.creed'; b.s(cat, r.pick(['イスラム教徒', 'ムスリム', 'エホバの証人の信者', '熱心な仏教徒（浄土真宗）']), true).t('のため、'); b.t('食事と時間帯にご配慮をお願いします。\n'); }
  else if (kind === 1) { cat = 'sensitive.creed'; b.s(cat, r.pick(['創価学会の会員', 'カトリック信者', '天理教の信者']), true).t('で、日曜午前は礼拝に出られるとのことです。\n'); }
  else if (kind === 2) { cat = 'sensitive.race'; b.s(cat, r.pick(['在日韓国人三世', 'アイヌ民族の出身', '日系ブラジル人三世']), true).t('であることを公表されていますが、懇親会の場で話題にしないようお願いいたします。\n'); }
  else { cat = 'sensitive.social_status'; b.s(cat, r.pick(['被差別部落の出身', '生活保護の受給者']), true).t('であると噂が立っており、本人が大変気にしています。取り扱いにご注意ください。\n'); }
  signature(c);
  return { subject: '懇親会の件（ご配慮のお願い）', styles: ['sensitive', '敬語'], sensitive: [cat], personCount: 1 };
};

const selfDisclosure: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t('私事で大変恐縮ですが、');
  b.s('sensitive.medical', r.pick(['胃がんの手術', '子宮筋腫の手術', '心臓のカテーテル治療', '白内障の手術']), true).t('のため、').n('date_not_birthday', `${r.int(7, 9)}月${r.int(1, 20)}日`).t('から2週間ほど入院いたします。\n不在中は同じ部署の者が対応いたします。ご迷惑をおかけし申し訳ございません。\n');
  signature(c);
  // The sender is identified by From: and the signature.
  return { subject: '不在のご連絡', styles: ['sensitive', 'self'], sensitive: ['sensitive.medical'], personCount: null };
};

const insurance: Template = (c) => {
  const { b } = c;
  const p = people.person(); const child = people.person();
  greeting(c);
  b.t('扶養家族の追加につき、健康保険の手続きをお願いいたします。\n\n');
  b.t('被保険者氏名　').v('person_name', fullName(r, p)).t('\n');
  b.t('保険証 記号　').v('health_insurance', `${r.digits(4)}`).t('　番号　').v('health_insurance', `${r.int(1, 999)}`).t('\n');
  if (r.chance(0.5)) b.t('被保険者番号　').v('health_insurance', r.digits(8)).t('\n');
  b.t('基礎年金番号　').v('pension_number', r.chance(0.5) ? pension(r) : fw(pension(r))).t('\n');
  b.t('追加する被扶養者　').v('person_name', `${p.sei}${child.mei}`).t('（長女、').v('birth_date', wareki({ y: 2019, m: r.int(5, 12), d: r.int(1, 28) })).t('生）\n');
  signature(c);
  return { subject: '被扶養者異動届の件', styles: ['form', '元年'], personCount: 2 };
};

const licenseCopy: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  b.t('社用車の使用申請に伴い、運転免許証の情報をお送りします。\n');
  b.t(`${r.pick(['氏名', '運転者'])}：`).v('person_name', fullName(r, p)).t('\n');
  const lic = license(r);
  b.t(r.pick(['免許証番号：', '運転免許証番号 ', '免許番号：第'])).v('drivers_license', r.chance(0.3) ? fw(lic) : lic).t(r.pick(['\n', '号\n'])).t('有効期限：').n('date_not_birthday', `${wareki({ y: 2028, m: r.int(1, 12), d: r.int(1, 28) })}まで`).t('\n');
  b.t('車両：').n('plate', `品川 300 さ ${r.int(10, 99)}-${r.int(10, 99)}`).t('\n');
  signature(c);
  return { subject: '社用車使用申請', styles: ['form'], personCount: 1 };
};

const cardOrder: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  b.t('お電話で承ったご注文について、決済情報を経理へ回します。\n');
  b.t('ご注文者：').v('person_name', `${p.sei} ${p.mei}`).t(' 様\n');
  b.t('カード：').v('credit_card', groupCard(r, creditCard(r))).t('（有効期限 ').n('card_expiry', `${r.int(1, 12)}/${r.int(26, 30)}`).t('）\n');
  b.t('ご請求額：').n('amount', `¥${r.int(10, 300)},${r.digits(3)}`).t('（税込）\n');
  b.t('注文番号：').n('order_number', `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`).t('\n');
  signature(c);
  return { subject: 'カード決済のお願い', styles: ['card'], personCount: 1 };
};

const corporate: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t('新規取引先の登録をお願いいたします。\n\n');
  b.t('社名：').t(r.pick(COMPANIES)).t('\n法人番号：').v('corporate_number', corporateNumber(r)).t('\n');
  b.t('本店所在地：').o('address', address(r).line).t('\n代表電話：').o('phone', phoneFmt(r, landline(r))).t('\n');
  b.t('インボイス登録番号：').v('corporate_number', `T${corporateNumber(r)}`).t('\n');
  b.t('資本金：').n('amount', `${r.int(1, 99)},000,000円`).t('\n設立：').n('date_not_birthday', `${r.int(1950, 2015)}年${r.int(1, 12)}月${r.int(1, 28)}日`).t('\n');
  signature(c);
  return { subject: '取引先登録依頼', styles: ['corporate'], personCount: 0 };
};

const mixedWidth: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  b.t('見学会のお申込みを受け付けました。\n');
  b.t('お名前　').v('person_name', `${p.sei}　${p.mei}`).t('様\n');
  b.t('ＴＥＬ　').v('phone', fw(`${mobile(r).a}${r.digits(8)}`)).t('\n');
  b.t('Ｅメール　').v('email_address', fw(emailOf(r, r.pick(ROMA_LOCAL)))).t('\n');
  const a = address(r);
  b.t('郵便番号　').v('address', fw(a.postal)).t('\nご住所　').v('address', a.line).t('\n');
  b.t('参加人数　').n('count', `${fw(String(r.int(1, 4)))}名`).t('\n見学日　').n('date_not_birthday', fw(`2025/0${r.int(7, 9)}/${r.int(10, 28)}`)).t('\n');
  signature(c);
  return { subject: '見学会申込', styles: ['full-width'], personCount: 1 };
};

const kanjiAddress: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  const [postal, pref, city, town] = r.pick(PLACES);
  b.t('ご送付先を下記のとおりご連絡申し上げます。\n\n');
  b.v('address', `${postal}\n${pref}${city}${town}${kanjiNum(r.int(1, 5))}丁目${kanjiNum(r.int(1, 40))}番${kanjiNum(r.int(1, 20))}号`).t('\n');
  b.v('person_name', `${p.sei} ${p.mei}`).t(' 行\n');
  b.t('電話 ').v('phone', `${kanjiDigits('0' + r.pick(['3', '6', '45', '52']))}（${kanjiDigits(String(r.int(200, 999)))}）${kanjiDigits(r.digits(4))}`).t('\n');
  signature(c);
  return { subject: 'ご送付先', styles: ['kanji-numerals'], personCount: 1 };
};

const genome: Template = (c) => {
  const { b } = c;
  const p = people.person();
  greeting(c);
  b.t('遺伝カウンセリング外来より、検査結果のご報告です。\n');
  b.t('患者ID ').n('patient_id', r.digits(8)).t('　').v('person_name', fullName(r, p)).t(' 様\n');
  b.t('結果：').s('sensitive.genome', r.pick(['BRCA1遺伝子に病的バリアントを認めました', 'ハンチントン病の遺伝子検査で陽性', '家族性高コレステロール血症の原因遺伝子変異あり']), true).t('。\n');
  b.t('生年月日 ').v('birth_date', dateFmt(r, birth(r))).t('\n');
  signature(c);
  return { subject: '検査結果のご報告', styles: ['sensitive'], sensitive: ['sensitive.genome'], personCount: 1 };
};

const katakanaJapanese: Template = (c) => {
  const { b } = c;
  const p = people.kanaPerson();
  greeting(c);
  b.t('先日お電話いただいた').v('person_name', r.pick([`${p.seiKana}様`, `${p.seiKana} ${p.meiKana}様`, `${p.sei.length === 1 ? p.sei : p.sei}さま`])).t(r.pick(['から折り返しのご依頼がありました。', 'より、資料送付のご希望を承りました。'])).t('\n');
  b.t('番号は ').v('phone', phoneFmt(r, mobile(r))).t(' とのことです。お手すきの際にご連絡をお願いします。\n');
  signature(c);
  return { subject: '折り返しのお願い', styles: ['katakana-name', 'prose'], personCount: 1 };
};

// ============================================================== templates: negatives
const orderNeg: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t('ご注文いただいた商品の出荷手配が完了いたしましたので、ご案内申し上げます。\n\n');
  const d11 = r.digits(11);
  b.t('ご注文番号：').n('order_number_mynumber_checksum', d11 + String(myNumberCheck(d11))).t('\n');
  b.t('お問い合わせ伝票番号：').n('tracking_number', r.pick([`${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, r.digits(12), `EJ${r.digits(9)}JP`])).t('（').n('carrier', r.pick(['ヤマト運輸', '佐川急便', '日本郵便'])).t('）\n');
  b.t('商品：').n('model_number', r.pick(['KX-PD915DL', 'SL-C1000', 'NW-A306', 'HDR-CX680', 'MFC-L2750DW'])).t(' ×').n('qty', String(r.int(1, 20))).t('\n');
  let jan = ean13(r.pick(['45', '49']), r);
  if (r.chance(0.4)) { for (let i = 0; i < 50 && !passesCorporate(jan); i++) jan = ean13(r.pick(['45', '49']), r); }
  b.t('JANコード：').n(passesCorporate(jan) ? 'jan_corporate_checksum' : 'jan', jan).t('\n');
  b.t('製造番号：').n('serial', r.pick([`S/N ${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`, `C02${'XKQ'[r.int(0, 2)]}${r.digits(5)}JG5H`, r.digits(10)])).t('\n');
  b.t('合計金額：').n('amount', `${r.int(1, 9)},${r.digits(3)},${r.digits(3)}円`).t('（税込）\n');
  b.t('お届け予定日：').n('date_not_birthday', `${dateFmt(r, { y: 2025, m: r.int(6, 12), d: r.int(1, 28) })}`).t('\n');
  signature(c);
  return { subject: '出荷のご案内', styles: ['negative'], personCount: 0 };
};

const meetingNeg: Template = (c) => {
  const { b } = c;
  greeting(c);
  const dt = { y: 2025, m: r.int(6, 12), d: r.int(1, 28) };
  b.t('下記のとおり定例会議を開催いたしますので、ご出席くださいますようお願い申し上げます。\n\n記\n\n');
  b.t('日時：').n('date_not_birthday', r.chance(0.5) ? `${wareki(dt)}（${'月火水木金'[r.int(0, 4)]}）${r.int(9, 16)}:00〜` : `${dt.y}/${dt.m}/${dt.d} ${r.int(9, 16)}:30-`).t('\n');
  const a = address(r);
  b.t('会場：').o('address', `${r.pick(['本社', '大阪支店', '貸会議室'])}（${a.line} ${r.pick(['ABCビル', '第二ビル'])}${r.int(2, 12)}F）`).t('\n');
  b.t('会議ID：').n('meeting_id', `${r.digits(3)} ${r.digits(4)} ${r.digits(4)}`).t('　パスコード：').n('passcode', r.digits(6)).t('\n');
  b.t('当日の連絡先：受付 ').o('phone', phoneFmt(r, landline(r))).t('\n');
  b.t('議題：第').n('number', kanjiNum(r.int(2, 4))).t('四半期の売上報告、').n('amount', `予算${r.int(100, 999)}万円`).t('の執行状況\n\n以上\n');
  signature(c, false);
  return { subject: '定例会議のご案内', styles: ['negative', '敬語'], personCount: 0 };
};

const itIncidentNeg: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t('本日発生した').n('it_incident_shogai', 'システム障害').t('についてご報告いたします。\n');
  b.t(r.pick(['発生時刻は10:42、ネットワーク機器の', '原因はストレージコントローラの', 'DBサーバの'])).n('it_incident_shogai', r.pick(['障害', '不具合による障害', 'ハードウェア障害'])).t('です。\n');
  b.t('影響範囲：受注システム（障害ID ').n('ticket', `INC${r.digits(7)}`).t('）\n');
  b.t('なお、この古いバッチ処理が').n('metaphor_disease', r.pick(['全体のボトルネック、いわば癌', 'システムの持病', '慢性的な病巣'])).t('になっており、早急な改修が必要です。\n');
  b.t('再発防止策：').n('it_incident_shogai', '障害対応手順').t('の見直し、監視の強化。\n');
  b.t('サーバ：').n('hostname', `srv-app-${r.digits(2)}`).t('（').n('ip', `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`).t('）\n');
  signature(c);
  return { subject: '【障害報告】受注システム', styles: ['negative', 'sensitive-negative'], personCount: 0 };
};

const newsNeg: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t(r.pick(['業界ニュースの共有です。\n', '参考情報としてお送りします。\n']));
  b.n('news_disease', r.pick(['厚生労働省によると、今季のインフルエンザ患者数は前週比で1.5倍に増加した。', '国内の糖尿病有病者数は約1,000万人と推計されている。', '認知症の高齢者は2025年に約700万人に達する見込みだという。', 'がん検診の受診率向上に向けた新たな取り組みが始まった。']));
  b.t('\n弊社としては、').n('product_disease', r.pick(['認知症予防アプリ', '糖尿病患者向けの配食サービス', 'うつ病の早期発見を支援するAI'])).t('の市場拡大が見込めると考えています。\n');
  b.t('また、').n('hospital_no_patient', r.pick(HOSPITALS)).t('が来春').n('news', '新病棟を開設').t('予定で、医療機器の需要も見込まれます。\n');
  b.t('来週の').n('checkup_notice', '定期健康診断').t('は').n('date_not_birthday', `${r.int(9, 11)}月${r.int(1, 28)}日`).t('です。各自受診してください。\n');
  if (r.chance(0.5)) b.t('当社は').n('policy_race', '人種・信条・性別を問わず').t('採用を行っています。\n');
  if (r.chance(0.5)) b.t('取引先の').n('religious_corp', '宗教法人 光明寺').t('様より、').n('amount', `¥${r.int(100, 999)},000`).t('のご入金がありました。\n');
  signature(c);
  return { subject: r.pick(['業界ニュース共有', '情報共有']), styles: ['negative', 'sensitive-negative'], personCount: 0 };
};

const bookIbanNeg: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t('海外出版社への支払いと書籍の発注についてです。\n\n');
  b.t('Beneficiary: Springer Nature GmbH\nIBAN: ').n('iban', iban(r)).t('\nSWIFT/BIC: ').n('swift', r.pick(['DEUTDEFFXXX', 'NWBKGB2L', 'BNPAFRPP'])).t('\nAmount: ').n('amount', `EUR ${r.int(1, 9)},${r.digits(3)}.00`).t('\n');
  b.t('Invoice No.: ').n('invoice_number', `${r.digits(10)}`).t('\n\n');
  for (let i = 0; i < r.int(1, 3); i++) b.t('ISBN ').n('isbn', r.chance(0.5) ? isbn13(r) : isbn13(r).replace(/-/g, '')).t(` ×${r.int(1, 5)}冊\n`);
  b.t('為替予約番号：').n('fx_ref', r.digits(12)).t('\n');
  signature(c);
  return { subject: '海外送金・書籍発注', styles: ['negative', 'english'], personCount: 0 };
};

const priceListNeg: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t('改定後の価格表をお送りします（TSV）。\n\n品番\tJAN\t旧価格\t新価格\t発売日\n');
  for (let i = 0; i < r.int(3, 6); i++) {
    b.n('model_number', `${r.pick(['AB', 'KZ', 'TR'])}-${r.digits(4)}`).t('\t').n('jan', ean13('49', r)).t('\t').n('amount', `${r.int(1, 99)},${r.digits(3)}`).t('\t').n('amount', `${r.int(1, 99)},${r.digits(3)}`).t('\t').n('date_not_birthday', dateFmt(r, { y: r.int(2018, 2025), m: r.int(1, 12), d: r.int(1, 28) })).t('\n');
  }
  signature(c);
  return { subject: '価格改定のお知らせ', styles: ['negative', 'table-in-body', 'tsv'], personCount: 0 };
};

const signatureOnly: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t(r.pick(['資料を拝受いたしました。社内で検討のうえ、改めてご連絡申し上げます。\n', '承知いたしました。明日中に対応いたします。\n', '日程調整ありがとうございます。7月3日（木）15時で問題ございません。\n']));
  signature(c);
  return { subject: 'Re: ご確認のお願い', styles: ['negative', 'signature-only'], personCount: 0 };
};

// ============================================================== attachment tables
const attachedRoster: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t('会員名簿（CSV）を添付いたします。パスワードは別送いたします。\n');
  signature(c);
  const headerStyle = r.int(0, 2);
  const header = headerStyle === 0 ? ['Name', 'DOB', 'TEL', 'E-mail', 'Address'] : headerStyle === 1 ? ['お名前', '生年月日(和暦)', '連絡先', 'メール', '〒・住所'] : ['会員氏名', '誕生日', '携帯', 'PCメール', '住居'];
  const n = r.int(4, 12);
  const rows: string[][] = []; const labels: Array<[number, number, string]> = [];
  for (let i = 0; i < n; i++) {
    const p = people.person(); const a = address(r); const bd = birth(r, 1940, 2010);
    rows.push([headerStyle === 0 ? (([f, l]) => `${f} ${l}`)(r.pick(ROMAN)) : `${p.sei} ${p.mei}`, headerStyle === 1 ? wareki(bd) : dateFmt(r, bd), phoneFmt(r, mobile(r)), emailOf(r, r.pick(ROMA_LOCAL)), `${postalFmt(r, a.postal)} ${a.line}`]);
    labels.push([i, 0, 'person_name'], [i, 1, 'birth_date'], [i, 2, 'phone'], [i, 3, 'email_address'], [i, 4, 'address']);
  }
  return { subject: '会員名簿送付', styles: ['attachment-table'], personCount: n, table: { location: `attachment[1] members_${r.digits(4)}.csv`, header, rows, labels } };
};

const attachedProducts: Template = (c) => {
  const { b } = c;
  greeting(c);
  b.t('在庫一覧を添付します。ご確認ください。\n');
  signature(c);
  const header = ['品番', 'JANコード', 'シリアル', '入荷日', '単価', '倉庫TEL'];
  const rows: string[][] = [];
  for (let i = 0; i < r.int(5, 15); i++) {
    const d11 = r.digits(11);
    rows.push([`${r.pick(['AB', 'KZ', 'TR'])}-${r.digits(4)}`, ean13('45', r), r.chance(0.5) ? d11 + String(myNumberCheck(d11)) : `SN${r.digits(10)}`, dateFmt(r, { y: 2025, m: r.int(1, 6), d: r.int(1, 28) }), `¥${r.int(1, 99)},${r.digits(3)}`, '03-5555-0100']);
  }
  return { subject: '在庫一覧', styles: ['attachment-table', 'negative'], personCount: 0, table: { location: `attachment[1] stock_${r.digits(4)}.xlsx › Sheet1`, header, rows, labels: [] } };
};

// ============================================================== assembly
const TEMPLATES: Array<[string, Template, number]> = [
  ['人事フォーム', hrForm, 16], ['転送チェーン', forwardChain, 18], ['英文混在', englishMixed, 12], ['本文表', bodyTable, 16],
  ['HTML風', htmlish, 10], ['分割値', splitValues, 10], ['外国人在留', foreignResident, 10], ['振込先', bankTransfer, 10],
  ['ゆうちょ', yucho, 5], ['休職', medicalLeave, 12], ['健診結果', healthCheckup, 8], ['障害者雇用', disability, 8],
  ['犯罪関係', criminal, 10], ['信条人種', creedRace, 10], ['自己開示', selfDisclosure, 6], ['扶養追加', insurance, 8],
  ['免許', licenseCopy, 8], ['カード決済', cardOrder, 8], ['法人登録', corporate, 8], ['全角混在', mixedWidth, 8],
  ['漢数字住所', kanjiAddress, 6], ['遺伝子', genome, 4], ['カナ氏名', katakanaJapanese, 8],
  ['出荷案内', orderNeg, 14], ['会議案内', meetingNeg, 12], ['障害報告IT', itIncidentNeg, 10], ['ニュース', newsNeg, 12],
  ['海外送金書籍', bookIbanNeg, 8], ['価格表', priceListNeg, 6], ['署名のみ', signatureOnly, 10],
  ['添付名簿', attachedRoster, 8], ['添付在庫', attachedProducts, 6],
];

const cases: HoldoutCase[] = [];
for (const [name, tpl, n] of TEMPLATES) {
  for (let i = 0; i < n; i++) {
    const sender = people.person(); const rcpt = people.person();
    const senderCo = r.pick(COMPANIES); const rcptCo = r.pick(COMPANIES.filter((x) => x !== senderCo));
    const b = new Body();
    const meta = tpl({ b, sender, senderCo, rcpt, rcptCo });
    const sensitive = meta.sensitive ?? [];
    if (meta.table) for (const [, , cat] of meta.table.labels) if (cat.startsWith('sensitive.') && !sensitive.includes(cat)) sensitive.push(cat);
    const hc: HoldoutCase = {
      id: `H-${name}-${String(i + 1).padStart(3, '0')}`,
      template: name,
      styles: meta.styles,
      from: { name: `${sender.sei} ${sender.mei}`, address: emailOf(r, r.pick(ROMA_LOCAL)) },
      to: [{ name: `${rcpt.sei} ${rcpt.mei}`, address: emailOf(r, r.pick(ROMA_LOCAL)) }],
      subject: meta.subject,
      body: b.text,
      labels: b.labels,
      zones: b.zones,
      optional: b.optional,
      traps: b.traps,
      sensitive,
      personCount: meta.personCount,
    };
    if (meta.table) hc.table = meta.table;
    cases.push(hc);
  }
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'holdout.json');
writeFileSync(out, JSON.stringify({ seed: SEED, generator: 'test/eval-holdout/generate.ts', note: 'Independent hold-out set; written without reading src/detect, dictionaries or test/eval-data/generate.ts.', cases }, null, 1) + '\n');
console.log(`wrote ${cases.length} cases to ${path.relative(process.cwd(), out)}`);
