/**
 * Linear-chain decoding over the labels O / B (first token of a name) / I (inside a name) /
 * BX, IX (first token of / inside another named entity: organisation, place, product, work …):
 * Viterbi for the best labelling and, per name found, its margin — how much the best labelling
 * scores above the best one in which those tokens are not a name. The other-entity labels only
 * compete with names (they are never reported): a company or place is a trained alternative,
 * not merely the absence of a name.
 */
export const LABELS = 5;
export const O = 0;
export const B = 1;
export const I = 2;
export const BX = 3;
export const IX = 4;
/** Labels that are not part of a name. */
const NOT_NAME = [O, BX, IX] as const;

/** Transition scores: LABELS start scores, then LABELS×LABELS (previous label × label). */
export interface ChainWeights {
  start: Float32Array;
  transition: Float32Array;
}

export interface LabelledSpan {
  /** First and last token index (inclusive). */
  first: number;
  last: number;
  margin: number;
}

const FORBIDDEN = -1e9;

/** Scratch buffers reused across calls (decoding is synchronous; one per scan worker). */
let scoreBuf = new Float64Array(0);
let betaBuf = new Float64Array(0);
const runCur = new Float64Array(LABELS);
const runNext = new Float64Array(LABELS);
let backBuf = new Uint8Array(0);

function ensureScratch(size: number): void {
  if (scoreBuf.length >= size) return;
  const capacity = Math.max(size, scoreBuf.length * 2, 1024);
  scoreBuf = new Float64Array(capacity);
  betaBuf = new Float64Array(capacity);
  backBuf = new Uint8Array(capacity);
}

const ALLOWED: boolean[] = [];
for (let p = 0; p < LABELS; p++) for (let y = 0; y < LABELS; y++) ALLOWED[p * LABELS + y] = y === I ? p === B || p === I : y === IX ? p === BX || p === IX : true;

function allowed(prev: number, cur: number): boolean {
  return ALLOWED[prev * LABELS + cur]!;
}

/**
 * Best labelling; `notName` (optional) keeps the tokens marked 1 out of names (O, BX or IX). Writes the path into `path`, returns its score.
 * `emission[i * 3 + y]` is the score of label y at token i.
 */
