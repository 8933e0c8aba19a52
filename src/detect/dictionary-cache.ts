/**
 * Term dictionaries as `npm run build` read them (dist/prebuilt/term-dictionaries.json): the
 * validated content of every shipped YAML file, keyed by the SHA-256 of its text. A file whose
 * text is unchanged is taken from here without the YAML parser and the schema; any other file
 * (edited, added, another directory) is read in full. Used only when running the built code, so
 * a schema changed in the sources is never answered from an older build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeKeyedFile, keyedFileReader, textHash } from '../prebuild/keyed-file.js';
import type { TermsFile } from './dictionary.js';

/** `freemailDomains`: for freemail.yaml, its domain list as freemail.ts reads it. */
export type CachedDictionaryFile = { kind: 'terms'; data: TermsFile } | { kind: 'other'; freemailDomains?: string[] };

const here = fileURLToPath(import.meta.url);

/** src/detect/ and dist/detect/ both sit two levels below the project root. */
export function prebuiltDictionaryCachePath(): string {
  return path.resolve(path.dirname(here), '../../dist/prebuilt/term-dictionaries.json');
}

export const sourceHash = textHash;

const load = keyedFileReader<CachedDictionaryFile>(prebuiltDictionaryCachePath, here.endsWith('.js'));

export function cachedDictionaryFile(hash: string): CachedDictionaryFile | undefined {
  return load().get(hash);
}

export function encodeDictionaryCache(files: Map<string, CachedDictionaryFile>): string {
  return encodeKeyedFile(files);
}
