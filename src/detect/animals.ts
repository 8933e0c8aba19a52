/**
 * Animals as patients: a veterinary hospital's referral, a pet's blood test, a trimming salon's
 * note. The Act protects living people; a dog's kidney disease is nobody's 病歴. Two things are
 * recognised here:
 *
 * - pets' names, declared somewhere in the message (ポポ（トイプードル）, 愛犬の小太郎,
 *   ペット名：モモ, a ペット名 column): the same name elsewhere in the message (ポポちゃんの
 *   血液検査結果) is not a person;
 * - medical terms whose sentence (or table row) is about an animal named by its species, breed or
 *   pet name, with no person in it (猫 腎摘出, スコティッシュフォールド 去勢雄 … 腫瘤).
 *
 * An allergy *to* an animal (猫アレルギー), a bite (犬咬傷) and an assistance dog's user
 * (盲導犬 — the user's disability) stay about people.
 */
import type { ExtractionResult } from '../extract/types.js';
import { lineAt, paragraphBounds, sentenceBounds } from './sentences.js';

const SPECIES =
  '愛犬|愛猫|子犬|子猫|仔犬|仔猫|老犬|老猫|保護犬|保護猫|(?<![盲導聴介助警察救助麻薬探知])犬(?!歯|死|種別?[:：])|猫|イヌ|ネコ|わんちゃん|ワンちゃん|ねこちゃん|ネコちゃん|ペット|うさぎ|ウサギ|フェレット|ハムスター|モルモット|チンチラ|インコ|オウム|文鳥|小鳥|熱帯魚|金魚|動物(?!園)';
const BREEDS =
  'トイ・?プードル|プードル|チワワ|柴犬|豆柴|秋田犬|ミニチュア・?ダックス(?:フンド)?|ダックス(?:フンド)?|ポメラニアン|シーズー|マルチーズ|ヨークシャー・?テリア|[\\p{sc=Katakana}ー]{2,8}・?テリア|パグ|コーギー|ゴールデン・?レトリ[ー]?バー|ラブラドール(?:・?レトリ[ー]?バー)?|フレンチ・?ブルドッグ|ブルドッグ|ビーグル|シュナウザー|ボーダー・?コリー|パピヨン|キャバリア|ペキニーズ|スコティッシュ・?フォールド|アメリカン・?ショートヘア|マンチカン|ラグドール|メインクーン|ロシアン・?ブルー|ペルシャ(?:猫|(?!語|人|絨毯|湾|帝国|文学|料理))|ノルウェージャン(?:・?フォレストキャット)?|ベンガル猫|ブリティッシュ・?ショートヘア|雑種|ミックス犬|ミックス猫';
/** Words only a veterinary record uses: 去勢雄, 避妊済, フィラリア, 狂犬病, トリミング. */
const VET_ONLY = '去勢(?:雄|オス|済)?|避妊(?:雌|メス|済)|フィラリア|狂犬病|混合ワクチン|トリミング|獣医';
/** English, lower case or capitalised only (PET検査 and a CAT scan are people's). */
const ENGLISH = '\\b(?:[Dd]ogs?|[Cc]ats?|[Pp]upp(?:y|ies)|[Kk]ittens?|[Cc]anine|[Ff]eline|[Pp]ets?|[Nn]eutered|[Ss]payed|[Vv]eterinary)\\b';

const ANIMAL = new RegExp(`(?:${BREEDS}|${SPECIES}|${VET_ONLY}|${ENGLISH})`, 'gu');
const ANIMAL_TEST = new RegExp(ANIMAL.source, 'u');

