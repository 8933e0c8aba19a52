/**
 * Whom is a finding about? One step of its own after recognition (as Presidio keeps context
 * apart from its recognizers): every hit gets a subject with its reason.
 *
 * - `participant`: the sender or an addressee of this very message — their display names, a
 *   greeting such as 「山本様」 whose reading matches a recipient's address (yamamoto@…), a name
 *   next to a participant's address (calendar ORGANIZER/ATTENDEE lines, `名前 <addr>`), the
 *   participants' own addresses;
 * - `business_contact`: an organisation's or a facility's contact details (company profile,
 *   letterhead, venue and access blocks, values next to 株式会社/支店/ビル/会館/ホール …), a
 *   signature wherever it stands (quoted, forwarded, in an attached .eml), role mailboxes and
 *   addresses at the participants' organisations, people named with their organisation or title,
 *   accounts held by a company, correspondents named in quoted or forwarded header blocks;
 * - `third_person`: everyone else — the people whose data the law is about.
 *
 * Signature, greeting and header-name hits keep the detector's long-standing rule: they are
 * reported low (they disclose nothing). The other attributions leave the confidence as the
 * recognizer settled it: policy decides what a subject means (`findings.subject`).
 */
import type { AnalysisEnv } from './analyze.js';
import { isFreemailDomain } from './freemail.js';
import type { Hit, Subject, Unit, Zone, ZoneKind } from './hit.js';
import {
  CORPORATE_KANA, DESK_NUMBER_BEFORE, isPersonalRecord, linesOf, lineIndexAt, organisationReason, ORGANISATION, paragraphWindow, recordOrganisationReason, type TextLine,
} from './organisation-context.js';
import { isParticipantAddress, isParticipantDomain, isSenderDomain, type Participants } from './participants.js';
import { kanaToRomaji, localPartKeys, romajiKey } from './romaji.js';
import { romajiNames } from './romaji-names.js';
import { latinNameKey } from './signature.js';
import type { Token } from './tokenizer.js';

/** Identifiers of one person: whoever they belong to, sending them is what policy looks at. */
const PERSONAL_IDENTIFIERS = new Set<string>(['my_number', 'credit_card', 'passport', 'drivers_license', 'residence_card', 'health_insurance', 'pension_number', 'employment_insurance', 'national_id', 'birth_date']);
const TITLE =
  /代表取締役|代表役員|代表理事|代表社員|取締役|執行役員|社長|会長|専務|常務|部長|課長|係長|主任|室長|所長|支店長|店長|工場長|センター長|マネー?ジャー|リーダー|担当|教授|准教授|助教|講師|研究員|博士|弁護士|税理士|会計士|社会保険労務士|社労士|司法書士|行政書士|弁理士|中小企業診断士|技術士|理事長|理事|頭取|副頭取|本部長|局長|次長|監査役|相談役|顧問|院長|副院長|医長|医師|主治医|産業医|看護部長|看護師長|看護師|薬剤師|管理栄養士|栄養士|保健師|助産師|学長|校長|副校長|教頭|教諭|養護教諭|保育士|主任保育士|園長|相談員|指導員|添乗員|議員|知事|市長|Manager|Director|President|CEO|CTO|Professor/i;
/** A title written before the name (「代表取締役 山田」) … */
const TITLE_BEFORE = new RegExp(`(?:${TITLE.source})\\s*(?:の)?\\s*$`, 'i');
/** … or before the list the name ends (「理事 宇野・須田・秋山・大谷」: 大谷 is a 理事 too). */
const TITLE_LIST_BEFORE = new RegExp(`(?<title>${TITLE.source})\\s*(?:[\\p{sc=Han}\\p{sc=Katakana}ー]{1,6}\\s*・\\s*)+$`, 'iu');
/** … or right after it (「山田部長」, 「山田 教授」). */
const TITLE_AFTER = new RegExp(`^\\s*(?:${TITLE.source})`, 'i');
/** A header field of a quoted or forwarded message, or the attribution line of a reply. */
const QUOTED_HEADER = /^\s*(?:From|To|Cc|Sent|Date|差出人|送信者|宛先|送信日時|日時|CC)\s*[:：]|wrote:\s*$|書きました[:：]?\s*$|^\s*\d{4}[年/.-]\d{1,2}[月/.-]\d{1,2}.*<[^<>\s]+@[^<>\s]+>\s*[:：]?\s*$/i;
const ROLE_MAILBOX =
  /^(?:info|information|sales|support|contact|office|order|orders|inquiry|inquiries|toiawase|otoiawase|admin|webmaster|noreply|no-reply|donotreply|recruit|saiyo|jinji|soumu|keiri|press|pr|seminar|event|events|customer|service|help|helpdesk|desk|center|eigyo|koho|billing|invoice|accounting|hr|marketing|news|newsletter|mail|postmaster|reception|uketsuke|jimukyoku|secretariat)(?:[-_.+][a-z0-9]+)?$/i;
/** A role label in front of the name: 担当：山田, 講師: 山田 先生, 窓口 山田; or of the names it lists (【演者】奥寺 俊介、堀 拓海). */
const ROLE_LABEL = new RegExp(
  `(?:^|[\\s【\\[(（■・●◆.．)）])((?:弊社|当社|貴社|御社|営業|技術|経理|総務|窓口|連絡|ご?担当|工事)?(?:\\p{sc=Han}{1,4}(?:責任者|管理者|監督者?|主任者)|担当者?|講師|登壇者|ゲスト|演者|パネリスト|モデレーター|ファシリテーター|コーディネーター|司会|発表者|窓口|責任者|連絡先|代表者|院長|副院長|理事長|施設長|所長|園長|校長|学長|店長|管理者|差出人|送信者|発信者|作成者|作成|記入者|承認者|報告者|出席者|同席者))\\s*[】\\])）]?\\s*[:：]?\\s*(?:[^\\s:：]{0,20}(?:部|課|室|社)\\s*)?(?:[^:：\\n]{0,16}?(?:${TITLE.source})\\s*)?(?:[\\p{sc=Katakana}ー・]{2,16}\\s*)?(?:[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー]{1,5}[ \\u3000]?[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー]{0,5}[ \\u3000]*[、,][ \\u3000]*){0,4}$`,
  'iu',
);

/** 「our site manager, Mr. Ishida」, 「my colleague Ms. Misaki Nakagawa」: the writer's colleague, named by their post. */
const OUR_ROLE_EN =
  /\b(?:(?:[Oo]ur|[Mm]y)\s+(?:[A-Za-z-]+\s+){0,3}?(colleague|manager|engineer|supervisor|director|representative|contact|driver|technician|lead|head|officer|coordinator|assistant|foreman|consultant|specialist|partner|associate|person in charge)|[Yy]our\s+(?:[A-Za-z-]+\s+){0,2}?(planner|coordinator|contact|consultant|account manager|concierge|guide|representative|agent|advisor|adviser|instructor|trainer|stylist|designer))\s*,?\s*(?:(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+)?$/;
/** After a name: 「from our housing office」, 「of the International Office」, 「at your HR department」. */
const FROM_UNIT_EN =
  /^\s*(?:\([^)\n]{0,30}\)\s*)?,?\s*(?:from|of|at|in)\s+(?:our|your|the|their|his|her)\s+(?:[A-Za-z&-]+\s+){0,4}?(?:office|department|dept\.?|team|section|centre|center|division|desk|unit|faculty|school|headquarters|branch|bureau|secretariat|committee)\b/i;
/** A role at an organisation right before a name: 責任者 大塚様, 担当：北村, 窓口 島田. */
/** A field naming whom to contact (苦情処理申出先：, 派遣先責任者：, 連絡先：). */
const CONTACT_FIELD = /(?:責任者|担当者?|窓口|申出先|連絡先|問い?合わせ先)[ \t\u3000]*[:：]/;
/** The field of the one responsible right before the name (派遣元責任者：中山 彩): staff, not 緊急連絡先. */
const STAFF_FIELD_BEFORE = /(?:責任者|担当者?|窓口)[ \t\u3000]*[:：][ \t\u3000]*$/;
/** A unit of an organisation (営業部, 経理課, 広報室, 開発本部, 大阪支店): one list for every department pattern. */
const UNIT_WORD = '(?:部|課|室|本部|事業部|グループ|チーム|センター|支店|営業所)';
const UNIT_NAME_PREFIX = '[\\p{sc=Han}\\p{sc=Katakana}ー]{1,12}';
const UNIT_NAME = `${UNIT_NAME_PREFIX}${UNIT_WORD}`;
/** A department right before a name (管理本部 堀). */
const DEPARTMENT_BEFORE = new RegExp(`${UNIT_NAME}[ \\t\\u3000]+$`, 'u');
/** The column of a candidate's or a legislator's party; not 支持政党 (a private person's view). */
const PARTY_COLUMN = /^[\s\u3000]*(?:党派|所属党派|会派|所属会派|推薦・支持|Party)[\s\u3000]*$/i;
/** The predecessor or successor in a change of staff: 前任：本田 亮（携帯 …）, 後任者：北村. */
const SUCCESSION_BEFORE = /(?:前任|後任)者?[ \t\u3000]*[:：][ \t\u3000]*$/;
/**
 * A department or a post in brackets right after the name: 野村 健（販売課）, 河合 誠（内科）,
 * 三浦 彩（就労支援員）, 大島（店長）. Not an occupation (会社員, 学生): that is a private person's.
 */
const POST_IN_BRACKETS_AFTER =
  /^[ \u3000]*(?:さん|様|氏|先生)?[ \u3000]*[（(][ \u3000]*(?:[\p{sc=Han}\p{sc=Katakana}ー]{0,10}(?:部|課|室|科|係|センター|支店|営業所|本部|病棟)|[\p{sc=Han}\p{sc=Katakana}ー]{0,8}(?:店長|部長|課長|係長|主任|室長|所長|院長|委員長|委員|支援員|指導員|相談員|専門員|技師|薬剤師|看護師|保健師|福祉士|心理士|療法士|医師|担当))[ \u3000]*[)）]/u;

