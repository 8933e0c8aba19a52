/**
 * Person names: a learned sequence labeller over kuromoji tokens (name-model/, its confidence
 * from the model's margin), together with kuromoji's 名詞,固有名詞,人名 tokens (姓/名/一般) and
 * their combinations when honorifics, titles, labels or name columns make them certain.
 */
import { fieldAt } from './context.js';
import type { Hit, Unit } from './hit.js';
import { ORG_WORD } from './organisation-context.js';
import { FACILITY_NAME_AFTER, findModelNames, isRoleWord, kanaSplitBeforeOrganisation } from './name-model/hits.js';
import { sharedNameModel, type NameModel } from './name-model/model.js';
import { tokenAt, type Token } from './tokenizer.js';
import { romajiKey } from './romaji.js';
import { isRomajiWord } from './patterns/romaji.js';
import { romajiNames } from './romaji-names.js';
import { isCapitalsListName, isCapitalsName, isLatinPersonName, latinNames, ORGANISATION_WORDS, titleCase } from './latin-names.js';
import { lineAt, lineStartAt } from './sentences.js';

const HONORIFICS = new Set(['様', 'さま', 'さん', '氏', '殿', '君', 'くん', 'ちゃん', '先生', '先輩', '教授', '医師', '弁護士', '部長', '課長', '係長', '社長', '専務', '常務', '主任', '市長', '区長', '町長', '村長', '知事']);
/** Words after a surname that make it a company, place or facility instead of a person (市長, 町長 … are titles). */
const NOT_PERSON_AFTER = /^(?:工業|商事|商店|産業|建設|製作所|病院|医院|クリニック|銀行|証券|物産|電機|電気|重工|興業|組|屋|家|駅|町(?!長)|村(?!長)|市(?!長)|区(?!長)|県(?!知事)|通り|線|橋|川|山|寺|神社|城|港|ビル|ホール|会館|大学|高校|中学|小学校|学園|研究所|財団|法人|賞|記念|式|流|派|ケ|ヶ|ノ)/;
const LABEL_BEFORE = /(?:氏名|名前|お名前|患者名?|担当者?|社員|従業員|申込者|被保険者|契約者|受取人|名義人?|世帯主|本人|児童|生徒|利用者|入居者|依頼人|相談者)\s*[:：]?\s*$/;
const KATAKANA = /^[\p{sc=Katakana}ー]+$/u;
/** A company's trade at the end of a name-like word: 鈴木建設, 山田商事, 佐藤工務店. */
const TRADE_END = /(?:建設|工務店|商事|物産|工業|産業|運輸|電機|電気|電工|製作所|不動産|銀行|証券|興業|商会|商店|工房|設計|技研|化学|薬品|食品|住宅|自動車|観光|交通)$/u;
/** Words of organisations, products and places written in Latin letters. */
const LATIN_ORG_WORD = new RegExp(`\\b(?:${ORGANISATION_WORDS})\\b`, 'i');
/** A name cell; airline and passport style too (OTSUKA/TAKERU MR). */
const NAME_CELL = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々・A-Za-z .'/-]{2,30}$/u;

function isPersonToken(t: Token): boolean {
  return t.pos1 === '固有名詞' && t.pos2 === '人名';
}

/** A token that can complete a name after a surname (given names kuromoji does not know). */
function canCompleteName(t: Token): boolean {
  if (t.surface.length > 3 || HONORIFICS.has(t.surface)) return false;
  if (!/^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々]+$/u.test(t.surface)) return false;
  return t.pos === '名詞' && (t.pos1 === '固有名詞' || t.unknown);
}

/**
 * Names in tokenized text: the model's names (low/medium/high by margin), plus kuromoji 人名
 * tokens made certain (medium/high) by a full name, an honorific or title, a label or a column.
 */
export function findNames(unit: Unit, tokens: Token[], model: NameModel = sharedNameModel()): Hit[] {
  const modelHits = findModelNames(unit, tokens, model);
  // Two 人名 tokens in a row with nothing else for them (no honorific, label or column) are a
  // name only when the model, which sees the context (安曇野市, 鳳翔から, 前川國男建築設計事務所),
  // agrees.
  const tokenHits = findNameTokens(unit, tokens).filter(
    (h) => h.confidence !== 'low' && (h.reason !== 'full name' || modelHits.some((m) => m.start < h.end && h.start < m.end)),
  );
  return [...tokenHits, ...modelHits];
}

