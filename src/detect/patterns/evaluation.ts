/**
 * A person's evaluation: a score, a grade, a rating or an exam result in a table column headed by
 * one (5月スコア, 成績, 評定, 得点, 偏差値, 小論文（50）, 合否, Score, Grade, GPA, JLPT, Care skills
 * test), marks under school subjects (国語, 算数 …) or an exam's 合格 / 不合格 under 結果 — rows of an
 * attached sheet or a table pasted in the body — and marks by subject written in a line
 * (国語48・算数35・社会29). Like pay, it says something about someone only when the row or the
 * sentence names a person (applyIdentifiability), so a policy table of grade codes or an average
 * stays low.
 */
import { headedCells } from '../body-table.js';
import type { Hit, Unit } from '../hit.js';

/** A column of scores or grades (評価額, an appraisal's amount, is not one: its cells are amounts). */
const SCORE_HEADER = /スコア|点数|得点|成績|評定|小論文|面接|実技|筆記|試験|テスト|合否|評価(?:点|結果|ランク)?[\s\u3000]*(?:[(（][^)）]{0,8}[)）])?[\s\u3000]*$|偏差値|GPA|\b(?:scores?|grades?|ratings?|marks|tests?|exams?|JLPT)\b/i;
/** A score (61.5, 82点, 74 %), a letter or a word grade (A, B+, S, 優, 良, 可, 不可), or a 1–5 評定. */
const SCORE_CELL = /^(?:\d{1,3}(?:\.\d{1,2})?[\s\u3000]*(?:点|%|％|pts?)?|\d{1,3}[\s\u3000]*\/[\s\u3000]*\d{2,3}|[SABCDEF][+-]?|N[1-5]|秀|優|良|可|不可|合格|不合格|Pass|Fail|PASS|FAIL)$/;

/** A school subject heading a column of marks (国語, 算数, 数学, 英語, 理科, 社会). */
const SUBJECT_HEADER = /^[\s\u3000]*(?:国語|算数|数学|英語|理科|社会)[\s\u3000]*$/;
const MARK_CELL = /^\d{1,3}(?:\.\d)?[\s\u3000]*点?$/;
/** An exam's outcome column (結果, 判定) with 合格 / 不合格 / 補欠 in it. */
const OUTCOME_HEADER = /^[\s\u3000]*(?:結果|判定|合否結果|入試結果)[\s\u3000]*$/;
const OUTCOME_CELL = /^(?:合格|不合格|補欠|繰上合格)(?:[（(][^)）]{0,8}[)）])?$/;
/**
 * Marks by school subject written in a line (国語48・算数35・社会29・理科27, 英語：72点 数学：65点):
 * two or more in a row are an exam's marks, someone's when a person is named with them.
 */
const SUBJECT_MARKS = /(?:国語|算数|数学|英語|理科|社会)[ \u3000]*[:：]?[ \u3000]*\d{1,3}[ \u3000]*点?(?:[ \u3000]*[・、,／/][ \u3000]*(?:国語|算数|数学|英語|理科|社会)[ \u3000]*[:：]?[ \u3000]*\d{1,3}[ \u3000]*点?)+/g;

/**
 * Marks after names in a line (田中 陽菜 72点／佐藤 蓮 68点, 山田さん85点・佐藤さん72点): two or more
 * items in a row, each a full name or a name with an honorific, then its mark (not 運動項目 52点 nor
 * メイン画像 1点, an item counted). Each mark is a finding; a person named with it makes it someone's.
 */
const NAME_PART = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}ー]{1,5}';
const NAMED_MARK = `(?:${NAME_PART}[ \\u3000]${NAME_PART}(?:さん|くん|君|様)?|${NAME_PART}(?:さん|くん|君|様))[ \\u3000]*[:：]?[ \\u3000]*\\d{1,3}(?:\\.\\d)?点`;
const NAMED_MARKS = new RegExp(`${NAMED_MARK}(?:[ \\u3000]*[・、,／/][ \\u3000]*${NAMED_MARK})+`, 'gu');
const MARK_IN_ITEM = /\d{1,3}(?:\.\d)?点/g;

export function findEvaluations(unit: Unit): Hit[] {
  const text = unit.norm.text;
  const cells = headedCells(unit);
  const hits: Hit[] = [];
  for (const m of text.matchAll(SUBJECT_MARKS)) {
    hits.push({ category: 'evaluation', start: m.index, end: m.index + m[0].length, value: m[0], confidence: 'low', reason: 'marks by subject', needsPerson: true });
  }
  // (Scanned only where two marks are written at all: the pattern is costly on every character.)
  const marks = text.indexOf('点') === -1 ? 0 : (text.match(MARK_IN_ITEM)?.length ?? 0);
  for (const m of marks >= 2 ? text.matchAll(NAMED_MARKS) : []) {
    for (const mark of m[0].matchAll(MARK_IN_ITEM)) {
      const start = m.index + mark.index;
      hits.push({ category: 'evaluation', start, end: start + mark[0].length, value: mark[0], confidence: 'low', reason: 'marks after names', needsPerson: true });
    }
  }
  for (const c of cells) {
    const raw = text.slice(c.start, c.end);
    const value = raw.trim();
    const scored = SCORE_HEADER.test(c.header) ? SCORE_CELL.test(value) : SUBJECT_HEADER.test(c.header) ? MARK_CELL.test(value) : OUTCOME_HEADER.test(c.header) && OUTCOME_CELL.test(value);
    if (!scored) continue;
    const start = c.start + raw.indexOf(value);
    hits.push({ category: 'evaluation', start, end: start + value.length, value, confidence: 'low', reason: `column ${c.header.trim()}`, needsPerson: true });
  }
  return hits;
}
