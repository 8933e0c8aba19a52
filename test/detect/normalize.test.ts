import { describe, expect, it } from 'vitest';
import { isNfkcStable, normalizeText, toOriginalRange } from '../../src/detect/normalize.js';

describe('normalizeText', () => {
  it('folds full-width digits and dashes between digits, keeping ー in words', () => {
    expect(normalizeText('０９０－１２３４ー５６７８ コーヒー').text).toBe('090-1234-5678 コーヒー');
  });
  it('converts kanji numerals that form numbers only', () => {
    expect(normalizeText('〇九〇ー一二三四ー五六七八').text).toBe('090-1234-5678');
    expect(normalizeText('昭和四十五年三月十二日').text).toBe('昭和45年3月12日');
    expect(normalizeText('一緒に三四郎と五十嵐さん').text).toBe('一緒に三四郎と五十嵐さん');
  });
  it('reads 一時 as a clock time only with a time after it, whatever else the text holds', () => {
    // The full-width bracket sends the text through the normalising pass; 一時保護 must not become 1時保護.
    expect(normalizeText('三浦 陽向くん 一時保護の件（本日）').text).toBe('三浦 陽向くん 一時保護の件(本日)');
    expect(normalizeText('一時金（賞与）').text).toBe('一時金(賞与)');
    expect(normalizeText('午後一時（予定）').text).toBe('午後1時(予定)');
    expect(normalizeText('一時半から（会議室）').text).toBe('1時半から(会議室)');
  });
  it('reads a kanji numeral before a counter the same with or without anything else to normalise', () => {
    // Before, the quick pre-check knew fewer counters than the pass: 三名 stayed 三名 in plain text
    // and became 3名 only when a full-width bracket elsewhere sent the text through the pass.
    for (const [plain, read] of [['参加者は三名です', '参加者は3名です'], ['問い合わせが五件あり', '問い合わせが5件あり'], ['会費は千円', '会費は1000円'], ['うち一人は欠席', 'うち1人は欠席'], ['本社は十階', '本社は10階']] as const) {
      expect(normalizeText(plain).text).toBe(read);
      expect(normalizeText(`${plain}（予定）`).text).toBe(`${read}(予定)`);
    }
    expect(normalizeText('一時保護の件').text).toBe('一時保護の件');
  });
  it('removes spaces inserted between digits or characters', () => {
    expect(normalizeText('0 9 0 1 2 3 4 5 6 7 8').text).toBe('09012345678');
    expect(normalizeText('マ イ ナ ン バ ー').text).toBe('マイナンバー');
    expect(normalizeText('山田 太郎').text).toBe('山田 太郎');
  });
  it('maps normalised ranges back to the original text', () => {
    const original = '電話：０ ９ ０ １ ２ ３ ４ ５ ６ ７ ８です';
    const n = normalizeText(original);
    const start = n.text.indexOf('090');
    const [s, e] = toOriginalRange(n, start, start + 11);
    expect(original.slice(s, e)).toBe('０ ９ ０ １ ２ ３ ４ ５ ６ ７ ８');
    const h = normalizeText('ｶﾞｽ代');
    expect(h.text).toBe('ガス代');
    expect(toOriginalRange(h, 1, 2)).toEqual([2, 3]);
  });
});

describe('normalizeText fast path', () => {
  it('still folds a prolonged sound mark between ASCII digits', () => {
    expect(normalizeText('090ー1234ー5678').text).toBe('090-1234-5678');
  });
});

describe('normalizeText copies unchanged runs', () => {
  it('leaves every character it copies unchanged under NFKC', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (!isNfkcStable(c)) continue;
      const ch = String.fromCharCode(c);
      expect(ch.normalize('NFKC')).toBe(ch);
    }
  });
  it('folds the characters between copied runs and maps every one back', () => {
    const original = 'お世話になっております。ｶﾞｽ代は１２，０００円㈱です\u200bか？';
    const n = normalizeText(original);
    expect(n.text).toBe('お世話になっております。ガス代は12,000円(株)ですか?');
    expect(original.slice(...toOriginalRange(n, n.text.indexOf('ガ'), n.text.indexOf('ガ') + 3))).toBe('ｶﾞｽ代');
    expect(original.slice(...toOriginalRange(n, n.text.indexOf('(株)'), n.text.indexOf('(株)') + 3))).toBe('㈱');
    expect(original.slice(...toOriginalRange(n, n.text.indexOf('か'), n.text.length))).toBe('か？');
  });
});
