/**
 * Well-known people of history, long dead: writers, scientists, statesmen and artists that
 * business mail mentions in a column, a lecture or a training (夏目漱石がロンドン留学中に「神経衰弱」に…,
 * ヘンリエッタ・ラックスと HeLa 細胞). The Act protects living people; what is told of them is
 * public history, not anyone's 病歴. A name here ties no sensitive term to a person.
 *
 * Entries are full names as usually written (no spaces), and the short names they go by
 * (漱石, 鷗外, 一葉): a surname alone (芥川) counts only when the text also gives the full name.
 */

/** Full names, spaces removed. */
const FULL_NAMES = [
  // Writers and poets
  '夏目漱石', '森鴎外', '森鷗外', '芥川龍之介', '太宰治', '宮沢賢治', '宮澤賢治', '樋口一葉', '石川啄木', '正岡子規',
  '与謝野晶子', '与謝野鉄幹', '川端康成', '三島由紀夫', '谷崎潤一郎', '島崎藤村', '松尾芭蕉', '紫式部', '清少納言',
  '小林一茶', '与謝蕪村', '中原中也', '梶井基次郎', '坂口安吾', '永井荷風', '北原白秋', '萩原朔太郎', '江戸川乱歩',
  '小泉八雲', '志賀直哉', '有島武郎', '武者小路実篤', '国木田独歩', '二葉亭四迷', '尾崎紅葉', '幸田露伴', '泉鏡花',
  '高村光太郎', '金子みすゞ', '新美南吉', '小林多喜二', '林芙美子', '堀辰雄', '織田作之助', '井伏鱒二', '遠藤周作',
  '司馬遼太郎', '松本清張', '向田邦子', '寺山修司', '種田山頭火', '若山牧水', '斎藤茂吉', '高浜虚子',
  // Scientists, physicians, educators
  '野口英世', '北里柴三郎', '志賀潔', '華岡青洲', '杉田玄白', '緒方洪庵', '高峰譲吉', '鈴木梅太郎', '湯川秀樹',
  '朝永振一郎', '牧野富太郎', '南方熊楠', '伊能忠敬', '平賀源内', '本居宣長', '福沢諭吉', '福澤諭吉', '新渡戸稲造',
  '津田梅子', '荻野吟子', '二宮尊徳', '二宮金次郎', '中江兆民', '内村鑑三', '吉田松陰',
  // Statesmen and historical figures
  '坂本龍馬', '坂本竜馬', '西郷隆盛', '勝海舟', '高杉晋作', '木戸孝允', '大久保利通', '伊藤博文', '板垣退助',
  '大隈重信', '渋沢栄一', '岩崎弥太郎', '徳川家康', '豊臣秀吉', '織田信長', '源頼朝', '源義経', '聖徳太子', '卑弥呼',
  '明智光秀', '石田三成', '武田信玄', '上杉謙信', '伊達政宗', '真田幸村', '宮本武蔵', '東郷平八郎', '乃木希典',
  '山本五十六', '徳川慶喜', '近藤勇', '土方歳三', '沖田総司', '天草四郎', '平清盛', '足利尊氏', '北条政子',
  // Artists
  '葛飾北斎', '歌川広重', '喜多川歌麿', '東洲斎写楽', '雪舟', '千利休', '手塚治虫', '黒澤明', '美空ひばり',
  '石原裕次郎', '竹久夢二', '岡本太郎', '棟方志功', '滝廉太郎',
  // Outside Japan (as written in Japanese)
  'フィンセント・ファン・ゴッホ', 'ヴィンセント・ヴァン・ゴッホ', 'ゴッホ', 'ベートーヴェン', 'ベートーベン', 'モーツァルト',
  'ショパン', 'フローレンス・ナイチンゲール', 'ナイチンゲール', 'ヘレン・ケラー', 'トーマス・エジソン', 'エジソン',
  'アルベルト・アインシュタイン', 'アインシュタイン', 'エイブラハム・リンカーン', 'リンカーン', 'ナポレオン',
  'シェイクスピア', 'アイザック・ニュートン', 'ニュートン', 'チャールズ・ダーウィン', 'ダーウィン', 'マリー・キュリー',
  'キュリー夫人', 'ルイ・パスツール', 'パスツール', 'エドワード・ジェンナー', 'ジェンナー', 'ヘンリエッタ・ラックス',
  'ジークムント・フロイト', 'フロイト', 'ドストエフスキー', 'トルストイ', 'ゲーテ', 'エドヴァルド・ムンク', 'ムンク',
  'フリーダ・カーロ', 'マハトマ・ガンディー', 'ガンディー', 'ガンジー', 'キング牧師', 'マーティン・ルーサー・キング',
  'ウィンストン・チャーチル', 'チャーチル', 'フランクリン・ルーズベルト', 'ルーズベルト', 'アンネ・フランク',
  'ジョン・レノン', 'エルヴィス・プレスリー', 'フリードリヒ・ニーチェ', 'ニーチェ', 'ヴァージニア・ウルフ',
  'アーネスト・ヘミングウェイ', 'ヘミングウェイ', 'エドガー・アラン・ポー', 'レオナルド・ダ・ヴィンチ', 'ミケランジェロ',
  'スティーヴン・ホーキング', 'ホーキング博士',
  // In Latin letters
  'Vincent van Gogh', 'Florence Nightingale', 'Helen Keller', 'Henrietta Lacks', 'Albert Einstein', 'Abraham Lincoln',
  'Winston Churchill', 'Franklin Roosevelt', 'Franklin D. Roosevelt', 'Sigmund Freud', 'Virginia Woolf',
  'Ernest Hemingway', 'Edgar Allan Poe', 'Frida Kahlo', 'Mahatma Gandhi', 'Anne Frank', 'Marie Curie', 'Louis Pasteur',
  'Edward Jenner', 'Charles Darwin', 'Isaac Newton', 'Ludwig van Beethoven', 'Stephen Hawking', 'Natsume Soseki',
  'Ryunosuke Akutagawa', 'Osamu Dazai', 'Yukio Mishima', 'Hideyo Noguchi',
].map((n) => n.replace(/[\s\u3000]+/g, (m) => (/[A-Za-z]/.test(n) ? ' ' : '')).normalize('NFKC'));

