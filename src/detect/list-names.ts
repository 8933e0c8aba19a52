/**
 * Names that lead the lines of a list without a header row, beside other personal data:
 *
 *     山田　太郎　東京都千代田区千代田１－１　０９０－１２３４－５６７８
 *     YAMADA Taro, 090-1234-5678, taro@example.com
 *     Taro Yamada / 080-2345-6789
 *
 * and names in the cells of a table row without a name column (romaji, or kanji) when the row holds
 * other personal data. A list needs at least two such lines in the text, so a single line of prose
 * is left to the morphological name finder.
 */
import type { Hit, Unit } from './hit.js';
import { personKey } from './names.js';
import { romajiName } from './patterns/romaji.js';
import { ORGANISATION_WORDS } from './latin-names.js';

/** Identifier categories that make a line "personal data" (a name beside them is a person's). */
const BESIDE = new Set(['phone', 'email_address', 'address', 'birth_date', 'bank_account', 'my_number', 'passport', 'drivers_license', 'health_insurance', 'pension_number', 'employment_insurance', 'national_id']);

/** A list marker or number at the start of a line: `・`, `-`, `*`, `1.`, `(1)`, `①`, `No.3`. */
const MARKER = /^[\s>]*(?:[・•\-*＊◆◇■□●○]|\(?\d{1,4}[.)．、]|[①-⑳]|No\.?\s*\d+[.:]?)?\s*/i;
/** A label before the name: `氏名：`, `Name:`, `担当 `. */
const LABEL = /^(?:氏名|お名前|名前|担当者?|連絡先|宛先|Name)\s*[:：]?\s*/i;
/** Separators and honorifics between the name and the data after it. */
const TRAIL = /[\s,，、;；:：/|()（）\t-]+$|(?:様|さん|殿|氏)[\s,，、;；:：/|\t-]*$/u;

const JAPANESE_NAME = /^[\p{sc=Han}々]{1,4}\s?[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}々ー]{1,5}$|^[\p{sc=Katakana}ー]{2,6}\s[\p{sc=Katakana}ー]{2,6}$/u;
const NOT_A_NAME = /番号|電話|住所|携帯|連絡|問い?合|メール|生年|口座|銀行|会社|株式|有限|代表|受付|窓口|本社|支社|本部|センター|TEL|FAX|[都道府県市区町村社所部課係室局館店]$/i;

interface Candidate {
  start: number;
  end: number;
  value: string;
  key: string;
  romaji: boolean;
}

function nameCandidate(text: string, offset: number): Candidate | undefined {
  const marker = MARKER.exec(text)?.[0].length ?? 0;
  let rest = text.slice(marker);
  const label = LABEL.exec(rest)?.[0].length ?? 0;
  rest = rest.slice(label);
  let trimmed = rest;
  for (let i = 0; i < 3; i++) trimmed = trimmed.replace(TRAIL, '');
  const value = trimmed.trim();
  if (value.length < 2) return undefined;
  const start = offset + marker + label + rest.indexOf(value);
  const romaji = romajiName(value);
  if (romaji) return { start, end: start + value.length, value, key: romaji.key, romaji: true };
  // Two-character kanji words are more often places and sections (東京, 総務) than names.
  if (JAPANESE_NAME.test(value) && (value.length >= 3) && !NOT_A_NAME.test(value)) return { start, end: start + value.length, value, key: personKey(value, true), romaji: false };
  return undefined;
}

/** Person-name hits for names leading list lines, or in cells of rows, beside other personal data. */
export function findListNames(unit: Unit, identifiers: Hit[]): Hit[] {
  const data = identifiers.filter((h) => BESIDE.has(h.category)).sort((a, b) => a.start - b.start);
  if (data.length === 0) return [];
  return unit.isRecord ? rowNames(unit, data) : listLineNames(unit, data);
}

function listLineNames(unit: Unit, data: Hit[]): Hit[] {
  const text = unit.norm.text;
  const found: Candidate[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const first = data.find((h) => h.start >= lineStart && h.start < lineEnd);
    if (first && first.start > lineStart) {
      const candidate = nameCandidate(text.slice(lineStart, first.start), lineStart);
      if (candidate) found.push(candidate);
    }
    lineStart = lineEnd + 1;
  }
  if (found.length < 2) return [];
  return found.map((c) => ({
    category: 'person_name',
    start: c.start,
    end: c.end,
    value: c.value,
    confidence: 'high',
    reason: c.romaji ? 'romaji name leading a list line of personal data' : 'name leading a list line of personal data',
    personKey: c.key,
  }));
}

