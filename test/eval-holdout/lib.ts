/**
 * Building blocks of the hold-out generator: a seeded RNG, an offset-tracking body builder, and
 * value generators (valid check digits where the real identifier has one). Written independently of
 * the detector and of test/eval-data/generate.ts.
 */
import { Faker, ja, base } from '@faker-js/faker';

export interface HLabel { category: string; start: number; end: number; identified?: boolean }
export interface HZone { kind: 'signature' | 'greeting'; start: number; end: number }
/** A negative trap: a value that looks like personal data but is not (for diagnosing false positives). */
export interface HTrap { kind: string; start: number; end: number }
export interface HTable { location: string; header: string[]; rows: string[][]; labels: Array<[number, number, string]> }

export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0; }
  next(): number {
    // mulberry32
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]!; }
  chance(p: number): boolean { return this.next() < p; }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s; }
  shuffle<T>(a: T[]): T[] { for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j]!, a[i]!]; } return a; }
}

/** Offset-tracking body builder. */
export class Body {
  text = '';
  labels: HLabel[] = [];
  zones: HZone[] = [];
  optional: HLabel[] = [];
  traps: HTrap[] = [];
  t(s: string): this { this.text += s; return this; }
  /** A labelled personal value. */
  v(category: string, s: string): this { const start = this.text.length; this.text += s; this.labels.push({ category, start, end: this.text.length }); return this; }
  /** A sensitive mention; identified = about an identifiable person in this message. */
  s(category: string, s: string, identified: boolean): this { const start = this.text.length; this.text += s; this.labels.push({ category, start, end: this.text.length, identified }); return this; }
  /** A value where a detection is neither right nor wrong (e.g. a business phone line in prose). */
  o(category: string, s: string): this { const start = this.text.length; this.text += s; this.optional.push({ category, start, end: this.text.length }); return this; }
  /** A negative trap. */
  n(kind: string, s: string): this { const start = this.text.length; this.text += s; this.traps.push({ kind, start, end: this.text.length }); return this; }
  zone(kind: HZone['kind'], fn: () => void): this { const start = this.text.length; fn(); this.zones.push({ kind, start, end: this.text.length }); return this; }
}

// ---------------------------------------------------------------- width / numerals
export const fw = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '　');
const KD = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export function kanjiNum(n: number): string {
  if (n < 10) return KD[n]!;
  if (n < 100) { const t = Math.floor(n / 10); const o = n % 10; return (t === 1 ? '' : KD[t]!) + '十' + (o ? KD[o]! : ''); }
  const h = Math.floor(n / 100); const r = n % 100; return (h === 1 ? '' : KD[h]!) + '百' + (r ? kanjiNum(r) : '');
}
/** 〇-style digit-by-digit kanji (一〇三), used in vertical/formal writing. */
export const kanjiDigits = (s: string): string => s.replace(/[0-9]/g, (d) => KD[Number(d)]!);

// ---------------------------------------------------------------- dates
export interface Ymd { y: number; m: number; d: number }
export function wareki(dt: Ymd, style: 'kanji' | 'short' | 'gan' = 'kanji'): string {
  const v = dt.y * 10000 + dt.m * 100 + dt.d;
  let era: string; let abbr: string; let y: number;
  if (v >= 20190501) { era = '令和'; abbr = 'R'; y = dt.y - 2018; }
  else if (v >= 19890108) { era = '平成'; abbr = 'H'; y = dt.y - 1988; }
  else if (v >= 19261225) { era = '昭和'; abbr = 'S'; y = dt.y - 1925; }
  else { era = '大正'; abbr = 'T'; y = dt.y - 1911; }
  if (style === 'short') return `${abbr}${y}.${dt.m}.${dt.d}`;
  const ys = y === 1 ? '元' : String(y);
  return `${era}${ys}年${dt.m}月${dt.d}日`;
}
export function birth(r: Rng, y0 = 1950, y1 = 2003): Ymd { return { y: r.int(y0, y1), m: r.int(1, 12), d: r.int(1, 28) }; }
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export function dateFmt(r: Rng, dt: Ymd): string {
  switch (r.int(0, 6)) {
    case 0: return `${dt.y}年${dt.m}月${dt.d}日`;
    case 1: return `${dt.y}/${pad(dt.m)}/${pad(dt.d)}`;
    case 2: return wareki(dt);
    case 3: return wareki(dt, 'short');
    case 4: return fw(`${dt.y}年${dt.m}月${dt.d}日`).replace(/年|月|日/g, (x) => x);
    case 5: return `${dt.y}-${pad(dt.m)}-${pad(dt.d)}`;
    default: return `${wareki(dt)}生`;
  }
}

