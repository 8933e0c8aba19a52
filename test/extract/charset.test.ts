import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/extract/charset.js';

const text = '山田太郎様 住所: 東京都千代田区千代田1-1 電話: 090-0000-1234';
const jis = (s: string): Buffer => Buffer.from(Encoding.convert(Encoding.stringToCode(s), { to: 'JIS', from: 'UNICODE' }));

describe('decodeText', () => {
  it('decodes each Japanese charset under its own label', () => {
    expect(decodeText(jis(text), 'ISO-2022-JP').text).toBe(text);
    expect(decodeText(iconv.encode(text, 'cp932'), 'Shift_JIS').text).toBe(text);
    expect(decodeText(iconv.encode(text, 'eucjp'), 'EUC-JP').text).toBe(text);
    expect(decodeText(Buffer.from(text, 'utf8'), 'utf-8').text).toBe(text);
  });

  it('reads Windows extensions (①, ㈱, 髙) in text labelled Shift_JIS', () => {
    const windows = '①㈱髙橋';
    expect(decodeText(iconv.encode(windows, 'cp932'), 'shift_jis').text).toBe(windows);
  });

  it('does not trust a wrong label: Shift_JIS sent as ISO-8859-1 or UTF-8', () => {
    const sjis = iconv.encode(text, 'cp932');
    expect(decodeText(sjis, 'ISO-8859-1')).toMatchObject({ text, charset: 'CP932', reliable: true });
    expect(decodeText(sjis, 'utf-8')).toMatchObject({ text, reliable: true });
    expect(decodeText(iconv.encode(text, 'eucjp'), 'windows-1252').text).toBe(text);
  });

  it('detects unlabelled and unknown-labelled text', () => {
    expect(decodeText(iconv.encode(text, 'cp932')).text).toBe(text);
    expect(decodeText(iconv.encode(text, 'eucjp'), 'x-unknown-charset').text).toBe(text);
    expect(decodeText(jis(text), 'us-ascii').text).toBe(text);
  });

  it('keeps real Latin-1 text Latin-1', () => {
    expect(decodeText(Buffer.from('café au lait', 'latin1'), 'iso-8859-1').text).toBe('café au lait');
  });

  it('flags bytes no charset decodes as unreliable instead of guessing silently', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00].concat(Array.from({ length: 40 }, (_, i) => (i * 37) & 0xff)).slice(3));
    expect(decodeText(garbage, 'utf-8').reliable).toBe(false);
  });
});
