/**
 * Strictest action wins: reject > hold(selfCheck+approval) > hold(approval) > hold(selfCheck) > pass.
 * Stages of all matched hold rules are unioned (selfCheck first, then approval), so a rule asking
 * for selfCheck and another asking for approval give a two-stage hold.
 */
import type { Action, HoldStage, VerdictKind } from './types.js';

export interface CombinedAction {
  verdict: VerdictKind;
  stages: HoldStage[];
  /** Notice of the first reject action, when the verdict is reject. */
  notice?: string;
}

const stageOrder: readonly HoldStage[] = ['selfCheck', 'approval'];

export function combineActions(actions: readonly Action[]): CombinedAction {
  const reject = actions.find((a): a is Extract<Action, { kind: 'reject' }> => a.kind === 'reject');
  if (reject) return { verdict: 'reject', stages: [], notice: reject.notice };
  const stages = new Set<HoldStage>();
  for (const action of actions) if (action.kind === 'hold') action.stages.forEach((s) => stages.add(s));
  if (stages.size === 0) return { verdict: 'pass', stages: [] };
  return { verdict: 'hold', stages: stageOrder.filter((s) => stages.has(s)) };
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
