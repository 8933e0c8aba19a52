/**
 * Synthetic training prose for the person-name labeller: business mail sentences and short
 * news/encyclopedia-style sentences over synthetic people (@faker-js/faker `ja` names and random
 * katakana names), with honorifics, titles and labels, and person-free sentences in which
 * surname-like words are companies, places, stations or buildings. Written for this model only,
 * from no evaluation set. Deterministic for a given seed.
 */
import { Faker, ja, base } from '@faker-js/faker';

export interface SyntheticDoc {
  text: string;
  /** Person-name spans (UTF-16 offsets). */
  names: Array<{ start: number; end: number }>;
  /** Organisations, places, products (UTF-16 offsets). */
  others: Array<{ start: number; end: number }>;
}

/** Filler slots that are named entities other than people. */
const ENTITY_SLOTS = new Set(['org', 'city', 'ward', 'town', 'pref', 'country', 'product', 'surname', 'orgsuffix', 'kataorg', 'kataplace']);

interface Person {
  full: string;
  last: string;
  given: string;
}

const CITIES = ['横浜', '大阪', '名古屋', '札幌', '神戸', '京都', '福岡', '川崎', 'さいたま', '広島', '仙台', '千葉', '北九州', '堺', '新潟', '浜松', '熊本', '相模原', '岡山', '静岡', '船橋', '鹿児島', '八王子', '川口', '姫路', '宇都宮', '松山', '東大阪', '西宮', '倉敷', '金沢', '長野', '高松', '富山', '旭川', '岐阜', '那覇', '盛岡', '青森', '秋田', '山形', '水戸', '前橋', '甲府', '大津', '奈良', '和歌山', '鳥取', '松江', '徳島', '高知', '佐賀', '長崎', '大分', '宮崎'];
const WARDS = ['中央', '港', '新宿', '渋谷', '世田谷', '品川', '目黒', '大田', '練馬', '杉並', '豊島', '中野', '江東', '足立', '葛飾', '北', '南', '西', '東', '緑', '青葉', '都筑'];
const TOWNS = ['森', '大井', '寒川', '葉山', '二宮', '箱根', '真鶴', '湯河原', '愛川', '清川', '軽井沢', '白馬', '小布施'];
const PREFS = ['北海道', '青森県', '岩手県', '宮城県', '秋田県', '東京都', '神奈川県', '埼玉県', '千葉県', '愛知県', '大阪府', '京都府', '兵庫県', '広島県', '福岡県', '沖縄県', '長野県', '静岡県'];
const DEPTS = ['営業部', '人事部', '総務部', '経理部', '開発部', '法務部', '情報システム部', '営業一課', '人事課', '総務課', '品質保証部', '購買部', '広報室', '経営企画室', 'カスタマーサポート'];
const BIZ_TITLES = ['部長', '課長', '係長', '主任', '社長', '専務', '常務', '室長', '所長', '支店長', '店長', '次長', '取締役', '会長', '副社長', '工場長', 'マネージャー', 'リーダー'];
const PUBLIC_TITLES = ['市長', '区長', '町長', '村長', '知事', '議員', '議長', '大臣', '長官', '首相'];
const PRO_TITLES = ['先生', '教授', '准教授', '医師', '弁護士', '税理士', '監督', '選手', 'コーチ', '院長', '看護師', '講師', '博士', '記者'];
const HONORIFICS = ['さん', 'さん', 'さん', '様', '様', '氏', 'くん', '君', 'ちゃん', '殿', 'さま'];
const THINGS = ['見積書', '請求書', '契約書', '議事録', '資料', '報告書', '申請書', '発注書', '企画書', '稟議書', '日程', '勤務表', '納品書', '提案書', '仕様書'];
const DISEASES = ['糖尿病', 'うつ病', '骨折', '肺炎', '高血圧', '適応障害', 'インフルエンザ', '腰痛', '胃潰瘍', '喘息', '椎間板ヘルニア', '不眠症'];
const COUNTRIES = ['ベトナム', 'フィリピン', 'ブラジル', 'インドネシア', 'ネパール', 'アメリカ', 'フランス', 'ドイツ', 'ペルー', 'タイ', 'ミャンマー', 'イタリア', 'スペイン', 'カナダ'];
const OCCUPATIONS = ['政治家', '俳優', '女優', '歌手', '作家', '小説家', '漫画家', '画家', '実業家', 'プロ野球選手', 'サッカー選手', '声優', '脚本家', '映画監督', '作曲家', '写真家', '建築家', '経済学者', '物理学者', '医師', '弁護士', '棋士', '落語家', 'タレント', 'アナウンサー'];
const TOPICS = ['予算案', '新庁舎の建設', '防災計画', '子育て支援', '観光振興', '待機児童対策', '財政再建', '駅前の再開発', '地域医療', '公共交通'];
const VENUES = ['本社', '第一会議室', '大会議室', '研修センター', '市民会館', '本店', 'オンライン', '東京支社', '大阪支店'];
const COMMON_KATAKANA = ['ユーザー', 'メンバー', 'スタッフ', 'オーナー', 'ゲスト', 'クライアント', 'パートナー', 'ドライバー', 'ママ', 'パパ', 'ファン', 'サポーター', 'ベンダー', 'オペレーター', 'ホスト', 'トレーナー', 'インストラクター', 'カスタマー'];
const SHOPS = ['八百屋', 'パン屋', '本屋', '魚屋', '花屋', '床屋', 'お医者', '大家', '運転手', '警察官', '看護師', '駅員', '店員', 'お客', '担当者', '皆', '先方', 'ご家族', 'お子', '奥', '旦那', 'お嬢'];
const ORG_SUFFIX = ['工業', '商事', '建設', '製作所', '産業', '物産', '電機', '興業', '商店', '病院', 'クリニック', '歯科', '銀行', '証券', 'ビル', '駅', '橋', '記念館', '神社', '通り', '法律事務所', '税理士事務所', '動物病院', '小学校', '幼稚園', '保育園', '家具'];
const KANA_ROWS = ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ', 'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', 'ミ', 'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ガ', 'ギ', 'グ', 'ゲ', 'ゴ', 'ザ', 'ジ', 'ズ', 'ゼ', 'ゾ', 'ダ', 'デ', 'ド', 'バ', 'ビ', 'ブ', 'ベ', 'ボ', 'パ', 'ピ', 'プ', 'ペ', 'ポ', 'ジャ', 'ジョ', 'シャ', 'ショ', 'チャ', 'ティ', 'ディ', 'ファ', 'フィ', 'ヴィ', 'ウィ', 'キャ', 'ニャ', 'リュ'];