/** Someone named at work by what stands around the name: a succession field, a post in brackets. */
function workRoleAround(text: string, lead: string, h: Hit, line: TextLine): Subject | null {
  // (Not on a line of a personal record: 山田 太郎（営業部） 自宅：… is the employee's own data.)
  if (isPersonalRecord(line.text)) return null;
  if (SUCCESSION_BEFORE.test(lead)) return byWorkRole('named as the predecessor or successor');
  const post = POST_IN_BRACKETS_AFTER.exec(text.slice(h.end, h.end + 24));
  if (post) return byWorkRole(`named with their department or post in brackets (${post[0].trim()})`);
  return null;
}

/** A department and a post right before a name (総務課 課長, 製造部 主任): someone at work. */
const DEPARTMENT_AND_POST_BEFORE = new RegExp(`${UNIT_NAME}[ \\t\\u3000]*(?:部長|課長|次長|係長|主任|室長|所長|センター長|支店長|店長|マネー?ジャー|リーダー)[ \\t\\u3000]*$`, 'u');
const ROLE_BEFORE_NAME = /(?:責任者|担当者?|窓口|営業担当|現場代理人|現場責任者|所長|代表)[\s:：]*$/;
/** 「設備 : 三和設備 担当 」: a company's name, then its contact's role, right before the name. */
const COMPANY_THEN_ROLE = /([\p{L}\p{N}・ー]{2,})[ \t\u3000]+(?=(?:担当者?|窓口|責任者)[\s:：]*$)/u;
/** 「サウンドブレイン（責任者 」: a name, then the role in brackets — a company's contact. */
const ROLE_IN_BRACKETS = /([\p{L}\p{N}・ー]{2,})\s*[（(]\s*(?:責任者|担当者?|窓口)[\s:：]*$/u;
/** A writer's own mobile or home address: 連絡先：090-…, 携帯 080-…, 住所：千葉県…, 自宅 〒… */
const PRIVATE_CONTACT = /(?<![新旧])(?:連絡先|携帯|自宅|住所)\s*[:：]?\s*(?:0[789]0[-\s]?\d|〒|\p{sc=Han}{2,3}[都道府県])/u;
/** A label of one's own address or number on a form read back (新住所：, ご連絡先：, お届け先：). */
const OWN_DETAIL_LABEL = /^[\s・*＊■□●◆-]*(?:新|旧|現|変更後の|変更前の)?(?:ご?住所|お届け先|送付先|ご?連絡先|お?電話番号|携帯番号)[ \t\u3000]*[:：][ \t\u3000]*$/;
/** Labels that address the reader about their own data: ご登録電話番号, お客様の住所, ご本人様の連絡先. */
const YOUR_LABEL = /(?:ご登録|お客様の|ご本人様?の|ご契約者様?の)[^\n:：]{0,8}[:：]?\s*$/;

/** An address of one of the message's addressees (not the sender's). */
function isAddresseeAddress(v: UnitView, address: string): boolean {
  const a = address.toLowerCase();
  return isParticipantAddress(v.env.participants, a) && !v.env.participants.senderDomains.has(a.split('@')[1] ?? '');
}

/** A phone label naming a workplace: 作業所TEL, 事務所電話, 店舗TEL, 会社代表, 直通. */
/** A case or a talk, then its presenter in brackets: 症例検討1（荏田リハ 大森さん）, 事例報告（…）. */
export const PRESENTER_REASON = 'presents the case or the talk (症例検討（…）)';
const PRESENTER_BRACKET_BEFORE = /(?:症例検討|症例報告|症例提示|事例検討|事例報告|事例提供|演題|発表|話題提供)[ \u3000]*\d*[ \u3000]*[（(][^（）()\n]{0,12}$/;
/** A post right after an opening bracket, before the name: （薬局長 樋口）, （担当：山田）, （店長 佐藤）. */
const ROLE_IN_OPEN_BRACKET = /[（(][ \u3000]*([^\s（）()、。:：]{0,8}(?:長|担当者?|主任|係|責任者|マネージャー|リーダー|薬剤師|獣医師|医師|看護師|トリマー))[ \u3000]*[:：]?[ \u3000]*$/u;
const WORKPLACE_PHONE = /(?:作業所|事務所|会社|店舗|営業所|支店|本社|工場|現場事務所|オフィス|office|代表|直通|受付|業務用?|社用|乗務|教室|班|当番(?:デスク)?|当日(?:の?連絡先)?|direct line(?: is)?|office line(?: is)?|switchboard|fax|ファックス|ファクス|\p{sc=Han}{1,6}(?:店|薬局|病院|医院|センター|営業所|事業所|出張所|校|園))[\s]*(?:TEL|Tel|tel|電話|℡|phone|携帯|ケータイ|スマホ)?[)）]?[\s:：.]*$/iu;
/** A note right after a number that it is the company's: （班用）, （会社貸与）, (業務用). */
const WORKPLACE_PHONE_NOTE = /^[\s]*[（(](?:班用|会社貸与|貸与|業務用?|社用|会社支給|平日|当番[^)）]{0,6}|代表|受付[^)）]{0,6}|営業時間[^)）]{0,12}|[^)）\n]{0,10}(?:室|課|部|係|センター|デスク|窓口)?(?:直通|代表))[)）]/;
/** Labels of a private person's own contact details: 喪主様携帯, ご遺族, 自宅, 保護者, 本人携帯, 私用携帯. */
const PRIVATE_LABEL = /(?:喪主|遺族|ご?本人|ご?家族|ご?自宅|保護者|親族|私用|個人)(?:様|さま)?(?:の)?(?:携帯|電話|連絡先|住所|TEL|FAX|fax|メール)?[\s:：（(]*$/;
/** Company forms in Latin letters: Pte. Ltd., Inc., GmbH, K.K. */
const LATIN_COMPANY = /\b(?:Pte|Ltd|Inc|LLC|LLP|GmbH|Corp|Corporation|Company|Co\.|K\.K\.|G\.K\.|S\.A\.|B\.V\.|AG|PLC)\b/;
/** A line that opens with a speaker's label (講師：, 登壇者：): names indented under it share it. */
const SPEAKER_LINE = /^[\s\u3000]*[【\[(（■・●◆]?[\s\u3000]*(講師|登壇者|ゲスト|演者|パネリスト|モデレーター|ファシリテーター|コーディネーター|司会|発表者)[\s\u3000]*[】\])）]?[\s\u3000]*[:：]/;
/** A department next to a name (営業部, 経理課, 広報室 …); not a flat's room (604号室, 和室). */
const DEPARTMENT = new RegExp(`${UNIT_NAME_PREFIX}(?<!号|和|洋|病|客|居|寝|個|浴|教)${UNIT_WORD}(?=[\\s　/／|｜,、)）]|$)`, 'u');
/** 0120-xxx-xxx, 0570-xxx-xxx, 0800-xxx-xxxx (written with its own prefix: 080-0… is a mobile). */
const TOLL_FREE = /^\s*(?:\+81[-\s]?)?(?:0?120|0?570|0?800)(?=[-\s(（)）])/;
/** 「岩田様をはじめ…の皆様」: a name thanked together with colleagues. */
const THANKED_WITH_COLLEAGUES = /^[ \u3000]*(?:様|さん|氏|先生)?(?:を(?:はじめ|始め)(?:と(?:して|する))?)/;
/** 「, Country Director」, 「, Head of Programmes」 right after a name. */
const EN_TITLE_AFTER = /^[ \t]*,[ \t]*(?:[A-Z][a-z]+[ \t]+){0,3}(?:Director|Manager|President|CEO|CFO|COO|CTO|Officer|Chair(?:man|person)?|Head|Lead|Coordinator|Partner|Principal|Dean|Professor|Secretary|Representative|Ambassador|Consul|Counsel|Attorney)\b/;
/**
 * An organisation as account holder, also in the bank's kana abbreviations (全銀協): カ) 株式会社,
 * ユ) 有限会社, ド) 合同会社, イ) 医療法人, ガク) 学校法人, フク) 社会福祉法人, シヤ) 社団法人,
 * ザイ) 財団法人, トクヒ) NPO法人, シユウ) 宗教法人, ベ) 弁護士法人, ゼイ) 税理士法人 ….
 */
const COMPANY_HOLDER = new RegExp(`\\b(?:Co\\.,? ?Ltd|CO\\.,? ?LTD|Ltd|LTD|Inc|INC|LLC|LLP|L\\.L\\.P|Pty|PTY|Company|COMPANY|Joint Stock|JOINT STOCK|JSC|S\\.?p\\.?A|S\\.?r\\.?l|SARL|SAS|SAD|AG|B\\.?V|N\\.?V|Oy|A\\/S|Lda|Corp(?:oration)?|CORP(?:ORATION)?|K\\.K|G\\.K|GmbH|Pte\\.? Ltd|PTE\\.? LTD|Limited|LIMITED|PLC)\\b|株式会社|有限会社|合同会社|[(（][株有][)）]|[(（]\\s*${CORPORATE_KANA}\\s*(?:[)）]|(?![\\p{sc=Katakana}ー]))|(?<![\\p{sc=Katakana}ー])${CORPORATE_KANA}\\s*[)）]|カブシキガイシヤ?|ユウゲンガイシヤ?|ゴウドウガイシヤ?|イリヨウホウジン|ガツコウホウジン|ホウジン|法人`, 'u');
const HOLDER_LABEL = /名義|受取人|口座名|\b(?:[Aa]ccount (?:[Nn]ame|[Hh]older)|A\/C [Nn]ame|[Bb]eneficiary(?: [Nn]ame)?|[Pp]ayee)\b/;
/**
 * Other organisations as holders, read only on the holder's own line (its 名義 line, or the
 * account's line and the one after it): a university, a hospital, a law office (…ジムシヨ), a
 * management association (管理組合 理事長 …, KANRI KUMIAI), a city's public account (南川市会計管理者)
 * — a person's name after them is the representative's.
 */
const ORG_HOLDER = /事務所|ジムシ[ヨョ]|組合|クミアイ|協会|キ[ヨョ]ウカイ|シホウシ[ヨョ]シ|ゼイリシ|ベンゴシ|ギ[ヨョ]ウセイシ[ヨョ]シ|シヤロウシ|シャロウシ|自治会|町内会|後援会|基金|キキン|大学|ダイガク|病院|ビヨウイン|医院|クリニツク|クリニック|学園|ガクエン|学校|ガツコウ|ガッコウ|PTA|ピ[ーｰ]テイ[ーｰ]エ[ーｰ]|ピ[ーｰ]ティ[ーｰ]エ[ーｰ]|保育園|ホイクエン|幼稚園|ヨウチエン|町内会|チヨウナイカイ|チョウナイカイ|ジチカイ|会計管理者|カイケイカンリシ[ヤャ]|収入役|シユウニユウヤク/u;
/** The same in Latin letters, in any case (GRAND FORT KANRI KUMIAI, Gakko Hojin Sakura Gakuen). */
const ORG_HOLDER_LATIN = /\b(?:university|hospital|clinic|school|college|foundation|association|institute|society|council|church|trust|law offices?|law firm|offices|chambers|partners|accountants|committee|secretariat|federation|league|club|bureau|board|ministry|prefecture|municipality|fund|hojin|houjin|kaisha|gakko|gakuen|kumiai|kyokai|kyoukai|jichikai|zaidan|shadan)\b/i;
const WRITERS_OWN_PHONE = /(?:\b[Mm]y\s+(?:mobile|cell(?:phone)?|phone|number|contact number)\b|私の(?:携帯|電話|連絡先)|小職の(?:携帯|電話))[^\n]{0,24}$/;
/** A number's digits as dialled in Japan (+81 3 … → 03…). */
function domesticDigits(value: string): string {
  return value.replace(/\D/g, '').replace(/^81/, '0');
}
/** A Japanese mobile number's digits (070/080/090, 050 IP phones too): a person's, never an office line. */
const MOBILE_DIGITS = /^0[5789]0/;
/** iCalendar ORGANIZER/ATTENDEE property (CN=name … mailto:address). */
const CALENDAR_PERSON = /^(?:ORGANIZER|ATTENDEE)[;:]/i;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

const subject = (kind: Subject['kind'], reason: string): Subject => ({ kind, reason });
/** Someone at work named by their role (see Subject.byWorkRole). */
const byWorkRole = (reason: string): Subject => ({ kind: 'business_contact', reason, byWorkRole: true });

const ADDRESSEE_CHILD = subject('participant', "the addressee's child (their surname, written with くん/ちゃん or 保護者)");

/** Shared by every row of a roster: one object, not one per cell. */
const IN_RECORD = subject('third_person', 'person in a record');

const ZONE_SUBJECT: Record<ZoneKind, Subject> = {
  signature: subject('business_contact', 'signature'),
  greeting: subject('participant', 'greeting to the addressee'),
  sender: subject('participant', 'the sender (From display name)'),
  addressee: subject('participant', 'an addressee (To/Cc display name)'),
};

interface UnitView {
  unit: Unit;
  /** Lines of the unit text, split on first use (most table rows never need them). */
  readonly lines: TextLine[];
  tokens: Token[] | null;
  env: AnalysisEnv;
  hits: Hit[];
  /** A table row's subject for values with no name in the row, decided once per row. */
  recordSubject?: Subject;
}

/** Sets `subject` on every hit; signature/greeting/header-name hits are lowered as before. */
export function attributeSubjects(unit: Unit, hits: Hit[], env: AnalysisEnv, tokens: Token[] | null): void {
  if (hits.length === 0) return;
  let lines: TextLine[] | undefined;
  const view: UnitView = {
    unit,
    get lines() {
      return (lines ??= linesOf(unit.norm.text));
    },
    tokens,
    env,
    hits,
  };
  // Zones first: everything inside a signature or greeting, and header names, are settled.
  for (const h of hits) {
    const zone = zoneOf(unit, h, hits, env.participants, env.freemail);
    if (!zone) continue;
    h.zone = zone;
    // Written as an addressee's To/Cc display name (also in the greeting): that addressee (see sensitive.ts).
    if (h.category === 'person_name' && (zone === 'addressee' || (zone === 'greeting' && env.participants.addresseeNames.has(h.value.replace(/\s+/g, ''))))) h.addressee = true;
    h.confidence = 'low';
    h.reason = `${zone}: ${h.reason}`;
    h.subject = ZONE_SUBJECT[zone];
  }
  // Names next, so that the contact details beside a name can follow it.
  for (const h of hits) if (!h.subject && h.category === 'person_name') h.subject = nameSubject(view, h);
  for (const h of hits) if (!h.subject) h.subject = valueSubject(view, h);
  // The sender's own number or address given again in the text (お電話（052-262-7015）または…), as
  // in their signature: the organisation's, not a third person's.
  // (Or read as the sender's own below their name, where no signature zone was drawn.)
  const signed = new Set(hits.filter((x) => (x.zone === 'signature' || (x.subject?.kind === 'participant' && x.addressee !== true && /sender/.test(x.subject.reason))) && (x.category === 'phone' || x.category === 'email_address')).map((x) => x.value));
  // Or an organisation's number by its own context (事務室直通 in a block the zones did not draw
  // as a signature; not one that follows a person's name), here or in an earlier part.
  for (const x of hits) if (x.category === 'phone' && x.subject?.kind === 'business_contact' && !x.zone && !/^(?:beside|below) a name/.test(x.subject.reason)) signed.add(x.value);
  const known = env.organisationContacts;
  if (known) {
    for (const value of known) signed.add(value);
    for (const value of signed) known.add(value);
  }
  if (signed.size > 0) {
    // A landline of the same office: the signature's number but for its last two digits (a
    // colleague's direct line, +81-3-5555-0193 beside the signature's 0190). Not a mobile.
    const offices = new Set([...signed].map(domesticDigits).filter((d) => d.length >= 10 && !MOBILE_DIGITS.test(d)).map((d) => d.slice(0, -2)));
    for (const h of hits) {
      if (h.zone || (h.category !== 'phone' && h.category !== 'email_address') || h.subject?.kind !== 'third_person') continue;
      const digits = h.category === 'phone' ? domesticDigits(h.value) : '';
      if (signed.has(h.value)) h.subject = subject('business_contact', 'the number or address of the signature');
      else if (digits.length >= 10 && !MOBILE_DIGITS.test(digits) && offices.has(digits.slice(0, -2))) h.subject = subject('business_contact', 'a direct line of the signature’s office');
    }
  }
  // The same account given twice (a changed account read back: 「変更後の口座を下記のとおり復唱」):
  // where one mention names an organisation as its holder, every mention is that organisation's.
  const orgAccounts = new Set(hits.filter((x) => x.category === 'bank_account' && x.subject?.kind === 'business_contact').map((x) => accountNumberOf(x.value)));
  orgAccounts.delete('');
  if (orgAccounts.size > 0) {
    for (const h of hits) {
      if (h.category === 'bank_account' && h.subject?.kind === 'third_person' && orgAccounts.has(accountNumberOf(h.value))) h.subject = subject('business_contact', 'the same account, held by an organisation where the text names its holder');
    }
  }
  // Someone named for their work, but given with their private mobile or e-mail (個人携帯,
  // 個人メール, 自宅) just below: the mail is about them as a person.
  const privates = hits.filter((x) => x.subject === PRIVATE_VALUE);
  if (privates.length > 0 && !unit.isRecord) {
    for (const h of hits) {
      if (h.category !== 'person_name' || h.zone || h.subject?.kind !== 'business_contact') continue;
      const k = lineIndexAt(view.lines, h.start);
      const window = paragraphWindow(view.lines, k, 0, 3);
      const to = window[window.length - 1]!.end;
      const names = hits.filter((x) => x.category === 'person_name' && !x.zone && x.start > h.start && x.start <= to);
      if (names.length === 0 && privates.some((x) => x.start > h.start && x.start <= to)) h.subject = subject('third_person', 'named with their private contact details');
    }
  }
  // A name with its own address a few lines below (根本 早苗 / TEL … / sanae.nemoto@yahoo.co.jp):
  // the address spells the name, so it is a person's name, not a word the model half knew (根本).
  const mails = unit.isRecord ? [] : hits.filter((x) => x.category === 'email_address' && !x.zone);
  if (mails.length > 0) {
    for (const h of hits) {
      if (h.category !== 'person_name' || h.zone || h.confidence !== 'low' || h.subject?.kind !== 'third_person') continue;
      const k = lineIndexAt(view.lines, h.start);
      const to = view.lines[Math.min(view.lines.length - 1, k + 3)]!.end;
      if (mails.some((m) => m.start > h.end && m.start <= to && readsAs(view, h, localPartKeys(m.value.toLowerCase()), true))) [h.confidence, h.reason] = ['medium', `${h.reason} + spelt by their address below`];
    }
  }
}

function zoneOf(unit: Unit, h: Hit, hits: readonly Hit[], p: Participants, freemail: ReadonlySet<string>): ZoneKind | undefined {
  const found = unit.zones.find((z) => h.start < z.end && z.start < h.end);
  if (found && !(found.kind === 'signature' && privateCorrespondentBlock(unit, found, hits, p, freemail))) return found.kind;
  if (h.category === 'person_name' && !(unit.isRecord && rowOfSomeoneElse(h, hits, p))) {
    const key = h.value.replace(/\s+/g, '');
    const latin = latinNameKey(h.value);
    if (p.senderNames.has(key) || (latin !== null && p.senderNames.has(latin))) return 'sender';
    if (p.addresseeNames.has(key) || (latin !== null && p.addresseeNames.has(latin))) return 'addressee';
  }
  if (h.category === 'email_address' && p.addresses.has(h.value.toLowerCase())) return 'addressee';
  return undefined;
}

/** A quoted or forwarded message begins above: its header line, or the block is quoted with `>`. */
const QUOTED_OR_FORWARDED = /^[ \t]*(?:>|-{2,}[ \t]*(?:Original Message|元のメッセージ|Forwarded message|転送(?:された)?メッセージ)|.*(?:wrote|書きました|書いています)[:：][ \t]*$|(?:From|差出人|送信者)[ \t]*[:：])/im;

/**
 * The contact block ending a quoted or forwarded message from a private person (根本 早苗 / TEL
 * 080-… / …@yahoo.co.jp under a member's complaint): a free-mail address that is no participant's
 * own. Their contact details, forwarded on, not an organisation's signature. (A reply to that
 * person themself keeps it a signature: their address is a participant's.)
 */
function privateCorrespondentBlock(unit: Unit, zone: Zone, hits: readonly Hit[], p: Participants, freemail: ReadonlySet<string>): boolean {
  let known = privateBlocks.get(zone);
  if (known === undefined) privateBlocks.set(zone, (known = readPrivateBlock(unit, zone, hits, p, freemail)));
  return known;
}

/** Each zone read once (every hit in it asks). */
const privateBlocks = new WeakMap<Zone, boolean>();

function readPrivateBlock(unit: Unit, zone: Zone, hits: readonly Hit[], p: Participants, freemail: ReadonlySet<string>): boolean {
  const mail = hits.find(
    (x) => x.category === 'email_address' && x.start >= zone.start && x.end <= zone.end && isFreemailDomain(freemail, x.value.split('@')[1] ?? '') && !isParticipantAddress(p, x.value),
  );
  if (!mail) return false;
  const text = unit.norm.text;
  return QUOTED_OR_FORWARDED.test(text.slice(0, zone.start)) || /^[ \t]*>/.test(text.slice(zone.start, zone.end));
}

/**
 * A table row naming a participant by their display name but carrying personal values none of
 * which is a participant's own address: a namesake's record, or the participant's row in a
 * roster being sent — either way the roster's data (rosters have namesakes; 山田太郎 in a staff
 * list is not proof it is the sender). The row stays a record; only a participant's address in
 * the row (or the name read as one, see nameSubject) makes it theirs.
 */
function rowOfSomeoneElse(name: Hit, hits: readonly Hit[], p: Participants): boolean {
  const values = hits.filter((x) => x !== name && x.category !== 'person_name' && x.category !== 'corporate_number' && !x.category.startsWith('custom.'));
  return values.length > 0 && !values.some((x) => x.category === 'email_address' && isParticipantAddress(p, x.value));
}

/** 当院 / 弊社 / 当センター, perhaps a unit (not its patients or members), then the names of its staff in a row (片山、吉沢師長、). */
const OUR_STAFF_BEFORE = /(?:当院|弊院|当社|弊社|当センター|当事務所|弊所|当法人|当店|当施設|当課|当部)[ \u3000]+(?!\p{sc=Han}{0,4}(?:患者|利用者|入居者|入所者|会員|顧客|お客|生徒|児童|学生|受講者|組合員))(?:[\p{sc=Han}\p{sc=Katakana}ー]{1,10}[ \u3000]+)?(?:[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,8}[ \u3000]?[、,][ \u3000]*)*$/u;

/** Labels and relations that list a private person, not a business contact (入居者, 妻, 受講者). */
const PERSONAL_LISTING =
  /入居者|居住者|同居|妻|夫|長男|長女|次男|次女|三男|三女|息子|娘|父|母|祖父|祖母|受講者|受検者|受験者|受診者|生徒|児童|学生|候補者|被害者|加害者|相手方|\b(?:Assignee|Expatriate|Spouse|Wife|Husband|Son|Daughter|Child|Children|Dependa?ents?|Family|Patient|Employee|Applicant|Candidate|Student|Pupil|Passenger|Travell?er|Guest|Resident|Tenant|Member|Victim|Insured)\b/i;

function nameSubject(v: UnitView, h: Hit): Subject {
  const p = v.env.participants;
  // 大須賀 悠斗くん in a mail to 大須賀 真由美: the addressee's child (their data goes to the family).
  if (p.addresseeFamily.has(h.value.replace(/\s+/g, ''))) {
    h.addressee = true;
    return ADDRESSEE_CHILD;
  }
  const k = v.unit.isRecord ? 0 : lineIndexAt(v.lines, h.start);
  // 「岩田様をはじめ地域連携室の皆様に助けていただき」: thanked with their colleagues, for their work.
  if (!v.unit.isRecord && THANKED_WITH_COLLEAGUES.test(v.unit.norm.text.slice(h.end, h.end + 8))) return subject('business_contact', 'thanked with their colleagues (…をはじめ)');
  // 「（CC：当院 片山、吉沢師長、三好）」, 「弊社 営業部 山田」: the writer's own staff, named after 当院 / 弊社.
  if (!v.unit.isRecord) {
    const line = v.lines[k]!;
    if (OUR_STAFF_BEFORE.test(v.unit.norm.text.slice(Math.max(line.start, h.start - 40), h.start))) return byWorkRole('named as the writer’s own staff (当院, 弊社 …)');
  }
  // A table row, or one row of a list of people in the body, is a record: only a name that
  // reads as a participant's address is theirs.
  // A sentence in such a paragraph is prose about someone, not a row of the list.
  if (v.unit.isRecord || (inListOfPeople(v, k) && !isSentence(v.lines[k]!.text))) {
    if (matchesLocalPart(v, h)) return participantName(v, h);
    // A row of a table with a 党派 or 会派 column: a candidate or a member of an assembly, whose
    // name and party are public (a list of candidates for an election graphic, 議員名簿).
    if (v.unit.isRecord && v.unit.fields.some((f) => f.header !== undefined && PARTY_COLUMN.test(f.header))) return subject('business_contact', 'a candidate or a member of an assembly (党派 column)');
    // An attendee list (「A社 山田様」 per line, no phone or address): people listed with their
    // organisation are business contacts; a row carrying personal data is a record.
    // A contact of another company in a plan or a schedule: 「施工：株式会社ステージワークス（責任者
    // 大塚様 090-…）」 — the organisation and the person's role there stand right before the name.
    if (!v.unit.isRecord) {
      const line = v.lines[k]!;
      const lead = v.unit.norm.text.slice(line.start, h.start);
      const org = ORGANISATION.exec(lead) ?? ROLE_IN_BRACKETS.exec(lead) ?? COMPANY_THEN_ROLE.exec(lead);
      if (org && ROLE_BEFORE_NAME.test(lead)) return subject('business_contact', `named with their organisation and role (${(org[1] ?? org[0]).trim()})`);
      // 前任：本田 亮（携帯 …）, 大島（店長）: a succession field or a post in brackets.
      const work = workRoleAround(v.unit.norm.text, lead, h, line);
      if (work) return work;
      // 「派遣先責任者：総務課 課長 吉村 和彦 052-…」: a department and a post right before the name;
      // 「苦情処理申出先：派遣元 管理本部 堀 雅人 052-…」: a contact field, the department before the name.
      const post = DEPARTMENT_AND_POST_BEFORE.exec(lead) ?? (CONTACT_FIELD.test(lead) ? (DEPARTMENT_BEFORE.exec(lead) ?? STAFF_FIELD_BEFORE.exec(lead)) : null);
      if (post) return byWorkRole(`named with their department or post (${post[0].trim()})`);
    }
    if (!v.unit.isRecord && !dataOnLine(v, h, k)) {
      const line = v.lines[k]!;
      // What stands before the name once list marks and numbers are gone: 「あおば商事」, 「A社」
      // (not a flat's room: 402号室 stays).
      const listed = v.unit.norm.text.slice(line.start, h.start).replace(/^[\s>]*(?:[-*・●○◆■□※]|\(?\d+(?!\d|号室)[.)）.、]?)?\s*/, '').replace(/[:：、,\s]+$/, '');
      // A label of a person's record or a family relation (入居者：, 同居家族：妻, 受講者：) is
      // not an organisation: the row is that person's record.
      if (isPersonalRecord(listed) || PERSONAL_LISTING.test(listed)) return IN_RECORD;
      // The last resort is a word of letters (あおば商事, A社); a code with digits before the name
      // (社員番号 H0231) is a record's key, not an organisation.
      const org = ORGANISATION.exec(listed) ?? DEPARTMENT.exec(listed) ?? TITLE_AFTER.exec(v.unit.norm.text.slice(h.end, line.end)) ?? (/\p{N}/u.test(listed) ? null : /[\p{L}]{2,}/u.exec(listed));
      if (org) return subject('business_contact', `listed with their organisation (${org[0].trim()})`);
    }
    return IN_RECORD;
  }
  const line = v.lines[k]!;
  const nearby = paragraphWindow(v.lines, k, 1, 1);
  const addresses = nearby.flatMap((l) => [...l.text.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].toLowerCase()));
  const logical = logicalLine(v.lines, k);
  const onLine = [...logical.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].toLowerCase());
  if (QUOTED_HEADER.test(line.text)) {
    const found = correspondent(v, onLine, k);
    // 「From: Nurul Aisyah <nurul.aisyah.h@…>」 quoted in the reply to that very address: the addressee.
    const addressees = new Set(p.addresseeLocalParts.map((l) => l.join('.')));
    if (found.kind === 'participant' && onLine.some((a) => addressees.has(localPartKeys(a).join('.')))) h.addressee = true;
    return found;
  }
  // Their address on the same line (`名前 <addr>`, CN=…:mailto:…) or on the next (a contact block).
  const next = v.lines[k + 1];
  const nextLine = next && next.depth === line.depth ? [...next.text.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].toLowerCase()) : [];
  if (onLine.some((a) => isParticipantAddress(p, a)) || (onLine.length === 0 && nextLine.some((a) => isParticipantAddress(p, a)))) {
    return subject('participant', CALENDAR_PERSON.test(logical) ? 'invited participant (ORGANIZER/ATTENDEE)' : 'named with a participant’s address');
  }
  // Someone else invited to the same meeting (a colleague the invitation was forwarded to).
  if (CALENDAR_PERSON.test(logical)) return subject('business_contact', 'invited to the meeting (ORGANIZER/ATTENDEE)');
  if (matchesLocalPart(v, h)) return participantName(v, h);
  if (isPersonalRecord(line.text)) return subject('third_person', 'person in a record');
  // A name with its title, organisation or department is someone acting for an organisation —
  // unless it is one row of a list of people (a roster pasted in the body stays personal data).
  // Only what is written next to the name counts (「営業部 山田」, 「山田部長」), not a word
  // elsewhere in the sentence (「山田がリーダーに決まりました」). And only on a line that is a
  // label or a heading (講師：…, 担当：…, 出席者 …): in a sentence, a person with a title is
  // still the one the sentence is about (「德永主任が休職することになりました。」).
  const text = v.unit.norm.text;
  const role = ROLE_LABEL.exec(text.slice(line.start, h.start));
  if (role) return byWorkRole(`named as 「${role[1]}」`);
  // Not in a sentence: 「國分さん（情報システム部）が要再検査となりました」 is about that colleague.
  const work = isSentence(line.text) ? null : workRoleAround(text, text.slice(line.start, h.start), h, line);
  if (work) return work;
  // 「大橋店 092-…（薬局長 樋口）」: a post opens the brackets the name stands in.
  const post = ROLE_IN_OPEN_BRACKET.exec(text.slice(line.start, h.start));
  if (post) return subject('business_contact', `named with their post in brackets (${post[1]})`);
  // 「■ 症例検討1（荏田リハ 大森さん）」: who presents a case or a talk, not the case.
  if (PRESENTER_BRACKET_BEFORE.test(text.slice(line.start, h.start))) return byWorkRole(PRESENTER_REASON);
  // 「Mme Laurent from our housing office」, 「Dr. Pryce of the Faculty of Arts」: named with their unit.
  if (FROM_UNIT_EN.test(text.slice(h.end, Math.min(line.end, h.end + 80)))) return subject('business_contact', 'named with their office or department');
  // 「Our centre manager, Mr. Ishida, will be the contact on site」: a colleague named by their post.
  const ours = OUR_ROLE_EN.exec(text.slice(Math.max(line.start, h.start - 60), h.start));
  if (ours) return subject('business_contact', `named as the writer's colleague (${(ours[1] ?? ours[2] ?? '').toLowerCase()})`);
  // The next name of the same label, indented under it (講師：吉野 雅人 ⏎ 　　　長沢 恵).
  const above = v.lines[k - 1];
  const listedUnder = above && /^[\s\u3000]+$/.test(text.slice(line.start, h.start)) ? SPEAKER_LINE.exec(above.text) : null;
  if (listedUnder) return byWorkRole(`named as 「${listedUnder[1]}」`);
  const before = (text.slice(Math.max(line.start, h.start - 30), h.start).split(/[。、！？!?「」『』:：]/).pop() ?? '').replace(/^.*?(?:は|が|を|に|で|と|も)(?=[^はがをにでともの]*$)/, '');
  // 「Mr. Daniel Lim (HR Manager, Towa Tsusho Asia Pte. Ltd.)」: a title or company in brackets right after.
  const bracket = /^\s*[（(]([^)）\n]{2,80})[)）]/.exec(text.slice(h.end, line.end))?.[1];
  if (bracket && (ORGANISATION.test(bracket) || TITLE.test(bracket) || LATIN_COMPANY.test(bracket))) return subject('business_contact', `named with their title or organisation (${bracket.trim().slice(0, 40)})`);
  // 「Signed: Dr Aisha Rahman, Country Director」: an English title after a comma — someone in their role.
  if (EN_TITLE_AFTER.test(text.slice(h.end, line.end))) return subject('business_contact', 'named with their title');
  // 「Ms. Kanae Oshiro (k.oshiro@aoi-hotels.jp, +81-…)」: their work address at a participant's organisation.
  const bracketMail = bracket ? [...bracket.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].toLowerCase()) : [];
  if (bracketMail.some((a) => isParticipantDomain(p, a) && !isFreemailDomain(v.env.freemail, a.split('@')[1] ?? ''))) return subject('business_contact', 'named with their work address at a participant’s organisation');
  // 「株式会社ミナミ物産の上田様」, 「弊社の井上が伺います」: acting for an organisation, in prose too.
  const org = ORGANISATION.exec(before) ?? [...p.organisations].find((o) => before.replace(/\s+/g, '').includes(o));
  if (org) return subject('business_contact', 'named with an organisation');
  if (!isSentence(line.text)) {
    const after = text.slice(h.end, Math.min(line.end, h.end + 8));
    const title = TITLE_BEFORE.exec(before) ?? TITLE_AFTER.exec(after) ?? TITLE_LIST_BEFORE.exec(before);
    // (The reason names the title only, never the names listed after it.)
    if (title) return subject('business_contact', `named with a title (${(title.groups?.title ?? title[0]).trim()})`);
    const dept = DEPARTMENT.exec(before);
    if (dept) return subject('business_contact', `named with a department (${dept[0].trim()})`);
    // A name line inside an organisation's contact block (company line above, TEL below).
    const block = paragraphWindow(v.lines, k, 3, 3).filter((l) => !isSentence(l.text));
    const blockOrg = block.map((l) => ORGANISATION.exec(l.text)?.[0]).find((x) => x !== undefined);
    // …not a person's record whose employer is named (勤務先：株式会社…, 緊急連絡先, 生年月日).
    if (blockOrg && block.length >= 2 && !block.some((l) => isPersonalRecord(l.text))) return subject('business_contact', `in an organisation’s contact block (${blockOrg})`);
  }
  const own = addresses.find((a) => isParticipantDomain(p, a) && !isFreemailDomain(v.env.freemail, a.split('@')[1] ?? '') && readsAs(v, h, localPartKeys(a)));
  if (own) return subject('business_contact', 'named with their own address at a participant’s organisation');
  const reason = organisationLabelled(v, h);
  if (reason) return subject('business_contact', reason);
  return subject('third_person', 'no signature, organisation or participant context');
}