/** A pet name: katakana or hiragana (ポポ, もも), or one to three kanji (小太郎). */
const PET_NAME = '([\\p{sc=Katakana}ー]{2,8}|[\\p{sc=Hiragana}ー]{2,6}|\\p{sc=Han}{1,3})';
const PET_SUFFIX = '(?:ちゃん|くん|君)?';
/** ポポ（トイプードル）, ココちゃん(柴犬・3歳), モモ（猫・避妊済）. */
const NAME_THEN_ANIMAL = new RegExp(`${PET_NAME}${PET_SUFFIX}[ \\u3000]?[（(][^）)\\n]{0,15}?(?:${BREEDS}|${SPECIES}|${VET_ONLY})`, 'gu');
/** 愛犬の小太郎, トイプードルのポポちゃん, ペット名：モモ, うちの猫のミケ. */
const ANIMAL_THEN_NAME = new RegExp(
  `(?:(?:${BREEDS}|愛犬|愛猫|子犬|子猫|保護犬|保護猫|うちの(?:犬|猫|子))の|(?:犬名|猫名|ペット名|動物名|ペットの(?:お)?名前|[Pp]et(?:'s)? name)[ \\u3000]*[:：]?[ \\u3000]*)${PET_NAME}${PET_SUFFIX}`,
  'gu',
);
const PET_COLUMN = /^(?:ペット名|動物名|犬名|猫名|ペットの(?:お)?名前|Pet(?:'s)? ?name)$/i;
/** Words that would also be read as a pet name after 「愛犬の」 but are not names. */
const NOT_PET_NAME = /^(?:散歩|世話|体調|様子|診察|治療|手術|検査|ため|こと|件|方|ご?飯|餌|エサ|写真|名前|お名前)$/u;

/** A veterinary practice writing (あおぞら動物病院の藤井です, 院長・獣医師): its patients are animals. */
const VET_PRACTICE = /動物病院|どうぶつ病院|動物医療センター|獣医師?|ペットクリニック|アニマルクリニック|\b(?:[Aa]nimal [Hh]ospital|[Vv]eterinary|[Vv]et [Cc]linic)\b/u;
/** A name in kana with ちゃん or くん (ハナちゃん, もも君): how a veterinary practice names its patients. */
const KANA_PET_CALLED = /(?<![\p{sc=Katakana}ー])([\p{sc=Katakana}ー]{2,6})(?:ちゃん|くん|君)|(?<![\p{sc=Katakana}\p{sc=Hiragana}ー])([\p{sc=Hiragana}]{2,5})(?:ちゃん|くん|君)/gu;

/** Pets' names declared anywhere in the message (its text and its table cells). */
export function findPetNames(extraction: ExtractionResult): Set<string> {
  const names = new Set<string>();
  const add = (v: string | undefined): void => {
    const name = (v ?? '').trim();
    if (name.length >= 2 && !NOT_PET_NAME.test(name) && !ANIMAL_TEST.test(name)) names.add(name);
  };
  const vet = extraction.segments.some((s) => VET_PRACTICE.test(s.text));
  for (const s of extraction.segments) {
    // A katakana name after a particle (同居のレオくん) is still whole.
    if (vet) for (const m of s.text.matchAll(KANA_PET_CALLED)) add(m[1] ?? m[2]);
    if (!ANIMAL_TEST.test(s.text)) continue;
    for (const m of s.text.matchAll(NAME_THEN_ANIMAL)) add(m[1]);
    for (const m of s.text.matchAll(ANIMAL_THEN_NAME)) add(m[1]);
  }
  for (const t of extraction.tables) {
    const columns = (t.header ?? []).flatMap((h, i) => (PET_COLUMN.test(h.trim()) ? [i] : []));
    if (columns.length === 0) continue;
    for (const row of t.rows) for (const c of row.cells) if (columns.includes(c.column)) add(c.text.replace(/(?:ちゃん|くん|君)$/u, ''));
  }
  return names;
}

/** A name hit that is a pet's: declared as one in the message, or a species read as a surname (猫 腎). */
export function isPetName(value: string, petNames: ReadonlySet<string>): boolean {
  const bare = value.replace(/[ \u3000]/g, '');
  if (petNames.has(bare) || petNames.has(value)) return true;
  // ワン|ちゃん, ねこ|ちゃん: the word for a dog or a cat, read as a name before its honorific.
  if (/^(?:ワン|わん|ワンコ|わんこ|ニャン|にゃん|ねこ|ネコ|うさ)$/u.test(bare)) return true;
  return /^(?:犬|猫)(?:[ \u3000]|$)/u.test(value);
}

/** Someone human in the sentence: the writer, a relative, staff, or work (休職中 is no dog's). */
const HUMAN = /私|僕|わたし|自分|妻|夫|主人|息子|娘|子ども|子供|お子|家族|ご本人|本人|社員|従業員|職員|スタッフ|利用者|入居者|生徒|児童|休職|休業|勤務|出勤|退職|通勤|通学|仕事|\b(?:I|my|me|employee|staff|he|she|his|her)\b/iu;
/** A person as the sentence's topic or subject: 山田さんは犬の散歩中に転倒し入院 (not 宮原様の愛犬). */
const PERSON_AS_SUBJECT = /(?:さん|様|氏|先生|殿)(?:は|が|も|には)/u;
const CHILD_AS_SUBJECT = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,8})(?:くん|君|ちゃん)(?:は|が|も|には)/gu;
/** The animal's owner, named by that role only: 飼い主様, オーナーさん, the owner. */
const OWNER = /飼い?主(?:様|さま|さん)?|オーナー(?:様|さま|さん)?|\b[Oo]wners?\b/gu;
/** A person named or addressed between the animal and the term (山田さんは犬の散歩中に転倒し骨折). */
const PERSON_BETWEEN = /さん|様|氏|先生|殿|飼い主|オーナー|\bowner\b/iu;

