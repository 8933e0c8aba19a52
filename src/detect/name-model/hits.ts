/**
 * Person-name hits from the learned labeller: the model's names in a unit's tokens, low or medium
 * by the model's margin (thresholds calibrated at training time, see model.json), medium with an
 * honorific after them, high with a name label, a name column, or a full name and an honorific.
 */
import { fieldAt } from '../context.js';
import { CORPORATE_KANA, ORG_WORD } from '../organisation-context.js';
import { lineStartAt } from '../sentences.js';
import type { Hit, Unit } from '../hit.js';
import type { Token } from '../tokenizer.js';
import { labelNames, type NameModel } from './model.js';

/** A reading label before the name (フリガナ：ヤマダ タロウ): the reading of a name given elsewhere, not another person. */
const READING_BEFORE = /(?:フリガナ|ふりがな|カナ|よみがな|読み仮名|読み)\s*[:：]?\s*$/;
/** カ）, シャ）, ザイ）, イ）, フク）: a corporation's abbreviation before its name on an account. */
const CORPORATE_ABBREVIATION_BEFORE = new RegExp(`(?:^|[\\s:：(（])${CORPORATE_KANA}[)）][ \\u3000]*$`, 'u');
/** A label of a thing or a business right before the span on its line: お部屋, 客室, プラン, 商品名, 屋号, 店名, Room. */
const THING_LABEL_BEFORE = /(?:お?部屋(?:タイプ)?|客室|ルーム|プラン|コース|メニュー|商品名?|品名|製品名?|車種|機種|屋号|店名|店舗名|施設名|事業者名|会社名|法人名|Room(?: type)?|Plan|Product)[ \t\u3000]*[:：][ \t\u3000]*$/i;
const LABEL_BEFORE = /(?:氏名|名前|お名前|患者名?|担当者?|社員|従業員|申込者|被保険者|契約者|受取人|名義人?|世帯主|本人|児童|生徒|利用者|入居者|依頼人|相談者)\s*[:：]?\s*$/;
/** An honorific right after the name: the model's weak names become medium (マリアさん, ロセラ氏). */
const HONORIFIC = new Set(['さん', '様', 'さま', '氏', '殿', 'くん', 'ちゃん', '君', '先生', '部長', '課長', '係長', '社長', '主任']);
/** Titles after which a one-kanji surname is still a name (菅首相, 林氏). */
const TITLE_AFTER = new Set([...HONORIFIC, '首相', '総理', '大臣', '長官', '知事', '市長', '区長', '町長', '村長', '議員', '議長', '会長', '専務', '常務', '教授', '監督', '選手', '容疑者', '被告']);
/** One-kanji words before a title that are not surnames (同氏, 両氏, 貴社長, 故人 …). */
/** A pay word opening the span (賞与 年2回, 月給 28万円): a field, not a name. */
const PAY_WORD_START = /^(?:賞与|月給|年収|年俸|基本給|時給|日給|手当|昇給)/;
/** A head's title on its own (葵岡総合病院 院長 殿): no name in it. */
const HEAD_TITLE = /^(?:院|社|部|課|校|所|理事|会|店|園|学|局|署|館|室|係|議|師|病棟|支店|工場|組|委員|教頭|副院|副社|副校)長$/;
/** Labels of the fields that follow a name on a form line. */
const FIELD_LABEL = new Set(['生年月日', '年齢', '性別', '住所', '電話', '電話番号', '携帯', '所属', '部署', '職業', '続柄', '国籍', 'フリガナ', 'ふりがな', '宛', '宛て', 'あて']);
const NOT_SURNAME = /^[同両貴各当本某故前元現新旧副総全]$/;
const HAS_LETTER = /[\p{L}]/u;
const BLANK = /^\s*$/;

/** Surname-only keys are marked so they can merge into a full name of the same message. */
function keyOf(value: string, full: boolean): string {
  const key = value.replace(/\s+/g, '');
  return full ? key : `1:${key}`;
}

