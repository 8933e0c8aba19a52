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

/** Identifier categories that make a line "personal data" (a name beside them is a person's). */
const BESIDE = new Set(['phone', 'email_address', 'address', 'birth_date', 'bank_account', 'my_number', 'passport', 'drivers_license', 'health_insurance', 'pension_number']);

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
