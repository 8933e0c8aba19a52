/**
 * Japanese names written in romaji (YAMADA Taro, Taro Yamada, Yamada, Taro): both words must be
 * spellable as Hepburn/Kunrei syllables and neither may be a common English word or a place.
 * On its own this says only "could be a Japanese name"; callers require a context (a list line or
 * table row beside other personal data, or a name column).
 */

const ONSET = '(?:ky|gy|sh|ch|j|ny|hy|by|py|my|ry|ts|sy|ty|zy|dy|k|g|s|z|t|d|n|h|b|p|m|y|r|w|f)';
const SYLLABLES = new RegExp(`^(?:${ONSET}?[aeiou]|n)+$`);

/** English words and places that are spellable as romaji but rarely a person's name in a list. */
const NOT_NAMES = new Set(
  (
    'japan tokyo osaka kyoto nagoya yokohama kobe sapporo fukuoka sendai hiroshima chiba saitama nara okinawa hokkaido kawasaki ' +
    'shinjuku shibuya asakusa ginza ueno ikebukuro akihabara roppongi harajuku shinagawa nihonbashi marunouchi umeda namba shinsaibashi tenjin hakata susukino ' +
    'home page date name note time rate sale made same game data site make take code mode node done none gone zone tone ride ' +
    'side wide hide tube cube dune june tune dome some come mine nine fine wine pine dine tide bike like base case vase safe ' +
    'move more sure pure cure one to do so no go a i me be we he she the are ok tea sea pen ten men hen den' +
    ' mobile phone mail fax tel memo demo tomato potato banana karate sushi ramen tsunami kimono samurai anime manga sake tofu'
  ).split(/\s+/),
);

/** True when a word (letters only) reads as romanised Japanese. */
export function isRomajiWord(word: string): boolean {
  if (word.length < 2 || word.length > 14 || !/^[A-Za-z]+$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  const simplified = lower
    .replace(/tch/g, 'ch')
    .replace(/([kstpgdbfjz])\1/g, '$1') // geminates: Hattori, Nakkou
    .replace(/m(?=[bpm])/g, 'n') // Homma, Sampei
    .replace(/oh(?![aeiou])/g, 'o'); // Ohno, Kohei as written in passports
  return SYLLABLES.test(simplified);
}

const WORD = '(?:[A-Z][a-z]{1,13}|[A-Z]{2,14})';
/** Two capitalised words (optionally with a comma): `YAMADA Taro`, `Taro Yamada`, `Yamada, Taro`. */
const NAME = new RegExp(`^(${WORD})(?:,\\s*|\\s+)(${WORD})$`);

/** The romaji name in `text` (the whole text), or undefined. */
export function romajiName(text: string): { surnameFirst: boolean; key: string } | undefined {
  const m = NAME.exec(text.trim());
  if (!m) return undefined;
  const [first, second] = [m[1]!, m[2]!];
  if (!isRomajiWord(first) || !isRomajiWord(second)) return undefined;
  const upperFirst = first.length > 1 && first === first.toUpperCase();
  const upperSecond = second.length > 1 && second === second.toUpperCase();
  // Both words in capitals (or neither) is fine; the capitalised one is the surname when only one is.
  const surnameFirst = upperFirst || !upperSecond;
  const [surname, given] = surnameFirst ? [first, second] : [second, first];
  return { surnameFirst, key: `${surname.toLowerCase()} ${given.toLowerCase()}` };
}