/** Common foreign given names and family names in katakana (kuromoji knows many of them as ordinary proper nouns). */
const FOREIGN_GIVEN = ['マリア', 'ソフィア', 'ジョン', 'アンナ', 'エマ', 'ルーカス', 'ミゲル', 'カルロス', 'ホセ', 'ジェームズ', 'デビッド', 'マイケル', 'ロバート', 'ウィリアム', 'サラ', 'ローラ', 'エレナ', 'ナタリア', 'オリビア', 'イザベラ', 'ダニエル', 'トーマス', 'ピーター', 'ポール', 'マーク', 'アレックス', 'ニコラス', 'ディエゴ', 'ペドロ', 'ルイス', 'アントニオ', 'フランシスコ', 'ジュリア', 'ルシア', 'カミラ', 'イワン', 'オルガ', 'ハンナ', 'ミア', 'レオ', 'ノア', 'ジャック', 'エミリー', 'クリス', 'ケビン', 'ブライアン', 'ジェシカ', 'アミール', 'ファティマ', 'ラウラ', 'ビクトリア', 'グエン', 'タン', 'アグス', 'デウィ', 'ラジ', 'プリヤ', 'ホアン', 'リン', 'ミン'];
const FOREIGN_FAMILY = ['スミス', 'ジョンソン', 'ブラウン', 'ガルシア', 'ロドリゲス', 'マルティネス', 'ゴンザレス', 'シルバ', 'サントス', 'オリベイラ', 'ミュラー', 'シュミット', 'ロッシ', 'デュボワ', 'マルタン', 'ペトロフ', 'イワノフ', 'サンチェス', 'ロペス', 'ペレス', 'ゴメス', 'フェルナンデス', 'ウィルソン', 'テイラー', 'アンダーソン', 'トンプソン', 'ホワイト', 'ハリス', 'クラーク', 'ウォーカー', 'ヤング', 'アレン', 'キング', 'スコット', 'ベーカー', 'ネルソン', 'カーター', 'ミラー', 'デイビス', 'ムーア', 'ジャクソン', 'マーティン', 'リー', 'チャン', 'ウォン', 'パク', 'キム', 'チェン', 'ヤマモト', 'ハシモト', 'レイエス', 'クルーズ', 'ラモス', 'メンドーサ', 'ソト'];

