/**
 * Reader for the KNP files of the Kyoto University Wikipedia Annotated Corpus
 * (github.com/ku-nlp/WikipediaAnnotatedCorpus, CC BY-SA 4.0): sentence text with person spans and
 * the spans of the other named entities, one document (article opening) at a time.
 *
 * Morpheme lines carry IREX named-entity tags `<NE:TYPE:head|middle|tail|single>` (the basic-phrase
 * line `+ … <NE:TYPE:text>` repeats the whole entity). PERSON spans are the names; ORGANIZATION,
 * LOCATION and ARTIFACT are the "other entity" alternative, as in scripts/name-model/bio.ts (dates,
 * times, money and percentages are not). OPTIONAL marks entities the annotators could not classify
 * under IREX: in this corpus almost all are languages, peoples, eras, leagues and religions (英,
 * 日本, 漢, ラテン, MLB, 近代 …), so they count as other entities too — never as names, which would
 * teach the labeller that a language or a country is a person. The few OPTIONAL deities or
 * legendary figures are thereby "not a person", as the evaluation corpora do not label them either.
 *
 * The corpus moves parenthesised text out of a sentence (`括弧削除` on the sentence, then one
 * sentence per parenthesis with `括弧位置:N`, the offset in the text rebuilt so far, brackets of the
 * earlier ones included). By default the reader keeps the sentences without it ('drop'), as both
 * evaluation corpora have their brackets removed; 'restore' puts them back as （…） (a name followed
 * by its reading, dates …), 'split' keeps each as a sentence of its own.
 *
 * Source: either an extracted copy of the repository (with `id/` and `knp/`) or its bare git
 * directory (read at `commit`, by default HEAD).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

type Span = { start: number; end: number };

export interface KnpSentence {
  /** Document id (wiki00010002: one Wikipedia article's opening). */
  doc: string;
  text: string;
  names: Span[];
  others: Span[];
  /** Entities of type OPTIONAL (also in `others`), for reporting. */
  optional: number;
}

const OTHER = new Set(['ORGANIZATION', 'LOCATION', 'ARTIFACT', 'OPTIONAL']);

interface Part {
  header: string;
  text: string;
  names: Span[];
  others: Span[];
  optional: number;
}

/** One `# S-ID` … `EOS` block: text from the morpheme surfaces, entities from the morpheme NE tags. */
function parseBlock(header: string, lines: string[]): Part {
  let text = '';
  const names: Span[] = [];
  const others: Span[] = [];
  let optional = 0;
  let open: { type: string; start: number } | undefined;
  for (const line of lines) {
    if (line.startsWith('*') || line.startsWith('+') || line.startsWith('#') || line === '') continue;
    const surface = line.slice(0, line.indexOf(' '));
    const start = text.length;
    text += surface;
    const tag = /<NE:([A-Z]+):(head|middle|tail|single)>/.exec(line);
    if (!tag) {
      open = undefined;
      continue;
    }
    const [, type, pos] = tag as unknown as [string, string, string];
    if (pos === 'head' || pos === 'single') open = { type, start };
    else if (!open || open.type !== type) open = undefined; // a middle/tail without its head: skip
    if (open && (pos === 'tail' || pos === 'single')) {
      const span = { start: open.start, end: text.length };
      if (type === 'PERSON') names.push(span);
      else if (OTHER.has(type)) {
        others.push(span);
        if (type === 'OPTIONAL') optional++;
      }
      open = undefined;
    }
  }
  return { header, text, names, others, optional };
}

/** The sentences of one KNP document, parentheses put back into the sentence they were cut from. */
export type Brackets = 'restore' | 'split' | 'drop';

/**
 * The sentences of one KNP document. `brackets`: 'restore' puts parenthesised text back as （…）
 * into the sentence it was cut from; 'split' keeps the corpus's form (the sentence without it, each
 * parenthesis a sentence of its own); 'drop' keeps only the sentences without their parentheses —
 * the form of both evaluation corpora, whose sentences have no brackets.
 */
export function parseKnpDocument(doc: string, content: string, brackets: Brackets = 'drop'): KnpSentence[] {
  const parts: Part[] = [];
  let header: string | undefined;
  let lines: string[] = [];
  for (const line of content.split('\n')) {
    if (line.startsWith('# S-ID:')) {
      header = line;
      lines = [];
    } else if (line === 'EOS') {
      if (header !== undefined) parts.push(parseBlock(header, lines));
      header = undefined;
    } else lines.push(line);
  }
  const out: KnpSentence[] = [];
  let parent: Part | undefined;
  const flush = (): void => {
    if (parent && parent.text) out.push({ doc, text: parent.text, names: parent.names, others: parent.others, optional: parent.optional });
    parent = undefined;
  };
  for (const p of parts) {
    const at = /括弧位置:(\d+)/.exec(p.header);
    if (at && brackets === 'drop') continue;
    if (at && parent && brackets === 'restore') {
      const pos = Math.min(Number(at[1]), parent.text.length);
      const open = /括弧始:(\S+)/.exec(p.header)?.[1] ?? '（';
      const close = /括弧終:(\S+)/.exec(p.header)?.[1] ?? '）';
      const inserted = open.length + p.text.length + close.length;
      const shift = (s: Span): Span => ({ start: s.start >= pos ? s.start + inserted : s.start, end: s.end > pos || (s.end === pos && s.start >= pos) ? s.end + inserted : s.end });
      const inner = (s: Span): Span => ({ start: s.start + pos + open.length, end: s.end + pos + open.length });
      parent = {
        header: parent.header,
        text: parent.text.slice(0, pos) + open + p.text + close + parent.text.slice(pos),
        names: [...parent.names.map(shift), ...p.names.map(inner)],
        others: [...parent.others.map(shift), ...p.others.map(inner)],
        optional: parent.optional + p.optional,
      };
      continue;
    }
    flush();
    parent = p;
  }
  flush();
  for (const s of out) {
    s.names.sort((a, b) => a.start - b.start);
    s.others.sort((a, b) => a.start - b.start);
  }
  return out;
}

