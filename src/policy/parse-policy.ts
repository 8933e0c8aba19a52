/** Policy text → LoadedPolicy. Pure: the caller reads the file and the free-mail dictionary. */
import { createHash } from 'node:crypto';
import type { SubjectKind } from '../detect/types.js';
import type { ProblemReason, SourceKind } from '../extract/types.js';
import { normalizeDomain } from './domains.js';
import { PolicyError, type PolicyIssue } from './errors.js';
import type { Condition, LoadedPolicy, OrganisationFacts } from './loaded-policy.js';
import { defaultLookalikeSettings } from './lookalike.js';
import { parseDelayDuration, parseLinkExpiry, policySchema, type ActionRaw, type PolicyFileRaw, type ProblemConditionRaw, type WhenNodeRaw } from './schema.js';
import type { Action, BccTarget, HoldStage, RecipientClass } from './types.js';
import { parsePositionedYaml, validatePositioned, type KeyPath, type PositionedYaml } from './yaml-validation.js';

export interface ParsePolicyOptions {
  /** Name used in error messages and LoadedPolicy.path. */
  file: string;
  /** Domains of dictionaries/freemail.yaml (used unless the policy sets freemail.builtinList: false). */
  builtinFreemail: readonly string[];
}

export function policyVersionOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Parse, validate and compile; throws PolicyError (POLICY_SYNTAX / POLICY_INVALID) with file:line key. */
export function parsePolicyText(text: string, options: ParsePolicyOptions): LoadedPolicy {
  const yaml = parsePositionedYaml(text, options.file);
  const raw = validatePositioned(yaml, policySchema, options.file);
  const issues = crossReferenceIssues(raw, yaml);
  if (issues.length > 0) throw new PolicyError('POLICY_INVALID', options.file, issues);
  return {
    path: options.file,
    version: policyVersionOf(text),
    mode: raw.mode ?? 'enforce',
    organisation: compileOrganisation(raw, options.builtinFreemail),
    lookalike: {
      maxDistance: raw.lookalike?.maxDistance ?? defaultLookalikeSettings.maxDistance,
      minLength: raw.lookalike?.minLength ?? defaultLookalikeSettings.minLength,
      ignore: (raw.lookalike?.ignore ?? []).map(normalizeDomain),
    },
    rules: raw.rules.map((rule) => ({
      id: rule.id,
      description: typeof rule.description === 'string' ? rule.description : `${rule.description.ja} / ${rule.description.en}`,
      when: rule.when ? compileCondition(rule.when) : { kind: 'all', of: [] },
      action: compileAction(rule.action),
      monitor: rule.monitor ?? false,
      tags: toList(rule.tag),
      notify: toList(rule.notify),
    })),
  };
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

function compileOrganisation(raw: PolicyFileRaw, builtinFreemail: readonly string[]): OrganisationFacts {
  const org = raw.organisation;
  const freemail = new Set<string>();
  if (org.freemail?.builtinList !== false) for (const domain of builtinFreemail) freemail.add(normalizeDomain(domain));
  for (const domain of org.freemail?.add ?? []) freemail.add(normalizeDomain(domain));
  for (const domain of org.freemail?.remove ?? []) freemail.delete(normalizeDomain(domain));
  return {
    name: org.name ?? '',
    internalDomains: org.internalDomains.map(normalizeDomain),
    partners: (org.partners ?? []).map((partner) => ({
      id: partner.id,
      name: partner.name ?? partner.id,
      domains: partner.domains.map(normalizeDomain),
      allowedCategories: partner.allowedCategories ?? [],
    })),
    freemailDomains: freemail,
    blockedDomains: (org.blockedDomains ?? []).map(normalizeDomain),
    senderGroups: (org.senderGroups ?? []).map((group) => ({
      id: group.id,
      name: group.name ?? group.id,
      match: toList(group.match),
    })),
  };
}

function compileCondition(node: WhenNodeRaw): Condition {
  const parts: Condition[] = [];
  if (node.all) parts.push({ kind: 'all', of: node.all.map(compileCondition) });
  if (node.any) parts.push({ kind: 'any', of: node.any.map(compileCondition) });
  if (node.not) parts.push({ kind: 'not', of: compileCondition(node.not) });
  if (node.findings) {
    const f = node.findings;
    parts.push({
      kind: 'findings',
      categories: f.category === undefined ? ['personal'] : toList(f.category),
      minConfidence: f.minConfidence ?? 'medium',
      minCount: f.minCount ?? 1,
      minDistinct: f.minDistinct,
      minPersonCount: f.minPersonCount,
      minRecordCount: f.minRecordCount,
      locations: f.location === undefined ? null : (toList(f.location) as SourceKind[]),
      subjects: f.subject === undefined ? null : (toList(f.subject) as SubjectKind[]),
      partnerAllowances: f.partnerAllowances ?? true,
    });
  }
  if (node.recipients) {
    const r = node.recipients;
    parts.push({
      kind: 'recipients',
      external: r.external,
      anyClass: r.anyClass === undefined ? undefined : (toList(r.anyClass) as RecipientClass[]),
      allClass: r.allClass === undefined ? undefined : (toList(r.allClass) as RecipientClass[]),
      minExternal: r.minExternal,
      minExternalVisible: r.minExternalVisible,
      minOrganisations: r.minOrganisations,
      lookalike: r.lookalike,
      firstTime: r.firstTime,
      domains: r.domain === undefined ? undefined : toList(r.domain).map(normalizeDomain),
    });
  }
  if (node.sender) {
    const s = node.sender;
    parts.push({
      kind: 'sender',
      addresses: s.address === undefined ? undefined : toList(s.address),
      domains: s.domain === undefined ? undefined : toList(s.domain).map(normalizeDomain),
      groups: s.group === undefined ? undefined : toList(s.group),
      directoryGroups: s.directoryGroup === undefined ? undefined : toList(s.directoryGroup),
      departments: s.department === undefined ? undefined : toList(s.department),
    });
  }
  if (node.subject !== undefined) parts.push({ kind: 'subject', patterns: toList(node.subject).map(toRegExp) });
  if (node.attachmentName !== undefined) {
    parts.push({ kind: 'attachmentName', patterns: toList(node.attachmentName).map(toRegExp) });
  }
  if (node.messageSize) {
    const { min, max } = node.messageSize;
    parts.push({
      kind: 'messageSize',
      min: min === undefined ? undefined : toBytes(min),
      max: max === undefined ? undefined : toBytes(max),
    });
  }
  if (node.encrypted !== undefined) parts.push(compileProblem('encrypted', node.encrypted));
  if (node.uninspectable !== undefined) parts.push(compileProblem('uninspectable', node.uninspectable));
  return parts.length === 1 && parts[0] ? parts[0] : { kind: 'all', of: parts };
}

function compileProblem(kind: 'encrypted' | 'uninspectable', raw: ProblemConditionRaw): Condition {
  if (typeof raw === 'boolean') return { kind, present: raw, reasons: null, exceptTypes: [] };
  return {
    kind,
    present: true,
    reasons: raw.reasons === undefined ? null : (toList(raw.reasons) as ProblemReason[]),
    exceptTypes: raw.exceptTypes === undefined ? [] : toList(raw.exceptTypes),
  };
}

function compileAction(raw: ActionRaw): Action {
  if (raw === 'pass') return { kind: 'pass' };
  if ('hold' in raw) {
    const stages: HoldStage[] = (['selfCheck', 'approval'] as const).filter((stage) => raw.hold.includes(stage));
    return { kind: 'hold', stages };
  }
  if ('delay' in raw) {
    const settings = typeof raw.delay === 'string' ? { for: raw.delay } : raw.delay;
    // The schema accepted the duration, so it parses.
    return { kind: 'delay', delayMs: parseDelayDuration(settings.for)!, notify: settings.notify ?? false, afterHold: settings.afterHold ?? false };
  }
  if ('separateAttachments' in raw) {
    const o = raw.separateAttachments === true ? {} : raw.separateAttachments;
    return {
      kind: 'separateAttachments',
      settings: {
        expiryMs: o.expires ? parseLinkExpiry(o.expires)! : 7 * 86_400_000,
        maxDownloads: o.maxDownloads ?? null,
        verifyCode: o.verifyCode ?? true,
        notifySender: o.notifySender ?? false,
        exceptPartners: o.except?.partners ?? [],
        exceptDomains: (o.except?.domains ?? []).map((d) => d.toLowerCase()),
        keepBelowBytes: o.except?.below === undefined ? null : toBytes(o.except.below),
        keepTypes: (o.except?.types ?? []).map((t) => t.toLowerCase()),
      },
    };
  }
  if ('modify' in raw) {
    const bcc = toList(raw.modify.bcc).map((t): BccTarget => (t === 'supervisor' ? { kind: 'supervisor' } : { kind: 'address', address: t.toLowerCase() }));
    return raw.modify.subjectPrefix === undefined ? { kind: 'modify', bcc } : { kind: 'modify', bcc, subjectPrefix: raw.modify.subjectPrefix };
  }
  return { kind: 'reject', notice: raw.reject };
}

function toList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function toRegExp(source: string): RegExp {
  return new RegExp(source, 'iu');
}

const units: Record<string, number> = { b: 1, kb: 1024, kib: 1024, mb: 1024 ** 2, mib: 1024 ** 2, gb: 1024 ** 3, gib: 1024 ** 3 };

/** Sizes are binary: 1KB = 1024 bytes, 1MB = 1024² bytes. */
function toBytes(size: number | string): number {
  if (typeof size === 'number') return size;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(size);
  const amount = Number(match?.[1] ?? 0);
  return Math.round(amount * (units[(match?.[2] ?? 'b').toLowerCase() || 'b'] ?? 1));
}