function findNameTokens(unit: Unit, tokens: Token[]): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!isPersonToken(first)) continue;
    const prev = tokens[i - 1];
    // Part of a longer proper noun (organisation, product): not a name on its own.
    if (prev && prev.pos1 === '固有名詞' && prev.pos2 !== '地域' && prev.end === first.start) continue;
    if (prev && /(?:株式会社|有限会社|合同会社)$/.test(prev.surface)) continue;
    // The second word of a katakana compound (パーク|ヒルズ城南, a building): not a name's start.
    if (prev && prev.end === first.start && KATAKANA.test(prev.surface) && KATAKANA.test(first.surface)) continue;
    // The end of a katakana word for a role (ケア|マネさん): not a name.
    if (prev && prev.end === first.start && isRoleWord(prev.surface + first.surface)) continue;
    let last = i;
    let personTokens = 1;
    let hasSurname = first.pos3 === '姓';
    let hasGiven = first.pos3 === '名';
    for (let k = i + 1; k < tokens.length && last - i < 4; k++) {
      const t = tokens[k]!;
      const isSpace = t.pos1 === '空白' || t.surface.trim() === '';
      if (isSpace && t.surface.length <= 2 && hasSurname && !hasGiven) {
        const after = tokens[k + 1];
        if (after && (isPersonToken(after) || canCompleteName(after)) && after.pos3 !== '姓') continue;
        break;
      }
      if (isPersonToken(t) && !(hasSurname && hasGiven)) {
        last = k;
        personTokens++;
        hasSurname ||= t.pos3 === '姓';
        hasGiven ||= t.pos3 === '名';
        continue;
      }
      if (hasSurname && !hasGiven && personTokens === 1 && canCompleteName(t) && isHonorificAt(tokens[k + 1])) {
        last = k;
        personTokens++;
        hasGiven = true;
        continue;
      }
      break;
    }
    const lastToken = tokens[last]!;
    const next = tokens[last + 1];
    const katakanaCompound = next !== undefined && next.start === lastToken.end && KATAKANA.test(lastToken.surface) && KATAKANA.test(next.surface);
    // 瀬戸|みな|と|銀行: a kana word split by the tokenizer before an organisation's word (瀬戸みなと銀行).
    const splitOrg = kanaSplitBeforeOrganisation(text, lastToken);
    if (splitOrg || katakanaCompound || (next && (NOT_PERSON_AFTER.test(next.surface) || next.pos2 === '地域' || next.pos2 === '組織')) || FACILITY_NAME_AFTER.test(text.slice(lastToken.end, lastToken.end + 12))) {
      i = last;
      continue;
    }
    const start = first.start;
    const end = lastToken.end;
    const value = text.slice(start, end);
    const full = personTokens >= 2 || (hasSurname && hasGiven);
    // 様 before a noun is 「…のような」, not an honorific: 腫瘤様病変, 結節様陰影.
    const honorific = isHonorificAt(next) && !(next!.surface === '様' && LIKE_NOUN_AFTER.test(text.slice(next!.end, next!.end + 1)));
    const labelled = LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    const column = fieldAt(unit, start)?.column === 'person_name';
    let confidence: Hit['confidence'];
    let reason: string;
    if (column || labelled) [confidence, reason] = ['high', column ? 'name column' : 'name label'];
    else if (full && honorific) [confidence, reason] = ['high', 'full name + honorific'];
    else if (full) [confidence, reason] = ['medium', 'full name'];
    else if (honorific) [confidence, reason] = ['medium', 'name + honorific'];
    else [confidence, reason] = ['low', 'name token'];
    if (value.length < 2 && confidence !== 'high') {
      i = last;
      continue;
    }
    hits.push({ category: 'person_name', start, end, value, confidence, reason, personKey: personKey(value, full) });
    i = last;
  }
  return hits;
}

/** A kanji right after 様 that is not 宛/方/邸/分/用/各 (山田様宛, 田中様方). */
const LIKE_NOUN_AFTER = /^(?![宛方邸分用各])\p{sc=Han}/u;

function isHonorificAt(t: Token | undefined): boolean {
  return t !== undefined && HONORIFICS.has(t.surface);
}

const NAME_WORD = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー々]';
/** A word of a name in Latin letters, as a form writes it (SANTOS, Rafael, O'Brien, Jean-Luc). */
const LATIN_NAME_WORD = "[A-Z][A-Za-z'-]{1,20}";
/** Lower-case words inside a Latin name: Nurul Aisyah binti Hamzah, Ludwig van Beethoven, Maria da Silva. */
const LATIN_NAME_PARTICLE = '(?:bin|binti|bint|ibn|van|von|der|den|de|da|di|del|della|dos|das|du|la|le|al|el|ter|ten)';
/**
 * An airline passenger name: SURNAME/GIVEN NAMES and a title (CHEN/MEI HUA MS, DELA CRUZ/RAMON MR,
 * ISHIKURA/TERUO MR), as PNRs, rooming lists and special-service requests write it.
 */
const PASSENGER_NAME = /(?<![A-Z\/])([A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20})?\/[A-Z][A-Z'-]{1,20}(?: [A-Z][A-Z'-]{1,20}){0,2}) (?:MR|MRS|MS|MISS|MSTR|DR|CHD|INF)\b/g;
/**
 * Two capitalised words in Latin letters that are a Japanese surname and given name by the
 * dictionary's readings (Aya Morimoto, Shinji Kurosawa, MORIMOTO Aya): a person in English prose.
 * Not one word of a longer capitalised run (Natori Distribution Center) or a company's name.
 */
