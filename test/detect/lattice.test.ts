import { describe, expect, it } from 'vitest';
import kuromoji from 'kuromoji';
import { readFileSync } from 'node:fs';
import { defaultDictionaryPath } from '../../src/detect/tokenizer.js';
import { speedUpTokenizer } from '../../src/detect/lattice.js';

const build = (): Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>> =>
  new Promise((resolve, reject) => kuromoji.builder({ dicPath: defaultDictionaryPath() }).build((err, t) => (err ? reject(err) : resolve(t))));

const samples = [
  '',
  'いつも大変お世話になっております。',
  '株式会社エグザンプル 営業部\n山田 太郎\nTEL: 03-1234-5678 / FAX: 03-1234-5679\nE-mail: yamada@example.co.jp\n〒100-0001 東京都千代田区千代田1-1',
  'ｶﾀｶﾅﾃﾞｽ ﾊﾝｶｸ 123４５６ ＡＢＣabc　全角スペース',
  '𠮷野家で𩸽を食べた😀👍🏻絵文字と サロゲート ペア𠀋𡈽𡌛',
  'lone low \udc00 surrogate and text',
  '氏名：佐藤花子、生年月日：1985年4月1日、マイナンバー 1234 5678 9018、住所 大阪府大阪市北区梅田1-2-3',
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン'.repeat(4),
  '一二三四五六七八九十百千万億兆京'.repeat(5) + '1234567890'.repeat(10),
  '\r\n\r\n  \t\t  \n',
];

describe('fast lattice builder', () => {
  it('gives exactly the tokens of kuromoji as shipped', async () => {
    const [plain, fast] = await Promise.all([build(), build().then((t) => speedUpTokenizer(t))]);
    const mails = JSON.parse(readFileSync(new URL('../eval-data/mails.json', import.meta.url), 'utf8')) as { cases: Array<{ body: string; subject: string }> };
    const texts = [...samples, ...mails.cases.slice(0, 150).flatMap((c) => [c.body, c.subject])];
    for (const text of texts) expect(fast.tokenize(text)).toEqual(plain.tokenize(text));
  }, 60_000);

  it('still throws on a broken surrogate pair, as kuromoji does', async () => {
    const [plain, fast] = await Promise.all([build(), build().then((t) => speedUpTokenizer(t))]);
    const broken = 'abc\ud800def';
    expect(() => plain.tokenize(broken)).toThrow();
    expect(() => fast.tokenize(broken)).toThrow();
  }, 60_000);
});
