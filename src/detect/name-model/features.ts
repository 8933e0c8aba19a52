/**
 * Features of the person-name labeller, shared by training (scripts/train-name-model.ts) and
 * inference: every kuromoji token becomes a list of hashed feature indices. Changing anything
 * here changes the meaning of the shipped weights: retrain after any edit.
 */
import type { Token } from '../tokenizer.js';
import { LABELS } from './decode.js';

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
  for (let i = 0; i < s.length; i++) {
    // By code point, without a string per character.
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
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

/**
 * Per-token description computed once (hashes of its parts, combined into features below), as
 * columns indexed by view slot: slot i + 2 is token i, slots 0, 1, n + 2 and n + 3 are the
 * sentence edges. Columns rather than one object per token: no allocation per token, and the
 * 32-bit hashes stay unboxed.
 */
type Kind = 'HON' | 'TITLE' | 'LABEL' | 'ORG' | 'SPACE' | 'BRACKET' | 'PUNCT' | '-' | 'EDGE';
const KINDS: readonly Kind[] = ['HON', 'TITLE', 'LABEL', 'ORG', 'SPACE', 'BRACKET', 'PUNCT', '-', 'EDGE'];
const K_HON = 0;
const K_TITLE = 1;
const K_EDGE = 8;
/** Writing-system codes: CharClass as its character code. */
const C_K = 0x4b; // 'K'
const C_D = 0x44; // 'D'
const C_O = 0x4f; // 'O'

/*
 * The hashes are only ever combined with bitwise operations, which read a number as its 32 bits:
 * inside this file they are kept as signed 32-bit integers (small integers to V8, never boxed
 * when a call returns one; unsigned values of 2^31 and up would be heap numbers).
 */

/** 32-bit FNV-1a over UTF-16 code units, continuing from `h`, as a signed 32-bit integer. */
function fnvFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(s: string): number {
  return fnvFrom(0x811c9dc5, s) >>> 0;
}

/** Combines hashes (murmur-style mixing). */
function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return h ^ (h >>> 15);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & (FEATURE_DIM - 1);
}

/**
 * A string for a long-lived cache key: V8 keeps a substring of 13 or more characters as a view
 * of the text it was cut from, so a cached token could keep a whole attachment's text alive.
 */
function ownCopy(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le');
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
  if (kindCache.size < KIND_CACHE_LIMIT) kindCache.set(ownCopy(s), kind);
  // PUNCT in the cache stands for "no special kind": punctuation only when kuromoji says 記号.
  return kind === 'PUNCT' && t.pos !== '記号' ? '-' : kind;
}

const EDGE_HASH = fnv1a('<s>');
const EDGE_CLS_HASH = fnv1a('O');
const SEP = 0x2c;
const KIND_HASH = Int32Array.from(KINDS, (k) => fnv1a(k));
const KIND_INDEX = new Map<Kind, number>(KINDS.map((k, i) => [k, i]));

// The view columns (scratch, grown on demand: feature extraction is synchronous).
let vSurface = new Int32Array(0);
let vPos = new Int32Array(0);
/** pos and its first sub-category only. */
let vPos1 = new Int32Array(0);
let vCls = new Uint8Array(0);
let vClsHash = new Int32Array(0);
let vKind = new Uint8Array(0);
let vKindHash = new Int32Array(0);
let vPre = new Int32Array(0);
let vSuf = new Int32Array(0);
let vSuf2 = new Int32Array(0);
/** Writing system and length (capped at 6). */
let vC0len = new Int32Array(0);

function ensureViews(slots: number): void {
  if (vSurface.length >= slots) return;
  const n = Math.max(slots, vSurface.length * 2, 256);
  vSurface = new Int32Array(n);
  vPos = new Int32Array(n);
  vPos1 = new Int32Array(n);
  vCls = new Uint8Array(n);
  vClsHash = new Int32Array(n);
  vKind = new Uint8Array(n);
  vKindHash = new Int32Array(n);
  vPre = new Int32Array(n);
  vSuf = new Int32Array(n);
  vSuf2 = new Int32Array(n);
  vC0len = new Int32Array(n);
}

function edgeView(v: number): void {
  vSurface[v] = EDGE_HASH;
  vPos[v] = EDGE_HASH;
  vPos1[v] = EDGE_HASH;
  vCls[v] = C_O;
  vClsHash[v] = EDGE_CLS_HASH;
  vKind[v] = K_EDGE;
  vKindHash[v] = KIND_HASH[K_EDGE]!;
  vPre[v] = EDGE_HASH;
  vSuf[v] = EDGE_HASH;
  vSuf2[v] = EDGE_HASH;
  vC0len[v] = 0;
}

