/**
 * Dictionary terms on token boundaries (がんばって is not がん), free-text matchers for
 * custom lists, sensitive table columns, and the identifiability rule: 要配慮個人情報 is
 * medium/high only when a person is named or identified in the same record or sentence.
 */
import { aboutAnimal } from './animals.js';
import { textTermMatches, type Dictionaries, type TermEntry } from './dictionary.js';
import { lineAt, lineEndAt, lineStartAt, paragraphBounds, sentenceBounds } from './sentences.js';
import { isHistoricalFigure } from './historical-persons.js';
import { SURNAME_IN_BU } from './signature.js';
import { PRESENTER_REASON } from './attribute-subject.js';
import type { Hit, Unit } from './hit.js';
import type { Token } from './tokenizer.js';
import type { CategoryId } from './types.js';

const EMPTY_CELL = /^(?:|-|ー|―|なし|無し|無|特になし|該当なし|none|n\/a|null)$/i;
/** A person found nearby (not in the same sentence) still makes the term medium. */
const NEARBY_WINDOW = 120;
const SENTENCE_END = /[。！？!?\n]/g;
/** Words that point back to a person named elsewhere in the same text (ご本人, 同氏, 当該社員, 下記3世帯 …). */
const PERSON_REFERENCE = /ご?本人|同氏|同人|当該(?:社員|職員|従業員|患者|人物|者)|この方|上記の方|(?:下記|以下|上記)の?[\d０-９]*(?:名|世帯|方|者|人)(?:の方)?|患者様?|ご家族/g;
/**
 * The sender writing about themself or their own family (私事, 私は, 私の息子, our son, I was
 * diagnosed; a child or spouse named plainly, without ご or さん, is one's own: 長男の湊は…, 妻が):
 * the From header identifies them.
 */
const SELF_REFERENCE =
  /私事|私(?:は|が|の|も|自身)|小生|(?<![ごお御\p{sc=Han}\p{sc=Katakana}の])(?:長男|長女|次男|次女|三男|三女|息子|娘|妻|夫|家内|愚息)(?!さん|様|さま|くん|君|ちゃん|殿|氏|[\p{sc=Han}\p{sc=Katakana}])|\b(?:[Mm]y|[Oo]ur)\s+(?:son|daughter|child|children|kids?|baby|wife|husband|spouse|partner|mother|father|mum|mom|dad|parents?|brother|sister)\b|\bI\s+(?:was|am|have been|'ve been|got)\s+(?:diagnosed|hospitali[sz]ed|admitted|treated|injured)\b/gu;
/**
 * English words that point back to a person named elsewhere (the employee, the patient, her
 * annual health check, she was flagged, she took leave …).
 */
const PERSON_REFERENCE_EN =
  /\b[Tt]he\s+(?:employee|patient|applicant|candidate|assignee|trainee|worker|member|student|pupil|guest|client|victim|owner|policyholder|insured|tenant|resident|crew\s?member|seafarer|passenger|player|driver)\b|\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:annual|recent|latest|new|current)\s+)?(?:son|daughter|child|children|wife|husband|spouse|partner|mother|father|diagnosis|condition|illness|health|doctor|psychiatrist|therapist|counsell?or|treatment|surgery|medication|medicine|prescription|symptoms?|injury|injuries|results?)\b|\b(?:[Ss]he|[Hh]e)\s+(?:(?:also|still|now|currently|already|recently|previously|reportedly)\s+)?(?:was|is|has|had|has been|will be|\w+ed|took|went|got|became|began|underwent|fell|felt|spent|left|came|gave|told|said|saw|had to)\b/g;
/**
 * A particular person's relative in English: 「Ren Aoyama's wife was diagnosed …」, 「her husband
 * is undergoing chemotherapy」 (the person the mail is about identifies the family).
 */
const NAMED_RELATIVE_EN = /\b(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}'s|[Hh]er|[Hh]is)\s+(?:wife|husband|son|daughter|child|children|mother|father|partner|spouse|brother|sister)\b/g;
/** The writer states it of themself right before the term: 「I am Muslim」, 「I have diabetes」, 「my epilepsy」. */
const SELF_PREDICATE_EN = /\b(?:I am|I'm|I have|I've|I had|I was diagnosed with|I suffer from|I've been diagnosed with|[Mm]y)\s+(?:an?\s+)?$/;
/** A reference this close before the term, with no sentence end between, still ties it (a wrapped line). */
const REFERENCE_REACH = 120;
/**
 * Words for someone other than the people writing and reading in the sentence of a term: a
 * term there is not about the addressee even when the addressee is named beside it.
 */
const OTHER_PERSON = /患者|利用者|入居者|入所者|社員|従業員|職員|生徒|児童|園児|お子|息子|娘|奥様|ご主人|ご家族|家族|同氏|当該|patient|employee|son\b|daughter|wife|husband|child/i;
/** A speaker's label (講師, 登壇者, ゲスト …): the terms of a talk are its topics, not the speaker's history. */
const SPEAKER_SUBJECT = /^named as 「(?:講師|登壇者|ゲスト|演者|司会|発表者|パネリスト|モデレーター|ファシリテーター|コーディネーター)」$/;
/**
 * A person mentioned by name even where the name detector stays low: `髙木課長は`, `鈴木 一郎主任`,
 * `田中さん`, `熊谷 匠（58歳`. Enough to make a sensitive term in the same sentence about someone.
 */
const PERSON_MENTION =
  /(?<![\p{sc=Han}\p{sc=Katakana}])(\p{sc=Han}{1,3}(?:[ \u3000]?\p{sc=Han}{1,3})?)(?:さん|様(?![式子相])|氏(?!名)|君|くん|ちゃん|課長|部長|主任|係長|社長|次長|室長|所長|店長|先生|副?委員長|副?議長|議員|副?会長|理事長|院長|校長|園長)|(?<![\p{sc=Han}\p{sc=Katakana}])(\p{sc=Han}{1,3}[ \u3000]\p{sc=Han}{1,3})[(（]\d{1,3}歳/gu;
/** Words before a title or honorific that are roles or departments, not names (お客様, 営業部長 …). */
const NOT_A_NAME = /(?:客|皆|主|各位|者|員|方|族|先|社|部|課|科|室|係|局|寺|院|会|店|館|所|園|堂|庁|省|署|校|同|営業|人事|総務|経理|開発|技術|企画|広報|法務|情報|事業|代表|取締役|執行役員|理事)$/u;
/** Whole words before さん that stand for anyone in a group, not a named person (生徒さん, お子さん). */
const GENERIC_PERSON = /^(?:生徒|児童|学生|園児|新人|後輩|先輩|担当|子|息子|娘|奥|旦那|主人|大家|業者|職人|住人|隣人|他人|病人|老人|一人|お一人|各人|個人|皆|年長|年中|年少|新入生|卒園生|在校生|保護者|赤|姉|兄|母|父|婆|爺|祖母|祖父|孫)$/u;
/**
 * Insurance and benefit words right after a medical term make it a product or a benefit, not
 * someone's history (がん保険, 入院日額, 手術給付金, 通院特約).
 */
const INSURANCE_AFTER = /^(?:保険|特約|給付|日額|保障|共済|一時金)/;
/** A line of work the term names, alone or listed with others (産業医面談・健康診断・カウンセリングの各業務). */
const LINE_OF_WORK_AFTER = /^(?:[・、][\p{sc=Han}\p{sc=Katakana}ー]{1,10}){0,4}の(?:各)?(?:業務|事業)/u;
/**
 * A check-up itself (a term that names an event) followed by its appointment: 健診日程, 内科健診・歯科健診の日程, 健康診断の予定, 人間ドックの予約,
 * 内科健診：5月14日（水）. When and where someone has a check-up is not its result (健康診断等の結果
 * is what the law makes sensitive); a result or a follow-up written beside it is still found.
 */
const APPOINTMENT_AFTER = /^(?:[・、と][\p{sc=Han}\p{sc=Katakana}ー]{1,8})*[ \u3000]*の?[ \u3000]*(?:担当|実施|受診)?(?:スケジュール|計画|要領|手順|の流れ|日程|日時|予定日?|実施日|受診日|受付|会場|ご案内|のご案内|予約|申込み?|お申込み?|[:：][ \u3000]*(?:\d{1,2}[月/]\d{1,2}|令和|20\d\d))/u;
/**
 * Words right after a term that make it a topic — a law, a programme, a campaign, a seminar, a
 * classification or a ceremony's form (宗教別, 仏式, キリスト教式, 無宗教葬) —
 * rather than something about the person named in the sentence (がん予防セミナーの講師は山田先生,
 * DV防止法, 横領防止の内部統制, 飲酒運転撲滅運動, アレルギー表示, 障害者雇用促進法, 服用方法), or a
 * substance, a product, a document or a statistic (アレルギー物質, 告訴状, 補導員, 検挙率,
 * 虐待通報システム), a facility, equipment or a fare (車椅子席, 車いす対応2台, 車いすリフト, 車いす用クッション,
 * スロープ（車椅子用）, 車椅子の貸出台数, 障害者割引), or a dose in a schedule
 * (A型肝炎①, A型肝炎1・B型肝炎1), an event for an age group (歯科健診（3歳児以上）), or a purpose a rule
 * refuses (政治・宗教活動を目的とするご利用, 宗教の勧誘).
 */
const TOPIC_AFTER =
  /^(?:(?:活動)?(?:を目的と(?:する|した)|目的(?:の|で|での)|の?勧誘)|[①②③④⑤⑥⑦⑧⑨⑩](?![\p{sc=Han}])|[ \t]+(?:package|programme|program|plan|service|services|fee|fees|course|menu|policy|campaign|seminar|webinar|workshop|clinic|centre|center|department|ward|unit|(?:certificate[ \t]+)?(?:form|forms|template|templates)|questionnaire)\b|(?:席|用トイレ|対応トイレ|専用(?:席|駐車場)?|スペース|駐車場|割引|手帳(?:の?提示|確認))(?![\p{sc=Han}])|(?:[0-9０-９]+台)?の?(?:仕様|リフト|スロープ|貸出|貸し出し|レンタル)|用(?=[\p{sc=Katakana}ー]{2,}|[品具)）])|対応(?:[0-9０-９]+台|車両?|の?タクシー|席|トイレ|ルーム|客室)|\d(?:回目)?(?=[・、,]|[ \u3000]+\d{1,3}[ \u3000]?名)|[（(][^）)\n]{0,6}(?:歳児|年生|組|クラス|全員|希望者)[^）)\n]{0,4}[）)]|の?(?:防止|予防|対策|撲滅|注意報|警報|流行(?:期|状況)?|発生状況|発生動向|寸劇|講話|紙芝居)|時の?(?:情報連携|連携|情報共有|対応|手続き?|流れ|持ち物|注意点?|ルール|フォーマット|書式)|(?:関係|関連)(?:の|する)?|[A-Za-z0-9]{0,4}ワクチン|表示|別(?!\p{sc=Han})|式(?![\p{sc=Han}])|葬|\p{sc=Han}{0,6}法(?!\p{sc=Han})|状(?![態況])|員|(?:舞踊|衣装|料理|音楽|楽器|芸能|工芸)|[\p{sc=Han}\p{sc=Katakana}ー]{0,8}(?:条例|規制|研修|セミナー|講座|講習|会議|カンファレンス|ミーティング|説明会|勉強会|検討会|委員会|啓発|運動|制度|窓口|指導|マニュアル|訓練|ガイドライン|方法|手順|物質|成分|品目|食品|製品|商品|率|件数|統計|事例|システム|アプリ|ソフト|ツール|サービス|事業|分野|市場|学会))/u;
