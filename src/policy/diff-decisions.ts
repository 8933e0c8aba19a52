/** Compare decisions of two policies over the same messages (policy replay). Pure. */
import { strictnessRank } from './combine-actions.js';
import type { HoldStage, Verdict, VerdictKind } from './types.js';

export interface DecisionOutcome {
  verdict: VerdictKind;
  stages: HoldStage[];
  rules: string[];
}

export interface DecisionChange {
  id: string;
  before: DecisionOutcome;
  after: DecisionOutcome;
  /** stricter/looser by strictnessRank; `different` when the rank is equal but the outcome is not. */
  direction: 'stricter' | 'looser' | 'different';
}

export interface DecisionDiff {
  total: number;
  unchanged: number;
  stricter: number;
  looser: number;
  /** `pass → hold(selfCheck+approval)` → number of messages. */
  transitions: Record<string, number>;
  /** Messages whose enforced outcome (verdict and stages) changed, in input order. */
  changes: DecisionChange[];
  /** Same outcome but a different set of matched rules. */
  ruleOnlyChanges: number;
}

/** Index-aligned: `before[i]` and `after[i]` are decisions for the message `ids[i]` (default: its index). */
export function diffDecisions(
  before: readonly Verdict[],
  after: readonly Verdict[],
  ids: readonly string[] = before.map((_, i) => String(i)),
): DecisionDiff {
  if (before.length !== after.length || ids.length !== before.length) {
    throw new RangeError(`diffDecisions: ${before.length} old, ${after.length} new and ${ids.length} ids must align`);
  }
  const diff: DecisionDiff = { total: before.length, unchanged: 0, stricter: 0, looser: 0, transitions: {}, changes: [], ruleOnlyChanges: 0 };
  before.forEach((old, i) => {
    const next = after[i]!;
    const a = outcomeOf(old);
    const b = outcomeOf(next);
    if (outcomeLabel(a) === outcomeLabel(b)) {
      diff.unchanged++;
      if (a.rules.join('\n') !== b.rules.join('\n')) diff.ruleOnlyChanges++;
      return;
    }
    const delta = strictnessRank(b) - strictnessRank(a);
    const direction = delta > 0 ? 'stricter' : delta < 0 ? 'looser' : 'different';
    if (direction === 'stricter') diff.stricter++;
    if (direction === 'looser') diff.looser++;
    const key = `${outcomeLabel(a)} → ${outcomeLabel(b)}`;
    diff.transitions[key] = (diff.transitions[key] ?? 0) + 1;
    diff.changes.push({ id: ids[i]!, before: a, after: b, direction });
  });
  return diff;
}

function outcomeOf(verdict: Verdict): DecisionOutcome {
  return { verdict: verdict.verdict, stages: [...verdict.stages], rules: verdict.matched.map((m) => m.id).sort() };
}

/** `pass`, `reject`, `hold(selfCheck+approval)` */
export function outcomeLabel(outcome: { verdict: VerdictKind; stages: readonly HoldStage[] }): string {
  return outcome.verdict === 'hold' ? `hold(${outcome.stages.join('+')})` : outcome.verdict;
}