/** A name in a company-profile label (代表者: …) is the organisation's representative. */
function organisationLabelled(v: UnitView, h: Hit): string | null {
  const reason = organisationReason(v.unit.norm.text, v.lines, h.start);
  return reason?.startsWith('organisation label') ? reason : null;
}

/**
 * The holder written in kana after the number (…普通 0412778 ハセベリョウ), where the name detector
 * found none, reads as an addressee's address of two or more parts (ryo.hasebe@), in either order.
 */
function kanaHolderIsAddressee(v: UnitView, after: string): boolean {
  const kana = /^[\s　]*([\p{sc=Katakana}ー]{2,}(?:[ \u3000][\p{sc=Katakana}ー]{1,})?)[\s　]*$/u.exec(after)?.[1];
  return kana !== undefined && kanaNameIsAddressee(v, kana);
}

/**
 * A name in katakana (ノナカ ヨシト, スギウラ チナツ, シノツカ マリ) reads as an addressee's address of
 * two or more parts, in either order. Voicing is not compared: bank kana often drop it
 * (シノツカ for 篠塚, shinozuka@).
 */
function kanaNameIsAddressee(v: UnitView, kana: string): boolean {
  const romaji = kanaToRomaji(kana.replace(/[ \u3000・]/g, ''));
  if (!romaji) return false;
  const key = voiceless(romajiKey(romaji));
  // Written in two words (ノナカ ヨシト): the surname must be a part of the address and the given
  // name agree with another part, in full or by its initial (y.nonaka@).
  const words = kana.split(/[ \u3000・]/).map((w) => kanaToRomaji(w)).filter((w): w is string => w !== null).map((w) => voiceless(romajiKey(w)));
  return v.env.participants.addresseeLocalParts.some((addressParts) => {
    const local = addressParts.map(voiceless);
    const parts = local.filter((p) => p.length >= 2);
    if (parts.length >= 2 && (key === parts.join('') || key === [...parts].reverse().join(''))) return true;
    if (words.length !== 2) return false;
    const [surname, given] = words as [string, string];
    return local.includes(surname) && local.some((p) => p !== surname && (p === given || (p.length === 1 && given.startsWith(p))));
  });
}