/** Names they go by alone: pen names and art names. */
/** Not names people are given today (英世, 信長 and 藤村 are, and stay people's). */
const SHORT_NAMES = ['漱石', '鴎外', '鷗外', '啄木', '子規', '芭蕉', '一茶', '蕪村', '白秋', '乱歩', '山頭火', '北斎', '歌麿', '写楽'];

const FULL = new Set(FULL_NAMES.map((n) => n.toLowerCase()));
const SHORT = new Set(SHORT_NAMES);
/** Japanese full names by their surnames (every proper prefix of two to four characters). */
const BY_PREFIX = new Map<string, string[]>();
for (const full of FULL_NAMES) {
  if (/[A-Za-z]/.test(full)) continue;
  for (let k = 2; k <= Math.min(4, full.length - 1); k++) {
    const prefix = full.slice(0, k);
    BY_PREFIX.set(prefix, [...(BY_PREFIX.get(prefix) ?? []), full]);
  }
}
/** The last text compacted (one unit asks about each of its names in turn). */
let compacted: { text: string; compact: string } | undefined;

/** Whether a name hit is a well-known person of history (see the list above); `text` for a surname alone. */
export function isHistoricalFigure(value: string, text: string): boolean {
  const bare = value.normalize('NFKC').replace(/[\s\u3000]+/g, (m) => (/[A-Za-z]/.test(value) ? ' ' : '')).trim();
  const key = bare.toLowerCase();
  if (FULL.has(key) || SHORT.has(bare)) return true;
  // A surname alone (芥川, 夏目) where the text gives the full name of such a person.
  const candidates = BY_PREFIX.get(bare);
  if (candidates === undefined) return false;
  if (compacted?.text !== text) compacted = { text, compact: text.normalize('NFKC').replace(/[\s\u3000]+/g, '') };
  const compact = compacted.compact;
  return candidates.some((full) => compact.includes(full));
}
