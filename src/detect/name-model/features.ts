/**
 * Features of the person-name labeller, shared by training (scripts/train-name-model.ts) and
 * inference: every kuromoji token becomes a list of hashed feature indices. Changing anything
 * here changes the meaning of the shipped weights: retrain after any edit.
 */
import type { Token } from '../tokenizer.js';

/** Number of hashed feature buckets (2^20); the weights hold LABELS values per bucket. */
export const FEATURE_BITS = 20;
export const FEATURE_DIM = 1 << FEATURE_BITS;
/** Bumped whenever the features change, so stale weights are refused. */
export const FEATURE_VERSION = 4;

/** Honorifics right after a name (さん, 様 …). */
const HONORIFIC = new Set(['様', 'さま', 'サマ', 'さん', 'サン', '氏', '殿', '君', 'くん', 'ちゃん', 'たん', '嬢', '夫人', '女史', '翁', '公', '卿', 'ら', '一家']);
/** Titles and roles written right after a surname or a full name (部長, 市長, 先生 …). */
const TITLE = /^(?:先生|先輩|教授|准教授|講師|助教|博士|医師|院長|看護師|弁護士|税理士|会計士|社長|副社長|会長|専務|常務|取締役|部長|次長|課長|係長|主任|主査|室長|所長|支店長|店長|工場長|局長|理事長?|監督|コーチ|選手|投手|捕手|主将|騎手|棋士|力士|関|首相|総理|大臣|長官|知事|市長|区長|町長|村長|議長|議員|委員長?|代表|大統領|首長|総裁|幹事長|書記長?|被告|容疑者|受刑者|容疑|記者|アナウンサー)$/;
/** Labels before a name (氏名：, 担当 …). */
const LABEL = /^(?:氏名|名前|お名前|姓名|フルネーム|担当|担当者|患者|社員|従業員|申込者|契約者|被保険者|名義|名義人|世帯主|本人|児童|生徒|利用者|依頼人|相談者|応募者|受講者|会員|代表者|責任者|宛名|差出人|送信者|作者|著者|監督|作詞|作曲|編曲|演出|脚本|主演|出演|原作|訳)$/;
/** Words after a proper noun that make it an organisation, place or facility. */
const ORG_OR_PLACE = /^(?:株式会社|有限会社|合同会社|工業|商事|商店|産業|建設|製作所|病院|医院|クリニック|銀行|証券|物産|電機|電気|重工|興業|組|屋|駅|町|村|市|区|県|都|府|郡|通り|線|橋|川|山|寺|神社|城|港|ビル|ホール|会館|大学|高校|中学|小学校|学園|研究所|財団|法人|賞|記念|式|流|派|家|氏族|藩|党|軍|選手権|大会|杯|グループ|ホールディングス|ジャパン)$/;

export type CharClass = 'H' | 'K' | 'k' | 'A' | 'D' | 'S' | 'M' | 'O';

/** Writing system of a surface: H kanji, K katakana, k hiragana, A latin, D digits, S space, M mixed. */
export function charClass(s: string): CharClass {
  let cls: CharClass | '' = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let k: CharClass;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || (c >= 0xf900 && c <= 0xfaff) || c >= 0x20000) k = 'H';
    else if ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x30fb) k = 'K';
    else if (c >= 0x3041 && c <= 0x3096) k = 'k';
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) k = 'A';
    else if (c >= 0x30 && c <= 0x39) k = 'D';
    else if (c === 0x20 || c === 0x3000 || c === 0x09 || c === 0x0a || c === 0x0d) k = 'S';
    else k = 'O';
    if (cls === '') cls = k;
    else if (cls !== k) return 'M';
  }
  return cls === '' ? 'O' : cls;
}

/** Per-token description computed once: hashes of its parts, combined into features below. */
interface TokenView {
  surface: string;
  surfaceHash: number;
  posHash: number;
  /** pos and its first sub-category only. */
  pos1Hash: number;
  cls: CharClass;
  clsHash: number;
  kindHash: number;
  kind: Kind;
  preHash: number;
  sufHash: number;
  suf2Hash: number;
}

type Kind = 'HON' | 'TITLE' | 'LABEL' | 'ORG' | 'SPACE' | 'BRACKET' | 'PUNCT' | '-' | 'EDGE';

/** 32-bit FNV-1a over UTF-16 code units, continuing from `h`. */
function fnvFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(s: string): number {
  return fnvFrom(0x811c9dc5, s);
}