/**
 * A field of medicine as someone's speciality or title, not their history: 精神科 医長, 糖尿病
 * 専門医, カテーテル治療を専門としております.
 */
/**
 * Whether it is there is asked: アレルギーの有無, 既往歴の有無 — not answered 有無：あり; or a checklist's
 * support needed by no one (車いす対応：なし). A finding written 「希死念慮：なし」 is still a finding.
 */
const ASKED_WHETHER_AFTER = /^の?有無(?![ \u3000]*[:：][ \u3000]*(?:あり|有り?|○))|^(?:対応|の方|の利用者?|利用者?)[ \u3000]*[:：][ \u3000]*(?:なし|無し|不要|特になし|該当なし|0名|0人)(?![\p{sc=Han}])/u;
/** Prevention or countermeasures right after the term: 被害防止, 被害の予防, 被害対策, 特殊詐欺の被害防止. */
const PREVENTION_AFTER = /^の?(?:被害の?)?(?:防止|未然防止|予防|対策|撲滅|根絶|抑止|啓発)/;
/**
 * A practitioner doing the work the term names (院長の三浦が代わって診察いたします, 担当医が手術を行います):
 * a title before the doer, the term as what they do.
 */
const PRACTITIONER_BEFORE = /(?:院長|副院長|医師|医長|部長|先生|主治医|担当医|執刀医|ドクター)(?:の)?[\p{sc=Han}\p{sc=Katakana}ー]{0,6}(?:が|は|も)[^。\n]{0,10}$/u;
const PRACTICE_VERB_AFTER = /^(?:を)?(?:いた|致)?(?:し|する|します|しております|いたします|を行|を担当|に当たり|にあたり)/;
/** A speciality or a field of work after the term (糖尿病専門医, がんの教授, 糖尿病領域の試験, 精神疾患分野). */
const SPECIALTY_AFTER = /^(?:を|の)?[ \u3000]*(?:専門|医長|部長|科長|医師|教授|准教授|講師|看護師長|認定看護師|(?:治療|疾患)?(?:領域|分野)|医療(?!費|機関)|医学)/;
/**
 * A practitioner's experience or a work schedule, not anyone's history: 「レーザー治療の経験があれば
 * 尚可」, 「手術件数」, 「手術 週2〜3日」, 「外来 月4回」, a place that offers it (体外受精を受けられる場所),
 * a device's or a drug's use for it (テニス肘での使用例).
 */
const PRACTICE_AFTER = /^(?:の?(?:経験|件数|実績|症例数|技術|スキル)|[ \u3000]*(?:週|月|年|毎週|毎月)[ \u3000]*\d|を(?:受けられる|受けられた|行える|行う|実施する|提供する)(?:場所|施設|病院|医療機関|クリニック|医院|体制|環境)|(?:で|へ|に対して)の(?:使用例|適用|使用実績|効果))/;
/**
 * Advice to whoever it concerns: 「症状が見られた場合は、かかりつけ医の受診をお願いいたします」,
 * 「ご家庭でも早めの受診をおすすめします」 — a request to a named person's doctor is not.
 */
const ADVICE_AFTER = /^(?:を|の)?(?:お願い|おすすめ|お勧め|推奨|ご検討|して(?:ください|下さい)|ください|下さい|しましょう)/;
const GENERIC_ADVICE = /場合|皆様|皆さま|各自|ご家庭|どなた|いずれの方|該当する方|[Ii]f you|anyone/;
/**
 * History: a paragraph dated before 1926 (the composers who fought illness, 1802年の遺書) speaks of
 * people long dead, unless someone there is addressed with an honorific (さん, 様, 氏).
 */
const PAST_YEAR = /(?<!\d)(1[0-8]\d\d|19[01]\d|192[0-5])年(?!生|\d)|\bthe 1[0-8]\d0s\b|\bin (?:1[0-8]\d\d|19[01]\d)\b/;
/** A case supposed, not a fact: 「もし入院した場合」, 「がんと診断された場合」. */
const SUPPOSED_AFTER = /^(?:[をがにと]?(?:し|され|なっ|受け|診断され)?た?)場合/;
/**
 * The term describes a kind of people, not a person: 「難聴のある方とのコミュニケーション」,
 * 「糖尿病をお持ちの方への食事指導」, 「認知症の人と家族の会」, 「重症喘息患者を対象とした第III相試験」 —
 * unless someone is named in the sentence.
 */
/** A kind of employment or job search after the term: 障害者雇用, 障害者枠, 障害者求人, 難病者就労. */
const EMPLOYMENT_KIND_AFTER = /^者?(?:雇用|枠|求人|採用|就労|就職)(?!\p{sc=Han}{0,2}(?:さ|し|中|予定))/u;
const CLASS_WITH_HONORIFIC = /(?:患者|利用者|入居者|お子|生徒|児童|学生|年長|年中|年少|皆|みな)(?:さん|様|さま)/g;
const CLASS_OF_PEOPLE_AFTER = /^(?:等|など)?(?:の|が|を)?(?:ある|あった|お持ちの|持つ|抱える|抱えた)?(?:方|人|人々|方々|者)(?:と|へ|への|に|に対する|の|を|向け|も|や|など)(?![\p{sc=Han}])|^(?:等|など)?(?:の|が)(?:ある|あった|お持ちの|持つ|抱える|抱えた)(?:児童生徒|児童|生徒|子ども|子供|お子さん|学生|社員|従業員|職員|高齢者|利用者|患者)(?:さん)?(?:と|へ|への|に|に対する|の|を|向け|も|や|など)(?![\p{sc=Han}])|^(?:期|中)?(?:の)?患者(?:さん|様)?(?:の)?(?:受入|受け入れ|対応|支援|体制|向け|全般|数|受持ち|受け持ち|担当|ケア|看護|送迎|移送|搬送|ご?家族)|^(?:の)?(?:患者|症例|被験者)(?:さん)?(?:を対象と(?:した|する)|を対象に|対象の|向けの)/u;
/**
 * A count right after the term makes it a statistic, not someone's data: 「除去食・配慮食：4名分」,
 * 「面接指導実施 2名」, 「うつ病 3件」, 「有所見 12%」.
 */
const COUNT_AFTER = /^[ \u3000]*(?:[\p{sc=Han}\p{sc=Katakana}ー・（）()]|の(?=\p{sc=Han}))*[ \u3000]*(?:[:：][ \u3000]*[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー・]{0,8})?[ \u3000]*(?:計|合計|延べ|約)?\d+(?:\.\d+)?[ \u3000]*(?:名|人|件|世帯|%|％)/u;
/**
 * A count right before the term, in a line of counted items (「Special meals: 4 vegetarian, 2 halal,
 * 1 no-seafood」): how many, not who.
 */
