/**
 * Addresses by structure: (〒postal) (都道府県) 市区町村 町名 丁目・番地・号. A prefecture or city
 * alone (東京都庁の会議室, 東京都千代田区に本社) is not an address.
 */
import { fieldAt, type KeywordIndex } from './context.js';
import type { Hit, Unit } from './hit.js';
import { tokenAt, type Token } from './tokenizer.js';
import { lineStartAt } from './sentences.js';

const PREFECTURES =
  '北海道|東京都|京都府|大阪府|(?:青森|岩手|宮城|秋田|山形|福島|茨城|栃木|群馬|埼玉|千葉|神奈川|新潟|富山|石川|福井|山梨|長野|岐阜|静岡|愛知|三重|滋賀|兵庫|奈良|和歌山|鳥取|島根|岡山|広島|山口|徳島|香川|愛媛|高知|福岡|佐賀|長崎|熊本|大分|宮崎|鹿児島|沖縄)県';
const NAME_CHARS = '[\\p{sc=Han}\\p{sc=Katakana}\\p{sc=Hiragana}ヶケ々ー]';
const SP = '[ \\t\\u3000]?';
const BLOCK = `(?:\\d{1,4}(?:丁目|番町|番地?|-|の)${SP}\\d{1,4}(?:${SP}(?:番地?|号|-|の)${SP}\\d{1,4})?(?:号|番地?)?|\\d{1,4}番地(?!\\d))`;
const ROOM = '(?:[ \\u3000]?[^\\s、。,<>]{0,20}?\\d{1,4}(?:号室|号|F|階))?';
const ADDRESS = new RegExp(
  `((?:〒\\s?\\d{3}-?\\d{4}|(?<![\\d-])\\d{3}-\\d{4})\\s*(?:<br\\s*\\/?>\\s*)?)?(?:(${PREFECTURES})\\s?)?(${NAME_CHARS}{1,7}?[市区郡町村])(${NAME_CHARS}{0,10}?)\\s?(${BLOCK})${ROOM}`,
  'gu',
);
/**
 * What every ADDRESS match contains: a 市区郡町村 character, up to ten name characters, an
 * optional space and a digit (the block number). A quick test: text without it has no address,
 * and the costly ADDRESS pattern (tried at every position) need not run.
 */
const ADDRESS_CORE = new RegExp(`[市区郡町村]${NAME_CHARS}{0,10}\\s?\\d`, 'u');
const PREFECTURE_ONLY = new RegExp(`^(?:〒?\\s?\\d{3}-\\d{4}\\s*)?(?:${PREFECTURES})`, 'u');
const BUSINESS_BEFORE = /(?:本社|本店|支店|支社|営業所|事務所|事業所|工場|会場|所在地|オフィス|店舗|拠点|センター|会社|弊社|当社|貴社|御社|ビル)\s*[:：]?\s*(?:〒?\s?\d{3}-\d{4})?\s*$/;
const BUSINESS_AFTER = /^\s*[^\s、。]{0,12}ビル/;

/** Address labels the shared keyword list lacks (住居地 on residence cards, 郵便番号 forms). */
const LOCAL_LABEL = /(?:住居地|居住地|住居|郵便番号|所在地|Address)\s*[:：]?\s*$/i;
/** `郵便番号：123-4567` alone on its line is part of the address given. */
const LABELLED_POSTAL = /(?:郵便番号|〒)[ \t:：]*(\d{3}-\d{4})(?=[ \t]*(?:\n|$))/g;
/** A line break followed by indentation (and quote marks): the line above continues here. */
const CONTINUATION = /\n(?:[ \t]*>)*[ \t]*[\u3000 \t]+(?=\S)/g;
const ADDRESS_START = new RegExp(`住所|住居|お届け先|送付先|配送先|〒|\\d{3}-\\d{4}|${PREFECTURES}|[市区郡町村]`, 'u');

interface Joined {
  text: string;
  /** Original offset of each joined character (and of the end). */
  map: Int32Array;
}

