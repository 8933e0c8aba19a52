/** Contract of the detection stage: findings, never actions (policy decides). */

export const identifierCategories = [
  'person_name',
  'address',
  'phone',
  'email_address',
  'birth_date',
  'my_number',
  'corporate_number',
  'credit_card',
  'bank_account',
  'passport',
  'drivers_license',
  'residence_card',
  'health_insurance',
  'pension_number',
  'employment_insurance',
  'national_id',
  'income',
  'evaluation',
] as const;

export const sensitiveCategories = [
  'sensitive.race',
  'sensitive.creed',
  'sensitive.social_status',
  'sensitive.medical',
  'sensitive.health_checkup',
  'sensitive.disability',
  'sensitive.criminal_record',
  'sensitive.crime_victim',
  'sensitive.criminal_procedure',
  'sensitive.juvenile_procedure',
  'sensitive.genome',
  'sensitive.union',
  'sensitive.political',
  'sensitive.sexual',
] as const;

export const conditionCategories = ['encrypted_attachment', 'uninspectable', 'ppap_notice', 'ppap_password', 'ppap_pair'] as const;

export type IdentifierCategory = (typeof identifierCategories)[number];
export type SensitiveCategory = (typeof sensitiveCategories)[number];
export type ConditionCategory = (typeof conditionCategories)[number];
/** Built-in ids, plus user dictionary categories (`custom.<name>`). */
export type CategoryId = IdentifierCategory | SensitiveCategory | ConditionCategory | `custom.${string}`;

export type Confidence = 'high' | 'medium' | 'low';

/**
 * Whom a finding is about (the subject attribution step, after recognition):
 * - `third_person`: someone outside the conversation — the data the law is about;
 * - `business_contact`: an organisation's or facility's contact details, a signature, a person
 *   named with their organisation or title, a correspondent of a quoted business message;
 * - `participant`: the sender or an addressee of this message (display names, greeting, invitation).
 */
export const subjectKinds = ['third_person', 'business_contact', 'participant'] as const;
export type SubjectKind = (typeof subjectKinds)[number];

export interface Finding {
  category: CategoryId;
  confidence: Confidence;
  /** Number of occurrences merged into this finding (same category, confidence and location). */
  count: number;
  /** Human-followable location from extraction (e.g. `… › Sheet1!C17`, `body (text/plain)`). */
  location: string;
  /** Masked sample, never the full value: `090-****-5678`, `山田 **`. */
  sample: string;
  /** Keyed hashes of the normalised values, for de-duplication across locations. Never reversible. */
  hashes: string[];
  /** Masked text around the first occurrence, for reviewers. */
  context?: string;
  /** Why this confidence (keyword found, column header, checksum ...), short and safe to show. */
  reason?: string;
  /** Table findings are merged per table (`location` is the table's); the first cell locations. */
  cells?: string[];
  /** Whom the data is about; absent for findings that are about no one (encrypted, uninspectable). */
  subject?: SubjectKind;
  /** Why that subject (signature, organisation label 「本社所在地」, greeting matched to yamamoto@ …). */
  subjectReason?: string;
}

export interface DetectionSummary {
  /** category id → number of occurrences, counting medium and high confidence only. */
  categories: Record<string, number>;
  /** Estimated number of distinct third persons whose data is disclosed (business contacts and participants excluded). */
  personCount: number;
  /** Number of table records that carry personal data. */
  recordCount: number;
}

export interface DetectionResult {
  findings: Finding[];
  summary: DetectionSummary;
}