/** Words that label a name in forms (フリガナ ヤマダ タロウ): never part of it. */
const NAME_LABEL_WORD = /^(?:フリガナ|ふりがな|カナ|カタカナ|氏名|名前|お名前|ローマ字|ミドルネーム)$/;
/** A dictionary proper noun ending like a temple, shrine, church or station is not a person (光明寺さん). */
const FACILITY_END = /(?:寺|神社|大社|教会|院|駅|城|館|堂)$/;
const LATIN_WORD = /^[A-Za-z][A-Za-z.'-]*$/;
/** の + a word that names a facility after a name-like word (ミナトの杜, さくらの里, ひまわりの郷). */
const FACILITY_OF = /^の(?:杜|郷|里|苑|丘)/;
/** A word right after the span that makes it a place, branch or facility (西大翔|市|店, 南浩之|区|支店, 潮見|寮, ひまわり|荘). */
const PLACE_AFTER = new Set(['市', '区', '町', '村', '県', '郡', '州', '店', '支店', '本店', '支社', '営業所', '出張所', '工場', '駅', 'ビル', '通り', '線', '港', '橋', '丁目', '寮', '荘']);
/**
 * Words right after the span that make it a facility, place, organisation, vehicle, work or event
 * rather than a person (ウーダン劇場, マリネリス峡谷, ハワイ島, ○○社, ○○号, ○○丸, マヤ暦, ○○事件).
 * 家 (フェリージ家) and 派 are left out: they follow people.
 */
const THING_AFTER = new Set([
  '劇場', '劇団', '峡谷', '渓谷', '半島', '湾', '湖', '島', '諸島', '岬', '峠', '高原', '平野', '盆地', '地区', '地方', '公園', '空港',
  '社', '製', '号', '丸', '艦', '暦', '語', '王国', '帝国', '共和国', '王朝', '館', '寺', '神社', 'レーベル', 'カンパニー', '鉄道', '電鉄',
  '航空', '新聞', '新報', '日報', '放送', 'ホテル', '条約', '事件', '戦争', '賞', '杯', '選手権', '大会', '記念', '財団', '協会', '連盟',
  // A company's trade word glued to the span (瀬戸みなと|銀行, さくら|物産).
  '銀行', '信用金庫', '信金', '信用組合', '証券', '農協', '生命', '損保', '商事', '物産', '建設', '工業', '運輸', '倉庫', '興業', '産業',
]);
/**
 * Katakana words for an occupation or a role (ヘルパーさん, セラピストさん, ケアマネさん,
 * ペットシッターさん): with an honorific they read like a katakana name, and business mail in care,
 * medicine, logistics and services writes them so all the time. Kuromoji knows few of them, so
 * the labeller cannot tell them from a foreign name; the span is dropped when it is one of these
 * words or a katakana compound ending in one (ペット|シッター, ホーム|ヘルパー, ケース|ワーカー).
 */
const ROLE_WORDS = new Set([
  'ヘルパー', 'ケアマネ', 'ケアマネージャー', 'ケアマネジャー', 'ケアワーカー', 'ケースワーカー', 'ソーシャルワーカー', 'ワーカー',
  'セラピスト', 'カウンセラー', 'コンシェルジュ', 'シッター', 'ハウスキーパー', 'ナース', 'ドクター', 'トレーナー', 'インストラクター',
  'コーチ', 'エンジニア', 'デザイナー', 'プログラマー', 'プログラマ', 'ディレクター', 'プロデューサー', 'マネージャー', 'マネジャー',
  'コンサルタント', 'アドバイザー', 'アナリスト', 'ライター', 'エディター', 'カメラマン', 'フォトグラファー', 'スタイリスト',
  'ドライバー', 'オペレーター', 'コーディネーター', 'プランナー', 'リクルーター', 'エージェント', 'バイヤー', 'サポーター',
  'ボランティア', 'スタッフ', 'キャスト', 'クルー', 'パティシエ', 'シェフ', 'ソムリエ', 'バリスタ', 'トリマー', 'ネイリスト',
  'エステティシャン', 'アーティスト', 'ミュージシャン', 'モデル', 'タレント', 'アナウンサー', 'レポーター', 'ガイド', 'アシスタント',
  'リーダー', 'メンバー', 'オーナー', 'ゲスト', 'ユーザー', 'クライアント', 'ベンダー', 'パートナー', 'テスター', 'セールス',
  'バイト', 'アルバイト', 'パート', 'ファシリテーター', 'モデレーター', 'スピーカー', 'パネリスト', 'コメンテーター',
  'インフルエンサー', 'クリエイター', 'クリエーター', 'イラストレーター', 'アニメーター', 'ヘアメイク', 'テクニシャン', 'メカニック',
  'アーキテクト', 'デベロッパー', 'ファーマシスト', 'ガードマン', 'セキュリティ', 'レセプショニスト', 'キャディ',
]);
const KATAKANA_ONLY = /^[\p{sc=Katakana}ー]+$/u;
const LONG_KATAKANA_WORD = /^[\p{sc=Katakana}ー]{10,}$/u;

/**
 * Katakana words that end a company, shop or brand name and never a person's (ミライ|テック様,
 * フューチャー|リンク様, サクラ|ソリューションズ様): business mail addresses companies with 様 and さん
 * as it does people. Left out where a foreign name can end so (ジャ|ネット, マル|コム, ジョン|ワン).
 */
const COMPANY_ENDINGS = [
  'テック', 'テクノ', 'テクノロジー', 'テクノロジーズ', 'リンク', 'システム', 'システムズ', 'ソリューション', 'ソリューションズ', 'サービス',
  'ホールディングス', 'コーポレーション', 'カンパニー', 'グループ', 'ジャパン', 'インターナショナル', 'エンタープライズ', 'プロダクツ',
  'インダストリー', 'インダストリーズ', 'ケミカル', 'マテリアル', 'マテリアルズ', 'エレクトロニクス', 'ソフト', 'ソフトウェア', 'ウェア',
  'ネットワーク', 'ネットワークス', 'ワークス', 'ラボ', 'ラボラトリー', 'ラボラトリーズ', 'デザイン', 'コンサルティング', 'エンジニアリング',
  'トレーディング', 'トレード', 'ファーマ', 'メディカル', 'ロジ', 'ロジスティクス', 'フーズ', 'フード', 'マート', 'ストア', 'ショップ',
  'スタジオ', 'ファクトリー', 'パートナーズ', 'エージェンシー', 'マネジメント', 'マーケティング', 'トラベル', 'フィナンシャル',
  'キャピタル', 'インベストメント', 'ベンチャーズ', 'デジタル', 'クラウド', 'メディア', 'エナジー', 'モータース', 'クリニック',
  'エステート', 'ハウジング', 'ホームズ', 'プランニング', 'コミュニケーションズ', 'アソシエイツ', 'ブレインズ', 'ファーム',
];
const COMPANY_ENDING = new RegExp(`^[\\p{sc=Katakana}ー]{2,}(?:${COMPANY_ENDINGS.join('|')})$`, 'u');

/** A katakana company, shop or brand name by its ending (see COMPANY_ENDINGS). */
export function isCompanyLike(value: string): boolean {
  return COMPANY_ENDING.test(value.replace(/[\s・]/g, ''));
}

/** A katakana word for an occupation or role, or a katakana compound ending in one (see ROLE_WORDS). */
export function isRoleWord(value: string): boolean {
  const word = value.replace(/[\s・]/g, '');
  if (!KATAKANA_ONLY.test(word)) return false;
  if (ROLE_WORDS.has(word)) return true;
  for (let cut = 1; cut < word.length - 2; cut++) if (ROLE_WORDS.has(word.slice(cut))) return true;
  return false;
}

/** A company marker and the words after it up to the span (株式会社せとうち|ロジ, (株)みなと|ロジ). */
const COMPANY_BEFORE = /(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|（株）|（有）)([\p{L}ー・々]{0,12})$/u;
const HIRAGANA = /^\p{sc=Hiragana}+$/u;
/** One or two kana glued to an organisation's word: the rest of a kana name (…みな|と|銀行). */
const KANA_THEN_ORG = /^\p{sc=Hiragana}{1,2}(?:銀行|信用金庫|信金|信用組合|証券|生命|損保|商事|物産|建設|工業|運輸|病院|医院|クリニック|薬局|大学|学園|ホテル|株式会社|不動産)/u;

/** The span's last word is kana the tokenizer split off an organisation's name (瀬戸|みな|と|銀行). */
export function kanaSplitBeforeOrganisation(text: string, last: Token): boolean {
  return HIRAGANA.test(last.surface) && KANA_THEN_ORG.test(text.slice(last.end, last.end + 8));
}

const COMPANY_AFTER = /^(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|（株）|（有）)/;
const PARTICLE_END = /[のはがをにとでもへや]$/;

/**
 * Whether the span is part of a company name: 株式会社 or (株) right after it, or before it with
 * only letters in between (株式会社せとうち|ロジ). Kuromoji cuts kana company names into words and
 * particles, so the letters in between cannot tell a particle (株式会社せとうちロジの|坂田) from the
 * end of a name (株式会社みなと|ロジ): a span with a word kuromoji knows as a person's name after a
 * particle-like letter stays a name.
 */
function inCompanyName(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  const start = tokens[first]!.start;
  if (COMPANY_AFTER.test(text.slice(tokens[last]!.end, tokens[last]!.end + 6))) return true;
  const m = COMPANY_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return false;
  let personal = false;
  for (let i = first; i <= last; i++) if (tokens[i]!.pos2 === '人名') personal = true;
  return !(personal && PARTICLE_END.test(m[1] ?? ''));
}

/** A key of key/value syntax right before a Latin word (BEGIN:, X-WR-CALNAME=). */
const KEY_BEFORE = /[A-Za-z][A-Za-z-]*[:;=]$/;
/** A vehicle number plate after the span: the span is its region (品川 300 さ 34-79). */
/** A head count right after the span: 「男子 118名」, 「女性12名」. */
const HEAD_COUNT_AFTER = /^[ \u3000]*[\d０-９]+[ \u3000]*(?:名|人(?!\p{sc=Han})|世帯)/u;
/** A dosage form or a strength right after a word: a medicine (錠20mg, カプセル75mg, 点眼液, 0.5mL). */
const DOSAGE_AFTER = /^[ \u3000]?(?:(?:錠|カプセル|顆粒|細粒|散|シロップ|ドライシロップ|軟膏|クリーム|ローション|点眼液?|点鼻液?|注射?液?|注|テープ|パップ|貼付剤|吸入|内用液|OD錠|徐放錠)(?![\p{sc=Han}])|[\d.]+[ \u3000]?(?:mg|ｍｇ|mL|ml|μg|g|単位)\b)/u;
const PLATE_AFTER = /^[ \u3000]?\d{2,3}[ \u3000]?[\u3041-\u3093][ \u3000]?[\d・]{1,2}-?\d{2}/;
/**
 * Words right before the span that introduce a thing, not a person (ベンチャー企業エアロラブ,
 * ダンス劇団ラ・フラ…, 戦艦…, 美容室フォーリア).
 */
const THING_BEFORE = new Set([
  '企業', '会社', 'メーカー', '劇団', '球団', '政党', 'レーベル', 'ブランド', 'バンド', '戦艦', '空母', '駆逐艦', '巡洋艦', '潜水艦', '軍艦',
  '美容室', 'サロン', 'ホテル', '旅館', 'レストラン', 'カフェ', '品種', '銘柄', 'アプリ', 'ゲーム', '峡谷', '半島', '空港',
]);

/** Dictionary words that never begin a name: suffixes (営業部 → 部, 出席者 → 者), pronouns, numbers. */
const NEVER_FIRST_POS1 = new Set(['接尾', '代名詞', '数', '非自立', '副詞可能']);

/**
 * The labeller reads a lone surname after a space as the second half of 「姓 名」 and takes the
 * word before it for the surname: 「当社 佐藤」, 「営業部 佐藤」 (部), 「出席者 佐藤」 (者). Such a
 * leading word is dropped when kuromoji knows it as an ordinary word and what follows the space
 * is a surname (a surname never comes second in a Japanese name), or when it is a word that
 * cannot begin a name at all. Returns the new first token index.
 */
function withoutLeadingWord(tokens: readonly Token[], first: number, last: number): number {
  let i = first;
  while (i < last) {
    const t = tokens[i]!;
    let j = i + 1;
    while (j <= last && BLANK.test(tokens[j]!.surface)) j++;
    if (j > last || j === i + 1) break; // only a word set off by a space from the rest
    const rest = tokens[j]!;
    // A form label (フリガナ), or a Latin word before a name in Japanese script (Hi 栗林).
    if (NAME_LABEL_WORD.test(t.surface) || (LATIN_WORD.test(t.surface) && !LATIN_WORD.test(rest.surface))) {
      i = j;
      continue;
    }
    const known = !t.unknown && t.pos1 !== '固有名詞';
    const neverFirst = t.pos !== '名詞' || NEVER_FIRST_POS1.has(t.pos1);
    const beforeSurname = rest.pos1 === '固有名詞' && rest.pos2 === '人名' && rest.pos3 === '姓';
    if (!known || !(neverFirst || beforeSurname)) break;
    i = j;
  }
  return i;
}

const COMMON_POS1 = new Set(['一般', 'サ変接続', '形容動詞語幹', '副詞可能']);

function isCommonWord(t: Token): boolean {
  return !t.unknown && t.pos === '名詞' && COMMON_POS1.has(t.pos1) && [...t.surface].length >= 3;
}

/**
 * Words all known to the dictionary as common nouns, none a name or unknown: 元金 利息 残高 (a row
 * of column headers), not 篠塚 真理 (篠塚 is a surname).
 */
function allCommonNouns(tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (!HAS_LETTER.test(t.surface)) continue;
    if (t.unknown || t.pos !== '名詞' || !COMMON_POS1.has(t.pos1)) return false;
    words++;
  }
  return words >= 2;
}

