/**
 * A person's evaluation: a score, a grade, a rating or an exam result in a table column headed by
 * one (5月スコア, 成績, 評定, 得点, 偏差値, 小論文（50）, 合否, Score, Grade, GPA, JLPT, Care skills
 * test) — rows of an attached sheet or a table pasted in the body. Like pay, it says something about someone only when the row names a
 * person (applyIdentifiability), so a policy table of grade codes or an average stays low.
 */
import { headedCells } from '../body-table.js';
import type { Hit, Unit } from '../hit.js';

/** A column of scores or grades (評価額, an appraisal's amount, is not one: its cells are amounts). */
const SCORE_HEADER = /スコア|点数|得点|成績|評定|小論文|面接|実技|筆記|試験|テスト|合否|評価(?:点|結果|ランク)?[\s\u3000]*(?:[(（][^)）]{0,8}[)）])?[\s\u3000]*$|偏差値|GPA|\b(?:scores?|grades?|ratings?|marks|tests?|exams?|JLPT)\b/i;
/** A score (61.5, 82点, 74 %), a letter or a word grade (A, B+, S, 優, 良, 可, 不可), or a 1–5 評定. */
const SCORE_CELL = /^(?:\d{1,3}(?:\.\d{1,2})?[\s\u3000]*(?:点|%|％|pts?)?|\d{1,3}[\s\u3000]*\/[\s\u3000]*\d{2,3}|[SABCDEF][+-]?|N[1-5]|秀|優|良|可|不可|合格|不合格|Pass|Fail|PASS|FAIL)$/;

export function findEvaluations(unit: Unit): Hit[] {
  const text = unit.norm.text;
  const cells = headedCells(unit);
  const hits: Hit[] = [];
  for (const c of cells) {
    if (!SCORE_HEADER.test(c.header)) continue;
    const raw = text.slice(c.start, c.end);
    const value = raw.trim();
    if (!SCORE_CELL.test(value)) continue;
    const start = c.start + raw.indexOf(value);
    hits.push({ category: 'evaluation', start, end: start + value.length, value, confidence: 'low', reason: `column ${c.header.trim()}`, needsPerson: true });
  }
  return hits;
}