/** A template: text with {1f} {2l} {3g} (person 1..3: full / last / given) and filler slots. */
interface Template {
  text: string;
  people: number;
}

const PERSON_TEMPLATES: Template[] = [
  { text: '{1l}{hon}から{thing}について連絡がありました。', people: 1 },
  { text: '{dept}の{1l}{biz}に{thing}の件を確認してください。', people: 1 },
  { text: '{1l}{pub}は{date}の記者会見で{topic}について説明した。', people: 1 },
  { text: '{city}市の{1l}市長は{topic}を発表した。', people: 1 },
  { text: '{ward}区の{1l}区長が式典に出席します。', people: 1 },
  { text: '{1l}町長と{2l}村長が{topic}について意見を交わした。', people: 2 },
  { text: '担当の{1f}が{date}に伺います。', people: 1 },
  { text: '{1f}（{age}歳）は{date}から休職しています。', people: 1 },
  { text: '{1k}氏が来日し、{org}の{2l}{biz}と協議した。', people: 2 },
  { text: '{1g}ちゃんが昨夜から熱を出しています。', people: 1 },
  { text: '{1f}{hon}の{thing}を添付いたします。', people: 1 },
  { text: '{1l}は{disease}の治療のため{date}まで休みます。', people: 1 },
  { text: '{1l}{pro}の講演は{date}に{venue}で行われます。', people: 1 },
  { text: '{1f}、{2f}、{3f}の3名が参加します。', people: 3 },
  { text: '先日お会いした{1f}{hon}の件でご連絡しました。', people: 1 },
  { text: '{1l}と{2l}が{thing}を作成しました。', people: 2 },
  { text: '{1f}は{year}年に{org}に入社した。', people: 1 },
  { text: '{1g}{hon}、お疲れさまです。', people: 1 },
  { text: '昨日{1l}{hon}と{2g}{hon}が来社されました。', people: 2 },
  { text: '{1l}{biz}からの指示により、{thing}を修正しました。', people: 1 },
  { text: '{1f}選手が{n}点目を挙げた。', people: 1 },
  { text: '{1f}は、日本の{occupation}。', people: 1 },
  { text: '{1f}（{year}年{month}月{day}日 - ）は、日本の{occupation}である。', people: 1 },
  { text: '{1k}さんは{country}出身で、{date}に在留期間が満了します。', people: 1 },
  { text: '{1k}様より{thing}を受領しました。', people: 1 },
  { text: '{country}の{1k}{pub}が{city}を訪問した。', people: 1 },
  { text: '{1f}氏の{disease}について、主治医の{2l}医師から説明を受けました。', people: 2 },
  { text: '{1f}が監督を務めた作品は高く評価された。', people: 1 },
  { text: '{1l}{hon}のお嬢さんが{year}年に入学されます。', people: 1 },
  { text: '{1l}{hon}によると、{thing}は{date}までに届く予定です。', people: 1 },
  { text: '応募者の{1f}について面接の日程を調整しています。', people: 1 },
  { text: '{1l}さんと{1g}さんは別人です。', people: 1 },
  { text: 'この件は{1l}が対応いたします。', people: 1 },
  { text: '{1l}に代わりまして、{2l}がご連絡いたします。', people: 2 },
  { text: '{1g}は{year}年に{2f}と結婚した。', people: 2 },
  { text: '{1k}・{2k}夫妻が来場した。', people: 2 },
  { text: '{1f}さんが{disease}と診断されたため、業務の引き継ぎをお願いします。', people: 1 },
  { text: '{pref}の{1l}知事は{topic}に取り組む考えを示した。', people: 1 },
  { text: '{1l}{pub}の任期は{year}年までです。', people: 1 },
  { text: '宛先：{1f}{hon}', people: 1 },
  { text: '{1l}から{2l}へ引き継ぎます。', people: 2 },
  { text: '{1k}は{country}の{occupation}。', people: 1 },
  // Lines of business mail: attendee lists, signatures, sign-offs.
  { text: '出席者 {1l}、{2l}、{3l}', people: 3 },
  { text: '出席者 {1l}', people: 1 },
  { text: '{dept} {1l}', people: 1 },
  { text: '{dept} {1f}', people: 1 },
  { text: '担当 {1l}', people: 1 },
  { text: '作成者：{1f}', people: 1 },
  { text: 'CC: {1l}、{2l}', people: 2 },
  { text: '以上、よろしくお願いいたします。\n{1l}', people: 1 },
];

