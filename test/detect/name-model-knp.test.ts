import { describe, expect, it } from 'vitest';
import { overlapping, parseKnpDocument } from '../../scripts/name-model/knp.js';

// A made-up document in the KNP format of the KU Wikipedia Annotated Corpus (synthetic names):
// a sentence whose parenthesis was cut out (括弧削除), the parenthesis at offset 5, then a
// sentence with an organisation and an OPTIONAL entity.
const DOC = [
  '# S-ID:wiki99990001-00-01 括弧削除 KNP:5.0',
  '* 1D',
  '+ 1D',
  '架空 かくう 架空 名詞 6 人名 5 * 0 * 0 NIL <NE:PERSON:head>',
  '　 　 　 特殊 1 空白 6 * 0 * 0 NIL <NE:PERSON:middle>',
  '+ 2D <NE:PERSON:架空　太郎>',
  '太郎 たろう 太郎 名詞 6 人名 5 * 0 * 0 NIL <NE:PERSON:tail>',
  'は は は 助詞 9 副助詞 2 * 0 * 0 NIL',
  '* -1D',
  '+ -1D',
  '作家 さっか 作家 名詞 6 普通名詞 1 * 0 * 0 NIL',
  '。 。 。 特殊 1 句点 1 * 0 * 0 NIL',
  'EOS',
  '# S-ID:wiki99990001-00-02 括弧始:（ 括弧終:） 括弧位置:5 KNP:5.0',
  '* -1D',
  '+ -1D <NE:PERSON:かくう　たろう>',
  'かくう かくう かくう 名詞 6 人名 5 * 0 * 0 NIL <NE:PERSON:head>',
  '　 　 　 特殊 1 空白 6 * 0 * 0 NIL <NE:PERSON:middle>',
  'たろう たろう たろう 名詞 6 人名 5 * 0 * 0 NIL <NE:PERSON:tail>',
  'EOS',
  '# S-ID:wiki99990001-01 KNP:5.0',
  '* 1D',
  '+ 1D <NE:ORGANIZATION:架空商事>',
  '架空 かくう 架空 名詞 6 普通名詞 1 * 0 * 0 NIL <NE:ORGANIZATION:head>',
  '商事 しょうじ 商事 名詞 6 普通名詞 1 * 0 * 0 NIL <NE:ORGANIZATION:tail>',
  'で で で 助詞 9 格助詞 1 * 0 * 0 NIL',
  '+ 2D <NE:OPTIONAL:英>',
  '英 えい 英 名詞 6 普通名詞 1 * 0 * 0 NIL <NE:OPTIONAL:single>',
  '語 ご 語 名詞 6 普通名詞 1 * 0 * 0 NIL',
  'を を を 助詞 9 格助詞 1 * 0 * 0 NIL',
  '* -1D',
  '+ -1D',
  '教えた おしえた 教える 動詞 2 * 0 母音動詞 1 タ形 10 NIL',
  '。 。 。 特殊 1 句点 1 * 0 * 0 NIL',
  'EOS',
  '',
].join('\n');

const texts = (s: { text: string; names: Array<{ start: number; end: number }> }): string[] => s.names.map((n) => s.text.slice(n.start, n.end));

describe('KNP reader (KU Wikipedia Annotated Corpus, training data of the name model)', () => {
  it('keeps sentences without their cut-out parentheses by default, persons as names, OPTIONAL as another entity', () => {
    const [first, second, ...rest] = parseKnpDocument('wiki99990001', DOC);
    expect(rest).toEqual([]);
    expect(first!.text).toBe('架空　太郎は作家。');
    expect(texts(first!)).toEqual(['架空　太郎']);
    expect(second!.text).toBe('架空商事で英語を教えた。');
    expect(second!.names).toEqual([]);
    expect(second!.others.map((o) => second!.text.slice(o.start, o.end))).toEqual(['架空商事', '英']);
    expect(second!.optional).toBe(1);
  });

  it('puts a parenthesis back at its offset with restore, or keeps it as a sentence with split', () => {
    const restored = parseKnpDocument('wiki99990001', DOC, 'restore')[0]!;
    expect(restored.text).toBe('架空　太郎（かくう　たろう）は作家。');
    expect(texts(restored)).toEqual(['架空　太郎', 'かくう　たろう']);
    const split = parseKnpDocument('wiki99990001', DOC, 'split');
    expect(split.map((s) => s.text)).toEqual(['架空　太郎は作家。', 'かくう　たろう', '架空商事で英語を教えた。']);
  });

  it('finds sentences repeated exactly or nearly in a reference set, not ones sharing a template', () => {
    const sentences = parseKnpDocument('wiki99990001', DOC);
    const { hits, overlap } = overlapping(sentences, ['架空 太郎は作家.', '架空商事で、英語を教えていた。', '別の会社で数学を教えた。']);
    expect(overlap.exact).toBe(1);
    expect(overlap.near).toBe(1);
    expect(hits.size).toBe(2);
    expect(overlapping(sentences, ['別の会社で数学を教えた。']).hits.size).toBe(0);
  });
});