function view(v: number, t: Token): void {
  const s = t.surface;
  let pos1Hash = fnvFrom(0x811c9dc5, t.pos);
  pos1Hash = fnvFrom(Math.imul(pos1Hash ^ SEP, 0x01000193), t.pos1);
  let posHash = fnvFrom(Math.imul(pos1Hash ^ SEP, 0x01000193), t.pos2);
  posHash = fnvFrom(Math.imul(posHash ^ SEP, 0x01000193), t.pos3);
  const cls = charClass(s).charCodeAt(0);
  const kind = KIND_INDEX.get(kindOf(t))!;
  vSurface[v] = fnvFrom(0x811c9dc5, s);
  vPos[v] = posHash;
  vPos1[v] = pos1Hash;
  vCls[v] = cls;
  vClsHash[v] = cls;
  vKind[v] = kind;
  vKindHash[v] = KIND_HASH[kind]!;
  vPre[v] = s.length > 0 ? s.charCodeAt(0) : 0;
  vSuf[v] = s.length > 0 ? s.charCodeAt(s.length - 1) : 0;
  vSuf2[v] = s.length >= 2 ? mix(s.charCodeAt(s.length - 2), s.charCodeAt(s.length - 1)) : s.length === 1 ? s.charCodeAt(0) : 0;
  vC0len[v] = mix(cls, Math.min(s.length, 6));
}

/**
 * Surfaces of the unit seen elsewhere before an honorific or title, or tagged 人名 by kuromoji:
 * the document's other mentions of a person (山田さん … 山田の).
 */
function documentEvidence(tokens: readonly Token[]): { honoured: Map<string, number>; tagged: Map<string, number> } {
  const honoured = new Map<string, number>();
  const tagged = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== '名詞') continue;
    const next = tokens[i + 1];
    const nextKind = vKind[i + 3]!;
    if (next && next.start === t.end && (nextKind === K_HON || nextKind === K_TITLE)) honoured.set(t.surface, (honoured.get(t.surface) ?? 0) + 1);
    if (t.pos2 === '人名') tagged.set(t.surface, (tagged.get(t.surface) ?? 0) + 1);
  }
  return { honoured, tagged };
}

/**
 * Position in a run of adjacent katakana / ・ / = tokens (ジョン・スミス, エクスペディアジャパン):
 * length in tokens (capped at 5) × first/middle/last/only, or 0 outside a run; and for every
 * token of a run, the index of the run's first and last token (its own index outside a run).
 */