const COUNT_BEFORE = /(?<![\w.\/:-])\d{1,4}[ \t]*(?:x[ \t]*)?$/;
const COUNTED_ITEMS = /(?<![\w.\/:-])\d{1,4}[ \t]+[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*)?[ \t]*[,;、][ \t]*\d{1,4}[ \t]+[A-Za-z]/;
const NAMED_IN_ENGLISH = /\b(?:Mr|Ms|Mrs|Miss|Dr)\.?[ \t]+[A-Z]/;
/** After an English term: a unit (Centre, Clinic, Ward …) or a session's time (Cardiology 9:00–12:00). */
const UNIT_OR_SESSION_AFTER_EN = /^[ \t]*(?:(?:Centre|Center|Clinic|Ward|Department|Dept|Unit|Division|Desk|Office)\b|\d{1,2}:\d{2}\s*[–~-]|(?:care[ \t]+)?(?:basics|awareness|training|course|module|workshop|seminar|webinar|lecture|prevention|policy|guidelines?)\b)/i;
/** An English unit or publication named after a speciality: Department of (Orthopaedic) Surgery. */
const UNIT_OF_BEFORE = /\b(?:Department|Dept\.?|Division|Faculty|Institute|Society|Association|Journal|College|School|Centre|Center|Clinic|Unit|Ward|Professor|Chair)\s+(?:of|for)\s+(?:[A-Z][a-z]+\s+){0,3}$/;
/**
 * A line that names a theme or a title: テーマ：認知症と障害福祉サービス, 演題：, 議題：, 件名：; also
 * a programme's timed line (13:50 基調講演　「被害者の声を社会へ」…).
 */
const TOPIC_LINE = /^[\s\u3000>]*(?:[・●○■□◆◇\-*]\s*|\d{1,2}[.．)）]\s*)?(?:\d{1,2}[:：]\d{2}(?:[ \u3000]?[〜~\-－–][ \u3000]?(?:\d{1,2}[:：]\d{2})?)?[\s\u3000]*)?(?:[^\n:：]{0,12}?(?=テーマ|議題|演題))?(?:特別|基調|教育|招待|記念|一般)?(?:テーマ|演題|議題|タイトル|題目|講演|研修名|講座名|セミナー名|件名|形式|葬儀形式|Subject|Theme|Title)(?:\s*[:：]|[ \u3000]+)/i;

/**
 * The term opens the name of a post or a unit (札幌市認知症地域支援推進員, 障害者雇用推進室, がん相談
 * 支援センター, もの忘れ外来, a halfway house's 補導主任): a job or a place, not someone's history.
 * Not 者 (がん患者 is a person).
 * Nor a company's name (みどり調剤ホールディングス, さくら調剤薬局), nor the writer's company before
 * their self-introduction (みどり調剤の佐伯です, すずかけ調剤 情シス 高畑です).
 */
const ROLE_OR_UNIT_AFTER = /^\p{sc=Han}{0,8}(?:員|官|師|士|医|主任|主事|課|係|室|局|所長?|センター|協会|学会|研究会|外来|病棟|内科|外科|指導者|実践者|推進員|サポーター|専門士)(?!\p{sc=Han})|^\p{sc=Han}{0,6}(?:クリニック|センター|病院|医院|診療所)|^\p{sc=Han}{0,6}会(?=[\s\u3000、。のがはをにでとへ（(「]|$)|^\p{sc=Han}{0,4}(?:薬局|ホールディングス|グループ|ファーマシー|株式会社|\(株\)|（株）)|^の[ \u3000]?\p{sc=Han}{1,4}(?:です|でございます|と申します)|^[ \u3000]+(?:[^\s。、]{1,10}[ \u3000]+)?\p{sc=Han}{1,4}(?:です|でございます|と申します)/u;
/** After a quotation: the words someone said or wrote (と聞きました, と言っていました, とのことです). */
const REPORTED_SPEECH_AFTER = /^\n?[\s\u3000>]*と(?:聞|言|い[っわ]|話|の(?:こと|話)|伺|教|申|書|連絡|報告|相談)/;
/** A line that is only a title in brackets: 「認知症と暮らす ― 最新の研究と地域のささえ」. */
const TITLE_IN_BRACKETS = /^[\s\u3000]*[「『][^「」『』。\n]{2,60}[」』][\s\u3000]*$/;

/**
 * A questionnaire item, asked of whoever fills the form in: 「がんと診断されたことがありますか
 * はい／いいえ」, 「現在治療中の病気はありますか」. The answer, not the question, would be the data.
 */
const QUESTION_ITEM = /(?:ことが|ことは)(?:あります|ありました)か|(?:ありますか|いますか|ましたか|ですか)[？?]?[\s\u3000]*(?:はい|いいえ|□|☐|\(|（|$)|Have you ever|Do you (?:have|take)|Are you (?:currently )?(?:taking|receiving)/;

/**
 * A sentence about a work of fiction, a drama or its characters: 「統合失調症を発症した姉…を描いた
 * 物語です」, 「The narrator's depression」. What happens in a story is nobody's record.
 */
const FICTION = /物語|小説|あらすじ|粗筋|登場人物|主人公|作中|劇中|ヒロイン|脚本|戯曲|フィクション|架空の|\b(?:[Nn]arrator|[Pp]rotagonist|[Cc]haracters?|[Nn]ovel|[Ff]iction(?:al)?|[Pp]lot|[Ss]toryline|[Ss]creenplay|[Hh]eroine)\b/;
/** A heading over a synopsis or a story block: 【あらすじ】, あらすじ：, 〈ストーリー〉, Synopsis:. */
const FICTION_HEADING = /^[\s\u3000]*[【〈《<\[［■◆●]?[\s\u3000]*(?:あらすじ|粗筋|ストーリー|作品紹介|内容紹介|Synopsis|Plot|Story)[\s\u3000]*[】〉》>\]］]?[\s\u3000]*[:：]?[\s\u3000]*$/im;
/**
 * A statistic about a population, not a person: 「日本人の5人に1人が糖尿病」, 「疑われる人は約1,000万人」,
 * 「有病率」. A person nearby does not make such a sentence about them; one named in it still does.
 */
const STATISTIC = /\d+人に\d+人|(?:もの|ケース|事例)[がは]?[ \u3000]*\d+[ \u3000]*(?:件|名|人)|\b[nN]\s*=\s*\d|(?:率|割合)[ \u3000]*[:：]?[ \u3000]*\d+(?:\.\d+)?[ \u3000]*[%％]|[\d,.]+\s*(?:万|千|百)\s*人|\d{1,3}(?:,\d{3})+\s*人|有病率|罹患率|患者数|者数|件数|人数|人口|国民|日本人|内訳|集計|集団分析|延べ|若干名|\d+\s*名未満|(?:学年|クラス|学級|部署|事業所|年代|年齢|男女|地区|地域|施設)別|保有率|受診率|有所見率|定点(?:当たり|あたり)|報告数|集団発生|\d+[ \u3000]*件の(?:集団)?発生|\p{sc=Han}{1,4}者[がはも][ \u3000]*\d+[ \u3000]*(?:名|人)(?![\p{sc=Han}])|\d+[ \u3000]*名[（(]\p{sc=Han}{0,4}\d+[ \u3000]*名中[)）]/u;
/**
 * An unnamed one of a group as the sentence's subject: 「（うち1名はアレルギーのため卵抜きで）」,
 * 「参加者のうち2名が…」, 「お一人が…」, one of the participants. The term is about that unnamed
 * member, not about a person named a line away; one named in the sentence still ties it.
 */
const UNNAMED_MEMBER = /(?:うち|内|中)[ \u3000]*[0-9０-９一二三四五]+[ \u3000]*(?:名|人|名様)(?:の方)?[はがも]|お[一1]人(?:様|の方)?[はがも]|\bone of (?:them|the (?:participants|attendees|guests|members|staff))\b/i;

/**
 * A union (or a politician's support group, 後援会) named as an organisation, not anyone's membership: the union's proper name
 * (東邦精機労働組合, 東邦精機労組 — the term right after the name's own letters, with no 員 after it),
 * or one of its events (第2回団体交渉, 団体交渉の議事録, 春闘ストライキの日程). Membership stays:
 * 組合員, 労働組合員, 「組合に加入」, 「山田さんがストライキに参加」.
 */
const UNION_NAME_BEFORE = /[\p{sc=Han}\p{sc=Katakana}ーA-Za-z]{2}$/u;
const UNION_EVENT_BEFORE = /(?:第[\d０-９一二三四五六七八九十]+回|定例|臨時|春闘|春季|秋季|年末)[\s\u3000]*$/;
const UNION_EVENT_AFTER = /^(?:の)?(?:議事録|日程|開催|申し?入れ|申入書|要求|回答|記録|議題|資料|結果|会場|準備|方針|経過|報告)/;
function unionAsOrganisation(term: string, text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 8);
  if (/^(?:労働組合|労組)$/.test(term)) return UNION_NAME_BEFORE.test(before) && !/^員/.test(after);
  if (/^(?:団体交渉|ストライキ)$/.test(term)) return UNION_EVENT_BEFORE.test(before) || UNION_EVENT_AFTER.test(after);
  // A politician's support group as the party one deals with (早瀬りゅういち後援会 事務局, 後援会様から
  // ご指示ください), not anyone's membership (後援会員, 後援会に入会, 後援会の会員).
  if (term === '後援会') return ((SUPPORT_GROUP_NAME_BEFORE.test(before) && !/[のがはをにへともで]$/.test(before)) || SUPPORT_GROUP_AS_PARTY_AFTER.test(after)) && !MEMBERSHIP_AFTER.test(after);
  return false;
}
/** The politician's name before 後援会, often in kana (早瀬りゅういち後援会). */
const SUPPORT_GROUP_NAME_BEFORE = /[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ーA-Za-z]{2}$/u;
const SUPPORT_GROUP_AS_PARTY_AFTER = /^[\s\u3000]*(?:様|御中|殿|事務局|事務所)/;
const MEMBERSHIP_AFTER = /^(?:員|会員|の会員|に(?:入会|加入|入っ|入り|参加))/;

/** An election notice: candidates and their parties are public (候補者, 立候補, 選挙公報, 公職選挙法); not a job's 採用候補者. */
const ELECTION = /(?<!採用|面接|転職|内定|選考)候補者|立候補|選挙公報|公職選挙法|選挙管理委員会|\b[Cc]andidates?\b/;

/** A person addressed with an honorific: someone real is spoken of. */
const HONORIFIC = /さん|様|氏|君|ちゃん/;
const WORDING = /表現|表記|文言|言い回し|広告|コピー|訴求|薬機法|景表法|景品表示法/;
const VERDICT_ON_WORDING = /NG|不可|違反|抵触|使用できません|認められません|言い換え/;
/** A rule quoted from its text: 使用細則では「政治・宗教・営利を目的とする利用は…」, 規約第5条に「…」. */
const RULE_BEFORE = /(?:細則|規約|規程|規則|規定|約款|定款|条項|要項|要綱|ガイドライン|第[\d０-９一二三四五六七八九十]+条)(?:[^\n「『]{0,6})?(?:では|には|に|で|の|上)?[\s\u3000]*(?:[:：])?[\s\u3000]*$/;
/** What follows a quoted phrase under review: 「糖尿病が改善」→ NG, 「がんに効く」という表現は不可. */
const REVIEWED_AFTER = /^[\s\u3000]*(?:→|⇒|->|という(?:表現|表記|文言|言葉|記載|コピー|言い回し|訴求)|の(?:表現|表記|文言|訴求)|は(?:NG|不可|使用不可|OK|削除)|と(?:あります|ある|書かれ|記載され))/;
/** The term opens a document's name: 健康診断書, 抗体検査結果の写し, 診断書（本年度のもの）. */
const DOCUMENT_AFTER = /^[^。\n]{0,12}?(?:診断書|証明書|書|票|の写し|のコピー)/;
/** A request for documents, on the term's line or the two above it. */
const DOCUMENTS_REQUESTED = /お願い(?:できますでしょうか|できますか|いたします|します|致します)|ご(?:提出|持参|用意|準備)(?:ください|をお願い|いただ)|(?:提出|持参|用意|準備)(?:して|を)(?:ください|お願い)|お持ちください|お持ちいただ|(?:が|も)必要(?:です|となります|になります)|提出書類|持ち物/;
/** What a work is about: …を描いた作品, …をテーマにした映画, …を題材にした小説. */
const WORK_THEME_AFTER = /^[^。\n]{0,20}?(?:を|が)?(?:描いた|描く|描いている|題材に(?:した|する)|テーマに(?:した|する)|扱った|扱う)[^。\n]{0,6}?(?:作品|小説|映画|ドラマ|物語|ノンフィクション|漫画|絵本|舞台|戯曲|書籍|本)/;
/** A course's label before the quote: ・関連科目：「認知症の理解」（長尾先生）. */
/** A sentence saying an item is not written or sent (記載しない, 含めません, 記入不要): a handling rule. */
const NOT_WRITTEN = /(?:記載|記入|記録|掲載|記述|明記|転記)(?:しない|しません|せず|不要|禁止|いたしません)|(?:含め|載せ|書か)(?:ない|ません|ず)|含まれ(?:ない|ません)|\b(?:do|does|must|should|will) not (?:include|contain|record|write|mention)\b|\bnever (?:include|record|write|mention)s?\b/;
const TITLE_LABEL_BEFORE = /(?:科目|授業|講座|講義|研修|コース|単元|教材)名?[\s\u3000]*[:：][^\n]*$/;
/** What follows a quoted title of a course or a programme: 「障害の理解II」（2年前期）のシラバス, 「認知症の理解」ってどんな授業. */
const TITLED_AFTER = /^[\s\u3000]*(?:[（(][^）)\n]{0,20}[)）])?[\s\u3000]*(?:の|という|って)?[\s\u3000]*(?:授業|科目|講義|講座|研修|セミナー|シラバス|コース|カリキュラム|単元|教材|テキスト|どんな授業|講師|講演|パネル|展示|ポスター|チラシ|パンフレット|リーフレット|冊子|キャンペーン|コーナー|特集|番組|映画|ドラマ|シンポジウム|フォーラム|写真展|企画展)/;