/** The Latin name after a holder label (Account holder: JOHNSON MARK) reads as an addressee's address, every word of it. */
function latinHolderIsAddressee(v: UnitView, line: string, afterNumber = false): boolean {
  // After a holder label, or right after the number on the account's line (…Ordinary 4471829, DIZON MARICEL).
  const name = (afterNumber ? /^[\s,、]*([A-Za-z][A-Za-z' -]{2,40}?)\s*$/ : /(?:[Hh]older|[Nn]ame|名義人?|[Bb]eneficiary|[Pp]ayee)\s*[:：]\s*([A-Za-z][A-Za-z' -]{2,40}?)\s*$/).exec(line)?.[1];
  if (!name) return false;
  const words = name.split(/[\s,]+/).filter((w) => w.length >= 2).map(romajiKey);
  return words.length >= 2 && v.env.participants.addresseeLocalParts.some((local) => words.every((w) => local.includes(w)));
}

/** Romanisation keys compared without voicing (z/s, g/k, d/t, b/p/h; ズ/ツ). */
function voiceless(key: string): string {
  return key.replace(/z/g, 's').replace(/g/g, 'k').replace(/d/g, 't').replace(/[bp]/g, 'h').replace(/su/g, 'tu');
}

const KATAKANA_NAME = /^[\p{sc=Katakana}ー]{2,}(?:[ \u3000・][\p{sc=Katakana}ー]{1,})+$/u;

