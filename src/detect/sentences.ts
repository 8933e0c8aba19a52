/** Sentence bounds in a unit's text: a sentence ends at 。！？ or a line break. */

/** The sentence around text[start, end): from after the last end before it to its own end (inclusive). */
export function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
  const rest = text.slice(end).search(/[。！？\n]/);
  return [from, rest === -1 ? text.length : end + rest + 1];
}
