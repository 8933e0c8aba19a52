/** Policy stage: organisation facts + rules (YAML) → verdict for a message's findings and recipients. */
export type * from './types.js';
export type {
  Condition,
  CompiledRule,
  LoadedPolicy,
  OrganisationFacts,
  PartnerFacts,
  PolicyMode,
  SenderGroup,
} from './loaded-policy.js';
export { PolicyError, formatPolicyIssue, type PolicyErrorCode, type PolicyIssue } from './errors.js';
export { loadPolicy, loadFreemailDictionary, defaultDictionariesDir, defaultPolicyPath, type LoadPolicyOptions } from './load-policy.js';
export { parsePolicyText, policyVersionOf, type ParsePolicyOptions } from './parse-policy.js';
export { evaluatePolicy } from './evaluate-policy.js';
export {
  classifyRecipients,
  classifyDomain,
  type RecipientAnalysis,
  type RecipientInput,
} from './classify-recipients.js';
export { senderGroupsOf } from './message-facts.js';
export { combineActions, strictnessRank, type CombinedAction } from './combine-actions.js';
export { findLookalike, confusableSkeleton, editDistance, type LookalikeSettings } from './lookalike.js';
export { registrableDomain, normalizeDomain, normalizeAddress } from './domains.js';
export { PolicyWatcher, type PolicyLog, type PolicyWatcherOptions, type ReloadOutcome } from './policy-watcher.js';
export { diffDecisions, type DecisionChange, type DecisionDiff } from './diff-decisions.js';
