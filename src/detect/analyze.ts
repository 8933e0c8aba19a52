/** Runs every detector over one unit and settles confidence: overlaps, zones, identifiability. */
import { findAddresses } from './address.js';
import { isPetName } from './animals.js';
import { withoutExamples } from './examples.js';
import { findBodyTableNames } from './body-table.js';
import { KeywordIndex } from './context.js';
import type { Dictionaries } from './dictionary.js';
import { attributeSubjects } from './attribute-subject.js';
import { confidenceRank, type Hit, type Unit, type ZoneKind } from './hit.js';
import { findLatinListNames, findListNames } from './list-names.js';
import type { NameModel } from './name-model/model.js';
import type { Participants } from './participants.js';
import { findLatinNameRepeats, findNameCells, findNamePatterns, findNames, personKey } from './names.js';
import { findBankAccountsInProse } from './patterns/bank-account-prose.js';
import { findBankAccounts } from './patterns/bank-account.js';
import { findBirthDates } from './patterns/birth-date.js';
import { findCorporateNumbers } from './patterns/corporate-number.js';
import { findCreditCards } from './patterns/credit-card.js';
import { findEmails } from './patterns/email.js';
import { findIncome } from './patterns/income.js';
import { findEvaluations } from './patterns/evaluation.js';
import { findIdentityDocuments } from './patterns/identity-documents.js';
import { findPhones } from './patterns/phone.js';
import { findSplitValues } from './patterns/split-values.js';
import { findTwelveDigitNumbers } from './patterns/twelve-digits.js';
import { applyIdentifiability, findSensitiveCells, findTerms } from './sensitive.js';
import type { Token, Tokenize } from './tokenizer.js';

export interface AnalysisEnv {
  tokenize: Tokenize;
  dictionaries: Dictionaries;
  now: Date;
  /** The sender and recipients of the message (headers and envelope). */
  participants: Participants;
  /** Free-mail domains: addresses there are private persons'. */
  freemail: ReadonlySet<string>;
  /** The person-name model (default: the shipped one). */
  nameModel?: NameModel;
  /** Pets' names declared in the message (animals.ts): not people. */
  petNames?: ReadonlySet<string>;
  /**
   * Phone numbers and addresses the message's earlier parts gave as an organisation's (the
   * sender's signature, a labelled office line): the same value in a later part (an order form
   * in an attachment) is that organisation's too. Filled as the parts are read.
   */
  organisationContacts?: Set<string>;
}

/**
 * Test and sample records name nobody: テスト 患者一, 髙﨑 テスト, ダミー太郎, Test User (the word
 * alone, not inside a katakana name: キース・サンプルズ).
 */
const PLACEHOLDER_NAME = /(?<![\p{sc=Katakana}ー])(?:テスト|ダミー|サンプル)(?![\p{sc=Katakana}ー])|\b(?:test|dummy|sample)\b/iu;
const PLACEHOLDER_AFTER = /^[ \t\u3000]?(?:テスト|ダミー|サンプル)(?![\p{sc=Katakana}ー])/u;

/** A name given as a filled-in example: 記入例は「保険 花子」, 記入例：氏名 山田 太郎, 例）佐藤 一郎. */
const EXAMPLE_BEFORE = /(?:記入例|入力例|例[)）:：]|見本|サンプル|sample|example)[^。\n]{0,12}$/i;

function isPlaceholderName(text: string, h: Hit): boolean {
  return PLACEHOLDER_NAME.test(h.value) || PLACEHOLDER_AFTER.test(text.slice(h.end, h.end + 5)) || EXAMPLE_BEFORE.test(text.slice(Math.max(0, h.start - 20), h.start));
}

/** When two identifier hits overlap, the more specific category wins at equal confidence. */
const PRIORITY: Record<string, number> = {
  my_number: 14, credit_card: 13, bank_account: 12, passport: 11, residence_card: 10, drivers_license: 9,
  health_insurance: 8, pension_number: 7, employment_insurance: 7, national_id: 9, corporate_number: 6, phone: 5, birth_date: 4, email_address: 3,
  address: 2, person_name: 1,
};

const NO_PETS: ReadonlySet<string> = new Set();

