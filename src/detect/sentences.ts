/** Sentence, line and paragraph bounds in a unit's text: a sentence ends at 。！？ or a line break. */

/** The sentence around text[start, end): from after the last end before it to its own end (inclusive). */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  // (Searched in place: no copy of the text before or after, which long texts would pay per call.)
  const from = start <= 0 ? 0 : Math.max(text.lastIndexOf('。', start - 1), text.lastIndexOf('\n', start - 1), text.lastIndexOf('！', start - 1), text.lastIndexOf('？', start - 1)) + 1;
  SENTENCE_BREAK.lastIndex = end;
  const next = SENTENCE_BREAK.exec(text);
  return [from, next ? next.index + 1 : text.length];
}

const SENTENCE_BREAK = /[。！？\n]/g;

/** Start of the line that holds offset `at`. */
export function lineStartAt(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** End of the line that holds offset `at` (its line break, or the end of the text). */
export function lineEndAt(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl;
}

/** The line that holds offset `at`, without its line break; `above` lines before it are included. */
export function lineAt(text: string, at: number, above = 0): string {
  let start = lineStartAt(text, at);
  for (let i = 0; i < above && start > 0; i++) start = lineStartAt(text, start - 1);
  return text.slice(start, lineEndAt(text, at));
}

/** A blank line: nothing but spaces and quote marks. */
const BLANK_LINE = /^[ \t\u3000>]*$/;

/** The paragraph that holds offset `at`: its lines up to the nearest blank line on either side. */
export function paragraphBounds(text: string, at: number): [number, number] {
  let start = lineStartAt(text, at);
  while (start > 0) {
    const prev = lineStartAt(text, start - 1);
    if (BLANK_LINE.test(text.slice(prev, start - 1))) break;
    start = prev;
  }
  let end = lineEndAt(text, at);
  while (end < text.length) {
    const next = lineEndAt(text, end + 1);
    if (BLANK_LINE.test(text.slice(end + 1, next))) break;
    end = next;
  }
  return [start, end];
}