/**
 * The term is inside a phrase quoted for review — ad copy, a claim, a wording, a manuscript's line
 * (「糖尿病が改善」→ 疾病の治療効果を表す表現のためNG, 「…入院したのは」とありますが) — or inside a course's
 * title (「障害の理解II」のシラバス): the words are discussed, nobody's history is told.
 */
function quotedExpression(text: string, start: number, end: number): boolean {
  const lineStart = lineStartAt(text, start);
  const open = Math.max(text.lastIndexOf('「', start), text.lastIndexOf('『', start));
  if (open < lineStart || /[」』]/.test(text.slice(open, start))) return false;
  const close = text.slice(end).search(/[」』]/) + end;
  if (close < end || close > lineEndAt(text, end)) return false;
  // A passage quoted from a record about someone (「対象者 川村 隼人 氏の本籍地は…」という記載) is their data.
  const quoted = text.slice(open, close);
  if (HONORIFIC.test(quoted) || /対象者|本人/.test(quoted)) return false;
  const after = text.slice(close + 1, close + 30);
  return REVIEWED_AFTER.test(after) || TITLED_AFTER.test(after) || TITLE_LABEL_BEFORE.test(text.slice(lineStart, open)) || RULE_BEFORE.test(text.slice(lineStart, open));
}

/**
 * The tail of a bibliographic reference: year;volume(issue):pages (2024;41(2):88-92, 2024;9:e113,
 * 2024;71(5)) or a DOI.
 */
const CITATION_TAIL = /(?<!\d)(?:19|20)\d{2}[ \u3000]?[;；][ \u3000]?\d{1,4}(?:[ \u3000]?\(\d{1,3}\))?(?:[ \u3000]?[:：][ \u3000]?e?\d{1,6}(?:[ \u3000]?[-–][ \u3000]?\d{1,6})?)?|\bdoi[:：][ \u3000]?10\.\d{4,}\//i;
/** The first line of a listed item: 1. / (2) / [3] / a bullet. */
const ITEM_START = /^[ \t\u3000]*(?:\d{1,3}[.)．]|[（(]\d{1,3}[)）]|\[\d{1,3}\]|[・•●◆■*-][ \t\u3000]?)/;

/**
 * Whether the term sits in a bibliographic reference (小田切 聡, 服部 美奈子. …低ナトリウム血症の2例.
 * 日本てんかん学会誌. 2024;41(2):88-92.): a term in a paper's title is the literature's topic. The
 * reference is its item — the term's line with the lines around it up to a blank line or the next
 * item, three at most each way — and it must end in a citation's tail.
 */
function inReference(text: string, start: number, end: number): boolean {
  let from = lineStartAt(text, start);
  for (let k = 0; k < 3 && from > 0 && !ITEM_START.test(text.slice(from, lineEndAt(text, from))); k++) {
    const above = lineStartAt(text, from - 1);
    if (text.slice(above, from - 1).trim() === '') break;
    from = above;
  }
  let to = lineEndAt(text, end);
  for (let k = 0; k < 3 && to < text.length; k++) {
    const below = lineEndAt(text, to + 1);
    const line = text.slice(to + 1, below);
    if (line.trim() === '' || ITEM_START.test(line)) break;
    to = below;
  }
  return CITATION_TAIL.test(text.slice(from, to));
}

/** The heading of a talk's or a course's outline: 構成案：, プログラム, 講義内容, カリキュラム, Agenda:. */
const PROGRAMME_HEADER = /^[\s\u3000>]*[【\[■◆●・]?[\s\u3000]*(?:構成案?|プログラム|講義内容|研修内容|講座内容|講演内容|カリキュラム|アジェンダ|式?次第|目次|Agenda|Programme|Program|Outline|Syllabus|Topics)[】\]]?[\s\u3000]*(?:[:：]|$)/i;
/** An item of a list (1. / (2) / ・) or its wrapped continuation (indented). */
const ITEM_OR_CONTINUATION = /^[\s\u3000>]*(?:\d{1,2}[.．)）]|[(（]\d{1,2}[)）]|[・●○■◆\-*])|^[\s\u3000]{2,}\S/;

/**
 * The term is in an item of a talk's or a course's outline (構成案： ⏎ 1. うつ病とはどんな病気か…):
 * what the talk will cover. The items up to the heading, eight lines at most, no blank line between.
 */
function inProgrammeOutline(text: string, start: number): boolean {
  let from = lineStartAt(text, start);
  for (let k = 0; k < 8 && from > 0; k++) {
    const line = text.slice(from, lineEndAt(text, from));
    if (!ITEM_OR_CONTINUATION.test(line)) return false;
    const above = lineStartAt(text, from - 1);
    const prev = text.slice(above, from - 1);
    if (prev.trim() === '') return false;
    if (PROGRAMME_HEADER.test(prev)) return !HONORIFIC.test(text.slice(from, lineEndAt(text, start)));
    from = above;
  }
  return false;
}