/**
 * The medical term at text[start, end) is about an animal: its sentence (the whole row of a
 * table) names an animal or a pet, not right before the term as what the term is about
 * (猫アレルギー is a person's), nobody human appears in the sentence, and no person comes
 * between the animal and the term.
 */
export function aboutAnimal(text: string, start: number, end: number, wholeUnit: boolean, petNames: ReadonlySet<string>): boolean {
  if (!wholeUnit && inAnimalRecord(text, start)) return true;
  const [from, to] = wholeUnit ? [0, text.length] : sentenceBounds(text, start, end);
  const sentence = text.slice(from, to);
  // A referral or report whose patient is an animal (患者：ココ（柴犬、避妊雌）): a sentence of it
  // that names no one but the owner (下記の症例について、精査と治療方針のご相談を…, 飼い主様は
  // 手術を含めた積極的な治療を希望されています) is about that patient.
  if (!wholeUnit && ANIMAL_SUBJECT_LINE.test(text)) {
    const rest = sentence.replace(OWNER, '');
    if (!HUMAN.test(rest) && !PERSON_AS_SUBJECT.test(rest) && !PERSON_BETWEEN.test(rest)) return true;
  }
  if (HUMAN.test(sentence) || PERSON_AS_SUBJECT.test(sentence)) return false;
  // A child as the subject (太郎くんは犬に噛まれて入院), unless the name is a pet's (愛犬の小太郎くんは).
  for (const m of sentence.matchAll(CHILD_AS_SUBJECT)) if (![...petNames].some((p) => m[1]!.endsWith(p))) return false;
  const animals: Array<[number, number]> = [];
  for (const m of sentence.matchAll(ANIMAL)) {
    // 狂犬病 beside a bite or an exposure (犬咬傷・狂犬病曝露後接種) is a person's treatment, not a pet's vaccine.
    if (m[0] === '狂犬病' && /曝露|暴露|咬傷|噛まれ|咬まれ/.test(sentence)) continue;
    animals.push([from + m.index, from + m.index + m[0].length]);
  }
  for (const name of petNames) {
    for (let i = sentence.indexOf(name); i !== -1; i = sentence.indexOf(name, i + name.length)) animals.push([from + i, from + i + name.length]);
  }
  // No animal in the sentence, but a declared pet a little above it and nobody human since (マロンちゃん
  // （トイプードル・8歳）の血液検査結果 … ・ALT 142 … ⏎ 現時点で急ぐ治療は必要ないと考えています): the
  // sentence goes on about that pet.
  if (animals.length === 0 && petNames.size > 0 && !wholeUnit) return petAbove(text, from, petNames);
  return animals.some(([a, b]) => {
    // Right before the term, the animal is what the term is about: 猫アレルギー, 犬咬傷; inside the
    // term (犬咬傷, a dog's bite) the animal is the cause, and the one bitten is no animal.
    if (b === start || (a >= start && b <= end)) return false;
    const between = a < start ? text.slice(b, start) : text.slice(end, a);
    // 飼い猫からの感染, 犬より感染: the animal is where it came from; the one infected is a person.
    if (a < start && /^[\s\u3000]*(?:から|より)の?[\s\u3000]*$/.test(between)) return false;
    // A person addressed before the term and the animal only after it (井上 隆 様（68歳）SFTS発症の
    // 疑い―飼い猫からの感染): the term is the person's.
    if (a >= end && PERSON_BETWEEN.test(text.slice(from, start))) return false;
    return !PERSON_BETWEEN.test(between);
  });
}