/** Two capitalised words, accents and a hyphenated given name allowed (Chloé Bernard, Kim Min-jun), alone in their run. */
const LATIN_PERSON_PAIR = /(?<![A-Z][\p{L}0-9&'-]*[ \t]|[\p{L}0-9&'-]|[A-Z]{2},[ \t])([A-Z][a-zà-ÿ]{1,19}(?:-[a-z]{2,10})?|[A-Z]{3,20})[ \t]([A-Z](?:[a-zà-ÿ-]|'(?!s\b)[A-Za-zà-ÿ]){1,19}|[A-Z]{2,20})(?![\p{L}0-9&-]|'(?!s\b)|[ \t]?[A-Z0-9&])/gu;
/**
 * A rank or a role right before a Latin name (Oiler Agus Setiawan, Cook Rizky Pratama, Captain
 * Lars Madsen, Coach Daniel Ortiz): the pair rule skips a name after a capitalised word, so a crew
 * list or a squad list needs the role read as a role.
 */
/**
 * A known given name and a capitalised word the lists do not know as a surname, made a person by
 * what follows: an honorific (Khalid Al-Mansouri様, Daniel Okafor さん) or their role in brackets
 * (Daniel Okafor (G7 applicant)).
 */
const LATIN_NAME_CUED =
  /(?<![\p{L}0-9&'-])([A-Z][a-z]{2,19})[ \t]((?:Al|El|Abu|Bin|Ben|Van|De|Da|Di|Le|La)-[A-Z][a-z]{2,19}|[A-Z][a-z'-]{2,19})(?=[ \t]?(?:様|さん|氏|くん|君|ちゃん)|[ \t]*[(（][^)）\n]{0,24}\b(?:applicant|student|pupil|patient|guest|employee|candidate|member|trainee|intern|child)\b)/gu;
const ROLE_BEFORE_LATIN_NAME =
  /(?<![A-Za-z])(?:Captain|Capt\.|Master|Officer|Engineer|Bosun|Oiler|Wiper|Cook|Messman|Steward|Fitter|Cadet|Electrician|AB|OS|Purser|FA|CA|Pilot|Driver|Nurse|Doctor|Coach|Player|Intern|Trainee|Teacher|Professor|Prof\.)[ \t]+([A-Z][a-zà-ÿ]{1,19})[ \t]([A-Z][a-zà-ÿ'-]{1,19}|[A-Z]{2,20})(?![\p{L}0-9&-]|[ \t]?[A-Z0-9&])/gu;
/** A person named by their relation to someone: 「Min-seok's roommate, AUNG KYAW MIN」, 「her colleague Anna Weber」, 「our intern, Mei Tanaka」. */
const RELATION_THEN_NAME = /\b(?:room|class|flat|house|team)mate,?[ \t]+([A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+){1,3})(?![ \t]?[A-Z0-9&]|[A-Za-z'-])|\b(?:colleague|co-?worker|neighbou?r|friend|cousin|nephew|niece|fiancée?|intern|trainee),?[ \t]+([A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+){1,3})(?![ \t]?[A-Z0-9&]|[A-Za-z'-])/g;
/** A name in capitals before its bracket or its verb: 「DANG QUOC BAO (Class B1) was arrested」, 「KIM MINJUN has left」. */
const CAPITALS_NAME_SUBJECT = /(?<![A-Za-z][ \t]?)([A-Z]{2,20})[ \t]([A-Z]{2,20})(?:[ \t]([A-Z]{2,20}))?(?=[ \t]*\((?![A-Z]{2,}\))|[ \t]+(?:was|is|has|had|will|did|remains|works|worked|left|arrived|from)\b|,[ \t]+(?:was|is|has|had|who|from|aged|a|an|the|our|your|his|her)\b)/g;
/** A list item that is a name in capitals, two or three words (・SITI NURHALIZA（女性…）, - YUSUF HIDAYAT). */
const CAPITALS_LIST_NAME = /^[ \t\u3000>]*(?:[・●○■◆\-*–]|\d{1,2}[.)．）])[ \t\u3000]*([A-Z]{2,20})[ \t]([A-Z]{2,20})(?:[ \t]([A-Z]{2,20}))?(?=[ \t\u3000]*(?:[(（:：,、]|$))/gm;
const LATIN_PAIR = /(?<![A-Z][A-Za-z0-9&'-]*[ \t]|[A-Za-z0-9&'-])\b([A-Z][a-z]{2,13}|[A-Z]{3,14})[ \t]([A-Z][a-z]{2,13}|[A-Z]{3,14})\b(?![ \t]?[A-Z0-9&])/g;
/**
 * `氏名：山田 太郎`, `応募者: 佐藤花子`, `受講者：SANTOS Rafael Kenji`, `Patient: Mr. Lucas Bernard` — a
 * label followed by a short name-like value on the same line (up to three words; Latin names of two
 * to four words, after an English title if any; SANTOS, JOHN PATRICK with a comma after a surname in capitals).
 */
const LABELLED_NAME = new RegExp(
  `(?:氏名|お名前|名前|フルネーム|応募者|患者名?|会員名?|担当者名?|契約者名?|申込者名?|被保険者名?|受講者名?|利用者名?|名義人?|世帯主|被推薦者名?|相談者名?|対象者名?|被災者名?|受験者名?|申請者名?|(?<![A-Za-z][ \\t]?)(?:(?:Full |Employee |Patient )?[Nn]ame|Patient|Employee|Applicant|Candidate|Insured|Injured(?: person)?|Victim|Deceased|Policyholder|Translator|Interpreter|Author|Payee|Freelancer|Lender|Borrower|Passenger|Traveller|Traveler|Guest|Deportee|Detainee|Inmate|Defendant|Suspect|Offender|Accused|Claimant|Complainant|Asylum seeker|Refugee|Resident|Tenant|(?:Main )?[Oo]ccupant|Student|Pupil|Worker|Assignee|Expatriate|Spouse|Wife|Husband|Son|Daughter|Child(?:[ \\t]*\\d{1,2})?|Dependa?ent(?:[ \\t]*\\d{1,2})?|Family member|Member|Crew ?member|Crew|Seafarer|Casualty))(?:[ \\t]*[(（][^)）\\n]{1,30}[)）])?[ \\t]*[:：][ \\t]*(?:(?:Mr|Ms|Mrs|Miss|Dr|Capt|Captain|Master|Oiler|Wiper|Cook|Messman|Bosun|Fitter|Cadet|AB|OS)\\.?[ \\t]+)?(${NAME_WORD}{1,6}(?:[ \\t]${NAME_WORD}{1,6}){0,2}|[A-Z]{2,}[A-Z'-]*,[ \\t]${LATIN_NAME_WORD}(?:[ \\t]${LATIN_NAME_WORD}){0,2}|${LATIN_NAME_WORD}(?:[ \\t](?:[A-Z]\\.[ \\t])?(?:${LATIN_NAME_PARTICLE}[ \\t])?${LATIN_NAME_WORD}){1,3})(?=[ \\t]*(?:様|さん|殿)?[ \\t]*(?:$|[\\n、,。(（/|])|[ \\t]+[A-Z][A-Za-z .]{0,20}[:：])`,
  'gmu',
);
/**
 * `NGUYEN THI MAI さん`, `Daniel Harris氏`: a Latin name of two to four words right before a
 * Japanese honorific for a person. Not 様 or 御中, which Japanese mail also puts after company
 * names written in Latin letters (ABC Trading様).
 */
const LATIN_HONORIFIC_NAME = new RegExp(`(?<![A-Za-z0-9&.-][ \\t]?)(${LATIN_NAME_WORD}(?:[ \\t]${LATIN_NAME_WORD}){1,3})[ \\t]?(?:さん|氏|くん|君|ちゃん)`, 'gu');
/** A name field of pasted JSON or key=value data: "name":"Peter Njoroge Mwangi", "customer_name": "山田 花子". */
/** A name field of a log line in key=value form: name="OKAMOTO YUKI", customer_name=Taro_Yamada. */
const KEY_VALUE_NAME = /(?<![\w])(?:full_?name|customer_?name|cardholder(?:_?name)?|holder_?name|buyer_?name|member_?name|guest_?name|user_?name|name)=(?:"([A-Za-z][A-Za-z '.-]{2,60})"|([A-Za-z][A-Za-z'.-]{1,30}(?:_[A-Za-z][A-Za-z'.-]{1,30})+))/gi;
const JSON_NAME = /"(?:full_?name|name|customer_?name|buyer_?name|patient_?name|member_?name|guest_?name|employee_?name|user_?name|氏名|名前)"\s*:\s*"([A-Za-z][A-Za-z '.-]{2,60}|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー々 \u3000]{2,20})"/giu;
/** `石川 隆盛 (Ishikawa Takamori, 41)`, `ヌルル・アイニ（NURUL AINI）`: a kanji or katakana name followed by its romaji (and an age) in brackets. */
const NAME_WITH_ROMAJI = /(?<![\p{sc=Han}])(\p{sc=Han}{1,4}[ \u3000]?\p{sc=Han}{1,4})[ \u3000]*[（(][ \t]*[A-Z][a-z]+[ \t]+[A-Z][a-z]+(?:[ \t]*,[ \t]*\d{1,3})?[ \t]*[)）]|(?<![\p{sc=Katakana}ー])([\p{sc=Katakana}ー]{2,}(?:[・=＝ ][\p{sc=Katakana}ー]{2,})+)[ \u3000]*[（(][ \t]*[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)+[ \t]*[)）]/gu;
/** Where NAME_WITH_ROMAJI can match at all: a bracket opening on a capital letter. */
const ROMAJI_IN_BRACKETS = /[（(][ \t]*[A-Z]/;
/** `Ms. Nguyen Thi Lan`, `Mr Tanaka`, `Dr. Lena Fischer`, `Mme Odile Vasseur`, `Herr Jonas Weber`: a title before a Latin name. */
const TITLED_LATIN_NAME = new RegExp(`(?:\\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Mme|Mlle|Herr|Frau|Sra|Srta)\\.?|\\bM\\.)[ \\t]+(${LATIN_NAME_WORD}(?:[ \\t]${LATIN_NAME_WORD}){0,3})`, 'gu');
/** `大村結翔様`, `横山 颯真 様`: a kanji name right before an honorific. */
const HONORIFIC_NAME = /(?<=^|[\s、。,「『(（:：/・])(\p{sc=Han}{1,4}[ \t]?\p{sc=Han}{1,4}|\p{sc=Han}{1,4}[ \t][\p{sc=Hiragana}\p{sc=Katakana}ー]{1,5})[ \t]?(?:様(?!(?![宛方邸分用各])\p{sc=Han})|さん|殿|氏|先生)/gmu;
/** Nouns that take honorifics but are roles, not names (患者様, 担当者様, 社長 …). */
const ROLE_END = /(?:者|員|長|客|方|族|社|様|殿|各位|先|人|家|主|生|師|官|士|手|当|部|課|室|係|皆|陣|団|会|所|店|局)$/;

/** The writer of a quoted or forwarded message in Latin letters: `From: Hannah Whitlock <h.w@…>`, `> 差出人: John Smith <…>`. */
const HEADER_LATIN_NAME = new RegExp(`^[ \\t>]*(?:From|差出人|送信者|送信元)[ \\t]*[:：][ \\t]*"?(${LATIN_NAME_WORD}(?:[ \\t]${LATIN_NAME_WORD}){1,3})"?[ \\t]*<[^>\\n]+@[^>\\n]+>`, 'gmu');

/**
 * A CV's or a form's heading name: a line that is only a Latin name, right above the person's
 * record (Date of birth:, Address:, Nationality:) — not above a phone or an e-mail alone, as a
 * signature's name is.
 */
const NAME_ABOVE_RECORD = new RegExp(
  `^[ \\t]*(${LATIN_NAME_WORD}(?:[ \\t]${LATIN_NAME_WORD}){1,2})[ \\t]*(?=\\r?\\n(?:[^\\n]*\\n){0,5}[^\\n]*?(?:^|[ \\t|/])(?:Date of birth|DOB|Born|Birth ?date|Home address|Address|Nationality)[ \\t]*[:：])`,
  'gmu',
);

/**
 * A passenger's name as airlines and travel agents write it (a PNR, a manifest, a MEDA pre-advice):
 * SURNAME/GIVEN NAMES TITLE — 「ARIMURA / KEIKO MRS」, 「TANAKA/TARO MR」, 「LEE/MINJI MISS」. The
 * title or a passenger's label (Pax:, Passenger:, Escort:) must be there.
 */
const PNR_NAME = /(?<![A-Za-z/])([A-Z]{2,20}(?:[ -][A-Z]{2,20})?[ \t]?\/[ \t]?[A-Z]{2,20}(?:[ \t][A-Z]{2,20})?)(?:[ \t]+(MR|MRS|MS|MISS|MSTR|DR|CHD|INF))?(?![A-Za-z/])/g;
const PNR_LABEL_BEFORE = /\b(?:Pax|PAX|Passengers?|PASSENGERS?|Escort|ESCORT|Name|NAME|Traveller|Traveler|Guest)[ \t]*\d{0,2}[ \t]*[:：]?[ \t]*$|^[ \t]*\d{1,2}[.)][ \t]*$/;

/**
 * A Latin name with a person's number in brackets right after it: 「LIN Meihua (Applicant No.
 * 25I-0157)」, 「BATBAYAR Temuulen (application no. 25I-0233)」, 「Anna Weber (Student ID 2231)」.
 */
const LATIN_NAME_WITH_NUMBER = /(?<![A-Za-z])([A-Z]{2,20}(?:[ \t][A-Z][a-z]{1,20}){1,2}|[A-Z][a-z]{1,20}(?:[ \t][A-Z][a-z]{1,20})?[ \t][A-Z]{2,20}|[A-Z][a-z]{1,20}[ \t][A-Z][a-z]{1,20})[ \t]*\((?:[Aa]pplicant|[Aa]pplication|[Ss]tudent|[Ee]mployee|[Ss]taff|[Mm]ember(?:ship)?|[Cc]andidate|[Pp]atient|[Cc]ase|[Cc]laim|[Pp]olicy)[ \t]*(?:[Nn]o\.?|ID|#|[Nn]umber)/g;

/** What a name label may be followed by that names no one: 相談者：匿名, 対象者：本人, 氏名：未定; a class of people written as one word (対象者：新入社員, 受験者：各部署の代表者). */
const NOT_A_LABELLED_NAME = /^(?:匿名|本人|ご本人|未定|なし|無し|不明|非公開|同上|別紙|別添|全員|各位|複数名?)$|^[^\s]*(?:の[^\s]*|社員|職員|作業員|従業員|者|管理職|役員|部長|課長|係長|全員|生徒|学生|児童|会員|スタッフ|メンバー|一同|部署|グループ)$/;

/** A sworn or written statement's first words: 「I, Bilal Ahmad Chaudhry, born …」, 「I, Anna Weber, of Hamburg, declare」. */
const STATEMENT_OPENING = new RegExp(`\\bI,[ \\t]+(${LATIN_NAME_WORD}(?:[ \\t]${LATIN_NAME_WORD}){1,3}),[ \\t]+(?:born|of|residing|resident|a national|national|holder|aged|the undersigned|hereby|do)\\b`, 'g');

/** Names shown by a label or an honorific, where kuromoji does not know the given name. */
export function findNamePatterns(unit: Unit, tokens: Token[] | null): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  for (const m of text.matchAll(LABELLED_NAME)) {
    const matched = m[1] ?? '';
    const start = m.index + m[0].length - matched.length;
    // 「会員：八木 杏 様」: the honorific set off by a space is not a third word of the name.
    // …nor is the next field's label on a line that joins fields with spaces (氏名:菅野 智也 生年月日:…).
    const value = matched.replace(/[ \t]+(?:様|さま|さん|殿)$/, '').replace(/[ \t]+(?:生年月日|年齢|性別|住所|電話番号?|携帯|TEL|メール|所属|部署|職業|続柄|国籍|フリガナ|ふりがな|カナ|Date|DOB|Age|Sex|Gender)$/, '');
    if (ORG_WORD.test(value) || value.replace(/\s/g, '').length < 2 || NOT_A_LABELLED_NAME.test(value)) continue;
    hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'high', reason: 'name label', personKey: personKey(value, true) });
  }
  if (text.includes('/')) {
    for (const m of text.matchAll(PNR_NAME)) {
      let value = m[1]!;
      // The title inside the given names' capitals (KEIKO MRS, read as a second given name).
      const inner = /[ \t](MR|MRS|MS|MISS|MSTR|DR)$/.exec(value);
      const titled = m[2] !== undefined || inner !== null;
      if (inner) value = value.slice(0, inner.index);
      if (!titled && !PNR_LABEL_BEFORE.test(text.slice(Math.max(lineStartAt(text, m.index), m.index - 16), m.index))) continue;
      if (LATIN_ORG_WORD.test(value)) continue;
      hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'high', reason: "passenger name (SURNAME/GIVEN)", personKey: personKey(value.replace(/[ \t]?\/[ \t]?/, ' '), true) });
    }
  }
  if (text.includes('(')) {
    for (const m of text.matchAll(LATIN_NAME_WITH_NUMBER)) {
      const value = m[1]!;
      if (LATIN_ORG_WORD.test(value)) continue;
      hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'high', reason: "Latin name with a person's number", personKey: personKey(value, true) });
    }
  }
  // 「I, Bilal Ahmad Chaudhry, born 12 March 1990 …」: the opening of a statement names its maker.
  for (const m of text.matchAll(STATEMENT_OPENING)) {
    const value = m[1]!;
    const start = m.index + m[0].indexOf(value);
    hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'high', reason: 'name label (a statement\'s maker)', personKey: personKey(value, true) });
  }
  for (const m of text.matchAll(JSON_NAME)) {
    const value = m[1] ?? '';
    if (ORG_WORD.test(value) || LATIN_ORG_WORD.test(value) || value.trim().length < 2) continue;
    // A bare "name" (products have one too) counts in a record that also holds a person's data.
    if (/^"name"/i.test(m[0])) {
      const open = text.lastIndexOf('{', m.index);
      const close = text.indexOf('}', m.index);
      if (open < 0 || !/"(?:phone|tel|mobile|e?mail|dob|birth\w*|address|national_id|passport\w*|age)"\s*:/i.test(text.slice(open, close < 0 ? text.length : close))) continue;
    }
    const start = m.index + m[0].lastIndexOf(value);
    hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'high', reason: 'name field', personKey: personKey(value, true) });
  }
  if (text.includes('=')) {
    for (const m of text.matchAll(KEY_VALUE_NAME)) {
      const value = m[1] ?? m[2] ?? '';
      if (!value.includes(' ') && !value.includes('_')) continue;
      if (LATIN_ORG_WORD.test(value.replace(/_/g, ' '))) continue;
      // The key's line must carry a person's data too (a card, an e-mail, a phone, a birth date).
      const line = lineAt(text, m.index);
      if (!/\b(?:pan|card\w*|cc_?num\w*|e-?mail|phone|tel|mobile|dob|birth\w*|address|account\w*)=/i.test(line)) continue;
      const start = m.index + m[0].indexOf(value);
      hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'high', reason: 'name field of a log line', personKey: personKey(value.replace(/_/g, ' '), true) });
    }
  }
  // Tried only where a bracket opens on a capital letter: the pattern itself starts at every letter.
  for (const m of ROMAJI_IN_BRACKETS.test(text) ? text.matchAll(NAME_WITH_ROMAJI) : []) {
    const value = m[1] ?? m[2] ?? '';
    if (ORG_WORD.test(value)) continue;
    hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'high', reason: 'name with its romaji', personKey: personKey(value, true) });
  }
  for (const m of text.matchAll(NAME_ABOVE_RECORD)) {
    const value = m[1] ?? '';
    if (ORG_WORD.test(value) || LATIN_ORG_WORD.test(value) || /^(?:Curriculum|Resume|Personal|Contact|Profile|Details|Applicant|Candidate)\b/i.test(value)) continue;
    const start = m.index + m[0].indexOf(value);
    hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'medium', reason: 'name above a personal record', personKey: personKey(value, true) });
  }
  for (const m of text.matchAll(HEADER_LATIN_NAME)) {
    const value = m[1] ?? '';
    if (ORG_WORD.test(value) || LATIN_ORG_WORD.test(value)) continue;
    const start = m.index + m[0].indexOf(value);
    hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'medium', reason: 'name in a quoted or forwarded header', personKey: personKey(value, true) });
  }
  for (const m of text.matchAll(PASSENGER_NAME)) {
    const value = m[1] ?? '';
    hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'high', reason: 'passenger name (SURNAME/GIVEN TITLE)', personKey: personKey(value, true) });
  }
  if (/[A-Za-z][ \t][A-Z]/.test(text)) {
    const japanese = new Set<number>();
    for (const m of text.matchAll(LATIN_PAIR)) {
      const [first = '', second = ''] = [m[1], m[2]];
      if (!japaneseNameInLatin(first, second, text.slice(m.index + m[0].length, m.index + m[0].length + 16).replace(/^[)）]/, '')) || LATIN_ORG_WORD.test(m[0])) continue;
      const value = m[0];
      japanese.add(m.index);
      hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'medium', reason: 'Japanese name in Latin letters', personKey: personKey(value, true) });
    }
    for (const m of text.matchAll(LATIN_PERSON_PAIR)) {
      const [first = '', written = ''] = [m[1], m[2]];
      // Thomas GIRARD: a given name, then the surname in capitals (never both in capitals here).
      const second = written.length > 1 && written === written.toUpperCase() && first !== first.toUpperCase() ? titleCase(written) : written;
      if (written === written.toUpperCase() && first === first.toUpperCase()) continue;
      if (japanese.has(m.index) || !isLatinPersonName(first, second) || LATIN_ORG_WORD.test(m[0])) continue;
      const value = m[0];
      hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'medium', reason: 'name in Latin letters (given name and surname)', personKey: personKey(value, true) });
    }
    for (const m of text.matchAll(CAPITALS_LIST_NAME)) {
      const [first = '', second = '', third = ''] = [m[1], m[2], m[3]];
      if (!isCapitalsListName(first, second) || LATIN_ORG_WORD.test(m[0])) continue;
      const value = third ? `${first} ${second} ${third}` : `${first} ${second}`;
      const start = m.index + m[0].indexOf(first);
      hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'medium', reason: 'name in capitals as a list item', personKey: personKey(value, true) });
    }
    for (const m of text.matchAll(CAPITALS_NAME_SUBJECT)) {
      const [first = '', second = '', third = ''] = [m[1], m[2], m[3]];
      if (!isCapitalsName(first, second) || LATIN_ORG_WORD.test(m[0])) continue;
      const value = third ? `${first} ${second} ${third}` : `${first} ${second}`;
      hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'medium', reason: 'name in capitals as the subject of a sentence', personKey: personKey(value, true) });
    }
    for (const m of text.matchAll(RELATION_THEN_NAME)) {
      const value = (m[1] ?? m[2])!;
      if (LATIN_ORG_WORD.test(value) || NOT_FIRST_NAMES.test(value.split(/[ \t]/)[0]!)) continue;
      const start = m.index + m[0].length - value.length;
      hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'medium', reason: 'name after a word for a relation (roommate, colleague)', personKey: personKey(value, true) });
    }
    for (const m of text.matchAll(LATIN_NAME_CUED)) {
      const [first = '', second = ''] = [m[1], m[2]];
      if (japanese.has(m.index) || !latinNames().given.has(first) || LATIN_ORG_WORD.test(m[0]) || hits.some((h) => h.category === 'person_name' && h.start === m.index)) continue;
      const value = m[0];
      hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'medium', reason: 'name in Latin letters with an honorific or a role', personKey: personKey(value, true) });
    }
    for (const m of text.matchAll(ROLE_BEFORE_LATIN_NAME)) {
      const [first = '', second = ''] = [m[1], m[2]];
      // AB Noel REYES: the surname in capitals, as crew lists write it.
      const surname = second.length > 1 && second === second.toUpperCase() ? titleCase(second) : second;
      // (FA Yui Tanaka: a Japanese name in romaji after the rank, by the romaji lists.)
      if (!(isLatinPersonName(first, surname) || japaneseNameInLatin(first, surname, '')) || LATIN_ORG_WORD.test(`${first} ${second}`)) continue;
      const value = `${first} ${second}`;
      const start = m.index + m[0].length - value.length;
      if (japanese.has(start)) continue;
      hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'medium', reason: 'name in Latin letters after a rank or role', personKey: personKey(value, true) });
    }
  }
  if (/[A-Z][a-z]{2}/.test(text)) {
    for (const m of text.matchAll(NAMED_HEALTH_SUBJECT)) {
      const value = m[1] ?? '';
      if (NOT_FIRST_NAMES.test(value) || LATIN_ORG_WORD.test(value)) continue;
      hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'medium', reason: 'first name as the subject of a health statement', personKey: personKey(value, false) });
    }
  }
  if (/診断/.test(text)) {
    for (const m of text.matchAll(DIAGNOSED_STAGE_NAME)) {
      const value = m[1] ?? '';
      if (LATIN_ORG_WORD.test(value) || NOT_STAGE_NAME.test(value)) continue;
      hits.push({ category: 'person_name', start: m.index, end: m.index + value.length, value, confidence: 'medium', reason: 'the one a diagnosis is told of, by a stage name or a name in capitals', personKey: personKey(value, true) });
    }
  }
  for (const m of text.matchAll(TITLED_LATIN_NAME)) {
    const value = m[1] ?? '';
    if (ORG_WORD.test(value) || LATIN_ORG_WORD.test(value)) continue;
    // 「Dear Ms. Wulandari,」: the greeting names the reader.
    if (/(?:Dear|Hi|Hello)[ \t]*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const start = m.index + m[0].length - value.length;
    hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'medium', reason: 'English title + name', personKey: personKey(value, value.includes(' ')) });
  }
  for (const m of text.matchAll(LATIN_HONORIFIC_NAME)) {
    // A greeting or title word before the name is not part of it (Hi Sophie Tanさん).
    const value = (m[1] ?? '').replace(/^(?:(?:Hi|Hello|Dear|Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+)+/, '');
    if (!value.includes(' ') || ORG_WORD.test(value) || LATIN_ORG_WORD.test(value)) continue;
    const start = m.index + m[0].lastIndexOf(value, m[0].length - 1);
    hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'high', reason: 'full name + honorific', personKey: personKey(value, true) });
  }
  if (!tokens) return hits;
  for (const m of text.matchAll(HONORIFIC_NAME)) {
    const value = m[1] ?? '';
    // 管理人様, 代理人様 are roles; 飯塚 湊人 様 (surname, space, given name ending in 人) is a person.
    if ((ROLE_END.test(value) && !/^\p{sc=Han}{1,4}[ \t]\p{sc=Han}{1,3}人$/u.test(value)) || ORG_WORD.test(value)) continue;
    // 鈴木建設様, 山田商事さん: a surname and a trade, a company addressed with 様 (no space: a full name has one or is a given name).
    if (!/\s/.test(value) && TRADE_END.test(value)) continue;
    const start = m.index;
    const first = tokenAt(tokens, start);
    if (!first || first.start !== start) continue;
    const nameLike = first.pos2 === '人名' || first.pos2 === '地域' || first.unknown;
    if (!nameLike) continue;
    const full = /\s/.test(value) || value.length >= 3;
    hits.push({
      category: 'person_name',
      start,
      end: start + value.length,
      value,
      confidence: full ? 'high' : 'medium',
      reason: full ? 'full name + honorific' : 'name + honorific',
      personKey: personKey(value, full),
    });
  }
  return hits;
}

