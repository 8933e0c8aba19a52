/** The decision: every rule is evaluated in order; the strictest matched action wins. Pure, no I/O. */
import { combineActions } from './combine-actions.js';
import { evaluateCondition } from './evaluate-condition.js';
import type { LoadedPolicy } from './loaded-policy.js';
import { gatherMessageFacts } from './message-facts.js';
import { composeReason } from './reasons.js';
import type { MatchedRule, PolicyInput, RecipientFacts, SeparateAttachmentsSettings, Verdict, VerdictModification } from './types.js';

export function evaluatePolicy(policy: LoadedPolicy, input: PolicyInput): Verdict {
  const facts = gatherMessageFacts(policy, input);
  const globalMonitor = policy.mode === 'monitor';

  const matched: MatchedRule[] = [];
  for (const rule of policy.rules) {
    const result = evaluateCondition(rule.when, facts);
    if (!result.matched) continue;
    matched.push({
      id: rule.id,
      description: rule.description,
      action: rule.action,
      reason: composeReason(result.parts, rule.description),
      monitorOnly: globalMonitor || rule.monitor,
      tags: rule.tags,
      notify: rule.notify,
    });
  }

  const enforcedRules = matched.filter((m) => !m.monitorOnly);
  const wouldBe = combineActions(matched.map((m) => m.action));
  const enforced = combineActions(enforcedRules.map((m) => m.action));

  const verdict: Verdict = {
    verdict: enforced.verdict,
    stages: enforced.stages,
    wouldBe: { verdict: wouldBe.verdict, stages: wouldBe.stages },
    monitorOnly: globalMonitor,
    matched,
    recipients: facts.recipients.recipients,
    // Tags record what was seen (monitor-only rules too); notifications are actions, enforced rules only.
    tags: unique(matched.flatMap((m) => m.tags)),
    notify: unique(enforcedRules.flatMap((m) => m.notify)),
    policyVersion: policy.version,
    recipientSummary: facts.recipients.summary,
  };
  if (enforced.notice !== undefined) verdict.notice = enforced.notice;
  if (enforced.delay) verdict.delay = enforced.delay;
  if (wouldBe.delay) verdict.wouldDelay = wouldBe.delay;
  const separate = enforced.separateAttachments;
  if (separate && !everyRecipientExcepted(separate, verdict.recipients)) verdict.separateAttachments = separate;
  // Modifications are not part of the verdict's strictness: every enforced modify rule applies (monitor-only ones never).
  const modify = enforcedRules.flatMap((m): VerdictModification[] =>
    m.action.kind === 'modify' ? [{ ruleId: m.id, bcc: m.action.bcc, ...(m.action.subjectPrefix !== undefined ? { subjectPrefix: m.action.subjectPrefix } : {}) }] : [],
  );
  if (modify.length > 0 && enforced.verdict !== 'reject') verdict.modify = modify;
  return verdict;
}

/**
 * One link serves the whole message (one copy goes upstream), so the attachments stay only when
 * every recipient is an excepted partner or domain (e.g. partners whose systems need real files).
 */
function everyRecipientExcepted(settings: SeparateAttachmentsSettings, recipients: readonly RecipientFacts[]): boolean {
  if (recipients.length === 0) return false;
  return recipients.every(
    (r) =>
      (r.partner !== undefined && settings.exceptPartners.includes(r.partner)) ||
      settings.exceptDomains.some((d) => r.domain === d || r.domain.endsWith(`.${d}`)),
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