function katakanaRuns(tokens: readonly Token[]): { code: Int32Array; first: Int32Array; last: Int32Array } {
  const n = tokens.length;
  ensureTokenScratch(n);
  const out = runCode;
  const first = runFirst;
  const last = runLast;
  for (let i = 0; i < n; i++) {
    out[i] = 0;
    first[i] = last[i] = i;
  }
  const inRun = (i: number): boolean => vCls[i + 2] === C_K || tokens[i]!.surface === '=' || tokens[i]!.surface === '・';
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
  const out = brackets;
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
const T = Int32Array.from({ length: 64 }, (_, k) => fnv1a(`template:${k}`));

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
 *
 * They come in two groups. Those of one token alone — the token itself (selfFeatures,
 * selfAffixFeatures, bigramFeatures) or one neighbour at a fixed distance (asPrev2 … asNext2,
 * which read nothing but that neighbour's view slot) — are the same wherever the token occurs,
 * so inference sums their weights once per distinct token (TokenSums below). The rest combine
 * two or more tokens, the katakana run, brackets or the topic, and are hashed per position.
 */
interface FeatureContext {
  /** View slots of the token and its neighbours. */
  w0: number;
  p1: number;
  p2: number;
  n1: number;
  n2: number;
  run: number;
  before: number;
  after: number;
  afterNext: number;
  bracket: number;
}

function selfFeatures(f: Int32Array, k: number, t: Token, w0: number): number {
  f[k++] = finish(T[0]!);
  f[k++] = finish(mix(T[1]!, vSurface[w0]!));
  f[k++] = finish(mix(T[8]!, vPos[w0]!));
  f[k++] = finish(mix(T[16]!, vC0len[w0]!));
  f[k++] = finish(mix(mix(T[26]!, t.unknown ? 1 : 0), vClsHash[w0]!));
  return k;
}

function selfAffixFeatures(f: Int32Array, k: number, t: Token, w0: number): number {
  f[k++] = finish(mix(T[27]!, vPre[w0]!));
  f[k++] = finish(mix(T[28]!, vSuf[w0]!));
  f[k++] = finish(mix(T[31]!, vSuf2[w0]!));
  f[k++] = finish(mix(T[42]!, t.surface.length >= 2 ? mix(t.surface.charCodeAt(0), t.surface.charCodeAt(1)) : vPre[w0]!));
  return k;
}

/**
 * Character bigrams inside the word, with boundary marks (^ジュ, ュー, ーシ …, シー$): how names
 * and ordinary loanwords are spelt.
 */
function bigramFeatures(f: Int32Array, k: number, t: Token, w0: number): number {
  const cls = vCls[w0]!;
  if (t.surface.length >= 2 && cls !== C_D && cls !== C_O) {
    const s = t.surface;
    const m = Math.min(s.length + 1, MAX_BIGRAMS);
    for (let j = 0; j < m; j++) {
      const a = j === 0 ? 0x5e : s.charCodeAt(j - 1);
      const b = j === s.length ? 0x24 : s.charCodeAt(j);
      f[k++] = finish(mix(mix(T[50]!, a), b));
    }
  }
  return k;
}

/** Features of the token two before (view slot v). */
function asPrev2Features(f: Int32Array, k: number, v: number): number {
  f[k++] = finish(mix(T[4]!, vSurface[v]!));
  f[k++] = finish(mix(T[11]!, vPos1[v]!));
  f[k++] = finish(mix(T[21]!, vKindHash[v]!));
  return k;
}

/** Features of the token right before (view slot v). */
function asPrev1Features(f: Int32Array, k: number, v: number): number {
  f[k++] = finish(mix(T[2]!, vSurface[v]!));
  f[k++] = finish(mix(T[9]!, vPos[v]!));
  f[k++] = finish(mix(T[18]!, vKindHash[v]!));
  f[k++] = finish(mix(T[29]!, vSuf[v]!));
  return k;
}

/** Features of the token right after (view slot v). */
function asNext1Features(f: Int32Array, k: number, v: number): number {
  f[k++] = finish(mix(T[3]!, vSurface[v]!));
  f[k++] = finish(mix(T[10]!, vPos[v]!));
  f[k++] = finish(mix(T[19]!, vKindHash[v]!));
  f[k++] = finish(mix(T[30]!, vPre[v]!));
  return k;
}

/** Features of the token two after (view slot v). */
function asNext2Features(f: Int32Array, k: number, v: number): number {
  f[k++] = finish(mix(T[5]!, vSurface[v]!));
  f[k++] = finish(mix(T[12]!, vPos1[v]!));
  f[k++] = finish(mix(T[20]!, vKindHash[v]!));
  return k;
}

/** Features of two adjacent tokens as the token itself (a, view slot w0) and the next (b). */
function rightPairFeatures(f: Int32Array, k: number, a: number, b: number): number {
  f[k++] = finish(mix(mix(T[6]!, vSurface[a]!), vSurface[b]!));
  f[k++] = finish(mix(mix(T[14]!, vPos[a]!), vPos[b]!));
  f[k++] = finish(mix(mix(T[22]!, vC0len[a]!), vKindHash[b]!));
  return k;
}

function rightPairFeatures2(f: Int32Array, k: number, a: number, b: number): number {
  f[k++] = finish(mix(mix(T[23]!, vPos[a]!), vKindHash[b]!));
  f[k++] = finish(mix(mix(T[32]!, vSurface[a]!), vPos1[b]!));
  f[k++] = finish(mix(mix(T[47]!, vClsHash[a]!), vSurface[b]!));
  return k;
}

/** Features of two adjacent tokens as the previous one (a) and the token itself (b, view slot w0). */
function leftPairFeatures(f: Int32Array, k: number, a: number, b: number): number {
  f[k++] = finish(mix(mix(T[7]!, vSurface[a]!), vSurface[b]!));
  f[k++] = finish(mix(mix(T[13]!, vPos[a]!), vPos[b]!));
  f[k++] = finish(mix(mix(T[24]!, vKindHash[a]!), vPos[b]!));
  f[k++] = finish(mix(mix(T[33]!, vPos1[a]!), vSurface[b]!));
  f[k++] = finish(mix(mix(T[48]!, vSurface[a]!), vClsHash[b]!));
  return k;
}

/** The two tokens after the token itself (a, b). */
function nextPairFeatures(f: Int32Array, k: number, a: number, b: number): number {
  f[k++] = finish(mix(mix(T[44]!, vSurface[a]!), vSurface[b]!));
  return k;
}

/** The two tokens before the token itself (a, b). */
function prevPairFeatures(f: Int32Array, k: number, a: number, b: number): number {
  f[k++] = finish(mix(mix(T[45]!, vSurface[a]!), vSurface[b]!));
  return k;
}

/** Three tokens around the token itself. */
function tripleFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, p2, n1, n2 } = c;
  f[k++] = finish(mix(mix(mix(T[15]!, vPos1[p1]!), vPos1[w0]!), vPos1[n1]!));
  f[k++] = finish(mix(mix(mix(T[17]!, vClsHash[p1]!), vClsHash[w0]!), vClsHash[n1]!));
  f[k++] = finish(mix(mix(mix(T[25]!, vPos[w0]!), vPos1[n1]!), vKindHash[n2]!));
  f[k++] = finish(mix(mix(mix(T[34]!, vClsHash[p2]!), vClsHash[p1]!), vClsHash[w0]!));
  f[k++] = finish(mix(mix(mix(T[35]!, vClsHash[w0]!), vClsHash[n1]!), vClsHash[n2]!));
  return k;
}

function runFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  f[k++] = finish(mix(T[36]!, c.run));
  f[k++] = finish(mix(mix(T[39]!, c.run), vSurface[c.after]!));
  f[k++] = finish(mix(mix(T[40]!, c.run), vSurface[c.before]!));
  f[k++] = finish(mix(mix(mix(T[41]!, c.run), vSurface[c.after]!), vSurface[c.afterNext]!));
  return k;
}

function contextFeatures(f: Int32Array, k: number, c: FeatureContext): number {
  const { w0, p1, n1, n2 } = c;
  f[k++] = finish(mix(mix(T[43]!, vSurface[p1]!), vSurface[n1]!));
  f[k++] = finish(mix(mix(T[46]!, c.bracket), vClsHash[w0]!));
  f[k++] = finish(mix(mix(mix(T[49]!, vPos[w0]!), vSurface[n1]!), vSurface[n2]!));
  return k;
}

/**
 * Per token, the hash of its surface when it is a content word that can tell what a sentence is
 * about (a common noun, a サ変 noun or an independent verb, two characters or more), else 0.
 */
function topicWords(tokens: readonly Token[]): Int32Array {
  const out = topics;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out[i] = 0;
    if (t.unknown || t.surface.length < 2) continue;
    const content = (t.pos === '名詞' && (t.pos1 === '一般' || t.pos1 === 'サ変接続')) || (t.pos === '動詞' && t.pos1 === '自立');
    if (content) out[i] = vSurface[i + 2]! || 1;
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
function topicFeatures(f: Int32Array, k: number, i: number, n: number, topic: Int32Array, runFirst: number, runLast: number): number {
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

/** Hashed feature indices (in [0, FEATURE_DIM)) for every token, in arrays of their own. */
export function extractFeatures(tokens: readonly Token[]): FeatureMatrix {
  const k = featuresInto(tokens);
  return { index: featureIndex.slice(0, k), offsets: featureOffsets.slice(0, tokens.length + 1) };
}

/**
 * Hashed feature indices for every token, in buffers reused by the next call (inference reads
 * them before extracting again; training keeps extractFeatures' own copies).
 */
export function extractFeaturesScratch(tokens: readonly Token[]): FeatureMatrix {
  featuresInto(tokens);
  return { index: featureIndex, offsets: featureOffsets };
}

// Per-token scratch of one extraction, grown on demand.
let runCode = new Int32Array(0);
let runFirst = new Int32Array(0);
let runLast = new Int32Array(0);
let brackets = new Uint8Array(0);
let topics = new Int32Array(0);
let featureIndex = new Int32Array(0);
let featureOffsets = new Int32Array(0);

function ensureTokenScratch(n: number): void {
  if (runCode.length >= n) return;
  const size = Math.max(n, runCode.length * 2, 256);
  runCode = new Int32Array(size);
  runFirst = new Int32Array(size);
  runLast = new Int32Array(size);
  brackets = new Uint8Array(size);
  topics = new Int32Array(size);
  featureIndex = new Int32Array(size * MAX_FEATURES_PER_TOKEN);
  featureOffsets = new Int32Array(size + 1);
}

interface SequenceContext {
  n: number;
  doc: { honoured: Map<string, number>; tagged: Map<string, number> };
  runs: { code: Int32Array; first: Int32Array; last: Int32Array };
  brackets: Uint8Array;
  topic: Int32Array;
  ctx: FeatureContext;
}

/** View slots at the sentence edges, and scratch for n tokens (their views are filled next). */
function prepareViews(n: number): void {
  ensureViews(n + 4);
  ensureTokenScratch(n);
  edgeView(0);
  edgeView(1);
  edgeView(n + 2);
  edgeView(n + 3);
}

/** What the features of a position read besides the views: evidence, runs, brackets, topic. */
function sequenceContext(tokens: readonly Token[]): SequenceContext {
  const ctx: FeatureContext = { w0: 0, p1: 0, p2: 0, n1: 0, n2: 0, run: 0, before: 0, after: 0, afterNext: 0, bracket: 0 };
  return { n: tokens.length, doc: documentEvidence(tokens), runs: katakanaRuns(tokens), brackets: bracketDepth(tokens), topic: topicWords(tokens), ctx };
}

/**
 * The features of position i that neither one token nor two adjacent ones make: three tokens,
 * the katakana run, brackets, the topic, the document's other mentions.
 */
function positionFeatures(f: Int32Array, k: number, t: Token, i: number, seq: SequenceContext): number {
  const { ctx, runs } = seq;
  const w0 = i + 2;
  const n1 = i + 3;
  ctx.w0 = w0;
  ctx.p1 = i + 1;
  ctx.p2 = i;
  ctx.n1 = n1;
  ctx.n2 = i + 4;
  // Context of the whole katakana run (ハーツ|クライ は …), and the token's prefix.
  ctx.run = runs.code[i]!;
  ctx.before = runs.first[i]! + 1;
  ctx.after = runs.last[i]! + 3;
  ctx.afterNext = runs.last[i]! + 4;
  ctx.bracket = seq.brackets[i]!;
  k = tripleFeatures(f, k, ctx);
  k = runFeatures(f, k, ctx);
  k = contextFeatures(f, k, ctx);
  if (t.unknown || vCls[w0] === C_K || t.pos1 === '固有名詞') k = topicFeatures(f, k, i, seq.n, seq.topic, runs.first[i]!, runs.last[i]!);
  const honoured = seq.doc.honoured.get(t.surface) ?? 0;
  const ownHonour = vKind[n1] === K_HON || vKind[n1] === K_TITLE ? 1 : 0;
  if (honoured - ownHonour > 0) f[k++] = finish(mix(T[37]!, vClsHash[w0]!));
  if ((seq.doc.tagged.get(t.surface) ?? 0) > 1) f[k++] = finish(T[38]!);
  return k;
}

/** Writes every token's features into featureIndex / featureOffsets; returns their count. */
function featuresInto(tokens: readonly Token[]): number {
  const n = tokens.length;
  prepareViews(n);
  for (let i = 0; i < n; i++) view(i + 2, tokens[i]!);
  const seq = sequenceContext(tokens);
  const f = featureIndex;
  const offsets = featureOffsets;
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const t = tokens[i]!;
    const w0 = i + 2;
    k = selfFeatures(f, k, t, w0);
    k = selfAffixFeatures(f, k, t, w0);
    k = bigramFeatures(f, k, t, w0);
    k = asPrev2Features(f, k, w0 - 2);
    k = asPrev1Features(f, k, w0 - 1);
    k = asNext1Features(f, k, w0 + 1);
    k = asNext2Features(f, k, w0 + 2);
    k = prevPairFeatures(f, k, w0 - 2, w0 - 1);
    k = leftPairFeatures(f, k, w0 - 1, w0);
    k = rightPairFeatures(f, k, w0, w0 + 1);
    k = rightPairFeatures2(f, k, w0, w0 + 1);
    k = nextPairFeatures(f, k, w0 + 1, w0 + 2);
    k = positionFeatures(f, k, t, i, seq);
  }
  offsets[n] = k;
  return k;
}

/** Groups of one-token features: the token itself, or as the neighbour at −2, −1, +1, +2. */
const GROUPS = 5;
const G_SELF = 0;
const G_PREV2 = 1;
const G_PREV1 = 2;
const G_NEXT1 = 3;
const G_NEXT2 = 4;
/** Groups of two adjacent tokens: before the token, around it on the left, on the right, after it. */
const PAIR_GROUPS = 4;
const P_PREV = 0;
const P_LEFT = 1;
const P_RIGHT = 2;
const P_NEXT = 3;
/** Entry 0 is the sentence edge. */
const EDGE_ENTRY = 0;

/**
 * Inference's shortcut over the features of one token and of two adjacent tokens: per distinct
 * token (surface, part of speech, known or not) its view and the weight sums of its features in
 * each group, and per distinct pair of adjacent tokens the same for theirs, computed on first
 * sight and reused; a position then only hashes and looks up the features of three tokens, its
 * katakana run, brackets and topic. Exact: the shipped weights are integers (int16), so the sums
 * do not depend on the order they are added in. One per model and thread; the tables grow with
 * the words seen, up to a bound, and are emptied when full.
 */
export class TokenSums {
  private readonly bySurface = new Map<string, number>();
  private size = 1;
  private pairSize = 0;
  private capacity = 0;
  private pairCapacity = 0;
  private next = new Int32Array(0);
  private readonly pos: string[] = [];
  private readonly pos1: string[] = [];
  private readonly pos2: string[] = [];
  private readonly pos3: string[] = [];
  private unknown = new Uint8Array(0);
  /** Per entry, its view columns (as view() writes them). */
  private columns = new Int32Array(0);
  /** Per entry, GROUPS × labels sums. */
  private sums = new Int32Array(0);
  /** Per pair, PAIR_GROUPS × labels sums. */
  private pairSums = new Int32Array(0);
  private readonly scratch = new Int32Array(MAX_FEATURES_PER_TOKEN);

  /** Open addressing over pair keys (first entry × maxEntries + second), −1 where free; and the pair each names. */
  private pairKeys = new Int32Array(0);
  private pairValues = new Int32Array(0);
  private pairMask = 0;
  private pairShift = 0;
  /** Per pair, its key (to rebuild the open addressing when it grows). */
  private keyOfPair = new Int32Array(0);

  constructor(
    /** The model's weights the sums are taken over. */
    readonly weights: Int16Array,
    readonly maxEntries = 16_384,
    readonly maxPairs = 32_768,
  ) {
    if (weights.length !== FEATURE_DIM * LABELS) throw new Error(`TokenSums: ${weights.length} weights, expected ${FEATURE_DIM * LABELS}`);
    if (maxEntries * maxEntries > 2 ** 31) throw new Error('TokenSums: maxEntries² must fit in 31 bits (pair keys)');
    this.grow(256);
    this.growPairs(1024);
    ensureViews(1);
    edgeView(0);
    this.store(EDGE_ENTRY, 0);
    const base = EDGE_ENTRY * GROUPS * LABELS;
    this.add(this.sums, base + G_PREV2 * LABELS, asPrev2Features(this.scratch, 0, 0));
    this.add(this.sums, base + G_PREV1 * LABELS, asPrev1Features(this.scratch, 0, 0));
    this.add(this.sums, base + G_NEXT1 * LABELS, asNext1Features(this.scratch, 0, 0));
    this.add(this.sums, base + G_NEXT2 * LABELS, asNext2Features(this.scratch, 0, 0));
  }

  /**
   * Room for n more tokens and the pairs around them without emptying a table in the middle of
   * a sequence; false if a sequence that long never fits.
   */
  reserve(n: number): boolean {
    if (n + 1 > this.maxEntries || n + 3 > this.maxPairs) return false;
    if (this.size + n > this.maxEntries) {
      this.bySurface.clear();
      this.size = 1;
      this.clearPairs();
    }
    if (this.pairSize + n + 3 > this.maxPairs) this.clearPairs();
    if (this.size + n > this.capacity) this.grow(Math.min(this.maxEntries, Math.max(this.capacity * 2, this.size + n)));
    if (this.pairSize + n + 3 > this.pairCapacity) this.growPairs(Math.min(this.maxPairs, Math.max(this.pairCapacity * 2, this.pairSize + n + 3)));
    return true;
  }

  private clearPairs(): void {
    this.pairKeys.fill(-1);
    this.pairSize = 0;
  }

  private grow(capacity: number): void {
    const L = LABELS;
    const next = new Int32Array(capacity);
    next.set(this.next);
    this.next = next;
    const unknown = new Uint8Array(capacity);
    unknown.set(this.unknown);
    this.unknown = unknown;
    const columns = new Int32Array(capacity * VIEW_COLUMNS);
    columns.set(this.columns);
    this.columns = columns;
    const sums = new Int32Array(capacity * GROUPS * L);
    sums.set(this.sums);
    this.sums = sums;
    this.capacity = capacity;
  }

  /** Room for `capacity` pairs, the open addressing at most half full. */
  private growPairs(capacity: number): void {
    const pairSums = new Int32Array(capacity * PAIR_GROUPS * LABELS);
    pairSums.set(this.pairSums);
    this.pairSums = pairSums;
    const keyOfPair = new Int32Array(capacity);
    keyOfPair.set(this.keyOfPair);
    this.keyOfPair = keyOfPair;
    this.pairCapacity = capacity;
    const bits = Math.ceil(Math.log2(capacity * 2));
    this.pairKeys = new Int32Array(2 ** bits).fill(-1);
    this.pairValues = new Int32Array(2 ** bits);
    this.pairMask = 2 ** bits - 1;
    this.pairShift = 32 - bits;
    for (let p = 0; p < this.pairSize; p++) this.place(keyOfPair[p]!, p);
  }

  /** Puts pair p under its key in the open addressing (the key is not there yet). */
  private place(key: number, p: number): void {
    let h = Math.imul(key, 0x9e3779b1) >>> this.pairShift;
    while (this.pairKeys[h] !== -1) h = (h + 1) & this.pairMask;
    this.pairKeys[h] = key;
    this.pairValues[h] = p;
  }

  /** Copies view slot v's columns to entry e. */
  private store(e: number, v: number): void {
    const c = this.columns;
    const o = e * VIEW_COLUMNS;
    c[o] = vSurface[v]!;
    c[o + 1] = vPos[v]!;
    c[o + 2] = vPos1[v]!;
    c[o + 3] = vCls[v]!;
    c[o + 4] = vKind[v]!;
    c[o + 5] = vPre[v]!;
    c[o + 6] = vSuf[v]!;
    c[o + 7] = vSuf2[v]!;
    c[o + 8] = vC0len[v]!;
  }

  /** Writes entry e's columns to view slot v. */
  private load(e: number, v: number): void {
    const c = this.columns;
    const o = e * VIEW_COLUMNS;
    vSurface[v] = c[o]!;
    vPos[v] = c[o + 1]!;
    vPos1[v] = c[o + 2]!;
    const cls = c[o + 3]!;
    vCls[v] = cls;
    vClsHash[v] = cls;
    const kind = c[o + 4]!;
    vKind[v] = kind;
    vKindHash[v] = KIND_HASH[kind]!;
    vPre[v] = c[o + 5]!;
    vSuf[v] = c[o + 6]!;
    vSuf2[v] = c[o + 7]!;
    vC0len[v] = c[o + 8]!;
  }

  /** The entry of token t, its view written to slot v (computed there on first sight). */
  entry(t: Token, v: number): number {
    const head = this.bySurface.get(t.surface);
    const unknown = t.unknown ? 1 : 0;
    for (let e = head ?? -1; e >= 0; e = this.next[e]!) {
      if (this.pos[e] === t.pos && this.pos1[e] === t.pos1 && this.pos2[e] === t.pos2 && this.pos3[e] === t.pos3 && this.unknown[e] === unknown) {
        this.load(e, v);
        return e;
      }
    }
    const e = this.size++;
    view(v, t);
    this.next[e] = head ?? -1;
    this.bySurface.set(ownCopy(t.surface), e);
    this.pos[e] = t.pos;
    this.pos1[e] = t.pos1;
    this.pos2[e] = t.pos2;
    this.pos3[e] = t.pos3;
    this.unknown[e] = unknown;
    this.store(e, v);
    const f = this.scratch;
    const base = e * GROUPS * LABELS;
    let k = selfFeatures(f, 0, t, v);
    k = selfAffixFeatures(f, k, t, v);
    this.add(this.sums, base + G_SELF * LABELS, bigramFeatures(f, k, t, v));
    this.add(this.sums, base + G_PREV2 * LABELS, asPrev2Features(f, 0, v));
    this.add(this.sums, base + G_PREV1 * LABELS, asPrev1Features(f, 0, v));
    this.add(this.sums, base + G_NEXT1 * LABELS, asNext1Features(f, 0, v));
    this.add(this.sums, base + G_NEXT2 * LABELS, asNext2Features(f, 0, v));
    return e;
  }

  /** The pair of entries a, b in view slots v, v + 1 (their views written there already). */
  pair(a: number, b: number, v: number): number {
    const key = a * this.maxEntries + b;
    const keys = this.pairKeys;
    let h = Math.imul(key, 0x9e3779b1) >>> this.pairShift;
    for (let probe = keys[h]!; probe !== -1; probe = keys[h]!) {
      if (probe === key) return this.pairValues[h]!;
      h = (h + 1) & this.pairMask;
    }
    const p = this.pairSize++;
    keys[h] = key;
    this.pairValues[h] = p;
    this.keyOfPair[p] = key;
    const f = this.scratch;
    const base = p * PAIR_GROUPS * LABELS;
    this.add(this.pairSums, base + P_PREV * LABELS, prevPairFeatures(f, 0, v, v + 1));
    this.add(this.pairSums, base + P_LEFT * LABELS, leftPairFeatures(f, 0, v, v + 1));
    this.add(this.pairSums, base + P_RIGHT * LABELS, rightPairFeatures2(f, rightPairFeatures(f, 0, v, v + 1), v, v + 1));
    this.add(this.pairSums, base + P_NEXT * LABELS, nextPairFeatures(f, 0, v, v + 1));
    return p;
  }

  /** Writes the weight sums of scratch features [0, k) to out[o .. o + LABELS). */
  private add(out: Int32Array, o: number, k: number): void {
    out.fill(0, o, o + LABELS);
    addWeightSums(this.weights, this.scratch, k, out, o);
  }

  /** Entry and pair sums, read by emissionSums. */
  get tokenTable(): Int32Array {
    return this.sums;
  }

  get pairTable(): Int32Array {
    return this.pairSums;
  }
}

/** Adds the weights of features f[0 .. k) to out[o .. o + LABELS) (summed in locals, written once). */
function addWeightSums(weights: Int16Array, f: Int32Array, k: number, out: Int32Array, o: number): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let j = 0; j < k; j++) {
    const b = f[j]! * LABELS;
    s0 += weights[b]!;
    s1 += weights[b + 1]!;
    s2 += weights[b + 2]!;
    s3 += weights[b + 3]!;
    s4 += weights[b + 4]!;
  }
  out[o] = out[o]! + s0;
  out[o + 1] = out[o + 1]! + s1;
  out[o + 2] = out[o + 2]! + s2;
  out[o + 3] = out[o + 3]! + s3;
  out[o + 4] = out[o + 4]! + s4;
}

