/**
 * Normalisation before detection: NFKC, digit-like dashes, kanji numerals and
 * "s p a c e d" text used to dodge filters. Every output character keeps the
 * index of the original character it came from, so findings can point back.
 */

export interface NormalizedText {
  text: string;
  /** map[i] = index in the original text of normalised char i; map[text.length] = original length. */
  map: Int32Array;
}

interface Pass {
  text: string;
  map: Int32Array;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const HALF_WIDTH_VOICE = /[\uFF9E\uFF9F]/;
const DASHES = new Set(['-', '‐', '‑', '‒', '–', '—', '―', '−', 'ー', 'ｰ', '─', '━', '－', '﹣', '⁃']);
const DASH_CODES = new Set([...DASHES].map((d) => d.charCodeAt(0)));
const KANJI_DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const KANJI_UNIT: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const KANJI_RUN = /[〇零一二三四五六七八九十百千]+/g;
/** Counters after which a kanji numeral is certainly a number (dates, addresses, ages). */
const COUNTERS = '年|月|日|歳|才|丁目|番地|番|号|階|円|人|名|件|時|分';
const NUMBER_SUFFIX = new RegExp(`^(?:${COUNTERS})`);
/** After 時: a clock time (一時半, 一時から, 一時まで, 一時頃, 一時に, 一時〜, 一時00分). */
const CLOCK_AFTER = /^時(?:半|から|まで|頃|ごろ|に|[〜~\-－:：]|[0-9０-９〇一二三四五六七八九十]|$)/;
const SPACED_DIGITS = /[0-9](?:[ \t][0-9-]|[ \t]?-[ \t]?[0-9]){3,}/g;
const SPACED_LETTERS = /(?<![\p{L}\p{N}])[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー](?:[ \t][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]){2,}(?![\p{L}\p{N}])/gu;
/**
 * A quick test for text that no pass would change. Its kanji-numeral clause is the pass's own
 * rule (a run of two or more, or one before a counter), so the same words read the same whatever
 * else is in the text: 三名 or 一件 are rewritten whether or not a full-width bracket elsewhere
 * sends the text through the passes.
 */
const NEEDS_WORK = new RegExp(
  '[^\\x20-\\x7E\\n\\r\\t\\u3041-\\u3096\\u30A1-\\u30FA\\u30FC\\u4E00-\\u9FFF\\u3001\\u3002]|[0-9] [0-9]|[0-9]ー[0-9]' +
    '|[\\u3041-\\u30FC\\u4E00-\\u9FFF] [\\u3041-\\u30FC\\u4E00-\\u9FFF] ' +
    `|[〇零一二三四五六七八九十百千](?:[〇零一二三四五六七八九十百千]|${COUNTERS})`,
  'u',
);

/** Per-detector cache of single-character NFKC results (hot path). */
export type NfkcCache = Map<string, string>;

export function normalizeText(input: string, cache: NfkcCache = new Map()): NormalizedText {
  if (!NEEDS_WORK.test(input)) return { text: input, map: identityMap(input.length) };
  let pass = nfkcPass(input, cache);
  pass = compose(pass, kanjiNumeralPass(pass.text));
  // Dashes are replaced one for one: the map stays the same.
  pass = { text: dashPass(pass.text), map: pass.map };
  pass = compose(pass, collapseSpacedPass(pass.text));
  return pass;
}

export function identityMap(length: number): Int32Array {
  const map = new Int32Array(length + 1);
  for (let i = 0; i <= length; i++) map[i] = i;
  return map;
}

/** Original [start, end) for a normalised [start, end). Characters dropped or merged by
 * normalisation between two output characters belong to the earlier one. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): [number, number] {
  const s = norm.map[start] ?? 0;
  const e = norm.map[end] ?? s;
  return [s, Math.max(s, e)];
}

/** `inner` applied after `outer`; an inner pass that changed nothing (null) keeps `outer`. */
function compose(outer: Pass, inner: Pass | null): Pass {
  if (inner === null) return outer;
  const map = new Int32Array(inner.map.length);
  for (let i = 0; i < inner.map.length; i++) map[i] = outer.map[inner.map[i] ?? 0] ?? 0;
  return { text: inner.text, map };
}

class Builder {
  private readonly parts: string[] = [];
  private map: Int32Array;
  private length = 0;

  constructor(expected: number) {
    this.map = new Int32Array(expected + 1);
  }

  private reserve(k: number): void {
    if (this.length + k < this.map.length) return;
    const next = new Int32Array(Math.max(this.length + k + 1, this.map.length * 2));
    next.set(this.map);
    this.map = next;
  }

  /** `s`, every character of it from input index `from`. */
  push(s: string, from: number): void {
    this.parts.push(s);
    this.reserve(s.length);
    for (let k = 0; k < s.length; k++) this.map[this.length++] = from;
  }

  /** input[start, end) unchanged. */
  pushRange(input: string, start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(input.slice(start, end));
    this.reserve(end - start);
    for (let i = start; i < end; i++) this.map[this.length++] = i;
  }

