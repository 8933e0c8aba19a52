/**
 * Generates the labelled synthetic evaluation set `test/eval-data/mails.json`.
 * Synthetic people from @faker-js/faker (ja, fixed seed), real place names, business prose
 * written for this set. Run: `npx tsx test/eval-data/generate.ts` (output is committed).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakerJA as faker } from '@faker-js/faker';

const SEED = 20250601;
faker.seed(SEED);

export interface Label { category: string; start: number; end: number; identified?: boolean }
export interface ZoneLabel { kind: 'signature' | 'greeting'; start: number; end: number }
export interface TableCase {
  location: string;
  header: string[];
  rows: string[][];
  /** Gold categories per cell: [row, column, category]. */
  labels: Array<[number, number, string]>;
}
export interface EvalCase {
  id: string;
  template: string;
  from: { name: string; address: string };
  to: Array<{ name: string; address: string }>;
  subject: string;
  body: string;
  labels: Label[];
  zones: ZoneLabel[];
  table?: TableCase;
  /** People whose data is disclosed (signature and greeting people excluded). */
  personCount: number;
}

class Body {
  text = '';
  labels: Label[] = [];
  zones: ZoneLabel[] = [];
  t(s: string): this {
    this.text += s;
    return this;
  }
  pii(category: string, s: string, identified?: boolean): this {
    const start = this.text.length;
    this.text += s;
    const label: Label = { category, start, end: this.text.length };
    if (identified !== undefined) label.identified = identified;
    this.labels.push(label);
    return this;
  }
  zone(kind: ZoneLabel['kind'], fn: () => void): this {
    const start = this.text.length;
    fn();
    this.zones.push({ kind, start, end: this.text.length });
    return this;
  }
}