/** Combines hashes (murmur-style mixing). */
function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & (FEATURE_DIM - 1);
}

const kindCache = new Map<string, Kind>();
const KIND_CACHE_LIMIT = 50_000;

function kindOf(t: Token): Kind {
  if (t.pos1 === '空白') return 'SPACE';
  const s = t.surface;
  let kind = kindCache.get(s);
  if (kind !== undefined) return kind === 'PUNCT' && t.pos !== '記号' ? '-' : kind;
  if (HONORIFIC.has(s)) kind = 'HON';
  else if (TITLE.test(s)) kind = 'TITLE';
  else if (LABEL.test(s)) kind = 'LABEL';
  else if (ORG_OR_PLACE.test(s)) kind = 'ORG';
  else if (s.trim() === '') kind = 'SPACE';
  else if (/^[「」『』()（）【】]$/.test(s)) kind = 'BRACKET';
  else kind = 'PUNCT';
  if (kindCache.size < KIND_CACHE_LIMIT) kindCache.set(s, kind);
  // PUNCT in the cache stands for "no special kind": punctuation only when kuromoji says 記号.
  return kind === 'PUNCT' && t.pos !== '記号' ? '-' : kind;
}

const EDGE: TokenView = (() => {
  const h = fnv1a('<s>');
  return { surface: '<s>', surfaceHash: h, posHash: h, pos1Hash: h, cls: 'O', clsHash: fnv1a('O'), kindHash: fnv1a('EDGE'), kind: 'EDGE', preHash: h, sufHash: h, suf2Hash: h };
})();
const SEP = 0x2c;
const KIND_HASH: Record<Kind, number> = { HON: 0, TITLE: 0, LABEL: 0, ORG: 0, SPACE: 0, BRACKET: 0, PUNCT: 0, '-': 0, EDGE: 0 };
for (const k of Object.keys(KIND_HASH) as Kind[]) KIND_HASH[k] = fnv1a(k);

function view(t: Token | undefined): TokenView {
  if (!t) return EDGE;
  const s = t.surface;
  let pos1Hash = fnvFrom(0x811c9dc5, t.pos);
  pos1Hash = fnvFrom(Math.imul(pos1Hash ^ SEP, 0x01000193), t.pos1);
  let posHash = fnvFrom(Math.imul(pos1Hash ^ SEP, 0x01000193), t.pos2);
  posHash = fnvFrom(Math.imul(posHash ^ SEP, 0x01000193), t.pos3);
  const cls = charClass(s);
  const kind = kindOf(t);
  return {
    surface: s,
    surfaceHash: fnv1a(s),
    posHash,
    pos1Hash,
    cls,
    clsHash: cls.charCodeAt(0),
    kind,
    kindHash: KIND_HASH[kind],
    preHash: s.length > 0 ? s.charCodeAt(0) : 0,
    sufHash: s.length > 0 ? s.charCodeAt(s.length - 1) : 0,
    suf2Hash: s.length >= 2 ? mix(s.charCodeAt(s.length - 2), s.charCodeAt(s.length - 1)) : s.length === 1 ? s.charCodeAt(0) : 0,
  };
}

/**
 * Surfaces of the unit seen elsewhere before an honorific or title, or tagged 人名 by kuromoji:
 * the document's other mentions of a person (山田さん … 山田の).
 */
function documentEvidence(tokens: readonly Token[], views: readonly TokenView[]): { honoured: Map<string, number>; tagged: Map<string, number> } {
  const honoured = new Map<string, number>();
  const tagged = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== '名詞') continue;
    const next = tokens[i + 1];
    const nextKind = views[i + 3]!.kind;
    if (next && next.start === t.end && (nextKind === 'HON' || nextKind === 'TITLE')) honoured.set(t.surface, (honoured.get(t.surface) ?? 0) + 1);
    if (t.pos2 === '人名') tagged.set(t.surface, (tagged.get(t.surface) ?? 0) + 1);
  }
  return { honoured, tagged };
}

/**
 * Position in a run of adjacent katakana / ・ / = tokens (ジョン・スミス, エクスペディアジャパン):
 * length in tokens (capped at 5) × first/middle/last/only, or 0 outside a run; and for every
 * token of a run, the index of the run's first and last token (its own index outside a run).
 */