  done(inputLength: number): Pass {
    this.reserve(0);
    this.map[this.length] = inputLength;
    const map = this.map.length === this.length + 1 ? this.map : this.map.slice(0, this.length + 1);
    return { text: this.parts.join(''), map };
  }
}

/**
 * Characters that NFKC leaves as they are (tested in test/detect/normalize.test.ts): printable
 * ASCII, 、。, hiragana, katakana, ー and the CJK unified ideographs — most of a Japanese text.
 */
export function isNfkcStable(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc || c === 0x3001 || c === 0x3002 || c === 0x0a || c === 0x0d || c === 0x09;
}

function nfkcPass(s: string, cache: NfkcCache): Pass {
  const b = new Builder(s.length);
  // Runs of characters NFKC keeps (and not followed by a half-width voiced mark, which joins
  // the character before it) are copied in one piece.
  let copied = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (isNfkcStable(c)) {
      const next = s.charCodeAt(i + 1);
      if (next !== 0xff9e && next !== 0xff9f) {
        i++;
        continue;
      }
    }
    b.pushRange(s, copied, i);
    const cp = s.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    let ch = s.slice(i, i + width);
    let used = width;
    if (ZERO_WIDTH.test(ch)) {
      i += used;
      copied = i;
      continue;
    }
    const next = s[i + width];
    if (next !== undefined && HALF_WIDTH_VOICE.test(next)) {
      ch += next;
      used += 1;
    }
    let out = cp < 0x80 ? ch : cache.get(ch);
    if (out === undefined) {
      out = ch.normalize('NFKC');
      if (cache.size < 20_000) cache.set(ch, out);
    }
    b.push(out, i);
    i += used;
    copied = i;
  }
  if (copied === 0) return { text: s, map: identityMap(s.length) };
  b.pushRange(s, copied, s.length);
  return b.done(s.length);
}

function kanjiValue(run: string): number | null {
  let total = 0;
  let current = 0;
  for (const ch of run) {
    const d = KANJI_DIGIT[ch];
    const u = KANJI_UNIT[ch];
    if (d !== undefined) current = current * 10 + d;
    else if (u !== undefined) {
      total += (current === 0 ? 1 : current) * u;
      current = 0;
    } else return null;
  }
  return total + current;
}

function isDigitish(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= '0' && ch <= '9') || DASHES.has(ch));
}

function kanjiNumeralPass(s: string): Pass | null {
  const b = new Builder(s.length);
  let last = 0;
  for (const m of s.matchAll(KANJI_RUN)) {
    const run = m[0];
    const at = m.index;
    const before = s[at - 1];
    const after = s.slice(at + run.length, at + run.length + 2);
    const positional = /[十百千]/.test(run);
    let replacement: string | null = null;
    if (!positional) {
      // 一時 is a clock time only with more of a time after it (一時半, 一時から, 一時に): 一時保護,
      // 一時金, 一時停止 mean "temporary" — and the same text must read the same whether or not
      // something else in it sends the text through this pass.
      if (run.length === 1 && after[0] === '時' && !CLOCK_AFTER.test(s.slice(at + 1, at + 4)) && !/午[前後]$/.test(s.slice(Math.max(0, at - 2), at))) continue;
      const nearDigits = isDigitish(before) || isDigitish(after[0]) || NUMBER_SUFFIX.test(after);
      if (run.length >= 3 || (run.length >= 1 && nearDigits && (run.length >= 2 || NUMBER_SUFFIX.test(after)))) {
        replacement = [...run].map((c) => String(KANJI_DIGIT[c] ?? '')).join('');
      }
    } else if (NUMBER_SUFFIX.test(after)) {
      const v = kanjiValue(run);
      if (v !== null) replacement = String(v);
    }
    if (replacement === null) continue;
    b.pushRange(s, last, at);
    for (let k = 0; k < replacement.length; k++) b.push(replacement[k] ?? '', at + Math.min(k, run.length - 1));
    last = at + run.length;
  }
  if (last === 0) return null;
  b.pushRange(s, last, s.length);
  return b.done(s.length);
}

/** Dash variants (ー, －, ‐, — …) become '-' only between digits, where they are separators. */
function dashPass(s: string): string {
  let out: string[] | null = null;
  let copied = 0;
  for (let i = 1; i < s.length - 1; i++) {
    // Character codes, not one-character strings (each a new string outside Latin-1).
    const code = s.charCodeAt(i);
    if (code === 0x2d || !DASH_CODES.has(code)) continue;
    const prev = s.charCodeAt(i - 1);
    const next = s.charCodeAt(i + 1);
    if (prev >= 0x30 && prev <= 0x39 && next >= 0x30 && next <= 0x39) {
      out ??= [];
      out.push(s.slice(copied, i), '-');
      copied = i + 1;
    }
  }
  if (!out) return s;
  out.push(s.slice(copied));
  return out.join('');
}

/** "0 9 0 - 1 2 3 4" → "090-1234", "山 田 太 郎" → "山田太郎". */
function collapseSpacedPass(s: string): Pass | null {
  const drops: number[] = [];
  for (const re of [SPACED_DIGITS, SPACED_LETTERS]) {
    for (const m of s.matchAll(re)) {
      for (let k = 0; k < m[0].length; k++) {
        const c = m[0][k];
        if (c === ' ' || c === '\t') drops.push(m.index + k);
      }
    }
  }
  if (drops.length === 0) return null;
  const drop = new Set(drops);
  const b = new Builder(s.length);
  for (let i = 0; i < s.length; i++) if (!drop.has(i)) b.push(s[i] ?? '', i);
  return b.done(s.length);
}
