/**
 * A faster, identical lattice builder for kuromoji 0.1.x.
 *
 * kuromoji's ViterbiBuilder, for every position of a sentence, encodes the *whole rest* of the
 * sentence to UTF-8 to look it up in the dictionary trie, wraps it again to find surrogate pairs,
 * and walks same-class runs to their end: quadratic in the sentence length. A sentence only ends
 * at 。 or 、, so long list-like mail (signatures, tables, addresses) paid most. This builder walks
 * the trie one character at a time and stops where the trie stops, and computes character
 * classes and runs once per sentence. It appends exactly the nodes, in the same order, that the
 * original appends (checked against it in test/detect/lattice.test.ts), so tokens are unchanged.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CharClass {
  class_id: number;
  class_name: string;
  is_always_invoke: number;
  is_grouping: number;
}

interface KuromojiInternals {
  viterbi_builder: {
    trie: { bc: { getBase(i: number): number; getCheck(i: number): number } };
    token_info_dictionary: { target_map: Record<number, ArrayLike<number>>; dictionary: { getShort(i: number): number }; getFeatures(id: string | number): string };
    unknown_dictionary: { target_map: Record<number, ArrayLike<number>>; dictionary: { getShort(i: number): number }; lookup(ch: string): CharClass; getFeatures(id: string | number): string };
    build(sentence: string): unknown;
  };
  token_info_dictionary: { getFeatures(id: string | number): string };
}

type LatticeCtor = new () => { append(node: unknown): void; appendEos(): void };
type NodeCtor = new (name: number, cost: number, start: number, length: number, type: string, left: number, right: number, surface: string) => unknown;

const TERM_CODE = 0;
const ROOT_ID = 0;
const FEATURE_CACHE_LIMIT = 50_000;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A high surrogate not followed by a low one makes kuromoji's trie lookup throw; keep that behaviour. */
function hasMalformedSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (isHighSurrogate(s.charCodeAt(i))) {
      if (!isLowSurrogate(s.charCodeAt(i + 1))) return true;
      i++;
    }
  }
  return false;
}

/** Replaces the tokenizer's lattice builder and memoises feature strings; returns the tokenizer. */
export function speedUpTokenizer<T extends object>(tokenizer: T): T {
  const internals = tokenizer as unknown as KuromojiInternals;
  const builder = internals.viterbi_builder;
  if (!builder?.trie?.bc || typeof builder.build !== 'function') return tokenizer; // not kuromoji 0.1.x: leave as is
  const ViterbiLattice = require('kuromoji/src/viterbi/ViterbiLattice.js') as LatticeCtor;
  const ViterbiNode = require('kuromoji/src/viterbi/ViterbiNode.js') as NodeCtor;
  const original = builder.build.bind(builder);
  const bc = builder.trie.bc;
  const known = builder.token_info_dictionary;
  const unknown = builder.unknown_dictionary;
  const bytes = new Uint8Array(16);

  const traverse = (parent: number, code: number): number => {
    const child = bc.getBase(parent) + code;
    return bc.getCheck(child) === parent ? child : -1;
  };

  builder.build = (sentence: string) => {
    if (hasMalformedSurrogate(sentence)) return original(sentence);
    // Surrogate-aware characters: starts[i] is the code-unit index of character i.
    const starts: number[] = [];
    for (let u = 0; u < sentence.length; u++) {
      starts.push(u);
      if (isHighSurrogate(sentence.charCodeAt(u))) u++;
    }
    const count = starts.length;
    const charAt = (i: number): string => sentence.slice(starts[i], i + 1 < count ? starts[i + 1] : sentence.length);
    const classes: CharClass[] = new Array(count);
    for (let i = 0; i < count; i++) classes[i] = unknown.lookup(charAt(i));
    // runEnd[i]: last character of the run of i's class that starts at i.
    const runEnd = new Int32Array(count);
    for (let i = count - 1; i >= 0; i--) runEnd[i] = i + 1 < count && classes[i + 1]!.class_name === classes[i]!.class_name ? runEnd[i + 1]! : i;

    const lattice = new ViterbiLattice();
    for (let pos = 0; pos < count; pos++) {
      // Dictionary words starting here: walk the trie byte by byte, only as far as it goes.
      let parent = ROOT_ID;
      let found = 0;
      walk: for (let u = starts[pos]!; u < sentence.length; ) {
        let cp = sentence.charCodeAt(u);
        let width = 1;
        if (isHighSurrogate(cp)) {
          cp = (cp - 0xd800) * 0x400 + (sentence.charCodeAt(u + 1) - 0xdc00) + 0x10000;
          width = 2;
        }
        let n = 0;
        if (cp < 0x80) bytes[n++] = cp;
        else if (cp < 0x800) (bytes[n++] = (cp >>> 6) | 0xc0), (bytes[n++] = (cp & 0x3f) | 0x80);
        else if (cp < 0x10000) (bytes[n++] = (cp >>> 12) | 0xe0), (bytes[n++] = ((cp >> 6) & 0x3f) | 0x80), (bytes[n++] = (cp & 0x3f) | 0x80);
        else (bytes[n++] = (cp >>> 18) | 0xf0), (bytes[n++] = ((cp >> 12) & 0x3f) | 0x80), (bytes[n++] = ((cp >> 6) & 0x3f) | 0x80), (bytes[n++] = (cp & 0x3f) | 0x80);
        u += width;
        for (let b = 0; b < n; b++) {
          const child = traverse(parent, bytes[b]!);
          if (child < 0) break walk;
          parent = child;
          const leaf = traverse(child, TERM_CODE);
          if (leaf < 0) continue;
          found++;
          const base = bc.getBase(leaf);
          // Keys end on character boundaries (dictionary words are whole UTF-8 characters).
          const key = sentence.slice(starts[pos], u);
          const trieId = base <= 0 ? -base - 1 : undefined;
          const ids = known.target_map[trieId as number]!;
          for (let i = 0; i < ids.length; i++) {
            const id = parseInt(String(ids[i]), 10);
            const d = known.dictionary;
            lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, key.length, 'KNOWN', d.getShort(id), d.getShort(id + 2), key));
          }
        }
      }
      // Unknown words: as kuromoji, a grouped run keeps its UTF-16 length, a single character counts 1.
      const headClass = classes[pos]!;
      if (found === 0 || headClass.is_always_invoke === 1) {
        const head = charAt(pos);
        let surface = head;
        let length = 1;
        if (headClass.is_grouping === 1 && runEnd[pos]! > pos) {
          const end = runEnd[pos]! + 1;
          surface = sentence.slice(starts[pos], end < count ? starts[end] : sentence.length);
          length = surface.length;
        }
        const ids = unknown.target_map[headClass.class_id]!;
        for (let j = 0; j < ids.length; j++) {
          const id = parseInt(String(ids[j]), 10);
          const d = unknown.dictionary;
          lattice.append(new ViterbiNode(id, d.getShort(id + 4), pos + 1, length, 'UNKNOWN', d.getShort(id), d.getShort(id + 2), surface));
        }
      }
    }
    lattice.appendEos();
    return lattice;
  };

  // Feature strings are decoded from the dictionary buffer on every token: keep the common ones.
  for (const dict of [known, unknown]) {
    const decode = dict.getFeatures.bind(dict);
    const cache = new Map<string | number, string>();
    dict.getFeatures = (id) => {
      let features = cache.get(id);
      if (features === undefined) {
        features = decode(id);
        if (cache.size < FEATURE_CACHE_LIMIT) cache.set(id, features);
      }
      return features;
    };
  }
  return tokenizer;
}