/** Words that greet with 様 (お疲れ様, ご苦労様, お世話様, ご馳走様, お互い様, お客様). */
const GREETING_BEFORE_SAMA = /^(?:おつかれ|お疲れ|ご苦労|ごくろう|お世話|おせわ|ご馳走|ごちそう|お互い|おたがい|お客|おきゃく|皆|みな)$/u;

/** Suffixes glued to a name that keep it a person (田中ら, 山田達, 佐藤勝正役, 尚寧王, ニールセン作, 湊|人 of a given name). */
const PERSON_SUFFIX = /^(?:ら|達|たち|等|様|さま|さん|氏|殿|君|くん|ちゃん|宛|方|邸|先生|家|役|王|公|卿|帝|妃|作|著|訳|編|画|曲|監|談|記|米|元|前|現|新|第|人)$/;

/**
 * The span ends inside a word: a single kanji glued after it that is no suffix of a person
 * (アルコール清|拭, 大宮健|診センター, FCみどり 勝|点): the model cut a compound.
 */
function cutsAWord(tokens: readonly Token[], last: number, end: number): boolean {
  const next = tokens[last + 1];
  if (next === undefined || next.start !== end || !/^\p{sc=Han}$/u.test(next.surface) || PERSON_SUFFIX.test(next.surface)) return false;
  if (next.unknown || (next.pos1 === '接尾' && next.pos2 !== '人名')) return true;
  // A one-kanji word that is no noun, after a one-kanji end of the span (大宮健|診): a compound cut.
  return next.pos !== '名詞' && next.pos !== '助詞' && next.pos !== '助動詞' && next.pos !== '接頭詞' && /^\p{sc=Han}$/u.test(tokens[last]!.surface);
}

