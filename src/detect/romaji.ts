/**
 * Loose romanisation keys, to match a name written in kanji (read by the analyser) with the
 * local part of a mail address: 山本 (ヤマモト) ↔ yamamoto@, 佐藤 (サトウ) ↔ satou@ / sato@,
 * 大野 (オオノ) ↔ ohno@ / ono@. Both sides are reduced to the same key: long vowels and the
 * Hepburn/kunrei variants (shi/si, tsu/tu, chi/ti, fu/hu, ji/zi) collapse.
 */

const KANA: Record<string, string> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko',
  サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to',
  ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo', ヤ: 'ya', ユ: 'yu', ヨ: 'yo',
  ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヲ: 'o', ン: 'n',
  ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo',
  ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do', バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo',
  パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po', ヴ: 'vu',
};
const SMALL: Record<string, string> = { ャ: 'ya', ュ: 'yu', ョ: 'yo', ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o' };

/** Katakana (or hiragana) reading → Hepburn romaji; null when it holds other characters. */
export function kanaToRomaji(reading: string): string | null {
  const kata = reading.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
  let out = '';
  for (let i = 0; i < kata.length; i++) {
    const c = kata[i]!;
    const small = SMALL[kata[i + 1] ?? ''];
    if (c === 'ッ') {
      const next = KANA[kata[i + 1] ?? ''];
      if (next) out += next[0] === 'c' ? 't' : next[0];
      continue;
    }
    if (c === 'ー') continue;
    const base = KANA[c];
    if (!base) return null;
    if (small && /[iy]$/.test(base) && 'ャュョ'.includes(kata[i + 1]!)) {
      out += (/(?:shi|chi|ji)$/.test(base) ? base.slice(0, -1) : base.slice(0, -1)) + small;
      i++;
      continue;
    }
    out += base;
  }
  return out;
}

/** The key both sides are compared on: variants and long vowels collapsed. */
export function romajiKey(romaji: string): string {
  return romaji
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/shi/g, 'si').replace(/chi/g, 'ti').replace(/tsu/g, 'tu').replace(/fu/g, 'hu').replace(/j(?=[aiueo])/g, 'z')
    .replace(/sh(?=[auo])/g, 'sy').replace(/ch(?=[auo])/g, 'ty')
    .replace(/m(?=[bpm])/g, 'n')
    .replace(/oh(?![aiueoy])/g, 'o')
    .replace(/ou/g, 'o').replace(/oo/g, 'o').replace(/uu/g, 'u').replace(/ei/g, 'e').replace(/aa/g, 'a').replace(/ii/g, 'i');
}

/** Name-like pieces of an address's local part: `t.yamamoto` → [t, yamamoto], `yamamoto-taro` → both. */
export function localPartKeys(address: string): string[] {
  const local = address.split('@')[0] ?? '';
  return local
    .toLowerCase()
    .split(/[._\-+0-9]+/)
    .filter((p) => p.length >= 1)
    .map(romajiKey);
}