// ---------------------------------------------------------------- people
export const SURNAMES = ['髙橋', '齋藤', '渡邉', '濵田', '櫻井', '廣瀬', '國分', '澤田', '藏本', '眞鍋', '嶋田', '髙木', '德永', '邊見', '斎藤', '長谷川', '小野寺', '五十嵐', '宇佐美', '東海林', '勅使河原', '比嘉', '金城', '我那覇', '四月一日', '小鳥遊', '一ノ瀬', '大和田', '新垣', '佐々木', '早乙女', '上遠野', '西園寺', '熊谷', '栗林', '荻野', '柿沼', '鵜飼'];
export const GIVEN = ['惠子', '眞理子', '廣志', '禮子', '榮一', '龍之介', '千尋', '翔太', '陽菜', '颯', '蒼', '凛', '結愛', '悠真', '琴音', '勝', '實', '稔', '和子', '久美子', '典子', '智也', '大翔', '美咲', '健太郎', '奈緒', '匠', '葵', '一', '司', '忍', '薫', '渚', '光'];
export const KATA_FOREIGN = ['グエン・ヴァン・アン', 'マリア・サントス', 'ワン・ウェイ', 'キム・ミンジュン', 'チャン・ティ・ホア', 'ラジェシュ・クマール', 'アナ・ロドリゲス', 'パク・ソヨン', 'リー・ジエ', 'ジョン・スミス', 'オリバー・ブラウン', 'ファン・ヴァン・ナム'];
export const ROMAN = [['Kenji', 'Watanabe'], ['Yuki', 'Nakamura'], ['Haruka', 'Ishikawa'], ['Takeshi', 'Ogawa'], ['Aiko', 'Fujimoto'], ['Daisuke', 'Kobayashi'], ['Emi', 'Matsuda'], ['Ryo', 'Hasegawa']] as const;
export const LATIN_FOREIGN = [['Nguyen', 'Van An'], ['Maria', 'Santos'], ['Wang', 'Wei'], ['Kim', 'Minjun'], ['Rajesh', 'Kumar'], ['Ana', 'Rodriguez']] as const;
const KANA_OF: Record<string, string> = {};

export interface Person { sei: string; mei: string; seiKana: string; meiKana: string }
const SEI_KANA = ['タカハシ', 'サイトウ', 'ワタナベ', 'ハマダ', 'サクライ', 'ヒロセ', 'コクブ', 'サワダ', 'クラモト', 'マナベ', 'シマダ', 'タカギ', 'トクナガ', 'ヘンミ', 'サイトウ', 'ハセガワ', 'オノデラ', 'イガラシ', 'ウサミ', 'ショウジ', 'テシガワラ', 'ヒガ', 'キンジョウ', 'ガナハ', 'ワタヌキ', 'タカナシ', 'イチノセ', 'オオワダ', 'アラカキ', 'ササキ', 'サオトメ', 'カドノ', 'サイオンジ', 'クマガイ', 'クリバヤシ', 'オギノ', 'カキヌマ', 'ウカイ'];
const MEI_KANA = ['ケイコ', 'マリコ', 'ヒロシ', 'レイコ', 'エイイチ', 'リュウノスケ', 'チヒロ', 'ショウタ', 'ヒナ', 'ハヤテ', 'アオイ', 'リン', 'ユア', 'ユウマ', 'コトネ', 'マサル', 'ミノル', 'ミノル', 'カズコ', 'クミコ', 'ノリコ', 'トモヤ', 'ヒロト', 'ミサキ', 'ケンタロウ', 'ナオ', 'タクミ', 'アオイ', 'ハジメ', 'ツカサ', 'シノブ', 'カオル', 'ナギサ', 'ヒカル'];
void KANA_OF;

export class People {
  private faker: Faker;
  constructor(private r: Rng, seed: number) { this.faker = new Faker({ locale: [ja, base] }); this.faker.seed(seed); }
  /** Half from the hand-written lists (旧字体, rare surnames), half from faker ja. */
  person(): Person {
    if (this.r.chance(0.55)) {
      const i = this.r.int(0, SURNAMES.length - 1); const j = this.r.int(0, GIVEN.length - 1);
      return { sei: SURNAMES[i]!, mei: GIVEN[j]!, seiKana: SEI_KANA[i]!, meiKana: MEI_KANA[j]! };
    }
    return { sei: this.faker.person.lastName(), mei: this.faker.person.firstName(), seiKana: '', meiKana: '' };
  }
  /** A person whose kana reading we know (for フリガナ and 口座名義). */
  kanaPerson(): Person {
    const i = this.r.int(0, SURNAMES.length - 1); const j = this.r.int(0, GIVEN.length - 1);
    return { sei: SURNAMES[i]!, mei: GIVEN[j]!, seiKana: SEI_KANA[i]!, meiKana: MEI_KANA[j]! };
  }
}
export const fullName = (r: Rng, p: Person): string => r.pick([`${p.sei} ${p.mei}`, `${p.sei}${p.mei}`, `${p.sei}　${p.mei}`]);