/** The name is an addressee's: marked so already, or read as an addressee's own address (strictly). */
function isAddresseeName(v: UnitView, x: Hit): boolean {
  if (!x.addressee && v.env.participants.addresseeLocalParts.some((local) => readsAs(v, x, local, true))) x.addressee = true;
  // A katakana name is read word by word as written (the analyser splits スギウラ into スギ|ウラ).
  if (!x.addressee && KATAKANA_NAME.test(x.value) && kanaNameIsAddressee(v, x.value)) x.addressee = true;
  return x.addressee === true;
}

/** A name read as a participant's address; marked when it is an addressee's beyond doubt. */
function participantName(v: UnitView, h: Hit): Subject {
  const p = v.env.participants;
  if (p.addresseeLocalParts.some((local) => readsAs(v, h, local, true))) h.addressee = true;
  // 「Naoto Kuga 久我 直人」 on a line of its own, read as the sender's address: the writer signing.
  else if (SIGN_OFF_LINE.test(v.lines[lineIndexAt(v.lines, h.start)]?.text ?? '') && LATIN_LETTERS.test(h.value)) {
    const addressees = new Set(p.addresseeLocalParts.map((l) => l.join('.')));
    if (p.localParts.some((local) => !addressees.has(local.join('.')) && readsAs(v, h, local, true))) {
      h.zone = 'sender';
      h.confidence = 'low';
      h.reason = `sender: ${h.reason}`;
      return ZONE_SUBJECT.sender;
    }
  }
  return subject('participant', 'name read as a participant’s address');
}