/** Sentences after the first one of a document: the same people, now often without honorific. */
const FOLLOW_TEMPLATES: Template[] = [
  { text: '{1l}は{date}に復帰する予定です。', people: 1 },
  { text: '{1l}の{thing}は確認済みです。', people: 1 },
  { text: 'なお、{1g}は{disease}の既往があります。', people: 1 },
  { text: '{1l}によれば、{topic}は来年度に持ち越しとなる。', people: 1 },
  { text: '{1k}は{date}に帰国しました。', people: 1 },
  { text: 'その後、{1l}は{org}に移籍した。', people: 1 },
  { text: '{1l}と{2l}が同席します。', people: 2 },
];

const NEGATIVE_TEMPLATES: string[] = [
  '{org}の{thing}を送付します。',
  '{surname}{orgsuffix}の{thing}を確認しました。',
  '{city}市役所で手続きを行います。',
  '{city}市長選挙は{date}に行われる。',
  '{city}市長は{date}に会見を開いた。',
  '{ward}区長の定例会見は{date}です。',
  '{pref}知事選の投票率は{n}％でした。',
  '{surname}駅から徒歩{n}分です。',
  '{surname}ビルの{n}階でお待ちしております。',
  '{dept}の会議は{date}に{venue}で行います。',
  '部長会議の資料を共有します。',
  '課長以上の方はご出席ください。',
  'ご担当者様にお渡しください。',
  'お客様各位',
  '{katacommon}様へのご案内を送付しました。',
  '{katacommon}さんからの問い合わせが増えています。',
  '{shop}さんに相談してください。',
  '{thing}をご確認のほど、よろしくお願いいたします。',
  '{product}の納期は{date}です。',
  '{year}年度の売上は前年比{n}％増となりました。',
  '{city}の{venue}で説明会を開催します。',
  '社長室へご案内いたします。',
  '市長の記者会見は{date}に延期された。',
  '{disease}の患者数は全国で増加している。',
  '{country}の首相が{city}を訪問した。',
  '{surname}{orgsuffix}と{surname}{orgsuffix}が合併した。',
  '{pref}{city}市の人口は減少傾向にある。',
  'いつもお世話になっております。',
  '皆さん、お疲れさまです。',
  '{topic}に関する説明会は{date}に開かれる。',
  '{product}を{n}台発注しました。',
  '先生方へのご連絡をお願いします。',
  '{dept}長より承認をいただきました。',
  '{surname}家の墓所は{city}にある。',
  // Katakana companies, brands, places and products in the places where names stand.
  '{kataorg}は{date}に新製品を発表した。',
  '{kataorg}が{year}年に{kataorg}を買収した。',
  '{kataorg}から{thing}が届きました。',
  '{kataorg}の{product}は{n}月に発売される。',
  '{kataplace}から{kataplace}までの区間が開通した。',
  '{kataplace}は{country}の都市である。',
  '{kataorg}とは{year}年から取引があります。',
  '{katacommon}の皆様へのお知らせです。',
];