const HW: Record<string, string> = { ア: 'ｱ', イ: 'ｲ', ウ: 'ｳ', エ: 'ｴ', オ: 'ｵ', カ: 'ｶ', キ: 'ｷ', ク: 'ｸ', ケ: 'ｹ', コ: 'ｺ', サ: 'ｻ', シ: 'ｼ', ス: 'ｽ', セ: 'ｾ', ソ: 'ｿ', タ: 'ﾀ', チ: 'ﾁ', ツ: 'ﾂ', テ: 'ﾃ', ト: 'ﾄ', ナ: 'ﾅ', ニ: 'ﾆ', ヌ: 'ﾇ', ネ: 'ﾈ', ノ: 'ﾉ', ハ: 'ﾊ', ヒ: 'ﾋ', フ: 'ﾌ', ヘ: 'ﾍ', ホ: 'ﾎ', マ: 'ﾏ', ミ: 'ﾐ', ム: 'ﾑ', メ: 'ﾒ', モ: 'ﾓ', ヤ: 'ﾔ', ユ: 'ﾕ', ヨ: 'ﾖ', ラ: 'ﾗ', リ: 'ﾘ', ル: 'ﾙ', レ: 'ﾚ', ロ: 'ﾛ', ワ: 'ﾜ', ヲ: 'ｦ', ン: 'ﾝ', ャ: 'ｬ', ュ: 'ｭ', ョ: 'ｮ', ッ: 'ｯ', ァ: 'ｧ', ィ: 'ｨ', ゥ: 'ｩ', ェ: 'ｪ', ォ: 'ｫ', ー: 'ｰ', '・': '･', ' ': ' ' };
const DAKU: Record<string, string> = { ガ: 'カ', ギ: 'キ', グ: 'ク', ゲ: 'ケ', ゴ: 'コ', ザ: 'サ', ジ: 'シ', ズ: 'ス', ゼ: 'セ', ゾ: 'ソ', ダ: 'タ', ヂ: 'チ', ヅ: 'ツ', デ: 'テ', ド: 'ト', バ: 'ハ', ビ: 'ヒ', ブ: 'フ', ベ: 'ヘ', ボ: 'ホ', ヴ: 'ウ' };
const HANDAKU: Record<string, string> = { パ: 'ハ', ピ: 'ヒ', プ: 'フ', ペ: 'ヘ', ポ: 'ホ' };
/** Full-width katakana to JIS X 0201 half-width (bank transfer style). */
export function halfKana(s: string): string {
  let out = '';
  for (const c of s) {
    if (DAKU[c]) out += HW[DAKU[c]!]! + 'ﾞ';
    else if (HANDAKU[c]) out += HW[HANDAKU[c]!]! + 'ﾟ';
    else out += HW[c] ?? c;
  }
  return out;
}

// ---------------------------------------------------------------- addresses (real places)
export const PLACES: Array<[string, string, string, string]> = [
  // [postal, prefecture, city/ward, town]
  ['154-0004', '東京都', '世田谷区', '太子堂'],
  ['113-0033', '東京都', '文京区', '本郷'],
  ['180-0004', '東京都', '武蔵野市', '吉祥寺本町'],
  ['192-0082', '東京都', '八王子市', '東町'],
  ['231-0023', '神奈川県', '横浜市中区', '山下町'],
  ['252-0303', '神奈川県', '相模原市南区', '相模大野'],
  ['330-0063', '埼玉県', 'さいたま市浦和区', '高砂'],
  ['260-0013', '千葉県', '千葉市中央区', '中央'],
  ['060-0003', '北海道', '札幌市中央区', '北三条西'],
  ['980-0811', '宮城県', '仙台市青葉区', '一番町'],
  ['460-0008', '愛知県', '名古屋市中区', '栄'],
  ['430-0933', '静岡県', '浜松市中央区', '鍛冶町'],
  ['530-0001', '大阪府', '大阪市北区', '梅田'],
  ['591-8025', '大阪府', '堺市北区', '長曽根町'],
  ['650-0021', '兵庫県', '神戸市中央区', '三宮町'],
  ['604-8005', '京都府', '京都市中京区', '恵比須町'],
  ['700-0024', '岡山県', '岡山市北区', '駅元町'],
  ['730-0011', '広島県', '広島市中区', '基町'],
  ['810-0001', '福岡県', '福岡市中央区', '天神'],
  ['860-0806', '熊本県', '熊本市中央区', '花畑町'],
  ['900-0015', '沖縄県', '那覇市', '久茂地'],
  ['380-0846', '長野県', '長野市', '旭町'],
  ['920-0981', '石川県', '金沢市', '片町'],
  ['790-0001', '愛媛県', '松山市', '一番町'],
];
export const BUILDINGS = ['コーポ桜', 'メゾン・ド・ソレイユ', 'グランドハイツ', 'ハイム緑が丘', 'サンライズマンション', 'レジデンス東雲', 'パークサイド壱番館'];

