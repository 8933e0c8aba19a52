/** The validated, normalised policy the evaluator trusts (compiled from the YAML file). */
import type { Confidence, SubjectKind } from '../detect/types.js';
import type { ProblemReason, SourceKind } from '../extract/types.js';
import type { LookalikeSettings } from './lookalike.js';
import type { Action, RecipientClass } from './types.js';

export type PolicyMode = 'enforce' | 'monitor';

export interface PartnerFacts {
  id: string;
  name: string;
  /** Normalised (ASCII, lower-case); subdomains included. */
  domains: string[];
  /** Category patterns this partner may receive (see categories.ts). */
  allowedCategories: string[];
}

export interface SenderGroup {
  id: string;
  name: string;
  /** `*@hr.example.co.jp`, `tanaka@example.co.jp` (address globs) or `hr.example.co.jp` (domain and subdomains). */
  match: string[];
}

export interface OrganisationFacts {
  name: string;
  internalDomains: string[];
  partners: PartnerFacts[];
  freemailDomains: ReadonlySet<string>;
  blockedDomains: string[];
  senderGroups: SenderGroup[];
}

export type Condition =
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  | { kind: 'not'; of: Condition }
  | FindingsCondition
  | RecipientsCondition
  | SenderCondition
  | { kind: 'subject'; patterns: RegExp[] }
  | { kind: 'attachmentName'; patterns: RegExp[] }
  | { kind: 'messageSize'; min?: number; max?: number }
  | ProblemCondition;

export interface FindingsCondition {
  kind: 'findings';
  /** Category patterns; default `personal`. */
  categories: string[];
  minConfidence: Confidence;
  minCount: number;
  /** Distinct values (by keyed hash) across the matching findings, e.g. five different phone numbers. */
  minDistinct?: number;
  minPersonCount?: number;
  minRecordCount?: number;
  /** Location types; null = anywhere. */
  locations: SourceKind[] | null;
  /** Whom the findings must be about; null = anyone (and findings about no one). */
  subjects: SubjectKind[] | null;
  partnerAllowances: boolean;
}

export interface RecipientsCondition {
  kind: 'recipients';
  external?: 'any' | 'all' | 'none';
  anyClass?: RecipientClass[];
  allClass?: RecipientClass[];
  minExternal?: number;
  minExternalVisible?: number;
  minOrganisations?: number;
  lookalike?: boolean;
  firstTime?: boolean;
  domains?: string[];
}

export interface SenderCondition {
  kind: 'sender';
  addresses?: string[];
  domains?: string[];
  groups?: string[];
  /** Directory groups (issue 19), nested membership included; case-insensitive. */
  directoryGroups?: string[];
  /** Directory departments (the person's department attribute); case-insensitive. */
  departments?: string[];
}

export interface ProblemCondition {
  kind: 'encrypted' | 'uninspectable';
  /** true: such a part exists; false: none exists. */
  present: boolean;
  reasons: ProblemReason[] | null;
  /** MIME type globs (`image/*`) that do not count. */
  exceptTypes: string[];
}

export interface CompiledRule {
  id: string;
  description: string;
  when: Condition;
  action: Action;
  monitor: boolean;
  tags: string[];
  notify: string[];
}

export interface LoadedPolicy {
  /** File the policy was read from (as given). */
  path: string;
  /** sha256 (hex) of the file content. */
  version: string;
  mode: PolicyMode;
  organisation: OrganisationFacts;
  lookalike: LookalikeSettings;
  rules: CompiledRule[];
}
