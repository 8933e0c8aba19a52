/**
 * Strictest action wins: reject > hold(selfCheck+approval) > hold(approval) > hold(selfCheck) > delay > pass.
 * Delays combine to the longest one (notify if any rule asks); a delay rides along a hold only
 * when a matched delay rule says `afterHold` (then it starts at the release).
 * Stages of all matched hold rules are unioned (selfCheck first, then approval), so a rule asking
 * for selfCheck and another asking for approval give a two-stage hold.
 */
import type { Action, DelayAction, HoldStage, VerdictDelay, VerdictKind } from './types.js';

export interface CombinedAction {
  verdict: VerdictKind;
  stages: HoldStage[];
  /** Notice of the first reject action, when the verdict is reject. */
  notice?: string;
  /** Send delay (pass; or hold with afterHold). */
  delay?: VerdictDelay;
}

const stageOrder: readonly HoldStage[] = ['selfCheck', 'approval'];

export function combineActions(actions: readonly Action[]): CombinedAction {
  const reject = actions.find((a): a is Extract<Action, { kind: 'reject' }> => a.kind === 'reject');
  if (reject) return { verdict: 'reject', stages: [], notice: reject.notice };
  const stages = new Set<HoldStage>();
  for (const action of actions) if (action.kind === 'hold') action.stages.forEach((s) => stages.add(s));
  const delays = actions.filter((a): a is DelayAction => a.kind === 'delay');
  if (stages.size === 0) {
    const delay = combineDelays(delays);
    return delay ? { verdict: 'pass', stages: [], delay } : { verdict: 'pass', stages: [] };
  }
  const afterHold = combineDelays(delays.filter((d) => d.afterHold));
  const held: CombinedAction = { verdict: 'hold', stages: stageOrder.filter((s) => stages.has(s)) };
  return afterHold ? { ...held, delay: afterHold } : held;
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
