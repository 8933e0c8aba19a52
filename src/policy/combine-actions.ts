/**
 * Strictest action wins: reject > hold(selfCheck+approval) > hold(approval) > hold(selfCheck) > delay > pass.
 * Delays combine to the longest one (notify if any rule asks); a delay rides along a hold only
 * when a matched delay rule says `afterHold` (then it starts at the release).
 * Stages of all matched hold rules are unioned (selfCheck first, then approval), so a rule asking
 * for selfCheck and another asking for approval give a two-stage hold.
 */
import type { Action, DelayAction, HoldStage, SeparateAttachmentsAction, SeparateAttachmentsSettings, VerdictDelay, VerdictKind } from './types.js';

export interface CombinedAction {
  verdict: VerdictKind;
  stages: HoldStage[];
  /** Notice of the first reject action, when the verdict is reject. */
  notice?: string;
  /** Send delay (pass; or hold with afterHold). */
  delay?: VerdictDelay;
  /** Attachments as a download link (pass, delay or hold; never with reject). */
  separateAttachments?: SeparateAttachmentsSettings;
}

const stageOrder: readonly HoldStage[] = ['selfCheck', 'approval'];

export function combineActions(actions: readonly Action[]): CombinedAction {
  const reject = actions.find((a): a is Extract<Action, { kind: 'reject' }> => a.kind === 'reject');
  if (reject) return { verdict: 'reject', stages: [], notice: reject.notice };
  const stages = new Set<HoldStage>();
  for (const action of actions) if (action.kind === 'hold') action.stages.forEach((s) => stages.add(s));
  const delays = actions.filter((a): a is DelayAction => a.kind === 'delay');
  const separate = combineSeparations(actions.filter((a): a is SeparateAttachmentsAction => a.kind === 'separateAttachments'));
  const withSeparation = (combined: CombinedAction): CombinedAction => (separate ? { ...combined, separateAttachments: separate } : combined);
  if (stages.size === 0) {
    const delay = combineDelays(delays);
    return withSeparation(delay ? { verdict: 'pass', stages: [], delay } : { verdict: 'pass', stages: [] });
  }
  const afterHold = combineDelays(delays.filter((d) => d.afterHold));
  const held: CombinedAction = { verdict: 'hold', stages: stageOrder.filter((s) => stages.has(s)) };
  return withSeparation(afterHold ? { ...held, delay: afterHold } : held);
}

/**
 * Several separation rules: the strictest settings of each (shortest expiry, lowest download
 * limit, a code if any asks, notify if any asks); an exception holds only if every rule grants it.
 */
function combineSeparations(actions: readonly SeparateAttachmentsAction[]): SeparateAttachmentsSettings | undefined {
  if (actions.length === 0) return undefined;
  const all = actions.map((a) => a.settings);
  const limits = all.map((s) => s.maxDownloads).filter((n): n is number => n !== null);
  const below = all.map((s) => s.keepBelowBytes);
  const common = (lists: string[][]) => lists.reduce((acc, list) => acc.filter((v) => list.includes(v)));
  return {
    expiryMs: Math.min(...all.map((s) => s.expiryMs)),
    maxDownloads: limits.length ? Math.min(...limits) : null,
    verifyCode: all.some((s) => s.verifyCode),
    notifySender: all.some((s) => s.notifySender),
    exceptPartners: common(all.map((s) => s.exceptPartners)),
    exceptDomains: common(all.map((s) => s.exceptDomains)),
    keepBelowBytes: below.some((b) => b === null) ? null : Math.min(...(below as number[])),
    keepTypes: common(all.map((s) => s.keepTypes)),
  };
}

function combineDelays(delays: readonly DelayAction[]): VerdictDelay | undefined {
  if (delays.length === 0) return undefined;
  return {
    delayMs: Math.max(...delays.map((d) => d.delayMs)),
    notify: delays.some((d) => d.notify),
    afterHold: delays.some((d) => d.afterHold),
  };
}

/** Rank for comparing outcomes (replay diffs, UI sorting): higher is stricter. */
export function strictnessRank(outcome: { verdict: VerdictKind; stages: readonly HoldStage[] }): number {
  switch (outcome.verdict) {
    case 'reject':
      return 4;
    case 'hold': {
      const approval = outcome.stages.includes('approval');
      const selfCheck = outcome.stages.includes('selfCheck');
      return approval && selfCheck ? 3 : approval ? 2 : 1;
    }
    case 'pass':
      return 0;
  }
}
