import { readFileSync } from 'node:fs';

/** Named-entity types kept as the "other entity" alternative to a name (numbers, dates and honorifics are not). */
const ENTITY = new Set(['ORG', 'GPE', 'LOC', 'FAC', 'PRODUCT', 'WORK_OF_ART', 'EVENT', 'NORP', 'LAW', 'LANGUAGE', 'MOVEMENT', 'PET_NAME']);

export interface BioSentence {
  text: string;
  /** PERSON spans (UTF-16 offsets). */
  names: Array<{ start: number; end: number }>;
  /** Spans of the other named entities (ORG, GPE, PRODUCT …). */
  others: Array<{ start: number; end: number }>;
}

/** Sentences of a BIO file (token TAB tag, blank line between sentences): text and entity spans. */
export function readBio(file: string): BioSentence[] {
  const out: BioSentence[] = [];
  for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
    let text = '';
    const names: BioSentence['names'] = [];
    const others: BioSentence['others'] = [];
    let current: { start: number; end: number } | undefined;
    for (const line of block.split('\n')) {
      const [form, tag] = line.split('\t');
      if (!form || !tag) continue;
      const start = text.length;
      text += form;
      if (tag.startsWith('B-')) {
        current = { start, end: text.length };
        if (tag === 'B-PERSON') names.push(current);
        else if (ENTITY.has(tag.slice(2))) others.push(current);
        else current = undefined;
      } else if (tag.startsWith('I-') && current && current.end === start) current.end = text.length;
      else current = undefined;
    }
    if (text) out.push({ text, names, others });
  }
  return out;
}