const KANA_DECLARED_AFTER = new RegExp(`^[ \\u3000]?[（(][^）)\\n]{0,15}?(?:${BREEDS}|${SPECIES})`, 'u');
/** How far above a sentence a pet it goes on about may be named (a paragraph and a short list). */
const PET_ABOVE_CHARS = 400;

/** A declared pet named in the text just above `at`, with nobody human named after it. */
function petAbove(text: string, at: number, petNames: ReadonlySet<string>): boolean {
  const above = text.slice(Math.max(0, at - PET_ABOVE_CHARS), at);
  let last = -1;
  // Where it is called as a pet is (マロンちゃん, レオくん): a kanji word read as a pet's name
  // elsewhere (ご依頼（7/9 ペルシャ語）) does not carry a patient into the sentences below it.
  for (const name of petNames) {
    for (let i = above.lastIndexOf(name); i !== -1 && i > last; i = above.lastIndexOf(name, i - 1)) {
      const next = above.slice(i + name.length, i + name.length + 20);
      // …or declared with its species in brackets, a name in kana (こてつ（犬・ミニチュアダックス）).
      if (/^(?:ちゃん|くん|君)/.test(next) || (/^[\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u.test(name) && KANA_DECLARED_AFTER.test(next))) {
        last = i;
        break;
      }
      if (i === 0) break;
    }
  }
  if (last === -1) return false;
  const after = above.slice(last);
  return !HUMAN.test(after) && !PERSON_AS_SUBJECT.test(after.replace(OWNER, ''));
}
/** A label line: 傷病名：…, 既往：…, 所見：…. */
const LABEL_LINE = /^[ \u3000]*[■・●◆-]?[ \u3000]*[^:：\n]{1,12}[:：]/;
/** The record's subject line names an animal: 対象動物：こむぎ（ミニチュアダックスフンド）, 患者：ルーク君（ゴールデンレトリバー、去勢済オス）. */
const ANIMAL_SUBJECT_LINE = new RegExp(`^[ \\u3000]*[■・●◆-]?[ \\u3000]*(?:対象動物|動物種|動物名|ペット名|ペット|犬種|猫種|品種|患者|患畜|患者名|Patient|Pet)[ \\u3000]*[:：][^\\n]*(?:${BREEDS}|${SPECIES}|${VET_ONLY}|${ENGLISH})`, 'mu');

/**
 * The term is a label line of a block (lines without a blank between) whose subject line is an
 * animal: a veterinary record or an insurance claim for a pet (傷病名：椎間板ヘルニア under
 * 対象動物：こむぎ（ミニチュアダックスフンド）). The owner named in the block (飼い主：小松様) does
 * not make it theirs.
 */
function inAnimalRecord(text: string, start: number): boolean {
  const line = lineAt(text, start);
  if (!LABEL_LINE.test(line) || HUMAN.test(line) || PERSON_AS_SUBJECT.test(line)) return false;
  return ANIMAL_SUBJECT_LINE.test(text.slice(...paragraphBounds(text, start)));
}