function rowNames(unit: Unit, data: Hit[]): Hit[] {
  const hits: Hit[] = [];
  for (const field of unit.fields) {
    if (field.column === 'person_name') continue; // the name column has its own finder
    if (data.some((h) => h.start < field.end && field.start < h.end)) continue;
    const text = unit.norm.text.slice(field.start, field.end);
    const candidate = nameCandidate(text, field.start);
    // Kanji names in cells are the analyser's; romaji ones it cannot read.
    if (!candidate?.romaji) continue;
    hits.push({ category: 'person_name', start: candidate.start, end: candidate.end, value: candidate.value, confidence: 'high', reason: 'romaji name in a row of personal data', personKey: candidate.key });
  }
  return hits;
}

/** A Latin word of a name: Capitalised or in capitals (Ahmad, FAUZI, O'Neil, Jean-Luc). */
const LATIN_WORD = "(?:[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)?|[A-Z]{2,}(?:['-][A-Z]{2,})?)";
/**
 * A list line that opens with a Latin full name and a separator, the person's data after it:
 * `- Ahmad FAUZI – halal (Muslim)`, `• Kenta Okazaki: base JPY 7,200,000`, `2) Liam Owens — probation`.
 */
const LATIN_LIST_LINE = new RegExp(`^[ \\t>]*(?:[-•*・●○▪]|\\(?\\d{1,2}[.)])[ \\t]*(${LATIN_WORD}(?:[ \\t]${LATIN_WORD}){1,2})[ \\t]*(?:\\([^)\\n]{1,60}\\)[ \\t]*)?(?:[–—:：]|-[ \\t]|\\t)`, 'gm');
/** Words that make the lead of a line a thing, a place or a role, not a person (Welcome Dinner, Sales Team). */
const NOT_LATIN_NAME = new RegExp(`\\b(?:${ORGANISATION_WORDS}|The|And|Of|For|With|From|To|In|On|At|By|New|Old|Total|Day|Week|Month|Year|Date|Time|Room|Hall|Floor|Building|Street|Road|Station|Airport|Menu|Meal|Dinner|Lunch|Breakfast|Party|Meeting|Session|Agenda|Item|Plan|Phase|Step|Option|Price|Fee|Cost|Budget|Rate|Product|Model|Version|Release|Order|Invoice|Account|Policy|Report|Review|Test|Sample|Dummy|Mr|Ms|Mrs|Dr|Department|Dept|Division|Engineer|Engineers|Staff|Members?|Guests?|Students?|Visitors?|North|South|East|West|Shinjuku|Shibuya|Asakusa|Ginza|Ueno|Namba|Umeda|Hakata|Dotonbori)\\b`);

/**
 * Latin full names leading the lines of a list whose lines hold a person's sensitive data or pay
 * (a term or amount that needs a person, already found): the names make those lines about them.
 * Two such lines at least, so a single heading-like line is not read as a name.
 */
export function findLatinListNames(unit: Unit, hits: readonly Hit[]): Hit[] {
  if (unit.isRecord) return [];
  const text = unit.norm.text;
  const lines: Array<{ start: number; end: number; value: string; lineEnd: number }> = [];
  for (const m of text.matchAll(LATIN_LIST_LINE)) {
    const value = m[1]!;
    if (NOT_LATIN_NAME.test(value)) continue;
    const start = m.index + m[0].indexOf(value);
    const lineEnd = text.indexOf('\n', m.index);
    lines.push({ start, end: start + value.length, value, lineEnd: lineEnd === -1 ? text.length : lineEnd });
  }
  if (lines.length < 2) return [];
  const withData = lines.filter((l) => hits.some((h) => h.needsPerson && h.start >= l.end && h.start < l.lineEnd));
  if (withData.length === 0) return [];
  return lines
    .filter((l) => !hits.some((h) => h.category === 'person_name' && h.start < l.end && l.start < h.end))
    .map((l) => ({
      category: 'person_name',
      start: l.start,
      end: l.end,
      value: l.value,
      confidence: 'medium',
      reason: 'Latin name leading a list line of personal data',
      personKey: personKey(l.value.toLowerCase(), true),
    }));
}