/** Whether the term at text[start, end) is a topic, a speciality, a supposed case or a title, not about anyone. */
function isTopic(text: string, start: number, end: number, entry: TermEntry): boolean {
  const after = text.slice(end, end + 12);
  // The term's sentence, cut once and only when a rule needs it.
  let said: string | undefined;
  const sentence = (): string => (said ??= text.slice(...sentenceBounds(text, start, end)));
  if (COUNT_BEFORE.test(text.slice(Math.max(0, start - 8), start))) {
    const line = text.slice(lineStartAt(text, start), lineEndAt(text, end));
    if (COUNTED_ITEMS.test(line) && !NAMED_IN_ENGLISH.test(line) && !HONORIFIC.test(line)) return true;
  }
  // 健康調査票（アレルギーの有無など）: a form's question, not an answer (unless answered: 有無：あり).
  if (ASKED_WHETHER_AFTER.test(after)) return true;
  // 特殊詐欺の被害防止対策, 被害の予防: preventing victimisation, a programme, not someone's victimisation.
  if (entry.category === 'sensitive.crime_victim' && PREVENTION_AFTER.test(after)) return true;
  if (PRACTICE_VERB_AFTER.test(after) && PRACTITIONER_BEFORE.test(text.slice(Math.max(lineStartAt(text, start), start - 24), start))) return true;
  if (TOPIC_AFTER.test(after) || LINE_OF_WORK_AFTER.test(text.slice(end, end + 48)) || SPECIALTY_AFTER.test(after) || SUPPOSED_AFTER.test(after) || COUNT_AFTER.test(after) || ROLE_OR_UNIT_AFTER.test(after) || PRACTICE_AFTER.test(after)) return true;
  // Whether the sentence names someone with an honorific (患者さん, 利用者さん, お子さん are the
  // class itself, not a named person's honorific).
  const namesSomeone = (): boolean => HONORIFIC.test(sentence().replace(CLASS_WITH_HONORIFIC, ''));
  // 障害者雇用と一般雇用, 障害者枠の求人: a kind of employment, when the sentence names no one; so
  // too a term that names a programme itself (障害者雇用: 法定雇用率, 特例子会社).
  if ((EMPLOYMENT_KIND_AFTER.test(after) || entry.names === 'programme') && !namesSomeone()) return true;
  // 終末期の患者さんの受持ち: a class of patients, when the sentence names no one.
  if (CLASS_OF_PEOPLE_AFTER.test(after) && !namesSomeone()) return true;
  // 死亡診断書, 死体検案書: the document of a death, not a living person's history.
  if (/死亡$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  if (ADVICE_AFTER.test(after) && GENERIC_ADVICE.test(sentence())) return true;
  if (inHistory(text, start)) return true;
  // 明治期に被害者救済を訴えた社会運動家: a past era told right before the term, in its sentence.
  const clause = text.slice(Math.max(sentenceBounds(text, start, end)[0], start - 24), start);
  if (PAST_ERA.test(clause) && !HONORIFIC.test(clause.slice(clause.search(PAST_ERA)))) return true;
  if (quotedExpression(text, start, end)) return true;
  // 「疾病の治療効果を表す表現のためNG」: a sentence judging a wording (ad copy, a claim), not a case.
  if (WORDING.test(sentence()) && VERDICT_ON_WORDING.test(sentence()) && !HONORIFIC.test(sentence())) return true;
  // 「患者名・病名は清掃記録に記載しない」: a rule that the item is not written, not the item.
  if (NOT_WRITTEN.test(sentence()) && !HONORIFIC.test(sentence())) return true;
  const lineStart = lineStartAt(text, start);
  if (TOPIC_LINE.test(text.slice(lineStart, start))) return true;
  // Plastic Surgery 10:00–11:30, Health Check Centre: a clinic's session or unit, not anyone's history.
  if (UNIT_OR_SESSION_AFTER_EN.test(after)) return true;
  // Department of Orthopaedic Surgery, Journal of Psychiatry: the name of a unit or a title.
  if (UNIT_OF_BEFORE.test(text.slice(Math.max(lineStart, start - 60), start))) return true;
  const lineEnd = lineEndAt(text, end);
  const line = text.slice(lineStart, lineEnd);
  if (inFiction(text, start, end)) return true;
  if (inReference(text, start, end)) return true;
  if (inProgrammeOutline(text, start)) return true;
  // ・健康診断書（本年度のもの）と、麻疹・風疹の抗体検査結果の写し under 「以下をお願いできますでしょうか」:
  // documents asked for, not anyone's result (unless the line names whose: 山田さんの健康診断書).
  if (DOCUMENT_AFTER.test(after + text.slice(end + 12, end + 16)) && !HONORIFIC.test(text.slice(lineStartAt(text, start), lineEndAt(text, end)).replace(/ご本人/g, ''))) {
    const above = text.slice(lineStartAt(text, Math.max(0, lineStartAt(text, Math.max(0, lineStartAt(text, start) - 1)) - 1)), lineEndAt(text, end));
    if (DOCUMENTS_REQUESTED.test(above)) return true;
  }
  // 小説『灯のある場所』（被害者遺族の再生を描いた作品）: the theme of a work, not anyone's history.
  if (WORK_THEME_AFTER.test(text.slice(end, end + 32))) return true;
  // Inside the title of a book or a work: 『血糖値は夕食で決まる』.
  const open = text.lastIndexOf('『', start);
  if (open !== -1 && open >= lineStart && text.lastIndexOf('』', start) < open && text.indexOf('』', end) !== -1 && text.indexOf('』', end) < lineEnd) return true;
  // An unticked option of a form (申請区分：□生活保護 □就学援助): a choice, not a fact.
  if (/[□☐◻][ \u3000]?$/.test(text.slice(Math.max(lineStart, start - 2), start))) return true;
  // A line that is only a phrase in brackets is a title — unless the next line reports it as
  // someone's words (「…逮捕されて、いまは執行猶予中の人だ」\nと聞きました).
  return (TITLE_IN_BRACKETS.test(line) && !REPORTED_SPEECH_AFTER.test(text.slice(lineEnd, lineEnd + 12))) || QUESTION_ITEM.test(line);
}

/** Categories a pet's record has too (a dog's kidney disease, its blood test, a lame leg). */
const ANIMAL_CATEGORIES = new Set<string>(['sensitive.medical', 'sensitive.health_checkup', 'sensitive.disability']);

function animalTerm(unit: Unit, category: string, start: number, end: number, petNames: ReadonlySet<string>): boolean {
  return ANIMAL_CATEGORIES.has(category) && aboutAnimal(unit.norm.text, start, end, unit.isRecord, petNames);
}

/**
 * A script or a manuscript: its first line names a play's act or scene, or calls it a script
 * (『灯台守の娘』第3稿 第二幕 第一場, 台本, シナリオ, Act II Scene 1). All of it is the story's.
 */
const SCRIPT_TITLE = /台本|脚本|戯曲|シナリオ|第[一二三四五六七八九十\d]+幕|第[一二三四五六七八九十\d]+場|\b(?:Act|ACT)\s+(?:[IVX]+|\d+)\b|\b(?:Scene|SCENE)\s+\d+\b|\bScreenplay\b/;

/** The sentence of the term speaks of a story, or the term sits in the block under a synopsis heading. */
export function isScript(text: string): boolean {
  // A title line: the first of several, short, not a sentence (「…の脚本は伊丹万作」 is prose about a script).
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1 || firstBreak > 60) return false;
  const title = text.slice(0, firstBreak);
  return SCRIPT_TITLE.test(title) && !/[。．]|(?:です|ます|でした|ました)\s*$/.test(title);
}

/**
 * A line that declares what follows made up: 「登場人物はすべて架空です」, 「創作童話です」,
 * 「この物語はフィクションです」, "all characters are fictional".
 */
const FICTION_DISCLAIMER = /登場人物[^。\n]{0,12}(?:架空|フィクション)|(?:この|本)(?:物語|作品|お話|小説)は[^。\n]{0,6}(?:フィクション|架空)|創作(?:童話|物語|小説|昔話|絵本)|架空の(?:人物|物語|お話)です|[（(]架空[)）]|架空の?(?:事例|症例|設定|人物|患者|ケース)|模擬患者|\b(?:[Aa]ll\s+|[Tt]he\s+)?(?:characters|names|patients?|persons?|people)\s+(?:are|is|in\s+this\s+\w+\s+are)\s+(?:all\s+)?(?:fictional|fictitious|invented|made[ -]up|imaginary)|\bis\s+a\s+work\s+of\s+fiction\b|\((?:fictional|fictitious)\)|(?:台本|脚本|戯曲)(?:の)?(?:初稿|第.稿|決定稿|改訂稿)?(?:です|をお送り|を送付|をお届け)/g;

/** A past era named as the time of what is told (明治期に, 江戸時代の, 戦前から). */
const PAST_ERA = /(?:(?:明治|大正|江戸|戦国|平安|鎌倉|室町|昭和初)(?:期|時代|年間|初期|中期|末期)|幕末|戦前|戦時中)(?:に(?:は)?|の|から)/;

/** The term's paragraph (between blank lines) is dated before 1926 and addresses nobody. */
function inHistory(text: string, start: number): boolean {
  const paragraph = text.slice(...paragraphBounds(text, start));
  return PAST_YEAR.test(paragraph) && !/さん|様|氏|君|ちゃん|殿/.test(paragraph);
}

/** An organisation's or a place's name right before a (fictional) mark. */
const PLACE_BEFORE_MARK =
  /(?:\b(?:Hospital|Clinic|Station|Bank|Company|Inc\.?|Ltd\.?|K\.K\.?|Co\.|School|University|College|Hotel|Police|Court|Office|Port|Center|Centre|Agency|Group|Club|Association|Street|Road|City|Town|Ward|Prefecture|Building|Tower)|病院|医院|クリニック|警察署|銀行|株式会社|有限会社|会社|駅|市|町|村|区|県|大学|学校|ホテル|裁判所|センター|事務所|協会|組合|ビル|港)[ \t\u3000]*$/;

const PLACE_MARKED_FICTIONAL = new RegExp(`(${PLACE_BEFORE_MARK.source.slice(0, -1)})[(（](?:fictional|fictitious|架空)[)）]`, 'g');

let lastDisclaimer: { text: string; at: number } | undefined;