export function viterbi(emission: Float32Array, n: number, chain: ChainWeights, path: Uint8Array, notName?: Uint8Array): number {
  if (n === 0) return 0;
  ensureScratch(n * LABELS);
  const score = scoreBuf;
  const back = backBuf;
  for (let y = 0; y < LABELS; y++) {
    const pinned = notName !== undefined && notName[0] === 1 && (y === B || y === I);
    score[y] = y === I || y === IX || pinned ? FORBIDDEN : chain.start[y]! + emission[y]!;
  }
  const tr = chain.transition;
  for (let i = 1; i < n; i++) {
    // The previous token's scores, read once; the allowed predecessors in label order (I only
    // after B or I, IX only after BX or IX), ties to the first as before.
    const o = (i - 1) * LABELS;
    const a0 = score[o]!;
    const a1 = score[o + 1]!;
    const a2 = score[o + 2]!;
    const a3 = score[o + 3]!;
    const a4 = score[o + 4]!;
    const blocked = notName !== undefined && notName[i] === 1;
    for (let y = 0; y < LABELS; y++) {
      if (blocked && (y === B || y === I)) {
        score[i * LABELS + y] = FORBIDDEN * 2;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      let s: number;
      if (y !== I && y !== IX) {
        s = a0 + tr[y]!;
        if (s > best) (best = s), (arg = O);
      }
      if (y !== IX) {
        s = a1 + tr[B * LABELS + y]!;
        if (s > best) (best = s), (arg = B);
        s = a2 + tr[I * LABELS + y]!;
        if (s > best) (best = s), (arg = I);
      }
      if (y !== I) {
        s = a3 + tr[BX * LABELS + y]!;
        if (s > best) (best = s), (arg = BX);
        s = a4 + tr[IX * LABELS + y]!;
        if (s > best) (best = s), (arg = IX);
      }
      score[i * LABELS + y] = best + emission[i * LABELS + y]!;
      back[i * LABELS + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < LABELS; y++) {
    const s = score[(n - 1) * LABELS + y]!;
    if (s > best) [best, arg] = [s, y];
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * LABELS + path[i]!]!;
  return best;
}

/** Names (B I*) of a labelling. */
export function spansOfPath(path: Uint8Array, n: number): Array<{ first: number; last: number }> {
  const spans: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < n; i++) {
    if (path[i] !== B) continue;
    let j = i;
    while (j + 1 < n && path[j + 1] === I) j++;
    spans.push({ first: i, last: j });
    i = j;
  }
  return spans;
}

/**
 * Best labelling's names, each with its margin over the best labelling without it (its tokens
 * all O). One forward (Viterbi) and one backward pass: the best labelling with a run pinned to O
 * is the best prefix into the run, the fixed O run, and the best suffix out of it.
 *
 * The passes are functions of their own: with the backward loop inline, the optimizer compiled
 * this function while in that loop (on-stack replacement), before the code after it had run,
 * and that code then left the optimized code for the interpreter at nearly every text with a
 * name (53 times in 3,000 plain mails, the same optimized code each time).
 */
export function decodeWithMargins(emission: Float32Array, n: number, chain: ChainWeights): LabelledSpan[] {
  const path = new Uint8Array(n);
  const best = viterbi(emission, n, chain, path);
  const spans = spansOfPath(path, n);
  if (spans.length === 0) return [];
  // Only read at the last token of a name: nothing before the first name's last token is needed.
  backwardPass(emission, n, chain, spans[0]!.last);
  return spans.map((s) => ({ ...s, margin: best - bestWithout(s, emission, n, chain) }));
}

/**
 * beta[i*LABELS+y]: best suffix score from i+1 on, given label y at i (emission i excluded),
 * for i from n−1 down to `from`, into betaBuf.
 */
function backwardPass(emission: Float32Array, n: number, chain: ChainWeights, from: number): void {
  const beta = betaBuf;
  const tr = chain.transition;
  for (let y = 0; y < LABELS; y++) beta[(n - 1) * LABELS + y] = 0;
  for (let i = n - 2; i >= from; i--) {
    const o = (i + 1) * LABELS;
    const e0 = emission[o]!;
    const e1 = emission[o + 1]!;
    const e2 = emission[o + 2]!;
    const e3 = emission[o + 3]!;
    const e4 = emission[o + 4]!;
    const b0 = beta[o]!;
    const b1 = beta[o + 1]!;
    const b2 = beta[o + 2]!;
    const b3 = beta[o + 3]!;
    const b4 = beta[o + 4]!;
    for (let y = 0; y < LABELS; y++) {
      // Next labels in order; I only after B or I, IX only after BX or IX.
      const t = y * LABELS;
      let m = -Infinity;
      m = Math.max(m, tr[t]! + e0 + b0);
      m = Math.max(m, tr[t + 1]! + e1 + b1);
      if (y === B || y === I) m = Math.max(m, tr[t + 2]! + e2 + b2);
      m = Math.max(m, tr[t + 3]! + e3 + b3);
      if (y === BX || y === IX) m = Math.max(m, tr[t + 4]! + e4 + b4);
      beta[i * LABELS + y] = m;
    }
  }
}

/**
 * Best score with the run s.first..s.last restricted to non-name labels: the best prefix into
 * it (alpha: the forward scores viterbi() left in scoreBuf), a small Viterbi over the run, the
 * best suffix out of it (beta, from backwardPass).
 */
function bestWithout(s: { first: number; last: number }, emission: Float32Array, n: number, chain: ChainWeights): number {
  const alpha = scoreBuf;
  const beta = betaBuf;
  const tr = chain.transition;
  const cur = runCur;
  const nxt = runNext;
  for (const y of NOT_NAME) {
    if (s.first === 0) cur[y] = y === IX ? -Infinity : chain.start[y]! + emission[y]!;
    else {
      let m = -Infinity;
      for (let p = 0; p < LABELS; p++) if (allowed(p, y)) m = Math.max(m, alpha[(s.first - 1) * LABELS + p]! + tr[p * LABELS + y]!);
      cur[y] = m + emission[s.first * LABELS + y]!;
    }
  }
  for (let i = s.first + 1; i <= s.last; i++) {
    for (const y of NOT_NAME) {
      let m = -Infinity;
      for (const q of NOT_NAME) if (allowed(q, y)) m = Math.max(m, cur[q]! + tr[q * LABELS + y]!);
      nxt[y] = m + emission[i * LABELS + y]!;
    }
    for (const y of NOT_NAME) cur[y] = nxt[y]!;
  }
  let without = -Infinity;
  for (const y of NOT_NAME) without = Math.max(without, cur[y]! + (s.last === n - 1 ? 0 : beta[s.last * LABELS + y]!));
  return without;
}