export interface Addr { postal: string; line: string }
/** A residential address in one of several notations (kanji numerals, 番地/号, hyphens, full-width). */
export function address(r: Rng): Addr {
  const [postal, pref, city, town] = r.pick(PLACES);
  const c = r.int(1, 9); const b = r.int(1, 30); const g = r.int(1, 25);
  const bld = r.chance(0.4) ? ` ${r.pick(BUILDINGS)}${r.int(1, 9)}0${r.int(1, 9)}号室` : '';
  const prefPart = r.chance(0.85) ? pref : '';
  let rest: string;
  switch (r.int(0, 5)) {
    case 0: rest = `${town}${kanjiNum(c)}丁目${kanjiNum(b)}番${kanjiNum(g)}号`; break;
    case 1: rest = `${town}${c}丁目${b}番地${g}`; break;
    case 2: rest = `${town}${c}-${b}-${g}`; break;
    case 3: rest = fw(`${c}-${b}-${g}`).replace(/^/, town); break;
    case 4: rest = `${town}${kanjiNum(b * 10 + g)}番地`; break;
    default: rest = `${town}${c}丁目${b}－${g}`; break;
  }
  return { postal, line: `${prefPart}${city}${rest}${bld}` };
}
export function postalFmt(r: Rng, postal: string): string {
  return r.pick([`〒${postal}`, postal, `〒${fw(postal)}`, `${postal.replace('-', '')}`, fw(postal)]);
}

export const COMPANIES = ['株式会社ひので商事', '有限会社みずほ精機', '合同会社ルミナス', '株式会社北斗システムズ', '東和興産株式会社', '株式会社アオバ物産', '一般社団法人まちづくり協議会', '株式会社せとうちロジ'];
export const HOSPITALS = ['聖和会記念病院', '東都大学医学部附属病院', 'みなと中央クリニック', '県立こども医療センター', '桜ヶ丘整形外科'];