/** Columns of a view slot kept per cache entry (vClsHash and vKindHash follow from cls and kind). */
const VIEW_COLUMNS = 9;

let entryScratch = new Int32Array(0);
let pairScratch = new Int32Array(0);
let sumScratch = new Int32Array(0);
const positionScratch = new Int32Array(MAX_FEATURES_PER_TOKEN);

/**
 * Per token and label, the sum of the weights of its features (what summing over
 * extractFeatures' indices gives), through the token and pair tables of `cache` (and its weights); in a buffer reused by the
 * next call. Undefined when the sequence is longer than the tables hold (sum the feature matrix).
 */
export function emissionSums(tokens: readonly Token[], cache: TokenSums): Int32Array | undefined {
  const n = tokens.length;
  const weights = cache.weights;
  if (!cache.reserve(n)) return undefined;
  prepareViews(n);
  const slots = n + 4;
  if (entryScratch.length < slots) {
    entryScratch = new Int32Array(Math.max(slots, entryScratch.length * 2, 256));
    pairScratch = new Int32Array(entryScratch.length);
  }
  if (sumScratch.length < n * LABELS) sumScratch = new Int32Array(Math.max(n * LABELS, sumScratch.length * 2, 256 * LABELS));
  // Entry per view slot (edges included), then pair per adjacent slots (v, v + 1).
  const entries = entryScratch;
  entries[0] = entries[1] = entries[n + 2] = entries[n + 3] = EDGE_ENTRY;
  for (let i = 0; i < n; i++) entries[i + 2] = cache.entry(tokens[i]!, i + 2);
  const pairs = pairScratch;
  for (let v = 0; v + 1 < slots; v++) pairs[v] = cache.pair(entries[v]!, entries[v + 1]!, v);
  const seq = sequenceContext(tokens);
  const sums = cache.tokenTable;
  const pairSums = cache.pairTable;
  const out = sumScratch;
  const stride = GROUPS * LABELS;
  const pairStride = PAIR_GROUPS * LABELS;
  const f = positionScratch;
  for (let i = 0; i < n; i++) {
    const w0 = i + 2;
    const self = entries[w0]! * stride + G_SELF * LABELS;
    const p2 = entries[w0 - 2]! * stride + G_PREV2 * LABELS;
    const p1 = entries[w0 - 1]! * stride + G_PREV1 * LABELS;
    const n1 = entries[w0 + 1]! * stride + G_NEXT1 * LABELS;
    const n2 = entries[w0 + 2]! * stride + G_NEXT2 * LABELS;
    const before = pairs[w0 - 2]! * pairStride + P_PREV * LABELS;
    const left = pairs[w0 - 1]! * pairStride + P_LEFT * LABELS;
    const right = pairs[w0]! * pairStride + P_RIGHT * LABELS;
    const after = pairs[w0 + 1]! * pairStride + P_NEXT * LABELS;
    const o = i * LABELS;
    for (let l = 0; l < LABELS; l++) {
      out[o + l] = sums[self + l]! + sums[p2 + l]! + sums[p1 + l]! + sums[n1 + l]! + sums[n2 + l]! + pairSums[before + l]! + pairSums[left + l]! + pairSums[right + l]! + pairSums[after + l]!;
    }
    addWeightSums(weights, f, positionFeatures(f, 0, tokens[i]!, i, seq), out, o);
  }
  return out;
}