/** Where the text first declares itself made up (Infinity when it does not); one search per text. */
function disclaimerAt(text: string): number {
  if (lastDisclaimer?.text !== text) {
    let at = Infinity;
    for (const m of text.matchAll(FICTION_DISCLAIMER)) {
      // 「Kobe Minato Central Hospital (fictional)」, 「みなと総合病院（架空）」: a made-up place or
      // organisation in a report, not a story; the people in it stay real.
      if (/^[(（]/.test(m[0]) && PLACE_BEFORE_MARK.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      at = m.index + m[0].length;
      break;
    }
    lastDisclaimer = { text, at };
  }
  return lastDisclaimer.at;
}

function inFiction(text: string, start: number, end: number): boolean {
  if (isScript(text)) return true;
  // Declared made up earlier in the text (a story sent after its disclaimer).
  if (disclaimerAt(text) < start) return true;
  // A made-up place marked so (Kobe Police Station (fictional)) does not make its sentence a story.
  const sentence = text.slice(...sentenceBounds(text, start, end)).replace(PLACE_MARKED_FICTIONAL, '$1');
  // 「作家の宇佐美さんはうつ病で入院中のため、小説の締切を…」: a real person is the sentence's subject.
  // お母さんが, 娘さんは: a character's kin, not a real person addressed with an honorific.
  if (FICTION.test(sentence) && !/(?<!お(?:母|父|兄|姉|ばあ|じい)|奥|娘|息子)(?:さん|様|氏|先生|殿)(?:は|が|も|には)/u.test(sentence)) return true;
  // The block the term is in: from the last blank line before it.
  const blank = text.lastIndexOf('\n\n', start);
  const blockStart = blank === -1 ? 0 : blank + 2;
  const firstLineEnd = text.indexOf('\n', blockStart);
  return FICTION_HEADING.test(text.slice(blockStart, firstLineEnd === -1 ? text.length : firstLineEnd));
}

/** ・ or its half-width form ･ (a list's middle dot). A regex literal here would be a new object per token. */
const isListDot = (code: number): boolean => code === 0x30fb || code === 0xff65;

/**
 * Dictionary terms in a unit. `unionParty`: a trade union is a party to the mail (participants.ts),
 * so union terms are its business, not a member's disclosed membership.
 */
export function findTerms(unit: Unit, tokens: Token[], dict: Dictionaries, petNames: ReadonlySet<string> = new Set(), unionParty = false): Hit[] {
  const hits: Hit[] = [];
  const max = dict.maxTokenTermLength;
  if (max > 0) {
    for (let i = 0; i < tokens.length; i++) {
      let surface = '';
      let match: { entry: TermEntry; last: number; trail: number } | null = null;
      // A list's middle dot glued to an unknown word (要介護2・パーキンソン|病): the term starts after it.
      const lead = isListDot(tokens[i]!.surface.charCodeAt(0)) ? 1 : 0;
      for (let j = i; j < tokens.length; j++) {
        const t = tokens[j]!;
        if (j > i && t.start !== tokens[j - 1]!.end) break;
        surface += j === i ? t.surface.slice(lead) : t.surface;
        if (surface.length > max) break;
        const entry = dict.tokenTerms.get(surface);
        if (entry) match = { entry, last: j, trail: 0 };
        // A list's middle dot glued to the end of the term (ムスリム・|礼拝): the term ends before it.
        else if (isListDot(surface.charCodeAt(surface.length - 1))) {
          const trimmed = dict.tokenTerms.get(surface.slice(0, -1));
          if (trimmed) match = { entry: trimmed, last: j, trail: 1 };
        }
        // No term starts with these tokens and goes on: longer runs cannot match either.
        if (!dict.tokenTermPrefixes.has(surface)) break;
      }
      if (!match) continue;
      const start = tokens[i]!.start + lead;
      const end = tokens[match.last]!.end - match.trail;
      const text = unit.norm.text;
      // がん保険, 入院日額: an insurance product; 電子カルテ, 電子処方箋: a system.
      const insurance =
        (match.entry.category === 'sensitive.medical' && (INSURANCE_AFTER.test(text.slice(end, end + 3)) || /電子$/.test(text.slice(Math.max(0, start - 2), start)))) ||
        // A candidate's party in an election notice is public: 候補者名／党派, 選挙公報.
        (match.entry.category === 'sensitive.political' && ELECTION.test(text)) ||
        ((match.entry.category === 'sensitive.union' || match.entry.category === 'sensitive.political') && unionAsOrganisation(match.entry.term, text, start, end)) ||
        // The union writes or is written to as a party (its bargaining, 組合員平均2.6か月).
        (unionParty && match.entry.category === 'sensitive.union') ||
        // 宗教法人 浄光寺: a corporation's legal form (a temple as customer, tenant, landlord), not anyone's
        // faith; nor a sentence about such a corporation (宗教法人の場合、…宗教活動による収入は課税されません).
        (match.entry.category === 'sensitive.creed' && (/^[ \u3000]?法人/.test(text.slice(end, end + 3)) || /宗教法人/.test(text.slice(...sentenceBounds(text, start, end))))) ||
        // 健診日程, 人間ドックの予約: a check-up's appointment, not its result.
        (match.entry.names === 'event' && APPOINTMENT_AFTER.test(text.slice(end, end + 24)));
      if (insurance || (match.entry.requiresPerson && (isTopic(text, start, end, match.entry) || animalTerm(unit, match.entry.category, start, end, petNames)))) {
        i = match.last;
        continue;
      }
      hits.push(termHit(match.entry, start, end));
      i = match.last;
    }
  }
  const text = unit.norm.text;
  for (const matcher of dict.textMatchers) {
    for (const m of textTermMatches(matcher, text)) {
      const word = m.text.toLowerCase();
      // A plural matched by the term (Muslims, concussions, diagnoses of …): the term's entry.
      const entry = matcher.entries.get(word) ?? matcher.entries.get(word.slice(0, -1)) ?? matcher.entries.get(word.slice(0, -2));
      if (entry && !(unionParty && entry.category === 'sensitive.union') && !(entry.requiresPerson && (isTopic(text, m.index, m.index + m.text.length, entry) || animalTerm(unit, entry.category, m.index, m.index + m.text.length, petNames)))) hits.push(termHit(entry, m.index, m.index + m.text.length));
    }
  }
  return hits;
}

function termHit(entry: TermEntry, start: number, end: number): Hit {
  return {
    category: entry.category,
    start,
    end,
    value: entry.term,
    confidence: entry.requiresPerson ? 'low' : entry.confidence,
    reason: 'dictionary term',
    needsPerson: entry.requiresPerson,
  };
}

/** A non-empty cell of a sensitive column (病名, 障害, 宗教 …) is sensitive by itself. */
export function findSensitiveCells(unit: Unit, petNames: ReadonlySet<string> = new Set()): Hit[] {
  const hits: Hit[] = [];
  for (const f of unit.fields) {
    if (!f.column?.startsWith('sensitive.')) continue;
    const raw = unit.norm.text.slice(f.start, f.end);
    const value = raw.trim();
    if (EMPTY_CELL.test(value)) continue;
    const start = f.start + raw.indexOf(value);
    if (animalTerm(unit, f.column, start, start + value.length, petNames)) continue;
    hits.push({ category: f.column as CategoryId, start, end: start + value.length, value, confidence: 'low', reason: `column ${f.header ?? ''}`.trim(), needsPerson: true });
  }
  return hits;
}

/** A case declared anonymised: 匿名化済み, 匿名で, 仮名化した, anonymised. */
const ANONYMISED = /匿名化|匿名で|匿名の事例|仮名化|\banonymi[sz]ed\b/i;

/** Categories that identify a person for the identifiability rule. */
const PERSON_ANCHORS = new Set<string>(['person_name', 'birth_date', 'my_number', 'passport', 'drivers_license', 'residence_card', 'health_insurance', 'pension_number', 'employment_insurance', 'national_id']);
const RECORD_ANCHORS = new Set<string>([...PERSON_ANCHORS, 'phone', 'email_address', 'address', 'credit_card', 'bank_account']);

/** Raises person-dependent terms to medium/high when a person is identified near them. */
export function applyIdentifiability(unit: Unit, hits: Hit[]): void {
  const needing = hits.filter((h) => h.needsPerson);
  if (needing.length === 0) return;
  const anchorSet = unit.isRecord ? RECORD_ANCHORS : PERSON_ANCHORS;
  const dead = deadNames(unit.norm.text, hits);
  const anchors = hits.filter(
    (h) =>
      anchorSet.has(h.category) &&
      h.confidence !== 'low' &&
      !h.zone &&
      !SPEAKER_SUBJECT.test(h.subject?.reason ?? '') &&
      !(h.category === 'person_name' && (isDeceased(unit.norm.text, h) || namedAgainDead(h, dead) || isHistorical(unit.norm.text, h))),
  );
  if (unit.isRecord) {
    if (anchors.length === 0) return;
    for (const h of needing) if (!h.zone) [h.confidence, h.reason] = ['high', `${h.reason} + person in record`];
    return;
  }
  const text = unit.norm.text;
  const ends = sentenceEnds(text);
  // ご本人, 同氏, the patient … point back to a person named elsewhere: only when someone is named.
  const references = anchors.length === 0 ? [] : [...text.matchAll(PERSON_REFERENCE), ...text.matchAll(PERSON_REFERENCE_EN)].map((m) => m.index);
  for (const m of text.matchAll(SELF_REFERENCE)) references.push(m.index);
  for (const m of text.matchAll(NAMED_RELATIVE_EN)) references.push(m.index);
  /** References that are the addressee's own name (「お見積り（岡田様）」 to 岡田 誠). */
  const addresseeMentions = new Set<number>();
  for (const m of text.matchAll(PERSON_MENTION)) {
    const name = m[1] ?? m[2] ?? '';
    if ((NOT_A_NAME.test(name) && !SURNAME_IN_BU.test(name)) || GENERIC_PERSON.test(name) || unit.zones.some((z) => m.index >= z.start && m.index < z.end)) continue;
    // A salutation line (「> 森下様」 over a quoted request) greets the reader; it is not who a term is about.
    if (SALUTATION_LINE.test(lineAt(text, m.index))) continue;
    const nameEnd = m.index + m[0].indexOf(name) + name.length;
    // Someone named for their work there (the presenter of a case, 症例検討1（荏田リハ 大森さん）): not whom it records.
    if (hits.some((x) => x.category === 'person_name' && x.subject?.reason === PRESENTER_REASON && x.start < nameEnd && x.end > m.index)) continue;
    references.push(m.index);
    if (hits.some((x) => x.category === 'person_name' && x.addressee === true && x.start < nameEnd && x.end > m.index)) addresseeMentions.add(m.index);
  }
  const referenceSentences = new Set(references.map((r) => sentenceOf(ends, r)));
  // Staff named by their role anywhere in the text (担当 鳴海), to know them again by name.
  const staff = new Set(anchors.filter((a) => a.category === 'person_name' && STAFF_LABEL_BEFORE.test(text.slice(Math.max(lineStartAt(text, a.start), a.start - 12), a.start))).map((a) => a.personKey ?? a.value));
  for (const h of needing) {
    if (h.zone) continue;
    const sentence = sentenceOf(ends, h.start);
    const said = sentenceText(text, ends, sentence);
    let by = anchors.filter((a) => sentenceOf(ends, a.start) === sentence);
    if (by.length > 0) {
      [h.confidence, h.reason] = ['high', `${h.reason} + person in sentence`];
    } else if (countsOrDeath(sentenceRead(text, ends, sentence)) || ANONYMISED.test(text.slice(...paragraphBounds(text, h.start)))) {
      // A statistic, or a sentence telling of a death (かねて療養中のところ…永眠): not the living person nearby's.
      // Nor an unnamed one of a group (うち1名は…), nor a case its paragraph declares anonymised
      // (事例検討（匿名化済み）・20代女性、…).
      continue;
    } else if ((by = anchors.filter((a) => a.end >= h.start - NEARBY_WINDOW && a.start <= h.end + NEARBY_WINDOW && !isWriterOrStaff(text, a, staff) && !RULE_LINE_BETWEEN.test(text.slice(Math.min(a.end, h.end), Math.max(a.start, h.start))))).length > 0) {
      // (The sender introducing themself a line away, 「…クリニックの岡部です」, is not whom a term is about.)
      [h.confidence, h.reason] = ['medium', `${h.reason} + person nearby`];
    } else if (SELF_PREDICATE_EN.test(text.slice(Math.max(0, h.start - 32), h.start))) {
      [h.confidence, h.reason] = ['medium', `${h.reason} + the writer's own`];
    } else if (referenceSentences.has(sentence) || references.some((r) => r < h.start && h.start - r <= REFERENCE_REACH && !/[。！？!?]|\.\s|\n[\s>]*\n/.test(text.slice(r, h.start)))) {
      [h.confidence, h.reason] = ['medium', `${h.reason} + reference to a named person`];
      // 「ご本人様」 in a mail whose only named person is the addressee (greeted by their display
      // name): their own result, sent to them. So too when every reference that ties the term
      // is the addressee's own name (「インプラント治療のお見積り（岡田様）」 to 岡田 誠).
      // Not the writer's own (私事ですが…): the sender is a participant too, but not the addressee.
      SELF_REFERENCE.lastIndex = 0;
      const tying = references.filter((r) => sentenceOf(ends, r) === sentence || (r < h.start && h.start - r <= REFERENCE_REACH && !/[。！？!?]|\.\s|\n[\s>]*\n/.test(text.slice(r, h.start))));
      const ownName = tying.length > 0 && tying.every((r) => addresseeMentions.has(r));
      if (!SELF_REFERENCE.test(said) && (/ご本人|本人様/.test(said) || ownName) && onlyAddresseeNamed(hits, said, 0, text.length)) h.subject = ABOUT_ADDRESSEE;
    }
    if (by.length > 0 && aboutAddressee(text, ends, sentence, h, hits, by)) h.subject = ABOUT_ADDRESSEE;
  }
  // A record pasted or forwarded in a mail, headed by its one person's label (相談者：ヴー・ティ・トゥイ
  // （24歳…）, then what they told): what it records below, up to a page on, is theirs.
  if (unit.source !== 'attachment') {
    const labelled = anchors.filter((a) => a.category === 'person_name' && a.confidence !== 'low' && namedAsRecordSubject(text, a));
    // No other third person named for certain (high): a forwarded header's correspondents (宛先:
    // 平松 大輔) are not third persons, and a word the name model reads as a name at medium
    // (総合運動公園) does not make the record someone else's.
    const key = labelled.length === 1 ? (labelled[0]!.personKey ?? labelled[0]!.value) : '';
    const others = anchors.filter((a) => a.category === 'person_name' && a.subject?.kind === 'third_person' && a.confidence === 'high' && (a.personKey ?? a.value) !== key);
    if (labelled.length === 1 && others.length === 0) {
      const from = labelled[0]!.start;
      for (const h of needing) {
        if (h.zone || h.confidence !== 'low' || h.start < from || h.start - from > RECORD_REACH) continue;
        if (countsOrDeath(sentenceRead(text, ends, sentenceOf(ends, h.start)))) continue;
        [h.confidence, h.reason] = ['medium', `${h.reason} + the one person the record names`];
      }
    }
  }
  // An attached document about one person, named by a label (お客様氏名：宮本 和子 様, a hearing
  // test, a referral, a CV): what it records further down is theirs, however far from the name.
  if (unit.source === 'attachment') {
    const labelled = anchors.filter(
      (a) => a.category === 'person_name' && a.confidence === 'high' && (/label/.test(a.reason) || NAME_LABEL_BEFORE.test(text.slice(lineStartAt(text, a.start), a.start))),
    );
    const people = new Set(anchors.filter((a) => a.category === 'person_name').map((a) => a.personKey ?? a.value));
    if (labelled.length > 0 && people.size === 1) {
      for (const h of needing) {
        if (h.zone || h.confidence !== 'low' || h.start < labelled[0]!.start) continue;
        const said = sentenceText(text, ends, sentenceOf(ends, h.start));
        if (STATISTIC.test(said) || DEATH.test(said)) continue;
        [h.confidence, h.reason] = ['medium', `${h.reason} + the one person the document names`];
      }
    }
  }
}

/**
 * Whom a term a line or two away is not about: the sender introducing themself (「…クリニックの
 * 岡部です」), or a member of staff named by their role (「担当 鳴海」, 「主治医：山田」) — the one who
 * handles the case, not the one it records. Within the term's own sentence they still count.
 */
function isWriterOrStaff(text: string, a: Hit, staff: ReadonlySet<string>): boolean {
  if (a.category !== 'person_name') return false;
  if (a.subject?.kind === 'participant' && a.addressee !== true && SELF_INTRODUCTION_AFTER.test(text.slice(a.end, a.end + 12))) return true;
  // Named as whom the record is about (対象：村上 隆之 様（営業二課）, 被災者：…): never the one handling it.
  if (namedAsRecordSubject(text, a)) return false;
  // Named by their work around the name (講師：…, （就労支援員）, 前任：…): the one who teaches or
  // handles it, not the one a term a line away records.
  if (a.subject?.byWorkRole === true) return true;
  // Named in a sentence announcing their post (…が理事長に就任いたしました, …が相談員として着任): staff.
  const [from, to] = sentenceBounds(text, a.start, a.end);
  // (With the next line where the clause goes on past the break: 「…が退任し、\n後任として…」.)
  const said = /、\s*$/.test(text.slice(from, to)) ? text.slice(from, lineEndAt(text, to)) : text.slice(from, to);
  if (APPOINTED.test(said)) return true;
  return staff.has(a.personKey ?? a.value);
}

/**
 * A sentence that announces someone's new post: 就任, 着任, 赴任, 配属, 後任. (Not 退職 or 異動: a
 * leaving is often told with its reason, 「…が退職しました。うつ病の治療に…」.)
 */
const APPOINTED = /(?:に|として)(?:就任|着任|赴任|配属)|(?:が|は)(?:着任|就任)|後任(?:として|に|の)/;

/**
 * A role label right before a name: 担当 鳴海, ご担当：佐藤, 担当医 山田, 主治医: 林, a facility's
 * 管理薬剤師：丸山 or 施設長：石川 (with its colon), (an appointment) with Dr. Whitfield.
 */
const STAFF_LABEL_BEFORE = /(?:担当(?:者|医|スタッフ|講師|看護師|コーチ)?|主治医)[ \t\u3000]*[:：]?[ \t\u3000]*$|(?:管理薬剤師|薬剤師|管理者|責任者|院長|施設長|店長|所長|医師)[ \t\u3000]*[:：][ \t\u3000]*$|\b(?:with|by|see|from)[ \t]+(?:Dr|Prof)\.?[ \t]*$/;

/** A drawn rule between two places (a manuscript set off by ―――, a quoted block's ──────): another section. */
const RULE_LINE_BETWEEN = /\n[ \t\u3000>]*[─━―\-=＝_＿~〜・]{5,}[ \t\u3000]*\n/;

/** How far below its labelled person a pasted record's text may run (about a page of a memo). */
const RECORD_REACH = 800;

/** A label naming whom a record is about: 対象：, 対象者, 被災者：, 患者：, ご本人：, 被害児童　5年2組 …. */
const DATA_SUBJECT_LABEL_BEFORE = /(?:対象者?|対象児童?|対象生徒|当該(?:児童|生徒)|被害(?:児童|生徒)|被災者|被害者|被保険者|受傷者|負傷者|当事者|患者|ご?本人|利用者|受診者|相談者)(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)(?:\d{1,2}年(?:\d{1,2}組|生)?[ \t\u3000]*)?$|\b(?:Crew ?member|Seafarer|Patient|Injured(?: person)?|Casualty|Insured|Employee|Worker|Victim)[ \t]*:[ \t]*(?:(?:Mr|Ms|Mrs|Dr|Capt|Oiler|Wiper|Cook|Bosun|Fitter|Cadet|AB|OS)\.?[ \t]+)?$/;

/** The name is given after such a label on its line (対象：村上 隆之, Crew member: Oiler Jomar …). */
function namedAsRecordSubject(text: string, name: Hit): boolean {
  return DATA_SUBJECT_LABEL_BEFORE.test(text.slice(Math.max(lineStartAt(text, name.start), name.start - 24), name.start));
}

/** The writer introducing themself: 「…クリニックの岡部です」, 「岡部と申します」. */
const SELF_INTRODUCTION_AFTER = /^[\s\u3000]*(?:です|でございます|と申します|と申し上げます)/;

/** A name label before the name on its line, with or without a colon (お客様氏名 宮本 和子 様, Patient name:). */
const NAME_LABEL_BEFORE = /(?:氏名|お名前|名前|患者名?|利用者名?|受診者名?|\b[Nn]ame|\bPatient)[^\n]{0,6}$/;

/** A line that is only a greeting of its reader: 「中島様」, 「> 森下様」, 「営業部 山田部長」. */
const SALUTATION_LINE = /^[\s\u3000>]*(?:[^\s\u3000]{1,20}[ \u3000])?\p{sc=Han}{1,4}(?:[ \u3000]?\p{sc=Han}{1,3})?[ \u3000]?(?:様|さん|殿|先生|部長|課長|社長)[ \u3000]*[、,]?[ \u3000]*$/u;

/** 故 山田太郎, 亡き父: the person named is dead. */
const DECEASED_BEFORE = /(?:故|亡き?)[ \u3000]?$/;
/** A life span after the name: 野沢 ふみ（1858–1931）, (1902年〜1985年) — the year of a death. */
const LIFESPAN_AFTER = /^[ \u3000]*(?:さん|様|氏)?[ \u3000]*[（(][ \u3000]*(?:1[5-9]\d\d|20[0-2]\d)[ \u3000]*年?[ \u3000]*[-–—〜~－ー][ \u3000]*(?:1[5-9]\d\d|20[0-2]\d)[ \u3000]*年?[ \u3000]*[)）]/;
/** Words for a death, after the name in its sentence (逝去いたしました, 永眠, 召天). */
const DEATH = /逝去|永眠|死去|他界|急逝|帰天|召天|物故/;
/** Another name's start between the name and the death word: the sentence may be about them. */
/** A relative between the name and the death word: 山田さんの父親が逝去 — the relative died. */
const RELATIVE = /父|母|祖父|祖母|夫|妻|息子|娘|兄|弟|姉|妹|親|家族|子供|お子|配偶者|伯父|叔父|伯母|叔母/;
const NAME_BETWEEN = /[\p{sc=Han}]{1,3}[ \u3000]?[\p{sc=Han}]{1,3}(?:様|さん|氏)/u;

/**
 * A name of someone who has died (an obituary, a funeral notice): the Act protects living people,
 * and a notice's 「かねてより病気療養中のところ…逝去」 is not a living person's medical history. The
 * name is preceded by 故/亡き, followed by a life span (1858–1931), or its own sentence goes on to
 * say the person died.
 */
function isDeceased(text: string, name: Hit): boolean {
  // A death word read as a name (召天 after a {故人名} placeholder) is no living person either.
  if (DECEASED_BEFORE.test(text.slice(Math.max(0, name.start - 3), name.start)) || DEATH.test(name.value)) return true;
  if (LIFESPAN_AFTER.test(text.slice(name.end, name.end + 24))) return true;
  const stop = text.slice(name.end).search(/[。！？!?\n]/);
  const rest = text.slice(name.end, stop === -1 ? text.length : name.end + stop);
  const death = DEATH.exec(rest);
  const between = rest.slice(0, death?.index ?? 0);
  return death !== null && !NAME_BETWEEN.test(between) && !RELATIVE.test(between);
}

/** The names (whole, and surname) of the people the text says have died. */
function deadNames(text: string, hits: readonly Hit[]): ReadonlySet<string> {
  const dead = new Set<string>();
  for (const h of hits) {
    if (h.category !== 'person_name' || !isDeceased(text, h)) continue;
    dead.add(h.value.replace(/[ \u3000]/g, ''));
    dead.add(h.value.split(/[ \u3000]/)[0]!);
  }
  return dead;
}

/**
 * The dead named again later (大槻 正三 先生のご逝去 … 紹介してくださったのが大槻先生でした): by the
 * whole name, or by the surname alone — 中島 剛 is not his late mother 故 中島 ハル.
 */
function namedAgainDead(h: Hit, dead: ReadonlySet<string>): boolean {
  return dead.size > 0 && (dead.has(h.value.replace(/[ \u3000]/g, '')) || (h.personKey?.startsWith('1:') === true && dead.has(h.value)));
}

/**
 * A person of history: their own sentence is dated before 1926 (北里柴三郎が1890年に…, 1796年、
 * イギリスの医師エドワード・ジェンナーは…), or a well-known one by name (夏目漱石, historical-persons.ts).
 * The Act protects the living; a column on the history of vaccines ties its terms to no one.
 */
function isHistorical(text: string, name: Hit): boolean {
  return PAST_YEAR.test(text.slice(...sentenceBounds(text, name.start, name.end))) || isHistoricalFigure(name.value, text);
}

const ABOUT_ADDRESSEE = { kind: 'participant', reason: 'about the addressee named with it' } as const;

/**
 * The people named where the term is tied (its sentence, or around it when a person nearby tied
 * it) are all the addressee — read as the addressee's own address with the given name agreeing,
 * or written as their To/Cc display name: the form returned to them, 「氏名：菅野 智也」 with
 * 「服用中の薬」 — and the sentence names no one else by role (患者, 社員, ご家族 …). The data goes to
 * the person it is about. The sender's name does not count (a namesake colleague reads the same),
 * nor a greeting (it names whom the sender meant to write to, not who receives the mail).
 */
function aboutAddressee(text: string, ends: number[], sentence: number, h: Hit, hits: readonly Hit[], by: readonly Hit[]): boolean {
  const sentenceFrom = sentence === 0 ? 0 : ends[sentence - 1]! + 1;
  const sentenceTo = ends[sentence] ?? text.length;
  const inSentence = by.every((a) => a.start >= sentenceFrom && a.end <= sentenceTo);
  const from = inSentence ? sentenceFrom : h.start - NEARBY_WINDOW;
  const to = inSentence ? sentenceTo : h.end + NEARBY_WINDOW;
  return onlyAddresseeNamed(hits, text.slice(sentenceFrom, sentenceTo), from, to);
}

/**
 * Everyone named in text[from, to] (by a name the detector is sure of, or as an addressee) is
 * an addressee, someone is, and the sentence names no one else by role (患者, 社員, ご家族 …).
 */
function onlyAddresseeNamed(hits: readonly Hit[], sentence: string, from: number, to: number): boolean {
  const names = hits.filter((x) => x.category === 'person_name' && x.end >= from && x.start <= to && (x.addressee === true || (x.confidence !== 'low' && !x.zone)));
  return names.length > 0 && names.every((x) => x.addressee === true) && !OTHER_PERSON.test(sentence);
}

function sentenceText(text: string, ends: number[], sentence: number): string {
  return text.slice(sentence === 0 ? 0 : ends[sentence - 1]! + 1, ends[sentence] ?? text.length);
}

/** A statistic, a death, or an unnamed one of a group (うち1名は…): not the named person's own. */
function countsOrDeath(said: string): boolean {
  return STATISTIC.test(said) || DEATH.test(said) || UNNAMED_MEMBER.test(said);
}

/**
 * The sentence as read: with its next line when the line was wrapped mid-sentence (no 。 before
 * the break, the next line indented and not a new item: 「感染性胃腸炎は高齢者施設で\n   3件の集団
 * 発生」). For what the sentence says (a count, a death), not for whom it names.
 */
function sentenceRead(text: string, ends: number[], sentence: number): string {
  const said = sentenceText(text, ends, sentence);
  const end = ends[sentence];
  if (end === undefined || text[end] !== '\n' || !WRAPPED_LINE.test(text.slice(end + 1, end + 12))) return said;
  return said + sentenceText(text, ends, sentence + 1);
}

/** A wrapped line's continuation: indented, and not blank, a bullet or a numbered item. */
const WRAPPED_LINE = /^[ \u3000]+(?![ \u3000]|$|\n|[・●○■□◆◇※\-*>]|\d{1,2}[.．)）][ \u3000]|[(（]\d{1,2}[)）])/;

function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index);
  return ends;
}

/** Index of the sentence containing `offset`. */
function sentenceOf(ends: number[], offset: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
