/**
 * kuromoji's tokenizer (0.1.x, IPADIC) over the compact dictionary arrays: the same sentences,
 * lattice, Viterbi search and token fields, so the tokens are exactly kuromoji's (checked against
 * kuromoji as shipped in test/detect/ipadic.test.ts), without per-node objects.
 *
 * Not kept: the characters kuromoji skips after a grouped run of surrogate pairs (see
 * buildLattice), and kuromoji's word_position, which counts a surrogate pair as one character and starts each
 * sentence at the previous sentence's last token position (so after a grouped run such as 「%、」
 * or an emoji every later token pointed one or more characters too early). Offsets here are
 * UTF-16 offsets in the text, so text.slice(start, end) is always the token.
 */
import type { Token } from '../tokenizer.js';
import { decodeReading, type IpadicArrays, type PosTuple, type WordTable } from './layout.js';

/** A token as detection sees it (src/detect/tokenizer.ts): its UTF-16 offsets in the text. */
export type IpadicToken = Token;

interface Features {
  /** A known word's surface, kept from its first occurrence (the text the trie matched is always the same). */
  surface: string | undefined;
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  /** Undefined when the dictionary has none ('*'). */
  reading: string | undefined;
}

const TERM_CODE = 0;
const ROOT_ID = 0;
const FEATURE_CACHE_LIMIT = 50_000;
/** V8 copies a slice shorter than this; a longer one points into (and keeps alive) its parent string. */
const COPIED_SLICE_MAX = 12;
const IDEOGRAPHIC_COMMA = 0x3001; // 、
const IDEOGRAPHIC_FULL_STOP = 0x3002; // 。

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