// ---------------------------------------------------------------- identifiers
export function myNumberCheck(d11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) { const p = Number(d11[11 - n]); const q = n <= 6 ? n + 1 : n - 5; sum += p * q; }
  const rem = sum % 11; return rem <= 1 ? 0 : 11 - rem;
}
export function myNumber(r: Rng): string { const d = r.digits(11); return d + String(myNumberCheck(d)); }
export function corporateNumber(r: Rng): string {
  const d = String(r.int(1, 9)) + r.digits(11);
  let sum = 0; for (let n = 1; n <= 12; n++) sum += Number(d[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return String(9 - (sum % 9)) + d;
}
export const passesCorporate = (s: string): boolean => {
  if (!/^\d{13}$/.test(s)) return false;
  const d = s.slice(1); let sum = 0; for (let n = 1; n <= 12; n++) sum += Number(d[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return Number(s[0]) === 9 - (sum % 9);
};
function luhnComplete(prefix: string, len: number, r: Rng): string {
  let s = prefix + r.digits(len - prefix.length - 1);
  let sum = 0;
  for (let i = 0; i < s.length; i++) { let d = Number(s[s.length - 1 - i]); if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } sum += d; }
  s += String((10 - (sum % 10)) % 10); return s;
}
export function creditCard(r: Rng): string {
  const kind = r.int(0, 3);
  if (kind === 0) return luhnComplete('4' + r.digits(5), 16, r);
  if (kind === 1) return luhnComplete('35' + String(r.int(28, 89)), 16, r);
  if (kind === 2) return luhnComplete('5' + String(r.int(1, 5)), 16, r);
  return luhnComplete(r.pick(['34', '37']), 15, r);
}
export function groupCard(r: Rng, n: string): string {
  const sep = r.pick([' ', '-', '', '－']);
  if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
  const g = [n.slice(0, 4), n.slice(4, 8), n.slice(8, 12), n.slice(12)].join(sep);
  return r.chance(0.2) ? fw(g) : g;
}
export function ean13(prefix: string, r: Rng): string {
  const s = prefix + r.digits(12 - prefix.length);
  let sum = 0; for (let i = 0; i < 12; i++) sum += Number(s[i]) * (i % 2 === 0 ? 1 : 3);
  return s + String((10 - (sum % 10)) % 10);
}
export function isbn13(r: Rng): string {
  const pub = r.pick(['06', '08', '10', '334', '480', '7741']);
  const body = '9784' + pub + r.digits(8 - pub.length);
  let sum = 0; for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  const c = (10 - (sum % 10)) % 10;
  return `978-4-${pub}-${body.slice(4 + pub.length)}-${c}`;
}
export function iban(r: Rng): string {
  const country = r.pick(['DE', 'GB', 'FR']);
  const bban = country === 'DE' ? r.digits(18) : country === 'GB' ? 'NWBK' + r.digits(14) : r.digits(10) + 'A' + r.digits(10) + r.digits(2);
  const conv = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0; for (const ch of conv) rem = (rem * 10 + Number(ch)) % 97;
  const check = String(98 - rem).padStart(2, '0');
  return (country + check + bban).replace(/(.{4})/g, '$1 ').trim();
}
const AREA: Array<[string, number]> = [['03', 4], ['06', 4], ['045', 3], ['052', 3], ['011', 3], ['092', 3], ['075', 3], ['022', 3], ['0467', 2], ['0995', 2], ['048', 3], ['082', 3]];
export interface Phone { a: string; b: string; c: string }
export function mobile(r: Rng): Phone { return { a: r.pick(['090', '080', '070']), b: r.digits(4), c: r.digits(4) }; }
export function landline(r: Rng): Phone { const [a, n] = r.pick(AREA); return { a, b: r.digits(n).replace(/^0/, '2'), c: r.digits(4) }; }
export function phoneFmt(r: Rng, p: Phone): string {
  switch (r.int(0, 7)) {
    case 0: return `${p.a}-${p.b}-${p.c}`;
    case 1: return `${p.a}(${p.b})${p.c}`;
    case 2: return `（${p.a}）${p.b}-${p.c}`;
    case 3: return fw(`${p.a}-${p.b}-${p.c}`);
    case 4: return `${p.a}${p.b}${p.c}`;
    case 5: return `+81-${p.a.slice(1)}-${p.b}-${p.c}`;
    case 6: return `${p.a} ${p.b} ${p.c}`;
    default: return `${p.a}（${p.b}）${p.c}`;
  }
}
export const BANKS = ['みずほ銀行', '三菱UFJ銀行', '三井住友銀行', 'りそな銀行', '静岡銀行', '京都銀行', '楽天銀行', '城南信用金庫'];
export const BRANCHES = ['渋谷支店', '梅田支店', '本店営業部', '浜松町支店', '横浜駅前支店', '第一営業部', 'ソプラノ支店'];
export function passport(r: Rng): string { return r.pick(['TK', 'TR', 'TZ', 'MZ', 'RE', 'TS']) + r.digits(7); }
export function license(r: Rng): string { return r.pick(['30', '62', '45', '50', '11', '93']) + r.digits(2) + r.digits(6) + r.digits(1) + String(r.int(0, 2)); }
export function residenceCard(r: Rng): string { const L = 'ABCDEFGHJKLMNPRSTUVWXYZ'; const l = (): string => L[r.int(0, L.length - 1)]!; return l() + l() + r.digits(8) + l() + l(); }
export function pension(r: Rng): string { return `${r.digits(4)}-${r.digits(6)}`; }
export function emailOf(r: Rng, local: string): string { return `${local}${r.pick(['', String(r.int(1, 99)), '_' + r.digits(2)])}@${r.pick(['example.jp', 'example.ne.jp', 'mail.example.com', 'example.co.jp'])}`; }
export const ROMA_LOCAL = ['hkimura', 'sato.yui', 'taka-h', 'mnabe', 'kei.w', 'ren0712', 'y.hamada', 'aoi_s', 'nagisa.k', 'tomoya.i', 'ksaito', 'rin.t'];
