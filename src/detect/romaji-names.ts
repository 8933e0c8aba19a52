/**
 * Japanese surnames and given names as they are written in Latin letters (Kurosawa, Aya): the
 * readings of IPADIC's 人名,姓 and 人名,名 words, compared on romajiKey. A pair of capitalised words
 * in English prose that is one surname and one given name (Aya Morimoto, Ota Kenji) is a person.
 *
 * Built at `npm run build` into dist/prebuilt/romaji-names.txt (two lines: surnames, given
 * names); computed from the loaded dictionary when that file is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { knownWordLines, type KnownWordLine } from './ipadic/compile.js';
import { kanaToRomaji, romajiKey } from './romaji.js';

export interface RomajiNames {
  surnames: ReadonlySet<string>;
  given: ReadonlySet<string>;
  /** Every reading of a surname written in kanji (金城: kinzyo, kanesiro, …), as romaji keys. */
  surnameReadings: ReadonlyMap<string, readonly string[]>;
}

interface RomajiNameLists {
  surnames: string[];
  given: string[];
  /** surface → keys, for surfaces with more than one reading. */
  readings: Array<[string, string[]]>;
}

/** src/detect/ and dist/detect/ both sit two levels below the project root. */
export function prebuiltRomajiNamesPath(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/prebuilt/romaji-names.txt');
}

/** Keys shorter than this are too often English or Chinese words (Ken, Dan, Tan). */
const MIN_KEY = 3;

/** The romaji keys of the dictionary's surnames and given names (its words' full lines: compile.ts knownWordLines). */
export function romajiNamesOf(known: readonly KnownWordLine[]): RomajiNameLists {
  const surnames = new Set<string>();
  const given = new Set<string>();
  const readings = new Map<string, Set<string>>();
  /** Surfaces the dictionary also knows as other words (根本, 中川): the analyser reads those so. */
  const words = new Set<string>();
  for (const line of known) {
    if (line.pos1 !== '固有名詞' || line.pos2 !== '人名') {
      if (line.pos2 !== '人名') words.add(line.surface);
      continue;
    }
    const romaji = line.reading ? kanaToRomaji(line.reading) : null;
    if (!romaji) continue;
    const key = romajiKey(romaji);
    if (key.length < MIN_KEY) continue;
    if (line.pos3 === '姓') {
      surnames.add(key);
      const surface = line.surface;
      if (surface !== '' && !/^[\p{sc=Hiragana}\p{sc=Katakana}ー]+$/u.test(surface)) {
        const set = readings.get(surface) ?? new Set<string>();
        set.add(key);
        readings.set(surface, set);
      }
    } else if (line.pos3 === '名') given.add(key);
  }
  // A surname's readings are kept where the analyser's reading may be another: it has several
  // (金城: kinjo, kaneshiro), or the surface is also a common word (根本: konpon, the surname nemoto).
  const several = [...readings].filter(([surface, keys]) => keys.size > 1 || words.has(surface)).map(([surface, keys]): [string, string[]] => [surface, [...keys].sort()]);
  return { surnames: [...surnames].sort(), given: [...given].sort(), readings: several.sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
}

export function encodeRomajiNames(names: RomajiNameLists): string {
  return `${names.surnames.join(' ')}\n${names.given.join(' ')}\n${names.readings.map(([surface, keys]) => `${surface}:${keys.join(',')}`).join(' ')}\n`;
}

let cached: RomajiNames | undefined;

/** Loaded on first use: only mail with Latin-letter names needs it. */
export function romajiNames(): RomajiNames {
  if (cached) return cached;
  const file = prebuiltRomajiNamesPath();
  let lists: RomajiNameLists;
  if (existsSync(file)) {
    const [surnames = '', given = '', readings = ''] = readFileSync(file, 'utf8').split('\n');
    lists = {
      surnames: surnames.split(' ').filter(Boolean),
      given: given.split(' ').filter(Boolean),
      readings: readings
        .split(' ')
        .filter(Boolean)
        .map((entry): [string, string[]] => {
          const at = entry.lastIndexOf(':');
          return [entry.slice(0, at), entry.slice(at + 1).split(',')];
        }),
    };
  } else {
    lists = romajiNamesOf(knownWordLines());
  }
  cached = { surnames: new Set(lists.surnames), given: new Set(lists.given), surnameReadings: new Map(lists.readings) };
  return cached;
}