// ---- values ---------------------------------------------------------------------------
const pick = <T,>(xs: readonly T[]): T => faker.helpers.arrayElement(xs);
const digits = (n: number): string => Array.from({ length: n }, () => String(faker.number.int(9))).join('');
const fw = (s: string): string => s.replace(/[0-9-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
const KANJI = '〇一二三四五六七八九';
const kanjiDigits = (s: string): string => s.replace(/[0-9-]/g, (c) => (c === '-' ? 'ー' : KANJI[Number(c)]!));
const spaced = (s: string): string => s.replace(/-/g, '').split('').join(' ');

function myNumber(): string {
  const body = digits(11);
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += Number(body[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return body + String(r <= 1 ? 0 : 11 - r);
}
function luhnComplete(prefix: string, length: number): string {
  let s = prefix + digits(length - prefix.length - 1);
  for (let c = 0; c <= 9; c++) {
    const cand = s + c;
    let sum = 0;
    for (let i = 0; i < cand.length; i++) {
      let d = Number(cand[cand.length - 1 - i]);
      if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    if (sum % 10 === 0) return cand;
  }
  return s;
}
function card(): string {
  const kind = pick(['visa', 'jcb', 'mc', 'amex']);
  if (kind === 'amex') { const n = luhnComplete(pick(['34', '37']), 15); return pick([`${n.slice(0, 4)}-${n.slice(4, 10)}-${n.slice(10)}`, n]); }
  const prefix = kind === 'visa' ? '4' : kind === 'jcb' ? String(faker.number.int({ min: 3528, max: 3589 })) : String(faker.number.int({ min: 51, max: 55 }));
  const n = luhnComplete(prefix, 16);
  const g = `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`;
  return pick([g, g.replace(/ /g, '-'), n, fw(g.replace(/ /g, '-'))]);
}
const AREAS = ['03', '06', '011', '052', '045', '092', '075', '022', '0466', '0155', '0267', '0299'];
function phone(): string {
  const mobile = faker.datatype.boolean();
  let national: string;
  let grouped: string;
  if (mobile) {
    national = pick(['090', '080', '070']) + digits(8);
    grouped = `${national.slice(0, 3)}-${national.slice(3, 7)}-${national.slice(7)}`;
  } else {
    const area = pick(AREAS);
    national = area + String(faker.number.int({ min: 1, max: 9 })) + digits(9 - area.length);
    const local = national.slice(area.length);
    grouped = `${area}-${local.slice(0, local.length - 4)}-${local.slice(-4)}`;
  }
  const style = faker.number.int(9);
  if (style <= 4) return grouped;
  if (style === 5) return national;
  if (style === 6) return fw(grouped);
  if (style === 7) return `+81-${grouped.slice(1)}`;
  if (style === 8) return mobile ? spaced(grouped) : `(${grouped.replace('-', ')').replace(/^/, '')}`.replace(/^\((\d+)\)/, '($1)');
  return mobile ? kanjiDigits(grouped) : grouped;
}
const PLACES: Array<[string, string, string]> = [
  ['東京都', '千代田区', '丸の内'], ['東京都', '世田谷区', '三軒茶屋'], ['東京都', '杉並区', '高円寺南'], ['東京都', '八王子市', '旭町'],
  ['神奈川県', '横浜市港北区', '日吉本町'], ['神奈川県', '川崎市中原区', '小杉町'], ['大阪府', '大阪市北区', '梅田'], ['大阪府', '豊中市', '本町'],
  ['愛知県', '名古屋市中区', '栄'], ['北海道', '札幌市中央区', '北一条西'], ['福岡県', '福岡市博多区', '博多駅前'], ['京都府', '京都市左京区', '田中里ノ前町'],
  ['埼玉県', 'さいたま市浦和区', '高砂'], ['千葉県', '船橋市', '本町'], ['兵庫県', '神戸市中央区', '三宮町'], ['宮城県', '仙台市青葉区', '一番町'],
  ['広島県', '広島市中区', '紙屋町'], ['静岡県', '浜松市中央区', '砂山町'], ['長野県', '松本市', '中央'], ['沖縄県', '那覇市', '久茂地'],
];
function address(): string {
  const [p, c, t] = pick(PLACES);
  const block = pick([
    `${faker.number.int({ min: 1, max: 9 })}-${faker.number.int({ min: 1, max: 30 })}-${faker.number.int({ min: 1, max: 20 })}`,
    `${faker.number.int({ min: 1, max: 9 })}丁目${faker.number.int({ min: 1, max: 30 })}番${faker.number.int({ min: 1, max: 20 })}号`,
  ]);
  const room = faker.datatype.boolean() ? ` ${pick(['メゾン', 'コーポ', 'ハイツ'])}${faker.person.lastName()} ${faker.number.int({ min: 101, max: 905 })}号室` : '';
  return `${p}${c}${t}${block}${room}`;
}
function birthDate(): string {
  const y = faker.number.int({ min: 1950, max: 2004 });
  const m = faker.number.int({ min: 1, max: 12 });
  const d = faker.number.int({ min: 1, max: 28 });
  const style = faker.number.int(3);
  if (style === 0) return `${y}年${m}月${d}日`;
  if (style === 1) return `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;
  if (y < 1989) return `昭和${y - 1925}年${m}月${d}日`;
  return `平成${y - 1988 === 1 ? '元' : y - 1988}年${m}月${d}日`;
}
interface Person { last: string; first: string; email: string }
function person(): Person {
  const sex = pick(['male', 'female'] as const);
  return { last: faker.person.lastName(), first: faker.person.firstName(sex), email: faker.internet.email({ provider: pick(['example.jp', 'example.com', 'mail.example.ne.jp']) }).toLowerCase() };
}
const fullName = (p: Person): string => (faker.datatype.boolean() ? `${p.last} ${p.first}` : `${p.last}${p.first}`);
const COMPANIES = ['株式会社青葉商事', '東和システム株式会社', '株式会社みなと物流', '有限会社さくら工房', '北斗エンジニアリング株式会社', '株式会社ひかりメディカル'];
const DEPTS = ['営業部', '総務部', '人事部', '経理部', '開発部 第二課', '購買部'];
const BANKS = ['みずほ銀行', '三井住友銀行', '三菱UFJ銀行', '横浜銀行', '城南信用金庫'];
const BRANCHES = ['渋谷支店', '新宿支店', '本店営業部', '梅田支店', '横浜駅前支店'];

// ---- mail frame: greeting and signature (not leaks on their own) ------------------------
function greeting(b: Body, to: Person, company: string): void {
  b.zone('greeting', () => {
    const style = faker.number.int(2);
    if (style === 0) b.t(`${company}\n${pick(DEPTS)} ${to.last}様\n`);
    else if (style === 1) b.t(`${company}\n${to.last} ${to.first}様\n`);
    else b.t(`${to.last}さん\n`);
  });
  b.t('\n');
}
function signature(b: Body, from: Person, company: string): void {
  b.t('\n');
  b.zone('signature', () => {
    const [p, c, t] = pick(PLACES);
    const style = faker.number.int(2);
    const tel = `03-${digits(4)}-${digits(4)}`;
    if (style === 0) b.t(`--\n${from.last} ${from.first}\n${company} ${pick(DEPTS)}\nTEL: ${tel}\nE-mail: ${from.email}\n`);
    else if (style === 1)
      b.t(`━━━━━━━━━━━━━━━━━━━━\n${company}\n${pick(DEPTS)} ${from.last} ${from.first}\n〒${digits(3)}-${digits(4)} ${p}${c}${t}1-2-3 ${pick(['第一', 'センター', 'スクエア'])}ビル${faker.number.int({ min: 2, max: 12 })}F\nTel ${tel} / Fax 03-${digits(4)}-${digits(4)}\nMail: ${from.email}\n━━━━━━━━━━━━━━━━━━━━\n`);
    else b.t(`${company}\n${pick(DEPTS)}\n${from.last}${from.first}\n電話：${tel}\nメール：${from.email}\n`);
  });
}

// ---- templates -------------------------------------------------------------------------
type Template = (b: Body, ctx: { to: Person; from: Person; company: string }) => { subject: string; people: number; table?: TableCase };

const quote: Template = (b) => {
  const order = myNumber();
  b.t(`いつもお世話になっております。\n先日ご依頼いただいた件につき、お見積書を添付いたします。\n\n`);
  b.t(`・型番 ${pick(['AX', 'QF', 'ZK'])}-${digits(4)}-${digits(4)} 単価 ¥${faker.number.int({ min: 1000, max: 99999 }).toLocaleString('ja-JP')} × ${faker.number.int({ min: 1, max: 50 })}台\n`);
  b.t(`・注文番号 ${order}\n・品番 ${digits(13)}\n・納期 ${faker.number.int({ min: 2025, max: 2026 })}年${faker.number.int({ min: 1, max: 12 })}月${faker.number.int({ min: 1, max: 28 })}日\n`);
  b.t(`・見積有効期限 発行日より30日\n合計金額 ${faker.number.int({ min: 100000, max: 9999999 }).toLocaleString('ja-JP')}円（税込）\n\nご検討のほど、よろしくお願いいたします。\n`);
  return { subject: '【お見積】ご依頼の件', people: 0 };
};
const meeting: Template = (b) => {
  b.t(`お疲れさまです。\n次回の定例会議を${faker.number.int({ min: 1, max: 12 })}月${faker.number.int({ min: 1, max: 28 })}日（${pick(['月', '火', '水', '木', '金'])}）${faker.number.int({ min: 9, max: 17 })}:00より、`);
  b.t(pick(['東京都庁の会議室で', '本社ビル3階の第2会議室で', '大阪府庁別館の会議室にて', 'オンライン（Teams）で']));
  b.t(`開催します。\n議題：${pick(['来期予算', '新製品の販売計画', '糖尿病の新薬に関する市場調査の結果', 'がん保険の新商品企画', '健康診断の実施スケジュール'])}について\n資料は前日までに共有フォルダ（\\\\fs01\\share\\2025）に格納してください。\nがんばっていきましょう。\n`);
  return { subject: '定例会議のご案内', people: 0 };
};
const invoice: Template = (b) => {
  const corp = corporateNumber();
  b.t(`いつもお世話になっております。\n${faker.number.int({ min: 1, max: 12 })}月分のご請求書をお送りいたします。\n請求書番号：INV-${digits(4)}-${digits(6)}\n登録番号：`);
  b.pii('corporate_number', `T${corp}`);
  b.t(`\nお支払期限：${faker.number.int({ min: 2025, max: 2026 })}年${faker.number.int({ min: 1, max: 12 })}月末日\n振込先：${pick(BANKS)} ${pick(BRANCHES)}（当社名義）\nご不明点は経理部までお問い合わせください。\n`);
  return { subject: '請求書送付のご案内', people: 0 };
};
const hr: Template = (b) => {
  const p = person();
  b.t('お疲れさまです。人事部です。\n来月入社予定の方の情報を共有します。\n\n氏名：');
  b.pii('person_name', fullName(p));
  b.t('\n生年月日：');
  b.pii('birth_date', birthDate());
  b.t('\n住所：');
  b.pii('address', address());
  b.t('\n携帯電話：');
  b.pii('phone', phone());
  b.t('\nマイナンバー：');
  const mn = myNumber();
  b.pii('my_number', pick([mn, `${mn.slice(0, 4)}-${mn.slice(4, 8)}-${mn.slice(8)}`, fw(mn), `${mn.slice(0, 4)} ${mn.slice(4, 8)} ${mn.slice(8)}`]));
  b.t('\n給与振込口座：');
  b.pii('bank_account', `${pick(BANKS)} ${pick(BRANCHES)} 普通 ${digits(7)}`);
  if (faker.datatype.boolean()) {
    b.t('\n\nなお、ご本人より');
    b.pii('sensitive.medical', pick(['うつ病', '糖尿病', '喘息']), true);
    b.t('で通院中との申告がありました。配慮をお願いします。\n');
  } else b.t('\n');
  return { subject: '入社手続きについて', people: 1 };
};
const clinic: Template = (b) => {
  const p = person();
  b.t('いつも大変お世話になっております。\n下記の患者様の紹介状をお送りいたします。\n\n');
  b.pii('person_name', `${p.last}${p.first}`);
  b.t(pick(['様', ' 様', 'さん']));
  b.t(`（${faker.number.int({ min: 20, max: 85 })}歳）は`);
  b.pii('sensitive.medical', pick(['糖尿病', '高血圧症', '脳梗塞', '胃がん', 'うつ病']), true);
  b.t('のため当院に');
  b.pii('sensitive.medical', '通院', true);
  b.t('されています。\n保険証 記号');
  b.pii('health_insurance', `${digits(4)} 番号 ${digits(3)}`);
  b.t('\n連絡先：');
  b.pii('phone', phone());
  b.t('\n\n検査結果は別途郵送いたします。\n');
  return { subject: '紹介状の送付', people: 1 };
};
const research: Template = (b) => {
  b.t(`お世話になっております。\n${pick(['糖尿病', '認知症', '乳がん', '喘息'])}の新薬に関する市場調査の報告書を添付します。\n`);
  b.t(`国内の患者数は約${faker.number.int({ min: 10, max: 900 })}万人と推定され、${pick(['入院', '通院', '治療'])}の負担軽減が課題です。\n`);
  b.t(`また、労働組合との団体交渉の日程は${faker.number.int({ min: 1, max: 12 })}月中に調整予定です。\n調査対象者の個人情報は含まれておりません。\n`);
  return { subject: '市場調査報告書', people: 0 };
};
const recruit: Template = (b) => {
  const p = person();
  b.t('採用担当各位\n\n本日面接した応募者について共有します。\n\n応募者：');
  b.pii('person_name', fullName(p));
  b.t('\nメール：');
  b.pii('email_address', p.email);
  b.t('\n電話番号：');
  b.pii('phone', phone());
  b.t('\n生年月日 ');
  b.pii('birth_date', birthDate());
  b.t('\n評価：コミュニケーション力が高く、二次面接に進めたいと考えています。\n');
  return { subject: '面接結果の共有', people: 1 };
};
const payment: Template = (b) => {
  const p = person();
  const first = faker.datatype.boolean();
  b.t('お世話になっております。\nお申込みいただいた会員様のお支払い情報を確認しました。\n\n会員：');
  b.pii('person_name', fullName(p));
  b.t(' 様\nクレジットカード番号：');
  b.pii('credit_card', card());
  b.t(`\n有効期限：${String(faker.number.int({ min: 1, max: 12 })).padStart(2, '0')}/${faker.number.int({ min: 26, max: 30 })}\n`);
  if (first) {
    b.t('パスポート番号：');
    b.pii('passport', `${pick(['TK', 'TR', 'TZ', 'MU'])}${digits(7)}`);
    b.t('\n');
  } else {
    b.t('運転免許証番号：');
    b.pii('drivers_license', `${pick(['30', '62', '45', '11'])}${digits(10)}`);
    b.t('\n');
  }
  b.t('引き続きよろしくお願いいたします。\n');
  return { subject: 'お支払い情報の確認', people: 1 };
};
const foreignStaff: Template = (b) => {
  const p = person();
  b.t('お疲れさまです。\n外国籍スタッフの在留カード情報を更新しました。\n\n');
  b.pii('person_name', `${p.last} ${p.first}`);
  b.t('さん 在留カード番号 ');
  b.pii('residence_card', `${pick(['AB', 'CD', 'EF'])}${digits(8)}${pick(['CD', 'GH', 'JK'])}`);
  b.t('\n基礎年金番号：');
  b.pii('pension_number', `${digits(4)}-${digits(6)}`);
  b.t('\n住所：');
  b.pii('address', address());
  b.t('\n');
  return { subject: '在留カード情報の更新', people: 1 };
};
const memberList: Template = (b) => {
  b.t('お世話になっております。\nご依頼の会員名簿を添付いたします（Excel）。\nご確認のほどよろしくお願いいたします。\n');
  const header = ['No', '氏名', 'フリガナ', '生年月日', '住所', '電話番号', 'メールアドレス', '備考'];
  const rows: string[][] = [];
  const labels: Array<[number, number, string]> = [];
  const n = faker.number.int({ min: 30, max: 120 });
  for (let r = 0; r < n; r++) {
    const p = person();
    const note = faker.number.int(9) === 0 ? `${pick(['糖尿病', '喘息', '心不全'])}で通院中` : pick(['', '', '新規', '紹介', 'DM不要']);
    rows.push([String(r + 1), `${p.last} ${p.first}`, '', birthDate(), address(), phone(), p.email, note]);
    labels.push([r, 1, 'person_name'], [r, 3, 'birth_date'], [r, 4, 'address'], [r, 5, 'phone'], [r, 6, 'email_address']);
    if (note.includes('通院')) labels.push([r, 7, 'sensitive.medical']);
  }
  return { subject: '会員名簿の送付', people: n, table: { location: 'attachment[1] 会員名簿.xlsx › Sheet1', header, rows, labels } };
};
const productList: Template = (b) => {
  b.t('お世話になっております。\n新商品の価格表を添付いたします。\n');
  const header = ['品番', '商品名', '型番', 'JANコード', '単価', '発売日'];
  const rows: string[][] = [];
  for (let r = 0; r < 40; r++) {
    rows.push([`P-${digits(6)}`, pick(['ノートPC', 'モニター', 'キーボード', '複合機', 'がん検診キット']), `${pick(['XR', 'LT'])}${digits(4)}-${digits(3)}`, `49${digits(11)}`, `${faker.number.int({ min: 1000, max: 200000 })}`, `2025/${String(faker.number.int({ min: 1, max: 12 })).padStart(2, '0')}/01`]);
  }
  return { subject: '価格表の送付', people: 0, table: { location: 'attachment[1] 価格表.xlsx › Sheet1', header, rows, labels: [] } };
};

const report: Template = (b) => {
  const p = person();
  const q = person();
  b.t('お疲れさまです。\n本日の');
  b.t(pick(['営業会議', '部内ミーティング', '朝礼']));
  b.t('の内容を共有します。\n\n');
  b.pii('person_name', `${p.last}${p.first}`);
  b.t(pick(['から来月末で退職したいとの申し出がありました。', 'が新しいプロジェクトのリーダーに決まりました。', 'は来週から大阪支店へ異動になります。']));
  b.t('\n後任は');
  b.pii('person_name', `${q.last}${q.first}`);
  b.t(pick(['を予定しています。', 'に依頼済みです。']));
  b.t('\n引き継ぎの詳細は別途連絡します。\n');
  return { subject: '本日の共有事項', people: 2 };
};

function corporateNumber(): string {
  const body = digits(12);
  let sum = 0;
  for (let n = 1; n <= 12; n++) sum += Number(body[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return String(9 - (sum % 9)) + body;
}

const TEMPLATES: Array<[string, Template, number]> = [
  ['見積', quote, 40], ['会議', meeting, 40], ['請求', invoice, 30], ['人事', hr, 40], ['医療機関', clinic, 40],
  ['市場調査', research, 30], ['採用', recruit, 30], ['支払', payment, 30], ['在留', foreignStaff, 20],
  ['報告', report, 30], ['名簿', memberList, 8], ['価格表', productList, 6],
];

function generate(): EvalCase[] {
  const cases: EvalCase[] = [];
  for (const [name, template, count] of TEMPLATES) {
    for (let i = 0; i < count; i++) {
      const to = person();
      const from = person();
      const company = pick(COMPANIES);
      const b = new Body();
      greeting(b, to, company);
      const out = template(b, { to, from, company });
      signature(b, from, pick(COMPANIES));
      const c: EvalCase = {
        id: `${name}-${String(i + 1).padStart(3, '0')}`,
        template: name,
        from: { name: `${from.last} ${from.first}`, address: from.email },
        to: [{ name: `${to.last} ${to.first}`, address: to.email }],
        subject: out.subject,
        body: b.text,
        labels: b.labels,
        zones: b.zones,
        personCount: out.people,
      };
      if (out.table) c.table = out.table;
      cases.push(c);
    }
  }
  return cases;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const cases = generate();
writeFileSync(path.join(here, 'mails.json'), JSON.stringify({ seed: SEED, generator: 'test/eval-data/generate.ts', cases }, null, 1) + '\n');
console.log(`wrote ${cases.length} cases to ${path.join(here, 'mails.json')}`);
