/** Category patterns used in rules and partner allowances, and their human labels. */
import {
  conditionCategories,
  identifierCategories,
  sensitiveCategories,
  type Confidence,
} from '../detect/types.js';

/**
 * A category pattern is an exact id (`my_number`, `custom.staff_id`), a prefix ending in `.*`
 * (`sensitive.*`, `custom.*`), `personal` (all personal-data categories: identifiers except
 * corporate_number, sensitive.*, custom.*) or `*` (anything, including conditions).
 */
export function isValidCategoryPattern(pattern: string): boolean {
  if (pattern === '*' || pattern === 'personal') return true;
  if (pattern === 'sensitive.*' || pattern === 'custom.*') return true;
  if (/^custom\.[a-z0-9_][a-z0-9_.-]*$/i.test(pattern)) return true;
  return knownCategories.has(pattern);
}

const knownCategories: ReadonlySet<string> = new Set<string>([
  ...identifierCategories,
  ...sensitiveCategories,
  ...conditionCategories,
]);

/** Corporate numbers identify companies, not people; condition categories are not data. */
const nonPersonal: ReadonlySet<string> = new Set<string>(['corporate_number', ...conditionCategories]);

export function isPersonalCategory(category: string): boolean {
  return !nonPersonal.has(category);
}

export function categoryMatches(pattern: string, category: string): boolean {
  if (pattern === '*') return true;
  if (pattern === 'personal') return isPersonalCategory(category);
  if (pattern.endsWith('.*')) return category.startsWith(pattern.slice(0, -1));
  return pattern === category;
}

export function categoryMatchesAny(patterns: readonly string[], category: string): boolean {
  return patterns.some((pattern) => categoryMatches(pattern, category));
}

export const categoryPatternHelp =
  `expected a category id (${identifierCategories.join(', ')}, sensitive.<name>, custom.<name>), ` +
  `a prefix like "sensitive.*", "personal" or "*"`;

const labels: Record<string, [ja: string, en: string]> = {
  person_name: ['氏名', 'person name'],
  address: ['住所', 'address'],
  phone: ['電話番号', 'phone number'],
  email_address: ['メールアドレス', 'e-mail address'],
  birth_date: ['生年月日', 'date of birth'],
  my_number: ['個人番号', 'My Number'],
  corporate_number: ['法人番号', 'corporate number'],
  credit_card: ['クレジットカード番号', 'card number'],
  bank_account: ['口座番号', 'bank account'],
  passport: ['旅券番号', 'passport number'],
  drivers_license: ['運転免許証番号', "driver's licence number"],
  residence_card: ['在留カード番号', 'residence card number'],
  health_insurance: ['健康保険証番号', 'health insurance number'],
  pension_number: ['基礎年金番号', 'pension number'],
  employment_insurance: ['雇用保険被保険者番号', 'employment insurance number'],
  national_id: ['外国の国民番号（SSN等）', 'national ID number (SSN, NI, Aadhaar …)'],
  income: ['給与・収入・残高・債務の額', 'pay, income, balance or debt'],
  evaluation: ['成績・評価（点数・評定）', 'score, grade or evaluation'],
  'sensitive.race': ['人種(要配慮)', 'race (sensitive)'],
  'sensitive.creed': ['信条(要配慮)', 'creed (sensitive)'],
  'sensitive.social_status': ['社会的身分(要配慮)', 'social status (sensitive)'],
  'sensitive.medical': ['病歴(要配慮)', 'medical history (sensitive)'],
  'sensitive.health_checkup': ['健康診断結果(要配慮)', 'health check-up results (sensitive)'],
  'sensitive.disability': ['障害(要配慮)', 'disability (sensitive)'],
  'sensitive.criminal_record': ['犯罪歴(要配慮)', 'criminal record (sensitive)'],
  'sensitive.crime_victim': ['犯罪被害(要配慮)', 'crime victim (sensitive)'],
  'sensitive.criminal_procedure': ['刑事手続(要配慮)', 'criminal procedure (sensitive)'],
  'sensitive.juvenile_procedure': ['少年保護手続(要配慮)', 'juvenile procedure (sensitive)'],
  'sensitive.genome': ['ゲノム情報(要配慮)', 'genome data (sensitive)'],
  'sensitive.union': ['労働組合(要配慮)', 'trade union (sensitive)'],
  'sensitive.political': ['政治的見解(要配慮)', 'political opinion (sensitive)'],
  'sensitive.sexual': ['性的指向(要配慮)', 'sexual orientation (sensitive)'],
  encrypted_attachment: ['暗号化された添付ファイル', 'encrypted attachment'],
  uninspectable: ['検査できない部分', 'uninspectable part'],
  ppap_notice: ['PPAP（パスワード別送の予告）', 'PPAP (password announced as sent separately)'],
  ppap_password: ['PPAP（別送されたパスワード）', 'PPAP (password sent in a separate mail)'],
  ppap_pair: ['PPAP（暗号化ファイルの直後に同じ宛先へパスワード）', 'PPAP pair (password right after an encrypted file, same recipients)'],
};

export function categoryLabel(category: string): { ja: string; en: string } {
  const label = labels[category];
  if (label) return { ja: label[0], en: label[1] };
  return { ja: category, en: category };
}

const confidenceLabels: Record<Confidence, [ja: string, en: string]> = {
  high: ['高', 'high'],
  medium: ['中', 'medium'],
  low: ['低', 'low'],
};

export function confidenceLabel(confidence: Confidence): { ja: string; en: string } {
  const [ja, en] = confidenceLabels[confidence];
  return { ja, en };
}

const confidenceRank: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

export function confidenceAtLeast(actual: Confidence, minimum: Confidence): boolean {
  return confidenceRank[actual] >= confidenceRank[minimum];
}

export function higherConfidence(a: Confidence, b: Confidence): Confidence {
  return confidenceRank[a] >= confidenceRank[b] ? a : b;
}