const LATIN_LETTERS = /^[A-Za-z][A-Za-z' .-]*$/;
/** A line that is only a name, in Latin letters and perhaps in kanji too (Naoto Kuga 久我 直人, 森川 聡 / Satoshi Morikawa). */
const SIGN_OFF_LINE = /^[\s>]*(?:[A-Za-z][A-Za-z'.-]*[ \t]+[A-Za-z][A-Za-z'.-]*|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,5}[ \u3000]?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,5})(?:[ \t\u3000]*[/／|｜]?[ \t\u3000]*(?:[A-Za-z][A-Za-z'.-]*[ \t]+[A-Za-z][A-Za-z'.-]*|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,5}[ \u3000]?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,5}))?[\s,]*$/u;

/**
 * The reading of the name matches a participant's address: 山本様 ↔ yamamoto@, 山本 太郎 ↔
 * t.yamamoto@ or yamamoto.taro@. When the address carries an initial, the given name must start
 * with it, so a namesake of the sender (池田 結月 vs d.ikeda@) stays who they are; a full given
 * name is not compared (the analyser's reading of given names is unreliable: 亮 アキラ/リョウ).
 */
function matchesLocalPart(v: UnitView, h: Hit): boolean {
  return v.env.participants.localParts.some((local) => readsAs(v, h, local)) || (KATAKANA_NAME.test(h.value) && kanaNameIsAddressee(v, h.value));
}

/**
 * The name's reading matches one address's local part (see matchesLocalPart). `strict`: a given
 * name written in both must agree too (吉田 駿 is not yoshida.shota@), initials included.
 */
function readsAs(v: UnitView, h: Hit, local: readonly string[], strict = false): boolean {
  if (local.length === 0) return false;
  // A name in Latin letters (ENDO TAKESHI, Takeshi Endo) is compared word by word.
  if (/^[A-Za-z][A-Za-z' ,.-]*$/.test(h.value)) {
    const words = h.value.split(/[\s,./]+/).filter((w) => w.length >= 2).map(romajiKey);
    if (words.length < 2) return false;
    if (words.every((w) => local.includes(w))) return true;
    // morikawa@ for Satoshi Morikawa, s.miyoshi@ for Sae Miyoshi: a word of the name whole, and
    // whatever else the address holds is the other word's initial.
    const whole = words.filter((w) => w.length >= 3 && local.includes(w));
    if (whole.length === 0) return false;
    const rest = local.filter((o) => !whole.includes(o));
    const others = words.filter((w) => !whole.includes(w));
    return rest.length === 0 ? !strict : rest.every((o) => o.length === 1 && others.some((w) => w.startsWith(o)));
  }
  if (!v.tokens) return false;
  const keys: Array<string | null> = [];
  // The name's tokens, found by a binary search (a long text has many names to read).
  const spanned = tokensOver(v.tokens, h.start, h.end);
  for (const t of spanned) {
    if (t.surface.trim() === '') continue;
    // A katakana word the dictionary does not know reads as written (ウエノ ケイスケ on an account).
    const reading = t.reading ?? (/^[\p{sc=Katakana}ー]+$/u.test(t.surface) ? t.surface : undefined);
    const romaji = reading ? kanaToRomaji(reading) : null;
    keys.push(romaji ? romajiKey(romaji) : null);
  }
  const [firstKey, ...given] = keys;
  let surname = firstKey;
  if (!surname || surname.length < 3) return false;
  // The address's display name is written in kanji and not with this surname (大野 against
  // 「小野 勝利 <katsutoshi.ono@…>」): another person whose name reads the same.
  const shown = v.env.participants.localPartNames.get(local.join('.'));
  const surnameToken = spanned.find((t) => t.surface.trim() !== '');
  if (shown && surnameToken && /^[\p{sc=Han}々]+$/u.test(surnameToken.surface) && ![...shown].some((w) => w.startsWith(surnameToken.surface))) return false;
  const givenKnown = given.every((g) => g !== null);
  const givenKey = given.join('');
  if (!local.includes(surname)) {
    // 金城 read キンジョウ by the analyser, Kaneshiro in the address: any reading the dictionary has.
    const other = surnameToken ? romajiNames().surnameReadings.get(surnameToken.surface)?.find((r) => local.includes(r)) : undefined;
    if (!other) return false;
    surname = other;
  }
  const others = local.filter((p) => p !== surname);
  if (given.length === 0 || others.length === 0) return true;
  if (strict) return givenKnown && others.some((o) => (o.length >= 2 ? givenKey === o : givenKey.startsWith(o)));
  // A given name read otherwise than written (亮: アキラ/リョウ) still matches a full given
  // name in the address; an initial must agree.
  if (others.some((o) => o.length >= 2)) return true;
  return givenKnown && others.some((o) => givenKey.startsWith(o));
}

/** The tokens that overlap text[start, end), in order (tokens are sorted and do not overlap). */
function tokensOver(tokens: readonly Token[], start: number, end: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) out.push(tokens[i]!);
  return out;
}

