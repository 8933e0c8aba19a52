/** What a table column holds, judged from its header text. */

export type ColumnKind =
  | 'person_name'
  | 'name_reading'
  | 'address'
  | 'phone'
  | 'email_address'
  | 'birth_date'
  | 'my_number'
  | 'free_text'
  | 'thing_name'
  | 'sensitive.medical'
  | 'sensitive.disability'
  | 'sensitive.creed'
  | 'sensitive.criminal_record'
  | 'sensitive.health_checkup'
  | 'other';

const rules: ReadonlyArray<[RegExp, ColumnKind]> = [
  [/(?:フリガナ|ふりがな|カナ|よみ|読み)/i, 'name_reading'],
  [/^(?:.{0,6}(?:氏名|お名前|名前|姓名|フルネーム)|姓|名|担当者名?|社員名|従業員名|患者名|会員名|受講者名|申込者名?|(?:受験者|応募者|候補者|対象者|利用者|入居者|参加者|出席者|研修生|実習生|留学生|学生|生徒|児童|園児|選手|組合員|契約者|被保険者|相談者|受診者|入所者)名|(?:customer|client|patient|employee|staff|member|guest|passenger|travell?er|student|pupil|candidate|applicant|first|last|given|family|sur|full|contact|user|resident|tenant|worker|holder|accountholder|recipient|insured)?name|employee|assignee|expatriate|patient|passenger|travell?er|candidate|applicant|guest|student|pupil|resident|tenant|attendee|participant|volunteer|trainee|intern|player)$/i, 'person_name'],
  [/(?:生年月日|誕生日|birth|dob)/i, 'birth_date'],
  // What a product, a work, a shop or an organisation is called (商品名 ハルカ(プレーン), 店舗名): a
  // word there that reads like a given name is the thing's name.
  [/^(?:.{0,4}(?:商品|製品|品|作品|曲|書|銘柄|店舗|店|会社|法人|施設|団体|学校|事業所|取引先|プラン|コース|メニュー|品種|車種)名|品目|商品|製品|メニュー|品種|(?:product|item|brand|company|store|shop)(?:name)?)$/i, 'thing_name'],
  // Where someone moved or moves to (転居先, 退所先 of a shelter's roster): an address, however loosely written.
  [/(?:住所|所在地|address|転居先|転出先|退所先|退院先|引っ?越し?先|移転先)/i, 'address'],
  [/(?:電話|tel|携帯|phone|fax|連絡先)/i, 'phone'],
  [/(?:メール|mail)/i, 'email_address'],
  [/(?:マイナンバー|個人番号|my ?number)/i, 'my_number'],
  [/(?:病名|病歴|既往歴|診断名|傷病名|疾患|服薬|処方薬?|薬剤名?|製剤名?|投薬|治療内容|治療法|diagnosis|medication|prescription)/i, 'sensitive.medical'],
  [/(?:障害|障がい|障碍)/, 'sensitive.disability'],
  [/(?:宗教|信仰|宗派)/, 'sensitive.creed'],
  [/(?:犯罪歴|前科)/, 'sensitive.criminal_record'],
  [/(?:健診|健康診断|検診|ストレス|抗体|麻疹|風疹|水痘|ムンプス|IGRA|T-SPOT|ツベルクリン|接種歴|血液型)/i, 'sensitive.health_checkup'],
  [/(?:備考|メモ|コメント|特記|内容|所見|note|memo|comment)/i, 'free_text'],
];

export function classifyColumn(header: string | undefined): ColumnKind {
  if (!header) return 'other';
  const h = header.normalize('NFKC').replace(/\s+/g, '');
  for (const [re, kind] of rules) if (re.test(h)) return kind;
  return 'other';
}
