/** kuromoji, loaded once per detector and shared by every detect() call. */
import { createRequire } from 'node:module';
import path from 'node:path';
import kuromoji from 'kuromoji';
import { speedUpTokenizer } from './lattice.js';

export interface Token {
  surface: string;
  /** Offsets in the text given to tokenize(). */
  start: number;
  end: number;
  /** 品詞, 品詞細分類1..3 (IPADIC). */
  pos: string;
  pos1: string;
  pos2: string;
  pos3: string;
  unknown: boolean;
  /** Reading in katakana (IPADIC), when the dictionary knows the word. */
  reading?: string;
}

export type Tokenize = (text: string) => Token[];

const unsafeForTokenizer = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function defaultDictionaryPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
}

export function loadTokenizer(dicPath = defaultDictionaryPath()): Promise<Tokenize> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((err, built) => {
      if (err) {
        reject(new Error(`TOKENIZER_LOAD_FAILED at ${dicPath}: ${err.message}`));
        return;
      }
      const tokenizer = speedUpTokenizer(built);
      resolve((text) => {
        // kuromoji throws on NUL and on lone surrogates: replace each with one space, so every
        // offset still points at the same place in the original text.
        const raw = tokenizer.tokenize(text.replace(unsafeForTokenizer, ' '));
        const out: Token[] = new Array(raw.length);
        for (let i = 0; i < raw.length; i++) {
          const t = raw[i]!;
          const start = t.word_position - 1;
          out[i] = {
            surface: t.surface_form,
            start,
            end: start + t.surface_form.length,
            pos: t.pos,
            pos1: t.pos_detail_1,
            pos2: t.pos_detail_2,
            pos3: t.pos_detail_3,
            unknown: t.word_type === 'UNKNOWN',
          };
          if (t.reading && t.reading !== '*') out[i]!.reading = t.reading;
        }
        return out;
      });
    });
  });
}

/** The token covering `offset` (tokens sorted by start), by binary search. */
export function tokenAt(tokens: readonly Token[], offset: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid]!;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return t;
  }
  return undefined;
}
