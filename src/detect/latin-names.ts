/**
 * Given names and surnames written in Latin letters (models/latin-names/, from faker's locales, see
 * its NOTICE.md): a person named in English prose by a known given name and a surname
 * (Valentina Cruz, Brandon Keller), or by a Chinese, Korean or Vietnamese surname and a given name
 * (Chen Wei, Kim Min-jun). Loaded on first use: only mail with capitalised word pairs needs it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LatinNames {
  given: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** Chinese, Korean and Vietnamese surnames (Chen, Kim, Nguyen): a pair's first word. */
  eastAsian: ReadonlySet<string>;
}

/** src/detect/ and dist/detect/ both sit two levels below the project root. */
export function latinNamesDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../models/latin-names');
}

let cached: LatinNames | undefined;

export function latinNames(): LatinNames {
  if (cached) return cached;
  const read = (file: string): Set<string> => new Set(readFileSync(path.join(latinNamesDir(), file), 'utf8').split('\n').filter(Boolean));
  cached = { given: read('given.txt'), surnames: read('surnames.txt'), eastAsian: read('east-asian-surnames.txt') };
  return cached;
}

/**
 * Words that make a capitalised run a business, a place or a role, not a person (Kamo Halal
 * Kitchen, Sumitomo Group, Tokyo Office): one alternation, shared by every Latin-name rule.
 */
export const ORGANISATION_WORDS =
  'Kitchen|Restaurant|Cafe|Café|Bistro|Grill|Diner|Ramen|Sushi|Curry|Bakery|Izakaya|Dining|Deli|Pizzeria|Trattoria|Brasserie|Buffet|Halal|Japan|Group|Holdings|Corporation|Company|Bank|Hotel|Hospital|Clinic|University|College|School|Center|Centre|Institute|Foundation|Association|Trading|Systems?|Solutions?|Services?|Consulting|Partners|Global|International|Technologies|Tech|Labs?|Studio|Office|Team|Desk|Support|Relocation|Logistics|Airlines?|Airways|Motors?|Electric|Pharma|Foods?|Insurance|Capital|Securities|Estate|Realty|Cloud|Software|Media|Network|Project|Platform|Manager|Director|President|Sales|Marketing|Compliance|Hotline|Helpdesk|Accounts|Payable|Receivable|Payroll|Reception|Admissions|Recruiting|Recruitment|Operations|Secretariat|Legal|Procurement|Purchasing|Tokyo|Osaka|Kyoto|Nagoya|Yokohama|Fukuoka|Sapporo|Kobe';

/** One syllable of pinyin (Wei, Mei, Hua, Jun, Xiao): the given name after a Chinese surname. */
const PINYIN = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang)$/;
/** Words that follow a given name in business text without being a surname. */
const NOT_SURNAME = /^(?:Street|Road|Avenue|Lane|Park|Square|Hall|House|Tower|Building|Centre|Center|Station|Airport|Hotel|Bank|School|College|University|Hospital|Clinic|Church|Group|Company|Foundation|Award|Prize|Day|Week|Festival|Fund|Program|Programme|Project|Team|Office|Committee|Street|Bridge|River|Valley|Island|City|County|State|Province|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Inc|Ltd|Corp|Co|Japan|Asia|Europe|America|English|Japanese|Chinese|Korean|French|German|Spanish|Team|Dear|Hi|Hello|Thanks|Thank|Regards|Best|Kind|Yours|Sincerely|Please|The|And|Or|Of|For|With|From|To|In|On|At|By)$/;

/** Places and things written as two capitalised words that the lists would take for a name. */
const NOT_A_PERSON = new Set(
  [
    'Hong Kong', 'Ho Chi', 'Chi Minh', 'Kuala Lumpur', 'Sao Paulo', 'New York', 'Los Angeles', 'San Francisco', 'San Diego', 'San Jose', 'Santa Clara', 'Santa Monica',
    'Buenos Aires', 'Tel Aviv', 'Costa Rica', 'Puerto Rico', 'Sri Lanka', 'El Salvador', 'Las Vegas', 'Rio Grande', 'Abu Dhabi', 'Hai Phong', 'Da Nang', 'Nha Trang',
    'Phnom Penh', 'Chiang Mai', 'Ma On', 'Tai Po', 'Sha Tin', 'Tsim Sha', 'Mong Kok', 'Wan Chai', 'Jin Jiang', 'Li Ning', 'Le Monde', 'Le Mans', 'La Paz',
  ].map((p) => p.toLowerCase()),
);

/**
 * A list item written in capitals (・SITI NURHALIZA, - AHMAD FAUZI): a person when its first word
 * is a known given name (or its second, SURNAME GIVEN) and the other a word of a name's shape.
 */
export function isCapitalsListName(first: string, second: string): boolean {
  const [a, b] = [titleCase(first), titleCase(second)];
  if (NOT_SURNAME.test(a) || NOT_SURNAME.test(b) || NOT_A_PERSON.has(`${a} ${b}`.toLowerCase())) return false;
  const { given, surnames } = latinNames();
  return (given.has(a) && b.length >= 3) || (given.has(b) && (surnames.has(a) || a.length >= 3));
}

/** A name in capitals as a sentence's subject (DANG QUOC BAO (Class B1) was arrested): by the lists, or an East Asian surname first. */
export function isCapitalsName(first: string, second: string): boolean {
  if (NOT_SURNAME.test(titleCase(first)) || NOT_SURNAME.test(titleCase(second))) return false;
  return isCapitalsListName(first, second) || latinNames().eastAsian.has(titleCase(first));
}

/** NOVAK → Novak: a word in capitals written as a name is. */
export function titleCase(word: string): string {
  return word[0] + word.slice(1).toLowerCase();
}

/** A person's name by the lists: given name then surname, or an East Asian surname then a given name. */
export function isLatinPersonName(first: string, second: string): boolean {
  if (NOT_SURNAME.test(second) || NOT_SURNAME.test(first) || NOT_A_PERSON.has(`${first} ${second}`.toLowerCase())) return false;
  const { given, surnames, eastAsian } = latinNames();
  // NOVAK Tomas: a surname in capitals, then a given name.
  if (first === first.toUpperCase()) {
    const surname = titleCase(first);
    return given.has(second) && (surnames.has(surname) || SURNAME_SHAPE.test(surname));
  }
  if (given.has(first) && (surnames.has(second) || given.has(second) || SURNAME_SHAPE.test(second) || CELTIC_SURNAME.test(second))) return true;
  const lower = second.toLowerCase().replace(/-/g, '');
  // Chen Wei, Kim Minjun: a surname of the list, then a pinyin or hyphenated given name.
  if (eastAsian.has(first) && (PINYIN.test(lower) || /^[A-Z][a-z]+-[a-z]+$/.test(second) || given.has(second))) return true;
  // Mei Lin: a pinyin given name, then a Chinese surname.
  return PINYIN.test(first.toLowerCase()) && eastAsian.has(second) && first.length >= 3;
}

/** Endings that make a word a surname more often than anything else (Whitfield, Johansson, Kowalski, Fernández). */
/** O'Connor, D'Souza, McCarthy, MacLeod: a surname by its prefix. */
const CELTIC_SURNAME = /^(?:O'|D'|Mc|Mac)[A-Z][a-z]{2,}$/;
const SURNAME_SHAPE = /^[A-Z][a-z]{2,}(?:son|sen|sson|field|ford|ton|ley|berg|stein|mann|man|ski|ska|wicz|ova|ová|enko|ez|ini|elli|etti|ardo|eau|ault|ham|worth|wood|well|by|stone|hurst)$/;
