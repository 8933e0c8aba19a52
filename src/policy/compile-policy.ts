/**
 * A validated policy file (the schema's output) → LoadedPolicy. Pure, and without the YAML parser
 * and the schema: a policy prebuilt at build time (prebuilt.ts) compiles from here alone.
 */
import { createHash } from 'node:crypto';
import type { SubjectKind } from '../detect/types.js';
import type { ProblemReason, SourceKind } from '../extract/types.js';
import { normalizeDomain } from './domains.js';
import { parseDelayDuration, parseLinkExpiry } from './durations.js';
import type { Condition, LoadedPolicy, OrganisationFacts } from './loaded-policy.js';
import { defaultLookalikeSettings } from './lookalike.js';
import type { ActionRaw, PolicyFileRaw, ProblemConditionRaw, WhenNodeRaw } from './schema.js';
import type { Action, BccTarget, HoldStage, RecipientClass } from './types.js';

export interface ParsePolicyOptions {
  /** Name used in error messages and LoadedPolicy.path. */
  file: string;
  /** Domains of dictionaries/freemail.yaml (used unless the policy sets freemail.builtinList: false). */
  builtinFreemail: readonly string[];
}

export function policyVersionOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The policy `raw` was validated from (`text`: its file's text, for the version). */
export function compilePolicy(raw: PolicyFileRaw, text: string, options: ParsePolicyOptions): LoadedPolicy {
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