function katakanaRuns(tokens: readonly Token[], views: readonly TokenView[]): { code: Int32Array; first: Int32Array; last: Int32Array } {
  const n = tokens.length;
  const out = new Int32Array(n);
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (let i = 0; i < n; i++) first[i] = last[i] = i;
  const inRun = (i: number): boolean => views[i + 2]!.cls === 'K' || tokens[i]!.surface === '=' || tokens[i]!.surface === '・';
  for (let i = 0; i < n; ) {
    if (!inRun(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && inRun(j + 1) && tokens[j + 1]!.start === tokens[j]!.end) j++;
    const len = Math.min(j - i + 1, 5);
    for (let k = i; k <= j; k++) {
      out[k] = len * 4 + (i === j ? 0 : k === i ? 1 : k === j ? 3 : 2) + 1;
      first[k] = i;
      last[k] = j;
    }
    i = j + 1;
  }
  return { code: out, first, last };
}

const OPEN = new Set(['「', '『', '（', '(', '【', '《', '〈', '“']);
const CLOSE = new Set(['」', '』', '）', ')', '】', '》', '〉', '”']);

/** Bracket depth (capped at 2) of every token: names inside 「」『』 are mostly titles of works. */
function bracketDepth(tokens: readonly Token[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i]!.surface;
    if (CLOSE.has(s)) depth = Math.max(0, depth - 1);
    out[i] = Math.min(depth, 2);
    if (OPEN.has(s)) depth++;
  }
  return out;
}

/** Feature templates: one seed per template, mixed with the parts' hashes. */
const T = Array.from({ length: 64 }, (_, k) => fnv1a(`template:${k}`));

/** Hashed feature indices of all tokens: token i's are `index[offsets[i] .. offsets[i + 1])`. */
export interface FeatureMatrix {
  index: Int32Array;
  offsets: Int32Array;
}

const MAX_FEATURES_PER_TOKEN = 64 + 10;
/** Context words (topic) seen by a proper-noun candidate: the nearest ones within this many tokens. */
const TOPIC_WINDOW = 12;
const TOPIC_WORDS = 10;
/** Character bigrams of a token's surface that become features (the first ones). */
const MAX_BIGRAMS = 8;

/**
 * What one token's features are made of. The features are written by several small functions
 * rather than one: V8 inlines mix() and finish() only up to a bytecode budget per optimised
 * function, and one function with ~100 such calls ran feature extraction 3x slower
 * (five features per function stay within the budget).
 */
interface FeatureContext {
  t: Token;
  w0: TokenView;
  p1: TokenView;
  p2: TokenView;
  n1: TokenView;
  n2: TokenView;
  c0len: number;
  run: number;
  before: TokenView;
  after: TokenView;
  afterNext: TokenView;
  bracket: number;
}

function surfaceFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, n1 } = c;
  f[k++] = finish(T[0]!);
  f[k++] = finish(mix(T[1]!, w0.surfaceHash));
  f[k++] = finish(mix(T[2]!, p1.surfaceHash));
  f[k++] = finish(mix(T[3]!, n1.surfaceHash));
  return k;
}

function neighbourFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, p2, n1, n2 } = c;
  f[k++] = finish(mix(T[4]!, p2.surfaceHash));
  f[k++] = finish(mix(T[5]!, n2.surfaceHash));
  f[k++] = finish(mix(mix(T[6]!, w0.surfaceHash), n1.surfaceHash));
  f[k++] = finish(mix(mix(T[7]!, p1.surfaceHash), w0.surfaceHash));
  return k;
}

function posFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, p2, n1 } = c;
  f[k++] = finish(mix(T[8]!, w0.posHash));
  f[k++] = finish(mix(T[9]!, p1.posHash));
  f[k++] = finish(mix(T[10]!, n1.posHash));
  f[k++] = finish(mix(T[11]!, p2.pos1Hash));
  return k;
}

function posPairFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, n1, n2 } = c;
  f[k++] = finish(mix(T[12]!, n2.pos1Hash));
  f[k++] = finish(mix(mix(T[13]!, p1.posHash), w0.posHash));
  f[k++] = finish(mix(mix(T[14]!, w0.posHash), n1.posHash));
  f[k++] = finish(mix(mix(mix(T[15]!, p1.pos1Hash), w0.pos1Hash), n1.pos1Hash));
  return k;
}

function shapeFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, n1, n2 } = c;
  f[k++] = finish(mix(T[16]!, c.c0len));
  f[k++] = finish(mix(mix(mix(T[17]!, p1.clsHash), w0.clsHash), n1.clsHash));
  f[k++] = finish(mix(T[18]!, p1.kindHash));
  f[k++] = finish(mix(T[19]!, n1.kindHash));
  f[k++] = finish(mix(T[20]!, n2.kindHash));
  return k;
}

function kindFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, p2, n1, n2 } = c;
  f[k++] = finish(mix(T[21]!, p2.kindHash));
  f[k++] = finish(mix(mix(T[22]!, c.c0len), n1.kindHash));
  f[k++] = finish(mix(mix(T[23]!, w0.posHash), n1.kindHash));
  f[k++] = finish(mix(mix(T[24]!, p1.kindHash), w0.posHash));
  f[k++] = finish(mix(mix(mix(T[25]!, w0.posHash), n1.pos1Hash), n2.kindHash));
  return k;
}

function affixFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { t, w0, p1, n1 } = c;
  f[k++] = finish(mix(mix(T[26]!, t.unknown ? 1 : 0), w0.clsHash));
  f[k++] = finish(mix(T[27]!, w0.preHash));
  f[k++] = finish(mix(T[28]!, w0.sufHash));
  f[k++] = finish(mix(T[29]!, p1.sufHash));
  f[k++] = finish(mix(T[30]!, n1.preHash));
  return k;
}

function affixContextFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, p2, n1, n2 } = c;
  f[k++] = finish(mix(T[31]!, w0.suf2Hash));
  f[k++] = finish(mix(mix(T[32]!, w0.surfaceHash), n1.pos1Hash));
  f[k++] = finish(mix(mix(T[33]!, p1.pos1Hash), w0.surfaceHash));
  f[k++] = finish(mix(mix(mix(T[34]!, p2.clsHash), p1.clsHash), w0.clsHash));
  f[k++] = finish(mix(mix(mix(T[35]!, w0.clsHash), n1.clsHash), n2.clsHash));
  return k;
}

function runFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const {  } = c;
  f[k++] = finish(mix(T[36]!, c.run));
  f[k++] = finish(mix(mix(T[39]!, c.run), c.after.surfaceHash));
  f[k++] = finish(mix(mix(T[40]!, c.run), c.before.surfaceHash));
  f[k++] = finish(mix(mix(mix(T[41]!, c.run), c.after.surfaceHash), c.afterNext.surfaceHash));
  return k;
}

function pairFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { t, w0, p1, p2, n1, n2 } = c;
  f[k++] = finish(mix(T[42]!, t.surface.length >= 2 ? mix(t.surface.charCodeAt(0), t.surface.charCodeAt(1)) : w0.preHash));
  f[k++] = finish(mix(mix(T[43]!, p1.surfaceHash), n1.surfaceHash));
  f[k++] = finish(mix(mix(T[44]!, n1.surfaceHash), n2.surfaceHash));
  f[k++] = finish(mix(mix(T[45]!, p2.surfaceHash), p1.surfaceHash));
  return k;
}

function contextFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, n1, n2 } = c;
  f[k++] = finish(mix(mix(T[46]!, c.bracket), w0.clsHash));
  f[k++] = finish(mix(mix(T[47]!, w0.clsHash), n1.surfaceHash));
  f[k++] = finish(mix(mix(T[48]!, p1.surfaceHash), w0.clsHash));
  f[k++] = finish(mix(mix(mix(T[49]!, w0.posHash), n1.surfaceHash), n2.surfaceHash));
  return k;
}

/**
 * Per token, the hash of its surface when it is a content word that can tell what a sentence is
 * about (a common noun, a サ変 noun or an independent verb, two characters or more), else 0.
 */
function topicWords(tokens: readonly Token[], views: readonly TokenView[]): Uint32Array {
  const out = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.unknown || t.surface.length < 2) continue;
    const content = (t.pos === '名詞' && (t.pos1 === '一般' || t.pos1 === 'サ変接続')) || (t.pos === '動詞' && t.pos1 === '自立');
    if (content) out[i] = views[i + 2]!.surfaceHash || 1;
  }
  return out;
}

/** Seeds of the topic-word features left and right of the token. */
const TOPIC_LEFT = mix(T[55]!, 1);
const TOPIC_RIGHT = mix(T[55]!, 2);

/**
 * The words around a proper-noun candidate (its topic): a person 就任, 出身, 結婚 …; a company
 * 買収, 発売, 株式 …; a place 位置, 流域 … — context beyond the two neighbours on each side. The
 * nearest TOPIC_WORDS content words within TOPIC_WINDOW tokens, outside the token's katakana run.
 */
