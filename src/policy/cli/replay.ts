/**
 * `dlp-gateway replay --since DATE --policy NEW`: decide stored messages again under another policy
 * and report what would change. The store is plugged in by the caller (`messages`).
 */
import { diffDecisions, outcomeLabel, type DecisionDiff } from '../diff-decisions.js';
import { evaluatePolicy } from '../evaluate-policy.js';
import type { LoadedPolicy } from '../loaded-policy.js';
import type { Envelope, Verdict } from '../types.js';
import { createMessageAnalyser, type AnalyseMessage } from './analyse-message.js';
import { loadCommandPolicy } from './command-policy.js';
import { errorMessage, type CliStreams } from './streams.js';

export interface StoredMessage {
  id: string;
  raw: Buffer;
  envelope: Envelope;
  receivedAt: Date;
  /** The decision recorded when the message was received. */
  verdict: Verdict;
  /** Domains known at the time; without it every outside domain counts as first-time. */
  knownDomains?: ReadonlySet<string>;
}

export type StoredMessages = Iterable<StoredMessage> | AsyncIterable<StoredMessage>;

export interface ReplayResult {
  policyVersion: string;
  diff: DecisionDiff;
  /** Messages that could not be analysed again (not part of the diff). */
  failures: { id: string; message: string }[];
}

/** Messages received before `since` are skipped (stores may filter already). */
export async function replayMessages(
  messages: StoredMessages,
  policy: LoadedPolicy,
  analyse: AnalyseMessage,
  since?: Date,
): Promise<ReplayResult> {
  const ids: string[] = [];
  const before: Verdict[] = [];
  const after: Verdict[] = [];
  const failures: ReplayResult['failures'] = [];
  for await (const message of messages) {
    if (since && message.receivedAt < since) continue;
    try {
      const analysed = await analyse(message.raw);
      after.push(evaluatePolicy(policy, { envelope: message.envelope, ...analysed, knownDomains: message.knownDomains ?? new Set() }));
      before.push(message.verdict);
      ids.push(message.id);
    } catch (error) {
      failures.push({ id: message.id, message: errorMessage(error) });
    }
  }
  return { policyVersion: policy.version, diff: diffDecisions(before, after, ids), failures };
}

export interface ReplayOptions {
  /** ISO date or date-time. */
  since: string;
  /** The policy to try. */
  policy: string;
  json?: boolean;
  dictionariesDir?: string;
}

export interface ReplayDeps {
  /** Stored messages received since the date (the message store's query). */
  messages: (since: Date) => StoredMessages;
  analyse?: AnalyseMessage;
}

/** Exit 0 when the replay ran, 2 on a bad date, policy or analyser. */
export async function runReplay(options: ReplayOptions, streams: CliStreams, deps: ReplayDeps): Promise<number> {
  const since = new Date(options.since);
  if (Number.isNaN(since.getTime())) {
    streams.stderr.write(`REPLAY_INVALID: --since ${JSON.stringify(options.since)} is not a date (use 2025-04-01 or an ISO date-time)\n`);
    return 2;
  }
  const policy = await loadCommandPolicy(options, streams);
  if (!policy) return 2;
  let result: ReplayResult;
  try {
    const analyse = deps.analyse ?? (await createMessageAnalyser({ dictionariesDir: options.dictionariesDir }));
    result = await replayMessages(deps.messages(since), policy, analyse, since);
  } catch (error) {
    streams.stderr.write(`REPLAY_FAILED: ${errorMessage(error)}\n`);
    return 2;
  }
  streams.stdout.write(options.json ? `${JSON.stringify(result)}\n` : formatReplayText(result, policy.path));
  return 0;
}

function formatReplayText(result: ReplayResult, policyPath: string): string {
  const { diff } = result;
  const lines = [
    `ポリシー / Policy: ${policyPath} (${result.policyVersion.slice(0, 12)})`,
    `対象 / Messages: ${diff.total}, 変化なし / unchanged: ${diff.unchanged}, 厳しく / stricter: ${diff.stricter}, 緩く / looser: ${diff.looser}`,
  ];
  for (const [transition, count] of Object.entries(diff.transitions)) lines.push(`  ${transition}: ${count}`);
  for (const change of diff.changes) {
    lines.push(`  - ${change.id}: ${outcomeLabel(change.before)} → ${outcomeLabel(change.after)} [${change.after.rules.join(', ') || '-'}]`);
  }
  for (const failure of result.failures) lines.push(`  ! ${failure.id}: ${failure.message}`);
  return `${lines.join('\n')}\n`;
}