/** The line holds an e-mail address or a web address at the sender's own (not free-mail) domain. */
function namesSenderDomain(v: UnitView, line: string): boolean {
  const p = v.env.participants;
  const hosts = [...line.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].split('@')[1] ?? '');
  for (const m of line.matchAll(WEB_HOST)) hosts.push(m[1]!);
  return hosts.some((host) => isSenderDomain(p, `x@${host}`) && !isFreemailDomain(v.env.freemail, host));
}
const WEB_HOST = /(?:https?:\/\/|\bwww\.)([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;

/** Another kind of personal value on the same line as the name (a roster row). */
function dataOnLine(v: UnitView, h: Hit, k: number): boolean {
  return v.hits.some((x) => x !== h && x.category !== 'person_name' && !x.category.startsWith('sensitive.') && lineIndexAt(v.lines, x.start) === k);
}

/** A line of prose: it ends a sentence or runs long. */
function isSentence(text: string): boolean {
  return /[。！？!?]/.test(text) || text.trim().length > 60;
}

/** Three or more lines of the paragraph name people: a list, whose rows are records. */
function inListOfPeople(v: UnitView, k: number): boolean {
  const window = paragraphWindow(v.lines, k, 20, 20);
  const from = window[0]!.start;
  const to = window[window.length - 1]!.end;
  const lines = new Set<number>();
  for (const x of v.hits) if (x.category === 'person_name' && x.start >= from && x.start < to) lines.add(lineIndexAt(v.lines, x.start));
  return lines.size >= 3;
}

/**
 * The quoted or forwarded message under this header gives its writer's own mobile or home address
 * (連絡先：090-…, 住所：千葉県…) and names no organisation: a private person wrote it (a customer's
 * accident report forwarded to an insurer), whatever their mail domain.
 */
function writesAsPrivatePerson(v: UnitView, k: number): boolean {
  const header = v.lines[k]!;
  // 「From: 西村 直樹 (泉化学株式会社) <…>」: writing for a company.
  if (ORGANISATION.exec(header.text)) return false;
  const writer = /^\s*(?:From|差出人|送信者)\s*[:：]\s*(?:[A-Za-z]+\s+)?([\p{sc=Han}\p{sc=Katakana}ー]{1,4}|[A-Za-z]{2,})/iu.exec(header.text)?.[1]?.toLowerCase();
  const depth = header.depth;
  let own = false;
  for (let j = k + 1; j < v.lines.length && j <= k + 25; j++) {
    const line = v.lines[j]!;
    if (line.depth < depth) break;
    if (j > k + 6 && QUOTED_HEADER.test(line.text)) break;
    // A signature ends the message: the writer's own, with their organisation (then not private),
    // or the forwarding sender's, when nothing separates the two.
    const signature = v.unit.zones.find((z) => z.kind === 'signature' && line.start >= z.start && line.start < z.end);
    if (signature) {
      const text = v.unit.norm.text.slice(signature.start, signature.end);
      if (writer && text.toLowerCase().includes(writer) && ORGANISATION.exec(text)) return false;
      break;
    }
    // A notice to everyone (お客様各位) is an organisation's.
    if (/各位\s*$/.test(line.text)) return false;
    // An organisation the message is addressed to (観光協会 御中) is the reader, not the writer's.
    if (ORGANISATION.exec(line.text) && !/(?:御中|様|各位|殿)\s*$/.test(line.text)) return false;
    // Someone else named in the message: the contact details may be theirs (a customer's).
    if (v.hits.some((x) => x.category === 'person_name' && x.confidence !== 'low' && x.start >= line.start && x.start < line.end)) return false;
    if (PRIVATE_CONTACT.test(line.text)) own = true;
  }
  return own;
}

/** Someone named in a quoted/forwarded header: their address tells who they are. */
function correspondent(v: UnitView, addresses: string[], k: number): Subject {
  const p = v.env.participants;
  if (addresses.some((a) => isParticipantAddress(p, a))) return subject('participant', 'a participant in a quoted header');
  if (addresses.some((a) => isFreemailDomain(v.env.freemail, a.split('@')[1] ?? ''))) return subject('third_person', 'correspondent with a private address');
  if (writesAsPrivatePerson(v, k)) return subject('third_person', 'correspondent who gives a private mobile or home address');
  return subject('business_contact', 'correspondent in a quoted or forwarded header');
}

function valueSubject(v: UnitView, h: Hit): Subject {
  const p = v.env.participants;
  if (h.category === 'corporate_number') return subject('business_contact', 'identifies an organisation');
  if (h.category.startsWith('sensitive.') || h.category.startsWith('custom.') || h.category === 'income' || h.category === 'evaluation') return subject('third_person', 'about the person it is tied to');
  if (PERSONAL_IDENTIFIERS.has(h.category)) return identifierSubject(v, h);
  if (h.category === 'bank_account') return accountSubject(v, h);
  if (h.category === 'email_address') {
    const address = h.value.toLowerCase();
    const [local = '', domain = ''] = address.split('@');
    if (isParticipantAddress(p, address)) return subject('participant', 'a participant’s own address');
    if (ROLE_MAILBOX.test(local)) return subject('business_contact', 'an organisation’s mailbox');
    if (!v.unit.isRecord) {
      const k = lineIndexAt(v.lines, h.start);
      if (QUOTED_HEADER.test(v.lines[k]!.text)) return correspondent(v, [address], k);
      if (CALENDAR_PERSON.test(logicalLine(v.lines, k))) return subject('business_contact', 'invited to the meeting (ORGANIZER/ATTENDEE)');
    }
    if (isParticipantDomain(p, address) && !isFreemailDomain(v.env.freemail, domain)) {
      if (!personOnLine(v, h)) return subject('business_contact', 'an address at a participant’s organisation');
      // Beside a name too when it is the sender's own organisation (colleagues listed for a
      // vendor's admin set-up): a work address there is a business contact; the person's other
      // data on the line (a mobile, a home address) keeps its own subject.
      if (isSenderDomain(p, address)) return subject('business_contact', 'a work address at the sender’s organisation, beside a name');
    }
  }
  if (h.category === 'phone' && TOLL_FREE.test(v.unit.norm.text.slice(h.start, h.end))) return subject('business_contact', 'toll-free number of an organisation');
  // The value's line (records have no lines of their own).
  const k = v.unit.isRecord ? -1 : lineIndexAt(v.lines, h.start);
  const lineStart = k < 0 ? 0 : v.lines[k]!.start;
  // The label says whose number it is: 作業所TEL, 事務所電話, 会社代表, 直通 — a workplace's.
  if (h.category === 'phone' && k >= 0) {
    const lead = v.unit.norm.text.slice(Math.max(lineStart, h.start - 20), h.start);
    if ((WORKPLACE_PHONE.test(lead) || WORKPLACE_PHONE_NOTE.test(v.unit.norm.text.slice(h.end, h.end + 12))) && !PRIVATE_LABEL.test(lead)) return subject('business_contact', 'a workplace number by its label');
    // 「問い合わせ窓口の電話番号表記（029-…）」: the number of an organisation's desk.
    if (DESK_NUMBER_BEFORE.test(lead) && !PRIVATE_LABEL.test(lead)) return subject('business_contact', "an organisation's contact desk (its number)");
    // 「My mobile on the day: 080-…」, 「当日は私の携帯（090-…）まで」: the writer's own number.
    if (WRITERS_OWN_PHONE.test(v.unit.norm.text.slice(Math.max(lineStart, h.start - 40), h.start))) return subject('participant', 'the writer’s own number');
    // 「+81 3 5217 4415 | daniel.okafor@bridgeway-intl.example.com」, or the sender's web address on
    // the next line: a number in the block of the sender's own organisation's address is that
    // organisation's (a signature not drawn as one).
    if (paragraphWindow(v.lines, k, 1, 1).some((l) => namesSenderDomain(v, l.text))) {
      return subject('business_contact', 'beside a work address at the sender’s organisation');
    }
  }
  // Contact details follow the person they stand next to.
  if (v.unit.isRecord) {
    // A row's values are the person's the row names (the same subject object, reason included).
    const owner = v.hits.find((x) => x.category === 'person_name' && x.subject);
    if (owner?.subject) return owner.subject;
  }
  const owner = personOnLine(v, h);
  if (owner?.subject) {
    // A street address (区 … 4-8-15) on the line of a third person's full name with an honorific
    // (岡部 清 様 豊島区目白4-8-15, a donor list, a mailing list): their address, though it names
    // no prefecture.
    if (h.category === 'address' && h.confidence === 'low' && owner.subject.kind === 'third_person' && owner.confidence !== 'low' && /\s/.test(owner.value) && /\d/.test(h.value) && /^[\s\u3000]*(?:様|さん|殿|氏)/.test(v.unit.norm.text.slice(owner.end, owner.end + 3))) {
      h.confidence = 'medium';
      h.reason = `${h.reason} beside a named person`;
    }
    return subject(owner.subject.kind, `beside a name: ${owner.subject.reason}`);
  }
  if (v.unit.isRecord) {
    if (v.recordSubject === undefined) {
      const texts = [...v.unit.fields.map((f) => f.header ?? ''), ...v.unit.norm.text.split('\n')].filter(Boolean);
      const reason = recordOrganisationReason(texts);
      v.recordSubject = reason ? subject('business_contact', reason) : subject('third_person', 'value in a record');
    }
    return v.recordSubject;
  }
  // 「ご登録電話番号：…」 beside the addressee's own address: the addressee's details, read back to them.
  if (YOUR_LABEL.test(v.unit.norm.text.slice(lineStart, h.start)) && paragraphWindow(v.lines, k, 3, 3).some((l) => [...l.text.matchAll(EMAIL_IN_TEXT)].some((m) => isAddresseeAddress(v, m[0])))) {
    return subject('participant', 'the addressee’s own details (ご登録…)');
  }
  // 「新住所：…」 in a mail to one private person greeted by name that names no one else (a
  // newspaper confirming a reader's change of address): the addressee's own details, read back.
  if (
    k >= 0 &&
    (h.category === 'address' || h.category === 'phone') &&
    p.privateAddressee &&
    OWN_DETAIL_LABEL.test(v.unit.norm.text.slice(lineStart, h.start)) &&
    v.hits.some((x) => x.category === 'person_name' && x.addressee === true) &&
    !v.hits.some((x) => x.category === 'person_name' && !x.zone && x.confidence !== 'low' && x.addressee !== true)
  ) {
    return subject('participant', 'the addressee’s own details, read back to them');
  }
  // A private person's own label right before the value (喪主様携帯, ご自宅, 保護者連絡先) outweighs
  // an organisation nearby.
  if (PRIVATE_LABEL.test(v.unit.norm.text.slice(Math.max(lineStart, h.start - 16), h.start))) return PRIVATE_VALUE;
  const reason = organisationReason(v.unit.norm.text, v.lines, h.start, [], h.end);
  if (reason) return subject('business_contact', reason);
  const above = personAbove(v, h);
  if (above?.subject) return subject(above.subject.kind, `below a name: ${above.subject.reason}`);
  return subject('third_person', 'no signature, organisation or participant context');
}

const OF_A_PERSON = subject('third_person', 'identifier of a person');
const PRIVATE_VALUE = subject('third_person', 'labelled as a private person’s');
const OF_THE_ADDRESSEE = subject('participant', 'identifier of the addressee named with it');

/**
 * An identifier belongs to the person named on its line, in its row or just above it. When that
 * is the addressee (their name read as their own address, given name agreeing, or their display
 * name) and nobody else is named around it, it is being sent back to its holder (a traveller's
 * passport number for confirmation). Anyone else's, or nobody named: a third person's.
 */
/** The reader is the holder: ご本人 (of the addressee), ご自身の, 本人名義, "your own". */
const HOLDER_IS_READER = /(?:様|さん)ご本人|ご本人(?:の|様)(?:もの|番号)|ご自身の|本人名義|\byour own\b|\byour (?:residence card|passport|driver'?s licen[cs]e|licen[cs]e|My Number|insurance card|pension|account|card)\b/i;

function identifierSubject(v: UnitView, h: Hit): Subject {
  const owner = v.unit.isRecord ? v.hits.find((x) => x.category === 'person_name') : (personOnLine(v, h) ?? personAbove(v, h));
  // Nobody named with it (or only the name the addressee is greeted by), in a mail to one private
  // person where no one else is named: theirs (「先日お預かりした旅券（番号 …）のコピーは破棄いたしました」
  // to the traveller; 「ナムさんの在留カード…」 to Nam).
  // The name the addressee is greeted by (ナムさん) stands for them elsewhere in the text too.
  const greeted = new Set(v.hits.filter((x) => x.category === 'person_name' && x.zone === 'greeting').map((x) => x.value));
  if ((!owner || greeted.has(owner.value)) && !v.unit.isRecord && v.env.participants.privateAddressee && !v.hits.some((x) => x.category === 'person_name' && !x.addressee && !x.zone && x.confidence !== 'low' && !greeted.has(x.value))) {
    return subject('participant', 'identifier in a mail to its one private addressee, nobody else named');
  }
  // 「宮内様ご本人に直接ご連絡…」, 「（ご本人のものです）」: the one private addressee is spoken of as its holder.
  const p = v.env.participants;
  const at = v.unit.isRecord ? 0 : lineIndexAt(v.lines, h.start);
  const onItsLine = !v.unit.isRecord && HOLDER_IS_READER.test(`${v.lines[at - 1]?.text ?? ''}\n${v.lines[at]?.text ?? ''}`);
  if (!owner && !v.unit.isRecord && ((p.privateAddressee && HOLDER_IS_READER.test(v.unit.norm.text)) || (onItsLine && p.addresseeLocalParts.length === 1))) {
    return subject('participant', 'identifier in a mail to its one private addressee, who is told it is theirs');
  }
  if (!owner?.addressee) return OF_A_PERSON;
  if (v.unit.isRecord) return OF_THE_ADDRESSEE;
  const k = lineIndexAt(v.lines, h.start);
  const window = paragraphWindow(v.lines, k, 5, 5);
  const from = window[0]!.start;
  const to = window[window.length - 1]!.end;
  const others = v.hits.some((x) => x.category === 'person_name' && x !== owner && !x.addressee && !x.zone && x.confidence !== 'low' && x.start >= from && x.start < to);
  return others ? OF_A_PERSON : OF_THE_ADDRESSEE;
}

/** The line, unfolded when it is an iCalendar property folded over several lines (RFC 5545 §3.1). */
function logicalLine(lines: readonly TextLine[], k: number): string {
  let start = k;
  while (start > 0 && /^[ \t]/.test(lines[start]!.text) && lines[start - 1]!.text.trim() !== '') start--;
  if (!CALENDAR_PERSON.test(lines[start]!.text)) return lines[k]!.text;
  let text = lines[start]!.text.replace(/\r$/, '');
  for (let j = start + 1; j < lines.length && /^[ \t]/.test(lines[j]!.text); j++) text += lines[j]!.text.replace(/\r$/, '').slice(1);
  return text;
}

function personOnLine(v: UnitView, h: Hit): Hit | undefined {
  if (v.unit.isRecord) return undefined;
  const k = lineIndexAt(v.lines, h.start);
  return v.hits.find((x) => x !== h && x.category === 'person_name' && x.subject && lineIndexAt(v.lines, x.start) === k);
}

/** The nearest name up to three lines above in the same paragraph (a 氏名/住所/電話 block). */
function personAbove(v: UnitView, h: Hit): Hit | undefined {
  const k = lineIndexAt(v.lines, h.start);
  const window = paragraphWindow(v.lines, k, 3, 0);
  const from = window[0]!.start;
  let best: Hit | undefined;
  for (const x of v.hits) {
    if (x.category !== 'person_name' || !x.subject || x.start < from || x.start >= h.start) continue;
    if (!best || x.start > best.start) best = x;
  }
  return best;
}

const INVOICE_TITLE = /請求書|御請求書|ご請求書|\b(?:INVOICE|Invoice|TAX INVOICE|Tax Invoice)\b/;
const BILL_TO = /^[\s\u3000]*(?:Bill(?:ed)? to|To|Attn|御中|宛先)|御中|様[\s\u3000]*$/i;

/** The first lines of a document title it an invoice and name an organisation that is not the one billed. */
function invoiceIssuedByOrganisation(lines: readonly TextLine[]): boolean {
  const head = lines.filter((l) => l.text.trim() !== '').slice(0, 4);
  if (!head.some((l) => INVOICE_TITLE.test(l.text))) return false;
  return head.some((l) => !BILL_TO.test(l.text) && (COMPANY_HOLDER.test(l.text) || LATIN_COMPANY.test(l.text)));
}

/** The account number in an account hit's value (its last run of five or more digits). */
function accountNumberOf(value: string): string {
  const runs = value.match(/\d{5,}/g);
  return runs ? runs[runs.length - 1]! : '';
}

/**
 * The writing organisation speaks of its own account: 「当財団の振込先口座を、下記のとおり変更」,
 * 「当社の取引銀行の統合に伴い、…お振込先を下記のとおり」, 「弊社口座」. Not 「当社の給与振込口座」
 * (an employee's account the company pays into): the possessive governs the account word itself.
 */
const OWN_ORGANISATION_ACCOUNT = /(?:当社|弊社|小社|当財団|当法人|当院|当店|当会|当組合|当事務所|当校|当園)の?(?:お?振込先|(?:お?振込|指定|預金)?口座|取引銀行)/;

/** An account whose holder (名義) is a company is the organisation's, e.g. an invoice's 振込先. */
function accountSubject(v: UnitView, h: Hit): Subject {
  const k = v.unit.isRecord ? 0 : lineIndexAt(v.lines, h.start);
  const window = v.unit.isRecord ? v.lines : paragraphWindow(v.lines, k, 3, 3);
  // The holder's label may head a longer block (Beneficiary, Bank, SWIFT, Account type, Account No.).
  const labelled = (v.unit.isRecord ? window : paragraphWindow(v.lines, k, 6, 3)).filter((l) => HOLDER_LABEL.test(l.text));
  // A holder label that ends its line introduces the holder below it (「to the beneficiary account
  // stated on your invoice:」 ⏎ 「Pacific Contact Solutions Inc.」 ⏎ … Account no. …).
  const holderLines = v.unit.isRecord ? labelled : labelled.flatMap((l) => (/[:：][ \t]*$/.test(l.text) ? v.lines.slice(lineIndexAt(v.lines, l.start), Math.max(lineIndexAt(v.lines, l.start) + 2, k + 1)) : [l]));
  const inspected = holderLines.length > 0 ? holderLines : window;
  if (inspected.some((l) => COMPANY_HOLDER.test(l.text)) || inspected.some((l) => [...v.env.participants.organisations].some((o) => l.text.replace(/\s+/g, '').includes(o)))) {
    return subject('business_contact', 'account held by an organisation');
  }
  const ownLines = holderLines.length > 0 ? holderLines : v.unit.isRecord ? v.lines : v.lines.slice(k, k + 2);
  if (ownLines.some((l) => ORG_HOLDER.test(l.text) || ORG_HOLDER_LATIN.test(l.text))) return subject('business_contact', 'account held by an organisation');
  // 「to your IBAN …」, 「貴社口座」: the reader's own account, named as theirs.
  if (!v.unit.isRecord && /\byour\s+(?:company'?s?\s+)?(?:IBAN|account|bank account)\b[^\n]{0,12}$|(?:貴社|御社)の?(?:ご指定)?口座[^\n]{0,12}$/i.test(v.unit.norm.text.slice(Math.max(0, h.start - 40), h.start))) {
    return subject('participant', "the reader's own account, named as theirs");
  }
  // 当座 (a current account): what businesses hold for cheques and bills, not a person's savings.
  // In English as the same type word before the number (Head Office Branch, Current 1056832), not
  // a British personal "current account number".
  if (!v.unit.isRecord && /当座|\b(?:Current|CURRENT|Checking|CHECKING)[ \t]*(?:No\.?)?[ \t]*[:：]?[ \t]*\d/.test(v.lines[k]?.text ?? '')) return subject('business_contact', 'a current account (当座), held by a business');
  // An invoice document issued by an organisation (INVOICE ⏎ Tsurugi Executive Search K.K. | …):
  // the account it gives for payment is the issuer's.
  if (!v.unit.isRecord && holderLines.length === 0 && v.unit.source === 'attachment' && invoiceIssuedByOrganisation(v.lines)) {
    return subject('business_contact', 'account of the organisation issuing the invoice');
  }
  // The holder named on the account's line (or its 名義 line) is the addressee: their own account,
  // sent back to them (a salary or refund account to confirm).
  const holderLine = v.unit.isRecord ? null : v.lines[k]!;
  const holders = v.hits.filter(
    (x) => x.category === 'person_name' && (v.unit.isRecord || (holderLine !== null && x.start >= holderLine.start && x.start <= holderLine.end) || holderLines.some((l) => x.start >= l.start && x.start <= l.end)),
  );
  if (holders.length > 0 && holders.every((x) => isAddresseeName(v, x))) return subject('participant', 'account of the addressee named as its holder');
  if (holders.length === 0 && holderLine !== null && kanaHolderIsAddressee(v, v.unit.norm.text.slice(h.end, holderLine.end))) {
    return subject('participant', 'account of the addressee named as its holder');
  }
  // 「Account holder: JOHNSON MARK」 for mark.johnson.tokyo@: the holder's Latin words are all the addressee's address.
  if (holders.length === 0 && (holderLines.some((l) => latinHolderIsAddressee(v, l.text)) || (holderLine !== null && latinHolderIsAddressee(v, v.unit.norm.text.slice(h.end, holderLine.end), true)))) {
    return subject('participant', 'account of the addressee named as its holder');
  }
  // A document sent to the one person it names (their payslip with its 振込先): their own account.
  if (holders.length === 0 && !v.unit.isRecord && v.unit.source === 'attachment') {
    const named = v.hits.filter((x) => x.category === 'person_name' && (x.zone === 'addressee' || (x.confidence !== 'low' && !x.zone)));
    if (named.length > 0 && named.every((x) => x.zone === 'addressee' || isAddresseeName(v, x))) return subject('participant', 'account in a document about the addressee alone');
  }
  // 「Name: Ryo Fukazawa / Bank: … / Account no.: …」: the name just above, the addressee's.
  if (holders.length === 0 && !v.unit.isRecord) {
    const above = personAbove(v, h);
    const named = window.filter((l) => v.hits.some((x) => x.category === 'person_name' && x.confidence !== 'low' && !x.zone && x.start >= l.start && x.start <= l.end)).length;
    if (above && named <= 1 && isAddresseeName(v, above)) return subject('participant', 'account of the addressee named above it');
  }
  // 「当財団の振込先口座を、下記のとおり変更」 just above: the writing organisation's own account.
  if (holders.length === 0 && !v.unit.isRecord && window.some((l) => OWN_ORGANISATION_ACCOUNT.test(l.text))) return subject('business_contact', "the writing organisation's own account (当社の振込先)");
  return subject('third_person', 'account of a person');
}