function topicFeatures(f: Int32Array, k: number, i: number, n: number, topic: Uint32Array, runFirst: number, runLast: number): number {
  let added = 0;
  for (let d = 1; d <= TOPIC_WINDOW && added < TOPIC_WORDS; d++) {
    const l = i - d;
    if (l >= 0 && l < runFirst && topic[l] !== 0) {
      f[k++] = finish(mix(TOPIC_LEFT, topic[l]!));
      added++;
    }
    const r = i + d;
    if (added < TOPIC_WORDS && r < n && r > runLast && topic[r] !== 0) {
      f[k++] = finish(mix(TOPIC_RIGHT, topic[r]!));
      added++;
    }
  }
  return k;
}

/** Hashed feature indices (in [0, FEATURE_DIM)) for every token. */
export function extractFeatures(tokens: readonly Token[]): FeatureMatrix {
  const n = tokens.length;
  const views: TokenView[] = new Array(n + 4);
  for (let i = -2; i < n + 2; i++) views[i + 2] = view(tokens[i]);
  const doc = documentEvidence(tokens, views);
  const runs = katakanaRuns(tokens, views);
  const brackets = bracketDepth(tokens);
  const topic = topicWords(tokens, views);
  const f = new Int32Array(n * MAX_FEATURES_PER_TOKEN);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  const ctx: FeatureContext = { t: tokens[0]!, w0: EDGE, p1: EDGE, p2: EDGE, n1: EDGE, n2: EDGE, c0len: 0, run: 0, before: EDGE, after: EDGE, afterNext: EDGE, bracket: 0 };
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const t = tokens[i]!;
    const w0 = views[i + 2]!;
    const p1 = views[i + 1]!;
    const p2 = views[i]!;
    const n1 = views[i + 3]!;
    const n2 = views[i + 4]!;
    const len = Math.min(t.surface.length, 6);
    ctx.t = t;
    ctx.w0 = w0;
    ctx.p1 = p1;
    ctx.p2 = p2;
    ctx.n1 = n1;
    ctx.n2 = n2;
    ctx.c0len = mix(w0.clsHash, len);
    // Context of the whole katakana run (ハーツ|クライ は …), and the token's prefix.
    ctx.run = runs.code[i]!;
    ctx.before = views[runs.first[i]! + 1]!;
    ctx.after = views[runs.last[i]! + 3]!;
    ctx.afterNext = views[runs.last[i]! + 4]!;
    ctx.bracket = brackets[i]!;
    k = surfaceFeatures(f, k, ctx);
    k = neighbourFeatures(f, k, ctx);
    k = posFeatures(f, k, ctx);
    k = posPairFeatures(f, k, ctx);
    k = shapeFeatures(f, k, ctx);
    k = kindFeatures(f, k, ctx);
    k = affixFeatures(f, k, ctx);
    k = affixContextFeatures(f, k, ctx);
    k = runFeatures(f, k, ctx);
    k = pairFeatures(f, k, ctx);
    k = contextFeatures(f, k, ctx);
    if (t.unknown || w0.cls === 'K' || t.pos1 === '固有名詞') k = topicFeatures(f, k, i, n, topic, runs.first[i]!, runs.last[i]!);
    // Character bigrams inside the word, with boundary marks (^ジュ, ュー, ーシ …, シー$): how
    // names and ordinary loanwords are spelt.
    if (t.surface.length >= 2 && w0.cls !== 'D' && w0.cls !== 'O') {
      const s = t.surface;
      const m = Math.min(s.length + 1, MAX_BIGRAMS);
      for (let j = 0; j < m; j++) {
        const a = j === 0 ? 0x5e : s.charCodeAt(j - 1);
        const b = j === s.length ? 0x24 : s.charCodeAt(j);
        f[k++] = finish(mix(mix(T[50]!, a), b));
      }
    }
    const honoured = doc.honoured.get(t.surface) ?? 0;
    const ownHonour = n1.kind === 'HON' || n1.kind === 'TITLE' ? 1 : 0;
    if (honoured - ownHonour > 0) f[k++] = finish(mix(T[37]!, w0.clsHash));
    if ((doc.tagged.get(t.surface) ?? 0) > 1) f[k++] = finish(T[38]!);
  }
  offsets[n] = k;
  return { index: f, offsets };
}