export function analyzeUnit(unit: Unit, env: AnalysisEnv): Hit[] {
  const kw = new KeywordIndex(unit);
  const tokens = tokenizeFields(unit, env.tokenize);
  const identifiers = [
    ...findTwelveDigitNumbers(unit, kw),
    ...findCorporateNumbers(unit, kw),
    ...findCreditCards(unit, kw),
    ...findPhones(unit, kw),
    ...findEmails(unit, kw),
    ...findBirthDates(unit, kw, env.now),
    ...findBankAccounts(unit, kw),
    ...findBankAccountsInProse(unit),
    ...findIdentityDocuments(unit, kw),
    ...findIncome(unit),
    ...findEvaluations(unit),
    ...findSplitValues(unit, kw),
    ...findAddresses(unit, tokens, kw),
    ...findNameCells(unit),
    ...findBodyTableNames(unit),
    ...findNamePatterns(unit, tokens),
    ...(tokens ? findNames(unit, tokens, env.nameModel) : []),
  ];
  identifiers.push(...findListNames(unit, identifiers));
  identifiers.push(...findLatinNameRepeats(unit, identifiers));
  const petNames = env.petNames ?? NO_PETS;
  const hits = withoutExamples(unit, resolveOverlaps(identifiers.filter((h) => h.category !== 'person_name' || !(isPlaceholderName(unit.norm.text, h) || isPetName(h.value, petNames)))));
  const union = env.participants.unionParty;
  const terms = tokens ? findTerms(unit, tokens, env.dictionaries, petNames, union) : env.dictionaries.textMatchers.length > 0 ? findTerms(unit, [], env.dictionaries, petNames, union) : [];
  if (terms.length > 0) dropNamesInsideTerms(hits, terms, unit.norm.text);
  hits.push(...terms);
  hits.push(...findSensitiveCells(unit, petNames));
  hits.push(...findLatinListNames(unit, hits));
  // Whom each value is about: a step of its own, after recognition and before identifiability.
  attributeSubjects(unit, hits, env, tokens);
  applyIdentifiability(unit, hits);
  return hits;
}

/**
 * A word of the dictionaries read as a name (マイコプラズマ taken for マイ + a given name), or a
 * name ending in one (歯科|健診 on an invoice line): the term wins over a name the analyser
 * guessed; a name found by its label or honorific stays. A name whose span ran on over a space
 * into the term (宮下 拓也 うつ|病 in a subject line) keeps its words before the space.
 */
function dropNamesInsideTerms(hits: Hit[], terms: readonly Hit[], text: string): void {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.category !== 'person_name' || h.confidence === 'high') continue;
    const tail = terms.find((t) => t.start > h.start && t.start < h.end && t.end >= h.end);
    if (tail) {
      const before = text.slice(h.start, tail.start);
      const kept = before.trimEnd();
      if (kept.length < before.length && kept.length >= 2) {
        hits[i] = { ...h, end: h.start + kept.length, value: kept, ...(h.personKey !== undefined ? { personKey: personKey(kept, !h.personKey.startsWith('1:')) } : {}) };
        continue;
      }
      if (tail.end === h.end) hits.splice(i, 1);
      continue;
    }
    if (terms.some((t) => t.start <= h.start && h.end <= t.end)) hits.splice(i, 1);
  }
}

/** Tokens of the fields that need them, with offsets in the unit text; null when none do. */
function tokenizeFields(unit: Unit, tokenize: Tokenize): Token[] | null {
  let out: Token[] | null = null;
  for (const f of unit.fields) {
    if (!f.tokenize) continue;
    const tokens = tokenize(unit.norm.text.slice(f.start, f.end));
    if (f.start !== 0) {
      for (const t of tokens) {
        t.start += f.start;
        t.end += f.start;
      }
    }
    out = out ? out.concat(tokens) : tokens;
  }
  return out;
}

function resolveOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort(
    (a, b) =>
      confidenceRank[b.confidence] - confidenceRank[a.confidence] ||
      (PRIORITY[b.category] ?? 0) - (PRIORITY[a.category] ?? 0) ||
      b.end - b.start - (a.end - a.start),
  );
  const kept: Hit[] = [];
  for (const h of sorted) {
    if (kept.some((k) => k.start < h.end && h.start < k.end)) continue;
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}