function isSurname(t: Token): boolean {
  return t.pos1 === '固有名詞' && t.pos2 === '人名' && t.pos3 === '姓';
}

/** A word that can be a given name: kuromoji's 人名,名, or a short word it does not know. */
function isGivenLike(t: Token): boolean {
  return (t.pos1 === '固有名詞' && t.pos2 === '人名' && t.pos3 === '名') || (t.unknown && t.surface.length <= 3);
}

function allPersonTokens(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (!BLANK.test(t.surface) && !(t.pos1 === '固有名詞' && t.pos2 === '人名')) return false;
  }
  return true;
}

/**
 * Han words running on into a facility (大宮|健診センター, 山田|内科クリニック, 田中|クリニック): the span opens the
 * facility's name. Not a head's title (センター長, 病院長).
 */
export const FACILITY_NAME_AFTER = /^\p{sc=Han}{0,6}(?:センター(?!長)|病院(?!長)|クリニック|医院|診療所|研究所|[内外眼歯児膚喉鼻婦器神]科(?![部医]?長|医(?!院)|先生))/u;

/** Han characters that make a substance of the word before them (清拭剤, 洗浄液); a name never takes them. */
const THING_SUFFIX = /^[剤液]/u;

/** Whether `value` occurs somewhere in the text glued to a thing's suffix (清拭剤, 調整液). */
function compoundElsewhere(text: string, value: string): boolean {
  if (value.length < 2) return false;
  for (let at = text.indexOf(value); at !== -1; at = text.indexOf(value, at + 1)) {
    if (THING_SUFFIX.test(text.slice(at + value.length, at + value.length + 1))) return true;
  }
  return false;
}

