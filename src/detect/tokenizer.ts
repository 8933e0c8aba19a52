/**
 * kuromoji's tokenizer (IPADIC), with its dictionary loaded once per process and shared by every
 * thread (see ipadic/): the tokens are exactly kuromoji's.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ipadicFrom, loadProcessIpadic } from './ipadic/load.js';
import { createIpadicTokenizer } from './ipadic/viterbi.js';

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

/**
 * A tokenizer over this process's shared dictionary (or over another kuromoji dictionary
 * directory when `dicPath` names one). Every call shares the same dictionary memory.
 */
export async function loadTokenizer(dicPath?: string): Promise<Tokenize> {
  let tokenizer;
  try {
    const arrays = dicPath === undefined || path.resolve(dicPath) === defaultDictionaryPath() ? (await loadProcessIpadic()).arrays : ipadicFrom(dicPath);
    tokenizer = createIpadicTokenizer(arrays);
  } catch (err) {
    throw new Error(`TOKENIZER_LOAD_FAILED at ${dicPath ?? defaultDictionaryPath()}: ${(err as Error).message}`);
  }
  // kuromoji throws on NUL and on lone surrogates: replace each with one space, so every
  // offset still points at the same place in the original text.
  return (text) => tokenizer(text.replace(unsafeForTokenizer, ' '));
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