function grow<T extends Int32Array | Uint8Array>(array: T, needed: number): T {
  if (array.length >= needed) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Features decoded once per word (up to a bound); POS strings shared. */
class FeatureReader {
  private readonly cache = new Map<number, Features>();
  /** Per POS combination, the four fields (kuromoji gives undefined for a missing one). */
  private readonly tuples: Array<[string, string, string, string]>;

  constructor(
    private readonly table: WordTable,
    posTuples: readonly PosTuple[],
  ) {
    this.tuples = posTuples.map((t) => [0, 1, 2, 3].map((i) => t[i] ?? undefined) as [string, string, string, string]);
  }

  get(word: number): Features {
    let features = this.cache.get(word);
    if (features !== undefined) return features;
    const bytes = this.table.features;
    const at = this.table.featureOffsets[word]!;
    const [pos, pos1, pos2, pos3] = this.tuples[bytes[at]! | (bytes[at + 1]! << 8)]!;
    features = { surface: undefined, pos, pos1, pos2, pos3, reading: decodeReading(bytes, at) };
    if (this.cache.size < FEATURE_CACHE_LIMIT) this.cache.set(word, features);
    return features;
  }
}

export type IpadicTokenize = (text: string) => IpadicToken[];

export function createIpadicTokenizer(d: IpadicArrays): IpadicTokenize {
  const { trieBase: base, trieCheck: check, connection } = d;
  const backwardDimension = connection[1]!;
  const knownFeatures = new FeatureReader(d.known, d.posTuples);
  const unknownFeatures = new FeatureReader(d.unknown, d.posTuples);
  const classGroup = Int32Array.from(d.classes, (c) => c.group);
  const classAlwaysInvoke = Uint8Array.from(d.classes, (c) => (c.alwaysInvoke ? 1 : 0));
  const classGrouping = Uint8Array.from(d.classes, (c) => (c.grouping ? 1 : 0));

  // Per-sentence scratch, grown on demand and reused.
  let starts = new Int32Array(256); // code-unit index of character i (plus one past the end)
  let charClass = new Int32Array(256);
  let runEnd = new Int32Array(256);
  let byteStart = new Int32Array(256); // first UTF-8 byte of character i (plus one past the end)
  let utf8 = new Uint8Array(768);
  // reachable[s]: some node that can be reached from BOS ends in lattice slot s (BOS: slot 0).
  let reachable = new Uint8Array(257);
  // Lattice nodes; node 0 is BOS.
  let nodeWord = new Int32Array(1024);
  let nodeKnown = new Uint8Array(1024);
  let nodeStart = new Int32Array(1024); // kuromoji's start_pos (1-based)
  let nodeEnd = new Int32Array(1024); // start_pos + length - 1: the lattice slot it ends in
  let nodeLeft = new Int32Array(1024);
  let nodeRight = new Int32Array(1024);
  let nodeCost = new Int32Array(1024);
  let nodeFrom = new Int32Array(1024); // surface: code units [from, to) of the sentence
  let nodeTo = new Int32Array(1024);
  let nodePrev = new Int32Array(1024);
  let nodeBest = new Float64Array(1024);
  let byEnd = new Int32Array(1024); // node indices ordered by end slot, insertion order kept
  let slotStart = new Int32Array(256);
  let slotFill = new Int32Array(256);
  let path = new Int32Array(256); // the best path's node indices, from the first token on
  // Cheapest predecessor per left context id for the nodes of one start position (see search()).
  const memoStamp = new Int32Array(backwardDimension);
  const memoCost = new Float64Array(backwardDimension);
  const memoPrev = new Int32Array(backwardDimension);
  let stamp = 0;
  let count = 0;

  const append = (word: number, known: number, table: WordTable, start: number, length: number, from: number, to: number): void => {
    if (count === nodeWord.length) {
      const n = count * 2;
      nodeWord = grow(nodeWord, n);
      nodeKnown = grow(nodeKnown, n);
      nodeStart = grow(nodeStart, n);
      nodeEnd = grow(nodeEnd, n);
      nodeLeft = grow(nodeLeft, n);
      nodeRight = grow(nodeRight, n);
      nodeCost = grow(nodeCost, n);
      nodeFrom = grow(nodeFrom, n);
      nodeTo = grow(nodeTo, n);
      nodePrev = grow(nodePrev, n);
      const best = new Float64Array(n);
      best.set(nodeBest);
      nodeBest = best;
      byEnd = grow(byEnd, n);
    }
    const w = table.words;
    nodeWord[count] = word;
    nodeKnown[count] = known;
    nodeStart[count] = start;
    nodeEnd[count] = start + length - 1;
    nodeLeft[count] = w[3 * word]!;
    nodeRight[count] = w[3 * word + 1]!;
    nodeCost[count] = w[3 * word + 2]!;
    nodeFrom[count] = from;
    nodeTo[count] = to;
    reachable[start + length - 1] = 1;
    count++;
  };

  /** kuromoji's ViterbiBuilder.build: every dictionary word and unknown-word candidate. */
  const buildLattice = (sentence: string): void => {
    const length = sentence.length;
    starts = grow(starts, length + 1);
    charClass = grow(charClass, length);
    runEnd = grow(runEnd, length);
    byteStart = grow(byteStart, length + 1);
    utf8 = grow(utf8, length * 3);
    reachable = grow(reachable, length + 1);
    // Each character's class and UTF-8 bytes, once per sentence (the trie walks bytes, and a
    // walk from every position would otherwise encode the same characters again and again).
    let chars = 0;
    let nb = 0;
    for (let u = 0; u < length; u++) {
      starts[chars] = u;
      byteStart[chars] = nb;
      let cp = sentence.charCodeAt(u);
      if (isHighSurrogate(cp) && isLowSurrogate(sentence.charCodeAt(u + 1))) {
        charClass[chars] = d.defaultClass;
        cp = (cp - 0xd800) * 0x400 + (sentence.charCodeAt(u + 1) - 0xdc00) + 0x10000;
        u++;
      } else {
        charClass[chars] = d.charClass[cp]!;
      }
      if (cp < 0x80) utf8[nb++] = cp;
      else if (cp < 0x800) (utf8[nb++] = (cp >>> 6) | 0xc0), (utf8[nb++] = (cp & 0x3f) | 0x80);
      else if (cp < 0x10000) (utf8[nb++] = (cp >>> 12) | 0xe0), (utf8[nb++] = ((cp >> 6) & 0x3f) | 0x80), (utf8[nb++] = (cp & 0x3f) | 0x80);
      else (utf8[nb++] = (cp >>> 18) | 0xf0), (utf8[nb++] = ((cp >> 12) & 0x3f) | 0x80), (utf8[nb++] = ((cp >> 6) & 0x3f) | 0x80), (utf8[nb++] = (cp & 0x3f) | 0x80);
      chars++;
    }
    starts[chars] = length;
    byteStart[chars] = nb;
    for (let i = chars - 1; i >= 0; i--) runEnd[i] = i + 1 < chars && classGroup[charClass[i + 1]!] === classGroup[charClass[i]!] ? runEnd[i + 1]! : i;

    count = 0;
    append(0, 2, d.unknown, 0, 1, 0, 0); // BOS (its fields are overwritten below)
    nodeLeft[0] = 0;
    nodeRight[0] = 0;
    nodeCost[0] = 0;
    nodeEnd[0] = 0;
    const known = d.known;
    const mapOffsets = known.mapOffsets;
    reachable.fill(0, 1, chars + 1);
    for (let pos = 0; pos < chars; pos++) {
      // Nodes are appended by start, so every node that ends right before this position is
      // already here. If none of them can be reached from BOS (inside a grouped run of letters or
      // digits, or a long word, that nothing else ends in), no node starting here can be either:
      // kuromoji would give each the cost Number.MAX_VALUE and never choose it, so they are not
      // built. The end is always reachable (each reachable position starts a dictionary word or
      // an unknown word), so the best path is the same.
      if (reachable[pos] === 0) continue;
      const from = starts[pos]!;
      let parent = ROOT_ID;
      let found = 0;
      // Dictionary words starting here: walk the trie byte by byte, only as far as it goes.
      walk: for (let c = pos; c < chars; c++) {
        const u = starts[c + 1]!; // the word would end after character c
        for (let b = byteStart[c]!, bEnd = byteStart[c + 1]!; b < bEnd; b++) {
          const child = base[parent]! + utf8[b]!;
          if (check[child] !== parent) break walk;
          parent = child;
          const leaf = base[child]! + TERM_CODE;
          if (check[leaf] !== child) continue;
          found++;
          const leafBase = base[leaf]!;
          if (leafBase > 0) continue; // not a word end (kuromoji would fail here; never in IPADIC)
          const trieId = -leafBase - 1;
          if (trieId + 1 >= mapOffsets.length) continue;
          for (let k = mapOffsets[trieId]!, end = mapOffsets[trieId + 1]!; k < end; k++) append(known.mapWords[k]!, 1, known, pos + 1, u - from, from, u);
        }
      }
      // Unknown words: a grouped run spans its characters. (kuromoji gives it its UTF-16 length,
      // so after a run of emoji or other surrogate pairs it skips as many characters of the text
      // as the run has extra code units: 「😀👍🏻絵文字と」 lost 絵文字. Here nothing is skipped.)
      const headClass = charClass[pos]!;
      if (found === 0 || classAlwaysInvoke[headClass] === 1) {
        let to = starts[pos + 1]!;
        let unitLength = 1;
        if (classGrouping[headClass] === 1 && runEnd[pos]! > pos) {
          to = starts[runEnd[pos]! + 1]!;
          unitLength = runEnd[pos]! - pos + 1;
        }
        const unknown = d.unknown;
        if (headClass + 1 < unknown.mapOffsets.length) {
          for (let k = unknown.mapOffsets[headClass]!, end = unknown.mapOffsets[headClass + 1]!; k < end; k++) append(unknown.mapWords[k]!, 0, unknown, pos + 1, unitLength, from, to);
        }
      }
    }
  };

  /**
   * kuromoji's ViterbiSearcher: the cheapest path, none where kuromoji finds none. Writes its node
   * indices into `path` and returns how many.
   */
  const search = (): number => {
    let lastSlot = 0;
    for (let j = 1; j < count; j++) if (nodeEnd[j]! > lastSlot) lastSlot = nodeEnd[j]!;
    if (lastSlot === 0) return 0;
    const eosSlot = lastSlot + 1;
    // Counting sort of the nodes by end slot (stable: kuromoji's per-slot insertion order).
    slotStart = grow(slotStart, eosSlot + 2);
    slotStart.fill(0, 0, eosSlot + 2);
    for (let j = 0; j < count; j++) slotStart[nodeEnd[j]! + 1]!++;
    for (let s = 1; s <= eosSlot + 1; s++) slotStart[s]! += slotStart[s - 1]!;
    slotFill = grow(slotFill, eosSlot + 1);
    const fill = slotFill;
    fill.set(slotStart.subarray(0, eosSlot + 1));
    for (let j = 0; j < count; j++) byEnd[fill[nodeEnd[j]!]!++] = j;

    // Each node's cheapest path, in node order: nodes are appended by start position, so every
    // node that can precede node j (it ends right before j starts) comes before j. The cheapest
    // predecessor depends only on j's start and left context id (j's own cost is the same for
    // every candidate), so nodes starting at the same position with the same left id (homographs,
    // the unknown-word candidates of one character class) share one search. Ties resolve as in
    // kuromoji: the first predecessor in its end slot's insertion order.
    nodeBest[0] = 0;
    nodePrev[0] = -1;
    let groupStart = -1;
    for (let j = 1; j < count; j++) {
      const start = nodeStart[j]!;
      if (start !== groupStart) {
        groupStart = start;
        if (++stamp === 0x3fffffff) (memoStamp.fill(0), (stamp = 1));
      }
      const left = nodeLeft[j]!;
      if (memoStamp[left] === stamp) {
        const prev = memoPrev[left]!;
        nodeBest[j] = prev < 0 ? Number.MAX_VALUE : memoCost[left]! + nodeCost[j]!;
        nodePrev[j] = prev;
        continue;
      }
      const prevFirst = slotStart[start - 1]!;
      const prevLast = slotStart[start]!;
      let cost = Number.MAX_VALUE;
      let prev = -1;
      for (let p = prevFirst; p < prevLast; p++) {
        const i = byEnd[p]!;
        const total = nodeBest[i]! + connection[nodeRight[i]! * backwardDimension + left + 2]!;
        if (total < cost) {
          cost = total;
          prev = i;
        }
      }
      memoStamp[left] = stamp;
      memoCost[left] = cost;
      memoPrev[left] = prev;
      nodeBest[j] = prev < 0 ? Number.MAX_VALUE : cost + nodeCost[j]!;
      nodePrev[j] = prev;
    }
    let eosBest = Number.MAX_VALUE;
    let eosPrev = -1;
    for (let p = slotStart[lastSlot]!, pEnd = slotStart[lastSlot + 1]!; p < pEnd; p++) {
      const i = byEnd[p]!;
      const total = nodeBest[i]! + connection[nodeRight[i]! * backwardDimension + 2]!;
      if (total < eosBest) {
        eosBest = total;
        eosPrev = i;
      }
    }
    void eosBest;
    let node = eosPrev;
    if (node < 0) return 0;
    let length = 0;
    while (node !== 0) {
      length++;
      node = nodePrev[node]!;
      if (node < 0) return 0;
    }
    path = grow(path, length);
    node = eosPrev;
    for (let k = length - 1; k >= 0; k--) {
      path[k] = node;
      node = nodePrev[node]!;
    }
    return length;
  };

  return (text: string): IpadicToken[] => {
    const tokens: IpadicToken[] = [];
    let sentenceStart = 0;
    while (sentenceStart < text.length) {
      // kuromoji's splitByPunctuation: each sentence ends after 、 or 。.
      let sentenceEnd = sentenceStart;
      while (sentenceEnd < text.length) {
        const code = text.charCodeAt(sentenceEnd++);
        if (code === IDEOGRAPHIC_COMMA || code === IDEOGRAPHIC_FULL_STOP) break;
      }
      const sentence = text.slice(sentenceStart, sentenceEnd);
      const offset = sentenceStart;
      sentenceStart = sentenceEnd;
      buildLattice(sentence);
      const pathLength = search();
      for (let k = 0; k < pathLength; k++) {
        const j = path[k]!;
        const start = offset + nodeFrom[j]!;
        const end = offset + nodeTo[j]!;
        if (nodeKnown[j] === 1) {
          const f = knownFeatures.get(nodeWord[j]!);
          // A known word's surface is the text the trie matched, byte for byte: one string per
          // word, kept only when short (a longer slice would keep the whole sentence alive here).
          let surface = f.surface;
          if (surface === undefined) {
            surface = sentence.slice(nodeFrom[j]!, nodeTo[j]!);
            if (surface.length <= COPIED_SLICE_MAX) f.surface = surface;
          }
          // Every token has the same fields in the same order (reading undefined when unknown):
          // one object shape for every consumer, and no spread object per token.
          tokens.push({ surface, start, end, pos: f.pos, pos1: f.pos1, pos2: f.pos2, pos3: f.pos3, unknown: false, reading: f.reading });
        } else {
          const f = unknownFeatures.get(nodeWord[j]!);
          const surface = sentence.slice(nodeFrom[j]!, nodeTo[j]!);
          tokens.push({ surface, start, end, pos: f.pos, pos1: f.pos1, pos2: f.pos2, pos3: f.pos3, unknown: true, reading: undefined });
        }
      }
    }
    return tokens;
  };
}
