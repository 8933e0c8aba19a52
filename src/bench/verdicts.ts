/** Time from "stored" to "verdict stored" for messages with attachments, idle and under load. */
import type { GatewayProcess } from './children.js';
import { closedLoop, sendOne } from './load-node.js';
import { percentiles, type Percentiles } from './stats.js';

export interface MessageKind {
  kind: string;
  bytes: number;
  build: (id: string, n: number) => Buffer;
}

export interface VerdictSummary {
  kind: string;
  bytes: number;
  actions: string[];
  ms: Percentiles;
  /** Mixed load only: the client's view, transaction start to the 250 (inflow pauses included). */
  acceptMs?: Percentiles;
}

async function waitVerdict(gateway: GatewayProcess, queueId: string, timeoutMs = 120_000): Promise<{ ms: number; action: string }> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const row = gateway.verdictTimes([queueId])[0];
    if (row) return row;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no verdict for ${queueId} within ${timeoutMs} ms`);
}

/** Each kind `repeats` times, one at a time, on an otherwise idle gateway. */
export async function idleVerdicts(gateway: GatewayProcess, kinds: MessageKind[], repeats: number): Promise<VerdictSummary[]> {
  const out: VerdictSummary[] = [];
  for (const k of kinds) {
    const ms: number[] = [];
    const actions = new Set<string>();
    for (let r = 0; r < repeats; r++) {
      const sent = await sendOne(gateway.port, `v-${k.kind}-${r}`, k.build(`v-${k.kind}-${r}`, r));
      const verdict = await waitVerdict(gateway, sent.queueId!);
      ms.push(verdict.ms);
      actions.add(verdict.action);
    }
    out.push({ kind: k.kind, bytes: k.bytes, actions: [...actions], ms: percentiles(ms) });
  }
  return out;
}

export interface MixedSummary {
  sessions: number;
  total: number;
  failed: number;
  acceptedPerSecond: number;
  verdictsPerSecond: number;
  byKind: VerdictSummary[];
}

/** A closed-loop mix: `pick(n)` chooses each message's kind; verdict times are read from the store. */
export async function mixedLoad(gateway: GatewayProcess, kinds: MessageKind[], pick: (n: number) => number, total: number, sessions: number): Promise<MixedSummary> {
  const kindOf = new Map<string, number>();
  const load = await closedLoop({
    port: gateway.port,
    sessions,
    total,
    reuse: true,
    prefix: 'mix',
    message: (id, n) => {
      const k = pick(n);
      kindOf.set(id, k);
      return kinds[k]!.build(id, n);
    },
  });
  const deadline = performance.now() + 300_000;
  while (gateway.pending() > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const settled = performance.now();
  const byQueue = new Map(load.sent.map((s) => [s.queueId!, kindOf.get(s.id)!]));
  const rows = gateway.verdictTimes([...byQueue.keys()]);
  const byKind: VerdictSummary[] = kinds.map((k, i) => {
    const mine = rows.filter((r) => byQueue.get(r.id) === i);
    const sent = load.sent.filter((s) => kindOf.get(s.id) === i);
    return {
      kind: k.kind,
      bytes: k.bytes,
      actions: [...new Set(mine.map((r) => r.action))],
      ms: percentiles(mine.map((r) => r.ms)),
      acceptMs: percentiles(sent.map((s) => s.acceptedAt - s.startedAt)),
    };
  });
  return {
    sessions,
    total,
    failed: load.failed,
    acceptedPerSecond: load.sent.length / ((load.endedAt - load.startedAt) / 1000),
    verdictsPerSecond: rows.length / ((settled - load.startedAt) / 1000),
    byKind: byKind.filter((k) => k.ms.count > 0),
  };
}