/** What follows a person's name in English prose: 「, who」, 「 was」, 「's」, 「 (24)」. */
const PERSON_AFTER_EN = /^(?:,\s*(?:who|whose|aged?)\b|\s+(?:was|is|has|had|will|who|said|told|asked|joined|from|passed)\b|'s\b|\s*\(\d|\s*\((?:DOB|D\.O\.B|born|age|aged)\b|\s*[–—-]\s*(?:admitted|diagnosed|hospitali[sz]ed|injured|arrested|detained|deceased)\b)/;

/** One surname and one given name of the dictionary, in either order (mixed case: Aya Morimoto; upper-case surname: MORIMOTO Aya). */
function japaneseNameInLatin(first: string, second: string, after: string): boolean {
  const upper = (w: string): boolean => w === w.toUpperCase();
  // Two upper-case words are a heading or an acronym as often as a name.
  if (upper(first) && upper(second)) return false;
  const { surnames, given } = romajiNames();
  const a = romajiKey(first);
  const b = romajiKey(second);
  if ((given.has(a) && surnames.has(b) && !upper(first)) || (surnames.has(a) && given.has(b) && !upper(second))) return true;
  // Yuto Hayashi, who …: a given name the dictionary lacks, spelt in romaji, before a surname it
  // knows — as a person's name only where the text goes on about a person (two surnames are as
  // often a company: Sumitomo Mitsui).
  return !upper(first) && b.length >= 4 && a.length >= 3 && surnames.has(b) && isRomajiWord(first) && PERSON_AFTER_EN.test(after);
}

/**
 * The given name or surname of someone named in full in Latin letters, written again alone
 * (Oliver Grant … Oliver has asked us …; Brandon Keller … Thanks for sending Brandon over): the
 * same person.
 */
export function findLatinNameRepeats(unit: Unit, hits: readonly Hit[]): Hit[] {
  const text = unit.norm.text;
  const names = hits.filter((h) => h.category === 'person_name' && h.confidence !== 'low' && /^[A-Za-z][A-Za-z'. -]*[ ][A-Za-z][A-Za-z'.-]*$/.test(h.value));
  if (names.length === 0) return [];
  const words = new Map<string, string>();
  for (const h of names) {
    for (const w of h.value.split(/[ .]+/)) {
      const word = w.length >= 3 && w === w[0]!.toUpperCase() + w.slice(1).toLowerCase() ? w : w.length >= 3 && w === w.toUpperCase() ? titleCase(w) : '';
      if (word && !/^(?:Mr|Mrs|Ms|Miss|Dr|Prof)$/.test(word) && !LATIN_ORG_WORD.test(word)) words.set(word, h.personKey ?? h.value);
    }
  }
  const taken = hits.filter((h) => h.category === 'person_name');
  const out: Hit[] = [];
  // One pass for all the words, longest first (Ann-Marie before Ann). Alone: not one word of a
  // longer capitalised run (Lim Wei Ling | Director …) nor a title's word.
  const alternation = [...words.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  for (const m of text.matchAll(new RegExp(`(?<![A-Za-z]|[A-Z][A-Za-z'.-]*[ \\t])(?:${alternation})(?![A-Za-z]|[ \\t][A-Z])`, 'g'))) {
    const end = m.index + m[0].length;
    if (taken.some((h) => h.start < end && m.index < h.end)) continue;
    out.push({ category: 'person_name', start: m.index, end, value: m[0], confidence: 'medium', reason: 'the given name or surname of someone named in full', personKey: words.get(m[0])! });
  }
  return out;
}

/**
 * A capitalised first name as the subject of a health statement: 「Priya tested positive for
 * COVID-19」, 「Megan has been hospitalised」. Pronouns, determiners and months are not names.
 */
/**
 * A name in capitals or katakana as the one a diagnosis is told of, often a stage name with the
 * real surname in brackets: 「MISORA（水沢）が先週、医師から適応障害の診断を受け」, 「リクが…と診断されました」.
 */
const DIAGNOSED_STAGE_NAME = /(?<![A-Za-z\p{sc=Katakana}ー])([A-Z][A-Z0-9]{2,15}|[\p{sc=Katakana}][\p{sc=Katakana}ー]{1,9})(?:[(（][\p{sc=Han}]{1,4}[)）])?(?:さん|様|氏)?(?:が|は)[^。\n]{0,24}?(?:の診断を受け|と診断され|診断が(?:出|下)|診断書が)/gu;
/** Capitals and katakana words that are no one (a team, a product, a disease, a role). */
const NOT_STAGE_NAME = /^(?:CEO|CTO|CFO|COO|HR|PM|PL|QA|SE|IT|ICU|PCR|MRI|CT|ADHD|ASD|LD|PTSD|COVID\d*|スタッフ|チーム|メンバー|ドクター|ペット|ワンちゃん|ネコちゃん|リーダー|マネージャー|ママ|パパ|クライアント|ユーザー|ゲスト)$/;
const NAMED_HEALTH_SUBJECT = /(?<![A-Za-z][ \t]?)\b([A-Z][a-z]{2,15})[ \t]+(?=(?:has[ \t]+|had[ \t]+|was[ \t]+|is[ \t]+|has been[ \t]+|was just[ \t]+)?(?:tested positive|diagnosed with|been diagnosed|hospitali[sz]ed|admitted to hospital|is on sick leave|on sick leave|is on medical leave|on medical leave|suffered a|had a stroke|had surgery)\b)/g;
const NOT_FIRST_NAMES = /^(?:The|This|That|She|He|It|They|We|You|Our|Your|His|Her|Their|Who|Which|Nobody|Someone|Everyone|Anyone|One|Each|Staff|Patient|Everybody|Today|Yesterday|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Surname-only keys are marked so they can merge into a full name of the same message. */
export function personKey(value: string, full: boolean): string {
  const key = value.replace(/\s+/g, '');
  return full ? key : `1:${key}`;
}

/** Cells of a name column are names without asking the analyser. */
export function findNameCells(unit: Unit): Hit[] {
  const hits: Hit[] = [];
  // A reading column stands for the name when the table has no name column of its own
  // (契約者名カナ in a bank's debit file): ｻｻｷ ﾖｼｺ is a person.
  const readingOnly = !unit.fields.some((f) => f.column === 'person_name');
  for (const f of unit.fields) {
    if (f.column !== 'person_name' && !(readingOnly && f.column === 'name_reading')) continue;
    const raw = unit.norm.text.slice(f.start, f.end);
    const value = raw.trim();
    if (!NAME_CELL.test(value) || ORG_WORD.test(value)) continue;
    if (f.column === 'name_reading' && !/^[\p{sc=Katakana}\p{sc=Hiragana}ー]+[ \u3000][\p{sc=Katakana}\p{sc=Hiragana}ー]+$/u.test(value)) continue;
    const start = f.start + raw.indexOf(value);
    const full = /\s/.test(value) || [...value].length >= 3;
    hits.push({ category: 'person_name', start, end: start + value.length, value, confidence: 'high', reason: 'name column', personKey: personKey(value, full) });
  }
  return hits;
}

