import { describe, expect, it } from 'vitest';
import kuromoji from 'kuromoji';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { defaultDictionaryPath, loadTokenizer, type Token } from '../../src/detect/tokenizer.js';
import { compileIpadic } from '../../src/detect/ipadic/compile.js';
import { decodeIpadic, encodeIpadic } from '../../src/detect/ipadic/layout.js';
import { createIpadicTokenizer } from '../../src/detect/ipadic/viterbi.js';

/**
 * kuromoji exactly as shipped, its tokens mapped to ours. A token starts where its surface next
 * occurs in the text; kuromoji's own word_position is not used, because it drifts after a
 * surrogate pair or a grouped run ending in 、 (「%、」). (After a run of emoji kuromoji also skips
 * as many characters as the run has UTF-16 units: 「😀👍🏻絵文字と」 gives 😀👍🏻 and と, so the
 * next token is looked for, not assumed to follow.)
 */
async function reference(): Promise<(text: string) => Token[]> {
  const built = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) =>
    kuromoji.builder({ dicPath: defaultDictionaryPath() }).build((err, t) => (err ? reject(err) : resolve(t))),
  );
  return (text) => {
    let at = 0;
    return built.tokenize(text).map((t) => {
      const start = text.indexOf(t.surface_form, at);
      const token = { surface: t.surface_form, start, end: start + t.surface_form.length, pos: t.pos, pos1: t.pos_detail_1, pos2: t.pos_detail_2, pos3: t.pos_detail_3, unknown: t.word_type === 'UNKNOWN', ...(t.reading && t.reading !== '*' ? { reading: t.reading } : {}) };
      at = token.end;
      return token;
    });
  };
}

const samples = [
  '',
  'いつも大変お世話になっております。',
  '株式会社エグザンプル 営業部\n山田 太郎\nTEL: 03-1234-5678 / FAX: 03-1234-5679\nE-mail: yamada@example.co.jp\n〒100-0001 東京都千代田区千代田1-1',
  'ｶﾀｶﾅﾃﾞｽ ﾊﾝｶｸ 123４５６ ＡＢＣabc　全角スペース',
  '𠮷野家で𩸽を食べた😀👍🏻絵文字と サロゲート ペア𠀋𡈽𡌛',
  '氏名：佐藤花子、生年月日：1985年4月1日、マイナンバー 1234 5678 9018、住所 大阪府大阪市北区梅田1-2-3',
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'.repeat(4),
  '一二三四五六七八九十百千万億兆京'.repeat(5) + '1234567890'.repeat(10),
  '\r\n\r\n  \t\t  \n',
  '、、、。。。、。',
  '。先頭が句点、そして「カギ括弧」（丸括弧）【隅付き】…‥・ー〜～',
  'Ελληνικά кириллица ÀÉÎÕÜ ß æøå ½ ⅷ ① ㈱ ㍻ ℡',
  '🇯🇵🏳️‍🌈 👨‍👩‍👧 テスト𠮷、𠮷。𠮷𠮷𠮷',
  '社員番号,氏名,部署,電話\n1001,鈴木一郎,総務部,090-1111-2222\n1002,高橋二郎,経理部,080-3333-4444',
];

// Characters from every class kuromoji distinguishes, plus punctuation that splits sentences.
const alphabet = [...'あいうえおかきくけこさしすせそたちつてとなにぬねのはまやらわをんがぎぐげござじずぜぞっゃゅょー',
  ...'アイウエオカキクケコサシスセソタチツテトナニヌネノハマヤラワヲンガギグゲゴッャュョヴ',
  ...'日本東京大阪山田太郎花子佐藤鈴木高橋田中伊藤渡辺様殿株式会社部課長社員番号氏名住所電話病院診断結果',
  ...'0123456789０１２３４５６７８９一二三十百千万abcxyzABCXYZａｂｃＡＢＣｱｲｳｴｵﾞﾟ',
  ...' 　\n\t、。，．・！？!?()（）「」【】-－ー―‐@.:/_%＄#',
  '𠮷', '😀', '𩸽'];

describe('IPADIC tokenizer over the shared binary dictionary', () => {
  it('gives exactly the tokens of kuromoji as shipped (samples, evaluation mail, random text)', async () => {
    const [expected, tokenize] = await Promise.all([reference(), loadTokenizer()]);
    const mails = JSON.parse(readFileSync(new URL('../eval-data/mails.json', import.meta.url), 'utf8')) as { cases: Array<{ body: string; subject: string }> };
    const texts = [...samples, ...mails.cases.slice(0, 200).flatMap((c) => [c.body, c.subject])];
    // Where kuromoji drops characters (after a grouped run of surrogate pairs it skips as many
    // characters as the run has extra code units), ours keeps them: the text is covered whole.
    const same = (text: string): void => {
      const ours = tokenize(text);
      expect(ours.map((t) => t.surface).join('')).toBe(text);
      const theirs = expected(text);
      if (theirs.map((t) => t.surface).join('') === text) expect(ours).toEqual(theirs);
      else expect(ours.slice(0, 1)).toEqual(theirs.slice(0, 1));
    };
    for (const text of texts) same(text);
    // Offsets are the text's own: after an emoji, and after 「%、」 (kuromoji groups the symbols
    // into one token but starts the next sentence one character early).
    for (const text of [...texts, '率 94.2%、高ストレス者割合 9.8%(集団分析)。', '😀👍🏻、山田太郎、090-1234-5678']) {
      for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }), (chars) => {
        same(chars.join(''));
      }),
      { numRuns: 400, seed: 20 },
    );
  }, 120_000);

  it('replaces NUL and lone surrogates by a space (kuromoji would throw), keeping offsets', async () => {
    const [expected, tokenize] = await Promise.all([reference(), loadTokenizer()]);
    const broken = 'abc\ud800def\u0000山田\udc00太郎';
    const spaced = broken.replace(/\u0000|\ud800|\udc00/g, ' ');
    const tokens = tokenize(broken);
    expect(tokens).toEqual(expected(spaced));
    expect(tokens.map((t) => t.surface)).toContain('山田');
    for (const t of tokens) expect(spaced.slice(t.start, t.end)).toBe(t.surface);
  }, 60_000);

  it('reads the same dictionary back from its binary form, from shared memory', () => {
    const compiled = compileIpadic();
    const bytes = encodeIpadic(compiled, 'test');
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
    const decoded = decodeIpadic(shared);
    expect(decoded.trieBase.buffer).toBe(shared.buffer);
    expect(decoded.known.features.buffer).toBe(shared.buffer);
    const text = samples.join('\n');
    expect(createIpadicTokenizer(decoded)(text)).toEqual(createIpadicTokenizer(compiled)(text));
    expect(() => decodeIpadic(bytes.subarray(0, bytes.length - 100))).toThrow(/truncated/);
    expect(() => decodeIpadic(new Uint8Array(64))).toThrow(/magic/);
  }, 60_000);
});