export function findAddresses(unit: Unit, tokens: Token[] | null, kw: KeywordIndex): Hit[] {
  const text = unit.norm.text;
  const hits: Hit[] = [];
  for (const m of ADDRESS_CORE.test(text) ? text.matchAll(ADDRESS) : []) {
    const hit = addressHit(unit, tokens, kw, m, m.index, m.index + m[0].length);
    if (hit) hits.push(hit);
  }
  // Addresses continued on an indented next line (`お届け先：沖縄県那覇市⏎　久茂地1-2-3`).
  const joined = unit.isRecord ? null : joinContinuations(text);
  if (joined) {
    for (const m of ADDRESS_CORE.test(joined.text) ? joined.text.matchAll(ADDRESS) : []) {
      const start = joined.map[m.index]!;
      const end = joined.map[m.index + m[0].length - 1]! + 1;
      if (end - start === m[0].length) continue;
      const hit = addressHit(unit, tokens, kw, m, start, end);
      if (hit) hits.push(hit);
    }
  }
  for (const m of text.matchAll(LABELLED_POSTAL)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    if (hits.some((h) => h.start <= start && h.end > start)) continue;
    hits.push({ category: 'address', start, end: start + (m[1] ?? '').length, value: m[1] ?? '', confidence: 'medium', reason: 'postal code + label' });
  }
  addPrefectureCells(unit, text, hits);
  return hits;
}

function joinContinuations(text: string): Joined | null {
  if (!/\n(?:[ \t]*>)*[ \t]*[\u3000 \t]/.test(text)) return null;
  const cuts: Array<[number, number]> = [];
  for (const m of text.matchAll(CONTINUATION)) {
    const lineStart = lineStartAt(text, m.index);
    const line = text.slice(lineStart, m.index);
    if (/[。、,]\s*$/.test(line) || !ADDRESS_START.test(line)) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  if (cuts.length === 0) return null;
  let out = '';
  const map: number[] = [];
  let at = 0;
  for (const [from, to] of [...cuts, [text.length, text.length] as [number, number]]) {
    out += text.slice(at, from);
    for (let i = at; i < from; i++) map.push(i);
    at = to;
  }
  map.push(text.length);
  return { text: out, map: Int32Array.from(map) };
}

function addressHit(unit: Unit, tokens: Token[] | null, kw: KeywordIndex, m: RegExpMatchArray, start: number, end: number): Hit | null {
  const text = unit.norm.text;
  const postal = m[1] !== undefined;
  const pref = m[2] !== undefined;
  if (!pref && !postal && !cityIsPlace(tokens, start + m[0].indexOf(m[3] ?? ''))) return null;
  const column = fieldAt(unit, start)?.column === 'address';
  const labelled = column || kw.labelled('address', start, 20) || LOCAL_LABEL.test(text.slice(Math.max(0, start - 16), start));
  const business = BUSINESS_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || BUSINESS_AFTER.test(text.slice(end, end + 16));
  let confidence: Hit['confidence'];
  if (labelled) confidence = 'high';
  else if (business) confidence = 'low';
  else if (postal) confidence = 'high';
  else if (pref) confidence = 'medium';
  else confidence = 'low';
  const reason = labelled ? 'address structure + label' : business ? 'business address' : 'address structure';
  return { category: 'address', start, end, value: m[0].replace(/\s|<br\s*\/?>/g, ''), confidence, reason };
}

const MUNICIPALITY_CELL = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ヶケ]{1,8}[市区町村郡][^\n]{0,60}\d/u;

function addPrefectureCells(unit: Unit, text: string, hits: Hit[]): void {
  // Address column cells with a prefecture but no block numbers (e.g. rural addresses).
  for (const f of unit.fields) {
    if (f.column !== 'address' || hits.some((h) => h.start >= f.start && h.end <= f.end)) continue;
    const cell = text.slice(f.start, f.end).trim();
    // …and cells of an address column that start with a municipality and carry numbers, which
    // the structure pattern misses without a prefecture (札幌市北区北8条西5丁目4-12 エルム北8 607).
    if ((PREFECTURE_ONLY.test(cell) && cell.length >= 6) || MUNICIPALITY_CELL.test(cell)) {
      const start = f.start + text.slice(f.start, f.end).indexOf(cell);
      hits.push({ category: 'address', start, end: start + cell.length, value: cell.replace(/\s/g, ''), confidence: 'high', reason: 'address column' });
    }
  }
}

/** Without prefecture or postal code, the municipality must be a place name for the analyser. */
function cityIsPlace(tokens: Token[] | null, at: number): boolean {
  const t = tokens ? tokenAt(tokens, at) : undefined;
  return t !== undefined && t.start === at && t.pos2 === '地域';
}
