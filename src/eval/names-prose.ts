/**
 * Person names on real prose: the shared Wikipedia NER set (its held-out part by curid, the
 * model being trained on the rest) and the UD Japanese GSD extract (never trained on), plus the
 * labeller's own speed and memory.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { DetectedSpan, Detector } from '../detect/index.js';
import { labelNames, loadNameModel } from '../detect/name-model/model.js';
import type { Tokenize } from '../detect/tokenizer.js';
import { BODY_LOCATION, toExtraction, type NerSentence } from './dataset.js';
import { f1, fmt, overlaps, precision, recall, type Tally } from './metrics.js';
import { nerSplitOf } from './ner-split.js';

export interface ProseSentence {
  text: string;
  persons: Array<{ start: number; end: number }>;
}

export interface ProseResult {
  corpus: string;
  part: string;
  sentences: number;
  personFree: number;
  all: Tally;
  medium: Tally;
  /** Person-free sentences given at least one (false) name, at any confidence / medium+. */
  falseAll: number;
  falseMedium: number;
}

export interface LabellerCost {
  chars: number;
  msPer1000Chars: number;
  /** kuromoji on the same texts, for a figure that does not depend on the machine's load. */
  kuromojiMsPer1000Chars: number;
  /** Memory of one loaded model's weights (what each scan worker holds). */
  modelMegabytes: number;
}

const isMedium = (s: DetectedSpan): boolean => s.confidence !== 'low';

export function fromNer(sentences: NerSentence[]): ProseSentence[] {
  return sentences.map((s) => ({ text: s.text, persons: s.entities.filter((e) => e.type === '人名').map((e) => ({ start: e.span[0], end: e.span[1] })) }));
}

export function heldOutNer(sentences: NerSentence[]): NerSentence[] {
  return sentences.filter((s) => nerSplitOf(s.curid) === 'heldout');
}

export function loadGsd(file: string): ProseSentence[] | null {
  if (!existsSync(file)) return null;
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { sentences: Array<{ text: string; persons: Array<[number, number]> }> };
  return doc.sentences.map((s) => ({ text: s.text, persons: s.persons.map(([start, end]) => ({ start, end })) }));
}

export function evaluateProse(detector: Detector, corpus: string, part: string, sentences: ProseSentence[]): ProseResult {
  const all: Tally = { tp: 0, fp: 0, fn: 0 };
  const medium: Tally = { tp: 0, fp: 0, fn: 0 };
  let personFree = 0;
  let falseAll = 0;
  let falseMedium = 0;
  for (const s of sentences) {
    const spans = detector
      .spans(toExtraction({ from: { name: '', address: '' }, to: [], subject: '', body: s.text }))
      .filter((x) => x.location === BODY_LOCATION && x.category === 'person_name');
    for (const [tally, list] of [[all, spans], [medium, spans.filter(isMedium)]] as const) {
      for (const g of s.persons) (list.some((p) => overlaps(p, g)) ? tally.tp++ : tally.fn++);
      for (const p of list) if (!s.persons.some((g) => overlaps(p, g))) tally.fp++;
    }
    if (s.persons.length === 0) {
      personFree++;
      if (spans.length > 0) falseAll++;
      if (spans.some(isMedium)) falseMedium++;
    }
  }
  return { corpus, part, sentences: sentences.length, personFree, all, medium, falseAll, falseMedium };
}

/**
 * Labeller time alone (features + decoding, tokens prepared beforehand) and the model's memory.
 * As a long-running scan worker runs it: warmed up (JIT, and the token and pair tables filled)
 * on the first half of the texts, timed on the second half, which it has not seen.
 */
export function measureLabeller(tokenize: Tokenize, texts: string[]): LabellerCost {
  const model = loadNameModel();
  const modelMegabytes = (model.weights.byteLength + model.chain.start.byteLength + model.chain.transition.byteLength) / 1e6;
  const t0 = performance.now();
  const tokenized = texts.map((t) => tokenize(t));
  const kuromojiMs = performance.now() - t0;
  const half = Math.floor(texts.length / 2);
  for (let i = 0; i < 3; i++) for (const tokens of tokenized.slice(0, half)) labelNames(model, tokens);
  const measured = tokenized.slice(half);
  const chars = texts.slice(half).reduce((n, t) => n + t.length, 0);
  const start = performance.now();
  for (const tokens of measured) labelNames(model, tokens);
  const ms = performance.now() - start;
  const allChars = texts.reduce((n, t) => n + t.length, 0);
  return { chars, msPer1000Chars: (ms / chars) * 1000, kuromojiMsPer1000Chars: (kuromojiMs / allChars) * 1000, modelMegabytes };
}

export function renderProse(results: ProseResult[], cost: LabellerCost | null): string {
  if (results.length === 0) return 'No real-prose corpus was found; not measured in this run.';
  const out = [
    '| corpus | part | spans counted | precision | recall | F1 | person-free sentences given a name |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const rate = (n: number): string => (r.personFree === 0 ? '–' : `${((100 * n) / r.personFree).toFixed(1)} % (${n} of ${r.personFree})`);
    out.push(`| ${r.corpus} | ${r.part} | any confidence | ${fmt(precision(r.all))} | ${fmt(recall(r.all))} | ${fmt(f1(r.all))} | ${rate(r.falseAll)} |`);
    out.push(`| ${r.corpus} | ${r.part} | medium/high only | ${fmt(precision(r.medium))} | ${fmt(recall(r.medium))} | ${fmt(f1(r.medium))} | ${rate(r.falseMedium)} |`);
  }
  if (cost) {
    out.push('', `Labeller alone (features + decoding on prepared tokens, warmed up on the other half of the texts and timed on ${cost.chars} chars it had not seen): **${cost.msPer1000Chars.toFixed(2)} ms per 1,000 chars**, ${(cost.msPer1000Chars / cost.kuromojiMsPer1000Chars).toFixed(2)} × kuromoji's time on the same text (${cost.kuromojiMsPer1000Chars.toFixed(2)} ms per 1,000 chars in the same run); the weights take ${cost.modelMegabytes.toFixed(1)} MB, one copy shared by the scan workers, and each worker keeps its sums per distinct word and word pair seen (up to 16,384 words and 32,768 pairs, under 8 MB).`);
  }
  return out.join('\n');
}

export function printProse(results: ProseResult[], cost: LabellerCost | null): void {
  for (const r of results) {
    const line = (name: string, t: Tally, n: number): string =>
      `${r.corpus} ${r.part} (${r.sentences} sentences) person_name ${name}: P ${fmt(precision(t))} R ${fmt(recall(t))} F1 ${fmt(f1(t))}; person-free sentences given a name ${n}/${r.personFree}`;
    console.log(line('any confidence', r.all, r.falseAll));
    console.log(line('medium/high', r.medium, r.falseMedium));
  }
  if (cost) console.log(`name labeller ${cost.msPer1000Chars.toFixed(2)} ms per 1,000 chars (kuromoji ${cost.kuromojiMsPer1000Chars.toFixed(2)}); model ~${cost.modelMegabytes.toFixed(1)} MB`);
}
