/** Policy text → LoadedPolicy. Pure: the caller reads the file and the free-mail dictionary. */
import { compilePolicy, type ParsePolicyOptions } from './compile-policy.js';
import { PolicyError, type PolicyIssue } from './errors.js';
import type { LoadedPolicy } from './loaded-policy.js';
import { policySchema, type PolicyFileRaw, type WhenNodeRaw } from './schema.js';
import { parsePositionedYaml, validatePositioned, type KeyPath, type PositionedYaml } from './yaml-validation.js';

export { compilePolicy, policyVersionOf, type ParsePolicyOptions } from './compile-policy.js';

/** Parse, validate and compile; throws PolicyError (POLICY_SYNTAX / POLICY_INVALID) with file:line key. */
export function parsePolicyText(text: string, options: ParsePolicyOptions): LoadedPolicy {
  return compilePolicy(validatePolicyText(text, options.file), text, options);
}

/** Parse and validate (what the build stores for a shipped policy); throws as parsePolicyText. */
export function validatePolicyText(text: string, file: string): PolicyFileRaw {
  const yaml = parsePositionedYaml(text, file);
  const raw = validatePositioned(yaml, policySchema, file);
  const issues = crossReferenceIssues(raw, yaml);
  if (issues.length > 0) throw new PolicyError('POLICY_INVALID', file, issues);
  return raw;
}

/** What the schema cannot see: duplicate ids and references to undefined sender groups. */
function crossReferenceIssues(raw: PolicyFileRaw, yaml: PositionedYaml): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const seenRules = new Map<string, number>();
  raw.rules.forEach((rule, index) => {
    const first = seenRules.get(rule.id);
    if (first !== undefined) {
      issues.push(yaml.issueAt(['rules', index, 'id'], `duplicate rule id "${rule.id}" (first at rules[${first}])`));
    } else {
      seenRules.set(rule.id, index);
    }
  });
  const partners = raw.organisation.partners ?? [];
  const seenPartners = new Set<string>();
  partners.forEach((partner, index) => {
    if (seenPartners.has(partner.id)) issues.push(yaml.issueAt(['organisation', 'partners', index, 'id'], `duplicate partner id "${partner.id}"`));
    seenPartners.add(partner.id);
  });
  const groups = new Set((raw.organisation.senderGroups ?? []).map((group) => group.id));
  raw.rules.forEach((rule, index) => {
    if (!rule.when) return;
    forEachSenderGroupRef(rule.when, ['rules', index, 'when'], (group, path) => {
      if (!groups.has(group)) {
        const known = groups.size > 0 ? ` (defined: ${[...groups].join(', ')})` : ' (organisation.senderGroups is empty)';
        issues.push(yaml.issueAt(path, `unknown sender group "${group}"${known}`));
      }
    });
  });
  return issues;
}

function forEachSenderGroupRef(node: WhenNodeRaw, path: KeyPath, visit: (group: string, path: KeyPath) => void): void {
  node.all?.forEach((child, i) => forEachSenderGroupRef(child, [...path, 'all', i], visit));
  node.any?.forEach((child, i) => forEachSenderGroupRef(child, [...path, 'any', i], visit));
  if (node.not) forEachSenderGroupRef(node.not, [...path, 'not'], visit);
  const group = node.sender?.group;
  if (group === undefined) return;
  if (typeof group === 'string') visit(group, [...path, 'sender', 'group']);
  else group.forEach((g, i) => visit(g, [...path, 'sender', 'group', i]));
}