function katakanaName(f: Faker): string {
  const n = f.number.int({ min: 2, max: 4 });
  let s = '';
  for (let i = 0; i < n; i++) {
    s += f.helpers.arrayElement(KANA_ROWS);
    const r = f.number.float();
    if (r < 0.15) s += 'ー';
    else if (r < 0.27) s += 'ン';
    else if (r < 0.33) s += 'ッ';
  }
  return s.replace(/^[ッン]/, 'ア');
}

function foreignPerson(f: Faker): Person {
  const known = f.number.float() < 0.5;
  const given = known ? f.helpers.arrayElement(FOREIGN_GIVEN) : katakanaName(f);
  const last = known ? f.helpers.arrayElement(FOREIGN_FAMILY) : katakanaName(f);
  return { full: `${given}${f.helpers.arrayElement(['・', '・', ' '])}${last}`, last, given };
}

function makePerson(f: Faker): Person {
  if (f.number.float() < 0.2) {
    const known = f.number.float() < 0.5;
    const given = known ? f.helpers.arrayElement(FOREIGN_GIVEN) : katakanaName(f);
    const last = known ? f.helpers.arrayElement(FOREIGN_FAMILY) : katakanaName(f);
    const sep = f.helpers.arrayElement(['・', '・', ' ', '=']);
    return { full: `${given}${sep}${last}`, last, given };
  }
  const last = f.person.lastName();
  const given = f.person.firstName();
  const sep = f.helpers.weightedArrayElement([{ value: '', weight: 5 }, { value: ' ', weight: 3 }, { value: '\u3000', weight: 2 }]);
  return { full: `${last}${sep}${given}`, last, given };
}

function filler(f: Faker, key: string): string | undefined {
  switch (key) {
    case 'hon': return f.helpers.arrayElement(HONORIFICS);
    case 'biz': return f.helpers.arrayElement(BIZ_TITLES);
    case 'pub': return f.helpers.arrayElement(PUBLIC_TITLES);
    case 'pro': return f.helpers.arrayElement(PRO_TITLES);
    case 'thing': return f.helpers.arrayElement(THINGS);
    case 'dept': return f.helpers.arrayElement(DEPTS);
    case 'disease': return f.helpers.arrayElement(DISEASES);
    case 'country': return f.helpers.arrayElement(COUNTRIES);
    case 'occupation': return f.helpers.arrayElement(OCCUPATIONS);
    case 'topic': return f.helpers.arrayElement(TOPICS);
    case 'venue': return f.helpers.arrayElement(VENUES);
    case 'city': return f.helpers.arrayElement(CITIES);
    case 'ward': return f.helpers.arrayElement(WARDS);
    case 'town': return f.helpers.arrayElement(TOWNS);
    case 'pref': return f.helpers.arrayElement(PREFS);
    case 'katacommon': return f.helpers.arrayElement(COMMON_KATAKANA);
    case 'shop': return f.helpers.arrayElement(SHOPS);
    case 'orgsuffix': return f.helpers.arrayElement(ORG_SUFFIX);
    case 'surname': return f.person.lastName();
    case 'kataorg': return `${katakanaName(f)}${f.helpers.arrayElement(['', '', 'ジャパン', 'ホールディングス', 'テクノロジーズ', 'システムズ', 'ソリューションズ', 'エンタープライズ', '社', '・グループ', 'ラボ'])}`;
    case 'kataplace': return `${katakanaName(f)}${f.helpers.arrayElement(['', '', 'ブルク', 'ヴィル', 'ポート', 'フィールド', 'ストン', '州', '市', '島'])}`;
    case 'org': return f.company.name();
    case 'product': return `${f.string.alpha({ length: 2, casing: 'upper' })}-${f.number.int({ min: 100, max: 9999 })}`;
    case 'age': return String(f.number.int({ min: 18, max: 80 }));
    case 'n': return String(f.number.int({ min: 1, max: 99 }));
    case 'year': return String(f.number.int({ min: 1950, max: 2026 }));
    case 'month': return String(f.number.int({ min: 1, max: 12 }));
    case 'day': return String(f.number.int({ min: 1, max: 28 }));
    case 'date': return f.helpers.arrayElement([`${f.number.int({ min: 1, max: 12 })}月${f.number.int({ min: 1, max: 28 })}日`, '来週', '明日', '月末', `${f.number.int({ min: 1, max: 12 })}/${f.number.int({ min: 1, max: 28 })}`, '本日']);
    default: return undefined;
  }
}