function isGitDir(dir: string): boolean {
  return existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects'));
}

/** The commit a git directory is read at (full hash), or undefined for an extracted copy. */
export function knpCommit(dir: string, commit = 'HEAD'): string | undefined {
  if (!isGitDir(dir)) return undefined;
  return execFileSync('git', ['--git-dir', dir, 'rev-parse', `${commit}^{commit}`], { encoding: 'utf8' }).trim();
}

/**
 * The sentences of the documents listed in `id/<split>.id` (train, dev, test), in id order.
 * Only the train split is meant for training; dev and test are the corpus's own evaluation parts.
 */
export function readKnpCorpus(dir: string, split: 'train' | 'dev' | 'test', brackets: Brackets = 'drop', commit = 'HEAD'): KnpSentence[] {
  const files = new Map<string, string>();
  let ids: string[];
  if (isGitDir(dir)) {
    const git = (args: string[], input?: string): Buffer => execFileSync('git', ['--git-dir', dir, ...args], { input, maxBuffer: 1 << 30 });
    ids = git(['show', `${commit}:id/${split}.id`]).toString('utf8').split('\n').filter(Boolean);
    const tree = git(['ls-tree', '-r', commit, 'knp']).toString('utf8').split('\n').filter(Boolean);
    const wanted = new Set(ids);
    const blobs: Array<[string, string]> = [];
    for (const row of tree) {
      const [meta, file] = row.split('\t') as [string, string];
      const doc = path.basename(file, '.knp');
      if (wanted.has(doc)) blobs.push([doc, meta.split(' ')[2]!]);
    }
    // One `git cat-file --batch` for all documents: "<sha> blob <size>\n<content>\n" each.
    const out = git(['cat-file', '--batch'], blobs.map(([, sha]) => sha).join('\n') + '\n');
    let offset = 0;
    for (const [doc] of blobs) {
      const nl = out.indexOf(10, offset);
      const size = Number(out.subarray(offset, nl).toString('utf8').split(' ')[2]);
      files.set(doc, out.subarray(nl + 1, nl + 1 + size).toString('utf8'));
      offset = nl + 1 + size + 1;
    }
  } else {
    ids = readFileSync(path.join(dir, 'id', `${split}.id`), 'utf8').split('\n').filter(Boolean);
    const wanted = new Set(ids);
    for (const sub of readdirSync(path.join(dir, 'knp'))) {
      for (const f of readdirSync(path.join(dir, 'knp', sub))) {
        const doc = path.basename(f, '.knp');
        if (f.endsWith('.knp') && wanted.has(doc)) files.set(doc, readFileSync(path.join(dir, 'knp', sub, f), 'utf8'));
      }
    }
  }
  const sentences: KnpSentence[] = [];
  for (const id of ids) {
    const content = files.get(id);
    if (content === undefined) throw new Error(`KU Wikipedia corpus: document ${id} of id/${split}.id not found under ${dir}`);
    sentences.push(...parseKnpDocument(id, content, brackets));
  }
  return sentences;
}

/** Comparison form of a sentence: NFKC, without spaces, brackets and punctuation. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) out.add(text.slice(i, i + 3));
  return out;
}

export interface Overlap {
  exact: number;
  near: number;
  /** Examples "corpus sentence ⇔ reference sentence". */
  examples: string[];
}

/**
 * Sentences that repeat one of `reference` exactly or nearly (after `comparable`): the same text,
 * or character trigrams shared at ≥ 50 % of both together (Jaccard) or at ≥ 80 % of the shorter
 * one's (at least 10): a sentence edited between two Wikipedia dumps, cut differently or with its
 * brackets removed. (Looser rules matched only sentences of the same template — "X は、日本の
 *出版社・KADOKAWAのブランドの一つ" — not the same sentence.)
 */
export function overlapping(sentences: KnpSentence[], reference: string[]): { hits: Set<KnpSentence>; overlap: Overlap } {
  const refs = reference.map(comparable);
  const exactSet = new Set(refs);
  const index = new Map<string, number[]>();
  const sizes = refs.map((r, i) => {
    const grams = trigrams(r);
    for (const g of grams) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
    return grams.size;
  });
  const hits = new Set<KnpSentence>();
  const overlap: Overlap = { exact: 0, near: 0, examples: [] };
  for (const s of sentences) {
    const c = comparable(s.text);
    if (exactSet.has(c)) {
      hits.add(s);
      overlap.exact++;
      if (overlap.examples.length < 10) overlap.examples.push(`${s.text} ⇔ (same)`);
      continue;
    }
    const grams = trigrams(c);
    const shared = new Map<number, number>();
    for (const g of grams) for (const i of index.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    for (const [i, n] of shared) {
      const size = sizes[i]!;
      if (n >= 0.5 * (grams.size + size - n) || (Math.min(grams.size, size) >= 10 && n >= 0.8 * Math.min(grams.size, size))) {
        hits.add(s);
        overlap.near++;
        if (overlap.examples.length < 10) overlap.examples.push(`${s.text} ⇔ ${reference[i]}`);
        break;
      }
    }
  }
  return { hits, overlap };
}