export function findModelNames(unit: Unit, tokens: readonly Token[], model: NameModel): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  /** Whether hits[k] has an honorific right after it. */
  const honoured: boolean[] = [];
  const { low, medium } = model.thresholds;
  for (const span of labelNames(model, tokens)) {
    if (span.margin <= 0) continue;
    let first = span.first;
    let last = span.last;
    // Blanks, digits and symbols at either end are never part of the name (今村 由紀子 090-…).
    while (first <= last && !HAS_LETTER.test(tokens[first]!.surface)) first++;
    while (last >= first && !HAS_LETTER.test(tokens[last]!.surface)) last--;
    // A title at the end is not part of the name (経済学部 教授 → 経済学部, 山田部長 → 山田).
    // Nor the next field's label where a line joins fields with spaces (氏名:菅野 智也 生年月日:…),
    // nor 宛 (請求書は本間宛に).
    while (last > first && (TITLE_AFTER.has(tokens[last]!.surface) || BLANK.test(tokens[last]!.surface) || FIELD_LABEL.has(tokens[last]!.surface))) last--;
    first = withoutLeadingWord(tokens, first, last);
    if (first > last) continue;
    const lastToken = tokens[last]!;
    if (first === last && NAME_LABEL_WORD.test(lastToken.surface)) continue;
    if (!lastToken.unknown && lastToken.pos1 === '固有名詞' && lastToken.pos2 !== '人名' && FACILITY_END.test(lastToken.surface)) continue;
    const start = tokens[first]!.start;
    const end = lastToken.end;
    const value = text.slice(start, end);
    if (!HAS_LETTER.test(value) || ORG_WORD.test(value) || value.includes('\n') || HEAD_TITLE.test(value) || PAY_WORD_START.test(value)) continue;
    const labelled = LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    // 「お部屋：ベイビューツイン」, 「プラン：…」, 「Room: …」: a room, a plan or a product, not a person.
    if (!labelled && THING_LABEL_BEFORE.test(text.slice(Math.max(lineStartAt(text, start), start - 12), start))) continue;
    // 「口座名義：シャ）サザンクロス…」: the name after a corporation's abbreviation is the corporation's.
    if (CORPORATE_ABBREVIATION_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue;
    const columnKind = fieldAt(unit, start)?.column;
    const column = columnKind === 'person_name';
    if (!labelled && !column && (isRoleWord(value) || isCompanyLike(value))) continue;
    if (!labelled && columnKind === 'thing_name') continue;
    const next = tokens[last + 1];
    if (next !== undefined && next.start === end && PLACE_AFTER.has(next.surface)) continue;
    if (kanaSplitBeforeOrganisation(text, lastToken)) continue;
    // The place word inside the span (川端|店, 本町|支店): a shop, branch or place, not a person.
    if (last > first && PLACE_AFTER.has(lastToken.surface)) continue;
    if (!labelled && !column) {
      if (next !== undefined && next.start === end && THING_AFTER.has(next.surface)) continue;
      // 「医療機関：大宮健診センター」, 「山田内科クリニック」: the first words of a facility's name.
      if (FACILITY_NAME_AFTER.test(text.slice(end, end + 12))) continue;
      const prev = tokens[first - 1];
      if (prev !== undefined && prev.end === start && THING_BEFORE.has(prev.surface)) continue;
    }
    // おつかれ|さま, ご苦労|様, お世話|様: a greeting, not a name with 様.
    if (GREETING_BEFORE_SAMA.test(value)) continue;
    // 様 before a noun is 「…のような」, not an honorific (腫瘤様病変, 結節様陰影): nor is the span a name.
    if (next !== undefined && next.start === end && next.surface === '様' && /^(?![宛方邸分用各])\p{sc=Han}/u.test(text.slice(next.end, next.end + 1))) continue;
    const honorific = next !== undefined && next.start === end && HONORIFIC.has(next.surface);
    // One word kuromoji knows as a place heading a row of figures (横浜　12枚　3席 …), with no
    // honorific, label or name column: the place (a surname that is also a place, 春日 ななみ,
    // goes on with a given name, not figures).
    if (first === last && !honorific && !labelled && !column && !lastToken.unknown && lastToken.pos1 === '固有名詞' && lastToken.pos2 === '地域' && /^[ \t\u3000]+\d/.test(text.slice(end, end + 4))) continue;
    if (!labelled && !column && !honorific && inCompanyName(text, tokens, first, last)) continue;
    if (PLATE_AFTER.test(text.slice(end, end + 16))) continue;
    // 「口座名義 イ)コウジンカイ」, 「カ）ミナトショウジ」: a corporation's abbreviation on an account, not a name.
    if (value.length <= 4 && /^\p{sc=Katakana}+$/u.test(value) && /^[)）]/.test(text.slice(end, end + 1))) continue;
    // 清拭 where the text also writes 清拭剤: a word that forms a thing's compound (…剤, …液)
    // elsewhere is a common noun, not a person's name.
    if (!labelled && !column && !honorific && compoundElsewhere(text, value)) continue;
    // 「男子 118名、女子 116名」: a word right before a head count names a group, not a person.
    if (HEAD_COUNT_AFTER.test(text.slice(end, end + 8))) continue;
    // 「バロキサビル マルボキシル錠20mg」: a drug's name before its dosage form or strength.
    if (!labelled && !honorific && DOSAGE_AFTER.test(text.slice(end, end + 12))) continue;
    // A facility named 〇〇の杜 / の郷 / の里 / の苑 / の丘 (care homes, parks, housing): ミナトの杜いばらき.
    if (!labelled && !column && FACILITY_OF.test(text.slice(end, end + 3))) continue;
    // A Latin word in key/value syntax (BEGIN:VCALENDAR, CN=…;) is a keyword, not a name.
    if (LATIN_WORD.test(value) && (KEY_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || /^[:;=]/.test(text.slice(end, end + 1)))) continue;
    // One dictionary word of three or more characters that kuromoji knows as a common noun is a
    // word, not a name (a table header such as 生年月日 after 氏名).
    if (!honorific && first === last && isCommonWord(lastToken)) continue;
    if (!labelled && !column && !honorific && ((/\s/.test(value) && allCommonNouns(tokens, first, last)) || cutsAWord(tokens, last, end) || (/・/.test(value) && /\p{sc=Hiragana}/u.test(value)))) continue;
    // Below the reporting threshold a name still counts when an honorific follows it
    // (ヴァレンティナさん) or kuromoji knows all its words as names (営業部 佐藤).
    if (span.margin < low && !honorific && !allPersonTokens(tokens, first, last)) continue;
    let words = 0;
    for (let i = first; i <= last; i++) if (HAS_LETTER.test(tokens[i]!.surface)) words++;
    const full = words >= 2 || /[\s・=]/.test(value);
    // The margin decides low or medium; high needs what the rest of the detector treats as
    // certain: a label, a name column, or a full name with an honorific.
    let confidence: Hit['confidence'];
    let reason: string;
    if (column || labelled) [confidence, reason] = ['high', column ? 'name column' : 'name label'];
    else if (full && honorific) [confidence, reason] = ['high', 'name model: full name + honorific'];
    else if (honorific) [confidence, reason] = ['medium', 'name model + honorific'];
    else if (span.margin >= medium) [confidence, reason] = ['medium', 'name model'];
    else if (full && span.margin >= low && isSurname(tokens[first]!) && isGivenLike(tokens[last]!)) [confidence, reason] = ['medium', 'name model: surname + given name'];
    else [confidence, reason] = ['low', 'name model (weak)'];
    // One katakana word of ten or more letters with nothing for it (パテラモビライゼーション, a technique):
    // foreign names that long come in parts (…・…), a single word that long is a term.
    if (!honorific && !labelled && !column && LONG_KATAKANA_WORD.test(value)) continue;
    const titled = next !== undefined && next.start === end && TITLE_AFTER.has(next.surface);
    const oneKanjiSurname = /^\p{sc=Han}$/u.test(value) && titled && !NOT_SURNAME.test(value);
    if ([...value.replace(/\s/g, '')].length < 2 && confidence !== 'high' && !oneKanjiSurname) continue;
    const reading = READING_BEFORE.test(text.slice(Math.max(0, start - 8), start));
    const hit: Hit = { category: 'person_name', start, end, value, confidence, reason };
    if (!reading) hit.personKey = keyOf(value, full);
    hits.push(hit);
    honoured.push(honorific);
  }
  joinSplitNames(text, hits, honoured);
  return hits;
}

/**
 * A name broken over two lines (申込者は白石⏎拓海様) is one person: a surname without an honorific
 * directly followed, after a line break only, by a part with one takes the full key of both.
 */
function joinSplitNames(text: string, hits: Hit[], honoured: boolean[]): void {
  for (let k = 0; k + 1 < hits.length; k++) {
    const a = hits[k]!;
    const b = hits[k + 1]!;
    if (honoured[k] || !honoured[k + 1] || !a.personKey?.startsWith('1:') || b.personKey === undefined) continue;
    if (!/^\r?\n$/.test(text.slice(a.end, b.start))) continue;
    a.personKey = b.personKey = keyOf(`${a.value}${b.value}`, true);
  }
}