const SLOT = /\{([0-9a-z]+)\}/g;

function render(f: Faker, template: string, cast: Person[], out: SyntheticDoc): void {
  let last = 0;
  for (const m of template.matchAll(SLOT)) {
    out.text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const key = m[1]!;
    const person = /^([1-3])(f|l|g|k|kana)$/.exec(key);
    if (person) {
      const p = cast[Number(person[1]) - 1]!;
      const form = person[2]!;
      if (form === 'kana') {
        out.text += katakanaName(f);
        continue;
      }
      const value = form === 'f' ? p.full : form === 'l' ? p.last : form === 'g' ? p.given : f.number.float() < 0.5 ? p.full : p.given;
      out.names.push({ start: out.text.length, end: out.text.length + value.length });
      out.text += value;
      continue;
    }
    const value = filler(f, key) ?? m[0];
    if (ENTITY_SLOTS.has(key)) {
      const prev = out.others[out.others.length - 1];
      // {surname}{orgsuffix}: one entity.
      if (prev && prev.end === out.text.length) prev.end += value.length;
      else out.others.push({ start: out.text.length, end: out.text.length + value.length });
    }
    out.text += value;
  }
  out.text += template.slice(last);
}

/** `count` documents of 1–3 sentences; about a quarter are person-free. */
export function syntheticDocs(seed: number, count: number): SyntheticDoc[] {
  const f = new Faker({ locale: [ja, base] });
  f.seed(seed);
  const docs: SyntheticDoc[] = [];
  for (let d = 0; d < count; d++) {
    const doc: SyntheticDoc = { text: '', names: [], others: [] };
    const cast = [makePerson(f), makePerson(f), makePerson(f)];
    const katakanaCast = cast.map((p) => (/^[\p{sc=Katakana}ー]+$/u.test(p.last) ? p : foreignPerson(f)));
    const sentences = f.number.int({ min: 1, max: 3 });
    const sep = f.helpers.arrayElement(['', '\n', '\n\n']);
    for (let s = 0; s < sentences; s++) {
      if (s > 0) doc.text += sep;
      if (f.number.float() < 0.3) {
        render(f, f.helpers.arrayElement(NEGATIVE_TEMPLATES), cast, doc);
        continue;
      }
      const pool = s > 0 && doc.names.length > 0 && f.number.float() < 0.5 ? FOLLOW_TEMPLATES : PERSON_TEMPLATES;
      const template = f.helpers.arrayElement(pool);
      // {Nk} slots need katakana people.
      render(f, template.text, /\{[1-3]k\}/.test(template.text) ? katakanaCast : cast, doc);
    }
    docs.push(doc);
  }
  return docs;
}
